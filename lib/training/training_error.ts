/**
 * The error `fit` throws when training diverges.
 *
 * @module
 */

import type { History } from "./types.ts";

/**
 * Training stopped because the loss, a gradient or a weight stopped being
 * finite (or the validation pass after an epoch failed). The model keeps its
 * last finite weights: those from before the failing step.
 *
 * @example A learning rate far too large
 * ```ts
 * import { Dense, Sequential, sgd, TrainingError } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
 * try {
 *   model.fit([[1], [2]], [[3], [5]], { loss: "mse", optimizer: sgd({ learningRate: 1e6 }), epochs: 500 });
 *   assert.fail("expected divergence");
 * } catch (error) {
 *   assert.ok(error instanceof TrainingError);
 *   assert.match(error.message, /^Training diverged in epoch \d+, batch 1: /);
 *   assert.ok(model.parameters.every((p) => p.value.every(Number.isFinite)));
 * }
 * ```
 */
export class TrainingError extends Error {
  /** The epoch that failed, from 1. */
  readonly epoch: number;
  /** The batch that failed within it, from 1 (0 when validation failed). */
  readonly batch: number;
  /** The last finite training loss, if any step succeeded. */
  readonly lastLoss: number | undefined;
  /** What was logged up to the last complete epoch. */
  readonly history: History;

  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where Epoch, batch and last finite loss.
   * @param history The history so far.
   * @param cause The error from the failing step.
   */
  constructor(
    message: string,
    where: { epoch: number; batch: number; lastLoss: number | undefined },
    history: History,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = "TrainingError";
    this.epoch = where.epoch;
    this.batch = where.batch;
    this.lastLoss = where.lastLoss;
    this.history = history;
  }
}
