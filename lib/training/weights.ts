/**
 * Row weights of `fit` from its `classWeight` and `sampleWeight` options.
 *
 * @module
 */
import { type Batch, checkSampleWeights } from "../network/batch.ts";
import { rowArgmax } from "../data/data.ts";

/**
 * `fit`'s class weights: a weight per class index (every class of the output,
 * as Keras requires), or `"balanced"`, scikit-learn's `n / (k · count(c))`
 * over the `k` classes present.
 */
export type ClassWeight = Readonly<Record<number, number>> | "balanced";

/** `fit`'s `sampleWeight`, checked against every row of `data`; `undefined` without it. */
export function sampleWeights(sampleWeight: unknown, data: Batch): Float64Array | undefined {
  if (sampleWeight === undefined) return undefined;
  return checkSampleWeights(sampleWeight, data.y.rows, data.loss, "fit sampleWeight");
}

/**
 * The training rows' weights with `fit`'s `classWeight` applied: each row's
 * sample weight (1 without one) times its class's weight; `"balanced"` counts
 * the classes of these rows only (after a validation split).
 *
 * @throws {TypeError} If `classWeight` is not of the right kind.
 * @throws {RangeError} If a weight is negative or not finite, the loss takes no
 *   weights, the targets have no classes, or a class has no weight.
 */
export function withClassWeight(
  classWeight: unknown,
  data: Batch,
  outputs: number,
): Float64Array | undefined {
  if (classWeight === undefined) return data.weights;
  const rows = data.y.rows;
  const weights = data.weights?.slice() ?? new Float64Array(rows).fill(1);
  if (data.loss.weighted !== true) {
    throw new RangeError(
      `fit classWeight needs a loss that takes sample weights (weighted: true); ${data.loss.name} does not`,
    );
  }
  const { classes, count } = classesOf(data, outputs);
  const perClass = classWeight === "balanced"
    ? balanced(classes, count)
    : checkClassWeight(classWeight, count);
  let sum = 0;
  for (let i = 0; i < rows; i++) sum += weights[i] *= perClass[classes[i]];
  if (sum === 0) {
    throw new RangeError("fit classWeight makes every row's weight 0: nothing would be learnt");
  }
  return weights;
}

/**
 * Each row's class (an index, the argmax of a one-hot row, or a single 0/1
 * label) and the number of classes (`outputs`, or 2 for one sigmoid output).
 */
function classesOf({ y, loss }: Batch, outputs: number): { classes: Uint32Array; count: number } {
  if (loss.targets === "real") {
    throw new RangeError(
      `fit classWeight needs class targets, but ${loss.name}'s are real numbers; use sampleWeight`,
    );
  }
  if (loss.targets === "probability" && y.cols > 1) {
    throw new RangeError(
      `fit classWeight needs one class per row, but the targets have ${y.cols} independent ` +
        "labels; use sampleWeight",
    );
  }
  const classes = new Uint32Array(y.rows);
  for (let i = 0; i < y.rows; i++) {
    if (loss.targets === "index") classes[i] = y.data[i];
    else if (y.cols === 1) classes[i] = y.data[i] > 0.5 ? 1 : 0;
    else classes[i] = rowArgmax(y, i);
  }
  return { classes, count: Math.max(outputs, 2) };
}

function balanced(classes: Uint32Array, count: number): Float64Array {
  const counts = new Float64Array(count);
  for (const c of classes) counts[c]++;
  const present = counts.filter((n) => n > 0).length;
  return counts.map((n) => (n === 0 ? 0 : classes.length / (present * n)));
}

function checkClassWeight(spec: unknown, count: number): Float64Array {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new TypeError(
      'fit classWeight must be { class: weight, ... } (class indices from 0) or "balanced"',
    );
  }
  const out = new Float64Array(count).fill(NaN);
  for (const [key, value] of Object.entries(spec)) {
    const c = Number(key);
    if (!Number.isInteger(c) || c < 0 || String(c) !== key) {
      throw new RangeError(`fit classWeight key "${key}" is not a class index (0, 1, …)`);
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new RangeError(
        `fit classWeight[${key}] is ${String(value)}; expected a finite number ≥ 0`,
      );
    }
    if (c >= count) {
      throw new RangeError(
        `fit classWeight has class ${c}, but the targets have classes 0 to ${count - 1}`,
      );
    }
    out[c] = value;
  }
  const missing = out.findIndex(Number.isNaN);
  if (missing >= 0) {
    throw new RangeError(
      `fit classWeight gives no weight for class ${missing}; give every class from 0 to ${
        count - 1
      }`,
    );
  }
  return out;
}
