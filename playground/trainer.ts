/**
 * A playground run: its data, network and optimizer, and the steps that train
 * it. Everything random comes from the configuration's seed, and the steps do
 * not depend on how they are grouped, so equal configurations give equal
 * weights after equal numbers of steps. The worker drives it; tests run it in
 * Deno.
 *
 * @module
 */
import {
  adam,
  type ArchitectureOptions,
  createRandom,
  gradCheck,
  type LayerSpec,
  Matrix,
  normal,
  numpyRandom,
  type Optimizer,
  type Random,
  Sequential,
  sgd,
  shuffleIndices,
  type StepTrace,
  takeRows,
  toOnnx,
  uniform,
} from "./library.ts";
import { type Config, DATASETS, FEATURES, LIMITS, outputOf, toQuery, widthsOf } from "./config.ts";
import { generate, type PointSet } from "./datasets.ts";
import type {
  Block,
  ExplainLayer,
  Explanation,
  GradCheckReply,
  Heatmap,
  HistoryUpdate,
  LayerWeights,
  Setup,
  Snapshot,
} from "./messages.ts";

/** Side of the output heatmap and of each unit's heatmap, in cells. */
export const GRID = { output: 50, units: 25 } as const;
/** Rows and columns of each matrix the explained step shows. */
export const SHOWN = { rows: 6, cols: 8 } as const;
/** Loss points kept; beyond, every other one is dropped and the stride doubles. */
const HISTORY_POINTS = 1000;

/** Rows and targets. */
export interface Rows {
  x: Matrix;
  y: Matrix;
}

/** Per-epoch losses, one point every `stride` epochs. */
export interface History {
  epochs: number[];
  train: number[];
  test: (number | null)[];
  stride: number;
  /** Points the page has already received. */
  sent: number;
}

/** A run in progress. */
export interface Run {
  config: Config;
  model: Sequential;
  optimizer: Optimizer;
  points: PointSet;
  test: boolean[];
  train: Rows;
  /** The test rows, or `null` when every point trains. */
  held: Rows | null;
  batchSize: number;
  batchesPerEpoch: number;
  /** Steps taken. */
  step: number;
  /** Epochs completed. */
  epoch: number;
  /** Next batch's index in its epoch. */
  batch: number;
  /** Order of the training rows in the current epoch. */
  order: Uint32Array;
  /** The epoch `order` was shuffled for, or −1. */
  shuffledFor: number;
  shuffle: Random;
  history: History;
  grids: { output: Matrix; units: Matrix };
}

/**
 * Starts a run: draws the points, splits them, builds the network.
 *
 * @param config The configuration.
 * @returns The run, before its first step.
 */
export function createRun(config: Config): Run {
  const random = createRandom(config.seed);
  const points = generate(config.dataset, config.points, config.noise, random);
  const n = points.value.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  shuffleIndices(order, random);
  const trainCount = Math.min(n, Math.max(1, Math.round((n * config.trainPercent) / 100)));
  const test = new Array<boolean>(n).fill(true);
  for (const i of order.subarray(0, trainCount)) test[i] = false;
  const rows = (indices: ArrayLike<number>): Rows => ({
    x: featureRows(config, points, indices),
    y: targetRows(config, points, indices),
  });
  const batchSize = Math.min(config.batchSize, trainCount);
  return {
    config,
    model: buildModel(config),
    optimizer: config.optimizer === "sgd"
      ? sgd({ learningRate: config.learningRate, momentum: config.momentum })
      : adam({ learningRate: config.learningRate }),
    points,
    test,
    train: rows(order.subarray(0, trainCount)),
    held: trainCount < n ? rows(order.subarray(trainCount)) : null,
    batchSize,
    batchesPerEpoch: Math.ceil(trainCount / batchSize),
    step: 0,
    epoch: 0,
    batch: 0,
    order: Uint32Array.from({ length: trainCount }, (_, i) => i),
    shuffledFor: -1,
    shuffle: createRandom(config.seed + 1),
    history: { epochs: [], train: [], test: [], stride: 1, sent: 0 },
    grids: { output: gridRows(config, GRID.output), units: gridRows(config, GRID.units) },
  };
}

/** The network a configuration describes, its weights drawn from the seed. */
export function buildModel(config: Config): Sequential {
  const widths = widthsOf(config), output = outputOf(config);
  const { l1, l2 } = config;
  const spec: LayerSpec[] = config.layers.map((units, i) => ({
    inputDim: widths[i],
    outputDim: units,
    activation: config.activation,
    l1,
    l2,
  }));
  spec.push({
    inputDim: widths[widths.length - 2],
    outputDim: output.units,
    activation: output.activation,
    l1,
    l2,
  });
  return Sequential.fromArchitecture(spec, { bias: config.bias, ...initOf(config) });
}

function initOf({ init, seed }: Config): ArchitectureOptions {
  switch (init) {
    case "glorot":
      return { seed };
    case "glorotNumpy":
      return { random: numpyRandom(seed) };
    case "normal01":
      return { init: normal(0.1), biasInit: normal(0.1), seed };
    case "normal05":
      return { init: normal(0.5), biasInit: normal(0.5), seed };
    case "uniform01":
      return { init: uniform(0, 1), seed };
  }
}

/** The feature rows of the points at `indices`. */
function featureRows(config: Config, points: PointSet, indices: ArrayLike<number>): Matrix {
  const k = config.features.length, m = new Matrix(indices.length, k);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r];
    config.features.forEach((name, j) => {
      m.data[r * k + j] = FEATURES[name].of(points.x1[i], points.x2[i]);
    });
  }
  return m;
}

/** The target rows: labels as a column, one-hot for cross-entropy, or the regression targets. */
function targetRows(config: Config, points: PointSet, indices: ArrayLike<number>): Matrix {
  const width = outputOf(config).units, m = new Matrix(indices.length, width);
  for (let r = 0; r < indices.length; r++) {
    const value = points.value[indices[r]];
    if (width === 2) m.data[r * 2 + value] = 1;
    else m.data[r] = value;
  }
  return m;
}

/** Feature rows of a `size × size` grid over the domain, row by row from the top. */
function gridRows(config: Config, size: number): Matrix {
  const { cx, cy, half } = DATASETS[config.dataset].domain;
  const cell = (2 * half) / size, k = config.features.length;
  const m = new Matrix(size * size, k);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x1 = cx - half + (c + 0.5) * cell, x2 = cy + half - (r + 0.5) * cell;
      config.features.forEach((name, j) => {
        m.data[(r * size + c) * k + j] = FEATURES[name].of(x1, x2);
      });
    }
  }
  return m;
}

/** The rows of the next step's batch (the order is shuffled anew for each epoch). */
export function nextBatch(run: Run): Rows {
  if (run.shuffledFor !== run.epoch) {
    shuffleIndices(run.order, run.shuffle);
    run.shuffledFor = run.epoch;
  }
  const start = run.batch * run.batchSize;
  const indices = run.order.subarray(start, Math.min(start + run.batchSize, run.order.length));
  return { x: takeRows(run.train.x, indices), y: takeRows(run.train.y, indices) };
}

/**
 * Takes `count` steps. With `explain`, the last one is traced before its
 * update: its δ, ∂L/∂W and ∂L/∂b are those the update used.
 *
 * @param run The run.
 * @param count Steps to take.
 * @param explain Whether to explain the last step.
 * @returns The last step explained, or `null`.
 * @throws {RangeError} If a step diverges (the library's message); the weights are those before it.
 */
export function trainSteps(run: Run, count: number, explain = false): Explanation | null {
  let explanation: Explanation | null = null;
  for (let k = 0; k < count; k++) {
    const batch = nextBatch(run);
    if (explain && k === count - 1) explanation = explainBatch(run, batch, true);
    run.model.trainStep(batch.x, batch.y, run.config.loss, run.optimizer);
    run.step++;
    run.batch++;
    if (run.batch === run.batchesPerEpoch) {
      run.batch = 0;
      run.epoch++;
      recordEpoch(run);
    }
  }
  return explanation;
}

/** The next step, explained before it is taken. */
export function explainNext(run: Run): Explanation {
  return explainBatch(run, nextBatch(run), false);
}

function explainBatch(run: Run, batch: Rows, taken: boolean): Explanation {
  const trace: StepTrace = run.model.trace(batch.x, batch.y, run.config.loss);
  const layers = trace.layers.map((layer, i): ExplainLayer => ({
    inputs: layer.input.cols,
    outputs: layer.delta.cols,
    activation: run.model.layers[i].activation.name,
    delta: block(layer.delta),
    weightGradient: block(layer.weightGradient),
    biasGradient: layer.biasGradient === null
      ? null
      : block(new Matrix(1, layer.biasGradient.length, layer.biasGradient)),
  }));
  return {
    step: run.step + 1,
    taken,
    epoch: run.epoch + 1,
    batch: run.batch + 1,
    batches: run.batchesPerEpoch,
    loss: trace.loss,
    lossName: trace.lossName,
    fused: trace.fused,
    rows: batch.x.rows,
    layers,
  };
}

function block(m: Matrix): Block {
  const values: number[][] = [];
  for (let i = 0; i < Math.min(m.rows, SHOWN.rows); i++) {
    values.push(m.row(i).slice(0, SHOWN.cols));
  }
  return { rows: m.rows, cols: m.cols, values };
}

/** The loss on the training rows and on the test rows (`null` without test rows). */
export function losses(run: Run): { train: number; test: number | null } {
  const { loss } = run.config;
  return {
    train: run.model.loss(run.train.x, run.train.y, loss),
    test: run.held === null ? null : run.model.loss(run.held.x, run.held.y, loss),
  };
}

function recordEpoch(run: Run): void {
  const history = run.history;
  if (run.epoch % history.stride !== 0) return;
  const { train, test } = losses(run);
  history.epochs.push(run.epoch);
  history.train.push(train);
  history.test.push(test);
  if (history.epochs.length < HISTORY_POINTS) return;
  const keep = (_: unknown, i: number) => i % 2 === 1;
  history.epochs = history.epochs.filter(keep);
  history.train = history.train.filter(keep);
  history.test = history.test.filter(keep);
  history.stride *= 2;
  history.sent = 0;
}

/** The loss points the page has not received yet, and where they go. */
function historyUpdate(run: Run): HistoryUpdate {
  const history = run.history, from = history.sent;
  history.sent = history.epochs.length;
  return {
    from,
    epochs: history.epochs.slice(from),
    train: history.train.slice(from),
    test: history.test.slice(from),
  };
}

/** What the page needs once per run: the points, the shapes, the features' heatmaps. */
export function setupOf(run: Run, runId: number): Setup {
  const { config } = run;
  return {
    type: "setup",
    runId,
    domain: DATASETS[config.dataset].domain,
    kind: DATASETS[config.dataset].kind,
    x1: run.points.x1,
    x2: run.points.x2,
    value: run.points.value,
    test: run.test,
    widths: widthsOf(config),
    features: config.features.map((_, j) => heatmap(run.grids.units, GRID.units, j)),
    batchesPerEpoch: run.batchesPerEpoch,
    batchSize: run.batchSize,
  };
}

/**
 * The run's state for the page: losses, weights, heatmaps and the new loss points.
 *
 * @param run The run.
 * @param runId The page's number for the run.
 * @param playing Whether the worker is training.
 * @param explain The explained step to show, or `null` to keep the page's.
 * @param finished Whether the worker has just paused at the step it was told to stop at.
 */
export function snapshotOf(
  run: Run,
  runId: number,
  playing: boolean,
  explain: Explanation | null,
  finished = false,
): Snapshot {
  const { train, test } = losses(run);
  const output = outputMap(run);
  const model = run.model;
  model.forward(run.grids.units);
  const last = model.layers.length - 1;
  const units = model.layers.map((layer, l) => {
    const shown = Math.min(layer.outputs, LIMITS.drawn);
    return Array.from(
      { length: shown },
      (_, j) =>
        l === last ? outputHeatmap(run, layer.a, GRID.units, j) : heatmap(layer.a, GRID.units, j),
    );
  });
  const layers = model.layers.map((layer): LayerWeights => ({
    rows: layer.weights.rows,
    cols: layer.weights.cols,
    weights: layer.weights.data.slice(),
    bias: layer.bias === null ? null : layer.bias.slice(),
  }));
  return {
    type: "snapshot",
    runId,
    step: run.step,
    epoch: run.epoch,
    playing,
    finished,
    trainLoss: train,
    testLoss: test,
    layers,
    output,
    units,
    history: historyUpdate(run),
    explain,
  };
}

/** The output over the grid: 2p − 1 for the probability p of class 1, or the target clamped to [−1, 1]. */
function outputMap(run: Run): Heatmap {
  const out = run.model.forward(run.grids.output);
  return outputHeatmap(run, out, GRID.output, out.cols - 1);
}

/** Output `j` over a grid: 2p − 1 for a probability p, or the target clamped to [−1, 1]. */
function outputHeatmap(run: Run, out: Matrix, size: number, j: number): Heatmap {
  const values = new Float32Array(size * size);
  const classes = DATASETS[run.config.dataset].kind === "classification";
  for (let r = 0; r < values.length; r++) {
    const v = out.data[r * out.cols + j];
    values[r] = classes ? 2 * v - 1 : Math.max(-1, Math.min(1, v));
  }
  return { size, values };
}

/** Column `j` of `m` as a heatmap, scaled by its largest |value|. */
function heatmap(m: Matrix, size: number, j: number): Heatmap {
  const values = new Float32Array(size * size);
  let largest = 0;
  for (let r = 0; r < values.length; r++) {
    values[r] = m.data[r * m.cols + j];
    largest = Math.max(largest, Math.abs(values[r]));
  }
  if (largest > 0) { for (let r = 0; r < values.length; r++) values[r] /= largest; }
  return { size, values };
}

/**
 * Checks the network's gradients against finite differences on the next batch
 * (at most 20 entries per tensor, chosen by the seed).
 */
export function checkGradients(run: Run, runId: number): GradCheckReply {
  const batch = nextBatch(run);
  const result = gradCheck(run.model, run.config.loss, batch.x, batch.y, {
    sample: 20,
    seed: run.config.seed,
  });
  const worst = result.worst === null
    ? null
    : `${result.worst.what}[${result.worst.index.join(", ")}]`;
  return {
    type: "gradcheck",
    runId,
    passed: result.passed,
    maxRelativeError: result.maxRelativeError,
    worst,
    checked: result.checked,
    kinks: result.kinks,
    problems: result.problems,
    rows: batch.x.rows,
    step: run.step,
  };
}

/**
 * The trained model as our JSON and as ONNX, its metadata naming the playground
 * configuration (the features are the model's inputs).
 */
export function exportModel(run: Run): { json: string; onnx: Uint8Array<ArrayBuffer> } {
  run.model.metadata = {
    playground: toQuery(run.config),
    inputs: [...run.config.features],
    steps: run.step,
  };
  return { json: JSON.stringify(run.model, null, 1), onnx: Uint8Array.from(toOnnx(run.model)) };
}
