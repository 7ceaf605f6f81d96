/**
 * A training callback that saves the model every few epochs, or whenever it
 * improves.
 *
 * @module
 */
import { describe } from "../lib/primitives/matrix.ts";
import { booleanOption, checkOptions } from "../lib/primitives/options.ts";
import { integerOption, NON_NEGATIVE, numberOption } from "../lib/primitives/number_option.ts";
import type { Callback, EpochEvent } from "../lib/training/types.ts";
import { defaultMonitor, improves, monitorMode, monitorValue } from "../lib/training/monitor.ts";
import { saveModelSync } from "./model_file.ts";

/** Options of {@linkcode checkpoint}. At least one of `every` and `best` is needed. */
export interface CheckpointOptions {
  /** The file to write; `{epoch}` in it is replaced by the epoch number. */
  path: string;
  /** Save at epochs `every`, 2·`every`, …: a positive integer. */
  every?: number;
  /** Save whenever the monitored value improves. */
  best?: boolean;
  /**
   * The logged value `best` watches, such as `"valLoss"` or `"valAccuracy"`;
   * default `"valLoss"` when training has validation data, else `"loss"`.
   * Names ending in "accuracy" improve upwards, others downwards.
   */
  monitor?: string;
  /** The smallest change that counts as an improvement; default 0. */
  minDelta?: number;
}

const OPTIONS = ["path", "every", "best", "monitor", "minDelta"];

/**
 * A callback for training that saves the model with {@linkcode saveModelSync}
 * (atomic, so an interrupted save never destroys the previous file; synchronous,
 * so it suits both synchronous and asynchronous training). A `best` checkpoint
 * remembers its best value across trainings it is passed to. A failed save
 * throws, which ends training.
 *
 * @param options Where and when to save.
 * @returns The callback.
 * @throws {TypeError} If an option is unknown or of the wrong type, or neither
 *   `every` nor `best: true` is given.
 * @throws {RangeError} If `every` is not a positive integer or `minDelta` is
 *   negative or not finite.
 *
 * @example Keep the model with the lowest validation loss
 * ```ts
 * import { Dense, Sequential, sgd } from "@backprop/core";
 * import type { EpochEvent } from "@backprop/core";
 * import { checkpoint, loadModelSync } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 5 });
 * const dir = Deno.makeTempDirSync();
 * try {
 *   const callback = checkpoint({ path: `${dir}/best.json`, best: true });
 *   [0.9, 0.4, 0.7].forEach((valLoss, i) => {
 *     model.layers[0].weights.data[0] = i;
 *     const event: EpochEvent = {
 *       epoch: i + 1, loss: 1, valLoss, logs: { loss: 1, valLoss }, model, optimizer: sgd(), stop() {},
 *     };
 *     callback.onEpochEnd?.(event);
 *   });
 *   const [layer] = loadModelSync(`${dir}/best.json`).layers;
 *   assert.ok(layer instanceof Dense); // a file may also hold Dropout layers
 *   assert.equal(layer.weights.data[0], 1);
 * } finally {
 *   Deno.removeSync(dir, { recursive: true });
 * }
 * ```
 */
export function checkpoint(options: CheckpointOptions): Callback {
  const { path, every, best, monitor, minDelta } = checkpointOptions(options);
  let name = monitor;
  let bestValue: number | undefined;
  const improvement = (event: EpochEvent): number | undefined => {
    name ??= defaultMonitor(event.valLoss !== undefined);
    const value = monitorValue(event.logs, name, "checkpoint");
    const better = Number.isFinite(value) &&
      improves(monitorMode(name), value, bestValue, minDelta);
    return better ? value : undefined;
  };
  return {
    onEpochEnd(event: EpochEvent): void {
      const improved = best ? improvement(event) : undefined;
      const due = every !== undefined && event.epoch % every === 0;
      if (improved === undefined && !due) return;
      saveModelSync(path.replaceAll("{epoch}", String(event.epoch)), event.model);
      if (improved !== undefined) bestValue = improved;
    },
  };
}

interface Settings {
  path: string;
  every: number | undefined;
  best: boolean;
  monitor: string | undefined;
  minDelta: number;
}

function checkpointOptions(options: unknown): Settings {
  const o = checkOptions("checkpoint", options, OPTIONS);
  const path = text(o.path, "path", "a file path");
  const every = o.every === undefined ? undefined : integerOption("checkpoint", o, "every", 1);
  const minDelta = o.minDelta === undefined
    ? undefined
    : numberOption("checkpoint", o, "minDelta", 0, NON_NEGATIVE);
  const monitor = o.monitor === undefined ? undefined : text(o.monitor, "monitor", "a log name");
  const best = booleanOption("checkpoint", o, "best", false);
  if (every === undefined && !best) {
    throw new TypeError(
      "checkpoint needs every (save every N epochs) or best: true (save when the monitored value improves)",
    );
  }
  if (!best && (monitor !== undefined || minDelta !== undefined)) {
    throw new TypeError("checkpoint monitor and minDelta apply only with best: true");
  }
  return { path, every, best, monitor, minDelta: minDelta ?? 0 };
}

function text(value: unknown, key: string, expected: string): string {
  if (typeof value !== "string" || value === "") {
    throw new TypeError(
      `checkpoint ${key} must be ${expected} (a non-empty string), got ${describe(value)}`,
    );
  }
  return value;
}
