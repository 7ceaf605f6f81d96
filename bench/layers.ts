/**
 * Where W1-infer's time goes: one forward pass of its 1000 rows, then each
 * layer's `forward` and its NaN screen alone, and each ReLU layer's product
 * writing `Z` alone, `Z` and `relu(Z)`, or `relu(Z)` alone (an inference pass),
 * in microseconds (medians of five timings after a warm-up).
 *
 * Run: deno task bench:layers [--backend wasm|wasm-exact|js] (one JSON line per row)
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type Backend, getKernels, Matrix, setKernels } from "../mod.ts";
import { allocate, nonFiniteAt } from "../lib/kernels/backend.ts";
import { median, network, rounded, w1Infer } from "./workloads.ts";

/** Microseconds per call of `run`: the median of five timings of `reps` calls, after a warm-up. */
function microseconds(run: () => void, reps = 400): number {
  for (let r = 0; r < reps; r++) run();
  const times: number[] = [];
  for (let t = 0; t < 5; t++) {
    const started = performance.now();
    for (let r = 0; r < reps; r++) run();
    times.push(((performance.now() - started) * 1000) / reps);
  }
  return rounded(median(times));
}

/** One JSON line per measurement of W1-infer, with the active kernels. */
function main(): void {
  const w = w1Infer();
  const model = network(w);
  const rows = w.x.rows;
  console.log(JSON.stringify({ kernels: getKernels().name, rows }));
  console.log(
    JSON.stringify({ what: "model.forward", us: microseconds(() => model.forward(w.x)) }),
  );
  let x = new Matrix(rows, w.x.cols, allocate(w.x.data.length));
  x.data.set(w.x.data);
  for (const layer of model.layers) {
    const input = x;
    const name = `${layer.inputs}→${layer.outputs} ${layer.activation.name}`;
    const forward = microseconds(() => layer.forward(input));
    const a = layer.forward(input);
    const screen = microseconds(() => nonFiniteAt(a.data));
    const line: Record<string, string | number> = { layer: name, forward, screen };
    const fused = getKernels().matmulBiasRelu;
    if (layer.activation.name === "relu" && fused !== undefined) {
      const { inputs, outputs, weights, bias } = layer;
      const z = allocate(rows * outputs), out = allocate(rows * outputs);
      const product = (zOut: Float64Array | null, relu: Float64Array | null) => () =>
        relu === null
          ? getKernels().matmulBias(input.data, weights.data, bias, zOut!, rows, inputs, outputs)
          : fused(input.data, weights.data, bias, zOut, relu, rows, inputs, outputs);
      line.zOnly = microseconds(product(z, null));
      line.zAndRelu = microseconds(product(z, out));
      line.reluOnly = microseconds(product(null, out));
    }
    console.log(JSON.stringify(line));
    x = new Matrix(rows, layer.outputs, allocate(a.data.length));
    x.data.set(a.data);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ args: Deno.args, options: { backend: { type: "string" } } });
  if (values.backend !== undefined) setKernels(values.backend as Backend);
  main();
}
