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
