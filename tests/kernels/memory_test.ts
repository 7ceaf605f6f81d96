/**
 * Ownership of the kernels' memory: a block lives while any view of it does,
 * views are counted, and training reads only memory it owns, so `fit` and
 * `fitAsync` agree bit for bit whatever the garbage collector does between epochs.
 *
 * CI runs this file a second time with `BACKPROP_DEBUG_MEMORY=1`, which fills
 * freed blocks with NaN.
 */
import assert from "node:assert/strict";
import {
  type Backend,
  type FitOptions,
  getKernels,
  type History,
  jsKernels,
  Matrix,
  Sequential,
  setKernels,
} from "../../mod.ts";
import { allocate } from "../../lib/kernels/backend.ts";
import { collectGarbage } from "../fixtures/gc.ts";
import { rowView, subview } from "../../lib/primitives/matrix.ts";
import { createWasmKernels } from "../../lib/kernels/wasm_kernels.ts";
import { rowBuffer } from "../../lib/kernels/row_buffer.ts";
import { ROOT, sourceFiles } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const BACKENDS: readonly Backend[] = ["wasm", "wasm-exact", "js"];

/** A full collection, then a turn of the event loop, when finalizers run and blocks are freed. */
async function collect(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

test("no file in lib/ makes a view with subarray: views of the kernels' memory go through subview", async () => {
  const files = sourceFiles("lib");
  assert.ok(files.includes("lib/kernels/wasm_kernels.ts"), files.join(", "));
  const offenders: string[] = [];
  for (const path of files) {
    if (path === "lib/primitives/matrix.ts") continue;
    const text = await Deno.readTextFile(new URL(path, ROOT));
    // The one exception: the memory's own view maker, which counts what it makes.
    const rest = text.replaceAll("const view = data.subarray(", "");
    if (/\.subarray\(/.test(rest)) offenders.push(path);
  }
  assert.deepEqual(offenders, []);
});

Deno.test("a block lives while a view of it does, and is freed (filled with NaN) after the last", async () => {
  const { fused: kernels } = createWasmKernels([16], { debug: true })!;
  const make = () => {
    const whole = kernels.allocate!(1000);
    whole.fill(7);
    return subview(whole, 500, 1000); // the array itself is dropped at once
  };
  let tail: Float64Array | null = make();
  await collect();
  // Ask for blocks of the same size: none may be the one the view still reads.
  const others = Array.from({ length: 8 }, () => kernels.allocate!(1000).fill(-1));
  assert.ok(tail.every((v) => v === 7), "the view's values were overwritten");
  const start = tail.byteOffset - 500 * 8;
  const raw = new Float64Array(tail.buffer, start, 1000);
  tail = null;
  await collect();
  assert.ok(raw.every(Number.isNaN), "a block whose views are gone is freed and poisoned");
  const again = kernels.allocate!(1000);
  assert.equal(again.byteOffset, start, "the freed block serves the next request of its size");
  assert.ok(again.every((v) => v === 0), "a reused block is zeroed");
  assert.equal(others.length, 8);
});

Deno.test("views of views count too, and rowView and rowBuffer make counted views", async () => {
  const { exact: kernels } = createWasmKernels([16], { debug: true })!;
  const previous = setKernels(kernels);
  try {
    const inner = (() => {
      const outer = subview(kernels.allocate!(64).fill(3), 8, 64);
      return subview(outer, 8, 16);
    })();
    const buffer = rowBuffer(4);
    const first = buffer(2);
    first.data.fill(5);
    buffer(100); // outgrows the storage: `first` keeps the old one
    await collect();
    for (let i = 0; i < 20; i++) kernels.allocate!(64).fill(-1);
    for (let i = 0; i < 20; i++) kernels.allocate!(8).fill(-1);
    assert.ok(inner.every((v) => v === 3));
    assert.ok(first.data.every((v) => v === 5));
    const rows = (() => rowView(new Matrix(4, 2, kernels.allocate!(8).fill(1)), 1, 2))();
    await collect();
    for (let i = 0; i < 20; i++) kernels.allocate!(8).fill(-1);
    assert.deepEqual(rows.toArray(), [[1, 1], [1, 1]]);
  } finally {
    setKernels(previous);
  }
});

Deno.test("a subarray of the kernels' memory is refused in debug mode: by subview and as an operand", () => {
  const { exact: kernels } = createWasmKernels([16], { debug: true })!;
  const array = kernels.allocate!(12);
  const raw = array.subarray(0, 6);
  const message =
    /^RangeError: wasm kernels: cannot make a view of a view of the kernels' memory that no block counts; make views with subview \(matrix\.ts\), not subarray$/;
  assert.throws(() => subview(raw, 0, 2), message);
  assert.throws(
    () => kernels.matmulBias(raw, Float64Array.of(1, 2), null, new Float64Array(6), 3, 2, 1),
    /^RangeError: wasm kernels: cannot use a view of the kernels' memory that no block counts/,
  );
  // Counted views and plain arrays are accepted.
  const out = new Float64Array(3);
  kernels.matmulBias(subview(array, 0, 6).fill(1), Float64Array.of(1, 2), null, out, 3, 2, 1);
  assert.deepEqual(Array.from(out), [3, 3, 3]);
});

Deno.test("outside debug mode a user's subarray of the kernels' memory works everywhere, even once the memory is full", () => {
  const { exact: kernels } = createWasmKernels([16], { debug: false })!;
  const previous = setKernels(kernels);
  try {
    const store = kernels.allocate!(8);
    store.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const raw = store.subarray(4, 8);
    assert.deepEqual(Array.from(subview(raw, 1, 3)), [6, 7]);
    const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 1 });
    const [w1, w2] = model.layers[0].weights.data, [b] = model.layers[0].bias!;
    assert.deepEqual(
      model.predict(new Matrix(2, 2, raw)).data,
      Float64Array.of(5 * w1 + 6 * w2 + b, 7 * w1 + 8 * w2 + b),
    );
    const filler: Float64Array[] = [];
    for (const length of [4096, 512, 64, 8, 1]) {
      for (let block = kernels.allocate!(length); block.buffer === store.buffer;) {
        filler.push(block);
        block = kernels.allocate!(length);
      }
    }
    assert.notEqual(kernels.allocate!(1).buffer, store.buffer, "the memory is full");
    const z = store.subarray(0, 4), activated = store.subarray(4, 8);
    kernels.matmulBiasRelu!(
      Float64Array.of(1, -2, 3, 4),
      Float64Array.of(1, 0, 0, 1),
      null,
      z,
      activated,
      2,
      2,
      2,
    );
    assert.deepEqual(Array.from(z), [1, -2, 3, 4]);
    assert.deepEqual(Array.from(activated), [1, 0, 3, 4]);
  } finally {
    setKernels(previous);
  }
});

/** One class per region of the first input; the other inputs are noise. */
function classes(rows: number, inputs: number, outputs: number, seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const x: number[][] = [], y: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: inputs }, next);
    const c = Math.min(outputs - 1, Math.floor(row[0] * outputs));
    x.push(row);
    y.push(Array.from({ length: outputs }, (_, j) => (j === c ? 1 : 0)));
  }
  return { x, y };
}

const ARCHITECTURES: readonly (readonly number[])[] = [
  [64, 64, 10],
  [13, 32, 16, 3],
  [8, 5, 2],
];

/**
 * Everything a run produces that must not depend on the event loop: the history and the weights.
 * The callback collects garbage, awaits (in `fitAsync`) and allocates between epochs.
 */
async function run(sizes: readonly number[], asynchronous: boolean): Promise<[History, number[]]> {
  const layers = sizes.slice(1).map((outputs, i) => ({
    inputDim: sizes[i],
    outputDim: outputs,
    activation: i === sizes.length - 2 ? "softmax" : "relu",
  }));
  const model = Sequential.fromArchitecture(layers, { seed: 11 });
  const { x, y } = classes(300, sizes[0], sizes.at(-1)!, sizes.length);
  let junk: Float64Array[] = [];
  const options: FitOptions = {
    loss: "crossEntropy",
    epochs: 8,
    batchSize: 32,
    seed: 5,
    validationSplit: 0.25,
    metrics: ["accuracy"],
    earlyStopping: { patience: 3 },
    callbacks: asynchronous
      ? {
        async onEpochEnd() {
          collectGarbage();
          await new Promise((resolve) => setTimeout(resolve, 0));
          junk = overwriteFreed(); // held until the next epoch, while training goes on
        },
      }
      : { onEpochEnd: () => collectGarbage() },
  };
  const history = asynchronous ? await model.fitAsync(x, y, options) : model.fit(x, y, options);
  assert.ok(junk.length > 0 || !asynchronous);
  return [history, model.parameters.flatMap((p) => Array.from(p.value))];
}

/** Takes blocks of every size class up to 40,000 numbers and fills them with 10⁶: freed ones among them. */
function overwriteFreed(): Float64Array[] {
  const taken: Float64Array[] = [];
  for (let n = 8; n < 40_000; n = Math.ceil(n * 1.1)) taken.push(allocate(n).fill(1e6));
  return taken;
}

for (const backend of BACKENDS) {
  Deno.test(`fit and fitAsync agree bit for bit on ${backend}, with validation, early stopping and collections between epochs`, async () => {
    await collect();
    const previous = setKernels(backend);
    try {
      for (const sizes of ARCHITECTURES) {
        const [syncHistory, syncWeights] = await run(sizes, false);
        const [asyncHistory, asyncWeights] = await run(sizes, true);
        const [againHistory, againWeights] = await run(sizes, true);
        assert.deepEqual(asyncHistory, syncHistory, `history of ${sizes.join("-")}`);
        assert.deepEqual(againHistory, syncHistory, `repeated history of ${sizes.join("-")}`);
        assert.deepEqual(asyncWeights, syncWeights, `weights of ${sizes.join("-")}`);
        assert.deepEqual(againWeights, syncWeights, `repeated weights of ${sizes.join("-")}`);
        assert.ok(syncHistory.valLoss.every(Number.isFinite));
      }
    } finally {
      setKernels(previous);
    }
  });
}

Deno.test("the TypeScript kernels have no memory of their own to count", () => {
  assert.equal(jsKernels.allocate, undefined);
  const plain = new Float64Array(4);
  assert.equal(subview(plain, 1, 3).buffer, plain.buffer);
});

test("the default memory is in debug mode exactly when BACKPROP_DEBUG_MEMORY=1", () => {
  const debug = Deno.env.get("BACKPROP_DEBUG_MEMORY") === "1";
  const kernels = getKernels();
  assert.notEqual(kernels.allocate, undefined, "the default backend has its own memory");
  const array = allocate(8);
  const product = () =>
    kernels.matmulBias(
      array.subarray(0, 4),
      Float64Array.of(1),
      null,
      new Float64Array(4),
      4,
      1,
      1,
    );
  if (debug) assert.throws(product, /no block counts/);
  else product();
});
