/**
 * The most GFLOP/s one core gets from WebAssembly's 128-bit fused multiply-adds
 * here: a loop of 12 independent `f64x2.relaxed_madd` chains (and the same of
 * `f32x4`, four numbers a vector) with no memory access, compiled with
 * AssemblyScript as the kernels are. The kernels' figures (`deno task
 * bench:kernels`) are best read against it.
 *
 * Run: deno task bench:peak (one JSON line)
 *
 * @module
 */
import { assemble } from "../wasm/build.ts";
import { median } from "./workloads.ts";

/** Twelve accumulators: enough to cover the multiply-add latency on two ports, few enough to stay in registers. */
const SOURCE_F64 = `
export function peak(steps: i32, a: f64, b: f64): f64 {
  const x = f64x2.splat(a), y = f64x2.splat(b); // from arguments: constants would be rebuilt per use
  // Distinct starts, so that the optimiser cannot merge equal chains.
  let c0 = f64x2.splat(0.0), c1 = f64x2.splat(0.1), c2 = f64x2.splat(0.2), c3 = f64x2.splat(0.3);
  let c4 = f64x2.splat(0.4), c5 = f64x2.splat(0.5), c6 = f64x2.splat(0.6), c7 = f64x2.splat(0.7);
  let c8 = f64x2.splat(0.8), c9 = f64x2.splat(0.9), c10 = f64x2.splat(1.0), c11 = f64x2.splat(1.1);
  for (let i = 0; i < steps; i++) {
    c0 = f64x2.relaxed_madd(x, y, c0); c1 = f64x2.relaxed_madd(x, y, c1);
    c2 = f64x2.relaxed_madd(x, y, c2); c3 = f64x2.relaxed_madd(x, y, c3);
    c4 = f64x2.relaxed_madd(x, y, c4); c5 = f64x2.relaxed_madd(x, y, c5);
    c6 = f64x2.relaxed_madd(x, y, c6); c7 = f64x2.relaxed_madd(x, y, c7);
    c8 = f64x2.relaxed_madd(x, y, c8); c9 = f64x2.relaxed_madd(x, y, c9);
    c10 = f64x2.relaxed_madd(x, y, c10); c11 = f64x2.relaxed_madd(x, y, c11);
  }
  const s = f64x2.add(
    f64x2.add(f64x2.add(f64x2.add(c0, c1), f64x2.add(c2, c3)), f64x2.add(c4, c5)),
    f64x2.add(f64x2.add(f64x2.add(c6, c7), f64x2.add(c8, c9)), f64x2.add(c10, c11)),
  );
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
}
`;

/** The same loop on `f32x4`: four lanes, summed at the end. */
const SOURCE_F32 = SOURCE_F64.replaceAll("f64x2", "f32x4").replaceAll(": f64", ": f32")
  .replace(
    "f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1)",
    "f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + " +
      "f32x4.extract_lane(s, 3)",
  );

/** Flops per step: 12 multiply-adds of `lanes` lanes, 2 flops each. */
function flopsPerStep(lanes: number): number {
  return 12 * lanes * 2;
}

/** Compiles `source` and returns its `peak` function. */
async function compilePeak(
  source: string,
): Promise<(steps: number, a: number, b: number) => number> {
  const flags = ["-O3", "--runtime", "stub", "--noAssert", "--use", "abort="];
  const bytes = await assemble(
    "peak.ts",
    (name) => name === "peak.ts" ? source : null,
    [...flags, "--enable", "simd,relaxed-simd"],
  );
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes as BufferSource), {});
  return instance.exports.peak as (steps: number, a: number, b: number) => number;
}

/** The median GFLOP/s of `peak` over 5 timed runs, after a warm-up to the optimising tier. */
function gflops(peak: (steps: number, a: number, b: number) => number, lanes: number): number {
  for (let i = 0; i < 2000; i++) peak(10_000, 1.0000001, 0.9999999);
  const steps = 20_000_000, figures: number[] = [];
  for (let r = 0; r < 5; r++) {
    const started = performance.now();
    peak(steps, 1.0000001, 0.9999999);
    figures.push((steps * flopsPerStep(lanes)) / ((performance.now() - started) / 1000) / 1e9);
  }
  return Number(median(figures).toPrecision(3));
}

if (import.meta.main) {
  const f64 = gflops(await compilePeak(SOURCE_F64), 2);
  const f32 = gflops(await compilePeak(SOURCE_F32), 4);
  console.log(JSON.stringify({ f64x2_fma_gflops: f64, f32x4_fma_gflops: f32 }));
}
