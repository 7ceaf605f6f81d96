/**
 * Log-loss, also called binary cross-entropy.
 *
 * @module
 */
import type { Loss } from "./loss.ts";
import { assertProbabilities, PROBABILITY_FLOOR } from "./probability.ts";
import { sigmoid } from "./sigmoid.ts";

/**
 * `L = −Σ [y·log ŷ + (1 − y)·log(1 − ŷ)] / (m·n)` over an `m × n` batch, for
 * sigmoid outputs (one binary label per column).
 *
 * Predictions are clamped to [1e-12, 1 − 1e-12] inside the logarithms, so outputs
 * of exactly 0 or 1 give finite values. After a sigmoid the engine uses the fused
 * form: the loss from the logits `z` as `max(z, 0) − y·z + log(1 + e^(−|z|))`, exact
 * for any finite `z`, and the delta `∂L/∂z = (ŷ − y) / (m·n)`.
 *
 * @example A confident wrong answer costs a lot, but finitely
 * ```ts
 * import { logLoss, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const loss = logLoss.value(Matrix.from([[1]]), Matrix.from([[0]]));
 * assert.ok(Number.isFinite(loss) && loss > 27);
 * assert.equal(logLoss.value(Matrix.from([[0.5]]), Matrix.from([[1]])), Math.LN2);
 * ```
 */
export const logLoss: Loss = {
  name: "logLoss",
  targets: "probability",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("logLoss", yHat);
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const q = clamp(p[k]);
        sum -= wi * (t[k] * Math.log(q) + (1 - t[k]) * Math.log(1 - q));
      }
    }
    return sum / p.length;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    const n = p.length;
    for (let i = 0; i < rows; i++) {
      const wi = w === undefined ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const q = clamp(p[k]);
        g[k] = wi * ((q - t[k]) / (q * (1 - q) * n));
      }
    }
  },
  fused: [{
    activation: sigmoid,
    value(z, y, w) {
      const s = z.data, t = y.data, { rows, cols } = z;
      let sum = 0;
      for (let i = 0; i < rows; i++) {
        const wi = w === undefined ? 1 : w[i];
        for (let k = i * cols; k < (i + 1) * cols; k++) {
          const v = s[k];
          sum += wi * (Math.max(v, 0) - t[k] * v + Math.log1p(Math.exp(-Math.abs(v))));
        }
      }
      return sum / s.length;
    },
    delta(a, y, dz, w) {
      const p = a.data, t = y.data, g = dz.data, { rows, cols } = a;
      const n = p.length;
      for (let i = 0; i < rows; i++) {
        const wi = w === undefined ? 1 : w[i];
        for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = wi * ((p[k] - t[k]) / n);
      }
    },
  }],
};

function clamp(p: number): number {
  return Math.min(Math.max(p, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
}
