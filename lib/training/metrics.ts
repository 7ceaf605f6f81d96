/**
 * Metrics reported by `fit` and `evaluate`, accumulated batch by batch so a
 * result over many batches equals the result over all rows at once.
 *
 * @module
 */
import type { Loss } from "../../plugins/loss.ts";
import { type Layer, layerLabel } from "../network/layer.ts";
import type { Matrix } from "../primitives/matrix.ts";
import type { Scaler } from "../data/scaler.ts";

/**
 * A metric by name: `accuracy` (classifiers: argmax for softmax; for sigmoid,
 * the share of outputs on the right side of 0.5, counted per output), `mse`,
 * `mae` and `rmse` (in target units when the model carries a target scaler).
 */
export type MetricName = "accuracy" | "mse" | "mae" | "rmse";

/** The metrics this library computes. */
export const METRIC_NAMES: readonly MetricName[] = ["accuracy", "mse", "mae", "rmse"];

/** Metrics to compute, with what they need to know about the model's output. */
export interface Scoring {
  /** The metrics, in the order they are logged. */
  readonly names: readonly MetricName[];
  /** Whether accuracy compares argmaxes (softmax) rather than 0.5 thresholds (sigmoid). */
  readonly softmax: boolean;
  /** Per-column factors that turn output differences into target units, or `null`. */
  readonly scale: Float64Array | null;
}

/**
 * Checks a list of metric names against the model's output and the loss's targets.
 *
 * @throws {TypeError} If the list is malformed or a name is unknown.
 * @throws {RangeError} If `accuracy` is asked of a model that is not a classifier,
 *   or an error metric of targets that are class indices.
 */
export function checkMetrics(
  metrics: unknown,
  model: { readonly layers: readonly Layer[]; readonly targetScaler: Scaler | null },
  owner: string,
  loss?: Loss,
): Scoring {
  const { layers, targetScaler } = model;
  const last = layers.length - 1;
  const activation = layers[last].activation.name;
  const probability = layers[last].activation.probability;
  if (metrics !== undefined && !Array.isArray(metrics)) {
    throw new TypeError(`${owner} metrics must be an array of names such as ["accuracy"]`);
  }
  const names = (metrics ?? []).map((name: unknown, k: number) => {
    if (!METRIC_NAMES.includes(name as MetricName)) {
      throw new TypeError(
        `${owner} metrics[${k}] is ${JSON.stringify(name)}; known metrics: ${
          METRIC_NAMES.join(", ")
        }`,
      );
    }
    if (name === "accuracy" && probability === undefined) {
      throw new RangeError(
        `${owner} metric accuracy needs a classifier (an output of probabilities, such as softmax or sigmoid), but ${
          layerLabel(last, layers[last])
        } has activation ${activation}`,
      );
    }
    if (name === "accuracy" && targetScaler !== null) {
      throw new RangeError(
        `${owner} metric accuracy needs a classifier, but the model has a target scaler, which makes it a regressor`,
      );
    }
    if (name !== "accuracy" && loss?.targets === "index") {
      throw new RangeError(
        `${owner} metric ${name} compares outputs with targets of the same width, but ` +
          `${loss.name}'s targets are class indices; use accuracy`,
      );
    }
    return name as MetricName;
  });
  return {
    names,
    softmax: probability === "distribution",
    scale: targetScaler?.scale ?? null,
  };
}

/** A logged value's name: `loss`, or with a prefix `valLoss`, `valAccuracy`. */
export function logName(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}${name[0].toUpperCase()}${name.slice(1)}`;
}

/**
 * Running sums for the metrics: slot `2k` holds metric k's sum and `2k + 1` its count.
 */
export function metricSums(scoring: Scoring): Float64Array {
  return new Float64Array(2 * scoring.names.length);
}

/**
 * Adds one batch to the running sums.
 *
 * @param a The model's output for the batch.
 * @param y The batch's targets, in the same units as `a`.
 */
export function accumulateMetrics(
  { names, softmax, scale }: Scoring,
  sums: Float64Array,
  a: Matrix,
  y: Matrix,
): void {
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    if (name === "accuracy") {
      sums[2 * k] += softmax ? argmaxHits(a, y) : thresholdHits(a, y);
      sums[2 * k + 1] += softmax ? a.rows : a.data.length;
    } else {
      sums[2 * k] += name === "mae" ? absoluteErrors(a, y, scale) : squaredErrors(a, y, scale);
      sums[2 * k + 1] += a.data.length;
    }
  }
}

/** Turns running sums into values, named by {@linkcode logName} with `prefix`. */
export function finishMetrics(
  { names }: Scoring,
  sums: Float64Array,
  into: Record<string, number>,
  prefix = "",
): void {
  for (let k = 0; k < names.length; k++) {
    const mean = sums[2 * k] / sums[2 * k + 1];
    into[logName(prefix, names[k])] = names[k] === "rmse" ? Math.sqrt(mean) : mean;
  }
}

/** Rows whose argmax output is the target class: `y` one-hot, or one column of class indices. */
function argmaxHits(a: Matrix, y: Matrix): number {
  const { rows, cols } = a;
  const indices = y.cols === 1 && cols > 1;
  let hits = 0;
  for (let i = 0; i < rows; i++) {
    let best = 0, truth = 0;
    for (let j = 1; j < cols; j++) {
      if (a.data[i * cols + j] > a.data[i * cols + best]) best = j;
      if (!indices && y.data[i * cols + j] > y.data[i * cols + truth]) truth = j;
    }
    if (indices) truth = y.data[i];
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
