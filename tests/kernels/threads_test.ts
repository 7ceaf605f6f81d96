/** Two threads: the same bits as one, in every product and in training, and a clean stop. */
import assert from "node:assert/strict";
import {
  createRandom,
  type DType,
  getKernels,
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
import { helperScript, LAYOUT } from "../../lib/kernels/helper_thread.ts";

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
  const dw = array(k * n, false), dx = array(m * k, false), db = array(n, false);
  products.matmulBias(x, w, bias, zOnly, m, k, n);
  products.matmulBiasRelu!(x, w, bias, z, a, m, k, n);
  products.matmulTransA(x, delta, dw, m, k, n);
  products.matmulTransB(delta, w, dx, m, n, k);
  products.columnSums(delta, db, m, n);
  return [zOnly, z, a, dw, dx, db].map((r) => r.slice());
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
          for (const own of [true, false]) {
            const shared = threads.shared;
            assert.deepEqual(
              results(two, of(two), shape, seed, own),
              results(one, of(one), shape, seed, own),
              `${two.name} ${dtype} ${shape.join("×")}${own ? " own arrays" : ""}`,
            );
            // Every product but the column sums is shared when it has 24 rows or more.
            const rows = [shape[0], shape[0], shape[1], shape[0]];
            const expected = rows.filter((r) => r >= 24).length;
            assert.ok(threads.shared - shared >= expected, `${shape.join("×")}: helper used`);
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
  assert.equal(MINIMUM_WORK, 50_000);
  const shape = [128, 64, 32] as const;
  const before = results(threads.wasm, threads.wasm, shape, 9, true);
  assert.equal(threads.shared, 4, "the four products of 128 × 64 × 32 are shared");
  threads.close();
  threads.close(); // a second close does nothing
  assert.deepEqual(results(threads.wasm, threads.wasm, shape, 9, true), before);
  assert.equal(threads.shared, 4, "closed: nothing more is shared");
  assert.deepEqual(results(wasmKernels!, wasmKernels!, shape, 9, true), before);
  assert.notEqual(getKernels(), threads.wasm);
});

Deno.test("startThreads refuses options it cannot honour", async () => {
  await assert.rejects(startThreads({ threads: 4 as 2 }), {
    name: "RangeError",
    message: "startThreads threads must be 2, got 4",
  });
  await assert.rejects(startThreads(undefined as never), {
    message: "startThreads threads must be 2, got undefined",
  });
  await assert.rejects(startThreads({ threads: 2, minimumWork: -1 }), {
    message: "startThreads minimumWork must be a number ≥ 0, got -1",
  });
});

Deno.test("the helper's script is self-contained: it runs in a worker from a blob: URL", () => {
  const script = helperScript();
  assert.match(script, /^\(function listen\(/);
  assert.ok(!/\bLAYOUT\b|\bHELPED\b/.test(script), "its constants come in its first message");
  assert.equal(LAYOUT.args + LAYOUT.count, 15);
});
