/**
 * The model: a thin facade over the engine that runs its layers, with the
 * scalers that map raw inputs and targets to network units, and what users
 * call (predict, fit, evaluate, JSON, summary).
 *
 * @module
 */
import { modelDisplay, traceDisplay } from "./network_display.ts";
import { JUPYTER_DISPLAY, type MediaBundle, withDisplay } from "../primitives/display.ts";
import type { LossSpec } from "../../plugins/loss.ts";
import type { OptimizerSpec, Parameter } from "../../plugins/optimizer.ts";
import { optimizers } from "../../plugins/optimizers.ts";
import { checkInput, resolveBatch } from "../network/batch.ts";
import { type Layer, layerLabel } from "../network/layer.ts";
import { type ArchitectureOptions, layersOf, type LayerSpec } from "../network/architecture.ts";
import { Engine, INPUT_HINT } from "../network/engine.ts";
import { argmax } from "../data/data.ts";
import { Dense } from "../network/dense.ts";
import { Dropout } from "../network/dropout.ts";
import { fitModel, fitModelAsync } from "../training/fit.ts";
import { evaluateModel } from "../training/evaluate.ts";
import type { EvaluateOptions, FitOptions, History, Trainee } from "../training/types.ts";
import { type DType, nonFiniteAt } from "../kernels/backend.ts";
import { Matrix, type MatrixLike } from "../primitives/matrix.ts";
import {
  checkMetadata,
  type DropoutJSON,
  type LayerJSON,
  type ModelJSON,
  parseModelJSON,
  sequentialToJSON,
} from "../network/model_json.ts";
import type { Scaler } from "../data/scaler.ts";
import { ModelFormatError } from "../primitives/model_format_error.ts";
import { PredictionError } from "../primitives/prediction_error.ts";

export type { ArchitectureOptions, LayerSpec };

/**
 * What {@linkcode Sequential.prototype.predict} returns: class indices
 * (`number[]`) for a classifier with one label per row, or a matrix of outputs.
 */
export type Prediction = number[] | Matrix;

/**
 * The prediction type that an architecture's last layer implies: class
 * indices for a softmax output, a matrix for a built-in activation whose
 * outputs are not probabilities, and either for a sigmoid (one output:
 * classes; several: a matrix; with a target scaler: values) or for any other
 * activation (a registered one may give probabilities).
 */
export type PredictionOf<A extends readonly LayerSpec[]> = A extends
  readonly [...unknown[], infer Last]
  ? Last extends { activation: infer Name } ? Name extends "softmax" ? number[]
    : Name extends
      | "linear"
      | "relu"
      | "leakyRelu"
      | "tanh"
      | "elu"
      | "selu"
      | "softplus"
      | "gelu"
      | "geluTanh"
      | "silu"
      | "swish"
      | "mish"
      | "hardSigmoid"
      | undefined ? Matrix
    : Prediction
  : Matrix
  : Prediction;

/** A layer a {@linkcode Sequential} model can hold. */
export type ModelLayer = Dense | Dropout;

/** The JSON of layers of type `L`: `LayerJSON` for `Dense`, `DropoutJSON` for `Dropout`. */
export type LayerJSONOf<L extends ModelLayer> = L extends Dense ? LayerJSON : DropoutJSON;

/** Gradients of one layer, shaped like its parameters. */
export interface LayerGradients {
  /** `∂L/∂W`, inputs × outputs (0 × 0 for a layer without weights, such as `Dropout`). */
  weights: Matrix;
  /** `∂L/∂b`, or `null` for a layer without bias. */
  bias: Float64Array | null;
}

/** The result of {@linkcode Sequential.prototype.lossAndGradients}. */
export interface LossAndGradients {
  /** The loss, mean over the batch. */
  loss: number;
  /** One entry per layer, copies independent of the model. */
  gradients: LayerGradients[];
}

/** One layer's part in a forward and backward pass, from {@linkcode Sequential.prototype.trace}. */
export interface LayerTrace {
  /** The layer's input `A_prev` (the batch itself for layer 0), rows × inputs. */
  input: Matrix;
  /** `Z = A_prev·W + b`, rows × outputs. */
  z: Matrix;
  /** `A = f(Z)`, rows × outputs. */
  a: Matrix;
  /** `∂L/∂A`: from the loss for the last layer, else `δ_above·W_aboveᵀ`. */
  dA: Matrix;
  /** `δ = ∂L/∂Z`, rows × outputs: `f'(Z)ᵀ·∂L/∂A`, or the fused form for the last layer. */
  delta: Matrix;
  /** `∂L/∂W = A_prevᵀ·δ`, inputs × outputs (0 × 0 for a layer without weights). */
  weightGradient: Matrix;
  /** `∂L/∂b = Σ_rows δ`, or `null` for a layer without bias. */
  biasGradient: Float64Array | null;
}

/** The result of {@linkcode Sequential.prototype.trace}. */
export interface StepTrace {
  /** The loss, mean over the batch. */
  loss: number;
  /** The loss's name. */
  lossName: string;
  /**
   * When the loss and the output activation combine into one stable `δ`
   * (softmax with cross-entropy, sigmoid with log-loss), the activation's name:
   * the last layer's `δ` is then computed directly, `(Ŷ − Y)` divided by what
   * the loss averages over (m rows for cross-entropy, m·n entries for
   * log-loss); else `null`.
   */
  fused: string | null;
  /** One entry per layer, input side first; copies independent of the model. */
  layers: LayerTrace[];
}

/**
 * A feed-forward network: layers applied in order, trained by hand-written
 * backpropagation. Its layers are `Dense` and `Dropout` layers; the type
 * parameter `L` says which: `Sequential` alone holds `Dense` layers only,
 * while a model built with a `Dropout`, or read from a file, is a
 * `Sequential<Prediction, ModelLayer>` whose layers are `(Dense | Dropout)[]`
 * (narrow one with `instanceof Dense`).
 *
 * @example Train XOR and read predictions
 * ```ts
 * import { Dense, Sequential, sgd } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([
 *   new Dense(2, 8, { activation: "tanh", seed: 1 }),
 *   new Dense(8, 1, { activation: "sigmoid", seed: 2 }),
 * ]);
 * const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
 * const Y = [[0], [1], [1], [0]];
 * const optimizer = sgd({ learningRate: 0.5, momentum: 0.9 });
 * for (let step = 0; step < 500; step++) model.trainStep(X, Y, "logLoss", optimizer);
 * assert.deepEqual(model.predict(X), [0, 1, 1, 0]);
 * ```
 */
export class Sequential<P extends Prediction = Prediction, L extends ModelLayer = Dense> {
  /**
   * The layers, input side first. The list is fixed when the model is built:
   * adding, removing or replacing a layer is refused (build a new model, e.g.
   * `new Sequential([...model.layers, layer])`).
   */
  readonly layers: readonly L[];
  /** Every trainable tensor, named by place (`layers[0].weights`), in layer order; fixed like `layers`. */
  readonly parameters: readonly Parameter[];
  /**
   * Anything JSON can hold that should travel with the model: column names,
   * class names, where the data came from. Saved by `toJSON` (when not empty)
   * and restored by `fromJSON`; the library itself never reads it.
   *
   * @example Class names saved with the model
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([{ inputDim: 4, outputDim: 3, activation: "softmax" }]);
   * model.metadata.classes = ["setosa", "versicolor", "virginica"];
   * const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
   * assert.deepEqual(copy.metadata, { classes: ["setosa", "versicolor", "virginica"] });
   * model.metadata.when = new Date();
   * assert.throws(() => model.toJSON(), /^ModelFormatError: metadata\.when: expected plain JSON data, got a Date$/);
   * ```
   */
  metadata: Record<string, unknown> = {};
  /** `layers` without the guard. */
  #layers: readonly L[];
  /** The passes over the layers; `parameters` is a guarded view of its list. */
  #engine: Engine;
  /** What `fit` and `evaluate` drive. */
  #trainee: Trainee;
  #inputScaler: Scaler | null = null;
  #targetScaler: Scaler | null = null;

  /**
   * Stacks layers into a model.
   *
   * @param layers At least one layer, one of them `Dense`; each one's inputs must
   *   equal the previous one's outputs. A `Dropout` takes the width of the layer
   *   before it (of the first `Dense` when it comes first).
   * @param none Nothing: layers carry their own seeds and options.
   * @throws {TypeError} If a layer is not a Dense or Dropout layer, or a second argument is given.
   * @throws {RangeError} If there are no layers or two consecutive layers do not chain.
   */
  constructor(layers: readonly L[], ...none: never[]) {
    if (none.length > 0) {
      throw new TypeError(
        "Sequential takes only its layers; options such as a seed belong to each layer " +
          "(new Dense(inputs, outputs, { seed })), or build the model with " +
          "Sequential.fromArchitecture(layers, { seed })",
      );
    }
    if (!Array.isArray(layers) || layers.length === 0) {
      throw new RangeError("Sequential needs a non-empty array of layers");
    }
    const seen = new Map<Layer, number>();
    layers.forEach((layer, i) => {
      if (!(layer instanceof Dense) && !(layer instanceof Dropout)) {
        throw new TypeError(`Sequential layer ${i} is not a Dense or Dropout layer`);
      }
      const first = seen.get(layer);
      if (first !== undefined) {
        throw new RangeError(`Sequential layer ${i} is the same object as layer ${first}`);
      }
      seen.set(layer, i);
    });
    connectWidths(layers);
    layers.forEach((layer, i) => {
      const below = layers[i - 1];
      if (i > 0 && below.outputs !== layer.inputs) {
        throw new RangeError(
          `${layerLabel(i, layer)} expects ${layer.inputs} inputs but ${
            layerLabel(i - 1, below)
          } gives ${below.outputs} outputs`,
        );
      }
    });
    // An ordinary array for the model's own use: the public one is a frozen copy behind a
    // guard, and every access through the guard is slow.
    this.#layers = [...layers];
    this.#engine = new Engine(layers);
    this.#trainee = { model: this, engine: this.#engine };
    this.layers = fixed(
      layers,
      "layers",
      "build a new model, e.g. new Sequential([...model.layers, layer])",
    );
    this.parameters = fixed(
      this.#engine.parameters,
      "parameters",
      "they follow the layers; freeze a layer with layer.trainable = false",
    );
  }

  /**
   * Builds a model from an architecture given as data, as NumPy notebooks
   * write it (`NN_ARCHITECTURE`). Layers draw their weights in order from one generator.
   *
   * @param architecture One entry per layer.
   * @param options Bias, initializer and random source.
   * @returns The model.
   * @throws {TypeError} If an entry is malformed; the message gives its path.
   * @throws {RangeError} If sizes do not chain or a name is unknown.
   *
   * @example A moons classifier's architecture
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 25, activation: "relu" },
   *   { inputDim: 25, outputDim: 1, activation: "sigmoid" },
   * ], { seed: 101 });
   * assert.equal(model.parameterCount, 2 * 25 + 25 + 25 + 1);
   * ```
   */
  static fromArchitecture<const A extends readonly LayerSpec[]>(
    architecture: A,
    options: ArchitectureOptions = {},
  ): Sequential<PredictionOf<A>, Dense> {
    const layers = layersOf(architecture, options);
    return new Sequential<PredictionOf<A>, Dense>(layers);
  }

  /**
   * Rebuilds a model from {@linkcode Sequential.prototype.toJSON}'s output, checking every field.
   *
   * @param json A parsed model file.
   * @returns The model, exactly as saved.
   * @throws {TypeError} If a field is missing or malformed; the message starts with its path.
   *
   * @example Exact round trip
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([{ inputDim: 3, outputDim: 2, activation: "tanh" }], { seed: 7 });
   * const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
   * assert.deepEqual(copy.toJSON(), model.toJSON());
   * assert.throws(
   *   () => Sequential.fromJSON({ ...model.toJSON(), version: 99 }),
   *   /version: this library reads versions 1 to 3, got 99/,
   * );
   * ```
   */
  static fromJSON(json: unknown): Sequential<Prediction, ModelLayer> {
    const parsed = parseModelJSON(json);
    const model = new Sequential<Prediction, ModelLayer>(parsed.layers);
    model.inputScaler = parsed.inputScaler;
    model.targetScaler = parsed.targetScaler;
    model.metadata = parsed.metadata;
    model.#probe();
    return model;
  }

  /**
   * Refuses a model that cannot predict: one whose prediction for a typical
   * input (the input scaler's offset, the training data's centre, or zeros) is
   * not finite, as when a weight or scale was edited to an extreme value.
   */
  #probe(): void {
    const row = this.#inputScaler?.offset ?? new Float64Array(this.inputs);
    const input = this.#inputScaler === null ? "zeros" : "the input scaler's offset";
    try {
      this.predict(new Matrix(1, this.inputs, Float64Array.from(row)));
    } catch (error) {
      if (!(error instanceof PredictionError)) throw error;
      const field = error.layer === undefined ? "targetScaler" : `layers[${error.layer}]`;
      throw new ModelFormatError(
        field,
        `the model predicts ${error.value} for ${input}, so it cannot be used: ${
          error.message.replace(/\. Check that row's inputs.*$/, "")
        }`,
      );
    }
  }

  /** Number of inputs the model takes. */
  get inputs(): number {
    return this.#layers[0].inputs;
  }

  /** Number of outputs the model gives. */
  get outputs(): number {
    return this.#layers[this.#layers.length - 1].outputs;
  }

  /**
   * The number format of the dense layers' products (see `Dense.dtype`): `"float32"` or
   * `"float64"` when they all agree, else `"mixed"`.
   */
  get dtype(): DType | "mixed" {
    const dense = this.#layers.filter((layer) => layer instanceof Dense);
    const first = dense[0].dtype;
    return dense.every((layer) => layer.dtype === first) ? first : "mixed";
  }

  /** Number of trainable values. */
  get parameterCount(): number {
    return this.#layers.reduce((n, layer) => n + layer.parameterCount, 0);
  }

  /**
   * The network's output for a batch, in network units (the model's scalers are
   * not applied; {@linkcode Sequential.prototype.predict} applies them). Large
   * inputs are processed in blocks of rows, so memory beyond the result stays small.
   * Each layer keeps its `z` and `a` of the last block for inspection;
   * `predict`, an inference pass, keeps only `a`.
   *
   * @param x Inputs, one row per sample.
   * @returns A new matrix, rows × outputs.
   * @throws {TypeError} If `x` holds a non-finite value (row and column named).
   * @throws {RangeError} If `x` has the wrong width.
   * @throws {PredictionError} If a layer's output is not finite (the input row named).
   */
  forward(x: MatrixLike): Matrix {
    return this.#engine.outputs(checkInput(this.#layers, x), null, true);
  }

  /**
   * Predictions for raw inputs, through the model's scalers when it has them.
   * With a target scaler the model is a regressor: the outputs in target units.
   * Otherwise, for a classifier, the class of each row: the argmax of a softmax
   * output, or `1` when a single sigmoid output exceeds 0.5; for a multi-output
   * sigmoid, a matrix of 0/1 labels (each output above 0.5); for anything else,
   * the output values. Rows are processed in blocks, so a million rows need no
   * million-row hidden activations.
   *
   * The TypeScript type of the result follows the architecture when
   * {@linkcode Sequential.fromArchitecture} can tell it (`number[]` for a
   * softmax output, `Matrix` for an output that is not a probability).
   *
   * @param x Inputs, one row per sample.
   * @returns Class indices, or a new matrix of outputs.
   * @throws {PredictionError} If a prediction is not finite (NaN or infinite,
   *   also after undoing the target scaler); its `row` is the input row.
   *
   * @example A regressor that carries its scalers
   * ```ts
   * import { fitStandardScaler, Sequential, sgd } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const X = [[100], [200], [300]], Y = [[1000], [3000], [5000]];
   * const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
   * model.inputScaler = fitStandardScaler(X);
   * model.targetScaler = fitStandardScaler(Y);
   * model.fit(X, Y, { loss: "mse", optimizer: sgd({ learningRate: 0.1 }), epochs: 200 });
   * const [[y]] = (model.predict([[250]]) as { toArray(): number[][] }).toArray();
   * assert.ok(Math.abs(y - 4000) < 1e-6);
   * ```
   */
  predict(x: MatrixLike): P {
    const out = this.#engine.outputs(checkInput(this.#layers, x), this.#inputScaler, false);
    if (this.#targetScaler !== null) {
      this.#targetScaler.inverse(out, out);
      screenPredictions(out, "after undoing the target scaler");
      return out as P;
    }
    const probability = this.#layers[this.#layers.length - 1].activation.probability;
    if (probability === "distribution") return argmax(out) as P;
    if (probability !== "independent") return out as P;
    for (let k = 0; k < out.data.length; k++) out.data[k] = out.data[k] > 0.5 ? 1 : 0;
    return (out.cols === 1 ? Array.from(out.data) : out) as P;
  }

  /**
   * Class probabilities for raw inputs, through the input scaler: for a softmax
   * output, each row's distribution over the classes; for a sigmoid output,
   * each label's probability of being 1. What `predict` turns into classes.
   *
   * @param x Inputs, one row per sample, in raw units.
   * @returns A new matrix, rows × outputs, of probabilities.
   * @throws {RangeError} If the model's outputs are not probabilities (the
   *   output activation has no `probability`), or it has a target scaler.
   * @throws {PredictionError} If an output is not finite.
   *
   * @example Probabilities that sum to 1, with an input scaler applied
   * ```ts
   * import { fitStandardScaler, Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const X = [[100, 1], [300, 2], [200, 9]];
   * const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 3, activation: "softmax" }], { seed: 1 });
   * model.inputScaler = fitStandardScaler(X);
   * const p = model.predictProba(X);
   * for (let i = 0; i < 3; i++) assert.ok(Math.abs(p.row(i).reduce((s, v) => s + v) - 1) < 1e-12);
   * assert.deepEqual(model.predict(X), p.toArray().map((row) => row.indexOf(Math.max(...row))));
   * ```
   */
  predictProba(x: MatrixLike): Matrix {
    const last = this.#layers.length - 1;
    const { activation } = this.#layers[last];
    if (activation.probability === undefined) {
      throw new RangeError(
        `predictProba needs a classifier, but ${
          layerLabel(last, this.#layers[last])
        } has activation ${activation.name}, whose outputs are not probabilities; use predict`,
      );
    }
    if (this.#targetScaler !== null) {
      throw new RangeError(
        "predictProba needs a classifier, but the model has a target scaler, which makes it a regressor; use predict",
      );
    }
    return this.#engine.outputs(checkInput(this.#layers, x), this.#inputScaler, false);
  }

  /**
   * Scaler applied to raw inputs by `predict`, `fit` and `evaluate`, saved with
   * the model; `null` for none.
   *
   * @throws {RangeError} On assignment, if its width is not the model's input width.
   */
  get inputScaler(): Scaler | null {
    return this.#inputScaler;
  }

  set inputScaler(scaler: Scaler | null) {
    this.#inputScaler = checkScaler(scaler, this.inputs, "inputScaler", "inputs");
  }

  /**
   * Scaler of the targets: `fit` and `evaluate` scale raw targets with it, and
   * `predict` returns outputs in raw target units through its inverse. Saved
   * with the model; `null` for none.
   *
   * @throws {RangeError} On assignment, if its width is not the model's output
   *   width, or the outputs are a distribution over classes (softmax).
   */
  get targetScaler(): Scaler | null {
    return this.#targetScaler;
  }

  set targetScaler(scaler: Scaler | null) {
    const last = this.#layers.length - 1;
    const { activation } = this.#layers[last];
    if (scaler !== null && activation.probability === "distribution") {
      throw new RangeError(
        `targetScaler cannot scale the outputs of ${
          layerLabel(last, this.#layers[last])
        }: activation ${activation.name} gives a distribution over classes, not values`,
      );
    }
    this.#targetScaler = checkScaler(scaler, this.outputs, "targetScaler", "outputs");
  }

  /**
   * Trains on raw data (through the model's scalers) for a number of epochs of
   * mini-batch steps, with optional validation, metrics, callbacks and early
   * stopping. If the loss, a gradient or a weight stops being finite, training
   * stops with a {@linkcode TrainingError} and the model keeps its weights from
   * before that step.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options The loss (required), optimizer, epochs and the rest.
   * @returns The history: values per epoch, the best epoch and why training stopped.
   *
   * @example XOR to 100% accuracy
   * ```ts
   * import { adam, Sequential, xor } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const { x, y } = xor();
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 8, activation: "tanh" },
   *   { inputDim: 8, outputDim: 1, activation: "sigmoid" },
   * ], { seed: 1 });
   * const history = model.fit(x, y, {
   *   loss: "logLoss",
   *   optimizer: adam({ learningRate: 0.05 }),
   *   epochs: 200,
   *   metrics: ["accuracy"],
   *   seed: 1,
   * });
   * assert.equal(history.metrics.accuracy.at(-1), 1);
   * assert.deepEqual(model.predict(x), [0, 1, 1, 0]);
   * ```
   */
  fit(x: MatrixLike, y: MatrixLike, options: FitOptions): History {
    return fitModel(this.#trainee, x, y, options);
  }

  /**
   * {@linkcode Sequential.prototype.fit} that lets the event loop run at least
   * every 16 ms (so a page or a progress bar stays live) and awaits callbacks
   * that return promises.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options As for `fit`.
   * @returns The history.
   */
  fitAsync(x: MatrixLike, y: MatrixLike, options: FitOptions): Promise<History> {
    return fitModelAsync(this.#trainee, x, y, options);
  }

  /**
   * The loss and metrics on raw data (through the model's scalers), computed a
   * block of rows at a time. Error metrics (`mse`, `mae`, `rmse`) are in target
   * units; the loss is in the units the network trains in.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options The loss and/or metrics to report.
   * @returns The values by name: `loss`, `accuracy`, `mse`, …
   * @throws {PredictionError} If a prediction is not finite (the row named).
   * @throws {EvaluationError} If the loss of a row is not finite though its prediction is.
   *
   * @example Mean absolute error of a fixed model
   * ```ts
   * import { Dense, Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const layer = new Dense(1, 1, { seed: 0 });
   * layer.weights.data[0] = 2;
   * const model = new Sequential([layer]);
   * const scores = model.evaluate([[1], [2]], [[2], [5]], { loss: "mse", metrics: ["mae"] });
   * assert.deepEqual(scores, { loss: 0.5, mae: 0.5 });
   * ```
   */
  evaluate(x: MatrixLike, y: MatrixLike, options: EvaluateOptions): Record<string, number> {
    return evaluateModel(this.#trainee, x, y, options);
  }

  /**
   * The loss on a batch, without changing anything.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param loss The loss, by name or instance.
   * @returns The loss, mean over the batch.
   */
  loss(x: MatrixLike, y: MatrixLike, loss: LossSpec): number {
    return this.#engine.loss(resolveBatch(this.#layers, x, y, loss));
  }

  /**
   * The loss and its gradient for every weight and bias; nothing is updated.
   * Dropout layers pass their input through, as in `evaluate`.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample, as wide as the output.
   * @param loss The loss, by name or instance.
   * @returns The loss and one `{ weights, bias }` per layer.
   *
   * @example Gradients have the parameters' shapes
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "relu" },
   *   { inputDim: 3, outputDim: 1, activation: "linear" },
   * ], { seed: 1 });
   * const { loss, gradients } = model.lossAndGradients([[1, 2]], [[0.5]], "mse");
   * assert.ok(loss >= 0);
   * assert.equal(gradients[0].weights.rows, 2);
   * assert.equal(gradients[1].bias?.length, 1);
   * ```
   */
  lossAndGradients(x: MatrixLike, y: MatrixLike, loss: LossSpec): LossAndGradients {
    const batch = resolveBatch(this.#layers, x, y, loss);
    const value = this.#engine.loss(batch);
    this.#engine.backward(batch);
    return {
      loss: value,
      gradients: this.#layers.map((layer) => ({
        weights: weightGradientOf(layer),
        bias: biasGradientOf(layer),
      })),
    };
  }

  /**
   * Every intermediate of one forward and backward pass, layer by layer: the
   * numbers a backpropagation lesson writes out. Computed by the same pass that
   * training uses, except that dropout layers pass their input through (as in
   * `evaluate`); nothing is updated. Like `forward` and `trainStep`, it works
   * in network units: the model's scalers are not applied.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample, as wide as the output.
   * @param loss The loss, by name or instance.
   * @returns The loss and, per layer, `A_prev`, `Z`, `A`, `∂L/∂A`, `δ` and the gradients.
   *
   * @example δ passes down through Wᵀ and the activation's derivative
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 2, activation: "sigmoid" },
   *   { inputDim: 2, outputDim: 1, activation: "linear" },
   * ], { seed: 4 });
   * const { layers: [hidden, output] } = model.trace([[1, 2]], [[3]], "mse");
   * const w = model.layers[1].weights;
   * assert.equal(output.delta.get(0, 0), output.dA.get(0, 0)); // linear: f' = 1
   * for (let j = 0; j < 2; j++) {
   *   const a = hidden.a.get(0, j);
   *   assert.equal(hidden.dA.get(0, j), output.delta.get(0, 0) * w.get(j, 0));
   *   assert.equal(hidden.delta.get(0, j), hidden.dA.get(0, j) * a * (1 - a));
   *   assert.equal(output.weightGradient.get(j, 0), a * output.delta.get(0, 0));
   * }
   * ```
   */
  trace(x: MatrixLike, y: MatrixLike, loss: LossSpec): StepTrace {
    const batch = resolveBatch(this.#layers, x, y, loss);
    const value = this.#engine.loss(batch);
    this.#engine.backward(batch);
    const last = this.#layers.length - 1;
    const layers = this.#layers.map((layer, i): LayerTrace => {
      let dA: Matrix;
      if (i < last) {
        const above = this.#layers[i + 1];
        dA = above.inputGradient(above.deltaBuffer()).clone();
      } else {
        dA = new Matrix(batch.y.rows, batch.y.cols);
        batch.loss.gradient(layer.a, batch.y, dA);
      }
      return {
        input: (i === 0 ? batch.x : this.#layers[i - 1].a).clone(),
        z: layer.z.clone(),
        a: layer.a.clone(),
        dA,
        delta: layer.deltaBuffer().clone(),
        weightGradient: weightGradientOf(layer),
        biasGradient: biasGradientOf(layer),
      };
    });
    const fused = batch.fused === undefined ? null : this.#layers[last].activation.name;
    return withDisplay({ loss: value, lossName: batch.loss.name, fused, layers }, traceDisplay);
  }

  /**
   * One step of training on a batch: forward (dropout layers draw their masks),
   * backward, then the optimizer's update. It works in network units: the
   * model's scalers are not applied.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param loss The loss, by name or instance.
   * @param optimizer The optimizer, by name (default options) or instance.
   * @returns The loss before the update.
   * @throws {RangeError} If the loss, a gradient or an updated weight is not finite; the
   *   weights and optimizer state are then left as they were before the step.
   */
  trainStep(x: MatrixLike, y: MatrixLike, loss: LossSpec, optimizer: OptimizerSpec): number {
    const batch = resolveBatch(this.#layers, x, y, loss);
    return this.#engine.step(batch, optimizers.resolve(optimizer, "trainStep optimizer"));
  }

  /**
   * The model as plain data: the versioned format documented in `ModelJSON`.
   * `JSON.stringify(model)` uses it.
   *
   * @throws {TypeError} If `metadata` holds something JSON cannot (NaN, a Date,
   *   a cycle); the message gives its path.
   */
  toJSON(): ModelJSON<LayerJSONOf<L>> {
    return sequentialToJSON(
      this.#layers,
      this.#inputScaler,
      this.#targetScaler,
      checkMetadata(this.metadata, "metadata"),
    ) as ModelJSON<LayerJSONOf<L>>;
  }

  /**
   * A table of the layers with their shapes, activations and parameter counts.
   *
   * @example A small XOR network without biases
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "relu" },
   *   { inputDim: 3, outputDim: 2, activation: "softmax" },
   * ], { bias: false, seed: 0 });
   * assert.equal(model.summary(), [
   *   "Layer  Type   Shape  Activation  Bias  Parameters",
   *   "0      Dense  2 → 3  relu        no             6",
   *   "1      Dense  3 → 2  softmax     no             6",
   *   "Total parameters: 12",
   * ].join("\n"));
   * ```
   */
  summary(): string {
    const rows = [
      ["Layer", "Type", "Shape", "Activation", "Bias", "Parameters"],
      ...this.#layers.map((layer, i) =>
        layer instanceof Dense
          ? [
            String(i),
            layer.dtype === "float32" ? "Dense float32" : "Dense",
            `${layer.inputs} → ${layer.outputs}`,
            layer.activation.name,
            layer.bias === null ? "no" : "yes",
            String(layer.parameterCount),
          ]
          : [String(i), `Dropout ${layer.rate}`, `${layer.inputs} → ${layer.outputs}`, "", "", "0"]
      ),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const lines = rows.map((r) =>
      r.map((cell, c) => (c === r.length - 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join("  ")
    );
    return [...lines, `Total parameters: ${this.parameterCount}`].join("\n");
  }

  /**
   * Jupyter's display hook (Deno's kernel): the summary, and the network drawn
   * with an edge per weight (blue positive, orange negative, wider for larger |w|).
   */
  [JUPYTER_DISPLAY](): MediaBundle {
    return modelDisplay(this.summary(), this.#layers);
  }
}

/**
 * Gives each `Dropout` the width of the layer before it, or, before the first
 * `Dense`, that layer's inputs.
 */
function connectWidths(layers: readonly ModelLayer[]): void {
  const first = layers.find((layer) => layer instanceof Dense);
  if (first === undefined) {
    throw new RangeError(
      "Sequential needs at least one Dense layer: a Dropout layer takes its width from its neighbours",
    );
  }
  if (layers[layers.length - 1] instanceof Dropout) {
    throw new RangeError(
      `Sequential layer ${layers.length - 1} is a Dropout, which cannot be the output: it would ` +
        "zero and rescale the predictions in training; put it before a Dense layer",
    );
  }
  let width = first.inputs;
  for (const layer of layers) {
    if (layer instanceof Dropout) layer.connect(width);
    width = layer.outputs;
  }
}

/** A copy of `∂L/∂W` (0 × 0 for a layer without weights). */
function weightGradientOf(layer: ModelLayer): Matrix {
  if (!(layer instanceof Dense)) return new Matrix(0, 0);
  return layer.weightGradient.clone();
}

/** A copy of `∂L/∂b`, or `null` for a layer without bias. */
function biasGradientOf(layer: ModelLayer): Float64Array | null {
  if (!(layer instanceof Dense) || layer.biasGradient === null) return null;
  return layer.biasGradient.slice();
}

/** Throws a {@linkcode PredictionError} for the first value of `out` that is not finite. */
function screenPredictions(out: Matrix, stage: string): void {
  const k = nonFiniteAt(out.data);
  if (k < 0) return;
  const row = Math.floor(k / out.cols), column = k - row * out.cols, value = out.data[k];
  throw new PredictionError(
    `The prediction for row ${row}, output ${column} is ${value} ${stage}. ${INPUT_HINT}`,
    { row, column, value },
  );
}

/** `items` behind a guard that refuses any change with a message saying what to do instead. */
function fixed<T>(items: readonly T[], what: string, instead: string): readonly T[] {
  const refuse = (): never => {
    throw new TypeError(`Sequential ${what} are fixed when the model is built; ${instead}`);
  };
  return new Proxy(Object.freeze([...items]), {
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
  });
}

function checkScaler(
  scaler: Scaler | null,
  width: number,
  what: string,
  side: string,
): Scaler | null {
  if (scaler === null) return null;
  if (
    typeof scaler !== "object" || !(scaler.offset instanceof Float64Array) ||
    typeof scaler.transform !== "function" || typeof scaler.inverse !== "function"
  ) {
    throw new TypeError(
      `${what} must be a Scaler (from fitStandardScaler or fitMinMaxScaler) or null`,
    );
  }
  if (scaler.offset.length !== width) {
    throw new RangeError(
      `${what} has ${scaler.offset.length} columns but the model has ${width} ${side}`,
    );
  }
  return scaler;
}
