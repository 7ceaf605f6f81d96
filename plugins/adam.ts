/**
 * Adam: adaptive moment estimation.
 *
 * @module
 */
import { checkOptions } from "../lib/primitives/options.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";
import { numberOption, POSITIVE, UNIT } from "../lib/primitives/number_option.ts";
import type { Optimizer } from "./optimizer.ts";
import { slot } from "./slot.ts";

/**
 * Adam as in Kingma & Ba (2015), Algorithm 1. At step `t` (from 1), for each
 * parameter: `m ← β₁m + (1 − β₁)g`, `v ← β₂v + (1 − β₂)g²`,
 * `m̂ = m / (1 − β₁ᵗ)`, `v̂ = v / (1 − β₂ᵗ)`, `w ← w − learningRate·m̂ / (√v̂ + ε)`.
 * The step count `t` is kept per parameter, in `state.counters.adam`.
 *
 * @param options `learningRate` (> 0, default 0.001), `beta1` and `beta2` ([0, 1),
 *   defaults 0.9 and 0.999), `epsilon` (> 0, default 1e-8).
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
export function adam(options: PluginOptions = {}): Optimizer {
  checkOptions("adam", options, ["learningRate", "beta1", "beta2", "epsilon"]);
  const learningRate = numberOption("adam", options, "learningRate", 0.001, POSITIVE);
  const beta1 = numberOption("adam", options, "beta1", 0.9, UNIT);
  const beta2 = numberOption("adam", options, "beta2", 0.999, UNIT);
  const epsilon = numberOption("adam", options, "epsilon", 1e-8, POSITIVE);
  return {
    name: "adam",
    options: { learningRate, beta1, beta2, epsilon },
    step(parameters) {
      for (const p of parameters) {
        const t = p.state.counters.adam = (p.state.counters.adam ?? 0) + 1;
        const w = p.value, g = p.gradient;
        const m = slot(p, "m"), v = slot(p, "v");
        const c1 = 1 - beta1 ** t, c2 = 1 - beta2 ** t;
        for (let k = 0; k < w.length; k++) {
          m[k] = beta1 * m[k] + (1 - beta1) * g[k];
          v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
          w[k] -= (learningRate * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + epsilon);
        }
      }
    },
  };
}
