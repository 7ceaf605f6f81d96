import assert from "node:assert/strict";
import fc from "fast-check";
import {
  createRandom,
  Dense,
  getKernels,
  jsKernels,
  type Kernels,
  Matrix,
  relu,
  Sequential,
  setKernels,
  wasmKernels,
} from "../../mod.ts";
import { rowBuffer } from "../../lib/kernels/row_buffer.ts";
import { checkShape } from "../fixtures/kernel_check.ts";

Deno.test("js kernels equal the textbook loops bit for bit on every small shape", () => {
  // 1 to 9 covers every remainder of the 4-row and 2- and 4-column blocks.
  let seed = 0;
  for (let m = 1; m <= 9; m++) {
    for (let k = 1; k <= 9; k++) {
      for (let n = 1; n <= 9; n++) checkShape(jsKernels, m, k, n, seed++);
    }
  }
  for (const [m, k, n] of [[64, 2, 25], [64, 25, 1], [128, 64, 10], [13, 17, 11], [40, 50, 50]]) {
    checkShape(jsKernels, m, k, n, seed++);
  }
});

Deno.test("js kernels equal the textbook loops on random shapes (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 24 }),
      fc.integer({ min: 1, max: 24 }),
      fc.integer({ min: 1, max: 24 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      (m, k, n, seed) => checkShape(jsKernels, m, k, n, seed),
    ),
    { numRuns: 200, seed: 5 },
  );
});

Deno.test("setKernels swaps the backend every layer calls, and checks it", () => {
  const initial = setKernels(jsKernels);
  assert.equal(initial, wasmKernels ?? jsKernels, "WebAssembly by default where it compiles");
  const calls: string[] = [];
  const tracing: Kernels = {
    name: "tracing",
    matmulBias: (...args) => (calls.push("matmulBias"), jsKernels.matmulBias(...args)),
    matmulTransA: (...args) => (calls.push("matmulTransA"), jsKernels.matmulTransA(...args)),
    matmulTransB: (...args) => (calls.push("matmulTransB"), jsKernels.matmulTransB(...args)),
    columnSums: (...args) => (calls.push("columnSums"), jsKernels.columnSums(...args)),
  };
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "relu" },
    { inputDim: 3, outputDim: 1 },
  ], { seed: 3 });
  const expected = model.lossAndGradients([[1, 2]], [[0.5]], "mse");
  assert.equal(setKernels(tracing), jsKernels);
  try {
    assert.deepEqual(model.lossAndGradients([[1, 2]], [[0.5]], "mse"), expected);
  } finally {
    assert.equal(setKernels(jsKernels), tracing);
  }
  assert.deepEqual(calls, [
    "matmulBias",
    "matmulBias",
    "matmulTransA",
    "columnSums",
    "matmulTransB",
    "matmulTransA",
    "columnSums",
  ]);
  assert.equal(getKernels(), jsKernels);

  assert.throws(() => setKernels(null as unknown as Kernels), {
    name: "TypeError",
    message: "setKernels needs a Kernels object, got null",
  });
  assert.throws(() => setKernels({ ...jsKernels, name: "" }), {
    name: "TypeError",
    message: "setKernels: the backend needs a non-empty string name",
  });
  const { matmulTransB: _, ...partial } = jsKernels;
  assert.throws(() => setKernels({ ...partial, name: "wasm-exact" } as unknown as Kernels), {
    name: "TypeError",
    message: 'setKernels: backend "wasm-exact" has no matmulTransB function',
  });
  let own = 0;
  const spread: Kernels = {
    ...jsKernels,
    name: "spread",
    matmulBias: (...args) => (own++, jsKernels.matmulBias(...args)),
  };
  setKernels(spread);
  try {
    assert.deepEqual(model.lossAndGradients([[1, 2]], [[0.5]], "mse"), expected);
    assert.equal(own, 2, "its own matmulBias serves the ReLU layer too");
  } finally {
    setKernels(initial);
  }
  assert.equal(getKernels(), initial);
  assert.throws(
    () => setKernels({ ...jsKernels, name: "odd", allFinite: 1 } as unknown as Kernels),
    {
      name: "TypeError",
      message: 'setKernels: backend "odd" has an optional allFinite that is not a function',
    },
  );
});

Deno.test("rowBuffer reuses its views for recent row counts and grows once", () => {
  const buffer = rowBuffer(3);
  const full = buffer(64), tail = buffer(40);
  assert.deepEqual([full.rows, full.cols, tail.rows, tail.cols], [64, 3, 40, 3]);
  assert.equal(buffer(64), full);
  assert.equal(buffer(40), tail);
  full.data[0] = 7;
  assert.equal(tail.data[0], 7, "one storage for all row counts");
  const block = buffer(1024);
  assert.equal(block.data.length, 1024 * 3);
  assert.notEqual(buffer(64), full, "views of the old storage are dropped when it grows");
  buffer(64).data[0] = 5;
  assert.equal(block.data[0], 5, "new views share the new storage");
  assert.equal(full.data[0], 7, "the outgrown storage is kept intact for views still in use");
  const recent = [1, 2, 3, 4].map((rows) => buffer(rows));
  assert.notEqual(buffer(1024), block, "four newer row counts evict the oldest view");
  assert.deepEqual([2, 3, 4].map((rows) => buffer(rows)), recent.slice(1));
});

Deno.test("reused buffers across batch sizes give what fresh buffers give, bit for bit", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 3, outputDim: 8, activation: "relu" },
    { inputDim: 8, outputDim: 5, activation: "tanh" },
    { inputDim: 5, outputDim: 2, activation: "softmax" },
  ], { seed: 4 });
  const random = createRandom(9);
  const batch = (rows: number) => {
    const x = new Matrix(rows, 3), y = new Matrix(rows, 2);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < 3; j++) x.data[i * 3 + j] = random.normal();
      y.data[i * 2 + (random.random() < 0.5 ? 0 : 1)] = 1;
    }
    return [x, y] as const;
  };
  for (const rows of [64, 40, 64, 1024, 40, 3, 1024]) {
    const [x, y] = batch(rows);
    const fresh = Sequential.fromJSON(model.toJSON());
    assert.deepEqual(
      model.lossAndGradients(x, y, "crossEntropy"),
      fresh.lossAndGradients(x, y, "crossEntropy"),
      `${rows} rows`,
    );
    assert.deepEqual(model.trace(x, y, "crossEntropy"), fresh.trace(x, y, "crossEntropy"));
    model.trainStep(x, y, "crossEntropy", "sgd");
  }
});

Deno.test("relu multiplies by its mask: exact values, +0 for negatives, NaN kept, −∞ to NaN", () => {
  const z = Matrix.from([[-3, -0, 0, 2.5, 1e308, 5e-324]]);
  const a = new Matrix(1, 6);
  relu.forward(z, a);
  assert.deepEqual(Array.from(a.data), [0, 0, 0, 2.5, 1e308, 5e-324]);
  assert.ok(a.data.every((v) => !Object.is(v, -0)));
  const dz = new Matrix(1, 6);
  relu.backward(z, a, Matrix.from([[-1, 2, 3, -4, 5, 6]]), dz);
  assert.deepEqual(Array.from(dz.data), [0, 0, 0, -4, 5, 6]);
  const out = new Matrix(1, 2);
  relu.forward(new Matrix(1, 2, new Float64Array([NaN, -Infinity])), out);
  assert.deepEqual(Array.from(out.data), [NaN, NaN]);
});

Deno.test("outputs whose sum overflows are finite; NaN and infinities are found where they are", () => {
  const layer = new Dense(1, 3, { seed: 0 });
  const model = new Sequential([layer]);
  layer.weights.data.set([1e308, 1e308, 1e308]);
  const big = [1e308, 1e308, 1e308];
  assert.deepEqual(model.forward([[1], [1]]).toArray(), [big, big]);
  const fails = (x: number[][], message: RegExp) =>
    assert.throws(() => model.forward(x), { name: "PredictionError", message });
  layer.weights.data.set([1, 1e308, 1]);
  fails(
    [[1], [2], [1]],
    /^layer 0 \(Dense 1 → 3\) gave Infinity at row 1, column 1 \(activation linear\)\./,
  );
  layer.weights.data.set([1e308, -1e308, 1]); // +∞ and −∞ in one row: their sum is NaN
  fails([[0], [3]], /^layer 0 \(Dense 1 → 3\) gave Infinity at row 1, column 0 /);
  // 5 rows × 3 columns: the last value lies past the last block of 4 the sum takes at once.
  layer.weights.data.set([0, 0, 1e308]);
  fails([[0], [0], [0], [0], [-3]], /^layer 0 \(Dense 1 → 3\) gave -Infinity at row 4, column 2 /);
  const relu = new Dense(1, 1, { activation: "relu", seed: 0 });
  relu.weights.data.set([1e308]);
  assert.throws(() => new Sequential([relu]).forward([[-3]]), {
    name: "PredictionError",
    message: /^layer 0 \(Dense 1 → 1\) gave NaN at row 0, column 0 \(activation relu\)\./,
  });
});

Deno.test("a Matrix holds a Float64Array and nothing else", () => {
  assert.throws(() => new Matrix(1, 2, new Float32Array(2) as unknown as Float64Array), {
    name: "TypeError",
    message: "Matrix data must be a Float64Array, got Float32Array",
  });
  assert.throws(() => new Matrix(1, 2, [1, 2] as unknown as Float64Array), {
    name: "TypeError",
    message: "Matrix data must be a Float64Array, got Array",
  });
});
