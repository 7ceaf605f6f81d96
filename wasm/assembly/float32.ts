// The float32 products (AssemblyScript; `kernels.ts` exports them). Operands are float32, row-major,
// at byte offsets into the imported memory; results are written as float64 (each an exact float32
// value), so the layers keep one array type. Every output element is its start value (the bias, or
// 0) plus Σₜ A(i, t)·B(t, j) added in the order of t, in float32, four columns per 128-bit vector:
// `gemm32` with `relaxed_madd` (fused where the CPU has FMA), `gemm32Exact` with the product
// rounded to float32 before the sum, which is what `Math.fround` on every step computes.

const ZERO4: v128 = f32x4.splat(0.0);
const ONE4: v128 = f32x4.splat(1.0);

/** `acc + x·y` in the four lanes: fused (one rounding) or exact (the product rounded, then the sum). */
@inline function madd4(x: v128, y: v128, acc: v128, fused: bool): v128 {
  return fused ? f32x4.relaxed_madd(x, y, acc) : f32x4.add(acc, f32x4.mul(x, y));
}

/** ReLU as the TypeScript kernels compute it, `z·(z > 0) + 0`, in float32 (exact, like in float64). */
@inline function relu4(z: v128): v128 {
  return f32x4.add(f32x4.mul(z, v128.and(f32x4.gt(z, ZERO4), ONE4)), ZERO4);
}

/** The first `width` (1 to 4) float32 values at `p`, the other lanes 0. */
@inline function load4(p: usize, width: i32): v128 {
  if (width >= 4) return v128.load(p);
  if (width == 3) return f32x4.replace_lane(v128.load64_zero(p), 2, load<f32>(p + 8));
  if (width == 2) return v128.load64_zero(p);
  return v128.load32_zero(p);
}

/** Stores the first `width` (1 to 4) lanes of `c` as float64 at `p`. */
@inline function store4(p: usize, c: v128, width: i32): void {
  const lo = f64x2.promote_low_f32x4(c);
  if (width >= 2) v128.store(p, lo);
  else v128.store64_lane(p, lo, 0);
  if (width >= 3) {
    const hi = f64x2.promote_low_f32x4(v128.shuffle<f32>(c, c, 2, 3, 2, 3));
    if (width == 4) v128.store(p, hi, 16);
    else v128.store64_lane(p + 16, hi, 0);
  }
}

/** Stores `width` columns of Z at byte `offset` when `z` is not 0, and of relu(Z) when `r` is not 0. */
@inline function put4(z: usize, r: usize, offset: usize, c: v128, width: i32): void {
  if (z != 0) store4(z + offset, c, width);
  if (r != 0) store4(r + offset, relu4(c), width);
}

/** The start value of `width` columns at `j`: the bias, or 0 when `bias` is 0. */
@inline function start4(bias: usize, j: i32, width: i32): v128 {
  return bias == 0 ? ZERO4 : load4(bias + (<usize>j << 2), width);
}

/**
 * `Z = S + A·B` for Z `m × n` (float64), B float32 row-major `len × n`, and A(i, t) a float32 at
 * `a + i·rs + t·cs` (strides in bytes: `rs = 4·len, cs = 4` reads a row-major A, `rs = 4,
 * cs = 4·m` reads Aᵀ of a row-major `len × m` matrix). S is the bias on every row (float32), or 0.
 * When `r` is not 0, relu(Z) goes there too (and only there when `z` is 0).
 *
 * Blocked 6 rows × 8 columns in registers (12 accumulators, 2 vectors of B, a broadcast of A: 15
 * of the 16 that V8 leaves free), in panels of columns whose part of B stays in L2.
 */
export function gemm32(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32,
): void {
  product32(a, rs, cs, b, bias, z, r, m, len, n, true);
}

/** {@link gemm32} with every product rounded to float32 before it is added. */
export function gemm32Exact(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32,
): void {
  product32(a, rs, cs, b, bias, z, r, m, len, n, false);
}

/** Bytes of B a panel of columns may span: it is read once per band of rows, from L2. */
const PANEL_BYTES = 192 * 1024;

@inline function product32(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32, fused: bool,
): void {
  const nc = max(8, (PANEL_BYTES / max(1, len * 4)) & ~7);
  for (let j0 = 0; j0 < n; j0 += nc) {
    const j1 = min(n, j0 + nc);
    let i = 0;
    for (; i + 6 <= m; i += 6) band32(a + <usize>i * rs, rs, cs, b, bias, z, r, i, j0, j1, len, n, 6, fused);
    if (i + 4 <= m) {
      band32(a + <usize>i * rs, rs, cs, b, bias, z, r, i, j0, j1, len, n, 4, fused);
      i += 4;
    }
    if (i + 2 <= m) {
      band32(a + <usize>i * rs, rs, cs, b, bias, z, r, i, j0, j1, len, n, 2, fused);
      i += 2;
    }
    if (i < m) band32(a + <usize>i * rs, rs, cs, b, bias, z, r, i, j0, j1, len, n, 1, fused);
  }
}

/** Columns `j0` to `j1 − 1` of rows `i…i + rows − 1`: 8 at a time, then 4, then the last 1 to 3. */
@inline function band32(
  ai: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  i: i32, j0: i32, j1: i32, len: i32, n: i32, rows: i32, fused: bool,
): void {
  let j = j0;
  for (; j + 8 <= j1; j += 8) tile32(ai, rs, cs, b, bias, z, r, i, j, len, n, rows, 8, fused);
  if (j + 4 <= j1) {
    tile32(ai, rs, cs, b, bias, z, r, i, j, len, n, rows, 4, fused);
    j += 4;
  }
  const rest = j1 - j;
  if (rest == 3) tile32(ai, rs, cs, b, bias, z, r, i, j, len, n, rows, 3, fused);
  else if (rest == 2) tile32(ai, rs, cs, b, bias, z, r, i, j, len, n, rows, 2, fused);
  else if (rest == 1) tile32(ai, rs, cs, b, bias, z, r, i, j, len, n, rows, 1, fused);
}

/**
 * The tile of Z at rows `i…`, columns `j…`, `rows` (6, 4, 2 or 1) by `width` (8, or 1 to 4), in
 * `rows · ⌈width / 4⌉` accumulators, over `len` steps of t. Both are constants where it is
 * inlined, so the unused accumulators and branches compile away. Lanes past `width` multiply
 * zeros and are not stored.
 */
@inline function tile32(
  ai: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  i: i32, j: i32, len: i32, n: i32, rows: i32, width: i32, fused: bool,
): void {
  const ldb = <usize>n << 2;
  const w0 = min(width, 4);
  const s0 = start4(bias, j, w0);
  const s1 = width == 8 ? start4(bias, j + 4, 4) : ZERO4;
  let c00 = s0, c01 = s1, c10 = s0, c11 = s1, c20 = s0, c21 = s1;
  let c30 = s0, c31 = s1, c40 = s0, c41 = s1, c50 = s0, c51 = s1;
  const rs2 = rs << 1, rs3 = rs2 + rs, rs4 = rs2 << 1, rs5 = rs4 + rs;
  let pa = ai, pb = b + (<usize>j << 2);
  for (let t = 0; t < len; t++) {
    const b0 = load4(pb, w0);
    const b1 = width == 8 ? v128.load(pb, 16) : ZERO4;
    let x = v128.load32_splat(pa);
    c00 = madd4(x, b0, c00, fused);
    if (width == 8) c01 = madd4(x, b1, c01, fused);
    if (rows >= 2) {
      x = v128.load32_splat(pa + rs);
      c10 = madd4(x, b0, c10, fused);
      if (width == 8) c11 = madd4(x, b1, c11, fused);
    }
    if (rows >= 4) {
      x = v128.load32_splat(pa + rs2);
      c20 = madd4(x, b0, c20, fused);
      if (width == 8) c21 = madd4(x, b1, c21, fused);
      x = v128.load32_splat(pa + rs3);
      c30 = madd4(x, b0, c30, fused);
      if (width == 8) c31 = madd4(x, b1, c31, fused);
    }
    if (rows == 6) {
      x = v128.load32_splat(pa + rs4);
      c40 = madd4(x, b0, c40, fused);
      if (width == 8) c41 = madd4(x, b1, c41, fused);
      x = v128.load32_splat(pa + rs5);
      c50 = madd4(x, b0, c50, fused);
      if (width == 8) c51 = madd4(x, b1, c51, fused);
    }
    pa += cs;
    pb += ldb;
  }
  const ldz = <usize>n << 3;
  const o = (<usize>(i * n + j)) << 3;
  putRow32(z, r, o, width, c00, c01);
  if (rows >= 2) putRow32(z, r, o + ldz, width, c10, c11);
  if (rows >= 4) {
    putRow32(z, r, o + 2 * ldz, width, c20, c21);
    putRow32(z, r, o + 3 * ldz, width, c30, c31);
  }
  if (rows == 6) {
    putRow32(z, r, o + 4 * ldz, width, c40, c41);
    putRow32(z, r, o + 5 * ldz, width, c50, c51);
  }
}

/** Stores one row of a tile, `width` columns from byte `offset` of the float64 outputs. */
@inline function putRow32(z: usize, r: usize, offset: usize, width: i32, c0: v128, c1: v128): void {
  put4(z, r, offset, c0, min(width, 4));
  if (width == 8) put4(z, r, offset + 32, c1, 4);
}

/** Two float64 vectors at `p` as one float32 vector (each value rounded to nearest). */
@inline function narrow4(p: usize): v128 {
  const lo = f32x4.demote_f64x2_zero(v128.load(p));
  const hi = f32x4.demote_f64x2_zero(v128.load(p, 16));
  return v128.shuffle<f32>(lo, hi, 0, 1, 4, 5);
}

/** `count` float64 values at `src` rounded to float32 at `dst` (what `Math.fround` gives). */
export function narrow(src: usize, dst: usize, count: i32): void {
  let p = src, q = dst;
  const end = src + (<usize>(count & ~3) << 3);
  for (; p < end; p += 32) {
    v128.store(q, narrow4(p));
    q += 16;
  }
  for (let i = count & ~3; i < count; i++) {
    store<f32>(q, <f32>load<f64>(p));
    p += 8;
    q += 4;
  }
}

/**
 * `T = Bᵀ` rounded to float32, for B float64 row-major `rows × cols` (T is `cols × rows`): 4 × 4
 * blocks narrowed and transposed in registers, the edges one by one.
 */
export function narrowTranspose(b: usize, t: usize, rows: i32, cols: i32): void {
  const ldb = <usize>cols << 3, ldt = <usize>rows << 2;
  const rows4 = rows & ~3, cols4 = cols & ~3;
  for (let i = 0; i < rows4; i += 4) {
    for (let j = 0; j < cols4; j += 4) {
      const p = b + <usize>i * ldb + (<usize>j << 3);
      const r0 = narrow4(p), r1 = narrow4(p + ldb), r2 = narrow4(p + 2 * ldb), r3 = narrow4(p + 3 * ldb);
      const t01lo = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5), t01hi = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7);
      const t23lo = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5), t23hi = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7);
      const q = t + <usize>j * ldt + (<usize>i << 2);
      v128.store(q, v128.shuffle<f32>(t01lo, t23lo, 0, 1, 4, 5));
      v128.store(q + ldt, v128.shuffle<f32>(t01lo, t23lo, 2, 3, 6, 7));
      v128.store(q + 2 * ldt, v128.shuffle<f32>(t01hi, t23hi, 0, 1, 4, 5));
      v128.store(q + 3 * ldt, v128.shuffle<f32>(t01hi, t23hi, 2, 3, 6, 7));
    }
    for (let j = cols4; j < cols; j++) {
      for (let di = 0; di < 4; di++) {
        store<f32>(t + <usize>j * ldt + (<usize>(i + di) << 2), <f32>load<f64>(b + <usize>(i + di) * ldb + (<usize>j << 3)));
      }
    }
  }
  for (let i = rows4; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      store<f32>(t + <usize>j * ldt + (<usize>i << 2), <f32>load<f64>(b + <usize>i * ldb + (<usize>j << 3)));
    }
  }
}

/**
 * `out[j] = Σᵢ A[i, j]` in float32 for A float64 row-major `m × n` (each value rounded to float32
 * first), added in the order of i; `out` is float64.
 */
export function columnSums32(a: usize, out: usize, m: i32, n: i32): void {
  const lda = <usize>n << 3;
  let j = 0;
  for (; j + 4 <= n; j += 4) {
    let c = ZERO4;
    let p = a + (<usize>j << 3);
    for (let i = 0; i < m; i++) {
      c = f32x4.add(c, narrow4(p));
      p += lda;
    }
    store4(out + (<usize>j << 3), c, 4);
  }
  for (; j < n; j++) {
    let c: f32 = 0;
    let p = a + (<usize>j << 3);
    for (let i = 0; i < m; i++) {
      c += <f32>load<f64>(p);
      p += lda;
    }
    store<f64>(out + (<usize>j << 3), <f64>c);
  }
}
