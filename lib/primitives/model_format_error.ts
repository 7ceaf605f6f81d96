/**
 * The error for a bad field in a model file.
 *
 * @module
 */

/**
 * A missing or malformed field in a model file. The message starts with the
 * field's path (`layers[1].weights[2]: …`), which is also in `field`.
 *
 * @example The path of a bad weight
 * ```ts
 * import { ModelFormatError, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const json = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 0 }).toJSON();
 * json.layers[0].weights[1] = [];
 * assert.throws(() => Sequential.fromJSON(json), (error) => {
 *   assert.ok(error instanceof ModelFormatError);
 *   assert.equal(error.field, "layers[0].weights[1]");
 *   assert.equal(error.message, "layers[0].weights[1]: expected 1 numbers, got 0");
 *   return true;
 * });
 * ```
 */
export class ModelFormatError extends TypeError {
  /** Path of the bad field, such as `layers[1].weights[2]`. */
  readonly field: string;

  /**
   * Creates the error; the message becomes `field: message`.
   *
   * @param field Path of the bad field.
   * @param message What was expected and what was found.
   */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "ModelFormatError";
    this.field = field;
  }
}

/**
 * Rejects fields a model file may not have, such as a misspelt `inputScalr`
 * that would otherwise be ignored.
 *
 * @param record The object read from the file.
 * @param known The fields it may have.
 * @param where Its path (`""` for the root).
 */
export function rejectUnknownKeys(
  record: object,
  known: readonly string[],
  where: string,
): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      throw new ModelFormatError(
        where === "" ? key : `${where}.${key}`,
        `unknown field; expected only ${known.join(", ")}`,
      );
    }
  }
}
