/**
 * The WebAssembly SIMD kernels: the products of {@linkcode Kernels} on 128-bit
 * vectors of two float64 values, with or without fused multiply-adds. They are compiled
 * from `wasm/assembly/kernels.ts` (AssemblyScript) into the bytes of
 * `wasm_module.ts`, and instantiated once, when this module loads.
 *
 * The kernels work in one shared WebAssembly memory. Arrays from `allocate`
 * are views of it, so a product on them passes offsets and copies nothing; any
 * other `Float64Array` is first copied into a scratch area, and a result copied
 * back. The memory is shared because growing it then keeps every view already
 * handed out valid (growing an unshared memory detaches its buffer and empties
 * all its views). An array from `allocate` gives its space back when the
 * garbage collector reclaims it; a `subarray` of it does not keep it alive.
 *
 * @module
 */
import type { Kernels } from "./kernels.ts";
import { sum } from "./matrix.ts";
import { KERNELS_WASM } from "./wasm_module.ts";

/** The functions `wasm/assembly/kernels.ts` exports; pointers are byte offsets. */
interface Exports {
  gemm(
    a: number,
    rs: number,
    cs: number,
    b: number,
    bias: number,
    z: number,
    r: number,
    m: number,
    len: number,
    n: number,
  ): void;
  gemmExact: Exports["gemm"];
  transpose(b: number, t: number, rows: number, cols: number): void;
  columnSums(a: number, out: number, m: number, n: number): void;
  allFinite(a: number, n: number): number;
}

/** Alignment of every block, in bytes: one cache line. */
const ALIGN = 64;
const PAGE = 65536;
/**
 * 4 GiB, the most a 32-bit memory can address; reserved, not committed. The
 * module declares the same maximum (`--maximumMemory` in `wasm/build.ts`).
 */
const MAX_PAGES = 65536;

/**
 * The size of the block that holds `length` numbers: a multiple of
 * {@linkcode ALIGN}, rounded up to one of four sizes per doubling, so that a
 * freed block serves later requests of nearby sizes and the memory, which never
 * shrinks, stops growing when sizes vary.
 */
function blockBytes(length: number): number {
  const bytes = Math.max(ALIGN, length * 8);
  const step = Math.max(ALIGN, 2 ** (Math.floor(Math.log2(bytes)) - 2));
  return Math.ceil(bytes / step) * step;
}

/** The compiled module's bytes, decoded from `wasm_module.ts`. */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(KERNELS_WASM), (c) => c.charCodeAt(0));
}

/** Scratch areas for operands that are not views of the memory, one per operand role. */
const A = 0, B = 1, BIAS = 2, OUT = 3, ACTIVATED = 4, TRANSPOSED = 5;

/** A block of the memory: where it starts and how many bytes it spans. */
interface Block {
  offset: number;
  bytes: number;
}

function instantiate(): { memory: WebAssembly.Memory; exports: Exports } | null {
  try {
    const memory = new WebAssembly.Memory({ initial: 16, maximum: MAX_PAGES, shared: true });
    const module = new WebAssembly.Module(moduleBytes());
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { memory, exports: instance.exports as unknown as Exports };
  } catch {
    return null; // no WebAssembly, no SIMD or relaxed SIMD, or no shared memory
  }
}

/** The two flavours of the WebAssembly kernels, over one memory. */
interface Flavours {
  fused: Kernels;
  exact: Kernels;
}

function createWasmKernels(): Flavours | null {
  const wasm = instantiate();
  if (wasm === null) return null;
  const { memory, exports } = wasm;
  let buffer = memory.buffer;
  const buffers = new WeakSet<ArrayBufferLike>([buffer]);
  const free = new Map<number, number[]>();
  let top = ALIGN; // offset 0 stays unused: the kernels read it as "no array"
  const registry = typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<Block>(release)
    : null;
  const scratch: Float64Array[] = Array.from({ length: 6 }, () => new Float64Array(0));
  const capacity: Block[] = Array.from({ length: 6 }, () => ({ offset: 0, bytes: 0 }));

  function release(block: Block): void {
    const list = free.get(block.bytes);
    if (list === undefined) free.set(block.bytes, [block.offset]);
    else list.push(block.offset);
  }

  /**
   * A block of `bytes` (from {@linkcode blockBytes}): a freed one of that size,
   * or new space, zeroed either way.
   *
   * @throws {RangeError} If the memory cannot grow enough; nothing changes then.
   */
  function reserve(bytes: number): number {
    const reused = free.get(bytes)?.pop();
    if (reused !== undefined) {
      new Uint8Array(buffer, reused, bytes).fill(0);
      return reused;
    }
    const end = top + bytes;
    if (end > buffer.byteLength) {
      const pages = buffer.byteLength / PAGE;
      const needed = Math.ceil((end - buffer.byteLength) / PAGE);
      if (needed > MAX_PAGES - pages) {
        throw new RangeError(`the WebAssembly memory cannot grow by ${needed} pages of 64 KiB`);
      }
      memory.grow(Math.min(Math.max(needed, pages >> 1), MAX_PAGES - pages));
      buffer = memory.buffer;
      buffers.add(buffer);
    }
    top = end;
    return end - bytes;
  }

  /**
   * Whether `array` is a view of the memory, and then long enough for the
   * `length` numbers a kernel will read or write there (which would otherwise
   * reach into a neighbouring block).
   */
  function own(array: Float64Array, length: number): boolean {
    if (!buffers.has(array.buffer)) return false;
    if (array.length < length) {
      throw new RangeError(
        `wasm kernels: an operand of ${array.length} numbers where ${length} are needed`,
      );
    }
    return true;
  }

  /**
   * The scratch view of `role`, at least `length` long: its whole block, grown
   * when it must, so that calls with other lengths reuse the view (no
   * allocation per call).
   */
  function scratchOf(role: number, length: number): Float64Array {
    const block = capacity[role];
    if (length * 8 > block.bytes) {
      const bytes = blockBytes(length);
      const offset = reserve(bytes); // first: if it throws, the old block stays this role's
      if (block.bytes > 0) release(block);
      block.offset = offset;
      block.bytes = bytes;
      scratch[role] = new Float64Array(buffer, offset, bytes / 8);
    }
    return scratch[role];
  }

  /** The offset of `array`'s first `length` numbers, copied to scratch when it is not ours. */
  function input(array: Float64Array, length: number, role: number): number {
    if (own(array, length)) return array.byteOffset;
    const view = scratchOf(role, length);
    if (array.length === length) view.set(array);
    else for (let i = 0; i < length; i++) view[i] = array[i];
    return view.byteOffset;
  }

  /** Where a result for `array` is written: in place, or in scratch for {@linkcode output}. */
  function target(array: Float64Array, length: number, role: number): number {
    return own(array, length) ? array.byteOffset : scratchOf(role, length).byteOffset;
  }

  /** Copies a result from scratch into `array` when it was not ours. */
  function output(array: Float64Array, length: number, role: number): void {
    if (buffers.has(array.buffer)) return;
    const view = scratch[role];
    for (let i = 0; i < length; i++) array[i] = view[i];
  }

  function forward(
    gemm: Exports["gemm"],
    a: Float64Array,
    b: Float64Array,
    bias: Float64Array | null,
    z: Float64Array | null,
    activated: Float64Array | null,
    m: number,
    k: number,
    n: number,
  ): void {
    const pa = input(a, m * k, A), pb = input(b, k * n, B);
    const pBias = bias === null ? 0 : input(bias, n, BIAS);
    const pz = z === null ? 0 : target(z, m * n, OUT);
    const pActivated = activated === null ? 0 : target(activated, m * n, ACTIVATED);
    gemm(pa, k * 8, 8, pb, pBias, pz, pActivated, m, k, n);
    if (z !== null) output(z, m * n, OUT);
    if (activated !== null) output(activated, m * n, ACTIVATED);
  }

  function allocate(length: number): Float64Array {
    if (!Number.isInteger(length) || length < 0) {
      throw new RangeError(`allocate needs a length that is a non-negative integer, got ${length}`);
    }
    if (length === 0 || registry === null) return new Float64Array(length);
    const bytes = blockBytes(length);
    let offset: number;
    try {
      offset = reserve(bytes);
    } catch {
      return new Float64Array(length); // the memory cannot grow: an ordinary array, copied
    }
    const view = new Float64Array(buffer, offset, length);
    registry.register(view, { offset, bytes });
    return view;
  }

  function flavour(name: string, gemm: Exports["gemm"]): Kernels {
    return Object.freeze(
      {
        name,
        matmulBias(a, b, bias, out, m, k, n) {
          forward(gemm, a, b, bias, out, null, m, k, n);
        },
        matmulBiasRelu(a, b, bias, z, activated, m, k, n) {
          forward(gemm, a, b, bias, z, activated, m, k, n);
        },
        matmulTransA(a, b, out, m, k, n) {
          const pa = input(a, m * k, A), pb = input(b, m * n, B), po = target(out, k * n, OUT);
          gemm(pa, 8, k * 8, pb, 0, po, 0, k, m, n);
          output(out, k * n, OUT);
        },
        matmulTransB(a, b, out, m, n, k) {
          const pa = input(a, m * n, A), pb = input(b, k * n, B), po = target(out, m * k, OUT);
          const pt = scratchOf(TRANSPOSED, k * n).byteOffset;
          exports.transpose(pb, pt, k, n);
          gemm(pa, n * 8, 8, pt, 0, po, 0, m, n, k);
          output(out, m * k, OUT);
        },
        columnSums(a, out, m, n) {
          const pa = input(a, m * n, A), po = target(out, n, OUT);
          exports.columnSums(pa, po, m, n);
          output(out, n, OUT);
        },
        allFinite(a) {
          // An i32 answer, not the f64 sum, which would be a heap number per call.
          if (buffers.has(a.buffer)) return exports.allFinite(a.byteOffset, a.length) !== 0;
          return Number.isFinite(sum(a));
        },
        allocate,
      } satisfies Kernels,
    );
  }

  return { fused: flavour("wasm", exports.gemm), exact: flavour("wasm-exact", exports.gemmExact) };
}

const flavours = createWasmKernels();

/**
 * The WebAssembly SIMD kernels, the default backend, or `null` where this
 * runtime cannot compile them (no WebAssembly, no 128-bit or relaxed SIMD, or
 * no shared memory), and the layers fall back to {@linkcode jsKernels}. They
 * multiply and add with `f64x2.relaxed_madd`: a fused multiply-add (one
 * rounding instead of two) wherever the CPU has one, which is every x64 CPU
 * since 2013 and every 64-bit ARM. Each output still sums its products in the
 * order of the reduction index, so results agree with {@linkcode jsKernels} to
 * about 1e-15 relative, repeat exactly from run to run, and are the same bits
 * on every CPU with FMA (on one without it, {@linkcode wasmExactKernels}'
 * bits). A long training run can still end measurably elsewhere than with
 * {@linkcode jsKernels}, as any change of rounding can; choose
 * {@linkcode wasmExactKernels} for bit-identical results everywhere.
 *
 * @example Close to the TypeScript kernels, not equal
 * ```ts
 * import { jsKernels, wasmKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * if (wasmKernels !== null) {
 *   const x = wasmKernels.allocate!(2 * 40), w = wasmKernels.allocate!(40 * 8);
 *   x.forEach((_, i) => x[i] = Math.sin(i));
 *   w.forEach((_, i) => w[i] = Math.cos(i));
 *   const z = new Float64Array(2 * 8), reference = new Float64Array(2 * 8);
 *   wasmKernels.matmulBias(x, w, null, z, 2, 40, 8);
 *   jsKernels.matmulBias(x, w, null, reference, 2, 40, 8);
 *   z.forEach((value, i) => assert.ok(Math.abs(value - reference[i]) < 1e-12));
 * }
 * ```
 */
export const wasmKernels: Kernels | null = flavours?.fused ?? null;

/**
 * {@linkcode wasmKernels} with every product rounded before it is added, in
 * the order of the reduction index, or `null` where {@linkcode wasmKernels} is
 * `null`: results equal {@linkcode jsKernels}' bit for bit on every machine, so
 * the same seed trains the same model whichever of the two runs, at about five
 * sixths of {@linkcode wasmKernels}' speed on wide layers. Shares its memory
 * with {@linkcode wasmKernels}, so arrays from either's `allocate` suit both.
 * Opt in with `setKernels("wasm-exact")`.
 *
 * @example Bit for bit the TypeScript kernels
 * ```ts
 * import { jsKernels, wasmExactKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * if (wasmExactKernels !== null) {
 *   const x = Float64Array.from({ length: 3 * 30 }, (_, i) => Math.sin(i));
 *   const w = Float64Array.from({ length: 30 * 6 }, (_, i) => Math.cos(i));
 *   const z = new Float64Array(3 * 6), reference = new Float64Array(3 * 6);
 *   wasmExactKernels.matmulBias(x, w, null, z, 3, 30, 6);
 *   jsKernels.matmulBias(x, w, null, reference, 3, 30, 6);
 *   assert.deepEqual(z, reference);
 * }
 * ```
 */
export const wasmExactKernels: Kernels | null = flavours?.exact ?? null;
