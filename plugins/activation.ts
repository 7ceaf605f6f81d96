/**
 * The `Activation` plugin interface and its registry.
 *
 * @module
 */
import type { Matrix } from "../lib/matrix.ts";
import { checkPluginShape, createRegistry, type Registry } from "../lib/registry.ts";
import { leakyRelu } from "./leaky_relu.ts";
import { linear } from "./linear.ts";
import { relu } from "./relu.ts";
import { sigmoid } from "./sigmoid.ts";
import { softmax } from "./softmax.ts";
import { tanh } from "./tanh.ts";

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
  /** Writes `a = f(z)`. `a` has the shape of `z`. */
  forward(z: Matrix, a: Matrix): void;
  /**
   * Writes the vector-Jacobian product `dz = (∂a/∂z)ᵀ · da` for every row.
   * `dz` may be the same matrix as `da`; implementations must allow that.
   */
  backward(z: Matrix, a: Matrix, da: Matrix, dz: Matrix): void;
}

/** An activation given by registered name or as an object. */
export type ActivationSpec = string | Activation;

const ACTIVATION_METHODS = ["forward", "backward"];

function checkActivationShape(value: unknown, where: string): asserts value is Activation {
  checkPluginShape(value, where, "activation", ACTIVATION_METHODS);
  const { name, probability } = value as Activation;
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

/**
 * Every activation by name: `relu`, `sigmoid`, `linear`, `tanh`, `softmax`, `leakyRelu`,
 * and whatever users register.
 *
 * @example Register a custom activation and use it by name
 * ```ts
 * import { activations, checkActivation, Dense, type Activation } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const softsign: Activation = {
 *   name: "softsign",
 *   forward(z, a) {
 *     for (let i = 0; i < z.data.length; i++) a.data[i] = z.data[i] / (1 + Math.abs(z.data[i]));
 *   },
 *   backward(z, _a, da, dz) {
 *     for (let i = 0; i < z.data.length; i++) dz.data[i] = da.data[i] / (1 + Math.abs(z.data[i])) ** 2;
 *   },
 * };
 * activations.register("softsign", softsign);
 * assert.ok(checkActivation(softsign).passed);
 * assert.equal(new Dense(2, 3, { activation: "softsign", seed: 1 }).activation.name, "softsign");
 * ```
 */
export const activations: Registry<Activation> = createRegistry("activation", checkActivationShape);
activations.register("linear", linear);
activations.register("relu", relu);
activations.register("leakyRelu", leakyRelu);
activations.register("sigmoid", sigmoid);
activations.register("tanh", tanh);
activations.register("softmax", softmax);
