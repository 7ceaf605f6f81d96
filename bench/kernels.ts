/**
 * The matrix shapes the workloads multiply, with operands to multiply, and a
 * GFLOP/s report of every backend (js, wasm, wasm-exact), in float64 and in
 * float32 (`float32` products, columns `… f32`), against the textbook loops and
 * issue 7's 51 GFLOP/s float64 ceiling (`deno task bench:peak` measures what
 * 128-bit WebAssembly reaches here).
 *
 * Run: deno task bench:kernels (one JSON line per kernel and shape)
 *
 * @module
 */
import { BACKENDS } from "../tests/fixtures/backends.ts";
import { createRandom, type Kernels, type Products } from "../mod.ts";

/** One product: `m × k` times `k × n`, named after the workload layer it serves. */
export interface Shape {
  /** Where the product occurs: `"W2 784→128"`. */
  name: string;
  /** Rows of the batch. */
  m: number;
  /** Layer inputs. */
  k: number;
  /** Layer outputs. */
  n: number;
}

/**
 * The layers of W1 (batch 64) and W2 (batch 128), W1-infer's widest layer (1000 rows), and a
 * layer too large for the caches (its weights 16 MiB), where cache blocking shows.
 */
export const SHAPES: readonly Shape[] = [
  { name: "W1 2→25", m: 64, k: 2, n: 25 },
  { name: "W1 25→50", m: 64, k: 25, n: 50 },
  { name: "W1 50→50", m: 64, k: 50, n: 50 },
  { name: "W1 50→25", m: 64, k: 50, n: 25 },
  { name: "W1 25→1", m: 64, k: 25, n: 1 },
  { name: "W2 784→128", m: 128, k: 784, n: 128 },
  { name: "W2 128→64", m: 128, k: 128, n: 64 },
  { name: "W2 64→10", m: 128, k: 64, n: 10 },
  { name: "W1-infer 50→50", m: 1000, k: 50, n: 50 },
  { name: "large 2048→1024", m: 256, k: 2048, n: 1024 },
];

/** The three products of a dense layer, as the layer calls them. */
export type Product = "forward X·W+b" | "weight gradient Xᵀ·δ" | "input gradient δ·Wᵀ";

/** Every product, in pass order. */
export const PRODUCTS: readonly Product[] = [
  "forward X·W+b",
  "weight gradient Xᵀ·δ",
  "input gradient δ·Wᵀ",
];

/**
 * Random operands for one shape, and a function that runs `product` on them with `kernels`, or
 * with their float32 products when `float32` is set.
 */
export function operands(
  shape: Shape,
  product: Product,
  kernels: Kernels,
  float32 = false,
): () => void {
  const products: Products = float32 ? kernels.float32! : kernels;
  const { m, k, n } = shape;
  const random = createRandom(7);
  // The backend's own arrays where it has them, as the layers use it.
  const array = (length: number) => kernels.allocate?.(length) ?? new Float64Array(length);
  const fill = (length: number) => {
    const values = array(length); // not .map: that returns a plain array, not the backend's
    for (let i = 0; i < length; i++) values[i] = random.normal();
    return values;
  };
  const x = fill(m * k), w = fill(k * n), bias = fill(n), delta = fill(m * n);
  const z = array(m * n), dw = array(k * n), dx = array(m * k);
  switch (product) {
    case "forward X·W+b":
      return () => products.matmulBias(x, w, bias, z, m, k, n);
    case "weight gradient Xᵀ·δ":
      return () => products.matmulTransA(x, delta, dw, m, k, n);
    case "input gradient δ·Wᵀ":
      return () => products.matmulTransB(delta, w, dx, m, n, k);
  }
}

/**
 * The textbook loops, unblocked (i-k-j for the products with B's rows
 * contiguous, i-j-k dot products for A·Bᵀ): the baseline the kernels beat.
 */
export const naiveKernels: Kernels = {
  name: "naive",
  matmulBias(a, b, bias, out, m, k, n) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) out[i * n + j] = bias === null ? 0 : bias[j];
      for (let p = 0; p < k; p++) {
        const aip = a[i * k + p];
        for (let j = 0; j < n; j++) out[i * n + j] += aip * b[p * n + j];
      }
    }
  },
  matmulTransA(a, b, out, m, k, n) {
    out.fill(0, 0, k * n);
    for (let i = 0; i < m; i++) {
      for (let p = 0; p < k; p++) {
        const aip = a[i * k + p];
        for (let j = 0; j < n; j++) out[p * n + j] += aip * b[i * n + j];
      }
    }
  },
  matmulTransB(a, b, out, m, n, k) {
    for (let i = 0; i < m; i++) {
      for (let p = 0; p < k; p++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += a[i * n + j] * b[p * n + j];
        out[i * k + p] = s;
      }
    }
  },
  columnSums(a, out, m, n) {
    out.fill(0, 0, n);
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j] += a[i * n + j];
  },
};

/** GFLOP/s of `run`, a product of `2·m·k·n` flops, timed over at least 0.3 s after a warm-up. */
function gflops(shape: Shape, run: () => void): number {
  const flops = 2 * shape.m * shape.k * shape.n;
  const reps = Math.max(1, Math.round(1e8 / flops));
  for (let r = 0; r < reps; r++) run();
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 300) {
    for (let r = 0; r < reps; r++) run();
    done += reps;
  }
  return (flops * done) / ((performance.now() - started) / 1000) / 1e9;
}

/** One core's float64 peak with 256-bit AVX2 FMA on the reference machine (issue 7), GFLOP/s. */
const CEILING_GFLOPS = 51;

export { BACKENDS };

if (import.meta.main) {
  for (const shape of SHAPES) {
    for (const product of PRODUCTS) {
      const line: Record<string, string | number> = { shape: shape.name, product };
      for (const kernels of [naiveKernels, ...BACKENDS]) {
        line[kernels.name] = Number(
          gflops(shape, operands(shape, product, kernels)).toPrecision(3),
        );
      }
      for (const kernels of BACKENDS) {
        line[`${kernels.name} f32`] = Number(
          gflops(shape, operands(shape, product, kernels, true)).toPrecision(3),
        );
      }
      const best = Math.max(...BACKENDS.map((k) => line[k.name] as number));
      line.best_of_ceiling = `${Math.round((100 * best) / CEILING_GFLOPS)}%`;
      console.log(JSON.stringify(line));
    }
  }
}
