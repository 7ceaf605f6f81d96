/**
 * The Gaussian error linear unit, in its exact (erf) form.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

const SQRT_HALF = Math.SQRT1_2;
/** `1/√(2π)`, the standard normal density at 0. */
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** `2/√π`. */
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * `gelu(z) = z·Φ(z)`, where `Φ(z) = ½·erfc(−z/√2)` is the standard normal
 * distribution function (PyTorch's `GELU` with `approximate="none"`); its
 * derivative is `Φ(z) + z·φ(z)`, with the density `φ(z) = e^(−z²/2)/√(2π)`.
 * {@linkcode geluTanh} is the tanh approximation.
 *
 * @example About z above 4, about 0 below −4
 * ```ts
 * import { gelu, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 3);
 * gelu.forward(Matrix.from([[-1000, 0, 1000]]), a);
 * assert.deepEqual(a.toArray(), [[-0, 0, 1000]]);
 * ```
 */
export const gelu: Activation = {
  name: "gelu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * normalCdf(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      const density = v * v > 1500 ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * v * v);
      dzd[i] = dad[i] * (normalCdf(v) + (density === 0 ? 0 : v * density));
    }
  },
};

/** `Φ(x)`, the standard normal distribution function, to about 1e-15 relative. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * SQRT_HALF);
}

/**
 * `erfc(x) = 1 − erf(x)`, accurate where it is small: a series of positive
 * terms for |x| < 2, and the continued fraction of Laplace beyond (evaluated
 * with the modified Lentz method).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) return 1 - erfSeries(x);
  if (x > 27) return 0; // e^(−x²) underflows
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
  const tiny = 1e-300;
  let f = x, c = x, d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** `erf(x)` for 0 ≤ x < 2: `2/√π · e^(−x²) · Σ 2ⁿ·x^(2n+1) / (1·3·…·(2n+1))`, every term positive. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x, sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}
