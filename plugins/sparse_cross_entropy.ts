/**
 * Categorical cross-entropy on class indices.
 *
 * @module
 */
import type { Loss } from "./loss.ts";
import { assertProbabilities, logSumExp, PROBABILITY_FLOOR } from "./probability.ts";
import { softmax } from "./softmax.ts";

/**
 * `L = −Σᵢ log ŷᵢ,cᵢ / m` over `m` samples, for softmax outputs and targets
 * given as one column of class indices `cᵢ` (Keras's
 * `SparseCategoricalCrossentropy`): the same value and gradients as
 * `crossEntropy` on the one-hot rows of those classes, without building them.
 *
 * Predictions are floored at 1e-12 inside the logarithm. After a softmax the
 * engine uses the fused form: the loss from the logits as
 * `logsumexp(zᵢ) − zᵢ,cᵢ`, exact for any finite logits, and the delta
 * `∂L/∂zᵢⱼ = (ŷᵢⱼ − [j = cᵢ]) / m`.
 *
 * @example Hand-computed value, equal to crossEntropy on one-hot targets
 * ```ts
 * import { crossEntropy, Matrix, sparseCrossEntropy } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const yHat = Matrix.from([[0.5, 0.5], [0.75, 0.25]]);
 * const value = sparseCrossEntropy.value(yHat, Matrix.from([[0], [1]]));
 * assert.equal(value, -(Math.log(0.5) + Math.log(0.25)) / 2);
 * assert.equal(value, crossEntropy.value(yHat, Matrix.from([[1, 0], [0, 1]])));
 * ```
 */
export const sparseCrossEntropy: Loss = {
  name: "sparseCrossEntropy",
  targets: "index",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("sparseCrossEntropy", yHat);
    const p = yHat.data, c = y.data, { rows, cols } = yHat;
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      sum -= wi * Math.log(Math.max(p[i * cols + c[i]], PROBABILITY_FLOOR));
    }
    return sum / rows;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, c = y.data, g = out.data, { rows, cols } = yHat;
    g.fill(0);
    for (let i = 0; i < rows; i++) {
      const k = i * cols + c[i], wi = w === undefined ? 1 : w[i];
      g[k] = wi * (-1 / (Math.max(p[k], PROBABILITY_FLOOR) * rows));
    }
  },
  fused: [{
    activation: softmax,
    value(z, y, w) {
      const { rows, cols } = z;
      const s = z.data, c = y.data;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const o = i * cols, wi = w === undefined ? 1 : w[i];
        sum += wi * (logSumExp(s, o, cols) - s[o + c[i]]);
      }
      return sum / rows;
    },
    delta(a, y, dz, w) {
      const p = a.data, c = y.data, g = dz.data, { rows, cols } = a;
      for (let i = 0; i < rows; i++) {
        const o = i * cols, wi = w === undefined ? 1 : w[i];
        for (let j = 0; j < cols; j++) {
          g[o + j] = wi * ((p[o + j] - (j === c[i] ? 1 : 0)) / rows);
        }
      }
    },
  }],
};
