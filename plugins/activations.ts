/**
 * The registry of activations by name, with the built-in ones registered.
 *
 * @module
 */
import { createRegistry, type Registry } from "../lib/primitives/registry.ts";
import { type Activation, checkActivationShape } from "./activation.ts";
import { elu } from "./elu.ts";
import { gelu } from "./gelu.ts";
import { geluTanh } from "./gelu_tanh.ts";
import { hardSigmoid } from "./hard_sigmoid.ts";
import { leakyRelu } from "./leaky_relu.ts";
import { mish } from "./mish.ts";
import { selu } from "./selu.ts";
import { silu } from "./silu.ts";
import { softplus } from "./softplus.ts";
import { linear } from "./linear.ts";
import { relu } from "./relu.ts";
import { sigmoid } from "./sigmoid.ts";
import { softmax } from "./softmax.ts";
import { tanh } from "./tanh.ts";

/**
 * Every activation by name: `relu`, `sigmoid`, `linear`, `tanh`, `softmax`, `leakyRelu`,
 * `elu`, `selu`, `softplus`, `gelu`, `geluTanh`, `silu` (alias `swish`), `mish`,
 * `hardSigmoid`, and whatever users register.
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
activations.register("elu", elu);
activations.register("selu", selu);
activations.register("softplus", softplus);
activations.register("gelu", gelu);
activations.register("geluTanh", geluTanh);
activations.register("silu", silu);
activations.register("swish", silu);
activations.register("mish", mish);
activations.register("hardSigmoid", hardSigmoid);
