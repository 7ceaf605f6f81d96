/**
 * The `Activation` plugin interface; its registry is `activations` (activations.ts).
 *
 * @module
 */
import { Matrix } from "../lib/primitives/matrix.ts";
import { checkPluginShape } from "../lib/primitives/registry.ts";

/**
 * An activation function applied to a layer's pre-activations `Z`.
 *
 * Both methods see whole batches (rows are samples), so row-wise functions such
 * as softmax need no special case in the engine.
 */
export interface Activation {
  /** Registry name, stored in model files. */
  readonly name: string;
  /** Options that rebuild this activation from its registered factory, stored in model files. */
  readonly options?: Readonly<Record<string, number>>;
  /**
   * What the outputs mean when they are probabilities: `"distribution"` when
   * each row is a distribution over classes (softmax: a prediction is the
   * row's argmax), `"independent"` when each output is the probability of its
   * own label (sigmoid: a prediction is 1 above 0.5). Absent for outputs that
   * are not probabilities. `predict`, `predictProba` and the `accuracy`
   * metric read it.
   */
  readonly probability?: "distribution" | "independent";
  /**
   * A product kernel that computes this very function fused with the layer's
   * product, so that a layer may skip `forward`: `"relu"` for `max(0, z)`
   * computed as `z·(z > 0) + 0` (the backends' `matmulBiasRelu`). Absent
   * otherwise. The claim is checked wherever the activation is resolved.
   */
  readonly kernel?: "relu";
  /** Writes `a = f(z)`. `a` has the shape of `z`. */
  forward(z: Matrix, a: Matrix): void;
  /**
   * Writes the vector-Jacobian product `dz = (∂a/∂z)ᵀ · da` for every row.
   * `dz` may be the same matrix as `da`; implementations must allow that.
   */
  backward(z: Matrix, a: Matrix, da: Matrix, dz: Matrix): void;
}

/** Points where `max(0, z)` shows itself: both signs, zero, and the infinities. */
const RELU_PROBE = [-2, -0.5, 0, 0.5, 2, -Infinity, Infinity];

/**
 * Refuses an activation that claims the fused ReLU kernel but computes
 * something else (an object spread from `relu` with another `forward`): a
 * layer would compute `max(0, z)` in its place.
 */
function checkReluClaim(activation: Activation, where: string): void {
  const z = new Matrix(1, RELU_PROBE.length, Float64Array.from(RELU_PROBE));
  const a = new Matrix(1, RELU_PROBE.length);
  activation.forward(z, a);
  const k = RELU_PROBE.findIndex((v, i) => !Object.is(a.data[i], v * +(v > 0) + 0));
  if (k < 0) return;
  throw new TypeError(
    `${where}: activation "${activation.name}" has kernel "relu", but its forward gives ` +
      `${a.data[k]} for ${RELU_PROBE[k]}, not max(0, z); leave kernel out (a layer would ` +
      "compute max(0, z) in its place)",
  );
}

/** An activation given by registered name or as an object. */
export type ActivationSpec = string | Activation;

const ACTIVATION_METHODS = ["forward", "backward"];

/** Checks that a value has the shape of an activation (throws a `TypeError` naming `where` otherwise). */
export function checkActivationShape(value: unknown, where: string): asserts value is Activation {
  checkPluginShape(value, where, "activation", ACTIVATION_METHODS);
  const { name, probability, kernel } = value as Activation;
  if (kernel !== undefined && kernel !== "relu") {
    throw new TypeError(
      `${where}: activation "${name}" has kernel ${
        JSON.stringify(kernel)
      }; expected "relu" or none`,
    );
  }
  if (kernel === "relu") checkReluClaim(value as Activation, where);
  if (
    probability !== undefined && probability !== "distribution" && probability !== "independent"
  ) {
    throw new TypeError(
      `${where}: activation "${name}" has probability ${
        JSON.stringify(probability)
      }; expected "distribution", "independent" or none`,
    );
  }
}
