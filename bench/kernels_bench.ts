/**
 * `deno bench` suite of the kernels: each product of each workload layer,
 * the active kernels against the textbook loops (the baseline).
 *
 * Run: deno bench bench/kernels_bench.ts
 *
 * @module
 */
import { getKernels } from "../mod.ts";
import { naiveKernels, operands, PRODUCTS, SHAPES } from "./kernels.ts";

for (const shape of SHAPES) {
  for (const product of PRODUCTS) {
    const group = `${shape.name} ${product}`;
    for (const kernels of [naiveKernels, getKernels()]) {
      Deno.bench({
        name: `${kernels.name} ${group}`,
        group,
        baseline: kernels === naiveKernels,
        fn: operands(shape, product, kernels),
      });
    }
  }
}
