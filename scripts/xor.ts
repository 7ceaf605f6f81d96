/**
 * XOR, as seed 000 teaches it: a 2-3-2 network without biases, ReLU hidden
 * layer, softmax output, cross-entropy on one-hot targets, trained by SGD.
 *
 * Run: `deno run scripts/xor.ts [--seed N] [--epochs N] [--lr X] [--quiet]`
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type Matrix, Sequential, sgd } from "../mod.ts";

/** XOR inputs. */
export const X: number[][] = [[0, 0], [0, 1], [1, 0], [1, 1]];
/** XOR targets, one-hot: column 1 is "true". */
export const Y: number[][] = [[1, 0], [0, 1], [0, 1], [1, 0]];

/** Settings of a run. */
export interface XorOptions {
  /** Seed of the weight initialisation. */
  seed: number;
  /** Number of full-batch SGD steps. */
  epochs: number;
  /** Learning rate. */
  learningRate: number;
  /** Where to print; nothing when omitted. */
  log?: (line: string) => void;
}

/** What a run ends with. */
export interface XorResult {
  /** Final cross-entropy loss. */
  loss: number;
  /** Predicted class per row. */
  predictions: number[];
  /** Fraction of rows predicted right. */
  accuracy: number;
  /** Output probabilities per row. */
  probabilities: Matrix;
}

/** Builds the network, trains it and reports. */
export function runXor(options: XorOptions): XorResult {
  const log = options.log ?? (() => {});
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "relu" },
    { inputDim: 3, outputDim: 2, activation: "softmax" },
  ], { bias: false, seed: options.seed });
  log(`X:\n${matrixText(X)}\n\nY (one-hot):\n${matrixText(Y)}\n`);
  log(`${model.summary()}\n`);
  log(`Untrained forward pass:\n${model.forward(X)}`);
  log(`Untrained predictions: [${(model.predict(X) as number[]).join(" ")}]\n`);

  const optimizer = sgd({ learningRate: options.learningRate });
  let loss = NaN;
  const every = Math.max(1, Math.floor(options.epochs / 10));
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    loss = model.trainStep(X, Y, "crossEntropy", optimizer);
    if (epoch % every === 0) log(`epoch ${epoch}: loss ${loss.toFixed(6)}`);
  }
  loss = model.loss(X, Y, "crossEntropy");
  const probabilities = model.forward(X);
  const predictions = model.predict(X) as number[];
  const accuracy = predictions.filter((p, i) => Y[i][p] === 1).length / X.length;
  log(`\nTrained forward pass:\n${probabilities}`);
  log(`Predictions: [${predictions.join(" ")}], accuracy ${(accuracy * 100).toFixed(0)}%`);
  return { loss, predictions, accuracy, probabilities };
}

function matrixText(rows: number[][]): string {
  return rows.map((r, i) => `${i === 0 ? "[[" : " ["}${r.join(" ")}]`).join("\n") + "]";
}

if (import.meta.main) {
  try {
    main(Deno.args);
  } catch (error) {
    console.error(`xor: ${(error as Error).message}`);
    Deno.exit(1);
  }
}

function main(args: string[]): void {
  const { values } = parseArgs({
    args,
    options: {
      seed: { type: "string", default: "17" },
      epochs: { type: "string", default: "2000" },
      lr: { type: "string", default: "0.1" },
      quiet: { type: "boolean", default: false },
    },
  });
  const seed = Number(values.seed),
    epochs = Number(values.epochs),
    learningRate = Number(values.lr);
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`--seed must be an integer, got ${values.seed}`);
  }
  if (!Number.isInteger(epochs) || epochs < 1) {
    throw new RangeError(`--epochs must be a positive integer, got ${values.epochs}`);
  }
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new RangeError(`--lr must be a positive number, got ${values.lr}`);
  }
  const result = runXor({
    seed,
    epochs,
    learningRate,
    log: values.quiet ? undefined : console.log,
  });
  if (values.quiet) console.log(JSON.stringify({ loss: result.loss, accuracy: result.accuracy }));
}
