/** Two threads: the same bits as one, in every product and in training, and a clean stop. */
import assert from "node:assert/strict";
import {
  createRandom,
  type DType,
  jsKernels,
  type Kernels,
  MINIMUM_WORK,
  type Products,
  Sequential,
  setKernels,
  startThreads,
  type Threads,
  wasmExactKernels,
  wasmKernels,
} from "../../mod.ts";
import { caller, CONTROL_SLOTS, helperScript, LAYOUT } from "../../lib/kernels/helper_thread.ts";
import { HELPED, moduleBytes, withSharedMemory } from "../../lib/kernels/module_bytes.ts";

/** Runs `use` with two-thread kernels that share every product (`minimumWork` 0), then stops them. */
async function withThreads(use: (threads: Threads) => void | Promise<void>): Promise<void> {
  const threads = await startThreads({ threads: 2, minimumWork: 0 });
  try {
    await use(threads);
  } finally {
    threads.close();
  }
}

/** Shapes around the 12-row cut, with every tile remainder on both sides, and large ones. */
const SHAPES: readonly [number, number, number][] = [
  [24, 7, 9],
  [25, 13, 1],
  [31, 30, 17],
  [36, 5, 3],
  [49, 50, 25],
  [64, 25, 50],
  [128, 784, 128],
  [300, 13, 15],
  [1000, 50, 50],
  [23, 40, 40], // too few rows to share: one thread
];

/** Every product of `products` on one shape, from `kernels`' own arrays and from plain ones. */
function results(
  kernels: Kernels,
  products: Products,
  [m, k, n]: readonly [number, number, number],
  seed: number,
  own: boolean,
): Float64Array[] {
  const random = createRandom(seed);
  const array = (length: number, fill = true) => {
    const out = own ? kernels.allocate!(length) : new Float64Array(length);
    if (fill) { for (let i = 0; i < length; i++) out[i] = random.normal(); }
    return out;
  };
  const x = array(m * k), w = array(k * n), bias = array(n), delta = array(m * n);
  const z = array(m * n, false), a = array(m * n, false), zOnly = array(m * n, false);
  const aOnly = array(m * n, false);
  const dw = array(k * n, false), dx = array(m * k, false), db = array(n, false);
  products.matmulBias(x, w, bias, zOnly, m, k, n);
  products.matmulBiasRelu!(x, w, bias, z, a, m, k, n);
  products.matmulBiasRelu!(x, w, bias, null, aOnly, m, k, n);
  products.matmulTransA(x, delta, dw, m, k, n);
  products.matmulTransB(delta, w, dx, m, n, k);
  products.columnSums(delta, db, m, n);
  return [zOnly, z, a, aOnly, dw, dx, db].map((r) => r.slice());
}

Deno.test("two threads give one thread's bits in every product, float64 and float32, both flavours", async () => {
  await withThreads((threads) => {
    const pairs: [Kernels, Kernels][] = [
      [threads.wasm, wasmKernels!],
      [threads.wasmExact, wasmExactKernels!],
    ];
    let seed = 1;
    for (const [two, one] of pairs) {
      for (const dtype of ["float64", "float32"] as const) {
        const of = (k: Kernels) => dtype === "float64" ? k : k.float32!;
        for (const shape of SHAPES) {
          const shared = threads.shared;
          for (const own of [true, false]) {
            assert.deepEqual(
              results(two, of(two), shape, seed, own),
              results(one, of(one), shape, seed, own),
              `${two.name} ${dtype} ${shape.join("×")}${own ? " own arrays" : ""}`,
            );
            // Each product with 24 rows or more is shared: X·W + b three times (alone, with
            // relu, relu alone), δ·Wᵀ (m rows) and Xᵀ·δ (k rows); the column sums never are.
            const rows = [shape[0], shape[0], shape[0], shape[0], shape[1]];
            const expected = 2 * rows.filter((r) => r >= 24).length; // own arrays, then plain
            if (!own) assert.equal(threads.shared - shared, expected, `${shape.join("×")}`);
            seed++;
          }
        }
      }
    }
  });
});

Deno.test("a model trains to the same bits on two threads as on one", async () => {
  await withThreads((threads) => {
    const random = createRandom(3);
    const x = Array.from({ length: 96 }, () => Array.from({ length: 40 }, () => random.normal()));
    const y = x.map((row) => [+(row[0] + row[1] > 0), +(row[2] > 0.5)]);
    const train = (kernels: Kernels, dtype: DType) => {
      const previous = setKernels(kernels);
      try {
        const model = Sequential.fromArchitecture([
          { inputDim: 40, outputDim: 64, activation: "relu" },
          { inputDim: 64, outputDim: 32, activation: "tanh" },
          { inputDim: 32, outputDim: 2, activation: "sigmoid" },
        ], { seed: 4, dtype });
        model.fit(x, y, { loss: "logLoss", optimizer: "adam", epochs: 4, batchSize: 48, seed: 5 });
        return model.toJSON();
      } finally {
        setKernels(previous);
      }
    };
    for (const dtype of ["float64", "float32"] as const) {
      const shared = threads.shared;
      assert.deepEqual(train(threads.wasm, dtype), train(wasmKernels!, dtype), dtype);
      assert.ok(threads.shared > shared);
      assert.deepEqual(train(threads.wasmExact, dtype), train(wasmExactKernels!, dtype), dtype);
    }
  });
});

Deno.test("two-thread kernels are named, and keep working on one thread once closed", async () => {
  const threads = await startThreads({ threads: 2 });
  assert.equal(threads.wasm.name, "wasm×2");
  assert.equal(threads.wasmExact.name, "wasm-exact×2");
  // 128 × 64 × 32 is 262,144 multiply-adds, 24 × 64 × 32 is 49,152: the first five products of
  // `results` (m = 128) are shared, Xᵀ·δ (k = 64 rows) too; with 24 rows, none.
  assert.ok(128 * 64 * 32 >= MINIMUM_WORK && 24 * 64 * 32 < MINIMUM_WORK);
  results(threads.wasm, threads.wasm, [24, 64, 32], 8, true);
  assert.equal(threads.shared, 0);
  const shape = [128, 64, 32] as const;
  const before = results(threads.wasm, threads.wasm, shape, 9, true);
  assert.equal(threads.shared, 5);
  threads.close();
  threads.close(); // a second close does nothing
  assert.deepEqual(results(threads.wasm, threads.wasm, shape, 9, true), before);
  assert.equal(threads.shared, 5, "closed: nothing more is shared");
  assert.deepEqual(results(wasmKernels!, wasmKernels!, shape, 9, true), before);
});

Deno.test("twin gives the two-thread kernels of wasm and wasm-exact, and refuses others", async () => {
  await withThreads((threads) => {
    assert.equal(threads.twin(wasmKernels!), threads.wasm);
    assert.equal(threads.twin(wasmExactKernels!), threads.wasmExact);
    assert.equal(threads.twin(threads.wasm), threads.wasm);
    assert.throws(() => threads.twin(jsKernels), {
      message: "startThreads has two-thread twins of the wasm and wasm-exact kernels, not of js",
    });
  });
});

Deno.test("startThreads refuses options it cannot honour", async () => {
  await assert.rejects(startThreads({ threads: 4 as 2 }), {
    name: "RangeError",
    message: "startThreads threads must be 2, got 4",
  });
  await assert.rejects(startThreads(undefined as never), {
    message: "startThreads threads must be 2, got undefined",
  });
  await assert.rejects(startThreads({ threads: 2, minimumwork: 0 } as never), {
    name: "TypeError",
    message: 'startThreads has no option "minimumwork"; known options: threads, minimumWork',
  });
  await assert.rejects(startThreads({ threads: 2, minimumWork: -1 }), {
    message: "startThreads minimumWork must be a number ≥ 0, got -1",
  });
});

Deno.test("the helper's script is self-contained: its constants come in its first message", () => {
  const script = helperScript();
  assert.match(script, /^\(function listen\(/);
  assert.ok(!/\bLAYOUT\b|\bHELPED\b/.test(script), "its constants come in its first message");
});

/** A WebAssembly section: its id, its length, its content. */
function section(id: number, content: number[]): number[] {
  return [id, content.length, ...content];
}

/** A name as WebAssembly writes one: its length, then its bytes. */
function name(text: string): number[] {
  return [text.length, ...new TextEncoder().encode(text)];
}

/**
 * A module that imports `env.memory` with the limits `flags, 1 (, 1)`, and exports `exports` as
 * functions that trap (`unreachable`).
 */
function trappingModule(flags: number, exports: readonly string[]): Uint8Array<ArrayBuffer> {
  const limits = flags & 1 ? [flags, 1, 1] : [flags, 1];
  const n = exports.length;
  return Uint8Array.from([
    ...[0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
    ...section(1, [1, 0x60, 0, 0]), // one type: () → ()
    ...section(2, [1, ...name("env"), ...name("memory"), 2, ...limits]),
    ...section(3, [n, ...exports.map(() => 0)]),
    ...section(7, [n, ...exports.flatMap((e, i) => [...name(e), 0, i])]),
    ...section(10, [n, ...exports.flatMap(() => [3, 0, 0x00, 0x0b])]), // no locals; unreachable
  ]);
}

Deno.test("the module's memory is made shared by one flag bit, and a module without one is refused", () => {
  const bytes = moduleBytes();
  const shared = withSharedMemory(bytes);
  const differ = Array.from(bytes).flatMap((b, i) => (b === shared[i] ? [] : [[b, shared[i]]]));
  assert.deepEqual(differ, [[1, 3]], "only the limits' flags: a maximum, now shared too");
  assert.ok(WebAssembly.validate(shared));
  assert.ok(WebAssembly.validate(withSharedMemory(trappingModule(1, ["f"]))));
  assert.throws(() => withSharedMemory(trappingModule(0, ["f"])), {
    message:
      "the kernels' memory import env.memory has no maximum size, which a shared memory needs",
  });
});

Deno.test("a product that fails in the helper is an error that names it", async () => {
  const module = new WebAssembly.Module(withSharedMemory(trappingModule(1, [...HELPED])));
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
  const script = URL.createObjectURL(new Blob([helperScript()], { type: "text/javascript" }));
  const worker = new Worker(script, { type: "module" });
  try {
    await new Promise((resolve) => {
      worker.onmessage = resolve;
      worker.postMessage({ module, memory, control, names: HELPED, layout: LAYOUT });
    });
    const calls = caller(control, HELPED);
    calls.start(HELPED.indexOf("narrow"), [64, 128, 4]);
    assert.throws(() => calls.finish(), {
      message: "the kernels' helper thread failed in narrow(64, 128, 4)",
    });
    calls.start(0, [1, 2]); // the helper goes on after a failure
    assert.throws(() => calls.finish(), {
      message: "the kernels' helper thread failed in gemm(1, 2)",
    });
    assert.deepEqual(calls.counts, [1, 0, 0, 0, 1]);
    assert.throws(() => calls.start(0, new Array(12).fill(0)), {
      message: "a helper call takes at most 11 arguments",
    });
    calls.stop();
  } finally {
    worker.terminate();
    URL.revokeObjectURL(script);
  }
});
