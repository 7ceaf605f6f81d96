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
  value(yHat, y) {
    assertProbabilities("logLoss", yHat);
    const p = yHat.data, t = y.data;
    let sum = 0;
    for (let k = 0; k < p.length; k++) {
      const q = clamp(p[k]);
      sum -= t[k] * Math.log(q) + (1 - t[k]) * Math.log(1 - q);
    }
    return sum / p.length;
  },
  gradient(yHat, y, out) {
    const p = yHat.data, t = y.data, g = out.data;
    const n = p.length;
    for (let k = 0; k < n; k++) {
      const q = clamp(p[k]);
      g[k] = (q - t[k]) / (q * (1 - q) * n);
    }
  },
  fused: [{
    activation: sigmoid,
    value(z, y) {
      const s = z.data, t = y.data;
      let sum = 0;
      for (let k = 0; k < s.length; k++) {
        const v = s[k];
        sum += Math.max(v, 0) - t[k] * v + Math.log1p(Math.exp(-Math.abs(v)));
      }
      return sum / s.length;
    },
    delta(a, y, dz) {
      const p = a.data, t = y.data, g = dz.data;
      const n = p.length;
      for (let k = 0; k < n; k++) g[k] = (p[k] - t[k]) / n;
    },
  }],
};

function clamp(p: number): number {
  return Math.min(Math.max(p, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
}
