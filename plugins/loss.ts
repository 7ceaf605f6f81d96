/**
 * The `Loss` plugin interface; its registry is `losses` (losses.ts).
 *
 * @module
 */
import type { Matrix } from "../lib/primitives/matrix.ts";
import type { Activation } from "./activation.ts";
import { checkPluginShape } from "../lib/primitives/registry.ts";

/**
 * What a loss accepts as targets; the engine checks `Y` against it before use.
 * - `"real"`: any finite numbers.
 * - `"probability"`: every entry in [0, 1] (binary labels or soft labels).
 * - `"distribution"`: every row non-negative and summing to 1 (one-hot labels).
 * - `"index"`: one column of class indices, integers from 0 to the output width − 1.
 */
export type TargetKind = "real" | "probability" | "distribution" | "index";

/**
 * A loss computed from the pre-activations `Z` of the output layer, offered by a
 * loss for one output activation when the pair has a simpler, stabler form.
 */
export interface FusedLoss {
  /** The output activation this form belongs to; the engine uses it for that exact object. */
  readonly activation: Activation;
  /** The loss from the logits `z`, stable for large |z|; equal to `value(f(z), y, weights)`. */
  value(z: Matrix, y: Matrix, weights?: Float64Array): number;
  /** Writes `dL/dz` given the activation's output `a = f(z)` (for example `(a − y) / m`). */
  delta(a: Matrix, y: Matrix, dz: Matrix, weights?: Float64Array): void;
}

/**
 * A loss: a number to minimise, the mean over the samples (rows) of a batch.
 * With sample weights `w` (one per row, for a loss with `weighted: true`) it is
 * `Σᵢ wᵢ·ℓᵢ / m`, Keras's convention: each row's loss scaled, the sum still
 * divided by the number of rows.
 */
export interface Loss {
  /** Registry name, stored in model files. */
  readonly name: string;
  /** What the targets must be. */
  readonly targets: TargetKind;
  /**
   * Whether `value`, `gradient` and the fused forms take sample weights; `fit`
   * refuses `classWeight` and `sampleWeight` for a loss without it.
   */
  readonly weighted?: boolean;
  /** The loss of predictions `yHat` against targets `y`, averaged over the batch. */
  value(yHat: Matrix, y: Matrix, weights?: Float64Array): number;
  /** Writes `dL/dŶ` (including the 1/batch factor) into `out`. */
  gradient(yHat: Matrix, y: Matrix, out: Matrix, weights?: Float64Array): void;
  /** Fused forms, one per output activation; the engine uses one when the output layer's activation is that object. */
  readonly fused?: readonly FusedLoss[];
}

/** A loss given by registered name or as an object. */
export type LossSpec = string | Loss;

const LOSS_METHODS = ["value", "gradient"];

/** Checks that a value has the shape of a loss (throws a `TypeError` naming `where` otherwise). */
export function checkLossShape(value: unknown, where: string): asserts value is Loss {
  checkPluginShape(value, where, "loss", LOSS_METHODS);
  const targets = (value as { targets?: unknown }).targets;
  if (
    targets !== "real" && targets !== "probability" && targets !== "distribution" &&
    targets !== "index"
  ) {
    throw new TypeError(
      `${where}: loss targets must be "real", "probability", "distribution" or "index", got ${
        String(targets)
      }`,
    );
  }
}
