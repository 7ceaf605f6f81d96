/**
 * Training off the main thread, in browsers and Deno: {@linkcode fitInWorker}
 * sends a model, its data and `fit`'s options to a module worker and resolves
 * to the trained model, bit-identical to `fit` on the calling thread;
 * {@linkcode serveFit} is the worker's side. Uses no Deno API.
 *
 * @example Follow the loss while a worker trains
 * ```ts
 * import { adam, moons, Sequential } from "@backprop/core";
 * import { fitInWorker } from "@backprop/core/worker";
 * import assert from "node:assert/strict";
 *
 * const { x, y } = moons({ n: 200, noise: 0.1, seed: 1 });
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 16, activation: "relu" },
 *   { inputDim: 16, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 1 });
 * const losses: number[] = [];
 * const { model: trained } = await fitInWorker(
 *   model,
 *   x,
 *   y,
 *   { loss: "logLoss", optimizer: adam({ learningRate: 0.02 }), epochs: 50, seed: 1 },
 *   { onEpoch: ({ loss }) => losses.push(loss) },
 * );
 * assert.equal(losses.length, 50);
 * assert.ok(losses[49] < losses[0] / 5, `loss ${losses[0]} → ${losses[49]}`);
 * assert.ok(trained.evaluate(x, y, { metrics: ["accuracy"] }).accuracy > 0.95);
 * ```
 *
 * @module
 */
export {
  fitInWorker,
  type WorkerEpochEvent,
  type WorkerFitResult,
  type WorkerFitSettings,
} from "./fit_in_worker.ts";
export { serveFit, type WorkerScope } from "./serve_fit.ts";
