/**
 * Training loops: `fit` over epochs and mini-batches, with validation, metrics,
 * callbacks, early stopping and a divergence guard; and batched `evaluate`.
 *
 * @module
 */
import type { LossSpec } from "../../plugins/loss.ts";
import { losses } from "../../plugins/losses.ts";
import {
  integerOption,
  NON_NEGATIVE,
  numberOption,
  OPEN_UNIT,
} from "../primitives/number_option.ts";
import type { Optimizer, OptimizerSpec } from "../../plugins/optimizer.ts";
import { optimizers } from "../../plugins/optimizers.ts";
import { type Batch, checkInput, resolveBatch } from "../network/batch.ts";
import { copyRows, range, shuffleIndices, splitRows } from "../data/data.ts";
import { Matrix, type MatrixLike, rowView, toMatrix } from "../primitives/matrix.ts";
import {
  accumulateMetrics,
  checkMetrics,
  finishMetrics,
  logName,
  type MetricName,
  metricSums,
  type Scoring,
} from "./metrics.ts";
import { allocate, resident } from "../kernels/backend.ts";
import { defaultMonitor, improves, monitorMode, unloggedMonitor } from "./monitor.ts";
import { booleanOption, checkOptions } from "../primitives/options.ts";
import { type Random, resolveRandom } from "../primitives/random.ts";
import type { Sequential } from "../model/sequential.ts";
import type { Engine } from "../network/engine.ts";

/** What `fit` and `evaluate` drive: a model, and the engine that runs its layers. */
export interface Trainee {
  readonly model: Sequential;
  readonly engine: Engine;
}

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
const EVALUATE_BLOCK = 1024;
const YIELD_MS = 16;

/** Everything `fit` needs, checked once before the first step. */
interface Plan {
  trainee: Trainee;
  optimizer: Optimizer;
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  random: Random | null;
  /** The training rows in model units, checked against the model and loss. */
  data: Batch;
  /** The validation rows in model units, as blocks of rows, or `null`. */
  validation: Batch[] | null;
  scoring: Scoring;
  callbacks: Callback[];
  /** The names each epoch logs. */
  keys: string[];
  monitor: string;
  patience: number;
  minDelta: number;
  restoreBest: boolean;
  every: number;
  log: (line: string) => void;
}

/** `model.fit`: trains synchronously; callbacks must not return promises. */
export function fitModel(
  trainee: Trainee,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): History {
  const run = training(prepare(trainee, x, y, options), never);
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
  trainee: Trainee,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
): Promise<History> {
  let last = Date.now();
  const due = (): boolean => Date.now() - last >= YIELD_MS;
  const run = training(prepare(trainee, x, y, options), due);
  for (let step = run.next();; step = run.next()) {
    if (step.done) return step.value;
    if (step.value !== undefined) await step.value;
    if (due()) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      last = Date.now();
    }
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

  for (let epoch = 1; epoch <= plan.epochs; epoch++) {
    if (shuffled !== null) shuffleIndices(shuffled.indices, plan.random!);
    sums.fill(0);
    let lossSum = 0, seen = 0;
    for (let b = 0; b < batches; b++) {
      const start = b * batchSize;
      const size = Math.min(batchSize, n - start);
      const batch = shuffled === null
        ? views[b]
        : gather(data, shuffled.indices, start, size === batchSize ? shuffled.full : shuffled.tail);
      let value: number;
      try {
        value = engine.step(batch, plan.optimizer);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, { epoch, batch: b + 1, lastLoss }, history);
      }
      lastLoss = value;
      lossSum += value * size;
      seen += size;
      accumulateMetrics(scoring, sums, last.a, batch.y);
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
  for (const key of plan.keys) {
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
  return validation ? [...keys, ...keys.map((k) => logName("val", k))] : keys;
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
  return { ...data, x, y: new Matrix(rows, data.y.cols) };
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
  return batch;
}

/**
 * Consecutive blocks of `size` rows of `data`, as views: of X copied once into
 * the kernels' memory (so that no product copies a block again), and of Y.
 */
function blocks(data: Batch, size: number): Batch[] {
  const out: Batch[] = [];
  const x = resident(data.x);
  for (let start = 0; start < x.rows; start += size) {
    const rows = Math.min(size, x.rows - start);
    out.push({ ...data, x: rowView(x, start, rows), y: rowView(data.y, start, rows) });
  }
  return out;
}

/**
 * Adds the loss (when `withLoss`) and metrics over checked blocks to `logs`,
 * named with `prefix`; metric values are in target units.
 */
function evaluateBlocks(
  engine: Engine,
  parts: readonly Batch[],
  withLoss: boolean,
  scoring: Scoring,
  logs: Record<string, number>,
  prefix: string,
  training = true,
): void {
  const last = engine.output;
  const sums = metricSums(scoring);
  let lossSum = 0, rows = 0;
  for (const part of parts) {
    if (withLoss) lossSum += engine.loss(part, training ? undefined : rows) * part.x.rows;
    accumulateMetrics(scoring, sums, withLoss ? last.a : engine.infer(part.x), part.y);
    rows += part.x.rows;
  }
  if (withLoss) logs[logName(prefix, "loss")] = lossSum / rows;
  finishMetrics(scoring, sums, logs, prefix);
}

/** `model.evaluate`: loss and metrics over raw data, a block of rows at a time. */
export function evaluateModel(
  { model, engine }: Trainee,
  x: MatrixLike,
  y: MatrixLike,
  options: EvaluateOptions,
): Record<string, number> {
  const known = checkOptions("evaluate", options, ["loss", "metrics", "batchSize"]);
  const scoring = checkMetrics(known.metrics, model, "evaluate");
  if (known.loss === undefined && scoring.names.length === 0) {
    throw new TypeError(
      'evaluate needs a loss or metrics, such as { loss: "mse", metrics: ["mae"] }',
    );
  }
  const loss = known.loss === undefined
    ? "mse"
    : losses.resolve(known.loss as LossSpec, "evaluate loss");
  const block = integerOption("evaluate", known, "batchSize", EVALUATE_BLOCK);
  const data = scaled(model, x, y, loss, ["X", "Y"]);
  const scores: Record<string, number> = {};
  evaluateBlocks(engine, blocks(data, block), known.loss !== undefined, scoring, scores, "", false);
  return scores;
}

/** Checks raw data against the model and loss, and applies the model's scalers. */
function scaled(
  model: Sequential,
  x: MatrixLike,
  y: MatrixLike,
  loss: LossSpec,
  names: readonly [string, string],
): Batch {
  const input = checkInput(model.layers, x, names[0]);
  let target = toMatrix(y, names[1]);
  if (target.rows === input.rows && target.cols === model.outputs && model.targetScaler !== null) {
    target = model.targetScaler.transform(target);
  }
  const batch = resolveBatch(model.layers, input, target, loss, names);
  return model.inputScaler === null ? batch : { ...batch, x: model.inputScaler.transform(batch.x) };
}

function prepare(trainee: Trainee, x: MatrixLike, y: MatrixLike, options: FitOptions): Plan {
  const { model } = trainee;
  const o = checkOptions("fit", options, FIT_OPTIONS) as Partial<FitOptions>;
  if (o.loss === undefined) {
    throw new TypeError(
      `fit needs a loss, such as { loss: "mse" }; known losses: ${losses.names().join(", ")}`,
    );
  }
  const loss = losses.resolve(o.loss, "fit loss");
  const optimizer = optimizers.resolve(o.optimizer ?? "adam", "fit optimizer");
  const epochs = integerOption("fit", o, "epochs", 1);
  const shuffle = booleanOption("fit", o, "shuffle", true);
  const scoring = checkMetrics(o.metrics, model, "fit");
  if (o.validationSplit !== undefined && o.validationData !== undefined) {
    throw new TypeError("fit takes validationSplit or validationData, not both");
  }
  const needsRandom = shuffle || o.validationSplit !== undefined || o.seed !== undefined ||
    o.random !== undefined;
  const random = needsRandom ? resolveRandom({ random: o.random, seed: o.seed }) : null;
  let data = scaled(model, x, y, loss, ["X", "Y"]);
  let validation: Batch | null = null;
  if (o.validationSplit !== undefined) {
    const fraction = numberOption("fit", o, "validationSplit", 0, OPEN_UNIT);
    [data, validation] = split(data, fraction, shuffle ? random : null);
  } else if (o.validationData !== undefined) {
    const [vx, vy] = validationPair(o.validationData);
    validation = scaled(model, vx, vy, loss, ["validationData X", "validationData Y"]);
  }
  const n = data.x.rows;
  const batchSize = Math.min(integerOption("fit", o, "batchSize", n <= 32 ? n : 32), n);
  const keys = logKeys(scoring.names, validation !== null);
  const early = earlyStopping(o.earlyStopping);
  const monitor = early?.monitor ?? defaultMonitor(validation !== null);
  if (!keys.includes(monitor)) throw unloggedMonitor("fit earlyStopping", monitor, keys);
  return {
    trainee,
    optimizer,
    epochs,
    batchSize,
    shuffle,
    random,
    data,
    validation: validation === null ? null : blocks(validation, EVALUATE_BLOCK),
    scoring,
    callbacks: callbackList(o.callbacks),
    keys,
    monitor,
    patience: early?.patience ?? Infinity,
    minDelta: early?.minDelta ?? 0,
    restoreBest: early?.restoreBest ?? false,
    every: verbosity(o.verbose),
    log: logger(o.log),
  };
}

/** Holds out `fraction` of the rows: random ones, or the last ones without a generator. */
function split(data: Batch, fraction: number, random: Random | null): [Batch, Batch] {
  const n = data.x.rows;
  const held = Math.round(n * fraction);
  if (held < 1 || held >= n) {
    throw new RangeError(
      `fit validationSplit ${fraction} of ${n} rows leaves ${held} validation and ${
        n - held
      } training rows; both need at least one`,
    );
  }
  const [x, y, xHeld, yHeld] = splitRows(data.x, data.y, n - held, random);
  return [{ ...data, x, y }, { ...data, x: xHeld, y: yHeld }];
}

function validationPair(data: ValidationData): [MatrixLike, MatrixLike] {
  if (Array.isArray(data) && data.length === 2) return [data[0], data[1]];
  if (data !== null && typeof data === "object" && "x" in data && "y" in data) {
    return [data.x, data.y];
  }
  throw new TypeError("fit validationData must be [X, Y] or { x, y }");
}

/** Early stopping's checked options; `monitor` stays undefined for the default. */
function earlyStopping(
  spec: boolean | EarlyStoppingOptions | undefined,
): EarlyStoppingOptions & Required<Omit<EarlyStoppingOptions, "monitor">> | null {
  if (spec === undefined || spec === false) return null;
  const owner = "fit earlyStopping";
  const o = checkOptions(owner, spec === true ? {} : spec, [
    "monitor",
    "patience",
    "minDelta",
    "restoreBest",
  ]);
  const monitor = o.monitor;
  if (monitor !== undefined && typeof monitor !== "string") {
    throw new TypeError(`${owner} monitor must be a log name such as "valLoss"`);
  }
  return {
    monitor,
    patience: integerOption(owner, o, "patience", 5),
    minDelta: numberOption(owner, o, "minDelta", 0, NON_NEGATIVE),
    restoreBest: booleanOption(owner, o, "restoreBest", true),
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
  return verbose === true ? 1 : integerOption("fit", { verbose }, "verbose", 1);
}

function logger(log: unknown): (line: string) => void {
  if (log === undefined) return (line) => console.log(line);
  if (typeof log !== "function") throw new TypeError("fit log must be a function of one line");
  return log as (line: string) => void;
}
