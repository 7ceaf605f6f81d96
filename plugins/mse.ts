/**
 * Mean squared error.
 *
 * @module
 */
import type { Loss } from "./loss.ts";

/**
 * `L = Σ (ŷ − y)² / (m·n)` over an `m × n` batch (the mean over every entry, as
 * Keras and TensorFlow.js define it), with `∂L/∂ŷ = 2 (ŷ − y) / (m·n)`.
 *
 * @example Hand-computed value
 * ```ts
 * import { Matrix, mse } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * // ((1 − 0)² + (2 − 4)²) / 2 = 2.5
 * assert.equal(mse.value(Matrix.from([[1], [2]]), Matrix.from([[0], [4]])), 2.5);
 * ```
 */
export const mse: Loss = {
  name: "mse",
  targets: "real",
  weighted: true,
  value(yHat, y, w) {
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const e = p[k] - t[k];
        sum += wi * (e * e);
      }
    }
    return sum / p.length;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    const scale = 2 / p.length;
    for (let i = 0; i < rows; i++) {
      const s = w === undefined ? scale : w[i] * scale;
      for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = s * (p[k] - t[k]);
    }
  },
};
