/**
 * The tanh approximation of the Gaussian error linear unit.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/** `√(2/π)`. */
const K = Math.sqrt(2 / Math.PI);
const C = 0.044715;

/**
 * `geluTanh(z) = ½·z·(1 + tanh(√(2/π)·(z + 0.044715·z³)))`, PyTorch's `GELU`
 * with `approximate="tanh"` (and the form of GPT-2); with `t` that tanh, its
 * derivative is `½·(1 + t) + ½·z·(1 − t²)·√(2/π)·(1 + 3·0.044715·z²)`.
 *
 * @example Close to the exact form
 * ```ts
 * import { gelu, geluTanh, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const z = Matrix.from([[-2, -0.5, 0.5, 2]]), a = new Matrix(1, 4), b = new Matrix(1, 4);
 * geluTanh.forward(z, a);
 * gelu.forward(z, b);
 * for (let i = 0; i < 4; i++) assert.ok(Math.abs(a.data[i] - b.data[i]) < 1e-3);
 * ```
 */
export const geluTanh: Activation = {
  name: "geluTanh",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = 0.5 * v * (1 + Math.tanh(K * (v + C * v * v * v)));
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      const t = Math.tanh(K * (v + C * v * v * v));
      const flat = 1 - t * t; // 0 once tanh saturates, where z² may be infinite
      dzd[i] = dad[i] *
        (0.5 * (1 + t) + (flat === 0 ? 0 : 0.5 * v * flat * K * (1 + 3 * C * v * v)));
    }
  },
};
