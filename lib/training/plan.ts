/**
 * `fit`'s options, checked and resolved once, before the first step, into a
 * plan: the data in network units, the validation blocks, the optimizer,
 * callbacks and early stopping.
 *
 * @module
 */
import { losses } from "../../plugins/losses.ts";
import {
  integerOption,
  NON_NEGATIVE,
  numberOption,
  OPEN_UNIT,
} from "../primitives/number_option.ts";
import type { Optimizer } from "../../plugins/optimizer.ts";
import { optimizers } from "../../plugins/optimizers.ts";
import type { Batch } from "../network/batch.ts";
import { splitMatrices } from "../data/data.ts";
import { Matrix, type MatrixLike } from "../primitives/matrix.ts";
import { sampleWeights, withClassWeight } from "./weights.ts";
import {
  checkAucTargets,
  checkMetrics,
  logName,
  type MetricName,
  type Scoring,
} from "./metrics.ts";
import { defaultMonitor, unloggedMonitor } from "./monitor.ts";
import { booleanOption, checkOptions } from "../primitives/options.ts";
import { type Random, resolveRandom } from "../primitives/random.ts";

import type {
  Callback,
  EarlyStoppingOptions,
  FitOptions,
  Trainee,
  ValidationData,
} from "./types.ts";
import { blocks, EVALUATE_BLOCK, scaled } from "./evaluate.ts";

/** Everything `fit` needs, checked once before the first step. */
export interface Plan {
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
  "classWeight",
  "sampleWeight",
];

export function prepare(trainee: Trainee, x: MatrixLike, y: MatrixLike, options: FitOptions): Plan {
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
  const scoring = checkMetrics(o.metrics, model, "fit", loss);
  if (o.validationSplit !== undefined && o.validationData !== undefined) {
    throw new TypeError("fit takes validationSplit or validationData, not both");
  }
  const needsRandom = shuffle || o.validationSplit !== undefined || o.seed !== undefined ||
    o.random !== undefined;
  const random = needsRandom ? resolveRandom({ random: o.random, seed: o.seed }) : null;
  let data = scaled(model, x, y, loss, ["X", "Y"]);
  data.weights = sampleWeights(o.sampleWeight, data);
  let validation: Batch | null = null;
  if (o.validationSplit !== undefined) {
    const fraction = numberOption("fit", o, "validationSplit", 0, OPEN_UNIT);
    [data, validation] = split(data, fraction, shuffle ? random : null);
  } else if (o.validationData !== undefined) {
    const [vx, vy] = validationPair(o.validationData);
    validation = scaled(model, vx, vy, loss, ["validationData X", "validationData Y"]);
  }
  data.weights = withClassWeight(o.classWeight, data, model.outputs);
  if (data.weights?.every((w) => w === 0)) {
    throw new RangeError("fit sampleWeight is 0 for every training row: nothing would be learnt");
  }
  checkAucTargets(scoring, data.y, "fit", "the training targets");
  if (validation !== null) checkAucTargets(scoring, validation.y, "fit", "the validation targets");
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
  const { weights } = data;
  const columns = [data.x, data.y];
  if (weights !== undefined) columns.push(new Matrix(n, 1, weights));
  const [[x, y, w], [xHeld, yHeld]] = splitMatrices(columns, n - held, random);
  // The validation loss is unweighted, as Keras's is for class weights.
  return [{ ...data, x, y, weights: w?.data }, { ...data, x: xHeld, y: yHeld, weights: undefined }];
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

/** The names an epoch's logs will have. */
function logKeys(metrics: readonly MetricName[], validation: boolean): string[] {
  const keys = ["loss", ...metrics];
  return validation ? [...keys, ...keys.map((k) => logName("val", k))] : keys;
}
