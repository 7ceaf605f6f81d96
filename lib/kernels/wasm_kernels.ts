/**
 * The WebAssembly SIMD kernels: the products of {@linkcode Kernels} on 128-bit
 * vectors of two float64 values, with or without fused multiply-adds. They are compiled
 * from `wasm/assembly/kernels.ts` (AssemblyScript) into the bytes of
 * `wasm_module.ts`, and instantiated once, when this module loads.
 *
 * The kernels work in one WebAssembly memory, reserved at start-up at its full
 * size (1 GiB of address space where the system grants it; pages take physical
 * memory only once written) and never grown, since growing an unshared memory
 * would detach every view already handed out. Arrays from `allocate` are views
 * of it, so a product on them passes offsets and copies nothing; any other
 * `Float64Array` is first copied into a scratch area, and a result copied back.
 * When the memory is full, `allocate` returns ordinary arrays, and a product
 * whose copies find no room runs in TypeScript instead ({@linkcode jsKernels}).
 *
 * Every block has one owner, its views: `allocate` makes the first, and every
 * other view of it is made by `subview` (in `matrix.ts`), which the memory
 * counts. A block goes back to the free lists only once the garbage collector
 * has reclaimed all its views, so no reachable array ever reads a block that
 * serves someone else. A view made with `subarray` is not counted: it is valid
 * only while a counted view of its block lives, and `subview` of it gives a
 * plain `subarray`, with the same proviso. In the debug mode
 * (`BACKPROP_DEBUG_MEMORY=1`, or `createWasmKernels`'s `debug`) the products and
 * `subview` refuse such a view, and freed blocks are filled with NaN so that a
 * read of one shows at once.
 *
 * @module
 */
import { jsKernels } from "./js_kernels.ts";
import type { Kernels, Products } from "./kernels.ts";
import { countViews, sum } from "../primitives/matrix.ts";
import { HELPED, moduleBytes, withSharedMemory } from "./module_bytes.ts";

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
    pack: number,
  ): void;
  gemmExact: Exports["gemm"];
  gemmTransB(
    a: number,
    b: number,
    t: number,
    z: number,
    m: number,
    n: number,
    k: number,
    pack: number,
  ): void;
  gemmTransBExact: Exports["gemmTransB"];
  columnSums(a: number, out: number, m: number, n: number): void;
  transpose(b: number, t: number, rows: number, cols: number): void;
  allFinite(a: number, n: number): number;
  gemm32(
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
  gemm32Exact: Exports["gemm32"];
  narrow(src: number, dst: number, count: number): void;
  narrowTranspose(b: number, t: number, rows: number, cols: number): void;
  columnSums32(a: number, out: number, m: number, n: number): void;
}

/** Alignment of every block, in bytes: one cache line. */
const ALIGN = 64;

/**
 * The sizes of memory to try, in pages of 64 KiB, largest first: 1 GiB, then
 * less where the system refuses so much address space (the module accepts up
 * to 4 GiB, `--maximumMemory` in `wasm/build.ts`). Pages take physical memory
 * only once written. Not more, because a `structuredClone` of any array from
 * `allocate` copies the whole memory.
 */
const CAPACITIES: readonly number[] = [16384, 4096, 1024, 256];

/**
 * The size of the block that holds `length` numbers: a multiple of
 * {@linkcode ALIGN}, rounded up to one of four sizes per doubling, so that a
 * freed block serves later requests of nearby sizes and the memory fills
 * slowly when sizes vary.
 */
function blockBytes(length: number): number {
  const bytes = Math.max(ALIGN, length * 8);
  const step = Math.max(ALIGN, 2 ** (Math.floor(Math.log2(bytes)) - 2));
  return Math.ceil(bytes / step) * step;
}

export { moduleBytes };

/**
 * Scratch areas for operands that are not views of the memory, one per operand role;
 * `PACKED`: where a product packs 4 rows of A at a time (`PACK_LENGTH` numbers); and where the
 * float32 products put their operands rounded to float32 (`A32`, `B32`, `BIAS32`).
 */
const A = 0, B = 1, BIAS = 2, OUT = 3, ACTIVATED = 4, TRANSPOSED = 5, PACKED = 6;
const A32 = 7, B32 = 8, BIAS32 = 9, HELPER_PACKED = 10;
/** How many scratch roles there are. */
const ROLES = 11;

/** 4 rows of A by `KC` (256, in `wasm/assembly/kernels.ts`) steps of the reduction. */
const PACK_LENGTH = 4 * 256;

/**
 * Products of at most this many multiply-adds run in TypeScript, in both flavours (with the
 * TypeScript kernels' bits): there the call into WebAssembly costs more than it saves.
 */
const SMALL_PRODUCT = 64;

/** Arrays of at most this many numbers are screened in TypeScript, for the same reason. */
const SMALL_SCREEN = 64;

/** A block of the memory: where it starts, how many bytes it spans, and how many of its views live. */
interface Block {
  readonly offset: number;
  readonly bytes: number;
  views: number;
}

/** The environment variable that turns on the debug mode of the default memory when set to `1`. */
export const DEBUG_MEMORY_VARIABLE = "BACKPROP_DEBUG_MEMORY";

/** Options of {@linkcode createWasmKernels}. */
export interface MemoryOptions {
  /**
   * Fill freed blocks with NaN, and refuse as an operand, or to make a view
   * of, any view of the memory that its blocks do not count (one made with
   * `subarray`): slower, for tests that check the library's own views. Default: whether {@linkcode DEBUG_MEMORY_VARIABLE} is `1`
   * (read only where the environment may be read without asking).
   */
  debug?: boolean;
  /**
   * A shared memory (and the module that imports one), which helper threads
   * can work in: see {@linkcode Flavours.help}. Default false.
   */
  shared?: boolean;
  /** Appended to the flavours' names (`"wasm"`, `"wasm-exact"`); default none. */
  suffix?: string;
}

/** Whether the environment asks for the debug mode; never prompts for a permission. */
function debugRequested(): boolean {
  const deno = (globalThis as { Deno?: typeof Deno }).Deno;
  try {
    const query = { name: "env", variable: DEBUG_MEMORY_VARIABLE } as const;
    return deno?.permissions.querySync(query).state === "granted" &&
      deno.env.get(DEBUG_MEMORY_VARIABLE) === "1";
  } catch {
    return false;
  }
}

/** Thrown by `reserve` when the memory is full; the products then fall back to TypeScript. */
const FULL = new RangeError("the WebAssembly memory is full");

/** Throws the error for an operand shorter than its shape. */
function tooShort(array: Float64Array, length: number): never {
  throw new RangeError(
    `wasm kernels: an operand of ${array.length} numbers where ${length} are needed`,
  );
}

/** The error for a view of the memory that no block counts: one that `subarray` made. */
function uncounted(what: string): RangeError {
  return new RangeError(
    `wasm kernels: cannot ${what} a view of the kernels' memory that no block counts; ` +
      "make views with subview (matrix.ts), not subarray",
  );
}

/** A compiled module, its memory and its exports. */
interface Instantiated {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  exports: Exports;
}

function instantiate(capacities: readonly number[], shared: boolean): Instantiated | null {
  const bytes = shared ? withSharedMemory(moduleBytes()) : moduleBytes();
  let module: WebAssembly.Module;
  try {
    module = new WebAssembly.Module(bytes);
  } catch {
    return null; // no WebAssembly, or no 128-bit or relaxed SIMD
  }
  for (const pages of capacities) {
    let memory: WebAssembly.Memory;
    try {
      // Never grown, and unshared unless threads need it: V8 then keeps the memory's size at
      // hand, where for a shared memory it reloads it at every bounds-checked access.
      memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
    } catch {
      continue; // too much address space for this system (or no shared memory): try less
    }
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    return { module, memory, exports: instance.exports as unknown as Exports };
  }
  return null;
}

/**
 * A second thread that runs the kernels' products in the same shared memory,
 * on an instance of its own: `start` hands it a call of the export
 * `HELPED[fn]` (`module_bytes.ts`) with `args` and returns at once, `finish`
 * waits until that call has returned (and throws if it failed).
 */
export interface Helper {
  start(fn: number, args: readonly number[]): void;
  finish(): void;
}

const GEMM = HELPED.indexOf("gemm"), GEMM_EXACT = HELPED.indexOf("gemmExact");
const GEMM32 = HELPED.indexOf("gemm32"), GEMM32_EXACT = HELPED.indexOf("gemm32Exact");
const NARROW = HELPED.indexOf("narrow");

/** The arguments of a float64 `gemm` (a `gemm32` takes the first 10). */
const GEMM_ARGUMENTS = 11;

/** Arrays of at least this many numbers are rounded to float32 by both threads, half each. */
const SPLIT_NARROW = 32_768;

/**
 * Products shared with a helper are cut between rows that are a multiple of this: of 4 and of
 * 6, the bands of the float64 and float32 tiles. Each output element adds the same products in
 * the same order whichever thread, band or tile computes it, so the bits are one thread's.
 */
const SPLIT_ROWS = 12;

/** The two flavours of the WebAssembly kernels, over one memory. */
export interface Flavours {
  /** With fused multiply-adds: {@linkcode wasmKernels}. */
  fused: Kernels;
  /** Each product rounded: {@linkcode wasmExactKernels}. */
  exact: Kernels;
  /** The compiled module and its memory, for helper threads to instantiate. */
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  /**
   * From now on, products of at least `minimum` multiply-adds and `2 · SPLIT_ROWS` rows give
   * their last rows (about half) to `helper`, or, with `null`, run on this thread alone.
   */
  help(helper: Helper | null, minimum: number): void;
}

/**
 * Both flavours over a memory of the first of `capacities` (pages of 64 KiB)
 * the system grants, or `null` where WebAssembly SIMD does not compile. The
 * library makes one pair at start-up; tests make small ones to fill.
 */
export function createWasmKernels(
  capacities: readonly number[] = CAPACITIES,
  options: MemoryOptions = {},
): Flavours | null {
  const wasm = instantiate(capacities, options.shared ?? false);
  if (wasm === null) return null;
  const { exports } = wasm;
  const buffer = wasm.memory.buffer;
  const debug = options.debug ?? debugRequested();
  const suffix = options.suffix ?? "";
  const free = new Map<number, number[]>();
  let top = ALIGN; // offset 0 stays unused: the kernels read it as "no array"
  const registry = typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<Block>((block) => {
      if (--block.views === 0) release(block.offset, block.bytes);
    })
    : null;
  /** The block of every counted view. */
  const blocks = new WeakMap<Float64Array, Block>();
  /** Where the `PACKED` scratch area starts once reserved (it never grows), else 0. */
  let packed = 0;
  /** The same for `HELPER_PACKED`, the helper thread's. */
  let helperPacked = 0;
  /** Each role's scratch view, spanning its whole block. */
  const scratch: Float64Array[] = Array.from({ length: ROLES }, () => new Float64Array(0));

  /** `view`, counted as a view of `block`: the block lives while the view does. */
  function counted(view: Float64Array, block: Block): Float64Array {
    block.views++;
    blocks.set(view, block);
    registry!.register(view, block);
    return view;
  }

  countViews(buffer, (data, begin, end) => {
    const view = data.subarray(begin, end);
    const block = blocks.get(data);
    if (block !== undefined) return counted(view, block);
    if (debug) throw uncounted("make a view of");
    return view; // of the caller's own uncounted view, so valid as long as that one
  });

  function release(offset: number, bytes: number): void {
    if (debug) new Float64Array(buffer, offset, bytes / 8).fill(NaN);
    const list = free.get(bytes);
    if (list === undefined) free.set(bytes, [offset]);
    else list.push(offset);
  }

  /**
   * A block of `bytes` (from {@linkcode blockBytes}): a freed one of that size,
   * or new space, zeroed either way.
   *
   * @throws {RangeError} {@linkcode FULL} if the memory has no room; nothing changes then.
   */
  function reserve(bytes: number): number {
    const reused = free.get(bytes)?.pop();
    if (reused !== undefined) {
      new Uint8Array(buffer, reused, bytes).fill(0);
      return reused;
    }
    const end = top + bytes;
    if (end > buffer.byteLength) throw FULL;
    top = end;
    return end - bytes;
  }

  /**
   * Whether `array` is a view of the memory, and then long enough for the
   * `length` numbers a kernel will read or write there (which would otherwise
   * reach into a neighbouring block).
   */
  function own(array: Float64Array, length: number): boolean {
    if (array.buffer !== buffer) return false;
    if (debug && !blocks.has(array)) throw uncounted("use");
    if (array.length < length) tooShort(array, length);
    return true;
  }

  /**
   * The scratch view of `role`, at least `length` long: its whole block, grown
   * when it must, so that calls with other lengths reuse the view (no
   * allocation per call).
   */
  function scratchOf(role: number, length: number): Float64Array {
    const view = scratch[role];
    if (length <= view.length) return view;
    const bytes = blockBytes(length);
    const offset = reserve(bytes); // first: if it throws, the old block stays this role's
    if (view.length > 0) release(view.byteOffset, view.byteLength);
    return scratch[role] = new Float64Array(buffer, offset, bytes / 8);
  }

  /**
   * Whether a product of `size` multiply-adds runs in TypeScript (in both flavours: rounded
   * before each addition, so the bits are the TypeScript kernels'), where the call into
   * WebAssembly costs more than it saves, after checking that operands `a` and `b` and result
   * `out` (`null` for none) hold their `la`, `lb` and `lo` numbers, as the WebAssembly products
   * do. Only in debug mode does it ask whether they are views of the memory: a typed array's
   * `buffer` costs about 12 ns, more than such a product.
   */
  function small(
    size: number,
    a: Float64Array,
    la: number,
    b: Float64Array,
    lb: number,
    out: Float64Array | null,
    lo: number,
  ): boolean {
    if (size > SMALL_PRODUCT) return false;
    checked(a, la);
    checked(b, lb);
    checked(out, lo);
    return true;
  }

  /**
   * The checks {@linkcode own} makes of an array the TypeScript kernels will use: its length,
   * and in debug mode whether it is a view the memory counts.
   */
  function checked(array: Float64Array | null, length: number): void {
    if (array === null) return;
    if (debug) own(array, length);
    if (array.length < length) tooShort(array, length);
  }

  /** Where the products pack rows of A: the `PACKED` scratch area. */
  function pack(): number {
    return packed !== 0 ? packed : packed = scratchOf(PACKED, PACK_LENGTH).byteOffset;
  }

  /** Where the helper packs its rows of A (reserved once, as `PACKED`). */
  function helperPack(): number {
    return helperPacked !== 0
      ? helperPacked
      : helperPacked = scratchOf(HELPER_PACKED, PACK_LENGTH).byteOffset;
  }

  let helper: Helper | null = null, minimumWork = Infinity;
  const helped = HELPED.map((name) => exports[name] as (...args: number[]) => void);
  /** The helper's arguments, reused by every call. */
  const job: number[] = new Array(GEMM_ARGUMENTS).fill(0);

  /**
   * `HELPED[id]` (a `gemm` or `gemm32`, with `gemm`'s arguments less `pack`) on this thread, or
   * with its last rows on the helper when there is one and the product is large enough.
   */
  function gemm(
    id: number,
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
  ): void {
    const float64 = id === GEMM || id === GEMM_EXACT;
    const run = helped[id], packing = float64 ? pack() : 0;
    if (!shares(m, len, n)) return run(a, rs, cs, b, bias, z, r, m, len, n, packing);
    // About half, at a multiple of SPLIT_ROWS (m ≥ 24, so each thread gets at least 6 rows).
    const mine = Math.max(SPLIT_ROWS, Math.round(m / (2 * SPLIT_ROWS)) * SPLIT_ROWS);
    const skip = mine * n * 8;
    job[0] = a + mine * rs;
    job[1] = rs;
    job[2] = cs;
    job[3] = b;
    job[4] = bias;
    job[5] = z === 0 ? 0 : z + skip;
    job[6] = r === 0 ? 0 : r + skip;
    job[7] = m - mine;
    job[8] = len;
    job[9] = n;
    job[10] = float64 ? helperPack() : 0;
    helper!.start(id, job);
    try {
      run(a, rs, cs, b, bias, z, r, mine, len, n, packing);
    } catch (error) {
      abandon();
      throw error;
    }
    helper!.finish();
  }

  /** Whether a product of `m` rows, `len` steps and `n` columns is shared with the helper. */
  function shares(m: number, len: number, n: number): boolean {
    return helper !== null && m >= 2 * SPLIT_ROWS && m * len * n >= minimumWork;
  }

  /**
   * Waits for the helper's part of a call whose other part failed here, ignoring the helper's
   * own error: the first one is the one to report.
   */
  function abandon(): void {
    try {
      helper!.finish();
    } catch {
      // the caller rethrows its own error
    }
  }

  /** The offset of `array`'s first `length` numbers, copied to scratch when it is not ours. */
  function input(array: Float64Array, length: number, role: number): number {
    if (own(array, length)) return array.byteOffset;
    if (array.length < length) tooShort(array, length);
    const view = scratchOf(role, length);
    if (array.length === length) view.set(array);
    else for (let i = 0; i < length; i++) view[i] = array[i];
    return view.byteOffset;
  }

  /** Where a result for `array` is written: in place, or in scratch for {@linkcode output}. */
  function target(array: Float64Array, length: number, role: number): number {
    if (own(array, length)) return array.byteOffset;
    if (array.length < length) tooShort(array, length);
    return scratchOf(role, length).byteOffset;
  }

  /**
   * Copies a result from scratch into `array` when it was not ours: when `at`, the offset
   * {@linkcode target} gave, is the scratch area of `role` (never an array of ours), which is
   * cheaper to ask than the array's `buffer`.
   */
  function output(array: Float64Array, at: number, length: number, role: number): void {
    const view = scratch[role];
    if (at !== view.byteOffset) return;
    for (let i = 0; i < length; i++) array[i] = view[i];
  }

  /**
   * The WebAssembly work of one number format's products, on the caller's arrays: what
   * {@linkcode guarded} makes into {@linkcode Products}.
   */
  interface Work {
    /** `z = A·B + bias` and `activated = relu(z)`, either of them null. */
    forward(
      a: Float64Array,
      b: Float64Array,
      bias: Float64Array | null,
      z: Float64Array | null,
      activated: Float64Array | null,
      m: number,
      k: number,
      n: number,
    ): void;
    matmulTransA: Products["matmulTransA"];
    matmulTransB: Products["matmulTransB"];
    columnSums: Products["columnSums"];
  }

  /**
   * `work` as products: the small ones (and, when the memory has no room for their copies, every
   * one) computed by `js` instead, with the same checks of their operands. No closure per call:
   * each product tries its work and falls through to `js`.
   */
  function guarded(js: Products, work: Work): Products {
    return Object.freeze(
      {
        matmulBias(a, b, bias, out, m, k, n) {
          if (small(m * k * n, a, m * k, b, k * n, out, m * n)) {
            checked(bias, n);
          } else {
            try {
              return work.forward(a, b, bias, out, null, m, k, n);
            } catch (error) {
              full(error);
            }
          }
          js.matmulBias(a, b, bias, out, m, k, n);
        },
        matmulBiasRelu(a, b, bias, z, activated, m, k, n) {
          if (small(m * k * n, a, m * k, b, k * n, z, m * n)) {
            checked(bias, n);
            checked(activated, m * n);
          } else {
            try {
              return work.forward(a, b, bias, z, activated, m, k, n);
            } catch (error) {
              full(error);
            }
          }
          jsBiasRelu(js, a, b, bias, z, activated, m, k, n);
        },
        matmulTransA(a, b, out, m, k, n) {
          if (!small(m * k * n, a, m * k, b, m * n, out, k * n)) {
            try {
              return work.matmulTransA(a, b, out, m, k, n);
            } catch (error) {
              full(error);
            }
          }
          js.matmulTransA(a, b, out, m, k, n);
        },
        matmulTransB(a, b, out, m, n, k) {
          if (!small(m * k * n, a, m * n, b, k * n, out, m * k)) {
            try {
              return work.matmulTransB(a, b, out, m, n, k);
            } catch (error) {
              full(error);
            }
          }
          js.matmulTransB(a, b, out, m, n, k);
        },
        columnSums(a, out, m, n) {
          if (m * n <= SMALL_SCREEN) { // the call costs more here; the same additions in the same order
            checked(a, m * n);
            checked(out, n);
          } else {
            try {
              return work.columnSums(a, out, m, n);
            } catch (error) {
              full(error);
            }
          }
          js.columnSums(a, out, m, n);
        },
      } satisfies Products,
    );
  }

  /**
   * The float64 work of one flavour: `HELPED[id]` is its `gemm`, `gemmTransB` the same
   * transposing B first in one call (two calls when the product is shared with a helper).
   */
  function float64Work(id: number, gemmTransB: Exports["gemmTransB"]): Work {
    return {
      forward(a, b, bias, z, activated, m, k, n) {
        const pa = input(a, m * k, A), pb = input(b, k * n, B);
        const pBias = bias === null ? 0 : input(bias, n, BIAS);
        const pz = z === null ? 0 : target(z, m * n, OUT);
        const pActivated = activated === null ? 0 : target(activated, m * n, ACTIVATED);
        gemm(id, pa, k * 8, 8, pb, pBias, pz, pActivated, m, k, n);
        if (z !== null) output(z, pz, m * n, OUT);
        if (activated !== null) output(activated, pActivated, m * n, ACTIVATED);
      },
      matmulTransA(a, b, out, m, k, n) {
        const pa = input(a, m * k, A), pb = input(b, m * n, B), po = target(out, k * n, OUT);
        gemm(id, pa, 8, k * 8, pb, 0, po, 0, k, m, n);
        output(out, po, k * n, OUT);
      },
      matmulTransB(a, b, out, m, n, k) {
        const pa = input(a, m * n, A), pb = input(b, k * n, B), po = target(out, m * k, OUT);
        const pt = scratchOf(TRANSPOSED, k * n).byteOffset;
        if (shares(m, n, k)) {
          exports.transpose(pb, pt, k, n);
          gemm(id, pa, n * 8, 8, pt, 0, po, 0, m, n, k);
        } else {
          gemmTransB(pa, pb, pt, po, m, n, k, pack());
        }
        output(out, po, m * k, OUT);
      },
      columnSums(a, out, m, n) {
        const pa = input(a, m * n, A), po = target(out, n, OUT);
        exports.columnSums(pa, po, m, n);
        output(out, po, n, OUT);
      },
    };
  }

  /** The offset of `array`'s first `length` numbers rounded to float32 in the scratch area `role32`. */
  function narrowed(array: Float64Array, length: number, role: number, role32: number): number {
    const from = input(array, length, role);
    const to = scratchOf(role32, Math.ceil(length / 2)).byteOffset;
    if (helper === null || length < SPLIT_NARROW) {
      exports.narrow(from, to, length);
      return to;
    }
    const mine = (length >> 1) & ~3; // each half whole vectors of 4
    job[0] = from + mine * 8;
    job[1] = to + mine * 4;
    job[2] = length - mine;
    helper.start(NARROW, job);
    try {
      exports.narrow(from, to, mine);
    } catch (error) {
      abandon();
      throw error;
    }
    helper.finish();
    return to;
  }

  /** The float32 work of one flavour: `HELPED[id]` is its `gemm32`, fused or exact. */
  function float32Work(id: number): Work {
    return {
      forward(a, b, bias, z, activated, m, k, n) {
        const pa = narrowed(a, m * k, A, A32), pb = narrowed(b, k * n, B, B32);
        const pBias = bias === null ? 0 : narrowed(bias, n, BIAS, BIAS32);
        const pz = z === null ? 0 : target(z, m * n, OUT);
        const pActivated = activated === null ? 0 : target(activated, m * n, ACTIVATED);
        gemm(id, pa, k * 4, 4, pb, pBias, pz, pActivated, m, k, n);
        if (z !== null) output(z, pz, m * n, OUT);
        if (activated !== null) output(activated, pActivated, m * n, ACTIVATED);
      },
      matmulTransA(a, b, out, m, k, n) {
        const pa = narrowed(a, m * k, A, A32), pb = narrowed(b, m * n, B, B32);
        const po = target(out, k * n, OUT);
        gemm(id, pa, 4, k * 4, pb, 0, po, 0, k, m, n);
        output(out, po, k * n, OUT);
      },
      matmulTransB(a, b, out, m, n, k) {
        const pa = narrowed(a, m * n, A, A32), pb = input(b, k * n, B);
        const pt = scratchOf(B32, Math.ceil((k * n) / 2)).byteOffset;
        exports.narrowTranspose(pb, pt, k, n);
        const po = target(out, m * k, OUT);
        gemm(id, pa, n * 4, 4, pt, 0, po, 0, m, n, k);
        output(out, po, m * k, OUT);
      },
      columnSums(a, out, m, n) {
        const pa = input(a, m * n, A), po = target(out, n, OUT);
        exports.columnSums32(pa, po, m, n);
        output(out, po, n, OUT);
      },
    };
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
    } catch (error) {
      full(error);
      return new Float64Array(length); // the memory is full: an ordinary array, copied
    }
    return counted(new Float64Array(buffer, offset, length), { offset, bytes, views: 0 });
  }

  /** Rethrows `error` unless it says the memory is full (the caller then computes in TypeScript). */
  function full(error: unknown): void {
    if (error !== FULL) throw error;
  }

  /** One flavour: its float64 and float32 work, and the screen and memory the two share. */
  function flavour(name: string, float64: Work, float32: Work): Kernels {
    return Object.freeze(
      {
        name,
        ...guarded(jsKernels, float64),
        allFinite(a) {
          const n = a.length;
          if (n <= SMALL_SCREEN) { // the call costs more than the sum here
            let s = 0;
            for (let i = 0; i < n; i++) s += a[i];
            return s - s === 0; // false for NaN and ±∞
          }
          // An i32 answer, not the f64 sum, which would be a heap number per call.
          if (a.buffer === buffer) return exports.allFinite(a.byteOffset, n) !== 0;
          return Number.isFinite(sum(a));
        },
        allocate,
        float32: guarded(jsKernels.float32!, float32),
      } satisfies Kernels,
    );
  }

  return {
    fused: flavour(
      `wasm${suffix}`,
      float64Work(GEMM, exports.gemmTransB),
      float32Work(GEMM32),
    ),
    exact: flavour(
      `wasm-exact${suffix}`,
      float64Work(GEMM_EXACT, exports.gemmTransBExact),
      float32Work(GEMM32_EXACT),
    ),
    module: wasm.module,
    memory: wasm.memory,
    help(next, minimum) {
      helper = next;
      minimumWork = minimum;
    },
  };
}

/** `matmulBiasRelu` in TypeScript: `products`' `matmulBias`, then ReLU as the activation computes it. */
function jsBiasRelu(
  products: Products,
  a: Float64Array,
  b: Float64Array,
  bias: Float64Array | null,
  z: Float64Array | null,
  activated: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  const into = z ?? activated;
  products.matmulBias(a, b, bias, into, m, k, n);
  for (let i = 0; i < m * n; i++) {
    const v = into[i];
    activated[i] = v * +(v > 0) + 0;
  }
}

const flavours = createWasmKernels();

/**
 * The WebAssembly SIMD kernels, the default backend, or `null` where this
 * runtime cannot compile them (no WebAssembly, or no 128-bit or relaxed SIMD),
 * and the layers fall back to {@linkcode jsKernels}. They
 * multiply and add with `f64x2.relaxed_madd`: a fused multiply-add (one
 * rounding instead of two) wherever the CPU has one, which is most x64 CPUs
 * (Intel's since 2013, AMD's since 2012, not all low-end ones) and every
 * 64-bit ARM. Each output still sums its products in the order of the
 * reduction index, so results agree with {@linkcode jsKernels} to
 * about 1e-15 of the terms' magnitude, repeat exactly from run to run, and are
 * the same bits on every CPU with FMA (on one without it, for products of at
 * most 64 multiply-adds, which run in TypeScript, and for products that run in
 * TypeScript because the memory is full, {@linkcode wasmExactKernels}' bits).
 * Its `float32` products multiply and add with `f32x4.relaxed_madd`, four
 * numbers per vector. A long training run can still end measurably elsewhere than with
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
