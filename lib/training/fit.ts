/**
 * The training loop: `fit` over epochs and mini-batches, with validation,
 * metrics, callbacks, early stopping and a divergence guard, synchronous or
 * letting the event loop run (`fitAsync`).
 *
 * @module
 */
import { displayable } from "./history_display.ts";
import type { Batch } from "../network/batch.ts";
import { copyRows, range, shuffleIndices } from "../data/data.ts";
import { Matrix, type MatrixLike } from "../primitives/matrix.ts";
import { accumulateMetrics, finishMetrics, metricSums } from "./metrics.ts";
import { allocate } from "../kernels/backend.ts";
import { improves, monitorMode } from "./monitor.ts";

import type { BatchEvent, EpochEvent, FitOptions, History, Trainee } from "./types.ts";
import { TrainingError } from "./training_error.ts";
import { type Plan, prepare } from "./plan.ts";
import { blocks, evaluateBlocks } from "./evaluate.ts";

const YIELD_MS = 16;

/** `model.fit`: trains synchronously; callbacks must not return promises. */
export function fitModel(
  trainee: Trainee,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): History {
  const plan = prepare(trainee, x, y, options);
  const outside = plan.optimizer.epoch;
  try {
    const run = training(plan, never);
    for (let step = run.next();; step = run.next()) {
      if (step.done) return step.value;
      if (step.value !== undefined) {
        step.value.catch(() => {});
        throw new TypeError(
          "A fit callback returned a promise; use fitAsync to train with asynchronous callbacks",
        );
      }
    }
  } finally {
    if (outside !== undefined) plan.optimizer.epoch = outside;
  }
}

/** `model.fitAsync`: awaits callbacks, and between batches lets the event loop run once 16 ms have passed. */
export async function fitModelAsync(
  trainee: Trainee,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): Promise<History> {
  let last = Date.now();
  const due = (): boolean => Date.now() - last >= YIELD_MS;
  const plan = prepare(trainee, x, y, options);
  const outside = plan.optimizer.epoch;
  try {
    const run = training(plan, due);
    for (let step = run.next();; step = run.next()) {
      if (step.done) return step.value;
      if (step.value !== undefined) await step.value;
      if (due()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        last = Date.now();
      }
    }
  } finally {
    if (outside !== undefined) plan.optimizer.epoch = outside;
  }
}

function never(): boolean {
  return false;
}

/**
 * The training loop as a generator: it yields the promise of any callback that
 * returns one, and after a batch when `pause()` says so (a chance for
 * `fitAsync` to let the event loop run). Between yields it allocates nothing
 * per batch unless batch callbacks are installed.
 */
function* training(
  plan: Plan,
  pause: () => boolean,
): Generator<Promise<void> | undefined, History, undefined> {
  const { trainee, data, batchSize, scoring, callbacks } = plan;
  const { model, engine } = trainee;
  const n = data.x.rows;
  const history = emptyHistory(plan);
  const parameters = model.parameters;
  const last = model.layers[model.layers.length - 1];
  const batches = Math.ceil(n / batchSize);
  // Shuffled epochs gather their rows into two reused batches; others use views of the data.
  const shuffled = plan.shuffle ? shuffledBatches(data, batchSize) : null;
  const views = shuffled === null ? blocks(data, batchSize) : [];
  const sums = metricSums(scoring);
  const batchHooks = callbacks.some((callback) => callback.onBatchEnd !== undefined);
  const bestWeights = plan.restoreBest ? parameters.map((p) => p.value.slice()) : null;
  const mode = monitorMode(plan.monitor);
  let best: number | undefined;
  let wait = 0;
  let lastLoss: number | undefined;
  let stopMessage: string | null = null;
  const stop = (reason?: string): void => {
    stopMessage = typeof reason === "string" && reason !== ""
      ? reason
      : "A callback stopped training";
  };

  const { optimizer } = plan;
  for (let epoch = 1; epoch <= plan.epochs; epoch++) {
    if (shuffled !== null) shuffleIndices(shuffled.indices, plan.random!);
    if (optimizer.epoch !== undefined) optimizer.epoch = epoch - 1;
    sums.reset();
    let lossSum = 0, seen = 0;
    for (let b = 0; b < batches; b++) {
      const start = b * batchSize;
      const size = Math.min(batchSize, n - start);
      const batch = shuffled === null
        ? views[b]
        : gather(data, shuffled.indices, start, size === batchSize ? shuffled.full : shuffled.tail);
      let value: number;
      try {
        value = engine.step(batch, optimizer);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, { epoch, batch: b + 1, lastLoss }, history);
      }
      lastLoss = value;
      lossSum += value * size;
      seen += size;
      accumulateMetrics(sums, last.a, batch.y);
      if (batchHooks) {
        const event: BatchEvent = { epoch, batch: b + 1, size, loss: value, model, stop };
        for (const callback of callbacks) {
          const result = callback.onBatchEnd?.(event);
          if (isThenable(result)) yield result;
        }
      }
      if (stopMessage !== null) break;
      if (pause()) yield;
    }

    const logs: Record<string, number> = { loss: lossSum / seen };
    finishMetrics(scoring, sums, logs);
    if (plan.validation !== null) {
      try {
        evaluateBlocks(engine, plan.validation, true, scoring, logs, "val");
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, { epoch, batch: 0, lastLoss }, history);
      }
    }
    record(history, logs);
    if (typeof optimizer.learningRate === "number") {
      history.learningRate.push(optimizer.learningRate);
    }
    const current = logs[plan.monitor];
    if (improves(mode, current, best, plan.minDelta)) {
      best = current;
      history.bestEpoch = epoch;
      wait = 0;
      bestWeights?.forEach((saved, i) => saved.set(parameters[i].value));
    } else {
      wait++;
    }
    const event: EpochEvent = {
      epoch,
      loss: logs.loss,
      valLoss: logs.valLoss,
      logs: { ...logs },
      model,
      optimizer,
      stop,
    };
    for (const callback of callbacks) {
      const result = callback.onEpochEnd?.(event);
      if (isThenable(result)) yield result;
    }
    if (stopMessage !== null) {
      history.stopReason = "callback";
    } else if (wait >= plan.patience) {
      history.stopReason = "earlyStopping";
      stopMessage = `${plan.monitor} did not improve for ${wait} epochs; the best was ${
        format(best!)
      } at epoch ${history.bestEpoch}`;
    }
    if (plan.every > 0 && (epoch % plan.every === 0 || epoch === plan.epochs || stopMessage)) {
      plan.log(
        `Epoch ${epoch}/${plan.epochs}: ${
          Object.entries(logs).map(([k, v]) => `${k} ${format(v)}`).join(" · ")
        }`,
      );
    }
    if (stopMessage !== null) break;
  }

  const trained = `Trained ${history.epochs} epoch${history.epochs === 1 ? "" : "s"}`;
  const restored = bestWeights !== null && history.bestEpoch < history.epochs;
  if (restored) {
    bestWeights.forEach((saved, i) => parameters[i].value.set(saved));
    stopMessage = `${stopMessage ?? trained}; restored the weights of epoch ${history.bestEpoch}`;
  }
  history.stopMessage = stopMessage ?? trained;
  if (plan.every > 0 && (history.stopReason !== "epochs" || restored)) {
    plan.log(history.stopMessage);
  }
  return history;
}

function emptyHistory(plan: Plan): History {
  const metrics: Record<string, number[]> = {};
  for (const key of plan.keys) {
    if (key !== "loss" && key !== "valLoss") metrics[key] = [];
  }
  return displayable({
    epochs: 0,
    loss: [],
    valLoss: [],
    metrics,
    learningRate: [],
    monitor: plan.monitor,
    bestEpoch: 0,
    stopReason: "epochs",
    stopMessage: "",
  });
}

function record(history: History, logs: Record<string, number>): void {
  history.epochs++;
  for (const [key, value] of Object.entries(logs)) {
    if (key === "loss") history.loss.push(value);
    else if (key === "valLoss") history.valLoss.push(value);
    else history.metrics[key].push(value);
  }
}

function diverged(
  error: RangeError,
  where: { epoch: number; batch: number; lastLoss: number | undefined },
  history: History,
): TrainingError {
  const place = where.batch === 0
    ? `Validation after epoch ${where.epoch} failed`
    : `Training diverged in epoch ${where.epoch}, batch ${where.batch}`;
  const kept = where.batch === 0
    ? "The model keeps its finite weights"
    : "The model keeps its weights from before this step";
  const lastLoss = where.lastLoss === undefined
    ? ""
    : `; the last finite training loss was ${where.lastLoss}`;
  const message = `${place}: ${error.message}. ${kept}${lastLoss}.`;
  history.stopReason = "diverged";
  history.stopMessage = message;
  return new TrainingError(message, where, history, error);
}

function isThenable(value: unknown): value is Promise<void> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

function format(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/** A batch of `rows` rows for `data`'s loss, to be filled by {@linkcode gather}. */
function buffers(data: Batch, rows: number): Batch {
  // X in the kernels' memory, which the first layer reads; Y only goes to the loss.
  const x = new Matrix(rows, data.x.cols, allocate(rows * data.x.cols));
  const weights = data.weights === undefined ? undefined : new Float64Array(rows);
  return { ...data, x, y: new Matrix(rows, data.y.cols), weights };
}

/** The row order of shuffled epochs, and batches for a full and a last, shorter step. */
function shuffledBatches(
  data: Batch,
  size: number,
): { indices: Uint32Array; full: Batch; tail: Batch } {
  const n = data.x.rows;
  const full = buffers(data, size);
  return { indices: range(n), full, tail: n % size === 0 ? full : buffers(data, n % size) };
}

/** Copies the rows `indices[start …]` of `data` into `batch`. */
function gather(data: Batch, indices: Uint32Array, start: number, batch: Batch): Batch {
  copyRows(data.x, indices, start, batch.x);
  copyRows(data.y, indices, start, batch.y);
  const from = data.weights, to = batch.weights;
  if (from !== undefined && to !== undefined) {
    for (let k = 0; k < to.length; k++) to[k] = from[indices[start + k]];
  }
  return batch;
}
