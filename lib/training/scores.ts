/**
 * Scores of predictions against true values, computed as scikit-learn's
 * `sklearn.metrics` functions of the same names compute them: a confusion
 * matrix, precision, recall and F1 (binary, or macro-averaged over classes),
 * ROC AUC from scores, and R².
 *
 * @module
 */
import { describe, Matrix } from "../primitives/matrix.ts";

/** Values to score: an array of numbers, or a one-column `Matrix` (as `predictProba` gives for a sigmoid). */
export type ScoreInput = ArrayLike<number> | Matrix;

/** How precision, recall and F1 treat classes. */
export interface AverageOptions {
  /**
   * `"binary"` (the default): the score of class 1, for labels 0 and 1;
   * `"macro"`: the unweighted mean of each class's score, over the classes in
   * either input.
   */
  average?: "binary" | "macro";
}

/**
 * Counts of each (true class, predicted class) pair: row `i`, column `j` holds
 * how many samples of class `i` were predicted as class `j`, as scikit-learn's
 * `confusion_matrix` arranges it.
 *
 * @param yTrue True class indices (integers ≥ 0).
 * @param yPred Predicted class indices, one per sample.
 * @param classes Number of classes; by default one more than the largest label seen.
 * @returns A `classes × classes` table of counts.
 * @throws {RangeError} If the inputs are empty or differ in length, or a label is not an integer in range.
 *
 * @example Two classes
 * ```ts
 * import { confusionMatrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(confusionMatrix([0, 1, 1, 0], [0, 1, 0, 0]), [[2, 0], [1, 1]]);
 * ```
 */
export function confusionMatrix(
  yTrue: ScoreInput,
  yPred: ScoreInput,
  classes?: number,
): number[][] {
  const [t, p] = pair("confusionMatrix", yTrue, yPred);
  const seen = Math.max(
    largest(labels("confusionMatrix", "yTrue", t)),
    largest(labels("confusionMatrix", "yPred", p)),
  ) + 1;
  const k = classes ?? seen;
  if (!Number.isSafeInteger(k) || k < 1 || k < seen) {
    throw new RangeError(
      `confusionMatrix classes must be an integer of at least ${seen} (the largest label + 1), got ${k}`,
    );
  }
  const table = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < t.length; i++) table[t[i]][p[i]]++;
  return table;
}

/**
 * Precision: of the samples predicted as a class, the share that belong to it
 * (0 where a class is never predicted, as scikit-learn's `zero_division=0`).
 *
 * @param yTrue True class indices.
 * @param yPred Predicted class indices.
 * @param options `average`: `"binary"` (default) or `"macro"`.
 * @returns A number in [0, 1].
 * @throws {RangeError} On inputs as for `confusionMatrix`, or binary averaging of more than two classes.
 *
 * @example Binary and macro-averaged
 * ```ts
 * import { precision } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(precision([0, 1, 1, 0], [1, 1, 0, 0]), 0.5);
 * assert.equal(precision([0, 1, 2, 2], [0, 2, 2, 2], { average: "macro" }), (1 + 0 + 2 / 3) / 3);
 * ```
 */
export function precision(
  yTrue: ScoreInput,
  yPred: ScoreInput,
  options: AverageOptions = {},
): number {
  return averaged("precision", yTrue, yPred, options, CLASS_SCORES.precision);
}

/**
 * Recall: of the samples of a class, the share predicted as it (0 for a class
 * with no samples, as scikit-learn's `zero_division=0`).
 *
 * @param yTrue True class indices.
 * @param yPred Predicted class indices.
 * @param options `average`: `"binary"` (default) or `"macro"`.
 * @returns A number in [0, 1].
 * @throws {RangeError} As for `precision`.
 *
 * @example Half of the positives found
 * ```ts
 * import { recall } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(recall([1, 1, 0, 0], [1, 0, 0, 1]), 0.5);
 * ```
 */
export function recall(yTrue: ScoreInput, yPred: ScoreInput, options: AverageOptions = {}): number {
  return averaged("recall", yTrue, yPred, options, CLASS_SCORES.recall);
}

/**
 * F1: the harmonic mean of precision and recall, `2·tp / (2·tp + fp + fn)`
 * per class (0 where that is 0/0).
 *
 * @param yTrue True class indices.
 * @param yPred Predicted class indices.
 * @param options `average`: `"binary"` (default) or `"macro"`.
 * @returns A number in [0, 1].
 * @throws {RangeError} As for `precision`.
 *
 * @example Precision and recall both 2/3
 * ```ts
 * import { f1 } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(f1([1, 1, 1, 0], [1, 1, 0, 1]), 2 / 3);
 * ```
 */
export function f1(yTrue: ScoreInput, yPred: ScoreInput, options: AverageOptions = {}): number {
  return averaged("f1", yTrue, yPred, options, CLASS_SCORES.f1);
}

/**
 * The area under the ROC curve of scores for a binary target: the chance that
 * a random positive scores above a random negative, ties counting half (the
 * Mann–Whitney statistic; scikit-learn's `roc_auc_score`).
 *
 * @param yTrue Labels 0 and 1, both present.
 * @param scores A score per sample, higher meaning more likely 1 (a probability, or a logit).
 * @returns A number in [0, 1].
 * @throws {RangeError} If the inputs differ in length, a label is not 0 or 1, a
 *   score is not finite, or one class is absent.
 *
 * @example Perfectly ranked, then with one tie
 * ```ts
 * import { rocAuc } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75);
 * assert.equal(rocAuc([0, 1], [0.5, 0.5]), 0.5);
 * ```
 */
export function rocAuc(yTrue: ScoreInput, scores: ScoreInput): number {
  const [t, s] = pair("rocAuc", yTrue, scores);
  labels("rocAuc", "yTrue", t);
  for (let i = 0; i < t.length; i++) {
    if (t[i] > 1) throw new RangeError(`rocAuc yTrue[${i}] is ${t[i]}; expected 0 or 1`);
    if (!Number.isFinite(s[i])) {
      throw new RangeError(`rocAuc scores[${i}] is ${s[i]}; expected a finite number`);
    }
  }
  const positives = t.reduce((n, v) => n + v, 0), negatives = t.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError(
      `rocAuc needs both classes in yTrue, but every label is ${positives === 0 ? 0 : 1}`,
    );
  }
  const order = Array.from(t, (_, i) => i).sort((a, b) => s[a] - s[b]);
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && s[order[end]] === s[order[start]]) end++;
    const rank = (start + 1 + end) / 2; // ties share the mean of their ranks, from 1
    for (let k = start; k < end; k++) if (t[order[k]] === 1) rankSum += rank;
    start = end;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The binary ROC AUC, {@linkcode rocAuc}, under the name Keras gives the metric. */
export const auc: (yTrue: ScoreInput, scores: ScoreInput) => number = rocAuc;

/**
 * R², the coefficient of determination: `1 − Σ(y − ŷ)² / Σ(y − ȳ)²`, as
 * scikit-learn's `r2_score` (for a constant `yTrue`: 1 if every prediction is
 * exact, else 0).
 *
 * @param yTrue True values.
 * @param yPred Predicted values.
 * @returns At most 1; 0 for predicting the mean, below 0 for worse.
 * @throws {RangeError} If the inputs are empty, differ in length or hold a value that is not finite.
 *
 * @example Predicting the mean scores 0
 * ```ts
 * import { r2 } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(r2([1, 2, 3], [2, 2, 2]), 0);
 * assert.equal(r2([1, 2, 3], [1, 2, 3]), 1);
 * ```
 */
export function r2(yTrue: ScoreInput, yPred: ScoreInput): number {
  const [t, p] = pair("r2", yTrue, yPred);
  for (let i = 0; i < t.length; i++) {
    if (!Number.isFinite(t[i]) || !Number.isFinite(p[i])) {
      throw new RangeError(`r2 needs finite values, got ${t[i]} and ${p[i]} at index ${i}`);
    }
  }
  const mean = t.reduce((a, v) => a + v, 0) / t.length;
  let residual = 0, total = 0;
  for (let i = 0; i < t.length; i++) {
    residual += (t[i] - p[i]) ** 2;
    total += (t[i] - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

/** Checks and converts two inputs of one length. */
function pair(owner: string, a: ScoreInput, b: ScoreInput): [number[], number[]] {
  const x = Array.from(values(owner, a, "the first argument"));
  const y = Array.from(values(owner, b, "the second argument"));
  if (x.length === 0) throw new RangeError(`${owner} needs at least one sample`);
  if (x.length !== y.length) {
    throw new RangeError(`${owner} got ${x.length} true values but ${y.length} predictions`);
  }
  return [x, y];
}

function values(owner: string, input: ScoreInput, what: string): ArrayLike<number> {
  if (input instanceof Matrix) {
    if (input.cols !== 1) {
      throw new RangeError(`${owner}: ${what} is a Matrix of ${input.cols} columns; expected one`);
    }
    return input.data;
  }
  if (input === null || typeof input !== "object" || typeof input.length !== "number") {
    throw new TypeError(`${owner}: ${what} must be an array of numbers, got ${describe(input)}`);
  }
  return input;
}

/** Checks class labels (integers ≥ 0) and returns them. */
function labels(owner: string, name: string, out: number[]): number[] {
  out.forEach((label, i) => {
    if (!Number.isSafeInteger(label) || label < 0) {
      throw new RangeError(
        `${owner} ${name}[${i}] is ${label}; expected a class index (an integer ≥ 0)`,
      );
    }
  });
  return out;
}

function largest(v: readonly number[]): number {
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  return m;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** A class's score from its true positives, false positives and false negatives. */
export type ClassScore = (tp: number, fp: number, fn: number) => number;

/** Precision, recall and F1 of one class; 0 where they are 0/0 (scikit-learn's `zero_division=0`). */
export const CLASS_SCORES: Readonly<Record<"precision" | "recall" | "f1", ClassScore>> = {
  precision: (tp, fp) => ratio(tp, tp + fp),
  recall: (tp, _fp, fn) => ratio(tp, tp + fn),
  f1: (tp, fp, fn) => ratio(2 * tp, 2 * tp + fp + fn),
};

/**
 * The mean of `score` over the classes that occur among the targets or the
 * predictions (those with `tp + fp + fn > 0`): scikit-learn's `average="macro"`.
 */
export function macroAverage(
  score: ClassScore,
  tp: ArrayLike<number>,
  fp: ArrayLike<number>,
  fn: ArrayLike<number>,
): number {
  let sum = 0, present = 0;
  for (let c = 0; c < tp.length; c++) {
    if (tp[c] + fp[c] + fn[c] === 0) continue;
    sum += score(tp[c], fp[c], fn[c]);
    present++;
  }
  return sum / present;
}

/** A per-class score from true positives, false positives and false negatives, averaged as asked. */
function averaged(
  owner: string,
  yTrue: ScoreInput,
  yPred: ScoreInput,
  options: AverageOptions,
  score: ClassScore,
): number {
  const average = options.average ?? "binary";
  if (average !== "binary" && average !== "macro") {
    throw new RangeError(`${owner} average must be "binary" or "macro", got ${String(average)}`);
  }
  const table = confusionMatrix(yTrue, yPred);
  const k = table.length;
  const tp = new Float64Array(k), fp = new Float64Array(k), fn = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      if (j === c) tp[c] = table[c][c];
      else {
        fp[c] += table[j][c];
        fn[c] += table[c][j];
      }
    }
  }
  if (average === "binary") {
    if (k > 2) {
      throw new RangeError(
        `${owner} with average "binary" needs labels 0 and 1, but there are ${k} classes; ` +
          'pass { average: "macro" }',
      );
    }
    return k === 1 ? 0 : score(tp[1], fp[1], fn[1]);
  }
  return macroAverage(score, tp, fp, fn);
}
