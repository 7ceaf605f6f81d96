/**
 * Loss and metrics over data a block of rows at a time: `evaluate`, and the
 * validation pass of each epoch of `fit`.
 *
 * @module
 */
import type { LossSpec } from "../../plugins/loss.ts";
import { losses } from "../../plugins/losses.ts";
import { integerOption } from "../primitives/number_option.ts";
import { type Batch, checkInput, resolveBatch } from "../network/batch.ts";
import { type MatrixLike, rowView, toMatrix } from "../primitives/matrix.ts";
import {
  accumulateMetrics,
  checkAucTargets,
  checkMetrics,
  finishMetrics,
  logName,
  metricSums,
  type Scoring,
} from "./metrics.ts";
import { resident } from "../kernels/backend.ts";
import { checkOptions } from "../primitives/options.ts";
import type { ModelLayer, Prediction, Sequential } from "../model/sequential.ts";
import type { Engine } from "../network/engine.ts";

import type { EvaluateOptions, Trainee } from "./types.ts";

/** Rows per block of evaluation. */
export const EVALUATE_BLOCK = 1024;

/**
 * Consecutive blocks of `size` rows of `data`, as views: of X copied once into
 * the kernels' memory (so that no product copies a block again), and of Y.
 */
export function blocks(data: Batch, size: number): Batch[] {
  const out: Batch[] = [];
  const x = resident(data.x);
  for (let start = 0; start < x.rows; start += size) {
    const rows = Math.min(size, x.rows - start);
    out.push({
      ...data,
      x: rowView(x, start, rows),
      y: rowView(data.y, start, rows),
      weights: data.weights?.slice(start, start + rows),
    });
  }
  return out;
}

/**
 * Adds the loss (when `withLoss`) and metrics over checked blocks to `logs`,
 * named with `prefix`; metric values are in target units.
 */
export function evaluateBlocks(
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
    accumulateMetrics(sums, withLoss ? last.a : engine.infer(part.x), part.y);
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
  const loss = known.loss === undefined
    ? undefined
    : losses.resolve(known.loss as LossSpec, "evaluate loss");
  const scoring = checkMetrics(known.metrics, model, "evaluate", loss);
  if (loss === undefined && scoring.names.length === 0) {
    throw new TypeError(
      'evaluate needs a loss or metrics, such as { loss: "mse", metrics: ["mae"] }',
    );
  }
  const block = integerOption("evaluate", known, "batchSize", EVALUATE_BLOCK);
  const data = scaled(model, x, y, loss ?? "mse", ["X", "Y"]);
  checkAucTargets(scoring, data.y, "evaluate", "the targets");
  const scores: Record<string, number> = {};
  evaluateBlocks(engine, blocks(data, block), known.loss !== undefined, scoring, scores, "", false);
  return scores;
}

/** Checks raw data against the model and loss, and applies the model's scalers. */
export function scaled(
  model: Sequential<Prediction, ModelLayer>,
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
