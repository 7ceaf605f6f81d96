/**
 * The forward, backward and step passes over a stack of layers: what training,
 * evaluation and prediction run, on batches already checked.
 *
 * @module
 */
import type { Loss } from "../../plugins/loss.ts";
import type { Optimizer, Parameter } from "../../plugins/optimizer.ts";
import type { Batch } from "./batch.ts";
import { type Layer, layerLabel, type Mode } from "./layer.ts";
import { allocate, nonFiniteAt } from "../kernels/backend.ts";
import { rowBuffer } from "../kernels/row_buffer.ts";
import type { Scaler } from "../data/scaler.ts";
import { Matrix, rowView } from "../primitives/matrix.ts";
import { EvaluationError } from "../primitives/evaluation_error.ts";
import { PredictionError } from "../primitives/prediction_error.ts";

/** Rows per block when outputs are computed for many rows. */
const BLOCK = 1024;

const UNCHANGED = "; no weights were updated";

/** The advice for a failure during training. */
export const TRAINING_HINT =
  "Lower the learning rate, scale the inputs or targets, or check custom plugins";

/** The advice for a failure on a prediction's input row. */
export const INPUT_HINT =
  "Check that row's inputs: values far outside the range the model was trained on can overflow";

/**
 * The passes over `layers` (input side first, chained), with the buffers they
 * reuse: the output gradient, and the snapshot that undoes a failed step.
 * Every layer's output, every gradient and every updated value is screened:
 * a failure names what and where, and a step that fails changes nothing.
 */
export class Engine {
  readonly #layers: readonly Layer[];
  /** Every parameter, named by place (`layers[0].weights`), in layer order. */
  readonly parameters: readonly Parameter[];
  /** The parameters the optimizer updates: those of layers with `trainable` true. */
  #trainable: Parameter[] = [];
  /** Each layer's `trainable` when `#trainable` was last built. */
  #trainableFlags: boolean[] = [];
  #outputGradient: (rows: number) => Matrix;
  #snapshot = new Snapshot();

  constructor(layers: readonly Layer[]) {
    // An ordinary array: a frozen one's element kind would make the loops polymorphic.
    this.#layers = [...layers];
    this.output = this.#layers[this.#layers.length - 1];
    this.#outputGradient = rowBuffer(this.output.outputs);
    this.parameters = this.#layers.flatMap((layer, i) =>
      layer.parameters.map((p) => ({ ...p, name: `layers[${i}].${p.kind}` }))
    );
  }

  /** The last layer, whose `a` holds the output of the last pass. */
  readonly output: Layer;

  /**
   * The layers in turn on `x`, each output screened. `keep`: whether a
   * backward pass may follow; `inference`: a prediction, whose failure is a
   * {@linkcode PredictionError} naming the input row (`firstRow` + its row here);
   * `mode`: whether dropout draws masks (see {@linkcode Mode}).
   *
   * @returns The last layer's output buffer, overwritten by the next pass.
   */
  forward(
    x: Matrix,
    firstRow = 0,
    keep = true,
    inference = false,
    mode: Mode = "inference",
  ): Matrix {
    const layers = this.#layers;
    let a = x;
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i];
      a = layer.forward(a, keep, mode);
      const k = nonFiniteAt(a.data);
      if (k < 0) continue;
      const row = Math.floor(k / a.cols), column = k - row * a.cols, value = a.data[k];
      const what =
        `${layerLabel(i, layer)} gave ${value} at row ${firstRow + row}, column ${column}` +
        ` (activation ${layer.activation.name})`;
      if (!inference) throw new RangeError(`${what}. ${TRAINING_HINT}`);
      throw new PredictionError(`${what}. ${INPUT_HINT}`, {
        row: firstRow + row,
        column,
        value,
        layer: i,
      });
    }
    return a;
  }

  /** An inference pass on checked inputs (network units), the last layer's buffer. */
  infer(x: Matrix): Matrix {
    return this.forward(x, 0, false, true);
  }

  /**
   * The output for every row of `x`, a block of rows at a time, through
   * `scaler` when given; `keep`: whether the layers keep `Z` (for a caller
   * that reads it). Failures name the row of `x`.
   *
   * @returns A new matrix, rows × outputs.
   */
  outputs(x: Matrix, scaler: Scaler | null, keep: boolean): Matrix {
    const inputs = this.#layers[0].inputs, outputs = this.output.outputs;
    const out = new Matrix(x.rows, outputs);
    const block = Math.min(x.rows, BLOCK);
    const scaled = scaler === null ? null : new Matrix(block, inputs, allocate(block * inputs));
    for (let start = 0; start < x.rows; start += block) {
      const rows = Math.min(block, x.rows - start);
      let view = rowView(x, start, rows);
      if (scaler !== null) {
        view = scaler.transform(view, rows === block ? scaled! : rowView(scaled!, 0, rows));
      }
      out.data.set(this.forward(view, start, keep, true).data, start * outputs);
    }
    return out;
  }

  /**
   * Forward pass and the finite loss of a checked batch, with the layers'
   * penalties. With `firstRow`, the batch is data being evaluated, not trained
   * on, from that row of it on: a failure names the row and points at it, not
   * at the training. `mode` applies without `firstRow`.
   *
   * @throws {RangeError} If the loss is not finite (training).
   * @throws {EvaluationError} If a row's loss is not finite (evaluation).
   */
  loss(batch: Batch, firstRow?: number, suffix = "", mode: Mode = "inference"): number {
    if (firstRow === undefined) {
      this.forward(batch.x, 0, true, false, mode);
      return finiteLoss(this.#lossValue(batch), batch.loss, suffix);
    }
    this.forward(batch.x, firstRow, true, true);
    const value = this.#lossValue(batch);
    if (Number.isFinite(value)) return value;
    const { x, y, loss, fused, weights } = batch, last = this.output;
    for (let i = 0; i < x.rows; i++) {
      const one = rowView(y, i, 1);
      const w = weights === undefined ? undefined : Float64Array.of(weights[i]);
      const rowLoss = fused === undefined
        ? loss.value(rowView(last.a, i, 1), one, w)
        : fused.value(rowView(last.z, i, 1), one, w);
      if (Number.isFinite(rowLoss)) continue;
      throw new EvaluationError(
        `The ${loss.name} loss of row ${firstRow + i} is ${rowLoss}, though its prediction is ` +
          "finite. Check that row's target and inputs: values far outside the range the model " +
          "was trained on can overflow",
        { row: firstRow + i, value: rowLoss },
      );
    }
    throw new RangeError(
      `The ${loss.name} loss of rows ${firstRow}–${firstRow + x.rows - 1} is ${value}: each ` +
        "row's is finite, but not their mean. Check for targets and inputs far outside the range " +
        "the model was trained on",
    );
  }

  #lossValue({ y, loss, fused, weights }: Batch): number {
    const last = this.output, layers = this.#layers;
    let value = fused === undefined
      ? loss.value(last.a, y, weights)
      : fused.value(last.z, y, weights);
    for (let i = 0; i < layers.length; i++) value += layers[i].penalty();
    return value;
  }

  /**
   * Backpropagation after a forward pass: `δ_L` from the loss (fused with the
   * output activation when the loss offers it), then for each layer from the
   * last: its parameters' gradients from `δ`, and `δ_below` from `∂L/∂X`
   * through the activation below (for a dense layer, `∂L/∂W = Xᵀ·δ`,
   * `∂L/∂b = Σ δ` and `δ_below = f'(Z_below)ᵀ·(δ·Wᵀ)`).
   */
  backward({ y, loss, fused, weights }: Batch): void {
    const layers = this.#layers, last = this.output;
    let delta: Matrix;
    if (fused !== undefined) {
      delta = last.deltaBuffer();
      fused.delta(last.a, y, delta, weights);
    } else {
      const dA = this.#outputGradient(last.a.rows);
      loss.gradient(last.a, y, dA, weights);
      delta = last.delta(dA);
    }
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i];
      layer.accumulate(delta);
      if (i > 0) delta = layers[i - 1].delta(layer.inputGradient(delta));
    }
  }

  /**
   * One training step on a checked batch: forward (in training mode), backward, then the
   * optimizer's update of the trainable layers' parameters. A gradient or an
   * updated value that is not finite undoes the step.
   *
   * @returns The loss before the update.
   */
  step(batch: Batch, optimizer: Optimizer): number {
    const value = this.loss(batch, undefined, UNCHANGED, "training");
    this.backward(batch);
    const parameters = this.#trainableParameters();
    for (let i = 0; i < parameters.length; i++) {
      const k = nonFiniteAt(parameters[i].gradient);
      if (k >= 0) badGradient(parameters[i], k);
    }
    this.#snapshot.save(this.parameters);
    optimizer.step(parameters);
    for (let i = 0; i < parameters.length; i++) {
      const k = nonFiniteAt(parameters[i].value);
      if (k >= 0) this.#undo(optimizer, parameters[i], k);
    }
    return value;
  }

  /** The parameters of layers with `trainable` true, rebuilt only when a flag changed. */
  #trainableParameters(): readonly Parameter[] {
    const layers = this.#layers, flags = this.#trainableFlags;
    let changed = flags.length !== layers.length;
    for (let i = 0; i < layers.length && !changed; i++) changed = flags[i] !== layers[i].trainable;
    if (changed) {
      this.#trainableFlags = layers.map((layer) => layer.trainable);
      const owners = layers.flatMap((layer, i) => layer.parameters.map(() => i));
      this.#trainable = this.parameters.filter((_, k) => layers[owners[k]].trainable);
    }
    return this.#trainable;
  }

  #undo(optimizer: Optimizer, p: Parameter, k: number): never {
    const bad = p.value[k];
    this.#snapshot.restore(this.parameters);
    optimizer.revert?.();
    throw new RangeError(
      `The ${optimizer.name} update made ${p.name} ${bad} at index ${k}; the step was undone. ${TRAINING_HINT}`,
    );
  }
}

function badGradient(p: Parameter, k: number): never {
  throw new RangeError(
    `The gradient of ${p.name} is ${p.gradient[k]} at index ${k}${UNCHANGED}. ${TRAINING_HINT}`,
  );
}

function finiteLoss(value: number, loss: Loss, suffix: string): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`The ${loss.name} loss is ${value}${suffix}. ${TRAINING_HINT}`);
  }
  return value;
}

/** A copy of parameter values and optimizer state, to undo a step; buffers are reused. */
class Snapshot {
  #values: Float64Array[] = [];
  #slots: Record<string, Float64Array>[] = [];
  #counters: Record<string, number>[] = [];

  save(parameters: readonly Parameter[]): void {
    for (let i = 0; i < parameters.length; i++) {
      const { value, state } = parameters[i];
      copy(value, this.#values[i] ??= new Float64Array(value.length));
      const slots = (this.#slots[i] ??= {});
      for (const key in slots) if (!(key in state.slots)) delete slots[key];
      for (const key in state.slots) {
        (slots[key] ??= new Float64Array(state.slots[key].length)).set(state.slots[key]);
      }
      copyCounters(state.counters, this.#counters[i] ??= {});
    }
  }

  restore(parameters: readonly Parameter[]): void {
    for (let i = 0; i < parameters.length; i++) {
      const { value, state } = parameters[i];
      value.set(this.#values[i]);
      const saved = this.#slots[i];
      for (const key in state.slots) {
        if (key in saved) state.slots[key].set(saved[key]);
        else delete state.slots[key];
      }
      copyCounters(this.#counters[i], state.counters);
    }
  }
}

/** `to.set(from)`, in a loop for short arrays, where the call to `set` costs more than the copy. */
function copy(from: Float64Array, to: Float64Array): void {
  const n = from.length;
  if (n > 64) to.set(from);
  else for (let k = 0; k < n; k++) to[k] = from[k];
}

function copyCounters(from: Record<string, number>, to: Record<string, number>): void {
  for (const key in to) if (!(key in from)) delete to[key];
  for (const key in from) to[key] = from[key];
}
