/**
 * The `reduceLROnPlateau` callback.
 *
 * @module
 */
import {
  integerOption,
  NON_NEGATIVE,
  numberOption,
  OPEN_UNIT,
} from "../primitives/number_option.ts";
import { checkOptions } from "../primitives/options.ts";
import { defaultMonitor, improves, monitorMode, monitorValue } from "./monitor.ts";
import type { Callback } from "./types.ts";

/** Options of {@linkcode reduceLROnPlateau}. */
export interface ReduceLROnPlateauOptions {
  /** The logged value to watch; default `"valLoss"` with validation data, else `"loss"`. */
  monitor?: string;
  /** The factor on the learning rate at each reduction, in (0, 1); default 0.1. */
  factor?: number;
  /** Epochs without improvement before a reduction; default 10. */
  patience?: number;
  /** The smallest change that counts as an improvement; default 1e-4. */
  minDelta?: number;
  /** Epochs to wait after a reduction before counting again; default 0. */
  cooldown?: number;
  /** The rate is never lowered below this; default 0. */
  minLearningRate?: number;
}

/**
 * Lowers the learning rate when a logged value stops improving, as Keras's
 * `ReduceLROnPlateau`: after `patience` epochs without an improvement of more
 * than `minDelta`, the optimizer's `learningRateScale` is multiplied by
 * `factor` (so the rate, a number or a schedule's value, is multiplied by it),
 * but not below `minLearningRate`; then `cooldown` epochs pass before waiting
 * starts again. The history's `learningRate` shows the rates. Each training
 * starts its counts afresh (at epoch 1), as Keras's callback does; the lowered
 * scale stays with the optimizer. With a schedule, `minLearningRate` bounds
 * each reduction, not the values the schedule goes on to give.
 *
 * @param options What to watch and how much and when to lower.
 * @returns The callback, for `fit`'s `callbacks`.
 * @throws {RangeError} If an option is out of range; at the first epoch's end,
 *   if training does not log the monitored value.
 * @throws {TypeError} If an option has the wrong type or is unknown; at the
 *   first epoch's end, if the optimizer has no `learningRate` and
 *   `learningRateScale` (a custom optimizer may define them).
 *
 * @example Lower the rate when the loss stalls
 * ```ts
 * import { reduceLROnPlateau, Sequential, sgd } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
 * const history = model.fit([[1], [2], [3]], [[2], [4], [6.5]], {
 *   loss: "mse",
 *   optimizer: sgd({ learningRate: 0.05 }),
 *   epochs: 300,
 *   callbacks: [reduceLROnPlateau({ patience: 5, factor: 0.5 })],
 * });
 * assert.ok(history.learningRate.at(-1)! < 0.05);
 * ```
 */
export function reduceLROnPlateau(options: ReduceLROnPlateauOptions = {}): Callback {
  const o = checkOptions("reduceLROnPlateau", options, [
    "monitor",
    "factor",
    "patience",
    "minDelta",
    "cooldown",
    "minLearningRate",
  ]);
  if (o.monitor !== undefined && typeof o.monitor !== "string") {
    throw new TypeError(`reduceLROnPlateau monitor must be a log name, got ${String(o.monitor)}`);
  }
  const factor = numberOption("reduceLROnPlateau", o, "factor", 0.1, OPEN_UNIT);
  const patience = integerOption("reduceLROnPlateau", o, "patience", 10, 1);
  const minDelta = numberOption("reduceLROnPlateau", o, "minDelta", 1e-4, NON_NEGATIVE);
  const cooldown = integerOption("reduceLROnPlateau", o, "cooldown", 0, 0);
  const minLearningRate = numberOption("reduceLROnPlateau", o, "minLearningRate", 0, NON_NEGATIVE);
  const named = o.monitor as string | undefined;
  let monitor: string | undefined, best: number | undefined, wait = 0, cooling = 0;
  return {
    onEpochEnd({ epoch, logs, valLoss, optimizer }) {
      const scale = optimizer.learningRateScale, rate = optimizer.learningRate;
      if (typeof scale !== "number" || typeof rate !== "number") {
        throw new TypeError(
          `reduceLROnPlateau needs an optimizer with learningRate and learningRateScale, ` +
            `as the built-in ones have; ${optimizer.name} has not`,
        );
      }
      if (epoch === 1) {
        monitor = best = undefined;
        wait = cooling = 0;
      }
      monitor ??= named ?? defaultMonitor(valLoss !== undefined);
      const current = monitorValue(logs, monitor, "reduceLROnPlateau");
      if (cooling > 0) {
        cooling--;
        wait = 0;
      }
      if (improves(monitorMode(monitor), current, best, minDelta)) {
        best = current;
        wait = 0;
      } else if (cooling === 0 && ++wait >= patience) {
        if (rate > minLearningRate) {
          optimizer.learningRateScale = rate * factor >= minLearningRate
            ? scale * factor
            : scale * (minLearningRate / rate);
          cooling = cooldown;
          wait = 0;
        }
      }
    },
  };
}
