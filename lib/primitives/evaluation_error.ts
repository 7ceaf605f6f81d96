/**
 * The error for a loss that is not a finite number on data being evaluated.
 *
 * @module
 */

/**
 * `evaluate`'s loss came out NaN or infinite on a row whose prediction is
 * finite: its target, or its prediction, lies so far out that the loss
 * overflows. `row` is the row of the data given to `evaluate`, from 0.
 *
 * @example A target far outside anything the loss can measure
 * ```ts
 * import { Dense, EvaluationError, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
 * assert.throws(() => model.evaluate([[1], [2]], [[0], [1e200]], { loss: "mse" }), (error) => {
 *   assert.ok(error instanceof EvaluationError);
 *   assert.equal(error.row, 1);
 *   assert.equal(error.value, Infinity);
 *   return true;
 * });
 * ```
 */
export class EvaluationError extends RangeError {
  /** The row whose loss is not finite, from 0 over the whole data. */
  readonly row: number;
  /** The loss of that row: NaN, Infinity or −Infinity. */
  readonly value: number;

  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where The row and its loss.
   */
  constructor(message: string, where: { row: number; value: number }) {
    super(message);
    this.name = "EvaluationError";
    this.row = where.row;
    this.value = where.value;
  }
}
