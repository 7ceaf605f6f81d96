/**
 * The `Optimizer` plugin interface; its registry is `optimizers` (optimizers.ts).
 *
 * @module
 */
import { checkPluginShape } from "../lib/primitives/registry.ts";

/** Per-parameter optimizer state, kept by the model between steps. */
export interface OptimizerState {
  /** Named buffers the optimizer keeps (momentum, moment estimates), shaped like the value. */
  readonly slots: Record<string, Float64Array>;
  /** Named counters, such as the step count Adam's bias correction needs. */
  readonly counters: Record<string, number>;
}

/** One trainable tensor: its values, the gradient of the loss for them, and optimizer state. */
export interface Parameter {
  /** Where it lives, for messages: `"layers[0].weights"`. */
  readonly name: string;
  /** Whether it is a weight matrix or a bias vector (weight decay applies to weights only). */
  readonly kind: "weights" | "bias";
  /** The values, updated in place by `step`. */
  readonly value: Float64Array;
  /** `∂L/∂value` from the last backward pass. */
  readonly gradient: Float64Array;
  /** Optimizer state for this parameter. */
  readonly state: OptimizerState;
}

/** Updates parameters from their gradients. */
export interface Optimizer {
  /** Registry name, stored with training settings. */
  readonly name: string;
  /** Options that rebuild this optimizer from its registered factory (without `learningRate` when that is a schedule). */
  readonly options?: Readonly<Record<string, number | boolean>>;
  /** Applies one update to every parameter, in place. */
  step(parameters: readonly Parameter[]): void;
  /**
   * The learning rate of the last update (before any, of the first), with
   * `learningRateScale` applied; `fit` records it per epoch. The built-in
   * optimizers have it.
   */
  readonly learningRate?: number;
  /**
   * A factor on the learning rate (a number or a schedule's value), 1 at first;
   * `reduceLROnPlateau` lowers it. The built-in optimizers have it.
   */
  learningRateScale?: number;
  /**
   * Takes back the count of the last step, which the engine undid (its weights
   * and state restored): a schedule's step and the reported `learningRate`
   * return to what they were. The built-in optimizers have it.
   */
  revert?(): void;
  /**
   * The epoch `fit` is in, from 0, passed to a schedule. When an optimizer has
   * it (not `undefined`), `fit` sets it at the start of each epoch and puts
   * back the value it found when it returns or throws, so outside `fit` (as
   * in `trainStep`) a schedule sees 0 unless it is set by hand.
   */
  epoch?: number;
}

/** An optimizer given by registered name (default options) or as an object. */
export type OptimizerSpec = string | Optimizer;

const OPTIMIZER_METHODS = ["step"];

/** Checks that a value has the shape of an optimizer (throws a `TypeError` naming `where` otherwise). */
export function checkOptimizerShape(value: unknown, where: string): asserts value is Optimizer {
  checkPluginShape(value, where, "optimizer", OPTIMIZER_METHODS);
}
