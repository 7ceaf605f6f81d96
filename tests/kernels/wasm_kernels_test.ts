import assert from "node:assert/strict";
import fc from "fast-check";
import {
  createRandom,
  getKernels,
  jsKernels,
  type Kernels,
  Matrix,
  relu,
  Sequential,
  setKernels,
  sgd,
  wasmExactKernels,
  wasmKernels,
} from "../../mod.ts";
import { nonFiniteAt } from "../../lib/kernels/backend.ts";
import { createWasmKernels } from "../../lib/kernels/wasm_kernels.ts";
import { assertClose } from "../fixtures/close.ts";
import { checkShape, using } from "../fixtures/kernel_check.ts";
import { randomBatch } from "../fixtures/random_batch.ts";

const wasm = wasmKernels!, exact = wasmExactKernels!;
/** The agreement the issue asks of the fused kernels: 1e-12 of the terms' magnitude. */
const AGREE = 1e-12;

/** Shapes that put every remainder of the 4-row and 6-, 4-, 2- and 1-column tiles through each product. */
function shapes(): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let a = 1; a <= 9; a++) {
    for (let b = 1; b <= 9; b++) out.push([a, 30, b], [30, a, b], [a, b, 30]);
  }
  return out;
}

/**
 * Workload shapes; widths that end in 6 + 4, 6 + 6 + 4, 6 + 6 + 2 + 1 and 6 + 6 + 6 + 4 + 1 columns;
 * and products cut into blocks for the cache: of t in each product (the weight gradient's t is
 * the batch), with the 4-row bands of packed and of side-by-side rows, and their odd columns.
 */
const LARGER: readonly [number, number, number][] = [
  [128, 784, 128],
  [64, 50, 25],
  [1000, 25, 1],
  [7, 11, 10],
  [6, 9, 16],
  [9, 5, 15],
  [37, 53, 29],
  [5, 600, 200], // three blocks of t (256 each) and three panels of columns (96 each)
  [9, 257, 97], // a block of one step, a panel of one column
  [300, 13, 15], // Xᵀ·δ: two blocks of t, bands of rows side by side, 6 + 6 + 2 + 1 columns
  [261, 270, 101], // two blocks of t and two panels in every product
  [6, 3, 98], // δ·Wᵀ: packed bands of 3 steps; X·W: a panel of 2 columns
];

Deno.test("WebAssembly SIMD compiles here and is the default backend", () => {
  assert.notEqual(wasmKernels, null);
  assert.equal(getKernels(), wasm);
  assert.equal(wasm.name, "wasm");
  assert.equal(exact.name, "wasm-exact");
});

Deno.test("wasm-exact equals the textbook loops bit for bit, on plain and on its own arrays", () => {
  let seed = 100;
  for (const [m, k, n] of shapes()) {
    checkShape(exact, m, k, n, seed);
    checkShape(exact, m, k, n, seed++, { own: true });
  }
  for (const [m, k, n] of LARGER) {
    checkShape(exact, m, k, n, seed++, { own: true });
  }
});

Deno.test("wasm agrees with the textbook loops to 1e-12 of the terms' magnitude", () => {
  let seed = 200;
  for (const [m, k, n] of shapes()) {
    checkShape(wasm, m, k, n, seed, { tolerance: AGREE });
    checkShape(wasm, m, k, n, seed++, { tolerance: AGREE, own: true });
  }
  for (const [m, k, n] of LARGER) {
    checkShape(wasm, m, k, n, seed++, { tolerance: AGREE, own: true });
  }
});

Deno.test("both WebAssembly flavours agree with the textbook on random shapes (property)", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.boolean(),
      (m, k, n, seed, own) => {
        checkShape(exact, m, k, n, seed, { own });
        checkShape(wasm, m, k, n, seed, { tolerance: AGREE, own });
      },
    ),
    { numRuns: 150, seed: 11 },
  );
});

Deno.test("the fused ReLU product writes Z and relu(Z) as the relu activation computes them", () => {
  for (const kernels of [wasm, exact]) {
    const m = 5, k = 3, n = 7;
    const x = kernels.allocate!(m * k), w = kernels.allocate!(k * n), bias = kernels.allocate!(n);
    x.set([1, -2, 0.5, 0, 0, 0, 3, 1, -1, 1e308, 1e308, 0, -1e308, -1e308, 0]);
    w.set(Array.from({ length: k * n }, (_, i) => (i % 3) - 1 + i / 10));
    bias.set([0.5, -0.5, 0, 1, -1, 2, -2]);
    const z = new Float64Array(m * n), a = new Float64Array(m * n).fill(NaN);
    const zWant = new Float64Array(m * n);
    kernels.matmulBiasRelu!(x, w, bias, z, a, m, k, n);
    kernels.matmulBias(x, w, bias, zWant, m, k, n);
    assert.deepEqual(z, zWant, kernels.name);
    const aWant = new Matrix(m, n);
    relu.forward(new Matrix(m, n, zWant), aWant);
    assert.deepEqual(a, aWant.data, `${kernels.name}: the same relu, NaN and −∞ included`);
    assert.ok(z.some((v) => Number.isNaN(v) || v === -Infinity), "the data reach the edge cases");
    assert.ok(!a.some((v) => Object.is(v, -0)), "no negative zero");
    // Without Z (an inference pass): the same relu(Z), on plain and own arrays, and nothing else.
    for (const only of [new Float64Array(m * n), kernels.allocate!(m * n)]) {
      const neighbour = kernels.allocate!(m * n).fill(7);
      kernels.matmulBiasRelu!(x, w, bias, null, only, m, k, n);
      assert.deepEqual(Array.from(only), Array.from(aWant.data), `${kernels.name} without Z`);
      assert.ok(neighbour.every((v) => v === 7));
    }
  }
});

Deno.test("allocate gives zeroed views of one memory, 1 GiB where the system grants it", () => {
  // A fresh memory: the first block starts at byte 64, where a product without Z would write
  // if it took "no Z" (pointer 0) for an address.
  const { fused } = createWasmKernels([2])!;
  const sentinel = fused.allocate!(64).fill(7);
  const x = fused.allocate!(6 * 5).fill(1), w = fused.allocate!(5 * 7).fill(1);
  const activated = fused.allocate!(6 * 7);
  fused.matmulBiasRelu!(x, w, null, null, activated, 6, 5, 7);
  assert.ok(activated.every((v) => v === 5));
  assert.ok(sentinel.every((v) => v === 7), "nothing written at the start of the memory");

  const small = wasm.allocate!(5);
  assert.deepEqual(Array.from(small), [0, 0, 0, 0, 0]);
  assert.ok(
    [16384, 4096, 1024, 256].map((pages) => pages * 65536).includes(small.buffer.byteLength),
  );
  assert.equal(
    small.buffer.constructor,
    ArrayBuffer,
    "not shared: no cross-origin isolation needed",
  );
  assert.equal(exact.allocate, wasm.allocate, "one memory for both flavours");
  assert.equal(wasm.allocate!(0).length, 0);
  assert.throws(() => wasm.allocate!(-1), {
    name: "RangeError",
    message: "allocate needs a length that is a non-negative integer, got -1",
  });
  assert.throws(() => wasm.allocate!(1.5), { name: "RangeError" });
});

Deno.test("a full memory: allocate gives ordinary arrays, and products run in TypeScript", () => {
  const { fused, exact: tiny } = createWasmKernels([2])!; // 128 KiB, 16,384 numbers
  const x = tiny.allocate!(8 * 100), w = tiny.allocate!(100 * 9), bias = tiny.allocate!(9);
  x.forEach((_, i) => x[i] = Math.sin(i));
  w.forEach((_, i) => w[i] = Math.cos(i));
  bias.forEach((_, i) => bias[i] = i - 4);
  const rest = [tiny.allocate!(12000)];
  while (rest[rest.length - 1].buffer === x.buffer) rest.push(tiny.allocate!(64)); // fill it
  const plain = rest[rest.length - 1];
  assert.equal(rest.length > 2, true);
  assert.equal(plain.length, 64);
  assert.deepEqual(Array.from(plain.subarray(0, 3)), [0, 0, 0]);
  // Plain operands need scratch copies, for which there is no room either.
  const xPlain = x.slice(), wPlain = w.slice();
  const z = new Float64Array(8 * 9), a = new Float64Array(8 * 9), want = new Float64Array(8 * 9);
  jsKernels.matmulBias(x, w, bias, want, 8, 100, 9);
  tiny.matmulBias(xPlain, wPlain, bias, z, 8, 100, 9);
  assert.deepEqual(z, want, "exact: bit for bit, in TypeScript");
  fused.matmulBiasRelu!(xPlain, wPlain, bias, null, a, 8, 100, 9);
  const aWant = new Matrix(8, 9);
  relu.forward(new Matrix(8, 9, want), aWant);
  assert.deepEqual(a, aWant.data, "the ReLU without Z too");
  for (const [m, k, n] of [[8, 100, 9], [3, 7, 5]]) checkShape(tiny, m, k, n, 3, { own: false });
  // The float32 products too: in TypeScript, with its bits.
  const z32 = new Float64Array(8 * 9), want32 = new Float64Array(8 * 9);
  jsKernels.float32!.matmulBias(x, w, bias, want32, 8, 100, 9);
  fused.float32!.matmulBias(xPlain, wPlain, bias, z32, 8, 100, 9);
  assert.deepEqual(z32, want32);
});

Deno.test("products of at most 64 multiply-adds have the TypeScript kernels' bits in both flavours", () => {
  const random = createRandom(41);
  for (const [m, k, n] of [[4, 4, 4], [2, 3, 10], [1, 64, 1], [4, 3, 2]]) {
    const x = wasm.allocate!(m * k), w = wasm.allocate!(k * n), bias = wasm.allocate!(n);
    for (const a of [x, w, bias]) for (let i = 0; i < a.length; i++) a[i] = random.normal();
    const want = new Float64Array(m * n), got = new Float64Array(m * n);
    jsKernels.matmulBias(x, w, bias, want, m, k, n);
    wasm.matmulBias(x, w, bias, got, m, k, n);
    assert.deepEqual(got, want, `${m}×${k}×${n}`);
  }
});

Deno.test("an own array too short for the shape is refused, not overrun", () => {
  const x = exact.allocate!(16), w = exact.allocate!(16);
  const out = exact.allocate!(8), neighbour = exact.allocate!(8).fill(7);
  for (const kernels of [exact, wasm]) {
    // 64 multiply-adds, in TypeScript, and 80, in WebAssembly: the same check.
    for (const k of [4, 5]) {
      assert.throws(() => kernels.matmulBias(x, w, null, out, 4, k, 4), {
        name: "RangeError",
        message: `wasm kernels: an operand of ${k === 4 ? 8 : 16} numbers where ${
          k === 4 ? 16 : 20
        } are needed`,
      });
    }
  }
  assert.deepEqual(Array.from(neighbour), [7, 7, 7, 7, 7, 7, 7, 7]);
  // A plain array too short is refused too, in the WebAssembly products as in the small ones.
  for (const products of [wasm, wasm.float32!]) {
    assert.throws(
      () => products.matmulBias(new Float64Array(59), w, null, new Float64Array(64), 8, 8, 8),
      { message: "wasm kernels: an operand of 59 numbers where 64 are needed" },
    );
    assert.throws(
      () => products.matmulTransA(x, new Float64Array(64), new Float64Array(10), 8, 2, 8),
      { message: "wasm kernels: an operand of 10 numbers where 16 are needed" },
    );
  }
});

Deno.test("allFinite screens for NaN and infinities in own and plain arrays", () => {
  for (const own of [true, false]) {
    for (const length of [0, 1, 7, 8, 9, 1000]) {
      const a = own ? wasm.allocate!(length) : new Float64Array(length);
      a.forEach((_, i) => a[i] = i - 3);
      assert.equal(wasm.allFinite!(a), true, `length ${length}`);
      for (const bad of [NaN, Infinity, -Infinity]) {
        for (const at of length === 0 ? [] : [0, length >> 1, length - 1]) {
          const keep = a[at];
          a[at] = bad;
          assert.equal(wasm.allFinite!(a), false, `${bad} at ${at} of ${length}`);
          assert.equal(nonFiniteAt(a), at);
          a[at] = keep;
        }
      }
      assert.equal(nonFiniteAt(a), -1);
    }
  }
  // Finite numbers whose sum overflows: the screen says no, the scan then finds none.
  const huge = wasm.allocate!(3).fill(Number.MAX_VALUE);
  assert.equal(wasm.allFinite!(huge), false);
  assert.equal(nonFiniteAt(huge), -1);
});

Deno.test("setKernels takes backends by name and explains the unknown ones", () => {
  const initial = getKernels();
  try {
    assert.equal(setKernels("js"), initial);
    assert.equal(getKernels(), jsKernels);
    setKernels("wasm-exact");
    assert.equal(getKernels(), exact);
    setKernels("wasm");
    assert.equal(getKernels(), wasm);
    assert.throws(() => setKernels("gpu" as "js"), {
      name: "RangeError",
      message: 'setKernels: unknown backend "gpu"; expected "wasm", "wasm-exact" or "js"',
    });
  } finally {
    setKernels(initial);
  }
});

/** Trains a 6-32-32-3 network for 3 epochs with `kernels`; returns its weights. */
function trained(kernels: Kernels, seed: number): number[] {
  return using(kernels, () => {
    const { x, y } = randomBatch(createRandom(seed), 200, 6, 3, "oneHot");
    const model = Sequential.fromArchitecture([
      { inputDim: 6, outputDim: 32, activation: "relu" },
      { inputDim: 32, outputDim: 32, activation: "tanh" },
      { inputDim: 32, outputDim: 3, activation: "softmax" },
    ], { seed });
    model.fit(x, y, {
      loss: "crossEntropy",
      optimizer: sgd({ learningRate: 0.05 }),
      epochs: 3,
      batchSize: 32,
      seed,
    });
    return model.layers.flatMap((l) => [...l.weights.data, ...l.bias!]);
  });
}

Deno.test("each backend is deterministic; wasm-exact equals js bit for bit, wasm agrees closely", () => {
  const js = trained(jsKernels, 5);
  assert.deepEqual(trained(exact, 5), js, "wasm-exact trains exactly as the TypeScript kernels");
  const fused = trained(wasm, 5);
  assert.deepEqual(trained(wasm, 5), fused, "the same seed gives the same bits");
  assertClose(fused, js, AGREE, "wasm against js");
});

Deno.test("a fused product's bits do not depend on the tile: packed, side-by-side and single rows agree", () => {
  const random = createRandom(31);
  // Each single row is above the 64 multiply-adds that run in TypeScript.
  for (const [m, k, n] of [[13, 40, 15], [8, 300, 10], [5, 13, 6]]) {
    const x = wasm.allocate!(m * k), xT = wasm.allocate!(k * m), w = wasm.allocate!(k * n);
    for (let i = 0; i < m * k; i++) x[i] = random.normal();
    for (let i = 0; i < m; i++) for (let t = 0; t < k; t++) xT[t * m + i] = x[i * k + t];
    for (let i = 0; i < k * n; i++) w[i] = random.normal();
    const packed = wasm.allocate!(m * n), sideBySide = wasm.allocate!(m * n);
    wasm.matmulBias(x, w, null, packed, m, k, n); // rows packed 4 at a time
    wasm.matmulTransA(xT, w, sideBySide, k, m, n); // (Xᵀ)ᵀ·W: rows side by side already
    const rows = new Float64Array(m * n), row = new Float64Array(n);
    for (let i = 0; i < m; i++) { // one row at a time: the broadcast tiles
      wasm.matmulBias(x.slice(i * k, (i + 1) * k), w, null, row, 1, k, n);
      rows.set(row, i * n);
    }
    assert.deepEqual(Array.from(sideBySide), Array.from(packed), `${m}×${k}×${n}`);
    assert.deepEqual(Array.from(rows), Array.from(packed), `${m}×${k}×${n}`);
    assert.notDeepEqual(Array.from(packed), new Array(m * n).fill(0));
  }
});
