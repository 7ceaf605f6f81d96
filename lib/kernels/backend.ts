/**
 * The active backend: the {@linkcode Kernels} every layer calls, switched
 * with {@linkcode setKernels}, and the helpers that ask it for memory.
 *
 * @module
 */
import { jsKernels } from "./js_kernels.ts";
import type { DType, Kernels, Products } from "./kernels.ts";
import { firstNonFinite, Matrix } from "../primitives/matrix.ts";
import { wasmExactKernels, wasmKernels } from "./wasm_kernels.ts";

export { jsKernels, wasmExactKernels, wasmKernels };
export type { DType, Kernels, Products };

/** The backend the layers call; read it through {@linkcode getKernels}. */
export let kernels: Kernels = wasmKernels ?? jsKernels;

/**
 * A backend by name: `"wasm"` ({@linkcode wasmKernels}), `"wasm-exact"`
 * ({@linkcode wasmExactKernels}) or `"js"` ({@linkcode jsKernels}).
 */
export type Backend = "wasm" | "wasm-exact" | "js";

const KERNEL_METHODS = ["matmulBias", "matmulTransA", "matmulTransB", "columnSums"] as const;
const OPTIONAL_METHODS = ["matmulBiasRelu", "allFinite", "allocate"] as const;

/**
 * The index of the first NaN or ±Infinity in `a`, or −1: {@linkcode firstNonFinite},
 * screened first by the active backend's `allFinite` when it has one.
 */
export function nonFiniteAt(a: Float64Array): number {
  return kernels.allFinite?.(a) ? -1 : firstNonFinite(a);
}

/**
 * A zeroed array of `length` numbers, from the active backend when it has its
 * own memory, so that the products read it without a copy.
 */
export function allocate(length: number): Float64Array {
  return kernels.allocate === undefined ? new Float64Array(length) : kernels.allocate(length);
}

/**
 * `m` itself, or a copy in the active backend's own memory when it has one, so
 * that products over views of its rows copy nothing per call.
 */
export function resident(m: Matrix): Matrix {
  if (kernels.allocate === undefined) return m;
  const copy = new Matrix(m.rows, m.cols, kernels.allocate(m.data.length));
  copy.data.set(m.data);
  return copy;
}

/**
 * Makes `backend` the kernels every layer uses from now on, and returns the
 * previous ones (to restore them later). Layers built before keep working:
 * every backend accepts every `Float64Array`.
 *
 * @param backend `"wasm"`, `"wasm-exact"`, `"js"`, or an object with a `name` and the four
 * products of {@linkcode Kernels}.
 * @returns The kernels that were active.
 * @throws {TypeError} If `backend` lacks a name or one of the products.
 * @throws {RangeError} If `backend` is an unknown name, or a WebAssembly one
 * where this runtime cannot compile WebAssembly SIMD.
 *
 * @example Count the products a forward pass makes
 * ```ts
 * import { jsKernels, type Kernels, Sequential, setKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * let products = 0;
 * const counting: Kernels = {
 *   ...jsKernels,
 *   name: "counting",
 *   matmulBias(...args) {
 *     products++;
 *     jsKernels.matmulBias(...args);
 *   },
 * };
 * const previous = setKernels(counting);
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 3, activation: "relu" },
 *   { inputDim: 3, outputDim: 1 },
 * ], { seed: 1 });
 * model.forward([[1, 2]]);
 * setKernels(previous);
 * assert.equal(products, 2);
 * ```
 */
export function setKernels(backend: Kernels | Backend): Kernels {
  if (typeof backend === "string") return setKernels(named(backend));
  const candidate = backend as unknown as Record<string, unknown> | null;
  if (candidate === null || typeof candidate !== "object") {
    throw new TypeError(`setKernels needs a Kernels object, got ${String(backend)}`);
  }
  if (typeof candidate.name !== "string" || candidate.name === "") {
    throw new TypeError("setKernels: the backend needs a non-empty string name");
  }
  checkMethods(candidate.name, candidate, "", OPTIONAL_METHODS);
  checkFloat32(candidate.name, candidate.float32);
  const previous = kernels;
  kernels = backend;
  return previous;
}

/** Refuses a `float32` member that is not an object with the products of {@linkcode Products}. */
function checkFloat32(name: string, float32: unknown): void {
  if (float32 === undefined) return;
  if (float32 === null || typeof float32 !== "object") {
    throw new TypeError(
      `setKernels: backend "${name}" has a float32 member that is not an object of products`,
    );
  }
  checkMethods(name, float32 as Record<string, unknown>, "float32.", ["matmulBiasRelu"]);
}

/**
 * Refuses `object` (of backend `name`, its members named with `prefix`) unless it has every
 * product of {@linkcode KERNEL_METHODS} and each of `optional` it has is a function.
 */
function checkMethods(
  name: unknown,
  object: Record<string, unknown>,
  prefix: string,
  optional: readonly string[],
): void {
  for (const method of KERNEL_METHODS) {
    if (typeof object[method] !== "function") {
      throw new TypeError(`setKernels: backend "${name}" has no ${prefix}${method} function`);
    }
  }
  for (const method of optional) {
    if (object[method] !== undefined && typeof object[method] !== "function") {
      throw new TypeError(
        `setKernels: backend "${name}" has an optional ${prefix}${method} that is not a function`,
      );
    }
  }
}

/**
 * The products layers of `dtype` call: the active kernels themselves for
 * float64; for float32 their `float32` products, or the TypeScript kernels'
 * where the backend has none.
 */
export function productsOf(dtype: DType): Products {
  return dtype === "float64" ? kernels : kernels.float32 ?? jsKernels.float32!;
}

/**
 * The kernels the layers use now: {@linkcode wasmKernels} where the runtime
 * compiles WebAssembly SIMD, else {@linkcode jsKernels}, unless
 * {@linkcode setKernels} chose others.
 *
 * @example The default backend
 * ```ts
 * import { getKernels, wasmKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(getKernels().name, wasmKernels === null ? "js" : "wasm");
 * ```
 */
export function getKernels(): Kernels {
  return kernels;
}

const BACKENDS: Readonly<Record<Backend, Kernels | null>> = {
  wasm: wasmKernels,
  "wasm-exact": wasmExactKernels,
  js: jsKernels,
};

function named(backend: string): Kernels {
  if (!Object.hasOwn(BACKENDS, backend)) {
    throw new RangeError(
      `setKernels: unknown backend "${backend}"; expected "wasm", "wasm-exact" or "js"`,
    );
  }
  const found = BACKENDS[backend as Backend];
  if (found === null) {
    throw new RangeError(
      `setKernels: backend "${backend}" is not available here: this runtime cannot compile ` +
        "WebAssembly with 128-bit and relaxed SIMD",
    );
  }
  return found;
}
