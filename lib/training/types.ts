/**
 * The public types of training: `fit`'s and `evaluate`'s options, callbacks
 * and their events, and the history `fit` returns.
 *
 * @module
 */
import type { LossSpec } from "../../plugins/loss.ts";
import type { Optimizer, OptimizerSpec } from "../../plugins/optimizer.ts";
import type { MatrixLike } from "../primitives/matrix.ts";
import type { MetricName } from "./metrics.ts";
import type { ClassWeight } from "./weights.ts";
import type { Random } from "../primitives/random.ts";
import type { ModelLayer, Prediction, Sequential } from "../model/sequential.ts";
import type { Engine } from "../network/engine.ts";

/** What `fit` and `evaluate` drive: a model, and the engine that runs its layers. */
export interface Trainee {
  readonly model: Sequential<Prediction, ModelLayer>;
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
  readonly model: Sequential<Prediction, ModelLayer>;
  /** The optimizer training it (see `learningRateScale`, which `reduceLROnPlateau` lowers). */
  readonly optimizer: Optimizer;
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
  readonly model: Sequential<Prediction, ModelLayer>;
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
  /**
   * A weight per class index (`{ 0: 1, 1: 5 }`, every class given) or
   * `"balanced"`: each training row's loss is scaled by its class's weight
   * (Keras's `class_weight`; scikit-learn's `"balanced"` is `n / (k · count)`,
   * counted on the training rows after any `validationSplit`).
   * The validation loss is unweighted.
   */
  classWeight?: ClassWeight;
  /**
   * A weight (≥ 0) per training row: its loss is scaled by it, `Σ wᵢℓᵢ / m`
   * (Keras's `sample_weight`); with `classWeight`, the two multiply.
   */
  sampleWeight?: readonly number[] | Float64Array;
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
  /**
   * The learning rate of each epoch's last step (scaled, after any schedule);
   * empty for an optimizer that does not report its `learningRate`.
   */
  learningRate: number[];
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
