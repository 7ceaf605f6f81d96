/**
 * Metrics reported by `fit` and `evaluate`, accumulated batch by batch so a
 * result over many batches equals the result over all rows at once.
 *
 * @module
 */
import type { Dense } from "./dense.ts";
import { layerLabel } from "./batch.ts";
import type { Matrix } from "./matrix.ts";

/**
 * A metric by name: `accuracy` (classifiers: argmax for softmax; for sigmoid,
 * the share of outputs on the right side of 0.5, counted per output), `mse`,
 * `mae` and `rmse` (in target units when the model carries a target scaler).
 */
export type MetricName = "accuracy" | "mse" | "mae" | "rmse";

/** The metrics this library computes. */
export const METRIC_NAMES: readonly MetricName[] = ["accuracy", "mse", "mae", "rmse"];

/**
 * Checks a list of metric names against the model's output.
 *
 * @throws {TypeError} If the list is malformed or a name is unknown.
 * @throws {RangeError} If `accuracy` is asked of a model that is not a classifier.
 */
export function checkMetrics(
  metrics: unknown,
  model: { readonly layers: readonly Dense[]; readonly targetScaler: unknown },
  owner: string,
): MetricName[] {
  const { layers } = model;
  if (metrics === undefined) return [];
  if (!Array.isArray(metrics)) {
    throw new TypeError(`${owner} metrics must be an array of names such as ["accuracy"]`);
  }
  return metrics.map((name, k) => {
    if (!METRIC_NAMES.includes(name)) {
      throw new TypeError(
        `${owner} metrics[${k}] is ${JSON.stringify(name)}; known metrics: ${
          METRIC_NAMES.join(", ")
        }`,
      );
    }
    const last = layers.length - 1;
    const activation = layers[last].activation.name;
    if (name === "accuracy" && activation !== "softmax" && activation !== "sigmoid") {
      throw new RangeError(
        `${owner} metric accuracy needs a classifier (softmax or sigmoid output), but ${
          layerLabel(last, layers[last])
        } has activation ${activation}`,
      );
    }
    if (name === "accuracy" && model.targetScaler !== null) {
      throw new RangeError(
        `${owner} metric accuracy needs a classifier, but the model has a target scaler, which makes it a regressor`,
      );
    }
    return name as MetricName;
  });
}

/**
 * Running sums for a list of metrics: slot `2k` holds metric k's sum and `2k + 1` its count.
 */
export function metricSums(metrics: readonly MetricName[]): Float64Array {
  return new Float64Array(2 * metrics.length);
}

/**
 * Adds one batch to the running sums.
 *
 * @param a The model's output for the batch.
 * @param y The batch's targets, in the same units as `a`.
 * @param softmax Whether the output is a softmax (accuracy by argmax) or not (0.5 threshold).
 * @param scale Per-column factors that turn output differences into target units, or `null`.
 */
export function accumulateMetrics(
  metrics: readonly MetricName[],
  sums: Float64Array,
  a: Matrix,
  y: Matrix,
  softmax: boolean,
  scale: Float64Array | null,
): void {
  for (let k = 0; k < metrics.length; k++) {
    const name = metrics[k];
    if (name === "accuracy") {
      sums[2 * k] += softmax ? argmaxHits(a, y) : thresholdHits(a, y);
      sums[2 * k + 1] += softmax ? a.rows : a.data.length;
    } else {
      sums[2 * k] += name === "mae" ? absoluteErrors(a, y, scale) : squaredErrors(a, y, scale);
      sums[2 * k + 1] += a.data.length;
    }
  }
}

/** Turns running sums into values, keyed by metric name with `prefix` (`"val"` → `valAccuracy`). */
export function finishMetrics(
  metrics: readonly MetricName[],
  sums: Float64Array,
  into: Record<string, number>,
  prefix = "",
): void {
  for (let k = 0; k < metrics.length; k++) {
    const mean = sums[2 * k] / sums[2 * k + 1];
    const key = prefix === ""
      ? metrics[k]
      : prefix + metrics[k][0].toUpperCase() + metrics[k].slice(1);
    into[key] = metrics[k] === "rmse" ? Math.sqrt(mean) : mean;
  }
}

function argmaxHits(a: Matrix, y: Matrix): number {
  const { rows, cols } = a;
  let hits = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0, truth = 0;
    for (let j = 1; j < cols; j++) {
      if (a.data[i * cols + j] > a.data[i * cols + best]) best = j;
      if (y.data[i * cols + j] > y.data[i * cols + truth]) truth = j;
    }
    if (best === truth) hits++;
  }
  return hits;
}

function thresholdHits(a: Matrix, y: Matrix): number {
  let hits = 0;
  for (let k = 0; k < a.data.length; k++) if ((a.data[k] > 0.5) === (y.data[k] > 0.5)) hits++;
  return hits;
}

function squaredErrors(a: Matrix, y: Matrix, scale: Float64Array | null): number {
  let sum = 0;
  for (let k = 0; k < a.data.length; k++) {
    const d = (a.data[k] - y.data[k]) * (scale === null ? 1 : scale[k % a.cols]);
    sum += d * d;
  }
  return sum;
}

function absoluteErrors(a: Matrix, y: Matrix, scale: Float64Array | null): number {
  let sum = 0;
  for (let k = 0; k < a.data.length; k++) {
    sum += Math.abs((a.data[k] - y.data[k]) * (scale === null ? 1 : scale[k % a.cols]));
  }
  return sum;
}
