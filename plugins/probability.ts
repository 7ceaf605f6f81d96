/**
 * Helpers shared by the losses that take logarithms of probabilities.
 *
 * @module
 */
import type { Matrix } from "../lib/primitives/matrix.ts";

/** Smallest probability a log is taken of, so log-losses stay finite at 0 and 1. */
export const PROBABILITY_FLOOR = 1e-12;

/** Throws a RangeError unless every prediction is a probability, naming the first that is not. */
export function assertProbabilities(loss: string, yHat: Matrix): void {
  const d = yHat.data;
  for (let k = 0; k < d.length; k++) {
    if (!(d[k] >= 0 && d[k] <= 1)) {
      const i = Math.floor(k / yHat.cols);
      throw new RangeError(
        `${loss} needs predictions in [0, 1] (a sigmoid or softmax output), got ${
          d[k]
        } at row ${i}, column ${k - i * yHat.cols}`,
      );
    }
  }
}

/** `log Σⱼ exp(s[offset + j])` over `cols` entries, stable for any finite values: `max + log Σ exp(s − max)`. */
export function logSumExp(s: Float64Array, offset: number, cols: number): number {
  let max = -Infinity;
  for (let j = 0; j < cols; j++) if (s[offset + j] > max) max = s[offset + j];
  let exps = 0;
  for (let j = 0; j < cols; j++) exps += Math.exp(s[offset + j] - max);
  return max + Math.log(exps);
}
