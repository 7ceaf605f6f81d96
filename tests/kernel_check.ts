import assert from "node:assert/strict";
import { createRandom, type Kernels, setKernels } from "../mod.ts";
import { matmul, transpose } from "./naive.ts";

/** How {@linkcode checkShape} compares, and with which arrays. */
export interface CheckOptions {
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
  { tolerance = 0, own = false }: CheckOptions = {},
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

/** Runs `body` with `kernels` active, then restores the kernels that were. */
export function using<T>(kernels: Kernels, body: () => T): T {
  const previous = setKernels(kernels);
  try {
    return body();
  } finally {
    setKernels(previous);
  }
}
