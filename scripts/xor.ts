/**
 * XOR, as notebook 000 teaches it: a 2-3-2 network without biases, ReLU
 * hidden layer, softmax output and cross-entropy on one-hot targets, with
 * Glorot-uniform weights drawn exactly as NumPy drew them with seed 0.
 *
 * Run: `deno run -A scripts/xor.ts [--explain] [--help]`
 *
 * @module
 */
import { argmax, type Matrix, numpyRandom, Sequential, sgd, xor } from "../mod.ts";
import { explainStep } from "./explain.ts";
import { decisionBoundaryChart, lossChart } from "./plots.ts";
import {
  formatMatrix,
  formatVector,
  lossSeries,
  main,
  saveChart,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
  train,
} from "./scenario.ts";

const DATA = xor({ oneHot: true });
/** XOR inputs. */
export const X: Matrix = DATA.x;
/** XOR targets, one-hot: a 1 in column 1 means "true". */
export const Y: Matrix = DATA.y;

/** Momentum of the SGD steps. */
export const MOMENTUM = 0.9;

/** What a run of the XOR scenario ends with. */
export interface XorResult extends ScenarioResult {
  /** The untrained forward pass (notebook 000's printed table for seed 0). */
  untrained: Matrix;
  /** The trained forward pass: class probabilities per row. */
  probabilities: Matrix;
  /** Predicted class per row. */
  predictions: number[];
}

/** Notebook 000's network with weights drawn from NumPy's generator seeded with `seed`. */
export function xorModel(seed: number): Sequential {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "relu" },
    { inputDim: 3, outputDim: 2, activation: "softmax" },
  ], { bias: false, random: numpyRandom(seed) });
}

/** The XOR scenario. */
export const xorScenario: Scenario<XorResult> = {
  name: "xor",
  description: "notebook 000 — XOR with a 2-3-2 ReLU/softmax network, no biases, cross-entropy",
  defaults: { seed: 0, epochs: 200, learningRate: 1 },
  run: runXor,
};

/** Builds the network, prints the untrained table, trains full-batch SGD and reports. */
export async function runXor(options: ScenarioOptions): Promise<XorResult> {
  const { log } = options;
  const model = xorModel(options.seed);
  log(`X:\n${formatMatrix(X)}\n`);
  log(`Y (one-hot: a 1 in column 1 means "true"):\n${formatMatrix(Y)}\n`);
  log(`${model.summary()}\n`);
  const untrained = model.forward(X);
  log(`Forwarding X:\n${formatMatrix(untrained)}\n`);
  log(`The model's predictions: ${formatVector(model.predict(X) as number[])}\n`);

  const optimizer = sgd({ learningRate: options.learningRate, momentum: MOMENTUM });
  if (options.explain) explainStep(model, X, Y, "crossEntropy", optimizer, log);
  log(`\nTraining: full-batch SGD, learning rate ${options.learningRate}, momentum ${MOMENTUM}`);
  const history = await train(model, X, Y, {
    loss: "crossEntropy",
    optimizer,
    epochs: options.epochs,
    batchSize: X.rows,
    shuffle: false,
    metrics: ["accuracy"],
  }, options);

  const probabilities = model.forward(X);
  const predictions = argmax(probabilities);
  // Scored after the last update, as the predictions are (history's figures come before it).
  const { loss, accuracy } = model.evaluate(X, Y, { loss: "crossEntropy", metrics: ["accuracy"] });
  log(`\nTrained forward pass:\n${formatMatrix(probabilities)}\n`);
  log(`Predictions: ${formatVector(predictions)}, accuracy ${(accuracy * 100).toFixed(0)}%`);
  log(
    `Loss ${loss.toFixed(6)}. Without biases, X = [0 0] always gives [0.5 0.5] (ln 2 / 4 ≈ 0.173`,
  );
  log("is the least loss this network can reach); the tie goes to class 0, which is right.");
  if (accuracy < 1) {
    log(
      `Not 100% after ${history.epochs} epoch${
        history.epochs === 1 ? "" : "s"
      }: try more, or another --seed (without biases,`,
    );
    log("2-3-2 solves XOR from some starting weights only).");
  }

  const charts: string[] = [];
  await saveChart(
    options,
    charts,
    "loss",
    () => lossChart(lossSeries(history), { title: "XOR: training loss" }),
  );
  await saveChart(options, charts, "decision_boundary", () =>
    decisionBoundaryChart({
      x: X.toArray(),
      labels: DATA.labels,
      probability: (rows) => model.forward(rows).toArray().map((p) => p[1]),
      title: "XOR: probability of class 1",
    }));
  return {
    metrics: { loss, accuracy, predictions },
    charts,
    untrained,
    probabilities,
    predictions,
  };
}

if (import.meta.main) Deno.exit(await main(xorScenario, Deno.args));
