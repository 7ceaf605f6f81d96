import assert from "node:assert/strict";
import { createRandom, getKernels, type Kernels, Matrix, relu, setKernels } from "../mod.ts";
import { matmul, transpose } from "./naive.ts";

/** How {@linkcode checkShape} compares, and with which arrays. */
interface ShapeCheckOptions {
  /** 0 (the default): bit for bit; else each sum within this times the sum of its terms' magnitudes. */
  tolerance?: number;
  /** Operands and results from the backend's `allocate`, not plain arrays; default false. */
  own?: boolean;
}

/** Runs every kernel of `kernels` on one shape and checks it against the textbook. */
export function checkShape(
  kernels: Kernels,
  m: number,
  k: number,
  n: number,
  seed: number,
  { tolerance = 0, own = false }: ShapeCheckOptions = {},
): void {
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
  const abs = (x: number[][]) => x.map((row) => row.map(Math.abs));
  const scale = tolerance === 0 ? null : {
    forward: matmul(abs(x), abs(w)).map((row) => row.map((v, j) => v + Math.abs(bias[j]))),
    plain: matmul(abs(x), abs(w)),
    transA: matmul(transpose(abs(x)), abs(delta)),
    transB: matmul(abs(delta), transpose(abs(w))),
  };
  const array = (length: number) => own ? kernels.allocate!(length) : new Float64Array(length);
  const flat = (x: number[][]) => {
    const values = x.flat(), out = array(values.length);
    out.set(values);
    return out;
  };
  const dirty = (length: number) => array(length).fill(NaN);
  const check = (
    got: Float64Array,
    expected: number[][],
    magnitude: number[][] | undefined,
    what: string,
  ) => {
    const label = `${what} ${m} × ${k} × ${n}`;
    if (tolerance === 0) return assert.deepEqual(Array.from(got), expected.flat(), label);
    const e = expected.flat(), s = magnitude!.flat();
    assert.equal(got.length, e.length, label);
    got.forEach((v, i) => assert.ok(Math.abs(v - e[i]) <= tolerance * s[i], `${label} [${i}]`));
  };

  const z = dirty(m * n);
  kernels.matmulBias(flat(x), flat(w), flat([bias]), z, m, k, n);
  check(z, want.forward, scale?.forward, "matmulBias");
  if (kernels.matmulBiasRelu !== undefined) {
    // The same Z, and relu(Z) as the activation computes it; then relu(Z) alone, Z untouched.
    const activated = new Matrix(m, n);
    relu.forward(new Matrix(m, n, z.slice()), activated);
    const zRelu = dirty(m * n), a = dirty(m * n), alone = dirty(m * n);
    kernels.matmulBiasRelu(flat(x), flat(w), flat([bias]), zRelu, a, m, k, n);
    assert.deepEqual(zRelu, z, `matmulBiasRelu's Z ${m} × ${k} × ${n}`);
    assert.deepEqual(Array.from(a), Array.from(activated.data), `relu ${m} × ${k} × ${n}`);
    kernels.matmulBiasRelu(flat(x), flat(w), flat([bias]), null, alone, m, k, n);
    assert.deepEqual(Array.from(alone), Array.from(activated.data), `relu without Z ${m} × ${k}`);
  }
  kernels.matmulBias(flat(x), flat(w), null, z, m, k, n);
  check(z, want.plain, scale?.plain, "matmulBias without bias");
  const dw = dirty(k * n);
  kernels.matmulTransA(flat(x), flat(delta), dw, m, k, n);
  check(dw, want.transA, scale?.transA, "matmulTransA");
  const dx = dirty(m * k);
  kernels.matmulTransB(flat(delta), flat(w), dx, m, n, k);
  check(dx, want.transB, scale?.transB, "matmulTransB");
  const sums = dirty(n);
  kernels.columnSums(flat(delta), sums, m, n);
  assert.deepEqual(Array.from(sums), want.sums, `columnSums ${m} × ${n}`);
}

/**
 * Whether the active kernels fuse multiply-adds on this machine, told by one
 * product: `(1 + 2⁻³⁰)² − (1 + 2⁻²⁹)` is 2⁻⁶⁰ fused, 0 when the product is
 * rounded first. Pinned training figures depend on it.
 */
export function fusesMultiplyAdds(): boolean {
  const x = Float64Array.of(1 + 2 ** -30), c = Float64Array.of(-(1 + 2 ** -29));
  const out = new Float64Array(1);
  getKernels().matmulBias(x, x, c, out, 1, 1, 1);
  return out[0] !== 0;
}

/** Runs `body` with `kernels` active, then restores the kernels that were. */
export function using<T>(kernels: Kernels, body: () => T): T {
  const previous = setKernels(kernels);
  try {
    return body();
  } finally {
    setKernels(previous);
  }
}
