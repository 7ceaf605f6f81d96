/**
 * The heart curve, as notebook 002 sets it up: a 1 → 6 → 7 → 2 network with a
 * sigmoid on every layer, biases, and weights and biases drawn as NumPy's
 * `randn / 2` (all weights first, then all biases, as `reset_network` draws
 * them), trained by mean squared error to trace a heart as x runs over
 * [0, 1). One sample per row: x is 100 × 1, the targets 100 × 2 (the notebook
 * instead fed its samples in as the features of one example).
 *
 * Run: `deno run -A scripts/sigmoid3.ts [--explain] [--help]`
 *
 * @module
 */
import {
  adam,
  heartCurve,
  type Matrix,
  normal,
  numpyRandom,
  Sequential,
  takeRows,
  transposedDraw,
} from "../mod.ts";
import { explainStep } from "./explain.ts";
import { curveChart, lossChart } from "./plots.ts";
import {
  formatMatrix,
  lossSeries,
  main,
  saveChart,
  type Scenario,
  type ScenarioOptions,
  type ScenarioResult,
  train,
} from "./scenario.ts";

const HEART = heartCurve();
/** The inputs: x = k/100 for k = 0 … 99, one sample per row (100 × 1). */
export const X: Matrix = HEART.x;
/** The targets: the heart's point for each x, scaled into (0, 1) (100 × 2). */
export const Y: Matrix = HEART.y;

/** Points on which the learned curve is drawn (x = k/400), finer than the training points. */
export const CURVE_POINTS = 400;
/** The heart's width in the targets' units: 16·sin³t spans [−16, 16], divided by 40. */
const HEART_WIDTH = 0.8;

/** What a run of the heart-curve scenario ends with. */
export interface Sigmoid3Result extends ScenarioResult {
  /** The trained network. */
  model: Sequential;
  /** The untrained forward pass on {@linkcode X}. */
  untrained: Matrix;
  /** The trained forward pass on {@linkcode X}: the learned curve's points. */
  learned: Matrix;
  /** Distance from each learned point to its target, in the targets' units. */
  pointErrors: number[];
}

/**
 * Notebook 002's network: 1 → 6 → 7 → 2, sigmoid everywhere, with biases.
 * NumPy's generator seeded with `seed` draws `randn / 2` for W1 (6×1), W2
 * (7×6), W3 (2×7), then b1, b2, b3, in that order; each W is stored
 * transposed (inputs × outputs), as this library keeps it.
 */
export function sigmoid3Model(seed: number): Sequential {
  const random = numpyRandom(seed);
  const model = Sequential.fromArchitecture([
    { inputDim: 1, outputDim: 6, activation: "sigmoid" },
    { inputDim: 6, outputDim: 7, activation: "sigmoid" },
    { inputDim: 7, outputDim: 2, activation: "sigmoid" },
  ], { random, init: transposedDraw(normal(0.5)) });
  // The biases start at 0 (drawing nothing); reset_network draws them after every weight.
  for (const layer of model.layers) {
    const bias = layer.bias!;
    for (let k = 0; k < bias.length; k++) bias[k] = 0.5 * random.normal();
  }
  return model;
}

/** The heart-curve scenario. */
export const sigmoid3Scenario: Scenario<Sigmoid3Result> = {
  name: "sigmoid3",
  description:
    "notebook 002 — a 1-6-7-2 all-sigmoid network with biases traces a heart curve (MSE, Adam)",
  defaults: { seed: 123, epochs: 5000, learningRate: 0.05 },
  run: runSigmoid3,
};

/** Builds the network, trains it full-batch with Adam on the heart curve and reports. */
export async function runSigmoid3(options: ScenarioOptions): Promise<Sigmoid3Result> {
  const { log } = options;
  const model = sigmoid3Model(options.seed);
  log(`Data: ${X.rows} samples, one per row. x = k/${X.rows} for k = 0 … ${X.rows - 1}.`);
  log("Target: the heart (16·sin³t, 13·cos t − 5·cos 2t − 2·cos 3t − cos 4t), t = 2πx,");
  log("scaled by 1/40 and shifted by 0.5 into (0, 1), where a sigmoid output can reach it.");
  log(`X (${X.rows} × 1), first rows:\n${formatMatrix(takeRows(X, [0, 1, 2]))}`);
  log(`Y (${Y.rows} × 2), first rows:\n${formatMatrix(takeRows(Y, [0, 1, 2]))}\n`);
  log(`${model.summary()}\n`);
  log(`W₁ (inputs × outputs, NumPy's randn(6, 1) / 2 transposed, seed ${options.seed}):`);
  log(`${formatMatrix(model.layers[0].weights)}\n`);

  const untrained = model.forward(X);
  const untrainedLoss = model.loss(X, Y, "mse");
  log(`Untrained forward pass, first rows:\n${formatMatrix(takeRows(untrained, [0, 1, 2]))}`);
  log(`Untrained loss (MSE): ${untrainedLoss.toFixed(6)}`);

  const optimizer = adam({ learningRate: options.learningRate });
  if (options.explain) {
    log("");
    explainStep(model, X, Y, "mse", optimizer, log);
  }
  log(
    `\nTraining: full-batch Adam, learning rate ${options.learningRate}, ${options.epochs} epochs`,
  );
  const started = performance.now();
  const history = await train(model, X, Y, {
    loss: "mse",
    optimizer,
    epochs: options.epochs,
    batchSize: X.rows,
    shuffle: false,
  }, options);
  const seconds = (performance.now() - started) / 1000;

  const learned = model.forward(X);
  const loss = model.loss(X, Y, "mse");
  const pointErrors = Array.from(
    { length: X.rows },
    (_, i) => Math.hypot(learned.get(i, 0) - Y.get(i, 0), learned.get(i, 1) - Y.get(i, 1)),
  );
  const maxError = Math.max(...pointErrors);
  const worst = pointErrors.indexOf(maxError);
  const rmse = Math.sqrt(loss);
  log(`\nTrained ${history.epochs} epochs in ${seconds.toFixed(1)} s.`);
  log(`Final loss (MSE over all ${Y.data.length} coordinates): ${loss.toExponential(4)}`);
  log(`(the notebook's cost ‖a₃ − y‖²/m sums the 2 coordinates: ${(2 * loss).toExponential(4)})`);
  log(`RMSE per coordinate: ${rmse.toFixed(5)}`);
  log(
    `Largest distance from a learned point to its target: ${maxError.toFixed(5)} at x = ${
      X.get(worst, 0)
    }, ${(100 * maxError / HEART_WIDTH).toFixed(1)}% of the heart's width`,
  );
  log("\nTarget versus learned, every eighth of the way round and the worst point:");
  const rows = [...new Set([0, 12, 25, 37, 50, 62, 75, 87, worst])].sort((a, b) => a - b);
  log("   x      target x  target y   learned x learned y   distance");
  for (const i of rows) {
    const cells = [Y.get(i, 0), Y.get(i, 1), learned.get(i, 0), learned.get(i, 1)]
      .map((v) => v.toFixed(5).padStart(9));
    log(
      `  ${X.get(i, 0).toFixed(2)}  ${cells[0]} ${cells[1]}   ${cells[2]} ${cells[3]}   ${
        pointErrors[i].toFixed(5)
      }${i === worst ? "  (worst)" : ""}`,
    );
  }

  const charts: string[] = [];
  await saveChart(options, charts, "curve", () => {
    const fine = heartCurve({ n: CURVE_POINTS }).x;
    const curve = model.forward(fine);
    return curveChart({
      series: [
        { name: "target", x: column(Y, 0), y: column(Y, 1) },
        { name: "learned", x: column(curve, 0), y: column(curve, 1) },
      ],
      closed: true,
      title: `Heart curve: target and learned (${history.epochs} epochs)`,
      xTitle: "output 1",
      yTitle: "output 2",
    });
  });
  await saveChart(options, charts, "loss", () =>
    lossChart(lossSeries(history), {
      title: "Heart curve: training loss",
      yTitle: "MSE (log scale)",
      logScale: true,
    }));
  return {
    metrics: { loss, untrainedLoss, rmse, maxError },
    charts,
    model,
    untrained,
    learned,
    pointErrors,
  };
}

function column(m: Matrix, j: number): number[] {
  return Array.from({ length: m.rows }, (_, i) => m.get(i, j));
}

if (import.meta.main) Deno.exit(await main(sigmoid3Scenario, Deno.args));
