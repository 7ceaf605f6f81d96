/**
 * The plain TypeScript kernels: register-blocked loops on `Float64Array`s, the
 * fallback where WebAssembly SIMD is missing and the reference the WebAssembly
 * kernels are tested against.
 *
 * Each inner loop keeps a small block of the result in local variables and
 * streams its operands once, and no transpose is ever built. Every kernel sums
 * its products in the order of the reduction index, from 0 (after the bias, for
 * `matmulBias`), so its result equals the textbook triple loop bit for bit,
 * whatever the blocking.
 *
 * @module
 */
import type { Kernels, Products } from "./kernels.ts";

/**
 * The engine of `A·B` and `A·Bᵀ`: `out[i, c] = init[c] + Σₜ A[i, t]·B[t, c]` for A `m × len`
 * (row-major) and a `len × cols` matrix B whose column `c` starts at `b[c·colStride]` and
 * steps by `step`. For `A·B` (B `len × cols`) that is `colStride = 1`, `step = cols`; for
 * `A·Bᵀ` (B `cols × len`) it is `colStride = len`, `step = 1`. `init` is the bias, or 0.
 *
 * Blocked 4 rows × 2 columns: per step of `t` it loads 4 values of A and 2 of B
 * for 8 multiply-adds.
 */
function rowProducts(
  a: Float64Array,
  b: Float64Array,
  bias: Float64Array | null,
  out: Float64Array,
  m: number,
  len: number,
  cols: number,
  colStride: number,
  step: number,
): void {
  const m4 = m - (m & 3), cols2 = cols - (cols & 1);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * len, a1 = a0 + len, a2 = a1 + len, a3 = a2 + len;
    const o0 = i * cols, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
    for (let j = 0; j < cols2; j += 2) {
      const s0 = bias === null ? 0 : bias[j], s1 = bias === null ? 0 : bias[j + 1];
      let c00 = s0, c01 = s1, c10 = s0, c11 = s1, c20 = s0, c21 = s1, c30 = s0, c31 = s1;
      for (let t = 0, q = j * colStride; t < len; t++, q += step) {
        const b0 = b[q], b1 = b[q + colStride];
        let x = a[a0 + t];
        c00 += x * b0;
        c01 += x * b1;
        x = a[a1 + t];
        c10 += x * b0;
        c11 += x * b1;
        x = a[a2 + t];
        c20 += x * b0;
        c21 += x * b1;
        x = a[a3 + t];
        c30 += x * b0;
        c31 += x * b1;
      }
      out[o0 + j] = c00;
      out[o0 + j + 1] = c01;
      out[o1 + j] = c10;
      out[o1 + j + 1] = c11;
      out[o2 + j] = c20;
      out[o2 + j + 1] = c21;
      out[o3 + j] = c30;
      out[o3 + j + 1] = c31;
    }
    if (cols2 < cols) {
      const j = cols2;
      let c0 = bias === null ? 0 : bias[j], c1 = c0, c2 = c0, c3 = c0;
      for (let t = 0, q = j * colStride; t < len; t++, q += step) {
        const bv = b[q];
        c0 += a[a0 + t] * bv;
        c1 += a[a1 + t] * bv;
        c2 += a[a2 + t] * bv;
        c3 += a[a3 + t] * bv;
      }
      out[o0 + j] = c0;
      out[o1 + j] = c1;
      out[o2 + j] = c2;
      out[o3 + j] = c3;
    }
  }
  for (let i = m4; i < m; i++) {
    const ai = i * len;
    for (let j = 0; j < cols; j++) {
      let c = bias === null ? 0 : bias[j];
      for (let t = 0, q = j * colStride; t < len; t++, q += step) c += a[ai + t] * b[q];
      out[i * cols + j] = c;
    }
  }
}

/**
 * `out = Aᵀ·B`, blocked 2 rows × 4 columns of `out`: per sample it loads 2
 * values of A's row and 4 of B's for 8 multiply-adds.
 */
function matmulTransA(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  const k2 = k - (k & 1), n4 = n - (n & 3);
  for (let p = 0; p < k2; p += 2) {
    const o0 = p * n, o1 = o0 + n;
    for (let j = 0; j < n4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) {
        const b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3];
        const x0 = a[x], x1 = a[x + 1];
        c00 += x0 * b0;
        c01 += x0 * b1;
        c02 += x0 * b2;
        c03 += x0 * b3;
        c10 += x1 * b0;
        c11 += x1 * b1;
        c12 += x1 * b2;
        c13 += x1 * b3;
      }
      out[o0 + j] = c00;
      out[o0 + j + 1] = c01;
      out[o0 + j + 2] = c02;
      out[o0 + j + 3] = c03;
      out[o1 + j] = c10;
      out[o1 + j + 1] = c11;
      out[o1 + j + 2] = c12;
      out[o1 + j + 3] = c13;
    }
    for (let j = n4; j < n; j++) {
      let c0 = 0, c1 = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) {
        const bv = b[y];
        c0 += a[x] * bv;
        c1 += a[x + 1] * bv;
      }
      out[o0 + j] = c0;
      out[o1 + j] = c1;
    }
  }
  if (k2 < k) {
    const p = k2;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) c += a[x] * b[y];
      out[p * n + j] = c;
    }
  }
}

function columnSums(a: Float64Array, out: Float64Array, m: number, n: number): void {
  out.fill(0, 0, n);
  for (let i = 0, o = 0; i < m; i++, o += n) {
    for (let j = 0; j < n; j++) out[j] += a[o + j];
  }
}

/** Float32 copies of the operands, grown to the largest call and reused. */
const operands32: Float32Array[] = [new Float32Array(0), new Float32Array(0), new Float32Array(0)];

/** `values`' first `length` numbers rounded to float32, in the reused copy number `slot`. */
function rounded(slot: number, values: Float64Array, length: number): Float32Array {
  if (operands32[slot].length < length) operands32[slot] = new Float32Array(length);
  const copy = operands32[slot];
  for (let i = 0; i < length; i++) copy[i] = values[i];
  return copy;
}

/**
 * The float32 engine: `out[i, j] = S[j] + Σₜ A(i, t)·B(t, j)` with A(i, t) at
 * `a[i·ars + t·acs]` and B(t, j) at `b[t·brs + j·bcs]`, every product and sum
 * rounded to float32 in the order of t (a float64 product of two float32 values
 * is exact, and a float64 sum rounded again to float32 is the float32 sum).
 */
function product32(
  a: Float32Array,
  ars: number,
  acs: number,
  b: Float32Array,
  brs: number,
  bcs: number,
  bias: Float32Array | null,
  out: Float64Array,
  m: number,
  len: number,
  n: number,
): void {
  const round = Math.fround;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let c = bias === null ? 0 : bias[j];
      for (let t = 0, p = i * ars, q = j * bcs; t < len; t++, p += acs, q += brs) {
        c = round(c + round(a[p] * b[q]));
      }
      out[i * n + j] = c;
    }
  }
}

/**
 * The float32 products in plain TypeScript, unblocked: the fallback of float32
 * layers and the reference of the WebAssembly ones.
 */
const float32: Products = Object.freeze(
  {
    matmulBias(a, b, bias, out, m, k, n) {
      const b32 = rounded(1, b, k * n);
      const bias32 = bias === null ? null : rounded(2, bias, n);
      product32(rounded(0, a, m * k), k, 1, b32, n, 1, bias32, out, m, k, n);
    },
    matmulTransA(a, b, out, m, k, n) {
      const b32 = rounded(1, b, m * n);
      product32(rounded(0, a, m * k), 1, k, b32, n, 1, null, out, k, m, n);
    },
    matmulTransB(a, b, out, m, n, k) {
      const b32 = rounded(1, b, k * n);
      product32(rounded(0, a, m * n), n, 1, b32, 1, n, null, out, m, n, k);
    },
    columnSums(a, out, m, n) {
      const round = Math.fround;
      for (let j = 0; j < n; j++) {
        let c = 0;
        for (let i = 0, p = j; i < m; i++, p += n) c = round(c + round(a[p]));
        out[j] = c;
      }
    },
  } satisfies Products,
);

/**
 * The plain TypeScript kernels, register-blocked: the fallback where WebAssembly
 * SIMD is missing, and the reference the WebAssembly kernels equal.
 *
 * @example Z = X·W + b for two samples
 * ```ts
 * import { jsKernels } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const x = new Float64Array([1, 2, 3, 4]); // 2 × 2
 * const w = new Float64Array([1, 0, -1, 0, 1, 1]); // 2 × 3
 * const z = new Float64Array(6);
 * jsKernels.matmulBias(x, w, new Float64Array([0.5, 0.5, 0.5]), z, 2, 2, 3);
 * assert.deepEqual(Array.from(z), [1.5, 2.5, 1.5, 3.5, 4.5, 1.5]);
 * ```
 */
export const jsKernels: Kernels = Object.freeze(
  {
    name: "js",
    matmulBias: (a, b, bias, out, m, k, n) => rowProducts(a, b, bias, out, m, k, n, 1, n),
    matmulTransA,
    matmulTransB: (a, b, out, m, n, k) => rowProducts(a, b, null, out, m, n, k, n, 1),
    columnSums,
    float32,
  } satisfies Kernels,
);
