/**
 * The logistic sigmoid.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `σ(z) = 1 / (1 + e^(−z))`, with `σ'(z) = σ(z)(1 − σ(z))`.
 *
 * Computed without overflow for any finite `z` (e^(−|z|) only), so ±1000 give
 * exactly 1 and 0 rather than NaN.
 *
 * @example Symmetric around zero
 * ```ts
 * import { Matrix, sigmoid } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * sigmoid.forward(Matrix.from([[-1000, 0, 1000]]), a);
 * assert.deepEqual(a.toArray(), [[0, 0.5, 1]]);
 * ```
 */
export const sigmoid: Activation = {
  name: "sigmoid",
  probability: "independent",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = logistic(zd[i]);
  },
  backward(_z, a, da, dz) {
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < ad.length; i++) dzd[i] = dad[i] * ad[i] * (1 - ad[i]);
  },
};

/** The logistic function of one number, stable for large |x|. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
