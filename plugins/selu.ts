/**
 * The scaled exponential linear unit.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/** SELU's α, from Klambauer et al. (2017), as PyTorch writes it. */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
/** SELU's scale λ, from the same paper. */
export const SELU_SCALE = 1.0507009873554804934193349852946;

/**
 * `selu(z) = λ·z` for `z > 0`, else `λ·α·(eᶻ − 1)`, with PyTorch's constants
 * {@linkcode SELU_ALPHA} and {@linkcode SELU_SCALE}; derivative `λ`, or
 * `λ·α·eᶻ` for `z ≤ 0`.
 *
 * @example The scale above 0
 * ```ts
 * import { Matrix, selu, SELU_SCALE } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 2);
 * selu.forward(Matrix.from([[0, 2]]), a);
 * assert.deepEqual(a.toArray(), [[0, 2 * SELU_SCALE]]);
 * ```
 */
export const selu: Activation = {
  name: "selu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = SELU_SCALE * (v > 0 ? v : SELU_ALPHA * Math.expm1(v));
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      dzd[i] = dad[i] * SELU_SCALE * (v > 0 ? 1 : SELU_ALPHA * Math.exp(v));
    }
  },
};
