/**
 * Signs that a trained model learned nothing useful, found after training and
 * reported as warnings: predictions that are the same for every row, hidden
 * units that are 0 on every training row ("dead" ReLU units), and an R² of 0
 * or less, no better than predicting the mean.
 *
 * @module
 */
import { Matrix, type ModelLayer, type Prediction, type Sequential } from "../../mod.ts";
import type { Schema } from "./schema.ts";
import type { Scores } from "./scores.ts";

/** Rows per block when the hidden layers are run on the training rows. */
const BLOCK = 1024;

/**
 * A layer with at least this fraction of its units dead is reported. ReLU
 * networks trained well often have a few dead units; a quarter or more is a
 * sign of a learning rate too high or inputs too large.
 */
export const DEAD_FRACTION = 0.25;

/** What the warnings are about: the training rows' outputs and the scores. */
export interface TrainingResult {
  /** The training rows, raw (the model's input scaler applies). */
  x: Matrix;
  /** The training rows' targets, in their own units (class indices for classes). */
  y: Matrix;
  /** `outputsOf` the training rows: probabilities, or predictions in target units. */
  out: Matrix;
  training: Scores;
  validation: Scores | null;
  /** Whether the inputs were standardized. */
  standardized: boolean;
}

/** The warnings for a trained model, each one sentence or two with what to try. */
export function trainingWarnings(
  model: Sequential<Prediction, ModelLayer>,
  schema: Schema,
  result: TrainingResult,
): string[] {
  // What to try, as "a, b or c"; scaling the inputs first when they were not.
  const tips = (...more: string[]) => {
    const all = [...(result.standardized ? [] : ["without --no-standardize"]), ...more];
    return `${all.slice(0, -1).join(", ")} or ${all[all.length - 1]}`;
  };
  const warnings: string[] = [];
  for (const target of result.training.targets) {
    if (target.confusion !== undefined) {
      const predicted = target.classes!.filter((_, k) =>
        target.confusion!.some((row) => row[k] > 0)
      );
      if (predicted.length === 1) {
        warnings.push(
          `The model predicts class "${
            predicted[0]
          }" of "${target.name}" for every training row: ` +
            `it has not learned to tell the classes apart. Try ${
              tips("a smaller --lr", "more --epochs")
            }, or check that the features say something about the target`,
        );
      }
    }
  }
  if (schema.task === "regression") {
    schema.targets.forEach(({ name }, t) => {
      const range = spread(result.y, t); // a constant target is rightly predicted as one
      if (range > 0 && spread(result.out, t) <= 1e-6 * range) {
        warnings.push(
          `The model predicts the same value of "${name}" (${result.out.get(0, t)}) for every ` +
            `training row. Try ${tips("a smaller --lr", "more --epochs")}`,
        );
      }
    });
    const scores = result.validation ?? result.training;
    const rows = result.validation === null ? "training" : "validation";
    for (const target of scores.targets) {
      if (target.r2 !== null && target.r2! <= 0) {
        warnings.push(
          `R² of "${target.name}" on the ${rows} rows is ${Number(target.r2!.toPrecision(3))}: ` +
            `the model predicts it no better than its mean would. Try ${
              tips("a smaller --lr", "more --epochs", "other --layers")
            }, or check that the features say something about the target`,
        );
      }
    }
  }
  deadUnits(model, result.x).forEach((dead, i) => {
    const units = model.layers[i].outputs;
    if (dead === 0 || dead < DEAD_FRACTION * units || model.layers[i].type !== "dense") return;
    warnings.push(
      `${dead} of the ${units} units of hidden layer ${i + 1} (${
        model.layers[i].activation.name
      }) output 0 on every training row: these "dead" units no longer learn or add anything. ` +
        `Try ${tips("a smaller --lr", "--activation leakyRelu")}`,
    );
  });
  return warnings;
}

/** Largest minus smallest value of column `t`. */
function spread(m: Matrix, t: number): number {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < m.rows; i++) {
    const v = m.data[i * m.cols + t];
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return hi - lo;
}

/**
 * For each hidden layer, how many of its units output exactly 0 for every row
 * of `x` (raw inputs, through the model's input scaler).
 */
export function deadUnits(model: Sequential<Prediction, ModelLayer>, x: Matrix): number[] {
  const hidden = model.layers.slice(0, -1);
  const alive = hidden.map((layer) => new Uint8Array(layer.outputs));
  for (let start = 0; start < x.rows; start += BLOCK) {
    const rows = Math.min(BLOCK, x.rows - start);
    let a = new Matrix(rows, x.cols, x.data.slice(start * x.cols, (start + rows) * x.cols));
    if (model.inputScaler !== null) a = model.inputScaler.transform(a);
    hidden.forEach((layer, i) => {
      a = layer.forward(a, false);
      for (let k = 0; k < a.data.length; k++) if (a.data[k] !== 0) alive[i][k % a.cols] = 1;
    });
  }
  return alive.map((flags) => flags.length - flags.reduce((n, f) => n + f, 0));
}
