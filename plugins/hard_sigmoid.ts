/**
 * The hard sigmoid, a piecewise-linear sigmoid.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `hardSigmoid(z) = 0` for `z ≤ −3`, `1` for `z ≥ 3`, else `z/6 + ½`
 * (PyTorch's `Hardsigmoid`); its derivative is `1/6` between −3 and 3 and 0
 * outside (0 at the kinks, as PyTorch takes it).
 *
 * @example Linear in the middle, flat outside
 * ```ts
 * import { hardSigmoid, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 4);
 * hardSigmoid.forward(Matrix.from([[-4, 0, 1.5, 4]]), a);
 * assert.deepEqual(a.toArray(), [[0, 0.5, 0.75, 1]]);
 * ```
 */
export const hardSigmoid: Activation = {
  name: "hardSigmoid",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5;
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      dzd[i] = v > -3 && v < 3 ? dad[i] / 6 : 0 * dad[i];
    }
  },
};
