/**
 * Matrix kernels used by the layers: every product the forward and backward
 * passes need, on raw row-major arrays, writing into caller-owned buffers.
 *
 * This is the seam where faster backends plug in later; nothing above it loops
 * over matrix elements for products.
 *
 * @module
 */

/**
 * `out = A·B (+ bias on every row)`, with A `m × k`, B `k × n`, out `m × n`.
 *
 * @param a Left operand, `m × k`.
 * @param b Right operand, `k × n`.
 * @param bias Added to every row of the result, length `n`; `null` for none.
 * @param out Destination, `m × n`; must not alias `a` or `b`.
 */
export function matmulBias(
  a: Float64Array,
  b: Float64Array,
  bias: Float64Array | null,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const o = i * n;
    if (bias === null) out.fill(0, o, o + n);
    else out.set(bias, o);
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      if (aip === 0) continue;
      const bp = p * n;
      for (let j = 0; j < n; j++) out[o + j] += aip * b[bp + j];
    }
  }
}

/**
 * `out = Aᵀ·B`, with A `m × k`, B `m × n`, out `k × n`: the weight gradient `Xᵀ·δ`.
 *
 * @param a Left operand before transposition, `m × k`.
 * @param b Right operand, `m × n`.
 * @param out Destination, `k × n`; must not alias `a` or `b`.
 */
export function matmulTransA(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  k: number,
  n: number,
): void {
  out.fill(0, 0, k * n);
  for (let i = 0; i < m; i++) {
    const bi = i * n;
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p];
      if (aip === 0) continue;
      const o = p * n;
      for (let j = 0; j < n; j++) out[o + j] += aip * b[bi + j];
    }
  }
}

/**
 * `out = A·Bᵀ`, with A `m × n`, B `k × n`, out `m × k`: the upstream gradient `δ·Wᵀ`.
 *
 * @param a Left operand, `m × n`.
 * @param b Right operand before transposition, `k × n`.
 * @param out Destination, `m × k`; must not alias `a` or `b`.
 */
export function matmulTransB(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  m: number,
  n: number,
  k: number,
): void {
  for (let i = 0; i < m; i++) {
    const ai = i * n;
    for (let p = 0; p < k; p++) {
      const bp = p * n;
      let s = 0;
      for (let j = 0; j < n; j++) s += a[ai + j] * b[bp + j];
      out[i * k + p] = s;
    }
  }
}

/**
 * `out[j] = Σᵢ A[i, j]`: the bias gradient, column sums of `δ`.
 *
 * @param a Source, `m × n`.
 * @param out Destination, length `n`.
 */
export function columnSums(a: Float64Array, out: Float64Array, m: number, n: number): void {
  out.fill(0, 0, n);
  for (let i = 0; i < m; i++) {
    const ai = i * n;
    for (let j = 0; j < n; j++) out[j] += a[ai + j];
  }
}
