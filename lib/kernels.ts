/**
 * The seam between the layers and the arithmetic: every matrix product the
 * forward and backward passes need, on raw row-major `Float64Array`s, writing
 * into caller-owned buffers.
 *
 * Layers call the active {@linkcode Kernels} object and nothing else for
 * products, so a backend replaces these few functions with
 * {@linkcode setKernels} without touching layers, losses or optimizers. Three
 * ship: {@linkcode wasmKernels}, WebAssembly 128-bit SIMD with fused
 * multiply-adds, chosen at start-up wherever the runtime can compile it;
 * {@linkcode wasmExactKernels}, the same without fusing, bit-identical to
 * {@linkcode jsKernels}; and {@linkcode jsKernels}, plain TypeScript, the
 * fallback and the reference.
 *
 * @module
 */
import { jsKernels } from "./js_kernels.ts";
import { firstNonFinite, Matrix } from "./matrix.ts";
import { wasmExactKernels, wasmKernels } from "./wasm_kernels.ts";

export { jsKernels, wasmExactKernels, wasmKernels };

/**
 * The matrix products of backpropagation through dense layers. Arrays are
 * row-major; `out` is overwritten, never accumulated into, and must not alias
 * an operand. Implementations must be deterministic.
 */
export interface Kernels {
  /** The backend's name, for messages and benchmarks, e.g. `"wasm"`, `"wasm-exact"` or `"js"`. */
  readonly name: string;
  /**
   * `out = A·B (+ bias on every row)`, with A `m × k`, B `k × n`, out `m × n`:
   * the forward pass `Z = X·W + b`.
   */
  matmulBias(
    a: Float64Array,
    b: Float64Array,
    bias: Float64Array | null,
    out: Float64Array,
    m: number,
    k: number,
    n: number,
  ): void;
  /** `out = Aᵀ·B`, with A `m × k`, B `m × n`, out `k × n`: the weight gradient `Xᵀ·δ`. */
  matmulTransA(
    a: Float64Array,
    b: Float64Array,
    out: Float64Array,
    m: number,
    k: number,
    n: number,
  ): void;
  /** `out = A·Bᵀ`, with A `m × n`, B `k × n`, out `m × k`: the upstream gradient `δ·Wᵀ`. */
  matmulTransB(
    a: Float64Array,
    b: Float64Array,
    out: Float64Array,
    m: number,
    n: number,
    k: number,
  ): void;
  /** `out[j] = Σᵢ A[i, j]`, with A `m × n`: the bias gradient, column sums of `δ`. */
  columnSums(a: Float64Array, out: Float64Array, m: number, n: number): void;
  /**
   * Optional: `z = A·B (+ bias)` as {@linkcode Kernels.matmulBias} computes it, and
   * `activated = relu(z)` in the same pass, as `z·(z > 0) + 0` (what the `relu`
   * activation computes); with `z` null, only `activated` is written (an
   * inference pass needs no `Z`). Layers with ReLU use it when the backend has it.
   */
  matmulBiasRelu?(
    a: Float64Array,
    b: Float64Array,
    bias: Float64Array | null,
    z: Float64Array | null,
    activated: Float64Array,
    m: number,
    k: number,
    n: number,
  ): void;
  /**
   * Optional: a quick screen of `a` for NaN and infinities, `true` when every
   * number is finite. It may answer `false` for finite numbers (a backend may
   * decide by whether their sum is finite, and a sum can overflow), never
   * `true` for non-finite ones. The model screens each layer's output, and each
   * step's gradients and updated values, with it before looking for a culprit.
   */
  allFinite?(a: Float64Array): boolean;
  /**
   * Optional: a zeroed array of `length` numbers that this backend reads and
   * writes without copying (for WebAssembly, a view of its memory: a
   * `structuredClone` or `postMessage` of it copies that whole memory; its
   * block is freed once the array and every view the library made of it are
   * unreachable, so a `subarray` of it is valid only while the array itself is
   * referenced: copy with `slice()`). Layers take their weights and work buffers from it; the
   * kernels accept any other `Float64Array` too, at the cost of a copy.
   */
  allocate?(length: number): Float64Array;
}

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
  for (const method of KERNEL_METHODS) {
    if (typeof candidate[method] !== "function") {
      throw new TypeError(`setKernels: backend "${candidate.name}" has no ${method} function`);
    }
  }
  for (const method of OPTIONAL_METHODS) {
    if (candidate[method] !== undefined && typeof candidate[method] !== "function") {
      throw new TypeError(
        `setKernels: backend "${candidate.name}" has an optional ${method} that is not a function`,
      );
    }
  }
  const previous = kernels;
  kernels = backend;
  return previous;
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
