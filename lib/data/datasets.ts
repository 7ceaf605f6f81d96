/**
 * Small synthetic data sets: XOR, scikit-learn's moons and circles, the CS231n
 * spirals, and the regression tasks of the reference notebooks. The random ones
 * take `seed` or `random` and are bit-identical for equal seeds; they follow the
 * formulas of their originals, but not those libraries' random streams.
 *
 * @module
 */
import {
  integerOption,
  NON_NEGATIVE,
  numberOption,
  OPEN_UNIT,
} from "../primitives/number_option.ts";
import { oneHot, permutation, takeRows } from "./data.ts";
import { Matrix } from "../primitives/matrix.ts";
import { booleanOption, checkOptions } from "../primitives/options.ts";
import { type Random, type RandomOptions, resolveRandom } from "../primitives/random.ts";

/**
 * A classification data set.
 *
 * @example Targets and labels agree
 * ```ts
 * import { type ClassificationData, moons } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const data: ClassificationData = moons({ n: 6, seed: 1 });
 * assert.deepEqual(Array.from(data.y.data), data.labels);
 * ```
 */
export interface ClassificationData {
  /** Inputs, one sample per row. */
  x: Matrix;
  /** Targets: an n × 1 column of 0/1 for two classes, one-hot rows (n × K) for K > 2. */
  y: Matrix;
  /** The class index of each row. */
  labels: number[];
}

/**
 * A regression data set.
 *
 * @example One target row per input row
 * ```ts
 * import { heartCurve, type RegressionData } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const data: RegressionData = heartCurve({ n: 8 });
 * assert.equal(data.x.rows, data.y.rows);
 * ```
 */
export interface RegressionData {
  /** Inputs, one sample per row. */
  x: Matrix;
  /** Targets, one row per sample. */
  y: Matrix;
}

/** NumPy's `linspace(start, stop, num, endpoint)`, computed as NumPy does: `i·step + start`. */
function linspace(start: number, stop: number, num: number, endpoint: boolean): Float64Array {
  const out = new Float64Array(num);
  const div = endpoint ? num - 1 : num;
  const step = div > 0 ? (stop - start) / div : 0;
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}

function labelColumn(labels: number[]): Matrix {
  return new Matrix(labels.length, 1, Float64Array.from(labels));
}

function addNoise(m: Matrix, noise: number, random: Random): void {
  if (noise === 0) return;
  for (let k = 0; k < m.data.length; k++) m.data[k] += noise * random.normal();
}

/**
 * The four XOR points `[0, 0], [0, 1], [1, 0], [1, 1]` in that order, labelled 0, 1, 1, 0.
 *
 * @param options `oneHot` (default false): targets as one-hot rows `[[1, 0], [0, 1], [0, 1],
 *   [1, 0]]`, for a softmax output, instead of the column `[[0], [1], [1], [0]]`.
 * @returns The data set.
 * @throws {TypeError} If an option is unknown or `oneHot` is not a boolean.
 *
 * @example Both target forms
 * ```ts
 * import { xor } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(xor().y.toArray(), [[0], [1], [1], [0]]);
 * assert.deepEqual(xor({ oneHot: true }).y.toArray(), [[1, 0], [0, 1], [0, 1], [1, 0]]);
 * ```
 */
export function xor(options?: { oneHot?: boolean }): ClassificationData {
  const opts = checkOptions("xor", options, ["oneHot"]);
  const labels = [0, 1, 1, 0];
  const x = Matrix.from([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const y = booleanOption("xor", opts, "oneHot", false) ? oneHot(labels, 2) : labelColumn(labels);
  return { x, y, labels };
}

interface Sampling {
  n: number;
  noise: number;
  shuffle: boolean;
  random: Random;
}

const TWO_CLASS_KEYS = ["n", "noise", "shuffle", "random", "seed"];

function twoClassSampling(
  owner: string,
  opts: Readonly<Record<string, unknown>>,
  options: RandomOptions | undefined,
): Sampling {
  return {
    n: integerOption(owner, opts, "n", 100, 2),
    noise: numberOption(owner, opts, "noise", 0, NON_NEGATIVE),
    shuffle: booleanOption(owner, opts, "shuffle", true),
    random: resolveRandom(options),
  };
}

/** Labels the first `nOut` rows 0 and the rest 1, then shuffles the rows and adds the noise. */
function twoClasses(points: Matrix, nOut: number, s: Sampling): ClassificationData {
  const sorted = Array.from({ length: points.rows }, (_, i) => (i < nOut ? 0 : 1));
  const order = s.shuffle ? permutation(points.rows, { random: s.random }) : undefined;
  const x = order ? takeRows(points, order, "points") : points;
  const labels = order ? Array.from(order, (i) => sorted[i]) : sorted;
  addNoise(x, s.noise, s.random);
  return { x, y: labelColumn(labels), labels };
}

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`: `⌊n/2⌋` points
 * `(cos t, sin t)` with `t` evenly spaced over [0, π] (both ends included), label 0, and
 * the other points `(1 − cos t, 1 − sin t − 0.5)` likewise, label 1. Then, in this order of
 * draws, the rows are shuffled and Gaussian noise is added to every coordinate, row by row.
 *
 * @param options `n` (integer ≥ 2, default 100), `noise` (standard deviation ≥ 0, default 0;
 *   0 draws nothing), `shuffle` (default true), and `seed` or `random`.
 * @returns The data set; `y` is an n × 1 column of 0/1.
 * @throws {RangeError} If `n` or `noise` is out of range.
 * @throws {TypeError} If an option is unknown or `shuffle` is not a boolean.
 *
 * @example Points on the two arcs
 * ```ts
 * import { moons } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, labels } = moons({ n: 6, shuffle: false });
 * assert.deepEqual(labels, [0, 0, 0, 1, 1, 1]);
 * assert.deepEqual(x.row(0), [1, 0]);
 * assert.deepEqual(x.row(3), [0, 0.5]);
 * ```
 */
export function moons(
  options?: RandomOptions & { n?: number; noise?: number; shuffle?: boolean },
): ClassificationData {
  const opts = checkOptions("moons", options, TWO_CLASS_KEYS);
  const s = twoClassSampling("moons", opts, options);
  const nOut = Math.floor(s.n / 2), nIn = s.n - nOut;
  const points = new Matrix(s.n, 2), d = points.data;
  const tOut = linspace(0, Math.PI, nOut, true), tIn = linspace(0, Math.PI, nIn, true);
  for (let i = 0; i < nOut; i++) {
    d[2 * i] = Math.cos(tOut[i]);
    d[2 * i + 1] = Math.sin(tOut[i]);
  }
  for (let i = 0, k = 2 * nOut; i < nIn; i++, k += 2) {
    d[k] = 1 - Math.cos(tIn[i]);
    d[k + 1] = 1 - Math.sin(tIn[i]) - 0.5;
  }
  return twoClasses(points, nOut, s);
}

/**
 * A circle inside another, as scikit-learn's `make_circles`: `⌊n/2⌋` points on the unit
 * circle at angles evenly spaced over [0, 2π) (the end excluded), label 0, and the other
 * points likewise on the circle of radius `factor`, label 1. Then, in this order of draws,
 * the rows are shuffled and Gaussian noise is added to every coordinate, row by row.
 *
 * @param options `n` (integer ≥ 2, default 100), `noise` (standard deviation ≥ 0, default 0;
 *   0 draws nothing), `factor` (inner radius in (0, 1), default 0.8), `shuffle` (default
 *   true), and `seed` or `random`.
 * @returns The data set; `y` is an n × 1 column of 0/1.
 * @throws {RangeError} If `n`, `noise` or `factor` is out of range.
 * @throws {TypeError} If an option is unknown or `shuffle` is not a boolean.
 *
 * @example Two radii
 * ```ts
 * import { circles } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, labels } = circles({ n: 8, factor: 0.5, seed: 2 });
 * for (let i = 0; i < 8; i++) {
 *   const radius = Math.hypot(x.get(i, 0), x.get(i, 1));
 *   assert.ok(Math.abs(radius - (labels[i] === 0 ? 1 : 0.5)) < 1e-12);
 * }
 * ```
 */
export function circles(
  options?: RandomOptions & { n?: number; noise?: number; factor?: number; shuffle?: boolean },
): ClassificationData {
  const opts = checkOptions("circles", options, [...TWO_CLASS_KEYS, "factor"]);
  const s = twoClassSampling("circles", opts, options);
  const factor = numberOption("circles", opts, "factor", 0.8, OPEN_UNIT);
  const nOut = Math.floor(s.n / 2), nIn = s.n - nOut;
  const points = new Matrix(s.n, 2), d = points.data;
  const tOut = linspace(0, 2 * Math.PI, nOut, false), tIn = linspace(0, 2 * Math.PI, nIn, false);
  for (let i = 0; i < nOut; i++) {
    d[2 * i] = Math.cos(tOut[i]);
    d[2 * i + 1] = Math.sin(tOut[i]);
  }
  for (let i = 0, k = 2 * nOut; i < nIn; i++, k += 2) {
    d[k] = factor * Math.cos(tIn[i]);
    d[k + 1] = factor * Math.sin(tIn[i]);
  }
  return twoClasses(points, nOut, s);
}

/**
 * Interleaved spirals, as in Stanford's CS231n notes. The `n` points are split over the
 * classes as evenly as possible (the first `n % classes` classes get one more). Class `k`
 * with `m` points has radii `r` evenly spaced over [0, 1] and angles `t` evenly spaced over
 * [4k, 4(k + 1)] (both ends included) plus `noise` times a normal draw, one per point in
 * order; its points are `(r·sin t, r·cos t)`. Rows come in class order, not shuffled
 * (use {@linkcode shuffle} or a shuffling trainer).
 *
 * @param options `n` (integer ≥ `classes`, default 100), `classes` (integer ≥ 2, default 2),
 *   `noise` (standard deviation of the angle ≥ 0, default 0.2; 0 draws nothing), and `seed`
 *   or `random`.
 * @returns The data set; `y` is an n × 1 column of 0/1 for 2 classes, one-hot rows otherwise.
 * @throws {RangeError} If `n`, `classes` or `noise` is out of range.
 * @throws {TypeError} If an option is unknown.
 *
 * @example Three arms
 * ```ts
 * import { spirals } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, y, labels } = spirals({ n: 7, classes: 3, seed: 4 });
 * assert.deepEqual(labels, [0, 0, 0, 1, 1, 2, 2]);
 * assert.deepEqual([y.rows, y.cols], [7, 3]);
 * assert.ok(Math.abs(Math.hypot(x.get(2, 0), x.get(2, 1)) - 1) < 1e-12);
 * ```
 */
export function spirals(
  options?: RandomOptions & { n?: number; classes?: number; noise?: number },
): ClassificationData {
  const opts = checkOptions("spirals", options, ["n", "classes", "noise", "random", "seed"]);
  const classes = integerOption("spirals", opts, "classes", 2, 2);
  const n = integerOption("spirals", opts, "n", 100, classes, " (one point per class)");
  const noise = numberOption("spirals", opts, "noise", 0.2, NON_NEGATIVE);
  const random = resolveRandom(options);
  const x = new Matrix(n, 2), d = x.data;
  const labels: number[] = [];
  for (let k = 0; k < classes; k++) {
    const m = Math.floor(n / classes) + (k < n % classes ? 1 : 0);
    const r = linspace(0, 1, m, true), t = linspace(4 * k, 4 * (k + 1), m, true);
    for (let i = 0; i < m; i++) {
      const angle = noise === 0 ? t[i] : t[i] + noise * random.normal();
      const row = labels.push(k) - 1;
      d[2 * row] = r[i] * Math.sin(angle);
      d[2 * row + 1] = r[i] * Math.cos(angle);
    }
  }
  return { x, y: classes === 2 ? labelColumn(labels) : oneHot(labels, classes), labels };
}

/**
 * The regression task of the fourth reference notebook: `x` uniform on [0, 1)ⁿˣ², drawn
 * row by row, and `y = 300·exp(sin x)` elementwise.
 *
 * @param options `n` (integer ≥ 1, default 10000), and `seed` or `random`.
 * @returns The data set, `x` and `y` both n × 2.
 * @throws {RangeError} If `n` is out of range.
 * @throws {TypeError} If an option is unknown.
 *
 * @example Targets from inputs
 * ```ts
 * import { createRandom, expSin } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, y } = expSin({ n: 3, seed: 9 });
 * assert.equal(x.get(0, 0), createRandom(9).random());
 * assert.equal(y.get(2, 1), 300 * Math.exp(Math.sin(x.get(2, 1))));
 * ```
 */
export function expSin(options?: RandomOptions & { n?: number }): RegressionData {
  const opts = checkOptions("expSin", options, ["n", "random", "seed"]);
  const n = integerOption("expSin", opts, "n", 10000, 1);
  const random = resolveRandom(options);
  const x = new Matrix(n, 2), y = new Matrix(n, 2);
  for (let k = 0; k < x.data.length; k++) {
    x.data[k] = random.random();
    y.data[k] = 300 * Math.exp(Math.sin(x.data[k]));
  }
  return { x, y };
}

/**
 * The curve-fitting task of the second reference notebook: a heart traced as `x` runs
 * over `k/n` for `k = 0 … n − 1` (the points of NumPy's `arange(0, 1, 1/n)`). With
 * `t = 2πx`, `hx = 16·sin³t` and `hy = 13·cos t − 5·cos 2t − 2·cos 3t − cos 4t`, the
 * target row is `[0.5 + hx/40, 0.5 + hy/40]`, inside (0, 1) and so fit for a sigmoid
 * output. Nothing is random.
 *
 * @param options `n` (integer ≥ 1, default 100).
 * @returns The data set: `x` is n × 1, `y` is n × 2.
 * @throws {RangeError} If `n` is out of range.
 * @throws {TypeError} If an option is unknown.
 *
 * @example The first point
 * ```ts
 * import { heartCurve } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, y } = heartCurve();
 * assert.equal(x.rows, 100);
 * assert.deepEqual(y.row(0), [0.5, 0.625]);
 * ```
 */
export function heartCurve(options?: { n?: number }): RegressionData {
  const opts = checkOptions("heartCurve", options, ["n"]);
  const n = integerOption("heartCurve", opts, "n", 100, 1);
  const x = new Matrix(n, 1), y = new Matrix(n, 2);
  for (let k = 0; k < n; k++) {
    x.data[k] = k / n;
    const t = 2 * Math.PI * x.data[k];
    const hx = 16 * Math.sin(t) ** 3;
    const hy = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
    y.data[2 * k] = 0.5 + hx / 40;
    y.data[2 * k + 1] = 0.5 + hy / 40;
  }
  return { x, y };
}
