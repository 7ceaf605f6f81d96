/**
 * Test accuracy of `fit` on moons (1000 samples, noise 0.2, 20% test) over 20
 * seeds, with the configuration of the README's training example. The test
 * suite runs {@linkcode trainMoons} for one seed.
 *
 * Run: deno task bench:moons
 *
 * @module
 */
import { trainMoons } from "../tests/fixtures/moons.ts";

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
