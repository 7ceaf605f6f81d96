/**
 * Categorical cross-entropy.
 *
 * @module
 */
import type { Loss } from "./loss.ts";
import { assertProbabilities, logSumExp, PROBABILITY_FLOOR } from "./probability.ts";
import { softmax } from "./softmax.ts";

/**
 * `L = −Σᵢ Σⱼ yᵢⱼ·log ŷᵢⱼ / m` over `m` samples, for softmax outputs and one-hot
 * (or probability) targets whose rows sum to 1.
 *
 * Predictions are floored at 1e-12 inside the logarithm, so a zero probability
 * gives a finite value. After a softmax the engine uses the fused form: the loss
 * from the logits as `Σⱼ yᵢⱼ (logsumexp(zᵢ) − zᵢⱼ)`, exact for any finite logits,
 * and the delta `∂L/∂z = (Ŷ − Y) / m`.
 *
 * @example Hand-computed value
 * ```ts
 * import { crossEntropy, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * // −(log 0.5 + log 0.25) / 2
 * const value = crossEntropy.value(Matrix.from([[0.5, 0.5], [0.75, 0.25]]), Matrix.from([[1, 0], [0, 1]]));
 * assert.equal(value, -(Math.log(0.5) + Math.log(0.25)) / 2);
 * ```
 */
export const crossEntropy: Loss = {
  name: "crossEntropy",
  targets: "distribution",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("crossEntropy", yHat);
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        if (t[k] !== 0) sum -= wi * (t[k] * Math.log(Math.max(p[k], PROBABILITY_FLOOR)));
      }
    }
    return sum / rows;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        g[k] = wi * (-t[k] / (Math.max(p[k], PROBABILITY_FLOOR) * rows));
      }
    }
  },
  fused: [{
    activation: softmax,
    value(z, y, w) {
      const { rows, cols } = z;
      const s = z.data, t = y.data;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const o = i * cols, wi = w === undefined ? 1 : w[i];
        const lse = logSumExp(s, o, cols);
        for (let j = 0; j < cols; j++) {
          if (t[o + j] !== 0) sum += wi * (t[o + j] * (lse - s[o + j]));
        }
      }
      return sum / rows;
    },
    delta(a, y, dz, w) {
      const p = a.data, t = y.data, g = dz.data, { rows, cols } = a;
      for (let i = 0; i < rows; i++) {
        const wi = w === undefined ? 1 : w[i];
        for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = wi * ((p[k] - t[k]) / rows);
      }
    },
  }],
};
