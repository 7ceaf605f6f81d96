/**
 * The sigmoid linear unit, also called swish.
 *
 * @module
 */
import type { Activation } from "./activation.ts";
import { logistic } from "./sigmoid.ts";

/**
 * `silu(z) = z·σ(z)` (PyTorch's `SiLU`; registered as `silu` and as `swish`);
 * its derivative is `σ(z)·(1 + z·(1 − σ(z)))`.
 *
 * @example Its minimum, about −0.278 near z = −1.278
 * ```ts
 * import { Matrix, silu } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 1);
 * silu.forward(Matrix.from([[-1.2784645]]), a);
 * assert.equal(a.data[0].toFixed(4), "-0.2785");
 * ```
 */
export const silu: Activation = {
  name: "silu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * logistic(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i], s = logistic(v);
      dzd[i] = dad[i] * s * (1 + v * (1 - s));
    }
  },
};
