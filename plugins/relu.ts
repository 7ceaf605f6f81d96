/**
 * The rectified linear unit.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `relu(z) = max(0, z)`, whose derivative is 1 for `z > 0` and 0 otherwise
 * (0 at the kink, as NumPy-style implementations take it).
 *
 * Both passes multiply by the 0/1 mask `z > 0` rather than branch, which keeps
 * them fast on random signs. So a NaN in `z` stays NaN, and so does −∞ (an
 * overflowed `Z`): the model then reports the layer's non-finite output instead
 * of hiding it behind a 0. Likewise an infinite `∂L/∂A` gives NaN where `z ≤ 0`.
 *
 * @example Negative values become zero
 * ```ts
 * import { Matrix, relu } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * relu.forward(Matrix.from([[-1, 0, 2]]), a);
 * assert.deepEqual(a.toArray(), [[0, 0, 2]]);
 * ```
 */
export const relu: Activation = {
  name: "relu",
  kernel: "relu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = v * +(v > 0) + 0; // + 0 turns −0 into 0
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * +(zd[i] > 0) + 0;
  },
};
