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
import { CLASS_SCORES, macroAverage, rocAuc } from "./scores.ts";
import { rowArgmax } from "../data/data.ts";

/**
 * A metric by name. Classifiers: `accuracy` (argmax for softmax; for sigmoid,
 * the share of outputs on the right side of 0.5, counted per output);
 * `precision`, `recall` and `f1` (a single sigmoid output: of class 1, as
 * scikit-learn's `average="binary"`; a softmax: the mean over the classes
 * present, `average="macro"`); `auc` (a single sigmoid output: ROC AUC).
 * Regressors: `mse`, `mae` and `rmse` (in target units when the model carries
 * a target scaler) and `r2` (per output, then averaged, as scikit-learn's
 * `r2_score`). Each is computed over all the rows of an epoch or of the
 * evaluated data, not averaged over batches.
 */
export type MetricName =
  | "accuracy"
  | "precision"
  | "recall"
  | "f1"
  | "auc"
  | "mse"
  | "mae"
  | "rmse"
  | "r2";

/** The metrics this library computes. */
export const METRIC_NAMES: readonly MetricName[] = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "auc",
  "mse",
  "mae",
  "rmse",
  "r2",
];

/** Metrics that need a classifier's outputs. */
const CLASSIFIER_METRICS: readonly MetricName[] = ["accuracy", "precision", "recall", "f1", "auc"];

/** Metrics to compute, with what they need to know about the model's output. */
export interface Scoring {
  /** The metrics, in the order they are logged. */
  readonly names: readonly MetricName[];
  /** Whether accuracy compares argmaxes (softmax) rather than 0.5 thresholds (sigmoid). */
  readonly softmax: boolean;
  /** Per-column factors that turn output differences into target units, or `null`. */
  readonly scale: Float64Array | null;
  /** The model's output width. */
  readonly outputs: number;
}

/**
 * Checks a list of metric names against the model's output and the loss's targets.
 *
 * @throws {TypeError} If the list is malformed or a name is unknown.
 * @throws {RangeError} If a classifier's metric is asked of a model that is not
 *   one (or `auc` of one that is not binary), or an error metric of targets
 *   that are class indices.
 */
export function checkMetrics(
  metrics: unknown,
  model: { readonly layers: readonly Layer[]; readonly targetScaler: Scaler | null },
  owner: string,
  loss?: Loss,
): Scoring {
  const { layers, targetScaler } = model;
  const last = layers.length - 1;
  const { outputs } = layers[last];
  const activation = layers[last].activation.name;
  const probability = layers[last].activation.probability;
  const output = `${layerLabel(last, layers[last])} has activation ${activation}`;
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
    const metric = `${owner} metric ${name as string}`;
    if (CLASSIFIER_METRICS.includes(name as MetricName)) {
      if (probability === undefined) {
        throw new RangeError(
          `${metric} needs a classifier (an output of probabilities, such as softmax or sigmoid), but ${output}`,
        );
      }
      if (targetScaler !== null) {
        throw new RangeError(
          `${metric} needs a classifier, but the model has a target scaler, which makes it a regressor`,
        );
      }
      if (name !== "accuracy" && probability === "independent" && outputs > 1) {
        throw new RangeError(
          `${metric} needs one sigmoid output (two classes) or a softmax, but ${
            layerLabel(last, layers[last])
          } gives ${outputs} independent labels; use accuracy`,
        );
      }
      if (name === "auc" && probability !== "independent") {
        throw new RangeError(
          `${metric} is the binary ROC AUC: it needs one sigmoid output, but ${output}`,
        );
      }
    } else if (loss?.targets === "index") {
      throw new RangeError(
        `${metric} compares outputs with targets of the same width, but ` +
          `${loss.name}'s targets are class indices; use accuracy`,
      );
    }
    return name as MetricName;
  });
  return {
    names,
    softmax: probability === "distribution",
    scale: targetScaler?.scale ?? null,
    outputs,
  };
}

/**
 * Refuses `auc` for targets of one class only, where it is undefined.
 *
 * @param what The targets, for messages (`"the training targets"`).
 */
export function checkAucTargets(scoring: Scoring, y: Matrix, owner: string, what: string): void {
  if (!scoring.names.includes("auc") || y.rows === 0) return;
  let positives = 0;
  for (let i = 0; i < y.rows; i++) if (y.data[i] > 0.5) positives++;
  if (positives === 0 || positives === y.rows) {
    throw new RangeError(
      `${owner} metric auc needs both classes among ${what}, but every one is ${
        positives === 0 ? 0 : 1
      }`,
    );
  }
}

/** A logged value's name: `loss`, or with a prefix `valLoss`, `valAccuracy`. */
export function logName(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}${name[0].toUpperCase()}${name.slice(1)}`;
}

/** One metric's running state: rows are added batch by batch, the value read at the end. */
interface Accumulator {
  reset(): void;
  add(a: Matrix, y: Matrix): void;
  value(): number;
}

/** The running state of each metric over the batches of an epoch or an evaluation. */
export interface MetricSums {
  /** One accumulator per metric, in the order of `Scoring.names`. */
  readonly parts: readonly Accumulator[];
  /** Starts again from no rows. */
  reset(): void;
}

/** Running state for the metrics of `scoring`; adding a batch allocates nothing (except for `auc`). */
export function metricSums(scoring: Scoring): MetricSums {
  const parts = scoring.names.map((name) => accumulator(name, scoring));
  return { parts, reset: () => parts.forEach((part) => part.reset()) };
}

/**
 * Adds one batch to the running state.
 *
 * @param a The model's output for the batch.
 * @param y The batch's targets, in the same units as `a`.
 */
export function accumulateMetrics(
  sums: MetricSums,
  a: Matrix,
  y: Matrix,
): void {
  const { parts } = sums;
  for (let k = 0; k < parts.length; k++) parts[k].add(a, y);
}

/** Turns the running state into values, named by {@linkcode logName} with `prefix`. */
export function finishMetrics(
  { names }: Scoring,
  sums: MetricSums,
  into: Record<string, number>,
  prefix = "",
): void {
  const { parts } = sums;
  for (let k = 0; k < names.length; k++) into[logName(prefix, names[k])] = parts[k].value();
}

function accumulator(name: MetricName, scoring: Scoring): Accumulator {
  switch (name) {
    case "accuracy":
      return ratioOf(
        (a, y) => scoring.softmax ? argmaxHits(a, y) : thresholdHits(a, y),
        (a) => scoring.softmax ? a.rows : a.data.length,
      );
    case "mse":
      return ratioOf((a, y) => squaredErrors(a, y, scoring.scale), (a) => a.data.length);
    case "rmse": {
      const mse = ratioOf((a, y) => squaredErrors(a, y, scoring.scale), (a) => a.data.length);
      return { ...mse, value: () => Math.sqrt(mse.value()) };
    }
    case "mae":
      return ratioOf((a, y) => absoluteErrors(a, y, scoring.scale), (a) => a.data.length);
    case "precision":
    case "recall":
    case "f1":
      return classScore(name, scoring);
    case "auc":
      return rocAucOf();
    case "r2":
      return r2Of(scoring.outputs);
  }
}

/** A sum over a count, both added to batch by batch. */
function ratioOf(
  sum: (a: Matrix, y: Matrix) => number,
  count: (a: Matrix) => number,
): Accumulator {
  let total = 0, n = 0;
  return {
    reset() {
      total = 0;
      n = 0;
    },
    add(a, y) {
      total += sum(a, y);
      n += count(a);
    },
    value: () => total / n,
  };
}

/**
 * Precision, recall or F1 from per-class counts of true positives, false
 * positives and false negatives: of class 1 for one sigmoid output, the mean
 * over the classes present (in targets or predictions) for a softmax.
 */
function classScore(name: "precision" | "recall" | "f1", scoring: Scoring): Accumulator {
  const classes = scoring.softmax ? scoring.outputs : 2;
  const tp = new Float64Array(classes), fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  const score = CLASS_SCORES[name];
  return {
    reset() {
      tp.fill(0);
      fp.fill(0);
      fn.fill(0);
    },
    add(a, y) {
      for (let i = 0; i < a.rows; i++) {
        const predicted = scoring.softmax ? rowArgmax(a, i) : Number(a.data[i] > 0.5);
        const truth = scoring.softmax ? targetClass(y, i, a.cols) : Number(y.data[i] > 0.5);
        if (predicted === truth) tp[truth]++;
        else {
          fp[predicted]++;
          fn[truth]++;
        }
      }
    },
    value: () => scoring.softmax ? macroAverage(score, tp, fp, fn) : score(tp[1], fp[1], fn[1]),
  };
}

/**
 * ROC AUC of one sigmoid output: every row's score and label kept until the
 * end. Targets of one class only are refused before any rows are added
 * ({@linkcode checkAucTargets}).
 */
function rocAucOf(): Accumulator {
  let scores = new Float64Array(1024), labels = new Float64Array(1024), n = 0;
  return {
    reset() {
      n = 0;
    },
    add(a, y) {
      if (n + a.rows > scores.length) {
        const size = Math.max(2 * scores.length, n + a.rows);
        const grownScores = new Float64Array(size), grownLabels = new Float64Array(size);
        grownScores.set(scores);
        grownLabels.set(labels);
        [scores, labels] = [grownScores, grownLabels];
      }
      for (let i = 0; i < a.rows; i++) {
        scores[n] = a.data[i];
        labels[n++] = Number(y.data[i] > 0.5);
      }
    },
    value: () => rocAuc(labels.slice(0, n), scores.slice(0, n)),
  };
}

/**
 * R² per output column, from running means and sums of squares (Welford),
 * averaged over the columns; a column whose targets are constant scores 1 when
 * predicted exactly, else 0, as scikit-learn's `r2_score`.
 */
function r2Of(columns: number): Accumulator {
  const mean = new Float64Array(columns), total = new Float64Array(columns);
  const residual = new Float64Array(columns);
  let n = 0;
  return {
    reset() {
      mean.fill(0);
      total.fill(0);
      residual.fill(0);
      n = 0;
    },
    add(a, y) {
      for (let i = 0; i < a.rows; i++) {
        n++;
        for (let j = 0; j < columns; j++) {
          const t = y.data[i * columns + j], e = t - a.data[i * columns + j];
          const d = t - mean[j];
          mean[j] += d / n;
          total[j] += d * (t - mean[j]);
          residual[j] += e * e;
        }
      }
    },
    value() {
      let sum = 0;
      for (let j = 0; j < columns; j++) {
        sum += total[j] === 0 ? (residual[j] === 0 ? 1 : 0) : 1 - residual[j] / total[j];
      }
      return sum / columns;
    },
  };
}

/** Row `i`'s class: its index (one column of indices) or the argmax of its one-hot row. */
function targetClass(y: Matrix, i: number, classes: number): number {
  return y.cols === 1 && classes > 1 ? y.data[i] : rowArgmax(y, i);
}

/** Rows whose argmax output is the target class: `y` one-hot, or one column of class indices. */
function argmaxHits(a: Matrix, y: Matrix): number {
  let hits = 0;
  for (let i = 0; i < a.rows; i++) if (rowArgmax(a, i) === targetClass(y, i, a.cols)) hits++;
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
