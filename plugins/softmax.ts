/**
 * The softmax over each row.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z)` for each row, so large logits
 * never overflow. Its vector-Jacobian product is `dzᵢ = aᵢ (daᵢ − Σⱼ aⱼ daⱼ)`.
 *
 * Paired with `crossEntropy`, the engine skips this product and uses the fused
 * delta `Ŷ − Y`.
 *
 * @example Rows sum to one
 * ```ts
 * import { Matrix, softmax } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(2, 2);
 * softmax.forward(Matrix.from([[0, 0], [1000, -1000]]), a);
 * assert.deepEqual(a.toArray(), [[0.5, 0.5], [1, 0]]);
 * ```
 */
export const softmax: Activation = {
  name: "softmax",
  probability: "distribution",
  forward(z, a) {
    const { rows, cols } = z;
    const zd = z.data, ad = a.data;
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      let max = -Infinity;
      for (let j = 0; j < cols; j++) if (zd[o + j] > max) max = zd[o + j];
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const e = Math.exp(zd[o + j] - max);
        ad[o + j] = e;
        sum += e;
      }
      for (let j = 0; j < cols; j++) ad[o + j] /= sum;
    }
  },
  backward(_z, a, da, dz) {
    const { rows, cols } = a;
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += ad[o + j] * dad[o + j];
      for (let j = 0; j < cols; j++) dzd[o + j] = ad[o + j] * (dad[o + j] - dot);
    }
  },
};
