/**
 * Learning rates that are a number or a schedule, shared by the built-in
 * optimizers: the rate of each step, the epoch `fit` is in, and a scale that
 * `reduceLROnPlateau` lowers.
 *
 * @module
 */
import { describe } from "../lib/primitives/matrix.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";
import { numberOption, POSITIVE } from "../lib/primitives/number_option.ts";
import type { Optimizer } from "./optimizer.ts";

/**
 * A learning rate per step: `step` counts the optimizer's updates from 0, and
 * `epoch` is the epoch `fit` is in, from 0 (0 outside `fit`).
 */
export type Schedule = (step: number, epoch: number) => number;

/** An optimizer's `learningRate` option: a positive number, or a schedule. */
export type LearningRate = number | Schedule;

/**
 * The options of a built-in optimizer factory: plugin options, with
 * `learningRate` typed so that a schedule written inline has typed parameters.
 */
export type OptimizerOptions = PluginOptions & { readonly learningRate?: LearningRate };

/** The running rate of one optimizer. */
export interface Rate {
  /** The number given, or `undefined` for a schedule (for the optimizer's `options`). */
  readonly constant: number | undefined;
  /** The rate of the next update, scaled; counts the update. */
  next(): number;
  /** Adds `learningRate`, `learningRateScale` and `epoch` to an optimizer. */
  control(optimizer: Pick<Optimizer, "name" | "options" | "step">): Optimizer;
}

/**
 * Reads an optimizer's `learningRate` option (default `fallback`). A schedule
 * that gives anything but a finite number ≥ 0 makes `next()` throw a
 * `TypeError` (a broken plugin, not a diverging model) before any update. A
 * schedule may give 0, as Keras's `CosineDecay` does once it has decayed
 * (with `alpha` 0) and a warm-up from 0 does at its first step; a constant
 * rate must be positive.
 *
 * @throws {TypeError} If it is neither a number nor a function.
 * @throws {RangeError} If it is a number that is not positive and finite.
 */
export function rateOf(owner: string, options: PluginOptions, fallback: number): Rate {
  const given = options.learningRate;
  if (given != null && typeof given !== "number" && typeof given !== "function") {
    throw new TypeError(
      `${owner} learningRate must be a positive number or a schedule, a function ` +
        `(step, epoch) => rate; got ${describe(given)}`,
    );
  }
  const schedule = typeof given === "function" ? given as Schedule : null;
  const constant = schedule === null
    ? numberOption(owner, options, "learningRate", fallback, POSITIVE)
    : undefined;
  let step = 0, epoch = 0, scale = 1;
  const raw = (at: number): number => {
    if (schedule === null) return constant!;
    const value = schedule(at, epoch);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new TypeError(
        `The ${owner} learning-rate schedule gave ${describe(value)} at step ${at} ` +
          `(epoch ${epoch}); expected a finite number ≥ 0. No weights were updated.`,
      );
    }
    return value;
  };
  let last: number | undefined, before: number | undefined;
  return {
    constant,
    next() {
      before = last;
      last = raw(step) * scale;
      step++;
      return last;
    },
    control({ name, options, step: update }) {
      // One object literal: its accessors keep a fast shape, where defineProperties would not.
      return {
        name,
        options,
        step: update,
        get learningRate() {
          return last ?? raw(step) * scale;
        },
        set learningRate(value: number) {
          throw new TypeError(
            `${owner} learningRate cannot be assigned (got ${String(value)}): set ` +
              "learningRateScale to scale it, or give the optimizer a schedule",
          );
        },
        revert() {
          if (step === 0) return;
          step--;
          last = before;
        },
        get learningRateScale() {
          return scale;
        },
        set learningRateScale(value: number) {
          if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
            throw new RangeError(
              `${owner} learningRateScale must be a positive number, got ${String(value)}`,
            );
          }
          scale = value;
        },
        get epoch() {
          return epoch;
        },
        set epoch(value: number) {
          if (!Number.isSafeInteger(value) || value < 0) {
            throw new RangeError(`${owner} epoch must be an integer ≥ 0, got ${String(value)}`);
          }
          epoch = value;
        },
      };
    },
  };
}

/** `{ learningRate }` for a constant rate, `{}` for a schedule: what an optimizer's `options` can hold. */
export function learningRateOption(rate: Rate): { learningRate?: number } {
  return rate.constant === undefined ? {} : { learningRate: rate.constant };
}
