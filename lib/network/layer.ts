/**
 * The interface the engine calls layers through.
 *
 * @module
 */
import type { Activation } from "../../plugins/activation.ts";
import type { Parameter } from "../../plugins/optimizer.ts";
import type { Matrix } from "../primitives/matrix.ts";

/**
 * How a forward pass treats a layer that behaves differently in training:
 * `"inference"` (prediction, evaluation: dropout is the identity), `"training"`
 * (a training step: dropout draws a new mask) or `"replay"` (training again on
 * the last mask drawn, so that a gradient check sees one fixed function).
 */
export type Mode = "inference" | "training" | "replay";

/**
 * One layer of a feed-forward network, as the engine sees it: a forward pass
 * in a {@linkcode Mode}, a backward pass in three steps (through the
 * activation, into the parameters' gradients, down to the inputs), its
 * parameters, its weight penalty and its JSON. `Dense` and `Dropout` implement it.
 *
 * Buffers it returns are its own, valid until its next pass.
 */
export interface Layer {
  /** The kind of layer, as model files and messages name it, e.g. `"dense"`. */
  readonly type: string;
  /** Number of inputs (columns of `x`). */
  readonly inputs: number;
  /** Number of outputs (columns of `a`). */
  readonly outputs: number;
  /** The activation applied last (`linear` for a layer with none). */
  readonly activation: Activation;
  /** Every trainable tensor, named by kind (`"weights"`, `"bias"`). */
  readonly parameters: readonly Parameter[];
  /** Number of trainable values. */
  readonly parameterCount: number;
  /** Whether an optimizer updates this layer's parameters. */
  trainable: boolean;
  /** The pre-activations of the last forward pass. */
  readonly z: Matrix;
  /** The outputs of the last forward pass. */
  readonly a: Matrix;
  /**
   * The layer's output for `x`. With `keep` true it keeps what a backward pass
   * needs; with `keep` false (a prediction) it may skip that.
   */
  forward(x: Matrix, keep: boolean, mode: Mode): Matrix;
  /** The term the layer adds to the loss (a weight penalty such as `l2·ΣW²`), 0 for none. */
  penalty(): number;
  /**
   * For a layer whose width follows its neighbours (such as `Dropout`): takes
   * the width it gets in a model, once. Absent on layers with a fixed width.
   */
  connect?(width: number): void;
  /** `∂L/∂Z` from `∂L/∂A`, through the activation's derivative. */
  delta(dA: Matrix): Matrix;
  /** The buffer `delta` writes into, sized for the last batch (for a loss fused with the activation). */
  deltaBuffer(): Matrix;
  /** Writes the parameters' gradients from `∂L/∂Z`, plus the gradient of `penalty()`. */
  accumulate(delta: Matrix): void;
  /** `∂L/∂X` from `∂L/∂Z`: what the layer below receives as its `∂L/∂A`. */
  inputGradient(delta: Matrix): Matrix;
  /** The layer as plain data, with `type` first. */
  toJSON(): { readonly type: string };
}

/** `layer 1 (Dense 3 → 2)`, for messages. */
export function layerLabel(index: number, layer: Layer): string {
  const name = layer.type.charAt(0).toUpperCase() + layer.type.slice(1);
  return `layer ${index} (${name} ${layer.inputs} → ${layer.outputs})`;
}
