/**
 * `deno bench` suite of the kernels: each product of each workload layer,
 * every backend against the textbook loops (the baseline).
 *
 * Run: deno bench bench/kernels_bench.ts
 *
 * @module
 */
import { BACKENDS, naiveKernels, operands, PRODUCTS, SHAPES } from "./kernels.ts";

for (const shape of SHAPES) {
  for (const product of PRODUCTS) {
    const group = `${shape.name} ${product}`;
    for (const kernels of [naiveKernels, ...BACKENDS]) {
      Deno.bench({
        name: `${kernels.name} ${group}`,
        group,
        baseline: kernels === naiveKernels,
        fn: operands(shape, product, kernels),
      });
    }
  }
}
