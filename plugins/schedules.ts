/**
 * Learning-rate schedules: factories of `(step, epoch) => rate` for an
 * optimizer's `learningRate`, with the formulas and names of Keras and PyTorch.
 *
 * @module
 */
import { booleanOption, checkOptions } from "../lib/primitives/options.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";
import {
  integerOption,
  NON_NEGATIVE,
  numberOption,
  OPEN_UNIT,
  POSITIVE,
  UNIT,
} from "../lib/primitives/number_option.ts";
import type { Schedule } from "./learning_rate.ts";

/** Options of {@linkcode exponentialDecay}. */
export interface ExponentialDecayOptions {
  /** The rate at step 0 (> 0). */
  initialLearningRate: number;
  /** Steps over which the rate is multiplied by `decayRate` (a positive integer). */
  decaySteps: number;
  /** The factor per `decaySteps` steps (> 0). */
  decayRate: number;
  /** Whether the rate drops in stairs, every `decaySteps` steps; default false. */
  staircase?: boolean;
}

/**
 * Keras's `ExponentialDecay`: `initialLearningRate · decayRate^(step / decaySteps)`,
 * the exponent floored with `staircase`.
 *
 * @example Halving every 100 steps
 * ```ts
 * import { exponentialDecay, sgd } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const schedule = exponentialDecay({ initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.5 });
 * assert.equal(schedule(0, 0), 0.1);
 * assert.equal(schedule(100, 0), 0.05);
 * assert.equal(schedule(50, 0), 0.1 * 0.5 ** 0.5);
 * const optimizer = sgd({ learningRate: schedule });
 * ```
 */
export function exponentialDecay(options: ExponentialDecayOptions): Schedule {
  const o = known("exponentialDecay", options, [
    "initialLearningRate",
    "decaySteps",
    "decayRate",
    "staircase",
  ]);
  const initial = required("exponentialDecay", o, "initialLearningRate", POSITIVE);
  const decaySteps = requiredInteger("exponentialDecay", o, "decaySteps");
  const decayRate = required("exponentialDecay", o, "decayRate", POSITIVE);
  const staircase = booleanOption("exponentialDecay", o, "staircase", false);
  return (step) => {
    const p = step / decaySteps;
    return initial * decayRate ** (staircase ? Math.floor(p) : p);
  };
}

/** Options of {@linkcode stepDecay}. */
export interface StepDecayOptions {
  /** The rate in the first `stepSize` epochs (> 0). */
  initialLearningRate: number;
  /** Epochs between drops (a positive integer). */
  stepSize: number;
  /** The factor at each drop, in (0, 1); default 0.1. */
  gamma?: number;
}

/**
 * PyTorch's `StepLR`, by epoch: `initialLearningRate · gamma^⌊epoch / stepSize⌋`.
 *
 * @example A tenth of the rate every 10 epochs
 * ```ts
 * import { stepDecay } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const schedule = stepDecay({ initialLearningRate: 0.1, stepSize: 10 });
 * assert.equal(schedule(500, 9), 0.1);
 * assert.equal(schedule(501, 10), 0.1 * 0.1);
 * ```
 */
export function stepDecay(options: StepDecayOptions): Schedule {
  const o = known("stepDecay", options, ["initialLearningRate", "stepSize", "gamma"]);
  const initial = required("stepDecay", o, "initialLearningRate", POSITIVE);
  const stepSize = requiredInteger("stepDecay", o, "stepSize");
  const gamma = numberOption("stepDecay", o, "gamma", 0.1, OPEN_UNIT);
  return (_step, epoch) => initial * gamma ** Math.floor(epoch / stepSize);
}

/** Options of {@linkcode cosineDecay}. */
export interface CosineDecayOptions {
  /** The rate at step 0 (≥ 0; with a warm-up, where the warm-up starts). */
  initialLearningRate: number;
  /** Steps of the cosine decay, after any warm-up (a positive integer). */
  decaySteps: number;
  /** The floor, as a fraction of the decayed-from rate, in [0, 1); default 0. */
  alpha?: number;
  /** Steps of linear warm-up from `initialLearningRate` to `warmupTarget`; default 0. */
  warmupSteps?: number;
  /** The rate the warm-up reaches and the decay starts from (> 0); needs `warmupSteps`. */
  warmupTarget?: number;
}

/**
 * Keras's `CosineDecay`, with its optional linear warm-up: for `warmupSteps`
 * steps the rate rises linearly from `initialLearningRate` to `warmupTarget`;
 * then, with `s = min(step − warmupSteps, decaySteps)`, it is
 * `top · ((1 − alpha) · ½(1 + cos(π·s / decaySteps)) + alpha)`, where `top` is
 * `warmupTarget` (or `initialLearningRate` without a warm-up).
 *
 * @example Warm up for 10 steps, then decay over 100 to a tenth
 * ```ts
 * import { cosineDecay } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const schedule = cosineDecay({
 *   initialLearningRate: 0, warmupSteps: 10, warmupTarget: 0.01, decaySteps: 100, alpha: 0.1,
 * });
 * assert.equal(schedule(5, 0), 0.005);
 * assert.equal(schedule(10, 0), 0.01);
 * assert.equal(schedule(110, 3), 0.001);
 * ```
 */
export function cosineDecay(options: CosineDecayOptions): Schedule {
  const o = known("cosineDecay", options, [
    "initialLearningRate",
    "decaySteps",
    "alpha",
    "warmupSteps",
    "warmupTarget",
  ]);
  const initial = required("cosineDecay", o, "initialLearningRate", NON_NEGATIVE);
  const decaySteps = requiredInteger("cosineDecay", o, "decaySteps");
  const alpha = numberOption("cosineDecay", o, "alpha", 0, UNIT);
  const warmupSteps = integerOption("cosineDecay", o, "warmupSteps", 0, 0);
  const target = o.warmupTarget === undefined
    ? undefined
    : numberOption("cosineDecay", o, "warmupTarget", 0, POSITIVE);
  if ((target === undefined) !== (warmupSteps === 0)) {
    throw new RangeError(
      "cosineDecay warmupSteps and warmupTarget go together: give both or neither",
    );
  }
  if (target === undefined && initial === 0) {
    throw new RangeError(
      "cosineDecay initialLearningRate must be positive without a warm-up, got 0",
    );
  }
  const top = target ?? initial;
  return (step) => {
    if (step < warmupSteps) return initial + (top - initial) * (step / warmupSteps);
    const s = Math.min(step - warmupSteps, decaySteps);
    return top * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * s / decaySteps)) + alpha);
  };
}

/** Options of {@linkcode piecewiseConstant}. */
export interface PiecewiseConstantOptions {
  /** Steps where the rate changes, increasing. */
  boundaries: readonly number[];
  /** The rates (each ≥ 0), one more than `boundaries`. */
  values: readonly number[];
}

/**
 * Keras's `PiecewiseConstantDecay`: `values[0]` while `step ≤ boundaries[0]`,
 * `values[i]` while `boundaries[i − 1] < step ≤ boundaries[i]`, and the last
 * value after the last boundary.
 *
 * @example 0.1 for 1000 steps, then 0.01
 * ```ts
 * import { piecewiseConstant } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const schedule = piecewiseConstant({ boundaries: [1000], values: [0.1, 0.01] });
 * assert.equal(schedule(1000, 0), 0.1);
 * assert.equal(schedule(1001, 0), 0.01);
 * ```
 */
export function piecewiseConstant(options: PiecewiseConstantOptions): Schedule {
  const o = known("piecewiseConstant", options, ["boundaries", "values"]);
  const { boundaries, values } = o as Partial<PiecewiseConstantOptions>;
  if (!Array.isArray(boundaries) || !Array.isArray(values)) {
    throw new TypeError("piecewiseConstant needs boundaries and values, two arrays of numbers");
  }
  if (values.length !== boundaries.length + 1) {
    throw new RangeError(
      `piecewiseConstant needs one value more than boundaries, got ${values.length} values ` +
        `for ${boundaries.length} boundaries`,
    );
  }
  boundaries.forEach((b, i) => {
    if (typeof b !== "number" || !Number.isFinite(b) || (i > 0 && !(b > boundaries[i - 1]))) {
      throw new RangeError(
        `piecewiseConstant boundaries must be increasing finite numbers; boundaries[${i}] is ${b}`,
      );
    }
  });
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`piecewiseConstant values[${i}] is ${v}; expected a finite number ≥ 0`);
    }
  });
  const bounds = [...boundaries], rates = [...values];
  return (step) => {
    let i = 0;
    while (i < bounds.length && step > bounds[i]) i++;
    return rates[i];
  };
}

function known(owner: string, options: unknown, keys: string[]): PluginOptions {
  if (options === undefined) throw new TypeError(`${owner} needs options: ${keys.join(", ")}`);
  return checkOptions(owner, options, keys);
}

/** `options`, after checking that `key` is given. */
function need(owner: string, options: PluginOptions, key: string): PluginOptions {
  if (options[key] === undefined) throw new TypeError(`${owner} needs ${key}`);
  return options;
}

/** A positive integer option that must be given. */
function requiredInteger(owner: string, options: PluginOptions, key: string): number {
  return integerOption(owner, need(owner, options, key), key, 1, 1);
}

function required(
  owner: string,
  options: PluginOptions,
  key: string,
  range: typeof POSITIVE,
): number {
  return numberOption(owner, need(owner, options, key), key, NaN, range);
}
