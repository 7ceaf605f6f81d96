// AssemblyScript source of the WebAssembly SIMD kernels (`deno task build:wasm` compiles it into
// lib/kernels/generated/wasm_module.ts). Not TypeScript for Deno: `v128`, `usize` and the `f64x2` operations are
// AssemblyScript's names for WebAssembly's types and instructions.
//
// Pointers are byte offsets into the imported memory; matrices are row-major float64. Every output
// element is its start value (the bias, or 0) plus Σₜ A(i, t)·B(t, j) added in the order of t, two
// columns per 128-bit vector. Each product comes twice: `gemm` multiplies and adds with
// `relaxed_madd`, a fused multiply-add where the CPU has one (V8 emits vfmadd on x64 with FMA3);
// `gemmExact` rounds the product before adding it, exactly as the TypeScript kernels do.

const ZERO: v128 = f64x2.splat(0.0);
const ONE: v128 = f64x2.splat(1.0);

/** `acc + x·y` in both lanes: fused (one rounding) or exact (the product rounded, then the sum). */
@inline function madd(x: v128, y: v128, acc: v128, fused: bool): v128 {
  return fused ? f64x2.relaxed_madd(x, y, acc) : f64x2.add(acc, f64x2.mul(x, y));
}

/** ReLU as the TypeScript kernels compute it: `z·(z > 0) + 0` (NaN and −∞ give NaN, −0 gives 0). */
@inline function relu2(z: v128): v128 {
  return f64x2.add(f64x2.mul(z, v128.and(f64x2.gt(z, ZERO), ONE)), ZERO);
}

/** Stores two columns of Z when `z` is not 0, and of relu(Z) when `r` is not 0. */
@inline function put2(z: usize, r: usize, offset: usize, c: v128): void {
  if (z != 0) v128.store(z + offset, c);
  if (r != 0) v128.store(r + offset, relu2(c));
}

/** Stores the first lane of `c`: the last column of an odd width (the second lane multiplied 0s). */
@inline function put1(z: usize, r: usize, offset: usize, c: v128): void {
  if (z != 0) v128.store64_lane(z + offset, c, 0);
  if (r != 0) v128.store64_lane(r + offset, relu2(c), 0);
}

/** The start value of two columns at `j`: the bias, or 0 when `bias` is 0. */
@inline function start2(bias: usize, j: i32): v128 {
  return bias == 0 ? ZERO : v128.load(bias + (<usize>j << 3));
}

/** The start value of the last column of an odd width at `j`, in the first lane. */
@inline function start1(bias: usize, j: i32): v128 {
  return bias == 0 ? ZERO : v128.load64_zero(bias + (<usize>j << 3));
}

/**
 * `Z = S + A·B` for Z `m × n`, B row-major `len × n`, and A(i, t) at `a + i·rs + t·cs` (strides
 * in bytes: `rs = 8·len, cs = 8` reads a row-major A, `rs = 8, cs = 8·m` reads Aᵀ of a row-major
 * `len × m` matrix). S is the bias on every row, or 0. When `r` is not 0, relu(Z) goes there too
 * (and only there when `z` is 0).
 *
 * Blocked 4 rows × 6 columns in registers (and B in blocks for the cache, see `KC`). Where A's 4
 * rows lie side by side (`rs` 8: Aᵀ of a row-major matrix) or can be packed so (into `pack`, 4 ×
 * `KC` numbers, 0 for none), {@link pairs}: per step of t, 2 vector loads of A and 3 of B feed 12
 * vector multiply-adds in 15 registers. Otherwise, and for the last rows, {@link tile}: 4
 * broadcast loads of A and 3 of B, one register more than V8 leaves free on x64.
 */
export function gemm(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32, pack: usize,
): void {
  product(a, rs, cs, b, bias, z, r, m, len, n, pack, true);
}

/** {@link gemm} with every product rounded before it is added: the TypeScript kernels' result. */
export function gemmExact(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32, pack: usize,
): void {
  product(a, rs, cs, b, bias, z, r, m, len, n, pack, false);
}

/**
 * `Z = A·Bᵀ` for A row-major `m × n` and B row-major `k × n`: B transposed into `t` (`n × k`
 * numbers), then {@link gemm}; one call instead of two.
 */
export function gemmTransB(
  a: usize, b: usize, t: usize, z: usize, m: i32, n: i32, k: i32, pack: usize,
): void {
  transpose(b, t, k, n);
  gemm(a, <usize>n << 3, 8, t, 0, z, 0, m, n, k, pack);
}

/** {@link gemmTransB} with every product rounded before it is added. */
export function gemmTransBExact(
  a: usize, b: usize, t: usize, z: usize, m: i32, n: i32, k: i32, pack: usize,
): void {
  transpose(b, t, k, n);
  gemmExact(a, <usize>n << 3, 8, t, 0, z, 0, m, n, k, pack);
}

/**
 * Cache blocking: B in blocks of `KC` rows by `NC` columns (192 KiB at most), each used by every
 * row band while it stays in L2. A block after the first starts from the partial sums the one
 * before stored, so every output still adds its products in the order of t. `NC` is a multiple
 * of 6, so only the last panel of columns has narrower tiles.
 */
const KC = 256, NC = 96;

@inline function product(
  a: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  m: i32, len: i32, n: i32, pack: usize, fused: bool,
): void {
  const partial = z != 0 ? z : r; // where a block's partial sums wait for the next
  let t0 = 0;
  do { // at least once: with len 0, Z is the bias
    const kc = min(KC, len - t0);
    const first = t0 == 0, last = t0 + kc >= len;
    const at = a + <usize>t0 * cs, bt = b + (<usize>(t0 * n) << 3);
    for (let j0 = 0; j0 < n; j0 += NC) {
      const j1 = min(n, j0 + NC);
      let i = 0;
      if (rs == 8) { // A's rows side by side already (Aᵀ of a row-major matrix)
        for (; i + 4 <= m; i += 4) {
          band(at + (<usize>i << 3), 8, cs, bt, bias, z, r, partial, first, last, i, j0, j1, kc, n, 4, true, fused);
        }
      } else if (pack != 0 && j1 - j0 >= 4 && kc >= 8) { // packed, when it is not most of the work
        for (; i + 4 <= m; i += 4) {
          packBand(at + <usize>i * rs, rs, cs, pack, kc);
          band(pack, 8, 32, bt, bias, z, r, partial, first, last, i, j0, j1, kc, n, 4, true, fused);
        }
      } else {
        for (; i + 4 <= m; i += 4) {
          band(at + <usize>i * rs, rs, cs, bt, bias, z, r, partial, first, last, i, j0, j1, kc, n, 4, false, fused);
        }
      }
      for (; i < m; i++) {
        band(at + <usize>i * rs, rs, cs, bt, bias, z, r, partial, first, last, i, j0, j1, kc, n, 1, false, fused);
      }
    }
    t0 += KC;
  } while (t0 < len);
}

/**
 * Copies rows `0…3` of A (`len` steps of t; rows `rs`, steps `cs` bytes apart) to `pack`, the 4
 * values of each step side by side (32 bytes a step), as {@link pairs} reads them.
 */
@inline function packBand(a: usize, rs: usize, cs: usize, pack: usize, len: i32): void {
  const rs2 = rs << 1, rs3 = rs2 + rs;
  let p = a, q = pack;
  for (let t = 0; t < len; t++) {
    const lo = f64x2.replace_lane(v128.load64_zero(p), 1, load<f64>(p + rs));
    const hi = f64x2.replace_lane(v128.load64_zero(p + rs2), 1, load<f64>(p + rs3));
    v128.store(q, lo);
    v128.store(q, hi, 16);
    p += cs;
    q += 32;
  }
}

/**
 * Columns `j0` to `j1 − 1` of rows `i` to `i + rows − 1` (`rows` is 4 or 1): 6 at a time, then 4, 2
 * and 1. With `paired` (4 rows whose values of each step lie side by side, `rs` 8), by
 * {@link pairs}, but for a last odd column.
 */
@inline function band(
  ai: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  partial: usize, first: bool, last: bool, i: i32, j0: i32, j1: i32, len: i32, n: i32,
  rows: i32, paired: bool, fused: bool,
): void {
  let j = j0;
  if (paired) {
    for (; j + 6 <= j1; j += 6) {
      pairs(ai, cs, b, bias, z, r, partial, first, last, i, j, len, n, 6, fused);
    }
    if (j + 4 <= j1) {
      pairs(ai, cs, b, bias, z, r, partial, first, last, i, j, len, n, 4, fused);
      j += 4;
    }
    if (j + 2 <= j1) {
      pairs(ai, cs, b, bias, z, r, partial, first, last, i, j, len, n, 2, fused);
      j += 2;
    }
    if (j < j1) tile(ai, rs, cs, b, bias, z, r, partial, first, last, i, j, len, n, rows, 1, fused);
    return;
  }
  for (; j + 6 <= j1; j += 6) {
    tile(ai, rs, cs, b, bias, z, r, partial, first, last, i, j, len, n, rows, 6, fused);
  }
  if (j + 4 <= j1) {
    tile(ai, rs, cs, b, bias, z, r, partial, first, last, i, j, len, n, rows, 4, fused);
    j += 4;
  }
  if (j + 2 <= j1) {
    tile(ai, rs, cs, b, bias, z, r, partial, first, last, i, j, len, n, rows, 2, fused);
    j += 2;
  }
  if (j < j1) tile(ai, rs, cs, b, bias, z, r, partial, first, last, i, j, len, n, rows, 1, fused);
}

/** The two lanes of `v` swapped. */
@inline function swap(v: v128): v128 {
  return v128.shuffle<f64>(v, v, 1, 0);
}

/**
 * The tile of Z at rows `i…i + 3`, columns `j…` (`width` 6, 4 or 2), with A's 4 values of each
 * step side by side at `ai` (steps `cs` bytes apart): two vector loads of A per step instead of
 * four broadcasts. A pair of rows times a pair of columns is two accumulators, `d` holding
 * (Z(i, j), Z(i + 1, j + 1)) and `x` holding (Z(i, j + 1), Z(i + 1, j)), fed with B's vector and
 * that vector swapped; the rows are sorted out when stored. Every element still adds the same
 * products in the same order as {@link tile}, so the bits are the same.
 */
@inline function pairs(
  ai: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  partial: usize, first: bool, last: bool, i: i32, j: i32, len: i32, n: i32,
  width: i32, fused: bool,
): void {
  const ldb = <usize>n << 3;
  const o0 = (<usize>(i * n + j)) << 3, o1 = o0 + ldb, o2 = o1 + ldb, o3 = o2 + ldb;
  const s0 = start2(bias, j);
  const s1 = width >= 4 ? start2(bias, j + 2) : ZERO;
  const s2 = width == 6 ? start2(bias, j + 4) : ZERO;
  // d<row pair><column pair>, x<row pair><column pair>
  let d00 = s0, d01 = s1, d02 = s2, d10 = s0, d11 = s1, d12 = s2;
  let x00 = swap(s0), x01 = swap(s1), x02 = swap(s2);
  let x10 = x00, x11 = x01, x12 = x02;
  if (!first) {
    d00 = join(partial, o0, o1, 0, true); x00 = join(partial, o0, o1, 0, false);
    d10 = join(partial, o2, o3, 0, true); x10 = join(partial, o2, o3, 0, false);
    if (width >= 4) {
      d01 = join(partial, o0, o1, 16, true); x01 = join(partial, o0, o1, 16, false);
      d11 = join(partial, o2, o3, 16, true); x11 = join(partial, o2, o3, 16, false);
    }
    if (width == 6) {
      d02 = join(partial, o0, o1, 32, true); x02 = join(partial, o0, o1, 32, false);
      d12 = join(partial, o2, o3, 32, true); x12 = join(partial, o2, o3, 32, false);
    }
  }
  let pa = ai, pb = b + (<usize>j << 3);
  for (let t = 0; t < len; t++) {
    const a01 = v128.load(pa), a23 = v128.load(pa, 16);
    let v = v128.load(pb);
    d00 = madd(a01, v, d00, fused);
    d10 = madd(a23, v, d10, fused);
    v = swap(v);
    x00 = madd(a01, v, x00, fused);
    x10 = madd(a23, v, x10, fused);
    if (width >= 4) {
      v = v128.load(pb, 16);
      d01 = madd(a01, v, d01, fused);
      d11 = madd(a23, v, d11, fused);
      v = swap(v);
      x01 = madd(a01, v, x01, fused);
      x11 = madd(a23, v, x11, fused);
    }
    if (width == 6) {
      v = v128.load(pb, 32);
      d02 = madd(a01, v, d02, fused);
      d12 = madd(a23, v, d12, fused);
      v = swap(v);
      x02 = madd(a01, v, x02, fused);
      x12 = madd(a23, v, x12, fused);
    }
    pa += cs;
    pb += ldb;
  }
  const to = last ? z : partial, relu = last ? r : 0;
  putPair(to, relu, o0, o1, width, d00, x00, d01, x01, d02, x02);
  putPair(to, relu, o2, o3, width, d10, x10, d11, x11, d12, x12);
}

/**
 * The `d` (when `diagonal`) or `x` accumulator of {@link pairs} for the column pair at byte
 * `offset` of two rows of partial sums at `p + o0` and `p + o1`.
 */
@inline function join(p: usize, o0: usize, o1: usize, offset: usize, diagonal: bool): v128 {
  const upper = v128.load(p + o0 + offset), lower = v128.load(p + o1 + offset);
  return diagonal ? v128.shuffle<f64>(upper, lower, 0, 3) : v128.shuffle<f64>(upper, lower, 1, 2);
}

/** Stores two rows (at `o0` and `o1`) of a tile of {@link pairs}, `width` columns. */
@inline function putPair(
  z: usize, r: usize, o0: usize, o1: usize, width: i32,
  d0: v128, x0: v128, d1: v128, x1: v128, d2: v128, x2: v128,
): void {
  put2(z, r, o0, v128.shuffle<f64>(d0, x0, 0, 2));
  put2(z, r, o1, v128.shuffle<f64>(x0, d0, 1, 3));
  if (width >= 4) {
    put2(z, r, o0 + 16, v128.shuffle<f64>(d1, x1, 0, 2));
    put2(z, r, o1 + 16, v128.shuffle<f64>(x1, d1, 1, 3));
  }
  if (width == 6) {
    put2(z, r, o0 + 32, v128.shuffle<f64>(d2, x2, 0, 2));
    put2(z, r, o1 + 32, v128.shuffle<f64>(x2, d2, 1, 3));
  }
}

/**
 * The tile of Z at rows `i…`, columns `j…`, `rows` (4 or 1) by `width` (6, 4, 2 or 1), in
 * `rows · ⌈width / 2⌉` accumulators, over `len` steps of t. Both are constants where it is
 * inlined, so the unused accumulators and branches compile away. A width of 1 uses the first
 * lane only: the second multiplies zeros and is not stored. The accumulators start from the bias
 * in the `first` block of t, else from the partial sums at `partial`; the `last` block stores Z
 * and relu(Z), the others their partial sums.
 */
@inline function tile(
  ai: usize, rs: usize, cs: usize, b: usize, bias: usize, z: usize, r: usize,
  partial: usize, first: bool, last: bool, i: i32, j: i32, len: i32, n: i32,
  rows: i32, width: i32, fused: bool,
): void {
  const ldb = <usize>n << 3;
  const rs2 = rs << 1, rs3 = rs2 + rs;
  const o0 = (<usize>(i * n + j)) << 3;
  const s0 = width == 1 ? start1(bias, j) : start2(bias, j);
  const s1 = width >= 4 ? start2(bias, j + 2) : ZERO;
  const s2 = width == 6 ? start2(bias, j + 4) : ZERO;
  let c00 = s0, c01 = s1, c02 = s2, c10 = s0, c11 = s1, c12 = s2;
  let c20 = s0, c21 = s1, c22 = s2, c30 = s0, c31 = s1, c32 = s2;
  if (!first) {
    c00 = get(partial, o0, width, 0);
    if (width >= 4) c01 = get(partial, o0, width, 1);
    if (width == 6) c02 = get(partial, o0, width, 2);
    if (rows == 4) {
      const o1 = o0 + ldb, o2 = o1 + ldb, o3 = o2 + ldb;
      c10 = get(partial, o1, width, 0);
      if (width >= 4) c11 = get(partial, o1, width, 1);
      if (width == 6) c12 = get(partial, o1, width, 2);
      c20 = get(partial, o2, width, 0);
      if (width >= 4) c21 = get(partial, o2, width, 1);
      if (width == 6) c22 = get(partial, o2, width, 2);
      c30 = get(partial, o3, width, 0);
      if (width >= 4) c31 = get(partial, o3, width, 1);
      if (width == 6) c32 = get(partial, o3, width, 2);
    }
  }
  let pa = ai, pb = b + (<usize>j << 3);
  for (let t = 0; t < len; t++) {
    const b0 = width == 1 ? v128.load64_zero(pb) : v128.load(pb);
    const b1 = width >= 4 ? v128.load(pb, 16) : ZERO;
    const b2 = width == 6 ? v128.load(pb, 32) : ZERO;
    let x = v128.load64_splat(pa);
    c00 = madd(x, b0, c00, fused);
    if (width >= 4) c01 = madd(x, b1, c01, fused);
    if (width == 6) c02 = madd(x, b2, c02, fused);
    if (rows == 4) {
      x = v128.load64_splat(pa + rs);
      c10 = madd(x, b0, c10, fused);
      if (width >= 4) c11 = madd(x, b1, c11, fused);
      if (width == 6) c12 = madd(x, b2, c12, fused);
      x = v128.load64_splat(pa + rs2);
      c20 = madd(x, b0, c20, fused);
      if (width >= 4) c21 = madd(x, b1, c21, fused);
      if (width == 6) c22 = madd(x, b2, c22, fused);
      x = v128.load64_splat(pa + rs3);
      c30 = madd(x, b0, c30, fused);
      if (width >= 4) c31 = madd(x, b1, c31, fused);
      if (width == 6) c32 = madd(x, b2, c32, fused);
    }
    pa += cs;
    pb += ldb;
  }
  const to = last ? z : partial, relu = last ? r : 0;
  putRow(to, relu, o0, width, c00, c01, c02);
  if (rows == 4) {
    putRow(to, relu, o0 + ldb, width, c10, c11, c12);
    putRow(to, relu, o0 + 2 * ldb, width, c20, c21, c22);
    putRow(to, relu, o0 + 3 * ldb, width, c30, c31, c32);
  }
}

/** Vector `v` of a row of partial sums at `offset` (the first lane only when `width` is 1). */
@inline function get(p: usize, offset: usize, width: i32, v: i32): v128 {
  return width == 1 ? v128.load64_zero(p + offset) : v128.load(p + offset + (<usize>v << 4));
}

/** Stores one row of a tile, `width` columns from `offset`. */
@inline function putRow(
  z: usize, r: usize, offset: usize, width: i32, c0: v128, c1: v128, c2: v128,
): void {
  if (width == 1) put1(z, r, offset, c0);
  else put2(z, r, offset, c0);
  if (width >= 4) put2(z, r, offset + 16, c1);
  if (width == 6) put2(z, r, offset + 32, c2);
}

/** `T = Bᵀ` for B row-major `rows × cols` (T is `cols × rows`). */
export function transpose(b: usize, t: usize, rows: i32, cols: i32): void {
  const ldt = <usize>rows << 3;
  let p = b;
  for (let i = 0; i < rows; i++) {
    let q = t + (<usize>i << 3);
    for (let j = 0; j < cols; j++) {
      store<f64>(q, load<f64>(p));
      p += 8;
      q += ldt;
    }
  }
}

/** `out[j] = Σᵢ A[i, j]` for A row-major `m × n`, added in the order of i. */
export function columnSums(a: usize, out: usize, m: i32, n: i32): void {
  const lda = <usize>n << 3;
  let j = 0;
  for (; j + 2 <= n; j += 2) {
    let c = ZERO;
    let p = a + (<usize>j << 3);
    for (let i = 0; i < m; i++) {
      c = f64x2.add(c, v128.load(p));
      p += lda;
    }
    v128.store(out + (<usize>j << 3), c);
  }
  if (j < n) {
    let c = 0.0;
    let p = a + (<usize>j << 3);
    for (let i = 0; i < m; i++) {
      c += load<f64>(p);
      p += lda;
    }
    store<f64>(out + (<usize>j << 3), c);
  }
}

/**
 * Whether the `n` numbers at `a` are all finite, decided by whether their sum (in no particular
 * order) is: a NaN or ±∞ makes it non-finite, and so may an overflow of finite numbers.
 */
export function allFinite(a: usize, n: i32): bool {
  // Eight independent sums, so that the loop runs at the speed of the loads, not of the adds.
  let s0 = ZERO, s1 = ZERO, s2 = ZERO, s3 = ZERO, s4 = ZERO, s5 = ZERO, s6 = ZERO, s7 = ZERO;
  let p = a;
  const end = a + (<usize>(n & ~15) << 3);
  for (; p < end; p += 128) {
    s0 = f64x2.add(s0, v128.load(p));
    s1 = f64x2.add(s1, v128.load(p, 16));
    s2 = f64x2.add(s2, v128.load(p, 32));
    s3 = f64x2.add(s3, v128.load(p, 48));
    s4 = f64x2.add(s4, v128.load(p, 64));
    s5 = f64x2.add(s5, v128.load(p, 80));
    s6 = f64x2.add(s6, v128.load(p, 96));
    s7 = f64x2.add(s7, v128.load(p, 112));
  }
  const s = f64x2.add(
    f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3)),
    f64x2.add(f64x2.add(s4, s5), f64x2.add(s6, s7)),
  );
  let total = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (let i = n & ~15; i < n; i++) {
    total += load<f64>(p);
    p += 8;
  }
  return isFinite(total);
}

export { gemm32, gemm32Exact, narrow, narrowTranspose, columnSums32 } from "./float32";
