/**
 * Backprop: small dense neural networks trained by hand-written
 * backpropagation, with pluggable activations, losses and optimizers. No
 * dependencies; import it from a URL with no configuration.
 *
 * @example Fit y = 2x − 1
 * ```ts
 * import { Dense, Sequential, sgd } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
 * const X = [[0], [1], [2], [3]], Y = [[-1], [1], [3], [5]];
 * for (let i = 0; i < 2000; i++) model.trainStep(X, Y, "mse", sgd({ learningRate: 0.05 }));
 * assert.ok(Math.abs(model.layers[0].weights.get(0, 0) - 2) < 1e-6);
 * assert.ok(Math.abs(model.layers[0].bias![0] + 1) < 1e-6);
 * ```
 *
 * @module
 */
export * from "./plugins/mod.ts";
export { Dense, type DenseOptions } from "./lib/network/dense.ts";
export { Dropout, type DropoutJSON, type DropoutOptions } from "./lib/network/dropout.ts";
export type { Layer, Mode } from "./lib/network/layer.ts";
export {
  type ArchitectureOptions,
  type LayerGradients,
  type LayerJSONOf,
  type LayerSpec,
  type LayerTrace,
  type LossAndGradients,
  type ModelLayer,
  type Prediction,
  type PredictionOf,
  Sequential,
  type StepTrace,
} from "./lib/model/sequential.ts";
export { EvaluationError } from "./lib/primitives/evaluation_error.ts";
export { PredictionError } from "./lib/primitives/prediction_error.ts";
export {
  type LayerJSON,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ModelJSON,
} from "./lib/network/model_json.ts";
export { ModelFormatError } from "./lib/primitives/model_format_error.ts";
export {
  fitMinMaxScaler,
  fitStandardScaler,
  type Scaler,
  scalerFromJSON,
  type ScalerJSON,
  type ScalerKind,
} from "./lib/data/scaler.ts";
export { Matrix, type MatrixLike, toMatrix } from "./lib/primitives/matrix.ts";
export {
  type Backend,
  type DType,
  getKernels,
  jsKernels,
  type Kernels,
  type Products,
  setKernels,
  wasmExactKernels,
  wasmKernels,
} from "./lib/kernels/backend.ts";
export {
  MINIMUM_WORK,
  startThreads,
  type ThreadOptions,
  type Threads,
} from "./lib/kernels/threads.ts";
export { createRandom, type Random, type RandomOptions } from "./lib/primitives/random.ts";
export { type NumpyRandom, numpyRandom } from "./lib/primitives/mt19937.ts";
export type {
  BatchEvent,
  Callback,
  EarlyStoppingOptions,
  EpochEvent,
  EvaluateOptions,
  FitOptions,
  History,
  StopReason,
  ValidationData,
} from "./lib/training/types.ts";
export { TrainingError } from "./lib/training/training_error.ts";
export { ONNX_OPSET, type OnnxOptions, toOnnx } from "./lib/interop/onnx.ts";
export { fromTfjs, type TfjsArtifacts, type TfjsModelJson, toTfjs } from "./lib/interop/tfjs.ts";
export { fromOnnx } from "./lib/interop/from_onnx.ts";
export { JUPYTER_DISPLAY, type MediaBundle } from "./lib/primitives/display.ts";
export type { ClassWeight } from "./lib/training/weights.ts";
export {
  reduceLROnPlateau,
  type ReduceLROnPlateauOptions,
} from "./lib/training/reduce_lr_on_plateau.ts";
export { METRIC_NAMES, type MetricName } from "./lib/training/metrics.ts";
export {
  auc,
  type AverageOptions,
  confusionMatrix,
  f1,
  precision,
  r2,
  recall,
  rocAuc,
  type ScoreInput,
} from "./lib/training/scores.ts";
export {
  argmax,
  oneHot,
  permutation,
  shuffle,
  shuffleIndices,
  takeRows,
  type TrainTestSplit,
  trainTestSplit,
} from "./lib/data/data.ts";
export {
  circles,
  type ClassificationData,
  expSin,
  heartCurve,
  moons,
  type RegressionData,
  spirals,
  xor,
} from "./lib/data/datasets.ts";
export {
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  type Initializer,
  initializers,
  type InitializerSpec,
  normal,
  transposedDraw,
  uniform,
  zeros,
} from "./lib/network/initializers.ts";
export {
  checkActivation,
  checkLoss,
  type CheckOptions,
  gradCheck,
  type GradCheckEntry,
  type GradCheckOptions,
  type GradCheckResult,
  type PluginCheckOptions,
} from "./lib/checks/grad_check.ts";
export {
  createRegistry,
  type PluginFactory,
  type PluginOptions,
  type Registry,
} from "./lib/primitives/registry.ts";
