/** The float32 products: against a float32 textbook, across backends, and what float32 layers use. */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  createRandom,
  Dense,
  jsKernels,
  type Kernels,
  Matrix,
  type Products,
  setKernels,
  wasmExactKernels,
  wasmKernels,
} from "../../mod.ts";

const js = jsKernels.float32!, exact = wasmExactKernels!.float32!, fused = wasmKernels!.float32!;
const round = Math.fround;

/**
 * `S + A·B` the textbook way in float32 (each product and each sum rounded, in the order of t),
 * and the float64 sums of the terms' magnitudes, which bound its rounding error.
 */
function textbook(
  a: (i: number, t: number) => number,
  b: (t: number, j: number) => number,
  bias: Float64Array | null,
  m: number,
  len: number,
  n: number,
): { sums: Float64Array; scale: Float64Array } {
  const sums = new Float64Array(m * n), scale = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let c = bias === null ? 0 : round(bias[j]), size = 0;
      for (let t = 0; t < len; t++) {
        c = round(c + round(round(a(i, t)) * round(b(t, j))));
        size += Math.abs(a(i, t) * b(t, j));
      }
      sums[i * n + j] = c;
      scale[i * n + j] = size;
    }
  }
  return { sums, scale };
}

interface Case {
  x: Float64Array;
  w: Float64Array;
  bias: Float64Array;
  delta: Float64Array;
}

function operands(m: number, k: number, n: number, seed: number, own: boolean): Case {
  const random = createRandom(seed);
  const array = (length: number) => {
    const out = own ? wasmKernels!.allocate!(length) : new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = random.normal();
    return out;
  };
  return { x: array(m * k), w: array(k * n), bias: array(n), delta: array(m * n) };
}

/**
 * Runs every float32 product of `products` on one shape: bit for bit the textbook, or, with a
 * `tolerance`, each result a float32 value within `tolerance · Σ|terms|` of it.
 */
function checkFloat32(
  products: Products,
  m: number,
  k: number,
  n: number,
  seed: number,
  own: boolean,
  tolerance = 0,
): void {
  const { x, w, bias, delta } = operands(m, k, n, seed, own);
  const label = (what: string) => `${what} ${m} × ${k} × ${n}${own ? " (own arrays)" : ""}`;
  const X = (i: number, t: number) => x[i * k + t], W = (t: number, j: number) => w[t * n + j];
  const D = (i: number, j: number) => delta[i * n + j];
  const check = (got: Float64Array, expected: ReturnType<typeof textbook>, what: string) => {
    const { sums: want, scale } = expected;
    if (tolerance === 0) return assert.deepEqual(got, want, label(what));
    got.forEach((v, i) => {
      assert.equal(round(v), v, `${label(what)} [${i}] is a float32 value`);
      assert.ok(Math.abs(v - want[i]) <= tolerance * scale[i] + 1e-30, `${label(what)} [${i}]`);
    });
  };
  const forward = textbook(X, W, bias, m, k, n);
  const z = new Float64Array(m * n).fill(NaN);
  products.matmulBias(x, w, bias, z, m, k, n);
  check(z, forward, "matmulBias");
  if (products.matmulBiasRelu !== undefined) {
    const zRelu = new Float64Array(m * n), a = new Float64Array(m * n).fill(NaN);
    products.matmulBiasRelu(x, w, bias, zRelu, a, m, k, n);
    assert.deepEqual(zRelu, z, label("matmulBiasRelu's Z"));
    assert.deepEqual(a, z.map((v) => v * +(v > 0) + 0), label("relu"));
  }
  const dw = new Float64Array(k * n).fill(NaN);
  products.matmulTransA(x, delta, dw, m, k, n);
  const XT = (i: number, t: number) => X(t, i);
  check(dw, textbook(XT, D, null, k, m, n), "matmulTransA");
  const dx = new Float64Array(m * k).fill(NaN);
  products.matmulTransB(delta, w, dx, m, n, k);
  const WT = (t: number, j: number) => W(j, t);
  check(dx, textbook(D, WT, null, m, n, k), "matmulTransB");
  const sums = new Float64Array(n).fill(NaN);
  products.columnSums(delta, sums, m, n);
  const ones = (_i: number, _t: number) => 1;
  const DT = (t: number, j: number) => D(t, j);
  check(sums, textbook(ones, DT, null, 1, m, n), "columnSums");
}

/** Every remainder of the 6-, 4-, 2- and 1-row bands and the 8-, 4- and 1-to-3-column tiles. */
function shapes(): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let a = 1; a <= 13; a++) {
    for (const b of [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 17]) out.push([a, 9, b], [9, a, b]);
  }
  return out;
}

/** Workload shapes, and a reduction long enough to split B into panels of columns. */
const LARGER: readonly [number, number, number][] = [
  [128, 784, 128],
  [64, 50, 25],
  [1000, 25, 1],
  [5, 600, 200],
  [300, 13, 15],
  [2, 1, 1],
];

/** Float32's unit roundoff, 2⁻²⁴; a sum of `len` terms is within about `len` of them. */
const U32 = 2 ** -24;

Deno.test("float32 products equal the float32 textbook bit for bit: js and wasm-exact", () => {
  let seed = 1;
  for (const [m, k, n] of [...shapes(), ...LARGER]) {
    for (const own of [false, true]) {
      checkFloat32(js, m, k, n, seed, own);
      checkFloat32(exact, m, k, n, seed++, own);
    }
  }
});

Deno.test("wasm's float32 products, fused, are float32 values within float32 error of the textbook", () => {
  let seed = 500;
  for (const [m, k, n] of [...shapes(), ...LARGER]) {
    const len = Math.max(m, k, n);
    checkFloat32(fused, m, k, n, seed++, true, 2 * (len + 1) * U32);
  }
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 1, max: 30 }),
      fc.integer({ min: 0, max: 2 ** 31 }),
      fc.boolean(),
      (m, k, n, seed, own) => {
        checkFloat32(exact, m, k, n, seed, own);
        checkFloat32(fused, m, k, n, seed, own, 2 * (Math.max(m, k, n) + 1) * U32);
      },
    ),
    { numRuns: 100, seed: 5 },
  );
});

Deno.test("float32 products round as float32 does: 1e8 + 1 − 1e8 is 0, and 0.1 · 3 is fround's", () => {
  for (const products of [js, exact, fused]) {
    const z = new Float64Array(2);
    // Row 0: 1e8·1 + 1·1 + (−1e8)·1; float32 has no 100000001, so the 1 is lost.
    products.matmulBias(
      new Float64Array([1e8, 1, -1e8, 0.1, 0, 0]),
      new Float64Array([1, 1, 1]),
      null,
      z,
      2,
      3,
      1,
    );
    assert.deepEqual(Array.from(z), [0, round(0.1)]);
    products.matmulBias(
      new Float64Array([3]),
      new Float64Array([0.1]),
      new Float64Array([0]),
      z,
      1,
      1,
      1,
    );
    assert.equal(z[0], round(round(0.1) * 3));
    assert.equal(z[0], 0.30000001192092896);
  }
});

Deno.test("wasm's float32 products repeat exactly", () => {
  const { x, w, bias } = operands(64, 50, 25, 9, true);
  const first = new Float64Array(64 * 25), second = new Float64Array(64 * 25);
  fused.matmulBias(x, w, bias, first, 64, 50, 25);
  fused.matmulBias(x, w, bias, second, 64, 50, 25);
  assert.deepEqual(first, second);
});

Deno.test("setKernels refuses a float32 member without every product", () => {
  const { float32: _, ...withoutFloat32 } = jsKernels;
  assert.throws(() => setKernels({ ...withoutFloat32, name: "odd", float32: 3 } as never), {
    message: 'setKernels: backend "odd" has a float32 member that is not an object of products',
  });
  const { columnSums: __, ...partial } = js;
  assert.throws(() => setKernels({ ...withoutFloat32, name: "odd", float32: partial } as never), {
    message: 'setKernels: backend "odd" has no float32.columnSums function',
  });
  assert.throws(
    () =>
      setKernels(
        { ...withoutFloat32, name: "odd", float32: { ...js, matmulBiasRelu: 1 } } as never,
      ),
    {
      message:
        'setKernels: backend "odd" has an optional float32.matmulBiasRelu that is not a function',
    },
  );
});

Deno.test("float32 layers run on the TypeScript float32 products where the backend has none", () => {
  const { float32: _, ...float64Only } = wasmKernels!;
  let calls = 0;
  const backend: Kernels = {
    ...float64Only,
    name: "float64-only",
    matmulBias(...args) {
      calls++;
      float64Only.matmulBias(...args);
    },
  };
  const layer = new Dense(7, 5, { dtype: "float32", activation: "tanh", seed: 2 });
  const x = Matrix.from(
    Array.from({ length: 3 }, (_, i) => Array.from({ length: 7 }, (_, j) => Math.sin(i * 7 + j))),
  );
  const want = new Float64Array(15);
  js.matmulBias(x.data, layer.weights.data, layer.bias, want, 3, 7, 5);
  const previous = setKernels(backend);
  try {
    layer.forward(x);
  } finally {
    setKernels(previous);
  }
  assert.equal(calls, 0, "the float64 product is not called");
  assert.deepEqual(layer.z.data, want);
  assert.deepEqual(layer.a.data, want.map((v) => round(Math.tanh(v))));
});
