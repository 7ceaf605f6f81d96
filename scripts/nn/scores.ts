/**
 * A trained model's scores on encoded data, and their report: loss and
 * accuracy with a confusion matrix per target for classifiers; RMSE, MAE and
 * R² per target for regression.
 *
 * @module
 */
import {
  argmax,
  type Matrix,
  METRIC_NAMES,
  type MetricName,
  type ModelLayer,
  type Prediction,
  type Sequential,
} from "../../mod.ts";
import { listFlag } from "../flags.ts";
import { percent } from "../scenario.ts";
import { isMulticlass, outputWidth, type Schema } from "./schema.ts";

/** Metrics for two classes (one sigmoid output) or a softmax; `auc` for two classes only. */
const CLASS_METRICS: readonly MetricName[] = ["precision", "recall", "f1", "auc"];
const REGRESSION_METRICS: readonly MetricName[] = ["mse", "mae", "rmse", "r2"];

/** The help text of `--metrics`. */
export const METRICS_HELP = "more scores to report, e.g. f1,auc: precision, recall, f1 and auc " +
  "(one target of two classes; precision, recall and f1 macro-averaged over several classes), " +
  "r2, mse, mae, rmse (regression)";

/** The `--metrics` names, checked against the library's metrics. */
export function metricsFlag(text: string | undefined): MetricName[] {
  if (text === undefined) return [];
  return listFlag("--metrics", text).map((name) => {
    if (!METRIC_NAMES.includes(name as MetricName)) {
      throw new RangeError(
        `--metrics: unknown metric "${name}"; known: ${METRIC_NAMES.join(", ")}`,
      );
    }
    return name as MetricName;
  });
}

/**
 * Refuses `--metrics` that do not fit the task: scores of classes for a
 * regression, errors for a classification, or precision, recall, F1 and AUC
 * for anything but one target of two classes (AUC) or one target (the rest).
 */
export function checkMetricsFor(metrics: readonly MetricName[], schema: Schema): void {
  const classifier = schema.task === "classification";
  for (const name of metrics) {
    if (classifier && REGRESSION_METRICS.includes(name)) {
      throw new RangeError(`--metrics ${name} scores a regression, but this is a classification`);
    }
    if (!classifier && (name === "accuracy" || CLASS_METRICS.includes(name))) {
      throw new RangeError(`--metrics ${name} scores a classification, but this is a regression`);
    }
    if (!classifier || !CLASS_METRICS.includes(name)) continue;
    if (schema.targets.length > 1) {
      throw new RangeError(
        `--metrics ${name} needs a single target, but there are ${schema.targets.length}`,
      );
    }
    if (name === "auc" && isMulticlass(schema)) {
      throw new RangeError(
        `--metrics auc is the binary ROC AUC, but the target has ${outputWidth(schema)} classes`,
      );
    }
  }
}

/** Scores of one target. */
export interface TargetScores {
  name: string;
  /** Classifiers: fraction of rows whose predicted class is right. */
  accuracy?: number;
  /** Classifiers: the class names, in the order of the confusion matrix. */
  classes?: string[];
  /** Classifiers: `confusion[actual][predicted]` row counts. */
  confusion?: number[][];
  /** Regression, in the target's units. */
  rmse?: number;
  mae?: number;
  /** Regression: 1 − residual sum of squares / total sum of squares; `null` for a constant target. */
  r2?: number | null;
}

/** Scores on a data set. */
export interface Scores {
  rows: number;
  /** The training loss's name and its mean value (on scaled targets where the model has a target scaler). */
  lossName: string;
  loss: number;
  /** Whether the loss is on the model's scaled targets rather than target units. */
  scaledLoss: boolean;
  /** Classifiers: the library's accuracy metric (for several targets, over every target's prediction). */
  accuracy?: number;
  /** Regression: the library's RMSE and MAE over every target value, in target units. */
  rmse?: number;
  mae?: number;
  /** The `--metrics` asked for, by name. */
  metrics: Partial<Record<MetricName, number>>;
  targets: TargetScores[];
}

/**
 * A classifier's probabilities for raw inputs, through the model's input
 * scaler (`predictProba`); an output that is not finite throws a
 * `PredictionError` naming the input row.
 */
export function networkOutputs(model: Sequential<Prediction, ModelLayer>, x: Matrix): Matrix {
  return model.predictProba(x);
}

/** What scores and charts compare with the targets: predictions for a regressor, else outputs. */
export function outputsOf(
  model: Sequential<Prediction, ModelLayer>,
  schema: Schema,
  x: Matrix,
): Matrix {
  return schema.task === "regression" ? model.predict(x) as Matrix : networkOutputs(model, x);
}

/**
 * Scores `model` on inputs `x` and encoded targets `y`, with the `extra`
 * metrics; `out` is {@linkcode outputsOf} for `x`, when the caller has it already.
 */
export function score(
  model: Sequential<Prediction, ModelLayer>,
  schema: Schema,
  x: Matrix,
  y: Matrix,
  extra: readonly MetricName[] = [],
  out: Matrix = outputsOf(model, schema, x),
): Scores {
  const classifier = schema.task === "classification";
  const standard: MetricName[] = classifier ? ["accuracy"] : ["rmse", "mae"];
  const library = model.evaluate(x, y, {
    loss: schema.loss,
    metrics: [...new Set([...standard, ...extra])],
  });
  const metrics = Object.fromEntries(extra.map((name) => [name, library[name]]));
  const base = {
    rows: x.rows,
    lossName: schema.loss,
    loss: library.loss,
    scaledLoss: model.targetScaler !== null,
    metrics,
  };
  if (!classifier) {
    return {
      ...base,
      rmse: library.rmse,
      mae: library.mae,
      targets: schema.targets.map(({ name }, t) => ({ ...regressionScores(out, y, t), name })),
    };
  }
  const targets = isMulticlass(schema)
    ? [confusionScores(schema.targets[0].name, schema.targets[0].classes!, out, y, -1)]
    : schema.targets.map(({ name, classes }, t) => confusionScores(name, classes!, out, y, t));
  return { ...base, accuracy: library.accuracy, targets };
}

/** The class of each row: the argmax (`t` = -1), or target `t`'s output above 0.5. */
export function classesOf(out: Matrix, t: number): number[] {
  if (t < 0) return argmax(out);
  return Array.from({ length: out.rows }, (_, i) => out.data[i * out.cols + t] > 0.5 ? 1 : 0);
}

function confusionScores(
  name: string,
  classes: string[],
  out: Matrix,
  y: Matrix,
  t: number,
): TargetScores {
  const confusion = classes.map(() => new Array<number>(classes.length).fill(0));
  const actual = classesOf(y, t), predicted = classesOf(out, t);
  let hits = 0;
  for (let i = 0; i < out.rows; i++) {
    confusion[actual[i]][predicted[i]]++;
    if (actual[i] === predicted[i]) hits++;
  }
  return { name, accuracy: hits / out.rows, classes, confusion };
}

function regressionScores(predicted: Matrix, y: Matrix, t: number): Omit<TargetScores, "name"> {
  const n = y.rows, cols = y.cols;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y.data[i * cols + t];
  mean /= n;
  let squared = 0, absolute = 0, total = 0;
  for (let i = 0; i < n; i++) {
    const truth = y.data[i * cols + t], error = predicted.data[i * cols + t] - truth;
    squared += error * error;
    absolute += Math.abs(error);
    total += (truth - mean) ** 2;
  }
  return {
    rmse: Math.sqrt(squared / n),
    mae: absolute / n,
    r2: total === 0 ? null : 1 - squared / total,
  };
}

/** The scores as report lines, `title` first. */
export function scoreLines(title: string, scores: Scores): string[] {
  const scaled = scores.scaledLoss ? " (on standardized targets)" : "";
  const lines = [
    `${title} (${scores.rows} rows): ${scores.lossName} loss ${significant(scores.loss)}${scaled}`,
  ];
  if (scores.accuracy !== undefined) lines[0] += `, accuracy ${percent(scores.accuracy)}`;
  for (const [name, value] of Object.entries(scores.metrics)) {
    if (name !== "accuracy") lines[0] += `, ${name} ${significant(value)}`;
  }
  if (scores.accuracy !== undefined) {
    for (const target of scores.targets) {
      if (scores.targets.length > 1) {
        lines.push(`  ${target.name}: accuracy ${percent(target.accuracy!)}`);
      }
      lines.push(...confusionLines(target.classes!, target.confusion!));
    }
    return lines;
  }
  for (const target of scores.targets) {
    const r2 = target.r2 === null ? "n/a (constant target)" : significant(target.r2!);
    lines.push(
      `  ${target.name}: RMSE ${significant(target.rmse!)}, MAE ${
        significant(target.mae!)
      }, R² ${r2}`,
    );
  }
  return lines;
}

/** A confusion matrix as a table: rows are the actual classes, columns the predicted ones. */
export function confusionLines(classes: string[], confusion: number[][]): string[] {
  const head = ["actual \\ predicted", ...classes];
  const rows = classes.map((c, i) => [c, ...confusion[i].map(String)]);
  const widths = head.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) =>
    "    " + cells.map((cell, j) => j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))
      .join("  ");
  return [line(head), ...rows.map(line)];
}

/** `x` to `digits` significant digits, without trailing zeros. */
export function significant(x: number, digits = 6): string {
  return Number(x.toPrecision(digits)).toString();
}
