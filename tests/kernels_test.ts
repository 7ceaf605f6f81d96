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
} from "../mod.ts";
import { rowBuffer } from "../lib/row_buffer.ts";
import { matmul, transpose } from "./naive.ts";

/** Runs every kernel of `kernels` on one shape and checks it against the textbook, bit for bit. */
function checkShape(kernels: Kernels, m: number, k: number, n: number, seed: number): void {
  const random = createRandom(seed);
  const rows = (r: number, c: number) =>
    Array.from({ length: r }, () => Array.from({ length: c }, () => random.normal()));
  // X·W + b with X m × k and W k × n; Xᵀ·δ and δ·Wᵀ with δ m × n.
  const x = rows(m, k), w = rows(k, n), bias = rows(1, n)[0], delta = rows(m, n);
  // The textbook sums in reduction order, from the bias or from 0, as the kernels must.
  const want = {
    forward: x.map((row) => bias.map((b, j) => row.reduce((s, v, p) => s + v * w[p][j], b))),
    plain: matmul(x, w),
    transA: matmul(transpose(x), delta),
    transB: matmul(delta, transpose(w)),
    sums: transpose(delta).map((column) => column.reduce((s, v) => s + v, 0)),
  };
  const flat = (x: number[][]) => Float64Array.from(x.flat());
  const dirty = (length: number) => new Float64Array(length).fill(NaN);
  const shape = `${m} × ${k} × ${n}`;

  const z = dirty(m * n);
  kernels.matmulBias(flat(x), flat(w), Float64Array.from(bias), z, m, k, n);
  assert.deepEqual(z, flat(want.forward), `matmulBias ${shape}`);
  kernels.matmulBias(flat(x), flat(w), null, z, m, k, n);
  assert.deepEqual(z, flat(want.plain), `matmulBias without bias ${shape}`);
  if (kernels.matmulBiasRelu !== undefined) {
    const rectified = dirty(m * n), expected = new Matrix(m, n);
    kernels.matmulBiasRelu(flat(x), flat(w), Float64Array.from(bias), z, rectified, m, k, n);
    assert.deepEqual(z, flat(want.forward), `matmulBiasRelu Z ${shape}`);
    relu.forward(new Matrix(m, n, flat(want.forward)), expected);
    assert.deepEqual(rectified, expected.data, `matmulBiasRelu A ${shape}`);
  }
  const dw = dirty(k * n);
  kernels.matmulTransA(flat(x), flat(delta), dw, m, k, n);
  assert.deepEqual(dw, flat(want.transA), `matmulTransA ${shape}`);
  const dx = dirty(m * k);
  kernels.matmulTransB(flat(delta), flat(w), dx, m, n, k);
  assert.deepEqual(dx, flat(want.transB), `matmulTransB ${shape}`);
  const sums = dirty(n);
  kernels.columnSums(flat(delta), sums, m, n);
  assert.deepEqual(sums, Float64Array.from(want.sums), `columnSums ${shape}`);
}

Deno.test("js kernels equal the textbook loops bit for bit on every small shape", () => {
  assert.equal(typeof jsKernels.matmulBiasRelu, "function");
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
  assert.equal(getKernels(), jsKernels);
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
  assert.throws(() => setKernels({ ...partial, name: "wasm" } as unknown as Kernels), {
    name: "TypeError",
    message: 'setKernels: backend "wasm" has no matmulTransB function',
  });
  assert.throws(
    () => setKernels({ ...jsKernels, name: "odd", matmulBiasRelu: 1 } as unknown as Kernels),
    {
      name: "TypeError",
      message: 'setKernels: backend "odd" has a matmulBiasRelu that is not a function',
    },
  );
  assert.equal(getKernels(), jsKernels);
});

Deno.test("rowBuffer reuses its views for recent row counts and grows once", () => {
  const buffer = rowBuffer(3);
  const full = buffer(64), tail = buffer(40);
  assert.deepEqual([full.rows, full.cols, tail.rows, tail.cols], [64, 3, 40, 3]);
  assert.equal(buffer(64), full);
  assert.equal(buffer(40), tail);
  assert.equal(full.data.buffer, tail.data.buffer, "one storage for all row counts");
  const block = buffer(1024);
  assert.equal(block.data.length, 1024 * 3);
  assert.notEqual(buffer(64), full, "views of the old storage are dropped when it grows");
  assert.equal(buffer(64).data.buffer, block.data.buffer);
  for (const rows of [1, 2, 3, 4]) buffer(rows);
  assert.equal(buffer(4).rows, 4);
});

Deno.test("a layer trains alternating batch sizes on reused buffers", () => {
  const layer = new Dense(2, 3, { activation: "relu", seed: 1 });
  const big = Matrix.from([[1, 2], [3, 4], [5, 6]]), small = Matrix.from([[1, 2]]);
  const first = layer.forward(big);
  assert.equal(layer.forward(small).rows, 1);
  assert.equal(layer.forward(big), first, "the 3-row output buffer is the same object");
  assert.deepEqual(layer.forward(small).toArray(), [layer.forward(big).row(0)]);
});

Deno.test("relu multiplies by its mask: exact values, +0 for negatives, NaN kept", () => {
  const z = Matrix.from([[-3, -0, 0, 2.5, 1e308, 5e-324]]);
  const a = new Matrix(1, 6);
  relu.forward(z, a);
  assert.deepEqual(Array.from(a.data), [0, 0, 0, 2.5, 1e308, 5e-324]);
  assert.ok(a.data.every((v) => !Object.is(v, -0)));
  const dz = new Matrix(1, 6);
  relu.backward(z, a, Matrix.from([[-1, 2, 3, -4, 5, 6]]), dz);
  assert.deepEqual(Array.from(dz.data), [0, 0, 0, -4, 5, 6]);
  const out = new Matrix(1, 1);
  relu.forward(new Matrix(1, 1, new Float64Array([NaN])), out);
  assert.ok(Number.isNaN(out.data[0]));
});

Deno.test("outputs whose sum overflows are finite; a NaN is still found at its row and column", () => {
  const layer = new Dense(1, 3, { seed: 0 });
  layer.weights.data.set([1e308, 1e308, 1e308]);
  const model = new Sequential([layer]);
  assert.deepEqual(model.forward([[1], [1]]).toArray(), [[1e308, 1e308, 1e308], [
    1e308,
    1e308,
    1e308,
  ]]);
  layer.weights.data.set([1, 1e308, 1]);
  assert.throws(() => model.forward([[1], [2], [1]]), {
    name: "RangeError",
    message: /^layer 0 \(Dense 1 → 3\) gave Infinity at row 1, column 1 \(activation linear\)\./,
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
