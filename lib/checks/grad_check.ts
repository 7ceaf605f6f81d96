/**
 * Gradient checking by central finite differences in float64: for whole models,
 * and for single activation and loss plugins so their authors can test them in
 * one line.
 *
 * @module
 */
import type { Activation } from "../../plugins/activation.ts";
import { activations } from "../../plugins/activations.ts";
import type { Loss, LossSpec } from "../../plugins/loss.ts";
import { losses } from "../../plugins/losses.ts";
import { Matrix, type MatrixLike, toMatrix } from "../primitives/matrix.ts";
import { createRandom, type Random } from "../primitives/random.ts";
import { checkSampleWeights, resolveBatch } from "../network/batch.ts";
import { checkOptions } from "../primitives/options.ts";
import type { ModelLayer, Prediction, Sequential } from "../model/sequential.ts";
import { Engine } from "../network/engine.ts";
import { inFloat64 } from "../network/dense.ts";

/** Options shared by the checks. */
export interface CheckOptions {
  /**
   * Step `h`: the numeric derivative extrapolates the central differences at steps h and
   * h/2 (Richardson), so truncation error is O(h⁴) and float64 rounding (∝ 1/h) dominates.
   * Default 1e-4.
   */
  epsilon?: number;
  /**
   * Largest relative error that passes; default 1e-6, or for {@linkcode gradCheck}
   * of a model with a float32 layer 1e-3 (its gradients are computed in float32,
   * about 6e-8 relative per rounding, and compared with differences of its
   * float64 twin).
   */
  tolerance?: number;
  /**
   * Gradients smaller than `floor · max(1, |L|)` are compared absolutely: the error is
   * `|analytic − numeric| / max(|analytic|, |numeric|, floor · max(1, |L|))`, since rounding
   * in the difference quotient (about 1e-16·|L| / h) swamps the relative error of tiny
   * gradients. Default 1e-4, which still catches any error above 1e-10·max(1, |L|).
   */
  floor?: number;
  /** Seed for the random inputs and the sample of entries; default 0. */
  seed?: number;
}

/** One compared entry. */
export interface GradCheckEntry {
  /** What was differentiated: `"layers[1].weights"`, `"backward"`, `"gradient"`, `"fused softmax delta"`. */
  what: string;
  /** Layer index, for model checks; -1 otherwise. */
  layer: number;
  /** Position in the tensor: `[row, column]` for matrices, `[index]` for vectors. */
  index: number[];
  /** The gradient the code computed. */
  analytic: number;
  /** The finite-difference estimate (Richardson-extrapolated central difference). */
  numeric: number;
  /** `|analytic − numeric| / max(|analytic|, |numeric|, floor · max(1, |L|))`; at a kink, the distance to the one-sided slopes. */
  relativeError: number;
}

/** The outcome of a check. */
export interface GradCheckResult {
  /** True when every entry is within tolerance and no problem was found. */
  passed: boolean;
  /** Largest relative error over the checked entries. */
  maxRelativeError: number;
  /** The entry with the largest relative error, or `null` when none was checked. */
  worst: GradCheckEntry | null;
  /** Number of entries compared. */
  checked: number;
  /**
   * Entries where the one-sided differences disagree (a kink such as ReLU at exactly 0);
   * they pass when the analytic value lies between the two one-sided slopes.
   */
  kinks: number;
  /** Other failures found, in words (non-finite values, a fused form that disagrees). */
  problems: string[];
}

/** Options of {@linkcode checkActivation} and {@linkcode checkLoss}. */
export interface PluginCheckOptions extends CheckOptions {
  /** Rows of the random test batch; default 3. */
  rows?: number;
  /** Columns of the random test batch; default 4. */
  cols?: number;
}

/** Options of {@linkcode gradCheck}. */
export interface GradCheckOptions extends CheckOptions {
  /** Check at most this many entries per parameter tensor, chosen at random (seeded); default all. */
  sample?: number;
  /** One weight per row, as `fit`'s `sampleWeight`: the loss checked is then `Σ wᵢℓᵢ / m`. */
  sampleWeight?: readonly number[] | Float64Array;
}

/**
 * Compares the model's backpropagated gradients with central differences of its
 * loss, for every weight and bias (or a seeded sample of entries per tensor).
 * The model's parameters are restored exactly afterwards. The loss includes
 * the layers' weight penalties. A `Dropout` layer is checked as training sees
 * it: one training pass draws its mask (from its generator, which moves on),
 * and every finite difference replays that mask. The gradients of a model with
 * float32 layers are computed in float32, as training computes them, and
 * compared with differences of the same model computed in float64 (its float32
 * rounding would blur differences), at a float32 tolerance.
 *
 * The numeric derivative extrapolates central differences at steps h and h/2
 * (Richardson) and must agree with the same estimate at h/10; where a ReLU-like
 * unit lies within the step of its kink they differ, and the step is refined until
 * they agree. Where a pre-activation is exactly 0 (a dead layer feeding a zero
 * bias, say) the entry is a kink: it is counted in `kinks` and passes when the
 * analytic value lies between the one-sided slopes. Like every backpropagation
 * engine, the chain rule takes one slope per kink, so where exact kinks are
 * stacked the analytic value can differ from the true derivative; the check
 * reports that as a failure.
 *
 * @param model The model to check.
 * @param loss The loss, by name or instance.
 * @param x Inputs, one row per sample.
 * @param y Targets, one row per sample.
 * @param options Step, tolerance, floor, sample size and seed.
 * @returns Whether it passed, the largest relative error and where it occurred.
 *
 * @example Check a small network
 * ```ts
 * import { gradCheck, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 4, activation: "tanh" },
 *   { inputDim: 4, outputDim: 3, activation: "softmax" },
 * ], { seed: 3 });
 * const result = gradCheck(model, "crossEntropy", [[0.1, -0.4], [1, 2]], [[1, 0, 0], [0, 0, 1]]);
 * assert.ok(result.passed, `max relative error ${result.maxRelativeError}`);
 * assert.equal(result.checked, 2 * 4 + 4 + 4 * 3 + 3);
 * ```
 */
export function gradCheck(
  model: Sequential<Prediction, ModelLayer>,
  loss: LossSpec,
  x: MatrixLike,
  y: MatrixLike,
  options: GradCheckOptions = {},
): GradCheckResult {
  checkOptions("gradCheck", options, [...CHECK_KEYS, "sample", "sampleWeight"]);
  const check = settings(options, model.dtype !== "float64");
  const input = toMatrix(x, "X"), target = toMatrix(y, "Y");
  // Checked once: each finite difference only reruns the forward pass and the loss.
  const batch = resolveBatch(model.layers, input, target, loss);
  if (options.sampleWeight !== undefined) {
    batch.weights = checkSampleWeights(
      options.sampleWeight,
      input.rows,
      batch.loss,
      "gradCheck sampleWeight",
    );
  }
  const engine = new Engine(model.layers); // its own buffers; the model's layers and weights
  // A training pass (dropout draws its masks), then replays of it: one fixed function.
  engine.loss(batch, undefined, "", "training");
  engine.backward(batch);
  const gradients = model.layers.map((layer) => layer.parameters.map((p) => p.gradient.slice()));
  // A float32 layer's gradients are compared with differences of its float64 twin (the same
  // weights, unrounded), which float32 rounding does not blur.
  const f = () => inFloat64(() => engine.loss(batch, undefined, "", "replay"));
  const f0 = f();
  const random = createRandom(options.seed ?? 0);
  model.layers.forEach((layer, l) => {
    for (const [i, p] of layer.parameters.entries()) {
      const analytic = gradients[l][i];
      const columns = p.kind === "weights" ? layer.outputs : 0;
      for (const k of entries(p.value.length, options.sample, random)) {
        const numeric = estimate(check, p.value, k, f, f0);
        const index = columns > 0 ? [Math.floor(k / columns), k % columns] : [k];
        check.tally(`layers[${l}].${p.kind}`, l, index, analytic[k], numeric);
      }
    }
  });
  return check.tally.result();
}

/**
 * Checks an activation's `backward` against central differences of its `forward`
 * on random inputs (kept away from 0, where ReLU-like functions have a kink), that
 * `backward` works in place (`dz` the same matrix as `da`), and that both stay
 * finite for inputs of ±1000.
 *
 * @param activation The plugin to check, by name or instance.
 * @param options Step, tolerance, floor and seed; `rows` and `cols` of the test batch (default 3 × 4).
 * @returns Whether it passed and the worst entry.
 *
 * @example A wrong derivative is caught
 * ```ts
 * import { checkActivation, type Activation } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const square: Activation = {
 *   name: "square",
 *   forward(z, a) { for (let i = 0; i < z.data.length; i++) a.data[i] = z.data[i] ** 2; },
 *   backward(z, _a, da, dz) { for (let i = 0; i < z.data.length; i++) dz.data[i] = da.data[i] * z.data[i]; },
 * };
 * const result = checkActivation(square);
 * assert.equal(result.passed, false);
 * assert.ok(Math.abs(result.worst!.numeric - 2 * result.worst!.analytic) < 1e-6);
 * ```
 */
export function checkActivation(
  activation: string | Activation,
  options: PluginCheckOptions = {},
): GradCheckResult {
  const plugin = activations.resolve(activation, "checkActivation");
  checkOptions("checkActivation", options, [...CHECK_KEYS, "rows", "cols"]);
  const check = settings(options);
  const { tally } = check;
  const rows = options.rows ?? 3, cols = options.cols ?? 4;
  const random = createRandom(options.seed ?? 0);
  const z = new Matrix(rows, cols), a = new Matrix(rows, cols), upstream = new Matrix(rows, cols);
  for (let k = 0; k < z.data.length; k++) {
    const u = 2 * random.random() - 1;
    z.data[k] = Math.sign(u) * (0.05 + 2.95 * Math.abs(u));
    upstream.data[k] = random.normal();
  }
  plugin.forward(z, a);
  const dz = new Matrix(rows, cols);
  plugin.backward(z, a, upstream, dz);
  const out = new Matrix(rows, cols);
  compareEntries(check, "backward", z, dz.data, () => {
    plugin.forward(z, out);
    return dot(out.data, upstream.data);
  });

  const inPlace = upstream.clone();
  plugin.backward(z, a, inPlace, inPlace);
  if (inPlace.data.some((v, k) => v !== dz.data[k])) {
    tally.problem(
      `${plugin.name}.backward gives a different result when dz is the same matrix as da`,
    );
  }
  const extreme = Matrix.from([[-1000, 1000, 0, 1000], [1000, -1000, 1000, -1000]]);
  const ea = new Matrix(2, 4), ed = new Matrix(2, 4);
  plugin.forward(extreme, ea);
  plugin.backward(extreme, ea, Matrix.from([[1, 1, 1, 1], [1, 1, 1, 1]]), ed);
  if (!ea.data.every(Number.isFinite) || !ed.data.every(Number.isFinite)) {
    tally.problem(`${plugin.name} is not finite for inputs of ±1000`);
  }
  return tally.result();
}

/**
 * Checks a loss's `gradient` against central differences of its `value`, and each
 * fused form it offers: that its value equals the plain value after the
 * activation, that its delta matches central differences with respect to the
 * logits, and that it stays finite for logits of ±1000. Predictions and targets
 * are drawn to suit the loss's `targets`; a loss with `weighted: true` is checked
 * again with random sample weights.
 *
 * @param loss The plugin to check, by name or instance.
 * @param options Step, tolerance, floor and seed; `rows` and `cols` of the test batch (default 3 × 4).
 * @returns Whether it passed and the worst entry.
 *
 * @example The built-in losses pass
 * ```ts
 * import { checkLoss } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * for (const name of ["mse", "logLoss", "crossEntropy", "sparseCrossEntropy"]) {
 *   assert.ok(checkLoss(name).passed, name);
 * }
 * ```
 */
export function checkLoss(
  loss: string | Loss,
  options: PluginCheckOptions = {},
): GradCheckResult {
  const plugin = losses.resolve(loss, "checkLoss");
  checkOptions("checkLoss", options, [...CHECK_KEYS, "rows", "cols"]);
  const check = settings(options);
  const rows = options.rows ?? 3, cols = options.cols ?? 4;
  const random = createRandom(options.seed ?? 0);
  const y = targetsFor(plugin, rows, cols, random);
  const weights = plugin.weighted === true
    ? [undefined, Float64Array.from({ length: rows }, () => 0.25 + 2 * random.random())]
    : [undefined];
  for (const w of weights) checkLossWith(check, plugin, y, cols, w, random);
  return check.tally.result();
}

/** The checks of {@linkcode checkLoss} for one set of sample weights (`w`, or none). */
function checkLossWith(
  check: Check,
  plugin: Loss,
  y: Matrix,
  cols: number,
  w: Float64Array | undefined,
  random: Random,
): void {
  const { tally } = check, { rows } = y;
  const weighted = w === undefined ? "" : "weighted ";
  const fusedForms = plugin.fused ?? [];

  const yHat = new Matrix(rows, cols);
  if (fusedForms.length > 0) {
    fusedForms[0].activation.forward(randomLogits(rows, cols, random), yHat);
  } else {
    for (let k = 0; k < yHat.data.length; k++) {
      yHat.data[k] = plugin.targets === "real" ? random.normal() : 0.05 + 0.9 * random.random();
    }
  }
  const gradient = new Matrix(rows, cols);
  plugin.gradient(yHat, y, gradient, w);
  compareEntries(check, `${weighted}gradient`, yHat, gradient.data, () => plugin.value(yHat, y, w));

  for (const fused of fusedForms) {
    const { activation } = fused;
    const name = activation.name;
    const z = randomLogits(rows, cols, random), a = new Matrix(rows, cols);
    activation.forward(z, a);
    const plain = plugin.value(a, y, w), direct = fused.value(z, y, w);
    if (!(Math.abs(plain - direct) <= 1e-9 * Math.max(1, Math.abs(plain)))) {
      tally.problem(
        `${weighted}fused ${name} value ${direct} differs from value after ${name} ${plain}`,
      );
    }
    const delta = new Matrix(rows, cols);
    fused.delta(a, y, delta, w);
    compareEntries(
      check,
      `${weighted}fused ${name} delta`,
      z,
      delta.data,
      () => fused.value(z, y, w),
    );
    const big = new Matrix(rows, cols);
    for (let k = 0; k < big.data.length; k++) big.data[k] = k % 2 === 0 ? 1000 : -1000;
    const bigA = new Matrix(rows, cols);
    activation.forward(big, bigA);
    fused.delta(bigA, y, delta, w);
    if (!Number.isFinite(fused.value(big, y, w)) || !delta.data.every(Number.isFinite)) {
      tally.problem(`fused ${name} is not finite for logits of ±1000`);
    }
  }
}

/** A running comparison of analytic and numeric values. */
interface Tally {
  (
    what: string,
    layer: number,
    index: number[],
    analytic: number,
    numeric: Differences & { shape: Shape },
  ): void;
  problem(message: string): void;
  result(): GradCheckResult;
}

/** Resolved options and the running tally of one check. */
interface Check {
  epsilon: number;
  tolerance: number;
  floor: number;
  tally: Tally;
}

/** The options every check takes. */
const CHECK_KEYS = ["epsilon", "tolerance", "floor", "seed"];

function settings(options: CheckOptions, float32 = false): Check {
  const epsilon = options.epsilon ?? 1e-4;
  const tolerance = options.tolerance ?? (float32 ? 1e-3 : 1e-6);
  const floor = options.floor ?? 1e-4;
  for (
    const [name, v] of [["epsilon", epsilon], ["tolerance", tolerance], ["floor", floor]] as const
  ) {
    if (!(v > 0) || !Number.isFinite(v)) {
      throw new RangeError(`Gradient check ${name} must be a positive number, got ${v}`);
    }
  }
  let worst: GradCheckEntry | null = null;
  let checked = 0, kinks = 0;
  const problems: string[] = [];
  const tally = ((what, layer, index, analytic, d) => {
    checked++;
    const scale = absoluteScale(floor, d.value);
    let relativeError = Infinity;
    if (d.shape === "kink") {
      // Any value between the one-sided slopes is a subgradient; measure the distance to them,
      // allowing for the curvature the half-step slopes still carry.
      kinks++;
      const slack = tolerance * Math.max(Math.abs(d.forward), Math.abs(d.backward), scale) +
        Math.abs(d.gap - d.halfGap);
      const low = Math.min(d.forward, d.backward) - slack;
      const high = Math.max(d.forward, d.backward) + slack;
      relativeError = analytic >= low && analytic <= high
        ? 0
        : Math.min(Math.abs(analytic - low), Math.abs(analytic - high)) /
          Math.max(Math.abs(d.forward), Math.abs(d.backward), scale);
    } else if (Number.isFinite(analytic) && Number.isFinite(d.central)) {
      relativeError = Math.abs(analytic - d.central) /
        Math.max(Math.abs(analytic), Math.abs(d.central), scale);
    }
    if (worst === null || !(relativeError <= worst.relativeError)) {
      worst = { what, layer, index, analytic, numeric: d.central, relativeError };
    }
  }) as Tally;
  tally.problem = (message) => problems.push(message);
  tally.result = () => {
    const maxRelativeError = worst?.relativeError ?? 0;
    return {
      passed: maxRelativeError <= tolerance && problems.length === 0,
      maxRelativeError,
      worst,
      checked,
      kinks,
      problems,
    };
  };
  return { epsilon, tolerance, floor, tally };
}

/** Finite differences for one entry, from steps ±h and ±h/2. */
interface Differences {
  /** `f(x)` */
  value: number;
  /** Richardson-extrapolated central difference `(4·D(h/2) − D(h)) / 3`, error O(h⁴). */
  central: number;
  /** `(f(x + h/2) − f(x)) / (h/2)` */
  forward: number;
  /** `(f(x) − f(x − h/2)) / (h/2)` */
  backward: number;
  /** `(f(x + h) − 2f(x) + f(x − h)) / h`: the one-sided slopes' gap at step h. */
  gap: number;
  /** The same gap at step h/2. */
  halfGap: number;
}

/** Whether an entry sits on a kink, or where the function is smooth enough to difference. */
type Shape = "smooth" | "kink";

/** Float64 rounding in a difference quotient of `f` with step `h`. */
function noise(value: number, h: number): number {
  return 20 * Number.EPSILON * Math.max(1, Math.abs(value)) / h;
}

/** At a kink the gap between the one-sided slopes stays put as the step halves. */
function isKink(d: Differences, h: number): boolean {
  return Math.abs(d.halfGap) > noise(d.value, h) &&
    Math.abs(d.halfGap - d.gap) <= 0.1 * Math.abs(d.gap);
}

/**
 * Differences for entry `k`. A kink exactly at the entry is reported as such.
 * Otherwise the estimate at step h must agree with the one at h/10; where a kink
 * lies within the step (a ReLU unit close to 0) they differ, and the step is
 * refined tenfold (up to four times) until two successive estimates agree.
 */
function estimate(
  check: Check,
  values: Float64Array,
  k: number,
  f: () => number,
  f0: number,
): Differences & { shape: Shape } {
  const scale = absoluteScale(check.floor, f0);
  let h = check.epsilon;
  let d = difference(values, k, h, f, f0);
  for (let refinements = 0;; refinements++) {
    if (isKink(d, h)) return { ...d, shape: "kink" };
    if (refinements === 4) return { ...d, shape: "smooth" };
    const finer = difference(values, k, h / 10, f, f0);
    const allowed = check.tolerance * Math.max(Math.abs(d.central), scale) + noise(f0, h / 10);
    if (Math.abs(finer.central - d.central) <= allowed) return { ...d, shape: "smooth" };
    d = finer;
    h /= 10;
  }
}

/** Below this magnitude gradients are compared absolutely: `floor · max(1, |L|)`. */
function absoluteScale(floor: number, loss: number): number {
  return floor * Math.max(1, Math.abs(loss));
}

/** Differences for entry `k` of `values`, which is restored exactly. */
function difference(
  values: Float64Array,
  k: number,
  h: number,
  f: () => number,
  f0: number,
): Differences {
  const saved = values[k];
  const at = (x: number): number => {
    values[k] = x;
    return f();
  };
  const plus = at(saved + h), minus = at(saved - h);
  const plusHalf = at(saved + h / 2), minusHalf = at(saved - h / 2);
  values[k] = saved;
  const wide = (plus - minus) / (2 * h), narrow = (plusHalf - minusHalf) / h;
  return {
    value: f0,
    central: (4 * narrow - wide) / 3,
    forward: (plusHalf - f0) / (h / 2),
    backward: (f0 - minusHalf) / (h / 2),
    gap: (plus - 2 * f0 + minus) / h,
    halfGap: (plusHalf - 2 * f0 + minusHalf) / (h / 2),
  };
}

/** Tallies `analytic` against central differences of `f` for every entry of `m`. */
function compareEntries(
  check: Check,
  what: string,
  m: Matrix,
  analytic: Float64Array,
  f: () => number,
): void {
  const f0 = f();
  for (let k = 0; k < m.data.length; k++) {
    const numeric = estimate(check, m.data, k, f, f0);
    check.tally(what, -1, [Math.floor(k / m.cols), k % m.cols], analytic[k], numeric);
  }
}

/** All indices, or `sample` distinct ones drawn with a partial Fisher–Yates shuffle. */
function entries(length: number, sample: number | undefined, random: Random): number[] {
  const all = Array.from({ length }, (_, k) => k);
  if (sample === undefined || sample >= length) return all;
  if (!Number.isInteger(sample) || sample < 1) {
    throw new RangeError(`Gradient check sample must be a positive integer, got ${sample}`);
  }
  for (let k = 0; k < sample; k++) {
    const j = k + Math.floor(random.random() * (length - k));
    [all[k], all[j]] = [all[j], all[k]];
  }
  return all.slice(0, sample).sort((p, q) => p - q);
}

function targetsFor(loss: Loss, rows: number, cols: number, random: Random): Matrix {
  if (loss.targets === "index") {
    return new Matrix(
      rows,
      1,
      Float64Array.from({ length: rows }, () => Math.floor(random.random() * cols)),
    );
  }
  const y = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    const hot = Math.floor(random.random() * cols);
    for (let j = 0; j < cols; j++) {
      y.data[i * cols + j] = loss.targets === "real"
        ? random.normal()
        : loss.targets === "probability"
        ? random.random()
        : Number(j === hot);
    }
  }
  return y;
}

function randomLogits(rows: number, cols: number, random: Random): Matrix {
  const z = new Matrix(rows, cols);
  for (let k = 0; k < z.data.length; k++) z.data[k] = 2 * random.normal();
  return z;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}
