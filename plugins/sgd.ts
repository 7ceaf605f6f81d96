/**
 * Stochastic gradient descent with optional momentum.
 *
 * @module
 */
import { checkOptions } from "../lib/primitives/options.ts";
import { NON_NEGATIVE, numberOption, UNIT } from "../lib/primitives/number_option.ts";
import type { Optimizer } from "./optimizer.ts";
import { slot } from "./slot.ts";
import { clip, clippingOf } from "./clip.ts";
import { learningRateOption, type OptimizerOptions, rateOf } from "./learning_rate.ts";

/**
 * SGD in PyTorch's formulation, except that weight decay applies to weight matrices
 * only (as is usual), never to biases. For each parameter `w` with gradient `g`:
 * `g ← g + weightDecay·w` (weights only), then with momentum `μ > 0`
 * `v ← μ·v + g` and the step `d = v` (or `d = g + μ·v` with `nesterov`), and finally
 * `w ← w − learningRate·d`.
 *
 * @param options `learningRate` (> 0, default 0.01, or a schedule), `momentum` ([0, 1), default 0),
 *   `nesterov` (default false; needs momentum), `weightDecay` (≥ 0, default 0), and
 *   `clipNorm` or `clipValue` (> 0) to clip the gradients first (see `clip.ts`).
 * @returns The optimizer.
 * @throws {RangeError} If an option is out of range.
 *
 * @example One hand-checked step
 * ```ts
 * import { sgd, type Parameter } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const p: Parameter = {
 *   name: "w", kind: "weights", value: new Float64Array([1]), gradient: new Float64Array([0.5]),
 *   state: { slots: {}, counters: {} },
 * };
 * sgd({ learningRate: 0.1 }).step([p]);
 * assert.equal(p.value[0], 1 - 0.1 * 0.5);
 * ```
 */
export function sgd(options: OptimizerOptions = {}): Optimizer {
  checkOptions("sgd", options, [
    "learningRate",
    "momentum",
    "nesterov",
    "weightDecay",
    "clipNorm",
    "clipValue",
  ]);
  const rate = rateOf("sgd", options, 0.01);
  const momentum = numberOption("sgd", options, "momentum", 0, UNIT);
  const weightDecay = numberOption("sgd", options, "weightDecay", 0, NON_NEGATIVE);
  const nesterov = options.nesterov ?? false;
  if (typeof nesterov !== "boolean") {
    throw new TypeError(`sgd nesterov must be true or false, got ${String(nesterov)}`);
  }
  if (nesterov && momentum === 0) {
    throw new RangeError("sgd nesterov needs a momentum greater than 0");
  }
  const clipping = clippingOf("sgd", options);
  return rate.control({
    name: "sgd",
    options: { ...learningRateOption(rate), momentum, nesterov, weightDecay, ...clipping },
    step(parameters) {
      const learningRate = rate.next();
      clip(parameters, clipping);
      for (const p of parameters) {
        const w = p.value, g = p.gradient;
        const decay = p.kind === "weights" ? weightDecay : 0;
        if (momentum === 0) {
          for (let k = 0; k < w.length; k++) w[k] -= learningRate * (g[k] + decay * w[k]);
        } else {
          const v = slot(p, "velocity");
          for (let k = 0; k < w.length; k++) {
            const gk = g[k] + decay * w[k];
            v[k] = momentum * v[k] + gk;
            w[k] -= learningRate * (nesterov ? gk + momentum * v[k] : v[k]);
          }
        }
      }
    },
  });
}
