/**
 * The registry of losses by name, with the built-in ones registered.
 *
 * @module
 */
import { createRegistry, type Registry } from "../lib/primitives/registry.ts";
import { checkLossShape, type Loss } from "./loss.ts";
import { crossEntropy } from "./cross_entropy.ts";
import { logLoss } from "./log_loss.ts";
import { mse } from "./mse.ts";
import { sparseCrossEntropy } from "./sparse_cross_entropy.ts";

/**
 * Every loss by name: `mse`, `logLoss` (alias `binaryCrossEntropy`), `crossEntropy`,
 * and whatever users register.
 *
 * @example Look up a loss by its alias
 * ```ts
 * import { losses } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.equal(losses.get("binaryCrossEntropy").name, "logLoss");
 * assert.throws(() => losses.get("hinge"), /Unknown loss "hinge"; known losses: binaryCrossEntropy, crossEntropy, logLoss, mse/);
 * ```
 */
export const losses: Registry<Loss> = createRegistry("loss", checkLossShape);
losses.register("mse", mse);
losses.register("logLoss", logLoss);
losses.register("binaryCrossEntropy", logLoss);
losses.register("crossEntropy", crossEntropy);
losses.register("sparseCrossEntropy", sparseCrossEntropy);
