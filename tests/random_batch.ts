/**
 * Test and benchmark helpers: seeded random batches with targets suited to a
 * loss, and models built from a list of widths.
 */
import { type Random, Sequential } from "../mod.ts";

/** What the targets are: real numbers, 0/1 labels, or one-hot rows. */
export type Targets = "real" | "binary" | "oneHot";

/** Every built-in hidden activation. */
export const HIDDEN: readonly string[] = ["relu", "leakyRelu", "sigmoid", "tanh", "linear"];

/** Output activation × loss pairs that make sense, with the targets they take. */
export const OUTPUT_PAIRS: readonly { activation: string; loss: string; targets: Targets }[] = [
  { activation: "sigmoid", loss: "logLoss", targets: "binary" },
  { activation: "softmax", loss: "crossEntropy", targets: "oneHot" },
  { activation: "linear", loss: "mse", targets: "real" },
  { activation: "tanh", loss: "mse", targets: "real" },
  { activation: "sigmoid", loss: "mse", targets: "real" },
  { activation: "softmax", loss: "mse", targets: "real" },
  { activation: "relu", loss: "mse", targets: "real" },
  { activation: "leakyRelu", loss: "mse", targets: "real" },
  { activation: "softmax", loss: "logLoss", targets: "binary" },
  { activation: "sigmoid", loss: "crossEntropy", targets: "oneHot" },
];

/**
 * A model with layer widths `dims` (inputs first): layer i takes activation
 * `hidden(i)`, called in layer order, and the last takes `pair.activation`.
 * A softmax or one-hot output gets at least 2 units (this updates `dims`).
 */
export function chainModel(
  dims: number[],
  hidden: (layer: number) => string,
  pair: { activation: string; targets: Targets },
  options: { seed: number; bias: boolean },
): Sequential {
  const last = dims.length - 1;
  if (pair.activation === "softmax" || pair.targets === "oneHot") {
    dims[last] = Math.max(2, dims[last]);
  }
  return Sequential.fromArchitecture(
    dims.slice(1).map((outputDim, i) => ({
      inputDim: dims[i],
      outputDim,
      activation: i === last - 1 ? pair.activation : hidden(i),
    })),
    options,
  );
}

/** Sets every bias to a draw from N(0, 0.5²), layer by layer. */
export function randomizeBiases(model: Sequential, random: Random): void {
  for (const layer of model.layers) {
    layer.bias?.forEach((_, j, b) => (b[j] = 0.5 * random.normal()));
  }
}

/** The targets a built-in loss takes. */
export function targetsFor(loss: string): Targets {
  return loss === "mse" ? "real" : loss === "logLoss" ? "binary" : "oneHot";
}

/**
 * `rows` samples: inputs drawn from N(0, 1), then per row a hot class (always
 * drawn, so the sequence does not depend on `targets`) and the targets.
 */
export function randomBatch(
  random: Random,
  rows: number,
  inputs: number,
  outputs: number,
  targets: Targets,
): { x: number[][]; y: number[][] } {
  const x = Array.from({ length: rows }, () => Array.from({ length: inputs }, random.normal));
  const y = Array.from({ length: rows }, () => {
    const hot = Math.floor(random.random() * outputs);
    return Array.from(
      { length: outputs },
      (_, j) =>
        targets === "real"
          ? random.normal()
          : targets === "binary"
          ? Number(random.random() < 0.5)
          : Number(j === hot),
    );
  });
  return { x, y };
}
