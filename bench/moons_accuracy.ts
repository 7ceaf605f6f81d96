/**
 * Test accuracy of `fit` on moons (1000 samples, noise 0.2, 20% test) over 20
 * seeds, with the configuration of the README's training example. The test
 * suite runs {@linkcode trainMoons} for one seed.
 *
 * Run: deno task bench:moons
 *
 * @module
 */
import { adam, type History, moons, Sequential, trainTestSplit } from "../mod.ts";

/** The README's moons classifier: 2 → 16 → 16 ReLU → 1 sigmoid, weights from `seed`. */
export function moonsModel(seed: number): Sequential {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 16, activation: "relu" },
    { inputDim: 16, outputDim: 16, activation: "relu" },
    { inputDim: 16, outputDim: 1, activation: "sigmoid" },
  ], { seed });
}

/** Trains the README's moons model from one seed; returns its test accuracy and history. */
export function trainMoons(seed: number): { accuracy: number; history: History } {
  const { x, y } = moons({ n: 1000, noise: 0.2, seed });
  const split = trainTestSplit(x, y, { testFraction: 0.2, seed });
  const model = moonsModel(seed);
  const history = model.fit(split.xTrain, split.yTrain, {
    loss: "logLoss",
    optimizer: adam({ learningRate: 0.01 }),
    epochs: 100,
    metrics: ["accuracy"],
    validationSplit: 0.1,
    earlyStopping: { patience: 20 },
    seed,
  });
  const { accuracy } = model.evaluate(split.xTest, split.yTest, { metrics: ["accuracy"] });
  return { accuracy, history };
}

if (import.meta.main) {
  const accuracies: number[] = [];
  const started = performance.now();
  for (let seed = 1; seed <= 20; seed++) {
    const { accuracy, history } = trainMoons(seed);
    accuracies.push(accuracy);
    console.log(`seed ${seed}: test accuracy ${accuracy} (best epoch ${history.bestEpoch})`);
  }
  const sorted = [...accuracies].sort((a, b) => a - b);
  console.log(
    `min ${sorted[0]}, median ${(sorted[9] + sorted[10]) / 2}, max ${sorted[19]}; ` +
      `${accuracies.filter((a) => a >= 0.95).length}/20 at least 0.95; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
