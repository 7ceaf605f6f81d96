/**
 * Weight initializers. Each fills a row-major `inputs × outputs` weight matrix,
 * drawing in storage order from the generator it is given.
 *
 * @module
 */
import type { Random } from "../primitives/random.ts";

/** Fills `weights` (length `inputs · outputs`, row-major inputs × outputs) with initial values. */
export type Initializer = (
  weights: Float64Array,
  inputs: number,
  outputs: number,
  random: Random,
) => void;

/**
 * Uniform on `[a, b)`: each weight is `a + (b − a)·u` for a uniform draw `u`.
 *
 * @param a Lower bound.
 * @param b Upper bound, greater than `a`.
 * @returns The initializer.
 * @throws {RangeError} If the bounds are not finite or `b ≤ a`.
 *
 * @example Bounds hold
 * ```ts
 * import { createRandom, uniform } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(100);
 * uniform(-0.1, 0.1)(w, 10, 10, createRandom(1));
 * assert.ok(w.every((x) => x >= -0.1 && x < 0.1));
 * ```
 */
export function uniform(a: number, b: number): Initializer {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) {
    throw new RangeError(`uniform(a, b) needs finite bounds with a < b, got (${a}, ${b})`);
  }
  return (weights, _inputs, _outputs, random) => {
    for (let k = 0; k < weights.length; k++) weights[k] = a + (b - a) * random.random();
  };
}

/**
 * Normal with mean 0 and standard deviation `std`.
 *
 * @param std The standard deviation, a finite number ≥ 0.
 * @returns The initializer.
 * @throws {RangeError} If `std` is negative or not finite.
 *
 * @example Scaled normal draws
 * ```ts
 * import { createRandom, normal } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(2);
 * normal(0.1)(w, 1, 2, createRandom(3));
 * const r = createRandom(3);
 * assert.deepEqual(Array.from(w), [0.1 * r.normal(), 0.1 * r.normal()]);
 * ```
 */
export function normal(std: number): Initializer {
  if (!Number.isFinite(std) || std < 0) {
    throw new RangeError(`normal(std) needs a finite std ≥ 0, got ${std}`);
  }
  return (weights, _inputs, _outputs, random) => {
    for (let k = 0; k < weights.length; k++) weights[k] = std * random.normal();
  };
}

/**
 * Glorot (Xavier) uniform: `U(−l, l)` with `l = √(6 / (inputs + outputs))`. The default.
 *
 * @example Within the limit
 * ```ts
 * import { createRandom, glorotUniform } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(6);
 * glorotUniform(w, 2, 3, createRandom(0));
 * assert.ok(w.every((x) => Math.abs(x) < Math.sqrt(6 / 5)));
 * ```
 */
export const glorotUniform: Initializer = (weights, inputs, outputs, random) => {
  const limit = Math.sqrt(6 / (inputs + outputs));
  uniform(-limit, limit)(weights, inputs, outputs, random);
};

/**
 * Glorot (Xavier) normal: `N(0, σ²)` with `σ = √(2 / (inputs + outputs))`, untruncated.
 *
 * @example Scaled by fan-in and fan-out
 * ```ts
 * import { createRandom, glorotNormal } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(1);
 * glorotNormal(w, 1, 1, createRandom(5));
 * assert.equal(w[0], createRandom(5).normal());
 * ```
 */
export const glorotNormal: Initializer = (weights, inputs, outputs, random) => {
  normal(Math.sqrt(2 / (inputs + outputs)))(weights, inputs, outputs, random);
};

/**
 * He (Kaiming) normal: `N(0, σ²)` with `σ = √(2 / inputs)`, suited to ReLU layers.
 *
 * @example Scaled by fan-in
 * ```ts
 * import { createRandom, heNormal } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(1);
 * heNormal(w, 8, 1, createRandom(5));
 * assert.equal(w[0], 0.5 * createRandom(5).normal());
 * ```
 */
export const heNormal: Initializer = (weights, inputs, outputs, random) => {
  normal(Math.sqrt(2 / inputs))(weights, inputs, outputs, random);
};

/**
 * He (Kaiming) uniform: `U(−l, l)` with `l = √(6 / inputs)`.
 *
 * @example Within the limit
 * ```ts
 * import { createRandom, heUniform } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(50);
 * heUniform(w, 6, 1, createRandom(0));
 * assert.ok(w.every((x) => Math.abs(x) < 1));
 * ```
 */
export const heUniform: Initializer = (weights, inputs, outputs, random) => {
  const limit = Math.sqrt(6 / inputs);
  uniform(-limit, limit)(weights, inputs, outputs, random);
};

/**
 * All zeros (draws nothing).
 *
 * @example Zeros
 * ```ts
 * import { createRandom, zeros } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array([1, 2]);
 * zeros(w, 1, 2, createRandom(0));
 * assert.deepEqual(Array.from(w), [0, 0]);
 * ```
 */
export const zeros: Initializer = (weights) => {
  weights.fill(0);
};

/**
 * Draws weights in the order of an `outputs × inputs` matrix, the layout of
 * notebooks that put samples in columns (`Z = W·A + b`), and stores the
 * transpose, so a script draws exactly the weights such a notebook drew. The
 * wrapped initializer still gets the true `inputs` and `outputs` for its scale.
 *
 * @param init The initializer to draw with, by name or function.
 * @returns The initializer.
 * @throws {RangeError} If the name is unknown.
 *
 * @example `np.random.randn(2, 3) * 0.1` with seed 101 (the second draw lands at `[1, 0]`)
 * ```ts
 * import { normal, numpyRandom, transposedDraw } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const w = new Float64Array(6); // inputs 3 × outputs 2
 * transposedDraw(normal(0.1))(w, 3, 2, numpyRandom(101));
 * const r = numpyRandom(101);
 * const drawn = Array.from({ length: 6 }, () => 0.1 * r.normal()); // outputs 2 × inputs 3
 * assert.deepEqual(Array.from(w), [drawn[0], drawn[3], drawn[1], drawn[4], drawn[2], drawn[5]]);
 * ```
 */
export function transposedDraw(init: InitializerSpec): Initializer {
  const draw = resolveInitializer(init, "transposedDraw");
  return (weights, inputs, outputs, random) => {
    const drawn = new Float64Array(weights.length);
    draw(drawn, inputs, outputs, random);
    for (let o = 0; o < outputs; o++) {
      for (let i = 0; i < inputs; i++) weights[i * outputs + o] = drawn[o * inputs + i];
    }
  };
}

/** Initializers by name, for options given as data. */
export const initializers: Readonly<Record<string, Initializer>> = {
  glorotUniform,
  glorotNormal,
  heNormal,
  heUniform,
  zeros,
};

/** An initializer given by name or as a function. */
export type InitializerSpec = string | Initializer;

/**
 * Resolves an initializer name or function.
 *
 * @throws {RangeError} If the name is unknown; the message lists the known names.
 */
export function resolveInitializer(spec: InitializerSpec, where = "init"): Initializer {
  if (typeof spec === "function") return spec;
  const init = typeof spec === "string" ? initializers[spec] : undefined;
  if (init === undefined || !Object.hasOwn(initializers, spec as string)) {
    throw new RangeError(
      `${where}: unknown initializer ${JSON.stringify(spec)}; known initializers: ${
        Object.keys(initializers).join(", ")
      } (or a function such as normal(0.1))`,
    );
  }
  return init;
}
