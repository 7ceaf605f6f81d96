/**
 * Two interleaving half-moons, as notebook 003 teaches it: the network is
 * given as data (`moons_architecture.json`, 2-25-50-50-25-1, ReLU then
 * sigmoid), weights and biases are `randn · 0.1` drawn as NumPy drew them with
 * seed 101, and the loss is log-loss (binary cross-entropy). Probabilities are
 * thresholded at 0.5 (the notebook's threshold of 0 called every point class 1).
 *
 * Run: `deno run -A scripts/moons.ts [--explain] [--help]`
 *
 * @module
 */
import {
  adam,
  moons,
  normal,
  numpyRandom,
  Sequential,
  takeRows,
  trainTestSplit,
  transposedDraw,
} from "../mod.ts";
import architecture from "./moons_architecture.json" with { type: "json" };
import { explainStep } from "./explain.ts";
import { decisionBoundaryChart, lossChart } from "./plots.ts";
import {
  formatMatrix,
  lossSeries,
  main,
  percent,
  saveChart,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
  train,
} from "./scenario.ts";

/** Number of points, noise and test fraction of the data set. */
export const DATA = { n: 1000, noise: 0.2, testFraction: 0.1 };
/** Rows per mini-batch. */
export const BATCH_SIZE = 32;

/** What a run of the moons scenario ends with. */
export interface MoonsResult extends ScenarioResult {
  /** The trained model. */
  model: Sequential;
}

/** Notebook 003's network, built from `moons_architecture.json`, drawn as NumPy drew it with `seed`. */
export function moonsModel(seed: number): Sequential {
  return Sequential.fromArchitecture(architecture, {
    init: transposedDraw(normal(0.1)),
    biasInit: normal(0.1),
    random: numpyRandom(seed),
  });
}

/** The moons scenario. */
export const moonsScenario: Scenario<MoonsResult> = {
  name: "moons",
  description:
    "notebook 003 — two moons, a 2-25-50-50-25-1 ReLU/sigmoid network given as data, log-loss",
  defaults: { seed: 101, epochs: 100, learningRate: 0.01 },
  run: runMoons,
};

/** Builds the data and the network, trains with Adam in mini-batches and reports. */
export async function runMoons(options: ScenarioOptions): Promise<MoonsResult> {
  const { log, seed } = options;
  const data = moons({ n: DATA.n, noise: DATA.noise, seed });
  const { xTrain, yTrain, xTest, yTest } = trainTestSplit(data.x, data.y, {
    testFraction: DATA.testFraction,
    seed,
  });
  log(
    `${DATA.n} points on two moons (noise ${DATA.noise}): ${xTrain.rows} to train, ${xTest.rows} to test.`,
  );
  log(`First training points and labels:\n${formatMatrix(takeRows(xTrain, [0, 1, 2]))}`);
  log(`${formatMatrix(takeRows(yTrain, [0, 1, 2]))}\n`);
  log(`Architecture (moons_architecture.json):`);
  for (const layer of architecture) log(`  ${JSON.stringify(layer)}`);
  const model = moonsModel(seed);
  log(`\n${model.summary()}\n`);
  log(`W1 (first 2 units, as the notebook prints it, outputs × inputs):`);
  const w1 = model.layers[0].weights.toArray();
  log(formatMatrix([0, 1].map((unit) => w1.map((row) => row[unit]))));
  model.forward([[1, 1]]);
  log(
    `Z1 for the input [1, 1] (first 5): ${
      formatMatrix([Array.from(model.layers[0].z.data.subarray(0, 5))])
    }\n`,
  );

  const optimizer = adam({ learningRate: options.learningRate });
  if (options.explain) explainStep(model, xTrain, yTrain, "logLoss", optimizer, log);
  log(`Training: Adam, learning rate ${options.learningRate}, batches of ${BATCH_SIZE}`);
  const history = await train(model, xTrain, yTrain, {
    loss: "logLoss",
    optimizer,
    epochs: options.epochs,
    batchSize: BATCH_SIZE,
    seed,
    metrics: ["accuracy"],
    validationData: [xTest, yTest],
  }, options);

  const trainScores = model.evaluate(xTrain, yTrain, { loss: "logLoss", metrics: ["accuracy"] });
  const testScores = model.evaluate(xTest, yTest, { loss: "logLoss", metrics: ["accuracy"] });
  log(
    `\nTrain set: loss ${trainScores.loss.toFixed(4)}, accuracy ${percent(trainScores.accuracy)}`,
  );
  log(`Test set:  loss ${testScores.loss.toFixed(4)}, accuracy ${percent(testScores.accuracy)}`);

  const charts: string[] = [];
  await saveChart(options, charts, "loss", () =>
    lossChart(lossSeries(history), {
      title: "Two moons: log-loss",
      valLabel: "test",
    }));
  await saveChart(options, charts, "decision_boundary", () =>
    decisionBoundaryChart({
      x: xTest.toArray(),
      labels: Array.from(yTest.data),
      probability: (rows) => model.forward(rows).data,
      title: "Two moons: P(class 1) and the test points",
    }));
  return {
    metrics: {
      trainLoss: trainScores.loss,
      trainAccuracy: trainScores.accuracy,
      testLoss: testScores.loss,
      testAccuracy: testScores.accuracy,
    },
    charts,
    model,
  };
}

if (import.meta.main) Deno.exit(await main(moonsScenario, Deno.args));
