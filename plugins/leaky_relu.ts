/**
 * The leaky rectified linear unit.
 *
 * @module
 */
import type { Activation } from "./activation.ts";
import { checkOptions } from "../lib/primitives/options.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";

/**
 * `leakyRelu(z) = z` for `z > 0`, else `alpha·z`; derivative 1 or `alpha`.
 *
 * @param options `alpha`, the slope for negative inputs: a finite number ≥ 0, default 0.01.
 * @returns The activation; its `options` record `alpha` for model files.
 * @throws {RangeError} If `alpha` is negative or not finite.
 *
 * @example A steeper leak
 * ```ts
 * import { leakyRelu, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 2);
 * leakyRelu({ alpha: 0.2 }).forward(Matrix.from([[-5, 5]]), a);
 * assert.deepEqual(a.toArray(), [[-1, 5]]);
 * ```
 */
export function leakyRelu(options: PluginOptions = {}): Activation {
  const alpha = checkOptions("leakyRelu", options, ["alpha"]).alpha ?? 0.01;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    throw new RangeError(`leakyRelu alpha must be a finite number ≥ 0, got ${String(alpha)}`);
  }
  // The slope is looked up by the 0/1 value of `z > 0` rather than branched on,
  // which keeps both passes fast on random signs.
  const slopes = new Float64Array([alpha, 1]);
  return {
    name: "leakyRelu",
    options: { alpha },
    forward(z, a) {
      const zd = z.data, ad = a.data;
      for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * slopes[+(zd[i] > 0)];
    },
    backward(z, _a, da, dz) {
      const zd = z.data, dad = da.data, dzd = dz.data;
      for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * slopes[+(zd[i] > 0)];
    },
  };
}
