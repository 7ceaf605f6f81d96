/**
 * Measures gradCheck's accuracy with its default settings over random
 * architectures: 300 smooth-only, 300 with ReLU units and zero biases, 300 with
 * random biases. Prints one JSON line per group.
 *
 * Run: `deno task bench:gradcheck`
 *
 * @module
 */
import { createRandom, gradCheck, Sequential } from "../mod.ts";
import { randomBatch, targetsFor } from "../tests/random_batch.ts";

const OUTPUTS: [string, string][] = [
  ["sigmoid", "logLoss"],
  ["softmax", "crossEntropy"],
  ["linear", "mse"],
  ["tanh", "mse"],
  ["sigmoid", "mse"],
  ["softmax", "mse"],
];

function measure(group: string, hidden: string[], randomBias: boolean): void {
  const errors: number[] = [];
  let kinks = 0;
  for (let trial = 0; trial < 300; trial++) {
    const random = createRandom(trial);
    const depth = 1 + Math.floor(random.random() * 4);
    const dims = Array.from({ length: depth + 1 }, () => 1 + Math.floor(random.random() * 6));
    const [output, loss] = OUTPUTS[trial % OUTPUTS.length];
    if (output === "softmax") dims[depth] = Math.max(2, dims[depth]);
    const model = Sequential.fromArchitecture(
      dims.slice(1).map((outputDim, i) => ({
        inputDim: dims[i],
        outputDim,
        activation: i === depth - 1 ? output : hidden[Math.floor(random.random() * hidden.length)],
      })),
      { seed: trial, bias: trial % 2 === 0 },
    );
    if (randomBias) {
      for (const l of model.layers) l.bias?.forEach((_, j, b) => (b[j] = 0.5 * random.normal()));
    }
    const rows = 1 + Math.floor(random.random() * 5);
    const { x, y } = randomBatch(random, rows, dims[0], dims[depth], targetsFor(loss));
    const result = gradCheck(model, loss, x, y);
    errors.push(result.maxRelativeError);
    kinks += result.kinks;
  }
  errors.sort((a, b) => a - b);
  console.log(JSON.stringify({
    group,
    nets: errors.length,
    median: errors[errors.length >> 1],
    max: errors[errors.length - 1],
    over_tolerance: errors.filter((e) => e > 1e-6).length,
    kink_entries: kinks,
  }));
}

measure("smooth", ["sigmoid", "tanh", "linear"], false);
measure("relu, zero biases", ["relu", "leakyRelu", "sigmoid", "tanh", "linear"], false);
measure("relu, random biases", ["relu", "leakyRelu", "sigmoid", "tanh", "linear"], true);
