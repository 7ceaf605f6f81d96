/**
 * The mish activation.
 *
 * @module
 */
import type { Activation } from "./activation.ts";
import { logistic } from "./sigmoid.ts";
import { softplusOf } from "./softplus.ts";

/**
 * `mish(z) = z·tanh(softplus(z))` (PyTorch's `Mish`); with `t` that tanh, its
 * derivative is `t + z·(1 − t²)·σ(z)`, since `softplus' = σ`.
 *
 * @example Negative inputs give small negative outputs
 * ```ts
 * import { Matrix, mish } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * mish.forward(Matrix.from([[-1000, 0, 1000]]), a);
 * assert.deepEqual(a.toArray(), [[-0, 0, 1000]]);
 * ```
 */
export const mish: Activation = {
  name: "mish",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * Math.tanh(softplusOf(zd[i]));
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i], t = Math.tanh(softplusOf(v));
      const flat = 1 - t * t;
      dzd[i] = dad[i] * (t + (flat === 0 ? 0 : v * flat * logistic(v)));
    }
  },
};
