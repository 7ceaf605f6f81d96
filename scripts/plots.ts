/**
 * SVG charts for the teaching scripts and the `nn` tool: training loss,
 * decision boundaries, parametric curves, predicted-versus-true scatters and
 * confusion matrices.
 *
 * Each chart is a vega-lite spec compiled to vega and rendered headless (no
 * browser, no canvas) to an SVG string; {@linkcode writeChart} saves it.
 * Plain numbers in, SVG text out: this module does not import the library.
 *
 * Rendering needs no permissions; `writeChart` needs `--allow-write` (and
 * `--allow-read` for the folder, which `Deno.rename` checks), e.g.
 * `deno run --allow-read=out --allow-write=out scripts/moons.ts`.
 *
 * A series longer than {@linkcode MAX_POINTS} is thinned to that many points,
 * evenly spaced by index (first and last kept), so that huge runs still give
 * an SVG of reasonable size.
 *
 * @example Save a loss chart
 * ```ts
 * import { lossChart, writeChart } from "./plots.ts";
 * import assert from "node:assert/strict";
 *
 * const svg = await lossChart({ epoch: [1, 2, 3], loss: [0.9, 0.5, 0.3] });
 * const dir = await Deno.makeTempDir();
 * try {
 *   const path = await writeChart(dir, "loss", svg); // <dir>/loss.svg
 *   assert.equal(await Deno.readTextFile(path), svg);
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 *
 * @module
 */
// Full npm specifiers, not deno.json imports, so that the module also works imported from a URL.
import * as vega from "npm:vega@^6";
import { compile, type TopLevelSpec } from "npm:vega-lite@^6";
import { join } from "node:path";
import { writeFileAtomic } from "../io/mod.ts";

/** The most points drawn per series; longer ones are thinned evenly. */
export const MAX_POINTS = 5000;

/**
 * Compiles a vega-lite spec and renders it to an SVG document, headless.
 *
 * @param spec A vega-lite (v6) top-level spec with inline data.
 * @returns The SVG text, starting with `<svg`.
 * @throws {TypeError} If `spec` is not an object.
 */
export async function renderSvg(spec: object): Promise<string> {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new TypeError(`renderSvg: spec must be a vega-lite spec object, got ${kind(spec)}`);
  }
  const compiled = compile(spec as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Loss per epoch, as {@linkcode lossChart} takes it. */
export interface LossSeries {
  /** Epoch numbers, the x axis. */
  epoch: ArrayLike<number>;
  /** Training loss per epoch, as many values as `epoch`. */
  loss: ArrayLike<number>;
  /** Validation loss per epoch, as many values as `epoch`; drawn when given. */
  valLoss?: ArrayLike<number>;
}

/** Labels and scale of {@linkcode lossChart}. */
export interface LossChartOptions {
  /** Chart title; default "Loss". */
  title?: string;
  /** Y axis title; default "loss". */
  yTitle?: string;
  /** Log-scale y axis (every loss must then be positive); default false. */
  logScale?: boolean;
  /** Legend label of the training line; default "training". */
  lossLabel?: string;
  /** Legend label of the validation line; default "validation". */
  valLabel?: string;
}

/**
 * A line chart of training loss per epoch, and of validation loss when
 * given, one colored line each with a legend.
 *
 * @param series Epochs and losses, all of one length.
 * @param options Titles, labels and a log scale.
 * @returns The SVG text.
 * @throws {TypeError} If a series is not an array of numbers.
 * @throws {RangeError} If a series is empty, lengths differ, a value is not
 *   finite, or (log scale) a loss is not positive.
 */
export async function lossChart(
  series: LossSeries,
  options: LossChartOptions = {},
): Promise<string> {
  const fn = "lossChart";
  checkObject(fn, "series", series);
  checkObject(fn, "options", options);
  const epoch = numbers(fn, "epoch", series.epoch);
  const logScale = flag(fn, "logScale", options.logScale);
  const line = (name: string, values: unknown, label: string) => {
    const loss = sameLength(fn, name, numbers(fn, name, values), "epoch", epoch);
    const bad = logScale ? loss.findIndex((v) => v <= 0) : -1;
    if (bad >= 0) {
      throw new RangeError(
        `${fn}: ${name}[${bad}] is ${loss[bad]}; values must be positive on a log scale`,
      );
    }
    return { label, loss };
  };
  const lines = [line("loss", series.loss, text(fn, "lossLabel", options.lossLabel, "training"))];
  if (series.valLoss !== undefined) {
    const label = text(fn, "valLabel", options.valLabel, "validation");
    if (label === lines[0].label) {
      throw new RangeError(`${fn}: lossLabel and valLabel must differ, both are "${label}"`);
    }
    lines.push(line("valLoss", series.valLoss, label));
  }
  const keep = evenly(epoch.length);
  const values = lines.flatMap(({ label, loss }) =>
    keep.map((i) => ({ epoch: epoch[i], loss: loss[i], series: label }))
  );
  return await renderSvg({
    $schema: SCHEMA,
    title: text(fn, "title", options.title, "Loss"),
    width: 480,
    height: 300,
    data: { values },
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: { field: "epoch", type: "quantitative", title: "epoch" },
      y: {
        field: "loss",
        type: "quantitative",
        title: text(fn, "yTitle", options.yTitle, "loss"),
        scale: logScale ? { type: "log" } : {},
      },
      color: {
        field: "series",
        type: "nominal",
        scale: { domain: lines.map(({ label }) => label) },
        legend: { title: null },
      },
    },
  });
}

/** The data, the model and the grid of {@linkcode decisionBoundaryChart}. */
export interface DecisionBoundaryInput {
  /** Points, one row of 2 features each. */
  x: ArrayLike<ArrayLike<number>>;
  /** Class of each point, 0 or 1. */
  labels: ArrayLike<number>;
  /**
   * Probability of class 1 for each row given (grid points as `[x1, x2]`),
   * each within [0, 1]; called once with every grid point.
   */
  probability: (rows: number[][]) => ArrayLike<number> | Promise<ArrayLike<number>>;
  /** Grid cells per side, an integer from 2 to 400; default 60. */
  resolution?: number;
  /** Space around the data on each side, as a fraction of its range; default 0.2. */
  margin?: number;
  /** Chart title; default "Decision boundary". */
  title?: string;
  /** X axis title; default "x1". */
  xTitle?: string;
  /** Y axis title; default "x2". */
  yTitle?: string;
}

/**
 * A heatmap of the probability of class 1 over a grid that covers the data
 * plus a margin (diverging colors, fixed to [0, 1]), with the points drawn on
 * top, colored and shaped by class.
 *
 * @param input Points, labels, the model's probability function and the grid.
 * @returns The SVG text.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If data are empty, lengths differ, a row has not 2
 *   features, a value is not finite, a label is not 0 or 1, or a probability
 *   is outside [0, 1].
 */
export async function decisionBoundaryChart(input: DecisionBoundaryInput): Promise<string> {
  const fn = "decisionBoundaryChart";
  checkObject(fn, "input", input);
  const rows = points(fn, input.x);
  const labels = sameLength(fn, "labels", numbers(fn, "labels", input.labels), "x", rows);
  const badLabel = labels.findIndex((v) => v !== 0 && v !== 1);
  if (badLabel >= 0) {
    throw new RangeError(
      `${fn}: labels[${badLabel}] is ${labels[badLabel]}; labels must be 0 or 1`,
    );
  }
  if (typeof input.probability !== "function") {
    throw new TypeError(`${fn}: probability must be a function, got ${kind(input.probability)}`);
  }
  const resolution = input.resolution ?? 60;
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > 400) {
    throw new RangeError(
      `${fn}: resolution must be an integer from 2 to 400, got ${shown(resolution)}`,
    );
  }
  const margin = input.margin ?? 0.2;
  if (typeof margin !== "number" || !Number.isFinite(margin) || margin < 0) {
    throw new RangeError(`${fn}: margin must be a finite number >= 0, got ${shown(margin)}`);
  }
  const [x1, x2] = [0, 1].map((f) => extent(rows.map((r) => r[f]), margin));
  const step1 = (x1[1] - x1[0]) / resolution, step2 = (x2[1] - x2[0]) / resolution;
  const grid: number[][] = [];
  for (let i = 0; i < resolution; i++) {
    for (let j = 0; j < resolution; j++) {
      grid.push([x1[0] + (i + 0.5) * step1, x2[0] + (j + 0.5) * step2]);
    }
  }
  const probabilities = numbers(fn, "probability(grid)", await input.probability(grid));
  sameLength(fn, "probability(grid)", probabilities, "the grid", grid);
  const bad = probabilities.findIndex((p) => p < 0 || p > 1);
  if (bad >= 0) {
    const at = grid[bad].join(", ");
    throw new RangeError(
      `${fn}: probability(grid)[${bad}] is ${probabilities[bad]} at [${at}]; ` +
        "probabilities must be within [0, 1]",
    );
  }
  // Each cell reaches a tenth of a cell into its right and upper neighbours
  // (clamped to the plot) so that anti-aliasing leaves no seams between cells.
  const cells = grid.map(([a, b], k) => ({
    a: a - step1 / 2,
    a2: Math.min(a + 0.6 * step1, x1[1]),
    b: b - step2 / 2,
    b2: Math.min(b + 0.6 * step2, x2[1]),
    p: probabilities[k],
  }));
  const dots = evenly(rows.length).map((i) => ({
    a: rows[i][0],
    b: rows[i][1],
    class: String(labels[i]),
  }));
  const size = dots.length <= 20 ? 150 : dots.length <= 300 ? 50 : 20;
  const classes = { field: "class", type: "nominal", legend: { title: "class" } };
  return await renderSvg({
    $schema: SCHEMA,
    title: text(fn, "title", input.title, "Decision boundary"),
    width: 360,
    height: 360,
    layer: [
      {
        data: { values: cells },
        mark: { type: "rect", aria: false },
        encoding: {
          x: {
            field: "a",
            type: "quantitative",
            scale: { domain: x1, nice: false, zero: false },
            title: text(fn, "xTitle", input.xTitle, "x1"),
          },
          x2: { field: "a2" },
          y: {
            field: "b",
            type: "quantitative",
            scale: { domain: x2, nice: false, zero: false },
            title: text(fn, "yTitle", input.yTitle, "x2"),
          },
          y2: { field: "b2" },
          // The scheme's darkest ends are left out so that the points stand out.
          color: {
            field: "p",
            type: "quantitative",
            scale: { scheme: { name: "blueorange", extent: [0.15, 0.85] }, domain: [0, 1] },
            legend: { title: "P(class 1)" },
          },
        },
      },
      {
        data: { values: dots },
        mark: { type: "point", filled: true, size, opacity: 1, stroke: "white", strokeWidth: 1 },
        // `fill` and `shape` on one field share one legend; `fill` has its own
        // scale, apart from the heatmap's `color`.
        encoding: {
          x: { field: "a", type: "quantitative" },
          y: { field: "b", type: "quantitative" },
          fill: { ...classes, scale: { domain: ["0", "1"], range: ["#1f4e9c", "#b34700"] } },
          shape: { ...classes, scale: { domain: ["0", "1"], range: ["circle", "square"] } },
        },
      },
    ],
  });
}

/** One named curve of {@linkcode curveChart}. */
export interface Curve {
  /** Legend label, unique within the chart. */
  name: string;
  /** X coordinates, in drawing order. */
  x: ArrayLike<number>;
  /** Y coordinates, as many as `x`. */
  y: ArrayLike<number>;
}

/** The curves and labels of {@linkcode curveChart}. */
export interface CurveChartInput {
  /** The curves, each joined point to point in the given order, one color each. */
  series: Curve[];
  /** Join each curve's last point back to its first; default false. */
  closed?: boolean;
  /** Chart title; default "Curves". */
  title?: string;
  /** X axis title; default "x". */
  xTitle?: string;
  /** Y axis title; default "y". */
  yTitle?: string;
}

/**
 * Parametric or closed curves on a square plot: each series is a line that
 * joins its points in the order given (not sorted by x), one color per series
 * with a legend, e.g. "target" and "learned".
 *
 * @param input The curves and labels.
 * @returns The SVG text.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If there is no series, names repeat, a curve has fewer
 *   than 2 points, lengths differ, or a value is not finite.
 */
export async function curveChart(input: CurveChartInput): Promise<string> {
  const fn = "curveChart";
  checkObject(fn, "input", input);
  if (!Array.isArray(input.series)) {
    throw new TypeError(`${fn}: series must be an array of curves, got ${kind(input.series)}`);
  }
  if (input.series.length === 0) throw new RangeError(`${fn}: series is empty; give at least one`);
  const closed = flag(fn, "closed", input.closed);
  const names: string[] = [];
  const values: { x: number; y: number; order: number; series: string }[] = [];
  input.series.forEach((curve, s) => {
    const at = `series[${s}]`;
    checkObject(fn, at, curve);
    if (typeof curve.name !== "string" || curve.name === "") {
      throw new TypeError(`${fn}: ${at}.name must be a non-empty string, got ${shown(curve.name)}`);
    }
    if (names.includes(curve.name)) {
      throw new RangeError(`${fn}: ${at}.name "${curve.name}" repeats; names must be unique`);
    }
    names.push(curve.name);
    const x = numbers(fn, `${at}.x`, curve.x);
    const y = sameLength(fn, `${at}.y`, numbers(fn, `${at}.y`, curve.y), `${at}.x`, x);
    if (x.length < 2) {
      throw new RangeError(`${fn}: ${at} has 1 point; a curve needs at least 2`);
    }
    const keep = evenly(x.length);
    if (closed) keep.push(keep[0]);
    keep.forEach((i, order) => values.push({ x: x[i], y: y[i], order, series: curve.name }));
  });
  return await renderSvg({
    $schema: SCHEMA,
    title: text(fn, "title", input.title, "Curves"),
    width: 360,
    height: 360,
    data: { values },
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: {
        field: "x",
        type: "quantitative",
        title: text(fn, "xTitle", input.xTitle, "x"),
        scale: { zero: false },
      },
      y: {
        field: "y",
        type: "quantitative",
        title: text(fn, "yTitle", input.yTitle, "y"),
        scale: { zero: false },
      },
      order: { field: "order", type: "quantitative" },
      color: {
        field: "series",
        type: "nominal",
        scale: { domain: names },
        legend: { title: null },
      },
    },
  });
}

/** The points and labels of {@linkcode scatterChart}. */
export interface ScatterChartInput {
  /** X coordinates, e.g. true values. */
  x: ArrayLike<number>;
  /** Y coordinates, e.g. predictions, as many as `x`. */
  y: ArrayLike<number>;
  /** Chart title; default "Predicted versus true". */
  title?: string;
  /** X axis title; default "true". */
  xTitle?: string;
  /** Y axis title; default "predicted". */
  yTitle?: string;
  /** Draw the line y = x, with both axes on one range; default false. */
  diagonal?: boolean;
}

/**
 * A scatter of points, e.g. predicted versus true values, with an optional
 * dashed y = x reference line.
 *
 * @param input The points and labels.
 * @returns The SVG text.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If data are empty, lengths differ, or a value is not finite.
 */
export async function scatterChart(input: ScatterChartInput): Promise<string> {
  const fn = "scatterChart";
  checkObject(fn, "input", input);
  const x = numbers(fn, "x", input.x);
  const y = sameLength(fn, "y", numbers(fn, "y", input.y), "x", x);
  const diagonal = flag(fn, "diagonal", input.diagonal);
  const values = evenly(x.length).map((i) => ({ x: x[i], y: y[i] }));
  // With the diagonal, both axes share one range so that y = x runs corner to corner.
  const [lo, hi] = extent([...x, ...y], 0);
  const scale = diagonal ? { domain: [lo, hi], zero: false } : { zero: false };
  const points = {
    data: { values },
    mark: { type: "circle", size: values.length <= 300 ? 40 : 16, opacity: 0.6, aria: false },
    encoding: {
      x: {
        field: "x",
        type: "quantitative",
        title: text(fn, "xTitle", input.xTitle, "true"),
        scale,
      },
      y: {
        field: "y",
        type: "quantitative",
        title: text(fn, "yTitle", input.yTitle, "predicted"),
        scale,
      },
    },
  };
  const rule = {
    data: { values: [{ x: lo, y: lo, x2: hi, y2: hi }] },
    mark: { type: "rule", color: "#222", strokeDash: [6, 4], strokeWidth: 1.5 },
    encoding: {
      x: { field: "x", type: "quantitative" },
      y: { field: "y", type: "quantitative" },
      x2: { field: "x2" },
      y2: { field: "y2" },
    },
  };
  return await renderSvg({
    $schema: SCHEMA,
    title: text(fn, "title", input.title, "Predicted versus true"),
    width: 360,
    height: 360,
    layer: diagonal ? [points, rule] : [points],
  });
}

/** The classes and counts of {@linkcode confusionChart}. */
export interface ConfusionChartInput {
  /** Class names, in the order of `counts`' rows and columns. */
  classes: readonly string[];
  /** `counts[actual][predicted]`: how many rows of class `actual` were predicted as `predicted`. */
  counts: readonly (readonly number[])[];
  /** Chart title; default "Confusion matrix". */
  title?: string;
}

/**
 * A confusion matrix as a heat map: actual classes down, predicted classes
 * across, each cell shaded by its count and labelled with it.
 *
 * @param input The classes and counts.
 * @returns The SVG text.
 * @throws {TypeError} If an argument has the wrong type.
 * @throws {RangeError} If `counts` is not square with one row per class, or a
 *   count is not a non-negative integer.
 */
export async function confusionChart(input: ConfusionChartInput): Promise<string> {
  const fn = "confusionChart";
  checkObject(fn, "input", input);
  if (!Array.isArray(input.classes) || input.classes.some((c) => typeof c !== "string")) {
    throw new TypeError(`${fn}: classes must be an array of strings, got ${kind(input.classes)}`);
  }
  const classes = input.classes;
  if (!Array.isArray(input.counts) || input.counts.length !== classes.length) {
    throw new RangeError(`${fn}: counts must have one row per class (${classes.length})`);
  }
  const values = input.counts.flatMap((row, a) => {
    const counts = numbers(fn, `counts[${a}]`, row);
    if (counts.length !== classes.length) {
      throw new RangeError(
        `${fn}: counts[${a}] has ${counts.length} values; rows must have one per class (${classes.length})`,
      );
    }
    return counts.map((count, p) => {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`${fn}: counts[${a}][${p}] is ${count}; counts must be whole numbers`);
      }
      return { actual: classes[a], predicted: classes[p], count };
    });
  });
  const max = values.reduce((m, v) => Math.max(m, v.count), 1);
  const axis = (field: string) => ({
    field,
    type: "nominal",
    sort: [...classes],
    title: field,
  });
  return await renderSvg({
    $schema: SCHEMA,
    title: text(fn, "title", input.title, "Confusion matrix"),
    data: { values },
    width: Math.max(160, 48 * classes.length),
    height: Math.max(160, 48 * classes.length),
    encoding: { x: axis("predicted"), y: axis("actual") },
    layer: [
      {
        mark: "rect",
        encoding: {
          color: {
            field: "count",
            type: "quantitative",
            scale: { scheme: "blues", domain: [0, max] },
          },
        },
      },
      {
        mark: { type: "text", fontSize: 13 },
        encoding: {
          text: { field: "count", type: "quantitative" },
          color: {
            condition: { test: `datum.count > ${max / 2}`, value: "white" },
            value: "black",
          },
        },
      },
    ],
  });
}

/**
 * Writes `svg` to `<dir>/<name>.svg`, creating `dir` (and its parents) when
 * missing, atomically with `writeFileAtomic` (a temporary file renamed onto
 * the target), so a reader never sees half a chart.
 *
 * Needs `--allow-write` and `--allow-read` for `dir`.
 *
 * @param dir The folder.
 * @param name The file name without `.svg`, no path separators.
 * @param svg The SVG text, as the chart functions return it.
 * @returns The path written.
 * @throws {TypeError} If an argument has the wrong type, `name` is not a
 *   plain file name, or `svg` is not SVG text (a forgotten `await` gives a
 *   promise).
 * @throws {Deno.errors.NotCapable} Without read and write permission for `dir`.
 * @throws {Error} If the folder cannot be made or the file written; the
 *   previous file, if any, is then unchanged.
 */
export async function writeChart(dir: string, name: string, svg: string): Promise<string> {
  const fn = "writeChart";
  if (typeof dir !== "string" || dir === "") {
    throw new TypeError(`${fn}: dir must be a non-empty string, got ${shown(dir)}`);
  }
  if (
    typeof name !== "string" || name === "" || /[\\/]/.test(name) || name === "." || name === ".."
  ) {
    throw new TypeError(
      `${fn}: name must be a file name without "/" or "\\", got ${shown(name)}`,
    );
  }
  if (typeof svg !== "string" || !svg.startsWith("<svg")) {
    throw new TypeError(
      `${fn}: svg must be SVG text starting with "<svg", got ${kind(svg)}` +
        (kind(svg) === "a promise" ? " (missing await?)" : ""),
    );
  }
  await Deno.mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.svg`);
  await writeFileAtomic(path, svg);
  return path;
}

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** Indices 0..n-1, or MAX_POINTS of them evenly spaced (first and last kept). */
function evenly(n: number): number[] {
  const m = Math.min(n, MAX_POINTS);
  if (m === n) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: m }, (_, i) => Math.round((i * (n - 1)) / (m - 1)));
}

/** [min, max] widened by `margin` of the range on each side (a point's range counts as 1). */
function extent(values: number[], margin: number): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = (hi > lo ? hi - lo : 1) * margin;
  return hi > lo ? [lo - pad, hi + pad] : [lo - Math.max(pad, 0.5), hi + Math.max(pad, 0.5)];
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Promise) return "a promise";
  const type = typeof value;
  return type === "object" ? "an object" : type === "undefined" ? "undefined" : `a ${type}`;
}

/** A string quoted, a number as is, anything else by its kind. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value === "number" ? String(value) : kind(value);
}

function checkObject(fn: string, name: string, value: unknown): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${name} must be an object, got ${kind(value)}`);
  }
}

/** Copies an array-like of finite numbers, or throws naming the argument and index. */
function numbers(fn: string, name: string, values: unknown): number[] {
  if (
    values === null || typeof values !== "object" ||
    typeof (values as ArrayLike<unknown>).length !== "number"
  ) {
    throw new TypeError(`${fn}: ${name} must be an array of numbers, got ${kind(values)}`);
  }
  const source = values as ArrayLike<unknown>;
  if (source.length === 0) throw new RangeError(`${fn}: ${name} is empty; give at least one value`);
  const out = new Array<number>(source.length);
  for (let i = 0; i < source.length; i++) {
    const v = source[i];
    if (typeof v !== "number") {
      throw new TypeError(`${fn}: ${name}[${i}] is ${kind(v)}; values must be numbers`);
    }
    if (!Number.isFinite(v)) {
      throw new RangeError(`${fn}: ${name}[${i}] is ${v}; values must be finite`);
    }
    out[i] = v;
  }
  return out;
}

/** Rows of exactly 2 finite numbers. */
function points(fn: string, rows: unknown): number[][] {
  if (
    rows === null || typeof rows !== "object" ||
    typeof (rows as ArrayLike<unknown>).length !== "number"
  ) {
    throw new TypeError(`${fn}: x must be an array of rows [x1, x2], got ${kind(rows)}`);
  }
  const source = rows as ArrayLike<unknown>;
  if (source.length === 0) throw new RangeError(`${fn}: x is empty; give at least one row`);
  return Array.from(source, (row, i) => {
    const values = numbers(fn, `x[${i}]`, row);
    if (values.length !== 2) {
      throw new RangeError(`${fn}: x[${i}] has ${values.length} values; rows must have 2 features`);
    }
    return values;
  });
}

function sameLength<T>(
  fn: string,
  name: string,
  values: T,
  otherName: string,
  other: unknown[],
): T {
  const n = (values as unknown[]).length;
  if (n !== other.length) {
    throw new RangeError(
      `${fn}: ${name} has ${n} values but ${otherName} has ${other.length}; lengths must match`,
    );
  }
  return values;
}

function text(fn: string, name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string") {
    throw new TypeError(`${fn}: ${name} must be a string, got ${kind(value)}`);
  }
  return value;
}

function flag(fn: string, name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") {
    throw new TypeError(`${fn}: ${name} must be a boolean, got ${kind(value)}`);
  }
  return value;
}
