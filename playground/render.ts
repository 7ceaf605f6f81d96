/// <reference lib="dom" />
/**
 * The playground's drawing: heatmaps on a blue/orange scale that colour-blind
 * readers can tell apart (#0072b2 for positive values and class 1, #e69f00
 * for negative values and class 0, as the library's displays), the points,
 * the loss curves, and the network as nodes and edges.
 *
 * @module
 */
import type { Domain } from "./config.ts";
import type { Heatmap, LayerWeights, Setup, Snapshot } from "./messages.ts";

/** The two ends of the colour scale, and its middle. */
export const COLORS = { blue: "#0072b2", orange: "#e69f00", middle: "#ffffff" } as const;

const BLUE = [0x00, 0x72, 0xb2], ORANGE = [0xe6, 0x9f, 0x00], WHITE = [0xff, 0xff, 0xff];

/** 256 RGB colours from −1 (orange) through 0 (white) to 1 (blue). */
const SCALE: Uint8ClampedArray = (() => {
  const scale = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * 2 - 1, end = t < 0 ? ORANGE : BLUE, f = Math.abs(t);
    for (let c = 0; c < 3; c++) scale[i * 3 + c] = WHITE[c] + (end[c] - WHITE[c]) * f;
  }
  return scale;
})();

/** The scale's colour of a value in [−1, 1] as CSS. */
export function colorOf(v: number): string {
  const i = Math.round((Math.max(-1, Math.min(1, v)) + 1) * 127.5) * 3;
  return `rgb(${SCALE[i]},${SCALE[i + 1]},${SCALE[i + 2]})`;
}

const scratch = new Map<number, HTMLCanvasElement>();

/** Paints a heatmap over all of `canvas`, smoothed; `discretize` paints only the sign. */
export function paintHeatmap(canvas: HTMLCanvasElement, map: Heatmap, discretize = false): void {
  let small = scratch.get(map.size);
  if (small === undefined) {
    small = document.createElement("canvas");
    small.width = small.height = map.size;
    scratch.set(map.size, small);
  }
  const smallContext = small.getContext("2d")!;
  const image = smallContext.createImageData(map.size, map.size);
  for (let k = 0; k < map.values.length; k++) {
    const v = discretize ? Math.sign(map.values[k]) : map.values[k];
    const i = Math.round((Math.max(-1, Math.min(1, v)) + 1) * 127.5) * 3;
    image.data[4 * k] = SCALE[i];
    image.data[4 * k + 1] = SCALE[i + 1];
    image.data[4 * k + 2] = SCALE[i + 2];
    image.data[4 * k + 3] = 255;
  }
  smallContext.putImageData(image, 0, 0);
  const context = canvas.getContext("2d")!;
  context.imageSmoothingEnabled = !discretize;
  context.drawImage(small, 0, 0, canvas.width, canvas.height);
}

/** Each run's points drawn once, with and without the test points. */
const pointLayers = new WeakMap<Setup, Map<string, HTMLCanvasElement>>();

/** Draws the points over the heatmap: training points ringed in white, test points in black. */
export function paintPoints(canvas: HTMLCanvasElement, setup: Setup, showTest: boolean): void {
  const layers = pointLayers.get(setup) ?? new Map<string, HTMLCanvasElement>();
  pointLayers.set(setup, layers);
  const key = `${canvas.width} ${showTest}`;
  let layer = layers.get(key);
  if (layer === undefined) {
    layer = document.createElement("canvas");
    layer.width = canvas.width;
    layer.height = canvas.height;
    drawPoints(layer, setup, showTest);
    layers.set(key, layer);
  }
  canvas.getContext("2d")!.drawImage(layer, 0, 0);
}

function drawPoints(canvas: HTMLCanvasElement, setup: Setup, showTest: boolean): void {
  const context = canvas.getContext("2d")!;
  const { cx, cy, half }: Domain = setup.domain;
  const scale = canvas.width / (2 * half);
  context.lineWidth = 1;
  for (let i = 0; i < setup.value.length; i++) {
    if (setup.test[i] && !showTest) continue;
    const x = (setup.x1[i] - cx + half) * scale, y = (cy + half - setup.x2[i]) * scale;
    const v = setup.kind === "classification" ? 2 * setup.value[i] - 1 : setup.value[i];
    context.beginPath();
    context.arc(x, y, 3.5, 0, 2 * Math.PI);
    context.fillStyle = colorOf(v);
    context.fill();
    context.strokeStyle = setup.test[i] ? "#000" : "#fff";
    context.stroke();
  }
}

/** Loss points by epoch, as the page keeps them. */
export interface LossCurves {
  epochs: number[];
  train: number[];
  test: (number | null)[];
}

/** Draws the training loss (blue, solid) and the test loss (orange, dashed) by epoch. */
export function paintLoss(canvas: HTMLCanvasElement, curves: LossCurves): void {
  const context = canvas.getContext("2d")!;
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  const n = curves.epochs.length;
  if (n === 0) return;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, curves.train[i], curves.test[i] ?? 0);
  if (!(top > 0) || !Number.isFinite(top)) return;
  const last = curves.epochs[n - 1];
  const x = (epoch: number) => (last === 0 ? 0 : (epoch / last) * (width - 2)) + 1;
  const y = (v: number) => height - 1 - (v / top) * (height - 4);
  const line = (values: (number | null)[], color: string, dash: number[]) => {
    context.beginPath();
    context.setLineDash(dash);
    context.strokeStyle = color;
    context.lineWidth = 1.5;
    let open = false;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null) continue;
      if (open) context.lineTo(x(curves.epochs[i]), y(v));
      else context.moveTo(x(curves.epochs[i]), y(v));
      open = true;
    }
    context.stroke();
  };
  line(curves.test, COLORS.orange, [4, 3]);
  line(curves.train, COLORS.blue, []);
  context.setLineDash([]);
}

/** Pixel layout of the network drawing. */
const LAYOUT = { node: 32, gapY: 8, column: 112, top: 56, left: 16 } as const;

/** The drawn network: its nodes' canvases and its edges, to update from snapshots. */
export interface NetworkView {
  /** Each layer's unit canvases (inputs first, the output last). */
  nodes: HTMLCanvasElement[][];
  /** The canvas under the nodes that the edges are drawn on. */
  canvas: HTMLCanvasElement;
  /** Units drawn per column. */
  shown: number[];
  /** Where unit `i` of column `c` sits: its top left corner. */
  position: (column: number, i: number) => { x: number; y: number };
}

/** What the drawing needs to know besides the widths. */
export interface NetworkLabels {
  features: string[];
  activation: string;
  output: string;
  /** Units drawn per layer at most. */
  drawn: number;
}

/**
 * Builds the network drawing in `container`: a column of nodes per layer,
 * each node a small heatmap of what it computes over the plane, and an edge
 * per weight; hidden layers get buttons that add or remove a unit.
 *
 * @param container The element to fill (emptied first).
 * @param widths Widths of the layers, inputs first.
 * @param labels Feature names, activations, and how many units to draw.
 * @param onUnits Called with a hidden layer's index and +1 or −1 when its buttons are pressed.
 * @returns The nodes and edges, for {@linkcode updateNetwork}.
 */
export function buildNetwork(
  container: HTMLElement,
  widths: number[],
  labels: NetworkLabels,
  onUnits: (layer: number, change: 1 | -1) => void,
): NetworkView {
  container.replaceChildren();
  const shown = widths.map((w) => Math.min(w, labels.drawn));
  const tallest = Math.max(...shown);
  const height = LAYOUT.top + tallest * (LAYOUT.node + LAYOUT.gapY) + 24;
  const width = LAYOUT.left * 2 + (widths.length - 1) * LAYOUT.column + LAYOUT.node;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.className = "edges";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  const position = (column: number, i: number) => ({
    x: LAYOUT.left + column * LAYOUT.column,
    y: LAYOUT.top + ((tallest - shown[column]) * (LAYOUT.node + LAYOUT.gapY)) / 2 +
      i * (LAYOUT.node + LAYOUT.gapY),
  });
  const nodes = shown.map((n, column) => {
    container.append(columnHeader(widths, column, labels, onUnits));
    return Array.from({ length: n }, (_, i) => {
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = LAYOUT.node;
      canvas.className = "node";
      const { x, y } = position(column, i);
      canvas.style.left = `${x}px`;
      canvas.style.top = `${y}px`;
      canvas.title = nodeTitle(widths, column, i, labels);
      container.append(canvas);
      return canvas;
    });
  });
  widths.forEach((w, column) => {
    if (w <= shown[column]) return;
    const more = document.createElement("div");
    more.className = "more";
    more.textContent = `+${w - shown[column]} more`;
    more.style.left = `${position(column, 0).x - 8}px`;
    more.style.top = `${height - 20}px`;
    container.append(more);
  });
  return { nodes, canvas, shown, position };
}

function nodeTitle(widths: number[], column: number, i: number, labels: NetworkLabels): string {
  if (column === 0) return `Input ${labels.features[i]}`;
  if (column === widths.length - 1) return `Output ${i + 1} (${labels.output})`;
  return `Hidden layer ${column}, unit ${i + 1} (${labels.activation})`;
}

function columnHeader(
  widths: number[],
  column: number,
  labels: NetworkLabels,
  onUnits: (layer: number, change: 1 | -1) => void,
): HTMLElement {
  const header = document.createElement("div");
  header.className = "column-header";
  header.style.left = `${LAYOUT.left + column * LAYOUT.column - 24}px`;
  const last = widths.length - 1;
  const name = column === 0 ? "Inputs" : column === last ? "Output" : `Layer ${column}`;
  const detail = column === 0
    ? `${widths[0]} features`
    : column === last
    ? labels.output
    : `${widths[column]} ${widths[column] === 1 ? "unit" : "units"}, ${labels.activation}`;
  header.append(Object.assign(document.createElement("div"), { textContent: name }));
  if (column > 0 && column < last) {
    const buttons = document.createElement("div");
    for (
      const [change, text, verb] of [[1, "+", "Add a unit to"], [
        -1,
        "−",
        "Remove a unit from",
      ]] as const
    ) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.setAttribute("aria-label", `${verb} hidden layer ${column}`);
      button.addEventListener("click", () => onUnits(column - 1, change));
      buttons.append(button);
    }
    header.append(buttons);
  }
  header.append(
    Object.assign(document.createElement("div"), { textContent: detail, className: "detail" }),
  );
  return header;
}

/** Paints the input nodes with the features' heatmaps. */
export function paintFeatures(view: NetworkView, features: Heatmap[]): void {
  view.nodes[0].forEach((canvas, i) => paintHeatmap(canvas, features[i]));
}

/** Updates the hidden and output nodes' heatmaps and the edges' widths and colours. */
export function updateNetwork(view: NetworkView, snapshot: Snapshot, discretize: boolean): void {
  const last = snapshot.units.length - 1;
  snapshot.units.forEach((maps, l) =>
    view.nodes[l + 1].forEach((canvas, i) =>
      paintHeatmap(canvas, maps[i], discretize && l === last)
    )
  );
  paintEdges(view, snapshot.layers);
}

/**
 * Draws an edge per drawn weight: blue when positive, orange when negative,
 * its width by |w| relative to the layer's largest.
 */
function paintEdges(view: NetworkView, layers: LayerWeights[]): void {
  const context = view.canvas.getContext("2d")!;
  context.clearRect(0, 0, view.canvas.width, view.canvas.height);
  context.globalAlpha = 0.75;
  layers.forEach((layer, l) => {
    let largest = 0;
    for (const w of layer.weights) largest = Math.max(largest, Math.abs(w));
    for (let i = 0; i < view.shown[l]; i++) {
      for (let j = 0; j < view.shown[l + 1]; j++) {
        const w = layer.weights[i * layer.cols + j];
        const a = view.position(l, i), b = view.position(l + 1, j);
        const x1 = a.x + LAYOUT.node, y1 = a.y + LAYOUT.node / 2;
        const x2 = b.x, y2 = b.y + LAYOUT.node / 2, middle = (x1 + x2) / 2;
        context.beginPath();
        context.moveTo(x1, y1);
        context.bezierCurveTo(middle, y1, middle, y2, x2, y2);
        context.strokeStyle = w >= 0 ? COLORS.blue : COLORS.orange;
        context.lineWidth = 0.5 + 3.5 * (largest === 0 ? 0 : Math.abs(w) / largest);
        context.stroke();
      }
    }
  });
  context.globalAlpha = 1;
}
