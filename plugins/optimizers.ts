/**
 * The registry of optimizers by name, with the built-in ones registered.
 *
 * @module
 */
import { createRegistry, type Registry } from "../lib/primitives/registry.ts";
import { checkOptimizerShape, type Optimizer } from "./optimizer.ts";
import { adam, adamw } from "./adam.ts";
import { sgd } from "./sgd.ts";

/**
 * Every optimizer factory by name: `sgd`, `adam`, `adamw`, and whatever users register.
 *
 * @example Build an optimizer by name with options
 * ```ts
 * import { optimizers } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const opt = optimizers.get("sgd", { learningRate: 0.1, momentum: 0.9 });
 * assert.deepEqual(opt.options, { learningRate: 0.1, momentum: 0.9, nesterov: false, weightDecay: 0 });
 * ```
 */
export const optimizers: Registry<Optimizer> = createRegistry("optimizer", checkOptimizerShape);
optimizers.register("sgd", sgd);
optimizers.register("adam", adam);
optimizers.register("adamw", adamw);
