/**
 * Two threads for large products: WebAssembly kernels whose memory is shared
 * with a helper thread (a worker), which computes about half the rows of each
 * large product while this thread computes the rest.
 *
 * @module
 */
import type { Kernels } from "./kernels.ts";
import { createWasmKernels, wasmExactKernels, wasmKernels } from "./wasm_kernels.ts";
import { checkOptions } from "../primitives/options.ts";
import { caller, CONTROL_SLOTS, helperScript, type HelperStart, LAYOUT } from "./helper_thread.ts";
import { HELPED } from "./module_bytes.ts";

/** Options of {@linkcode startThreads}. */
export interface ThreadOptions {
  /** Threads that compute a large product: 2, this one and a helper. */
  threads: 2;
  /**
   * The fewest multiply-adds (`m·k·n`) a product needs to be shared; smaller ones stay on this
   * thread, where handing over would cost more than it saves. Default {@linkcode MINIMUM_WORK}.
   * A product also needs 24 rows or more (the batch, or for the weight gradient the layer's
   * inputs), so that each thread gets whole bands of rows.
   */
  minimumWork?: number;
}

/**
 * The default of {@linkcode ThreadOptions.minimumWork}: 5 to 10 µs of one thread's work, where
 * the hand-over (a microsecond or so while the helper is awake) is paid for. W1's products at
 * batch 64 (80,000 and 160,000 multiply-adds) gain from sharing; below 50,000 the measured gains
 * vanish.
 */
export const MINIMUM_WORK = 50_000;

/** Kernels whose large products run on two threads, and how to stop their helper. */
export interface Threads {
  /** Like `wasmKernels`, named `"wasm×2"`: fused multiply-adds. */
  readonly wasm: Kernels;
  /** Like `wasmExactKernels`, named `"wasm-exact×2"`: each product rounded. */
  readonly wasmExact: Kernels;
  /** How many products the helper has taken a share of (roundings to float32 not counted). */
  readonly shared: number;
  /**
   * The two-thread twin of `kernels`: {@linkcode Threads.wasm} for `wasmKernels`,
   * {@linkcode Threads.wasmExact} for `wasmExactKernels` (and each twin for itself).
   *
   * @throws {RangeError} For other kernels, such as `jsKernels`.
   */
  twin(kernels: Kernels): Kernels;
  /**
   * Stops the helper thread; the kernels go on, on this thread alone. A process (or page)
   * with a helper running does not end by itself: close it when done.
   */
  close(): void;
}

/**
 * Starts a helper thread and returns WebAssembly kernels that share their
 * large products with it: each product of at least `minimumWork`
 * multiply-adds gives its last rows (about half) to the helper and computes
 * the others itself (and large roundings to float32 are split likewise).
 * Every element of a result adds the same products in the same order as on
 * one thread, so the results equal `wasmKernels`' (and `wasmExactKernels`')
 * bit for bit, float32 products included. The kernels have a memory of their
 * own, shared with the helper: layers built while they are active take their
 * arrays from it, so make them active (`setKernels(threads.wasm)`) before
 * building or loading a model; a model built before still works, at the cost
 * of copies. Arrays from that memory are views of a `SharedArrayBuffer`:
 * `structuredClone` and `postMessage` share them rather than copy them (send
 * `slice()`). While the helper waits for work it spins for 0.2 ms after each
 * product, then sleeps. A helper that fails in a product, or does not answer
 * within a minute (a worker that dies mid-product is noticed so, since this
 * thread waits without returning to its event loop), is let go: that product
 * throws, and later ones run on this thread alone. In Deno this thread waits
 * for the helper with `Atomics.wait`; a browser page needs cross-origin
 * isolation for `SharedArrayBuffer`, and its main thread can only spin.
 *
 * @param options `{ threads: 2 }`, and the size from which a product is shared.
 * @returns The kernels, and `close` to stop the helper.
 * @throws {RangeError} If `threads` is not 2 or `minimumWork` not a number ≥ 0.
 * @throws {TypeError} If `options` is not an object or has an unknown key.
 * @throws {Error} If this runtime has no shared WebAssembly memory or workers, or the helper
 * does not start.
 *
 * @example Train on two threads, with the same bits as on one
 * ```ts
 * import { Sequential, setKernels, startThreads, wasmKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const threads = await startThreads({ threads: 2, minimumWork: 0 });
 * const train = () => {
 *   const model = Sequential.fromArchitecture([
 *     { inputDim: 30, outputDim: 40, activation: "relu" },
 *     { inputDim: 40, outputDim: 1 },
 *   ], { seed: 1 });
 *   const x = Array.from({ length: 48 }, (_, i) => Array.from({ length: 30 }, (_, j) => Math.sin(i + j)));
 *   model.fit(x, x.map((row) => [row[0]]), { loss: "mse", epochs: 3, seed: 2 });
 *   return model.layers[0].weights.data.slice();
 * };
 * const previous = setKernels(threads.wasm);
 * const twoThreads = train();
 * setKernels(wasmKernels!);
 * const oneThread = train();
 * setKernels(previous);
 * threads.close();
 * assert.deepEqual(twoThreads, oneThread);
 * ```
 */
export async function startThreads(options: ThreadOptions): Promise<Threads> {
  const o = checkOptions("startThreads", options, ["threads", "minimumWork"]);
  if (o.threads !== 2) {
    throw new RangeError(`startThreads threads must be 2, got ${String(o.threads)}`);
  }
  const minimumWork = o.minimumWork ?? MINIMUM_WORK;
  if (typeof minimumWork !== "number" || !(minimumWork >= 0)) {
    throw new RangeError(
      `startThreads minimumWork must be a number ≥ 0, got ${String(o.minimumWork)}`,
    );
  }
  if (typeof SharedArrayBuffer !== "function" || typeof Worker !== "function") {
    throw new Error(
      "startThreads needs SharedArrayBuffer and workers: in a browser, a cross-origin " +
        "isolated page",
    );
  }
  const flavours = createWasmKernels(undefined, { shared: true, suffix: "×2" });
  if (flavours === null) {
    throw new Error(
      "startThreads needs WebAssembly with 128-bit and relaxed SIMD and a shared memory",
    );
  }
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
  const script = URL.createObjectURL(new Blob([helperScript()], { type: "text/javascript" }));
  const worker = new Worker(script, { type: "module" });
  try {
    await new Promise<void>((resolve, reject) => {
      const silent = setTimeout(
        () => reject(new Error("the kernels' helper thread did not start within 60 s")),
        60_000,
      );
      const fail = (message: string) => {
        clearTimeout(silent);
        reject(new Error(`the kernels' helper thread did not start: ${message}`));
      };
      worker.onmessage = () => {
        clearTimeout(silent);
        resolve();
      };
      worker.onmessageerror = () => fail("its message could not be read");
      worker.onerror = (event) => {
        event.preventDefault();
        fail(event.message);
      };
      const { module, memory } = flavours;
      const start: HelperStart = { module, memory, control, names: HELPED, layout: LAYOUT };
      worker.postMessage(start);
    });
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    URL.revokeObjectURL(script);
  }
  const calls = caller(control, HELPED);
  let open = true;
  /** Stops the helper; the kernels go on alone. */
  const close = () => {
    if (!open) return;
    open = false;
    flavours.help(null, Infinity);
    calls.stop();
    worker.terminate();
  };
  // A helper that fails or falls silent is let go, so that later products run on this thread.
  worker.onerror = (event) => {
    event.preventDefault();
    close();
  };
  flavours.help({
    start: calls.start,
    finish() {
      try {
        calls.finish();
      } catch (error) {
        close();
        throw error;
      }
    },
  }, minimumWork);
  const { fused, exact } = flavours;
  return {
    wasm: fused,
    wasmExact: exact,
    get shared() {
      // Every export but the rounding to float32 is a product.
      return calls.counts.reduce((sum, n, i) => HELPED[i] === "narrow" ? sum : sum + n, 0);
    },
    twin(kernels) {
      if (kernels === wasmKernels || kernels === fused) return fused;
      if (kernels === wasmExactKernels || kernels === exact) return exact;
      throw new RangeError(
        `startThreads has two-thread twins of the wasm and wasm-exact kernels, not of ${kernels.name}`,
      );
    },
    close,
  };
}
