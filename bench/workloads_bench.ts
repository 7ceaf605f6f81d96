/**
 * `deno bench` suite of the workloads W1, W1-infer, W2 and W3 with this
 * library; `deno task bench:workloads` prints their figures instead.
 *
 * Run: deno bench bench/workloads_bench.ts
 *
 * @module
 */
import { ours, WORKLOADS, workOf } from "./workloads.ts";

for (const make of WORKLOADS) {
  const w = make();
  const run = ours(w);
  Deno.bench({
    name: `${w.name} (${workOf(w)} ${w.unit === "us_per_step" ? "steps" : "samples"} a run)`,
    n: w.name === "W2" ? 3 : 20,
    warmup: w.name === "W2" ? 1 : 10,
    fn: () => {
      run();
    },
  });
}
