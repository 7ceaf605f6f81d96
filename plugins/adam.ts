/**
 * Adam: adaptive moment estimation.
 *
 * @module
 */
import { checkOptions } from "../lib/primitives/options.ts";
import { NON_NEGATIVE, numberOption, POSITIVE, UNIT } from "../lib/primitives/number_option.ts";
import type { Optimizer } from "./optimizer.ts";
import { slot } from "./slot.ts";
import { clip, clippingOf } from "./clip.ts";
import { learningRateOption, type OptimizerOptions, rateOf } from "./learning_rate.ts";

/**
 * Adam as in Kingma & Ba (2015), Algorithm 1. At step `t` (from 1), for each
 * parameter: `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`,
 * `m̂ = m / (1 − β₁ᵗ)`, `v̂ = v / (1 − β₂ᵗ)`, `w ← w − learningRate·m̂ / (√v̂ + ε)`.
 * The step count `t` is kept per parameter, in `state.counters.adam`. With
 * `weightDecay` λ, the weights' gradient first gains `λ·w` (L2, as PyTorch's
 * `Adam(weight_decay=λ)`; biases are not decayed, as in `sgd`);
 * {@linkcode adamw} decays the weights apart from the gradient instead.
 *
 * @param options `learningRate` (> 0, default 0.001, or a schedule), `beta1` and `beta2` ([0, 1),
 *   defaults 0.9 and 0.999), `epsilon` (> 0, default 1e-8), `weightDecay` (≥ 0, default 0),
 *   and `clipNorm` or `clipValue` (> 0) to clip the gradients first (see `clip.ts`).
 * @returns The optimizer.
 * @throws {RangeError} If an option is out of range.
 *
 * @example The first step moves each weight by about the learning rate
 * ```ts
 * import { adam, type Parameter } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const p: Parameter = {
 *   name: "w", kind: "weights", value: new Float64Array([1]), gradient: new Float64Array([4]),
 *   state: { slots: {}, counters: {} },
 * };
 * adam({ learningRate: 0.1 }).step([p]);
 * // m̂ = 4, v̂ = 16, so w = 1 − 0.1 · 4 / (4 + 1e-8)
 * assert.equal(p.value[0], 1 - 0.1 * 4 / (4 + 1e-8));
 * ```
 */
export function adam(options: OptimizerOptions = {}): Optimizer {
  return adaptive("adam", options, 0, false);
}

/**
 * AdamW, Adam with decoupled weight decay (Loshchilov & Hutter, 2019), as
 * PyTorch's `AdamW`: each step first shrinks the weights,
 * `w ← w·(1 − learningRate·λ)`, then takes {@linkcode adam}'s step on the
 * undecayed gradient. Biases are not decayed.
 *
 * @param options As for `adam`, with `weightDecay` λ (≥ 0) defaulting to 0.01, PyTorch's default.
 * @returns The optimizer.
 * @throws {RangeError} If an option is out of range.
 *
 * @example With a zero gradient only the decay acts
 * ```ts
 * import { adamw, type Parameter } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const p: Parameter = {
 *   name: "w", kind: "weights", value: new Float64Array([2]), gradient: new Float64Array([0]),
 *   state: { slots: {}, counters: {} },
 * };
 * adamw({ learningRate: 0.1, weightDecay: 0.5 }).step([p]);
 * assert.equal(p.value[0], 2 * (1 - 0.1 * 0.5));
 * ```
 */
export function adamw(options: OptimizerOptions = {}): Optimizer {
  return adaptive("adamw", options, 0.01, true);
}

/** Adam's step, with weight decay added to the gradient or, when `decoupled`, applied apart. */
function adaptive(
  name: string,
  options: OptimizerOptions,
  defaultDecay: number,
  decoupled: boolean,
): Optimizer {
  checkOptions(name, options, [
    "learningRate",
    "beta1",
    "beta2",
    "epsilon",
    "weightDecay",
    "clipNorm",
    "clipValue",
  ]);
  const rate = rateOf(name, options, 0.001);
  const beta1 = numberOption(name, options, "beta1", 0.9, UNIT);
  const beta2 = numberOption(name, options, "beta2", 0.999, UNIT);
  const epsilon = numberOption(name, options, "epsilon", 1e-8, POSITIVE);
  const weightDecay = numberOption(name, options, "weightDecay", defaultDecay, NON_NEGATIVE);
  const clipping = clippingOf(name, options);
  return rate.control({
    name,
    options: { ...learningRateOption(rate), beta1, beta2, epsilon, weightDecay, ...clipping },
    step(parameters) {
      const learningRate = rate.next();
      clip(parameters, clipping);
      for (const p of parameters) {
        const t = p.state.counters.adam = (p.state.counters.adam ?? 0) + 1;
        const w = p.value, g = p.gradient;
        const m = slot(p, "m"), v = slot(p, "v");
        const c1 = 1 - beta1 ** t, c2 = 1 - beta2 ** t;
        const decay = p.kind === "weights" ? weightDecay : 0;
        const l2 = decoupled ? 0 : decay, shrink = decoupled ? 1 - learningRate * decay : 1;
        for (let k = 0; k < w.length; k++) {
          const gk = g[k] + l2 * w[k];
          m[k] = beta1 * m[k] + (1 - beta1) * gk;
          v[k] = beta2 * v[k] + (1 - beta2) * gk * gk;
          w[k] = w[k] * shrink - (learningRate * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + epsilon);
        }
      }
    },
  });
}
