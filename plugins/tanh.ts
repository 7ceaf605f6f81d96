/**
 * The hyperbolic tangent.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `tanh(z)`, with `tanh'(z) = 1 − tanh²(z)`.
 *
 * @example Odd and bounded
 * ```ts
 * import { Matrix, tanh } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * tanh.forward(Matrix.from([[-1000, 0, 1000]]), a);
 * assert.deepEqual(a.toArray(), [[-1, 0, 1]]);
 * ```
 */
export const tanh: Activation = {
  name: "tanh",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = Math.tanh(zd[i]);
  },
  backward(_z, a, da, dz) {
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < ad.length; i++) dzd[i] = dad[i] * (1 - ad[i] * ad[i]);
  },
};
