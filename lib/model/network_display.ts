/**
 * A model and one step of backpropagation in a notebook: the network drawn
 * as nodes and edges, and the numbers of a trace as tables.
 *
 * @module
 */
import { Dense } from "../network/dense.ts";
import { COLORS, escapeHtml, matrixTable, type MediaBundle } from "../primitives/display.ts";
import type { ModelLayer, StepTrace } from "./sequential.ts";

/** Units drawn per layer at most; the rest are summed up as "+k". */
const MAX_UNITS = 10;

/**
 * The network as SVG: a column of nodes per layer (inputs first), an edge per
 * weight, blue for positive and orange for negative, its width by |w|
 * relative to the layer's largest; a dropout layer is a note under the
 * column whose outputs it drops.
 */
export function networkSvg(layers: readonly ModelLayer[]): string {
  const dense = layers.filter((layer): layer is Dense => layer instanceof Dense);
  const widths = [dense[0]?.inputs ?? 0, ...dense.map((layer) => layer.outputs)];
  const gap = 110, unit = 26, top = 30;
  const tallest = Math.min(MAX_UNITS, Math.max(...widths));
  const height = top + tallest * unit + 40, width = 60 + (widths.length - 1) * gap + 60;
  const x = (column: number) => 40 + column * gap;
  const y = (column: number, i: number) => {
    const n = Math.min(MAX_UNITS, widths[column]);
    return top + (tallest - n) * unit / 2 + i * unit + unit / 2;
  };
  const parts: string[] = [];
  dense.forEach((layer, k) => {
    const w = layer.weights;
    let largest = 0;
    for (const v of w.data) largest = Math.max(largest, Math.abs(v));
    for (let i = 0; i < Math.min(MAX_UNITS, w.rows); i++) {
      for (let j = 0; j < Math.min(MAX_UNITS, w.cols); j++) {
        const v = w.get(i, j);
        const stroke = (0.3 + 2.7 * (largest === 0 ? 0 : Math.abs(v) / largest)).toFixed(2);
        parts.push(
          `<line x1="${x(k)}" y1="${y(k, i)}" x2="${x(k + 1)}" y2="${y(k + 1, j)}" ` +
            `stroke="${
              v >= 0 ? COLORS.blue : COLORS.orange
            }" stroke-width="${stroke}" opacity="0.7"/>`,
        );
      }
    }
  });
  widths.forEach((n, column) => {
    for (let i = 0; i < Math.min(MAX_UNITS, n); i++) {
      parts.push(
        `<circle cx="${x(column)}" cy="${y(column, i)}" r="7" fill="#fff" stroke="#333"/>`,
      );
    }
    if (n > MAX_UNITS) {
      parts.push(
        `<text x="${x(column)}" y="${height - 8}" text-anchor="middle" font-size="10">+${
          n - MAX_UNITS
        }</text>`,
      );
    }
    const label = column === 0 ? `input ${n}` : `${dense[column - 1].activation.name} ${n}`;
    parts.push(
      `<text x="${x(column)}" y="14" text-anchor="middle" font-size="11">${
        escapeHtml(label)
      }</text>`,
    );
  });
  let column = 0;
  for (const layer of layers) {
    if (layer instanceof Dense) column++;
    else {
      parts.push(
        `<text x="${x(column)}" y="${height - 20}" text-anchor="middle" font-size="10" ` +
          `fill="#555">dropout ${layer.rate}</text>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `font-family="sans-serif">${parts.join("")}</svg>`;
}

/** A model's mime bundle: its summary as text, and the summary with the drawing as HTML. */
export function modelDisplay(summary: string, layers: readonly ModelLayer[]): MediaBundle {
  return {
    "text/plain": summary,
    "text/html": `<pre>${escapeHtml(summary)}</pre>${networkSvg(layers)}`,
  };
}

/** A trace's tables, output layer first as backpropagation goes: δ, ∂L/∂W and ∂L/∂b with shapes. */
export function traceDisplay(trace: StepTrace): MediaBundle {
  const text: string[] = [`${trace.lossName} loss ${trace.loss}`];
  const html: string[] = [`<p>${escapeHtml(trace.lossName)} loss ${trace.loss}</p>`];
  for (let k = trace.layers.length - 1; k >= 0; k--) {
    const { delta, weightGradient, biasGradient } = trace.layers[k];
    const bias = biasGradient === null
      ? null
      : { rows: 1, cols: biasGradient.length, data: biasGradient };
    text.push(
      `layer ${k}: δ ${delta.rows}×${delta.cols}, ` +
        `∂L/∂W ${weightGradient.rows}×${weightGradient.cols}` +
        (bias === null ? ", no bias" : `, ∂L/∂b 1×${bias.cols}`),
    );
    html.push(
      `<h4>Layer ${k}</h4><div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">` +
        matrixTable(delta, "δ = ∂L/∂Z") + matrixTable(weightGradient, "∂L/∂W = Aᵀ·δ") +
        (bias === null ? "" : matrixTable(bias, "∂L/∂b")) + "</div>",
    );
  }
  return { "text/plain": text.join("\n"), "text/html": html.join("") };
}
