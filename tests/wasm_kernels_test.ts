import assert from "node:assert/strict";
import fc from "fast-check";
import {
  createRandom,
  getKernels,
  gradCheck,
  jsKernels,
  type Kernels,
  Matrix,
  relu,
  Sequential,
  setKernels,
  sgd,
  wasmFmaKernels,
  wasmKernels,
} from "../mod.ts";
import { nonFiniteAt } from "../lib/kernels.ts";
import { committed, compile } from "../wasm/build.ts";
import { checkShape } from "./kernel_check.ts";
import { chainModel, OUTPUT_PAIRS, randomBatch, randomizeBiases } from "./random_batch.ts";

const wasm = wasmKernels!, fma = wasmFmaKernels!;
/** The agreement the issue asks of the fused kernels: 1e-12 of the terms' magnitude. */
const AGREE = 1e-12;

/** Shapes that put every remainder of the 4-row and 4-, 2- and 1-column blocks through each product. */
function shapes(): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let a = 1; a <= 9; a++) {
    for (let b = 1; b <= 9; b++) out.push([a, 30, b], [30, a, b], [a, b, 30]);
  }
  return out;
}

Deno.test("WebAssembly SIMD compiles here and is the default backend", () => {
  assert.notEqual(wasmFmaKernels, null);
  assert.equal(getKernels(), wasmKernels);
  assert.equal(fma.name, "wasm-fma");
  assert.equal(wasm.name, "wasm");
});

Deno.test("wasm equals the textbook loops bit for bit, on plain and on its own arrays", () => {
  let seed = 100;
  for (const [m, k, n] of shapes()) {
    checkShape(wasm, m, k, n, seed, 0, false);
    checkShape(wasm, m, k, n, seed++, 0, true);
  }
  for (const [m, k, n] of [[128, 784, 128], [64, 50, 25], [1000, 25, 1], [37, 53, 29]]) {
    checkShape(wasm, m, k, n, seed++, 0, true);
  }
});

Deno.test("wasm-fma agrees with the textbook loops to 1e-12 of the terms' magnitude", () => {
  let seed = 200;
  for (const [m, k, n] of shapes()) {
    checkShape(fma, m, k, n, seed, AGREE, false);
    checkShape(fma, m, k, n, seed++, AGREE, true);
  }
  for (const [m, k, n] of [[128, 784, 128], [64, 50, 25], [1000, 25, 1], [37, 53, 29]]) {
    checkShape(fma, m, k, n, seed++, AGREE, true);
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
        checkShape(wasm, m, k, n, seed, 0, own);
        checkShape(fma, m, k, n, seed, AGREE, own);
      },
    ),
    { numRuns: 150, seed: 11 },
  );
});

Deno.test("the fused ReLU product writes Z and relu(Z) as the relu activation computes them", () => {
  for (const kernels of [fma, wasm]) {
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
  }
});

Deno.test("allocate gives zeroed views of one memory that survive its growth", () => {
  const small = fma.allocate!(5);
  assert.deepEqual(Array.from(small), [0, 0, 0, 0, 0]);
  small.set([1, 2, 3, 4, 5]);
  const before = small.buffer.byteLength;
  const big = fma.allocate!(before / 8 + 1); // more than the whole memory holds now
  assert.ok(big.buffer.byteLength > before, "the memory grew");
  assert.deepEqual(Array.from(small), [1, 2, 3, 4, 5], "an earlier view is intact");
  assert.equal(big[big.length - 1], 0);
  assert.equal(small.buffer.constructor, SharedArrayBuffer);
  assert.equal(wasm.allocate, fma.allocate, "one memory for both flavours");
  assert.deepEqual(fma.allocate!(0), new Float64Array(0));
  assert.throws(() => fma.allocate!(-1), {
    name: "RangeError",
    message: "allocate needs a length that is a non-negative integer, got -1",
  });
  assert.throws(() => fma.allocate!(1.5), { name: "RangeError" });
  // A product across old and new views, and an output that is not ours.
  const x = fma.allocate!(4 * 20), w = fma.allocate!(20 * 5);
  x.forEach((_, i) => x[i] = Math.sin(i));
  w.forEach((_, i) => w[i] = Math.cos(i));
  const z = new Float64Array(4 * 5), want = new Float64Array(4 * 5);
  wasm.matmulBias(x, w, small, z, 4, 20, 5);
  jsKernels.matmulBias(x, w, small, want, 4, 20, 5);
  assert.deepEqual(z, want);
});

Deno.test("sum screens for NaN and infinities in own and plain arrays", () => {
  for (const own of [true, false]) {
    for (const length of [0, 1, 7, 8, 9, 1000]) {
      const a = own ? fma.allocate!(length) : new Float64Array(length);
      a.forEach((_, i) => a[i] = i - 3);
      const want = a.reduce((s, v) => s + v, 0);
      assert.equal(fma.sum!(a), want, `length ${length}`);
      for (const bad of [NaN, Infinity, -Infinity]) {
        for (const at of length === 0 ? [] : [0, length >> 1, length - 1]) {
          const keep = a[at];
          a[at] = bad;
          assert.ok(!Number.isFinite(fma.sum!(a)), `${bad} at ${at} of ${length}`);
          assert.equal(nonFiniteAt(a), at);
          a[at] = keep;
        }
      }
      assert.equal(nonFiniteAt(a), -1);
    }
  }
});

Deno.test("setKernels takes backends by name and explains the unknown ones", () => {
  const initial = getKernels();
  try {
    assert.equal(setKernels("js"), initial);
    assert.equal(getKernels(), jsKernels);
    setKernels("wasm");
    assert.equal(getKernels(), wasm);
    setKernels("wasm-fma");
    assert.equal(getKernels(), fma);
    assert.throws(() => setKernels("gpu" as "js"), {
      name: "RangeError",
      message: 'setKernels: unknown backend "gpu"; expected "wasm", "wasm-fma" or "js"',
    });
  } finally {
    setKernels(initial);
  }
});

/** Runs `body` with `kernels` active, then restores the previous ones. */
function using<T>(kernels: Kernels, body: () => T): T {
  const previous = setKernels(kernels);
  try {
    return body();
  } finally {
    setKernels(previous);
  }
}

const HIDDEN = ["relu", "leakyRelu", "sigmoid", "tanh", "linear"];

for (const kernels of [fma, wasm, jsKernels]) {
  Deno.test(`${kernels.name}: every activation, output and loss passes the gradient check`, () => {
    using(kernels, () => {
      for (const pair of OUTPUT_PAIRS) {
        for (const hidden of HIDDEN) {
          const outputs = pair.activation === "softmax" || pair.targets === "oneHot" ? 3 : 2;
          const model = Sequential.fromArchitecture([
            { inputDim: 9, outputDim: 16, activation: hidden },
            { inputDim: 16, outputDim: 16, activation: hidden },
            { inputDim: 16, outputDim: outputs, activation: pair.activation },
          ], { seed: 7 });
          const random = createRandom(8);
          const { x, y } = randomBatch(random, 12, 9, outputs, pair.targets);
          randomizeBiases(model, random);
          const result = gradCheck(model, pair.loss, x, y);
          const label = `${hidden} → ${pair.activation} + ${pair.loss}`;
          assert.ok(result.passed, `${label}: ${JSON.stringify(result.worst)} ${result.problems}`);
          assert.ok(result.maxRelativeError < 1e-6, label);
        }
      }
    });
  });

  Deno.test(`${kernels.name}: seeded random deep architectures pass (property)`, () => {
    using(kernels, () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 2, maxLength: 5 }),
          fc.constantFrom(...HIDDEN),
          fc.constantFrom(...OUTPUT_PAIRS),
          fc.integer({ min: 1, max: 20 }),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          (dims, hidden, pair, rows, seed) => {
            const model = chainModel(dims, () => hidden, pair, { seed, bias: true });
            const random = createRandom(seed + 1);
            const { x, y } = randomBatch(
              random,
              rows,
              dims[0],
              dims[dims.length - 1],
              pair.targets,
            );
            randomizeBiases(model, random);
            model.forward(x);
            fc.pre(model.layers.every((l) => !l.z.data.includes(0)));
            const result = gradCheck(model, pair.loss, x, y);
            assert.ok(
              result.passed && result.maxRelativeError < 1e-6,
              JSON.stringify(result.worst),
            );
          },
        ),
        { numRuns: 100, seed: 2026 },
      );
    });
  });
}

/** Trains a 6-32-32-3 network for 3 epochs with `kernels`; returns its weights. */
function trained(kernels: Kernels, seed: number): number[] {
  return using(kernels, () => {
    const random = createRandom(seed);
    const x = Matrix.from(
      Array.from({ length: 200 }, () => Array.from({ length: 6 }, random.normal)),
    );
    const y = new Matrix(200, 3);
    for (let i = 0; i < 200; i++) y.data[i * 3 + (x.data[i * 6] > 0 ? 0 : 1)] = 1;
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

Deno.test("each backend is deterministic; wasm equals js bit for bit, wasm-fma agrees closely", () => {
  const js = trained(jsKernels, 5);
  assert.deepEqual(trained(wasm, 5), js, "wasm trains exactly as the TypeScript kernels");
  const fused = trained(fma, 5);
  assert.deepEqual(trained(fma, 5), fused, "the same seed gives the same bits");
  const worst = Math.max(
    ...fused.map((v, i) => Math.abs(v - js[i]) / Math.max(1, Math.abs(js[i]))),
  );
  assert.ok(worst < 1e-12, `fused differs from js by ${worst}`);
});

Deno.test("the committed WebAssembly module is a fresh build of wasm/assembly/kernels.ts", async () => {
  assert.deepEqual(await committed(), await compile());
});
