/**
 * Training loops: `fit` over epochs and mini-batches, with validation, metrics,
 * callbacks, early stopping and a divergence guard; and batched `evaluate`.
 *
 * @module
 */
import { type Loss, losses, type LossSpec } from "../plugins/loss.ts";
import { type Optimizer, optimizers, type OptimizerSpec } from "../plugins/optimizer.ts";
import { checkInput, resolveBatch } from "./batch.ts";
import { permutation, shuffleIndices, takeRows } from "./data.ts";
import { describe, Matrix, type MatrixLike, toMatrix } from "./matrix.ts";
import {
  accumulateMetrics,
  checkMetrics,
  finishMetrics,
  type MetricName,
  metricSums,
} from "./metrics.ts";
import { improves, monitorMode } from "./monitor.ts";
import { booleanOption, checkOptions } from "./options.ts";
import { type Random, resolveRandom } from "./random.ts";
import type { Sequential } from "./sequential.ts";

/** What a callback receives at the end of each epoch. */
export interface EpochEvent {
  /** The epoch just finished, counted from 1. */
  readonly epoch: number;
  /** Training loss of the epoch: the mean of its batch losses, weighted by batch size. */
  readonly loss: number;
  /** Validation loss after the epoch, or `undefined` without validation data. */
  readonly valLoss: number | undefined;
  /** Every logged value of the epoch by name: `loss`, `valLoss`, `accuracy`, `valAccuracy`, … */
  readonly logs: Readonly<Record<string, number>>;
  /** The model being trained. */
  readonly model: Sequential;
  /** Ends training after this epoch; the reason goes into the history. */
  stop(reason?: string): void;
}

/** What a callback receives after each mini-batch step. */
export interface BatchEvent {
  /** The current epoch, counted from 1. */
  readonly epoch: number;
  /** The batch just trained, counted from 1 within the epoch. */
  readonly batch: number;
  /** Number of rows in the batch. */
  readonly size: number;
  /** The batch's loss before its update. */
  readonly loss: number;
  /** The model being trained. */
  readonly model: Sequential;
  /** Ends training after this batch. */
  stop(reason?: string): void;
}

/**
 * Hooks called during training. In `fitAsync` a hook may return a promise,
 * which is awaited before training goes on; `fit` refuses one. Any other
 * returned value is ignored.
 */
export interface Callback {
  /** Called after every mini-batch step. */
  onBatchEnd?(event: BatchEvent): unknown;
  /** Called after every epoch, once its validation values are known. */
  onEpochEnd?(event: EpochEvent): unknown;
}

/** When to stop because a logged value stopped improving (`fit`'s `earlyStopping`). */
export interface EarlyStoppingOptions {
  /** The logged value to watch; default `"valLoss"` with validation data, else `"loss"`. */
  monitor?: string;
  /** Epochs in a row without improvement after which training stops; default 5. */
  patience?: number;
  /** The smallest change that counts as an improvement; default 0. */
  minDelta?: number;
  /** Whether the model ends with the weights of its best epoch (see `History.bestEpoch`); default true. */
  restoreBest?: boolean;
}

/** Validation data: `[X, Y]` or `{ x, y }`, in raw units like the training data. */
export type ValidationData =
  | readonly [MatrixLike, MatrixLike]
  | { readonly x: MatrixLike; readonly y: MatrixLike };

/** Options of {@linkcode Sequential.prototype.fit}. */
export interface FitOptions {
  /** The loss to minimise, by name or instance. Required. */
  loss: LossSpec;
  /** The optimizer, by name (default options) or instance; default `"adam"`. */
  optimizer?: OptimizerSpec;
  /** Passes over the training data; default 1. */
  epochs?: number;
  /** Rows per step; default all rows when there are at most 32, else 32. */
  batchSize?: number;
  /** Whether rows are reshuffled every epoch (seeded by `seed`/`random`); default true. */
  shuffle?: boolean;
  /** Seed for shuffling and the validation split; same seed, same history. */
  seed?: number;
  /** Generator for shuffling and the validation split; takes precedence over `seed`. */
  random?: Random;
  /**
   * Fraction of rows held out for validation, in (0, 1): random rows (seeded), or
   * the last rows when `shuffle` is false.
   */
  validationSplit?: number;
  /** Separate validation data; not together with `validationSplit`. */
  validationData?: ValidationData;
  /** Metrics to log for training and validation data, such as `["accuracy"]`. */
  metrics?: readonly MetricName[];
  /** Hooks called after each batch and epoch. */
  callbacks?: Callback | readonly Callback[];
  /** Stop when the monitored value stops improving; `true` for the defaults. */
  earlyStopping?: boolean | EarlyStoppingOptions;
  /** Print a line per epoch (`true`) or every N epochs (a number); default false. */
  verbose?: boolean | number;
  /** Where verbose lines go; default `console.log`. */
  log?: (line: string) => void;
}

/**
 * Why training ended: all epochs done, early stopping, a callback's `stop()`, or
 * divergence (only in the history a {@linkcode TrainingError} carries).
 */
export type StopReason = "epochs" | "earlyStopping" | "callback" | "diverged";

/** What `fit` returns: the values logged per epoch, and how training ended. */
export interface History {
  /** Epochs run; an epoch cut short by a callback's `stop()` counts. */
  epochs: number;
  /** Training loss per epoch (the batch-size-weighted mean of the epoch's batch losses). */
  loss: number[];
  /** Validation loss per epoch; empty without validation data. */
  valLoss: number[];
  /** Other logged values per epoch by name: `accuracy`, `valAccuracy`, `rmse`, … */
  metrics: Record<string, number[]>;
  /** The value that decides the best epoch (`valLoss`, `loss`, or early stopping's monitor). */
  monitor: string;
  /**
   * The epoch (from 1) with the best monitored value: the last epoch that improved
   * on the best so far by more than early stopping's `minDelta` (0 without it).
   */
  bestEpoch: number;
  /** Why training ended. */
  stopReason: StopReason;
  /** The same in words. */
  stopMessage: string;
}

/** Options of {@linkcode Sequential.prototype.evaluate}. */
export interface EvaluateOptions {
  /** The loss to report, by name or instance. */
  loss?: LossSpec;
  /** Metrics to report. */
  metrics?: readonly MetricName[];
  /** Rows per forward pass; default 1024. It bounds memory, not the result. */
  batchSize?: number;
}

/**
 * Training stopped because the loss, a gradient or a weight stopped being
 * finite (or the validation pass after an epoch failed). The model keeps its
 * last finite weights: those from before the failing step.
 *
 * @example A learning rate far too large
 * ```ts
 * import { Dense, Sequential, sgd, TrainingError } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
 * try {
 *   model.fit([[1], [2]], [[3], [5]], { loss: "mse", optimizer: sgd({ learningRate: 1e6 }), epochs: 500 });
 *   assert.fail("expected divergence");
 * } catch (error) {
 *   assert.ok(error instanceof TrainingError);
 *   assert.match(error.message, /^Training diverged in epoch \d+, batch 1: /);
 *   assert.ok(model.parameters.every((p) => p.value.every(Number.isFinite)));
 * }
 * ```
 */
export class TrainingError extends Error {
  /** The epoch that failed, from 1. */
  readonly epoch: number;
  /** The batch that failed within it, from 1 (0 when validation failed). */
  readonly batch: number;
  /** The last finite training loss, if any step succeeded. */
  readonly lastLoss: number | undefined;
  /** What was logged up to the last complete epoch. */
  readonly history: History;

  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where Epoch, batch and last finite loss.
   * @param history The history so far.
   * @param cause The error from the failing step.
   */
  constructor(
    message: string,
    where: { epoch: number; batch: number; lastLoss: number | undefined },
    history: History,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = "TrainingError";
    this.epoch = where.epoch;
    this.batch = where.batch;
    this.lastLoss = where.lastLoss;
    this.history = history;
  }
}

const FIT_OPTIONS = [
  "loss",
  "optimizer",
  "epochs",
  "batchSize",
  "shuffle",
  "seed",
  "random",
  "validationSplit",
  "validationData",
  "metrics",
  "callbacks",
  "earlyStopping",
  "verbose",
  "log",
];
const EVALUATE_CHUNK = 1024;
const YIELD_MS = 16;

/** Everything `fit` needs, checked once before the first step. */
interface Plan {
  model: Sequential;
  loss: Loss;
  optimizer: Optimizer;
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  random: Random | null;
  x: Matrix;
  y: Matrix;
  validation: { x: Matrix; y: Matrix } | null;
  metrics: MetricName[];
  callbacks: Callback[];
  monitor: string;
  patience: number;
  minDelta: number;
  restoreBest: boolean;
  every: number;
  log: (line: string) => void;
}

/** `model.fit`: trains synchronously; callbacks must not return promises. */
export function fitModel(
  model: Sequential,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): History {
  const run = training(prepare(model, x, y, options));
  for (let step = run.next();; step = run.next()) {
    if (step.done) return step.value;
    if (step.value !== undefined) {
      step.value.catch(() => {});
      throw new TypeError(
        "A fit callback returned a promise; use fitAsync to train with asynchronous callbacks",
      );
    }
  }
}

/** `model.fitAsync`: awaits callbacks, and between batches lets the event loop run once 16 ms have passed. */
export async function fitModelAsync(
  model: Sequential,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): Promise<History> {
  const run = training(prepare(model, x, y, options));
  let last = Date.now();
  for (let step = run.next();; step = run.next()) {
    if (step.done) return step.value;
    if (step.value !== undefined) await step.value;
    if (Date.now() - last >= YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
  }
}

/**
 * The training loop as a generator: it yields after every batch (a chance for
 * `fitAsync` to let the event loop run) and yields the promise of any callback
 * that returns one.
 */
function* training(plan: Plan): Generator<Promise<void> | undefined, History, undefined> {
  const { model, x, y, batchSize, metrics, callbacks } = plan;
  const n = x.rows;
  const history = emptyHistory(plan);
  const parameters = model.parameters;
  const last = model.layers[model.layers.length - 1];
  const softmax = last.activation.name === "softmax";
  const scale = model.targetScaler?.scale ?? null;
  const indices = Uint32Array.from({ length: n }, (_, i) => i);
  const views = plan.shuffle ? [] : chunks(x, y, batchSize);
  const full = [new Matrix(batchSize, x.cols), new Matrix(batchSize, y.cols)];
  const tail = n % batchSize === 0
    ? full
    : [new Matrix(n % batchSize, x.cols), new Matrix(n % batchSize, y.cols)];
  const sums = metricSums(metrics);
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

  for (let epoch = 1; epoch <= plan.epochs; epoch++) {
    if (plan.shuffle) shuffleIndices(indices, plan.random!);
    sums.fill(0);
    let lossSum = 0, seen = 0;
    const batches = Math.ceil(n / batchSize);
    for (let b = 0; b < batches; b++) {
      const start = b * batchSize;
      const size = Math.min(batchSize, n - start);
      const [xb, yb] = plan.shuffle
        ? gather(x, y, indices, start, size === batchSize ? full : tail)
        : views[b];
      let value: number;
      try {
        value = model.trainStep(xb, yb, plan.loss, plan.optimizer);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, { epoch, batch: b + 1, lastLoss }, history);
      }
      lastLoss = value;
      lossSum += value * size;
      seen += size;
      accumulateMetrics(metrics, sums, last.a, yb, softmax, scale);
      if (batchHooks) {
        const event: BatchEvent = { epoch, batch: b + 1, size, loss: value, model, stop };
        for (const callback of callbacks) {
          const result = callback.onBatchEnd?.(event);
          if (isThenable(result)) yield result;
        }
      }
      if (stopMessage !== null) break;
      yield;
    }

    const logs: Record<string, number> = { loss: lossSum / seen };
    finishMetrics(metrics, sums, logs);
    if (plan.validation !== null) {
      try {
        Object.assign(
          logs,
          evaluateScaled(model, plan.validation.x, plan.validation.y, plan.loss, metrics, "val"),
        );
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, { epoch, batch: 0, lastLoss }, history);
      }
    }
    record(history, logs);
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
  for (const key of logKeys(plan.metrics, plan.validation !== null)) {
    if (key !== "loss" && key !== "valLoss") metrics[key] = [];
  }
  return {
    epochs: 0,
    loss: [],
    valLoss: [],
    metrics,
    monitor: plan.monitor,
    bestEpoch: 0,
    stopReason: "epochs",
    stopMessage: "",
  };
}

function record(history: History, logs: Record<string, number>): void {
  history.epochs++;
  for (const [key, value] of Object.entries(logs)) {
    if (key === "loss") history.loss.push(value);
    else if (key === "valLoss") history.valLoss.push(value);
    else history.metrics[key].push(value);
  }
}

/** The names an epoch's logs will have. */
function logKeys(metrics: readonly MetricName[], validation: boolean): string[] {
  const keys = ["loss", ...metrics];
  if (!validation) return keys;
  return [...keys, ...keys.map((k) => `val${k[0].toUpperCase()}${k.slice(1)}`)];
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

/** Copies the rows `indices[start … start + size)` into the buffers. */
function gather(
  x: Matrix,
  y: Matrix,
  indices: Uint32Array,
  start: number,
  buffers: Matrix[],
): Matrix[] {
  const [xb, yb] = buffers;
  for (let r = 0; r < xb.rows; r++) {
    const i = indices[start + r];
    xb.data.set(x.data.subarray(i * x.cols, (i + 1) * x.cols), r * x.cols);
    yb.data.set(y.data.subarray(i * y.cols, (i + 1) * y.cols), r * y.cols);
  }
  return buffers;
}

/** Consecutive row blocks of `x` and `y` as views, without copying. */
function chunks(x: Matrix, y: Matrix, size: number): Matrix[][] {
  const out: Matrix[][] = [];
  for (let start = 0; start < x.rows; start += size) {
    const rows = Math.min(size, x.rows - start);
    out.push([rowView(x, start, rows), rowView(y, start, rows)]);
  }
  return out;
}

function rowView(m: Matrix, start: number, rows: number): Matrix {
  return new Matrix(rows, m.cols, m.data.subarray(start * m.cols, (start + rows) * m.cols));
}

/**
 * Loss and metrics over data already in model units, a chunk at a time; metric
 * values are in target units.
 */
function evaluateScaled(
  model: Sequential,
  x: Matrix,
  y: Matrix,
  loss: LossSpec | undefined,
  metrics: readonly MetricName[],
  prefix: string,
  chunkSize = EVALUATE_CHUNK,
): Record<string, number> {
  const last = model.layers[model.layers.length - 1];
  const softmax = last.activation.name === "softmax";
  const scale = model.targetScaler?.scale ?? null;
  const sums = metricSums(metrics);
  let lossSum = 0;
  for (const [xc, yc] of chunks(x, y, chunkSize)) {
    let a: Matrix;
    if (loss === undefined) {
      a = model.forward(xc);
    } else {
      lossSum += model.loss(xc, yc, loss) * xc.rows;
      a = last.a;
    }
    accumulateMetrics(metrics, sums, a, yc, softmax, scale);
  }
  const out: Record<string, number> = {};
  if (loss !== undefined) out[prefix === "" ? "loss" : `${prefix}Loss`] = lossSum / x.rows;
  finishMetrics(metrics, sums, out, prefix);
  return out;
}

/** `model.evaluate`: loss and metrics over raw data, a chunk at a time. */
export function evaluateModel(
  model: Sequential,
  x: MatrixLike,
  y: MatrixLike,
  options: EvaluateOptions,
): Record<string, number> {
  const known = checkOptions("evaluate", options, ["loss", "metrics", "batchSize"]);
  const noMetrics = known.metrics === undefined ||
    (Array.isArray(known.metrics) && known.metrics.length === 0);
  if (known.loss === undefined && noMetrics) {
    throw new TypeError(
      'evaluate needs a loss or metrics, such as { loss: "mse", metrics: ["mae"] }',
    );
  }
  const metrics = checkMetrics(known.metrics, model, "evaluate");
  const loss = known.loss === undefined
    ? undefined
    : losses.resolve(known.loss as LossSpec, "evaluate loss");
  const chunk = positiveInteger(known.batchSize ?? EVALUATE_CHUNK, "evaluate batchSize");
  const data = scaled(model, x, y, loss ?? "mse", ["X", "Y"]);
  return evaluateScaled(model, data.x, data.y, loss, metrics, "", chunk);
}

/** Applies the model's scalers to raw data and checks it against the model and loss. */
function scaled(
  model: Sequential,
  x: MatrixLike,
  y: MatrixLike,
  loss: LossSpec,
  names: readonly [string, string],
): { x: Matrix; y: Matrix } {
  const input = checkInput(model.layers, x, names[0]);
  let target = toMatrix(y, names[1]);
  if (target.rows === input.rows && target.cols === model.outputs && model.targetScaler !== null) {
    target = model.targetScaler.transform(target);
  }
  const batch = resolveBatch(model.layers, input, target, loss, names);
  return {
    x: model.inputScaler === null ? batch.x : model.inputScaler.transform(batch.x),
    y: batch.y,
  };
}

function prepare(model: Sequential, x: MatrixLike, y: MatrixLike, options: FitOptions): Plan {
  const o = checkOptions("fit", options, FIT_OPTIONS) as Partial<FitOptions>;
  if (o.loss === undefined) {
    throw new TypeError(
      `fit needs a loss, such as { loss: "mse" }; known losses: ${losses.names().join(", ")}`,
    );
  }
  const loss = losses.resolve(o.loss, "fit loss");
  const optimizer = optimizers.resolve(o.optimizer ?? "adam", "fit optimizer");
  const epochs = positiveInteger(o.epochs ?? 1, "fit epochs");
  const shuffle = booleanOption("fit", o, "shuffle", true);
  const metrics = checkMetrics(o.metrics, model, "fit");
  if (o.validationSplit !== undefined && o.validationData !== undefined) {
    throw new TypeError("fit takes validationSplit or validationData, not both");
  }
  const needsRandom = shuffle || o.validationSplit !== undefined || o.seed !== undefined ||
    o.random !== undefined;
  const random = needsRandom ? resolveRandom({ random: o.random, seed: o.seed }) : null;
  let data = scaled(model, x, y, loss, ["X", "Y"]);
  let validation: { x: Matrix; y: Matrix } | null = null;
  if (o.validationSplit !== undefined) {
    [data, validation] = split(data, o.validationSplit, shuffle ? random : null);
  } else if (o.validationData !== undefined) {
    const [vx, vy] = validationPair(o.validationData);
    validation = scaled(model, vx, vy, loss, ["validationData X", "validationData Y"]);
  }
  const n = data.x.rows;
  const batchSize = Math.min(
    positiveInteger(o.batchSize ?? (n <= 32 ? n : 32), "fit batchSize"),
    n,
  );
  const keys = logKeys(metrics, validation !== null);
  const early = earlyStopping(o.earlyStopping, validation !== null);
  const monitor = early?.monitor ?? (validation === null ? "loss" : "valLoss");
  if (!keys.includes(monitor)) {
    throw new RangeError(
      `fit earlyStopping monitors "${monitor}", which training does not log; it logs ${
        keys.map((k) => `"${k}"`).join(", ")
      }`,
    );
  }
  return {
    model,
    loss,
    optimizer,
    epochs,
    batchSize,
    shuffle,
    random,
    x: data.x,
    y: data.y,
    validation,
    metrics,
    callbacks: callbackList(o.callbacks),
    monitor,
    patience: early?.patience ?? Infinity,
    minDelta: early?.minDelta ?? 0,
    restoreBest: early?.restoreBest ?? false,
    every: verbosity(o.verbose),
    log: logger(o.log),
  };
}

function split(
  data: { x: Matrix; y: Matrix },
  fraction: number,
  random: Random | null,
): [{ x: Matrix; y: Matrix }, { x: Matrix; y: Matrix }] {
  const n = data.x.rows;
  if (typeof fraction !== "number" || !(fraction > 0 && fraction < 1)) {
    throw new RangeError(`fit validationSplit must be a number in (0, 1), got ${String(fraction)}`);
  }
  const held = Math.round(n * fraction);
  if (held < 1 || held >= n) {
    throw new RangeError(
      `fit validationSplit ${fraction} of ${n} rows leaves ${held} validation and ${
        n - held
      } training rows; both need at least one`,
    );
  }
  const order = random === null
    ? Uint32Array.from({ length: n }, (_, i) => i)
    : permutation(n, { random });
  const part = (from: number, to: number) => {
    const rows = order.subarray(from, to);
    return { x: takeRows(data.x, rows), y: takeRows(data.y, rows) };
  };
  return [part(0, n - held), part(n - held, n)];
}

function validationPair(data: ValidationData): [MatrixLike, MatrixLike] {
  if (Array.isArray(data) && data.length === 2) return [data[0], data[1]];
  if (data !== null && typeof data === "object" && "x" in data && "y" in data) {
    return [data.x, data.y];
  }
  throw new TypeError("fit validationData must be [X, Y] or { x, y }");
}

function earlyStopping(
  spec: boolean | EarlyStoppingOptions | undefined,
  validation: boolean,
): Required<EarlyStoppingOptions> | null {
  if (spec === undefined || spec === false) return null;
  const o = checkOptions(
    "fit earlyStopping",
    spec === true ? {} : spec,
    ["monitor", "patience", "minDelta", "restoreBest"],
  ) as EarlyStoppingOptions;
  const monitor = o.monitor ?? (validation ? "valLoss" : "loss");
  if (typeof monitor !== "string") {
    throw new TypeError(`fit earlyStopping monitor must be a log name such as "valLoss"`);
  }
  const minDelta = o.minDelta ?? 0;
  if (typeof minDelta !== "number" || !(minDelta >= 0) || !Number.isFinite(minDelta)) {
    throw new RangeError(
      `fit earlyStopping minDelta must be a finite number ≥ 0, got ${String(minDelta)}`,
    );
  }
  return {
    monitor,
    patience: positiveInteger(o.patience ?? 5, "fit earlyStopping patience"),
    minDelta,
    restoreBest: booleanOption(
      "fit earlyStopping",
      o as Record<string, unknown>,
      "restoreBest",
      true,
    ),
  };
}

function callbackList(spec: Callback | readonly Callback[] | undefined): Callback[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : [spec];
  list.forEach((callback: unknown, i) => {
    const hooks = callback as Record<string, unknown> | null;
    const where = Array.isArray(spec) ? `fit callbacks[${i}]` : "fit callbacks";
    if (hooks === null || typeof hooks !== "object") {
      throw new TypeError(`${where} must be an object with onBatchEnd and/or onEpochEnd`);
    }
    for (const hook of ["onBatchEnd", "onEpochEnd"]) {
      if (hooks[hook] !== undefined && typeof hooks[hook] !== "function") {
        throw new TypeError(`${where}.${hook} must be a function`);
      }
    }
    if (hooks.onBatchEnd === undefined && hooks.onEpochEnd === undefined) {
      throw new TypeError(`${where} has neither onBatchEnd nor onEpochEnd`);
    }
  });
  return [...list];
}

function verbosity(verbose: unknown): number {
  if (verbose === undefined || verbose === false || verbose === 0) return 0;
  if (verbose === true) return 1;
  return positiveInteger(verbose, "fit verbose");
}

function logger(log: unknown): (line: string) => void {
  if (log === undefined) return (line) => console.log(line);
  if (typeof log !== "function") throw new TypeError("fit log must be a function of one line");
  return log as (line: string) => void;
}

function positiveInteger(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${what} must be a positive integer, got ${describe(value)}`);
  }
  return value;
}
