/**
 * The exponential linear unit.
 *
 * @module
 */
import type { Activation } from "./activation.ts";
import { checkOptions } from "../lib/primitives/options.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";

/**
 * `elu(z) = z` for `z > 0`, else `alpha·(eᶻ − 1)`; derivative 1, or
 * `alpha·eᶻ` for `z ≤ 0` (PyTorch's `ELU`, whose `alpha` defaults to 1).
 *
 * @param options `alpha`, the value approached for very negative inputs is −alpha: a finite number ≥ 0, default 1.
 * @returns The activation; its `options` record `alpha` for model files.
 * @throws {RangeError} If `alpha` is negative or not finite.
 *
 * @example Negative inputs saturate at −alpha
 * ```ts
 * import { elu, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * elu({ alpha: 2 }).forward(Matrix.from([[-1000, 0, 3]]), a);
 * assert.deepEqual(a.toArray(), [[-2, 0, 3]]);
 * ```
 */
export function elu(options: PluginOptions = {}): Activation {
  const alpha = checkOptions("elu", options, ["alpha"]).alpha ?? 1;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    throw new RangeError(`elu alpha must be a finite number ≥ 0, got ${String(alpha)}`);
  }
  return {
    name: "elu",
    options: { alpha },
    forward(z, a) {
      const zd = z.data, ad = a.data;
      for (let i = 0; i < zd.length; i++) {
        const v = zd[i];
        ad[i] = v > 0 ? v : alpha * Math.expm1(v);
      }
    },
    backward(z, _a, da, dz) {
      const zd = z.data, dad = da.data, dzd = dz.data;
      for (let i = 0; i < zd.length; i++) {
        const v = zd[i];
        dzd[i] = dad[i] * (v > 0 ? 1 : alpha * Math.exp(v));
      }
    },
  };
}
