/**
 * NumPy's legacy random generator, bit for bit: MT19937 seeded as
 * `np.random.seed(n)` seeds it, `random_sample`, `uniform`, and the legacy
 * `randn` (polar Box–Muller with a cached second value). With it, a script can
 * draw exactly the numbers a NumPy notebook drew.
 *
 * @module
 */
import { polarNormal, type Random, uniform53 } from "./random.ts";

const N = 624;
const M = 397;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df;

/** A NumPy-compatible generator; it is also a {@linkcode Random}, usable by any initializer. */
export interface NumpyRandom extends Random {
  /** `np.random.random_sample()`: a uniform draw from [0, 1) with 53 random bits. */
  random(): number;
  /** `np.random.randn()` / `standard_normal()`: the legacy polar method, second value cached. */
  normal(): number;
  /** `np.random.uniform(low, high)`: `low + (high − low) · random_sample()`. */
  uniform(low: number, high: number): number;
  /** The next raw 32-bit output of MT19937 (`genrand_int32`). */
  nextUint32(): number;
}

/**
 * Creates the generator `np.random.seed(seed)` gives.
 *
 * @param seed An integer in [0, 2³² − 1], as NumPy's legacy seeding accepts.
 * @returns The generator.
 * @throws {RangeError} If the seed is not such an integer.
 *
 * @example The first draws of `np.random.seed(0)`
 * ```ts
 * import { numpyRandom } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const random = numpyRandom(0);
 * assert.equal(random.random(), 0.5488135039273248); // np.random.rand()
 * assert.equal(random.random(), 0.7151893663724195);
 * assert.equal(numpyRandom(0).normal(), 1.764052345967664); // np.random.randn()
 * ```
 */
export function numpyRandom(seed: number): NumpyRandom {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`numpyRandom seed must be an integer in [0, 2^32 - 1], got ${seed}`);
  }
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  let index = N;

  const twist = (): void => {
    for (let i = 0; i < N; i++) {
      const y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
      mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    index = 0;
  };
  const nextUint32 = (): number => {
    if (index >= N) twist();
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  const random = uniform53(nextUint32);
  const normal = polarNormal(random, true);
  return {
    random,
    normal,
    uniform: (low, high) => low + (high - low) * random(),
    nextUint32,
  };
}
