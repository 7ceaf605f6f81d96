/**
 * The plugin interfaces, their registries and every built-in plugin.
 *
 * @example Resolve plugins by name
 * ```ts
 * import { activations, losses, optimizers } from "@backprop/core/plugins";
 * import assert from "node:assert/strict";
 *
 * assert.ok(activations.has("relu") && activations.has("swish"));
 * assert.equal(activations.get("swish").name, "silu");
 * assert.equal(losses.get("mse").name, "mse");
 * assert.equal(optimizers.get("adam").name, "adam");
 * ```
 *
 * @module
 */
export { type Activation, type ActivationSpec } from "./activation.ts";
export { activations } from "./activations.ts";
export { leakyRelu } from "./leaky_relu.ts";
export { elu } from "./elu.ts";
export { selu, SELU_ALPHA, SELU_SCALE } from "./selu.ts";
export { softplus } from "./softplus.ts";
export { gelu } from "./gelu.ts";
export { geluTanh } from "./gelu_tanh.ts";
export { silu } from "./silu.ts";
export { mish } from "./mish.ts";
export { hardSigmoid } from "./hard_sigmoid.ts";
export { linear } from "./linear.ts";
export { relu } from "./relu.ts";
export { logistic, sigmoid } from "./sigmoid.ts";
export { softmax } from "./softmax.ts";
export { tanh } from "./tanh.ts";
export { type FusedLoss, type Loss, type LossSpec, type TargetKind } from "./loss.ts";
export { losses } from "./losses.ts";
export { crossEntropy } from "./cross_entropy.ts";
export { sparseCrossEntropy } from "./sparse_cross_entropy.ts";
export { logLoss } from "./log_loss.ts";
export { mse } from "./mse.ts";
export {
  type Optimizer,
  type OptimizerSpec,
  type OptimizerState,
  type Parameter,
} from "./optimizer.ts";
export { optimizers } from "./optimizers.ts";
export { adam, adamw } from "./adam.ts";
export { sgd } from "./sgd.ts";
export { type LearningRate, type OptimizerOptions, type Schedule } from "./learning_rate.ts";
export {
  cosineDecay,
  type CosineDecayOptions,
  exponentialDecay,
  type ExponentialDecayOptions,
  piecewiseConstant,
  type PiecewiseConstantOptions,
  stepDecay,
  type StepDecayOptions,
} from "./schedules.ts";
