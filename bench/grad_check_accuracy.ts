/**
 * Measures gradCheck's accuracy with its default settings over random
 * architectures: 300 smooth-only, 300 with ReLU units and zero biases, 300 with
 * random biases. Prints one JSON line per group.
 *
 * Run: `deno task bench:gradcheck`
 *
 * @module
 */
import { createRandom, gradCheck } from "../mod.ts";
import {
  chainModel,
  OUTPUT_PAIRS,
  randomBatch,
  randomizeBiases,
} from "../tests/fixtures/random_batch.ts";

/** The first six pairs: the built-in output and loss combinations a user would pick. */
const OUTPUTS = OUTPUT_PAIRS.slice(0, 6);

function measure(group: string, hidden: string[], randomBias: boolean): void {
  const errors: number[] = [];
  let kinks = 0;
  let kinkNets = 0;
  for (let trial = 0; trial < 300; trial++) {
    const random = createRandom(trial);
    const depth = 1 + Math.floor(random.random() * 4);
    const dims = Array.from({ length: depth + 1 }, () => 1 + Math.floor(random.random() * 6));
    const pair = OUTPUTS[trial % OUTPUTS.length];
    const model = chainModel(
      dims,
      () => hidden[Math.floor(random.random() * hidden.length)],
      pair,
      { seed: trial, bias: trial % 2 === 0 },
    );
    if (randomBias) randomizeBiases(model, random);
    const rows = 1 + Math.floor(random.random() * 5);
    const { x, y } = randomBatch(random, rows, dims[0], dims[depth], pair.targets);
    const result = gradCheck(model, pair.loss, x, y);
    errors.push(result.maxRelativeError);
    kinks += result.kinks;
    if (result.kinks > 0) kinkNets++;
  }
  errors.sort((a, b) => a - b);
  console.log(JSON.stringify({
    group,
    nets: errors.length,
    median: errors[errors.length >> 1],
    max: errors[errors.length - 1],
    over_tolerance: errors.filter((e) => e > 1e-6).length,
    kink_entries: kinks,
    kink_nets: kinkNets,
  }));
}

measure("smooth", ["sigmoid", "tanh", "linear"], false);
measure("relu, zero biases", ["relu", "leakyRelu", "sigmoid", "tanh", "linear"], false);
measure("relu, random biases", ["relu", "leakyRelu", "sigmoid", "tanh", "linear"], true);
