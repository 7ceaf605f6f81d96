/**
 * The error for a prediction that is not a finite number.
 *
 * @module
 */

/**
 * A prediction (or a layer's output on the way to it) came out NaN or
 * infinite. `row` is the row of the input given to `predict`, `predictProba`
 * or `forward`, counted from 0 over the whole input (not within a block).
 *
 * @example An input far outside anything the model can represent
 * ```ts
 * import { Dense, PredictionError, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const layer = new Dense(1, 1, { seed: 0 });
 * layer.weights.data[0] = 1e300;
 * const model = new Sequential([layer]);
 * assert.throws(() => model.predict([[1], [1e10]]), (error) => {
 *   assert.ok(error instanceof PredictionError);
 *   assert.equal(error.row, 1);
 *   assert.equal(error.value, Infinity);
 *   return true;
 * });
 * ```
 */
export class PredictionError extends RangeError {
  /** The input row whose prediction failed, from 0. */
  readonly row: number;
  /** The column of the failing value in the output where it appeared. */
  readonly column: number;
  /** The value: NaN, Infinity or −Infinity. */
  readonly value: number;
  /** The layer whose output it was, from 0, or `undefined` when it appeared after the last layer (undoing the target scaler). */
  readonly layer: number | undefined;

  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where The input row, the output column, the value, and the layer when it was a layer's output.
   */
  constructor(
    message: string,
    where: { row: number; column: number; value: number; layer?: number },
  ) {
    super(message);
    this.name = "PredictionError";
    this.row = where.row;
    this.column = where.column;
    this.value = where.value;
    this.layer = where.layer;
  }
}
