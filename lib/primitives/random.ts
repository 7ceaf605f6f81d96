/**
 * Seeded random numbers. Every random draw in the library goes through a
 * {@linkcode Random}, so the same seed always gives the same bits.
 *
 * @module
 */

/** A source of random numbers; implement it to plug in another generator. */
export interface Random {
  /** A uniform draw from [0, 1) with 53 random bits. */
  random(): number;
  /** A draw from the standard normal distribution. */
  normal(): number;
}

/**
 * Creates the library's default generator, xoshiro128** seeded through
 * splitmix32, with normals from the Marsaglia polar method.
 *
 * @param seed Any safe integer; equal seeds give identical sequences.
 * @returns A new generator.
 * @throws {RangeError} If `seed` is not a safe integer.
 *
 * @example Same seed, same draws
 * ```ts
 * import { createRandom } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const a = createRandom(42);
 * const b = createRandom(42);
 * assert.equal(a.random(), b.random());
 * assert.equal(a.normal(), b.normal());
 * ```
 */
export function createRandom(seed: number): Random {
  const random = uniform53(xoshiro128(seedWords(seed)).next32);
  const normal = polarNormal(random);
  return { random, normal };
}

/**
 * The four 32-bit state words a seed gives, through splitmix32 (never all 0).
 *
 * @throws {RangeError} If `seed` is not a safe integer.
 */
export function seedWords(seed: number): number[] {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`Seed must be a safe integer, got ${seed}`);
  }
  let x = (seed >>> 0) ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 0x9e3779b9);
  const splitmix = (): number => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const words = [splitmix(), splitmix(), splitmix(), splitmix()];
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return words;
}

/** xoshiro128** from four 32-bit state words, with the state readable to save and resume it. */
export function xoshiro128(words: readonly number[]): {
  next32: () => number;
  state: () => number[];
} {
  let [s0, s1, s2, s3] = words;
  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return { next32, state: () => [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0] };
}

/**
 * Uniform draws from [0, 1) with 53 random bits, built from two 32-bit outputs
 * as NumPy's `random_sample` builds them: `(a >>> 5) · 2²⁶ + (b >>> 6)`, over 2⁵³.
 */
export function uniform53(next32: () => number): () => number {
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}

/**
 * Standard normals by the Marsaglia polar method: each accepted pair (u, v)
 * gives two values, the second kept for the next call. `numpyOrder` returns
 * v·f first, as NumPy's legacy `randn` does; otherwise u·f comes first.
 */
export function polarNormal(random: () => number, numpyOrder = false): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * random() - 1;
      v = 2 * random() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    hasSpare = true;
    spare = numpyOrder ? u * f : v * f;
    return numpyOrder ? v * f : u * f;
  };
}

function rotl(v: number, k: number): number {
  return (v << k) | (v >>> (32 - k));
}

/** The usual options of anything random: a generator, or a seed for a new one. */
export interface RandomOptions {
  /** The generator to draw from; takes precedence over `seed`. */
  random?: Random;
  /** Seed for a new generator when `random` is not given. */
  seed?: number;
}

/**
 * Resolves the usual `{ random, seed }` options to a generator: the given
 * generator, else a new one from `seed`, else one seeded from the platform's
 * cryptographic source (not reproducible; pass a seed for that).
 *
 * @param options The caller's options.
 * @returns A generator.
 */
export function resolveRandom(options: RandomOptions = {}): Random {
  const { random } = options;
  if (random !== undefined) {
    if (
      random === null || typeof random.random !== "function" || typeof random.normal !== "function"
    ) {
      throw new TypeError("random must have random() and normal() methods, as createRandom gives");
    }
    return random;
  }
  if (options.seed !== undefined) return createRandom(options.seed);
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return createRandom(word[0]);
}
