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
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] > 0 ? zd[i] : 0;
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) dzd[i] = zd[i] > 0 ? dad[i] : 0;
  },
};
