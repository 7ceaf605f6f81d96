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

/**
 * The number format of a layer's products: `"float64"`, the default (exact
 * enough for gradient checks), or `"float32"` (twice the numbers per vector).
 */
export type DType = "float32" | "float64";

/**
 * The matrix products of backpropagation through dense layers. Arrays are
 * row-major; `out` is overwritten, never accumulated into, and must not alias
 * an operand. Implementations must be deterministic.
 */
export interface Products {
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
}

/**
 * A backend: the float64 {@linkcode Products}, optionally their float32
 * counterparts, a screen for non-finite numbers and memory of its own.
 */
export interface Kernels extends Products {
  /** The backend's name, for messages and benchmarks, e.g. `"wasm"`, `"wasm-exact"` or `"js"`. */
  readonly name: string;
  /**
   * Optional: the products of float32 layers, with the same arguments. Each
   * operand is rounded to float32 (as `Math.fround` rounds), every
   * multiply-add and sum runs in float32, and each result, an exact float32
   * value, is written into the `Float64Array`. Without them, float32 layers
   * use the TypeScript kernels' (`jsKernels.float32`).
   */
  readonly float32?: Products;
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
