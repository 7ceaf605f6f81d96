/**
 * The softplus function, a smooth ReLU.
 *
 * @module
 */
import type { Activation } from "./activation.ts";
import { logistic } from "./sigmoid.ts";

/**
 * `softplus(z) = ln(1 + eᶻ)`, computed as `max(z, 0) + ln(1 + e^−|z|)` so that
 * it stays exact for large |z|; its derivative is the logistic function
 * `σ(z)`. PyTorch's `Softplus` with its defaults (β = 1) computes the same,
 * except that it returns `z` itself above `z = 20`, where the two differ by
 * less than 2.1·10⁻⁹.
 *
 * @example Near 0 for very negative inputs, near z for large ones
 * ```ts
 * import { Matrix, softplus } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * softplus.forward(Matrix.from([[-1000, 0, 1000]]), a);
 * assert.deepEqual(a.toArray(), [[0, Math.LN2, 1000]]);
 * ```
 */
export const softplus: Activation = {
  name: "softplus",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = softplusOf(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * logistic(zd[i]);
  },
};

/** `ln(1 + eˣ)` of one number, exact for large |x|. */
export function softplusOf(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
