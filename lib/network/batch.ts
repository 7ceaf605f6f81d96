/**
 * Checking a batch against a model before any arithmetic: shapes, target
 * ranges, and the loss's fused form for the output activation.
 *
 * @module
 */
import type { FusedLoss, Loss, LossSpec, TargetKind } from "../../plugins/loss.ts";
import { losses } from "../../plugins/losses.ts";
import { type Layer, layerLabel } from "./layer.ts";
import { type Matrix, type MatrixLike, toMatrix } from "../primitives/matrix.ts";

/**
 * A checked batch, its loss, the loss's fused form for the output activation,
 * if any, and the rows' sample weights, if any (then the loss is `weighted`).
 */
export interface Batch {
  x: Matrix;
  y: Matrix;
  loss: Loss;
  fused: FusedLoss | undefined;
  weights?: Float64Array;
}

/**
 * Checks that `x` fits the first layer.
 *
 * @param name What `x` is called in messages (`"X"`, `"validationData X"`).
 */
export function checkInput(layers: readonly Layer[], x: MatrixLike, name = "X"): Matrix {
  const input = toMatrix(x, name);
  if (input.rows > 0 && input.cols !== layers[0].inputs) {
    throw new RangeError(
      `${name} has ${input.cols} columns but ${layerLabel(0, layers[0])} expects ${
        layers[0].inputs
      }`,
    );
  }
  return input;
}

const XY: readonly [string, string] = ["X", "Y"];

/**
 * Checks inputs and targets against the model and the loss.
 *
 * @param names What `x` and `y` are called in messages.
 * @throws {RangeError} On a shape mismatch, an empty batch or targets outside the loss's range.
 */
export function resolveBatch(
  layers: readonly Layer[],
  x: MatrixLike,
  y: MatrixLike,
  lossSpec: LossSpec,
  names: readonly [string, string] = XY,
): Batch {
  const loss = losses.resolve(lossSpec, "loss");
  const [xName, yName] = names;
  const input = checkInput(layers, x, xName);
  if (input.rows === 0) throw new RangeError(`${xName} has no rows`);
  const target = toMatrix(y, yName);
  if (target.rows !== input.rows) {
    throw new RangeError(`${xName} has ${input.rows} rows but ${yName} has ${target.rows}`);
  }
  const last = layers[layers.length - 1];
  if (loss.targets === "index") {
    checkIndices(target, yName, loss.name, last.outputs);
  } else if (target.cols !== last.outputs) {
    throw new RangeError(
      `${yName} has ${target.cols} columns but the model's output (${
        layerLabel(layers.length - 1, last)
      }) has ${last.outputs}${
        target.cols === 1 && loss.targets === "distribution"
          ? `; ${loss.name} needs one-hot targets (sparseCrossEntropy takes class indices)`
          : ""
      }`,
    );
  } else {
    checkTargets(target, yName, loss.name, loss.targets);
  }
  let fused: FusedLoss | undefined;
  const forms = loss.fused;
  if (forms !== undefined) {
    for (let f = 0; f < forms.length; f++) {
      if (forms[f].activation === last.activation) fused = forms[f];
    }
  }
  return { x: input, y: target, loss, fused };
}

/** Checks that `y` is one column of class indices below `classes`. */
function checkIndices(y: Matrix, name: string, loss: string, classes: number): void {
  if (y.cols !== 1) {
    throw new RangeError(
      `${loss} needs one column of class indices; ${name} has ${y.cols} columns` +
        (y.cols === classes ? " (for one-hot targets use crossEntropy)" : ""),
    );
  }
  for (let i = 0; i < y.rows; i++) {
    const c = y.data[i];
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new RangeError(
        `${loss} needs class indices from 0 to ${
          classes - 1
        } (the model has ${classes} outputs); ` +
          `${name} has ${c} at row ${i}`,
      );
    }
  }
}

function checkTargets(y: Matrix, name: string, loss: string, kind: TargetKind): void {
  if (kind === "real") return;
  const { rows, cols, data } = y;
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const t = data[i * cols + j];
      if (t < 0 || t > 1) {
        throw new RangeError(
          `${loss} needs targets in [0, 1]; ${name} has ${t} at row ${i}, column ${j}`,
        );
      }
      sum += t;
    }
    if (kind === "distribution" && Math.abs(sum - 1) > 1e-6) {
      throw new RangeError(
        `${loss} needs one-hot (or probability) rows that sum to 1; ${name} row ${i} sums to ${sum}`,
      );
    }
  }
}

/**
 * Sample weights checked against the rows and the loss: one finite,
 * non-negative number per row, not all 0, for a loss with `weighted: true`.
 *
 * @param owner Who takes them, for messages (`"fit sampleWeight"`).
 * @returns A copy as a `Float64Array`.
 * @throws {TypeError} If the weights are not an array of numbers.
 * @throws {RangeError} If their count, a value or the loss does not fit.
 */
export function checkSampleWeights(
  weights: unknown,
  rows: number,
  loss: Loss,
  owner: string,
): Float64Array {
  if (!Array.isArray(weights) && !(weights instanceof Float64Array)) {
    throw new TypeError(`${owner} must be an array of numbers, one per row`);
  }
  if (loss.weighted !== true) {
    throw new RangeError(
      `${owner} needs a loss that takes sample weights (weighted: true); ${loss.name} does not`,
    );
  }
  if (weights.length !== rows) {
    throw new RangeError(`${owner} has ${weights.length} weights for ${rows} rows`);
  }
  const out = new Float64Array(rows);
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`${owner}[${i}] is ${String(w)}; expected a finite number ≥ 0`);
    }
    out[i] = w;
    sum += w;
  }
  if (sum === 0) throw new RangeError(`${owner} is 0 for every row: nothing would be learnt`);
  return out;
}
