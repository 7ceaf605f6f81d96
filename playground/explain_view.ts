/**
 * "One step, explained" as HTML: for the step just taken, each layer's δ,
 * ∂L/∂W and ∂L/∂b with their shapes and first numbers, output layer first as
 * backpropagation goes, and how δ passes down. Layers are numbered from 1, as
 * the notebooks write W₁; A₀ is the batch.
 *
 * @module
 */
import type { Block, ExplainLayer, Explanation } from "./messages.ts";

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

/** `n` written with subscript digits. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}

/** A shape as the view writes it: `10 × 8`. */
export function shape(rows: number, cols: number): string {
  return `${rows} × ${cols}`;
}

/** A number in the tables: four decimals, or three significant digits when tiny. */
export function formatNumber(v: number): string {
  if (v === 0 || Math.abs(v) >= 1e-3) return v.toFixed(4);
  return v.toExponential(2);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/**
 * The explained step as HTML for the element `#explain`.
 *
 * @param step The step, from the worker.
 * @returns The HTML.
 */
export function explainHtml(step: Explanation): string {
  const parts = [`<p class="explain-head">${escapeHtml(headline(step))}</p>`];
  for (let k = step.layers.length - 1; k >= 0; k--) parts.push(layerHtml(step, k));
  return parts.join("");
}

function headline(step: Explanation): string {
  const which = step.taken ? `Step ${step.step}, just taken` : `Step ${step.step}, not yet taken`;
  const where = `epoch ${step.epoch}, batch ${step.batch} of ${step.batches}, ${step.rows} ${
    step.rows === 1 ? "row" : "rows"
  }`;
  const last = subscript(step.layers.length);
  const delta = step.fused === null
    ? `δ${last} = ∂L/∂A${last} ⊙ ${step.layers.at(-1)!.activation}′(Z${last}).`
    : `the ${step.lossName} loss and the ${step.fused} output combine, so δ${last} = (Ŷ − Y) ` +
      `divided by the number of values the loss averages.`;
  return `${which} (${where}): ${step.lossName} loss ${formatNumber(step.loss)} before the ` +
    `update, which subtracts the learning rate's share of each ∂L/∂W and ∂L/∂b below. ` +
    `For the output layer, ${delta}`;
}

function layerHtml(step: Explanation, k: number): string {
  const layer: ExplainLayer = step.layers[k];
  const n = subscript(k + 1), below = subscript(k);
  const title = `Layer ${k + 1}: ${layer.inputs} → ${layer.outputs}, ${layer.activation}`;
  const matrices = [
    matrixHtml("delta", `δ${n} = ∂L/∂Z${n}`, layer.delta),
    matrixHtml("weightGradient", `∂L/∂W${n} = A${below}ᵀ·δ${n}`, layer.weightGradient),
    layer.biasGradient === null
      ? `<p class="explain-none" data-name="biasGradient">No bias.</p>`
      : matrixHtml("biasGradient", `∂L/∂b${n} = Σ rows of δ${n}`, layer.biasGradient),
  ];
  const down = k === 0 ? "" : `<p class="explain-down">${
    escapeHtml(
      `δ passes down: ∂L/∂A${below} = δ${n}·W${n}ᵀ (${
        shape(layer.delta.rows, layer.inputs)
      }), then δ${below} = ∂L/∂A${below} ⊙ ${step.layers[k - 1].activation}′(Z${below}).`,
    )
  }</p>`;
  return `<section class="explain-layer" data-layer="${k}"><h3>${escapeHtml(title)}</h3>` +
    `<div class="explain-matrices">${matrices.join("")}</div>${down}</section>`;
}

function matrixHtml(name: string, caption: string, block: Block): string {
  const rows = block.values.map((row) => {
    const cells = row.map((v) => `<td>${formatNumber(v)}</td>`);
    if (block.cols > row.length) cells.push("<td>…</td>");
    return `<tr>${cells.join("")}</tr>`;
  });
  if (block.rows > block.values.length) {
    const width = block.values[0].length + (block.cols > block.values[0].length ? 1 : 0);
    const more = block.rows - block.values.length;
    rows.push(`<tr><td colspan="${width}">⋮ ${more} more ${more === 1 ? "row" : "rows"}</td></tr>`);
  }
  return `<figure class="explain-matrix" data-name="${name}"><figcaption>${
    escapeHtml(caption)
  } <span class="shape">${shape(block.rows, block.cols)}</span></figcaption>` +
    `<table>${rows.join("")}</table></figure>`;
}
