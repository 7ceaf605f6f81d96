/**
 * The identity activation.
 *
 * @module
 */
import type { Activation } from "./activation.ts";

/**
 * `linear(z) = z`, so `dz = da`. The usual output for regression.
 *
 * @example Values pass through
 * ```ts
 * import { linear, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = new Matrix(1, 2);
 * linear.forward(Matrix.from([[-2, 3]]), a);
 * assert.deepEqual(a.toArray(), [[-2, 3]]);
 * ```
 */
export const linear: Activation = {
  name: "linear",
  forward(z, a) {
    a.data.set(z.data);
  },
  backward(_z, _a, da, dz) {
    if (dz !== da) dz.data.set(da.data);
  },
};
