/**
 * The TensorFlow.js layers format, both ways: a model as the `model.json`
 * object and weight bytes that `tf.loadLayersModel` reads, and a TF.js
 * Sequential model of dense layers read back as a model of this library.
 *
 * @module
 */
import { type ModelLayer, type Prediction, Sequential } from "../model/sequential.ts";
import type { DropoutJSON, LayerJSON, ModelJSON } from "../network/model_json.ts";
import type { ScalerJSON } from "../data/scaler.ts";
import { HARD_SIGMOID_TO_TFJS, readTfjs, scaleLayer, TFJS_NAMES } from "./tfjs_read.ts";

/** A TF.js `model.json` of a Sequential layers model, as {@linkcode toTfjs} writes it. */
export interface TfjsModelJson {
  /** Always `"layers-model"`. */
  format: "layers-model";
  /** What made the model: `"backprop"`. */
  generatedBy: string;
  /** What wrote this file: `"backprop toTfjs"`. */
  convertedBy: string | null;
  /** The Keras-style model config. */
  modelTopology: {
    /** Always `"Sequential"`. */
    class_name: "Sequential";
    /** The model's name and its layers, input side first. */
    config: {
      /** The model's name. */
      name: string;
      /** Each layer's class (`Dense`, `Dropout`, `LeakyReLU`) and config, as TF.js writes them. */
      layers: { class_name: string; config: Record<string, unknown> }[];
    };
  };
  /** The weights, in the order their bytes follow one another in `weights.bin`. */
  weightsManifest: {
    /** The weight files: `["weights.bin"]`. */
    paths: string[];
    /** Each weight's name (`dense_1/kernel`), shape and element type. */
    weights: { name: string; shape: number[]; dtype: "float32" }[];
  }[];
  /** The model's metadata, when it has any. */
  userDefinedMetadata?: Record<string, unknown>;
}

/** What {@linkcode toTfjs} returns: `model.json` and the bytes of `weights.bin`. */
export interface TfjsArtifacts {
  /** The content of `model.json`. */
  modelJson: TfjsModelJson;
  /** Every weight as float32, little-endian, in the manifest's order. */
  weightData: ArrayBuffer;
}

/** Why an activation of this library has no TF.js form. */
const NO_TFJS_FORM: ReadonlyMap<string, string> = new Map(Object.entries({
  geluTanh: "TF.js 4 has it as gelu_new but cannot load that name from a model file",
}));

/**
 * The model in the TensorFlow.js layers format: a Keras-style Sequential
 * topology of `Dense` layers (plus `Dropout` with its rate, a `LeakyReLU`
 * after a linear `Dense` for `leakyRelu`, and for `hardSigmoid` TF.js's
 * `hard_sigmoid`, slope 0.2, on weights scaled by 5/6), with float32
 * weights. TF.js has
 * no per-feature normalization layer, so the input scaler is folded into the
 * first dense layer (`W' = diag(1/s)·W`, `b' = b − (m/s)·W`) and the target
 * scaler's inverse into the last (`W' = W·diag(s)`, `b' = b·s + m`), in
 * float64 before rounding to float32: the exported model takes raw inputs and
 * gives outputs in target units. Weight penalties become an `L1L2` kernel
 * regularizer; frozen layers have `trainable: false`; the model's metadata
 * becomes `userDefinedMetadata`.
 *
 * Save `modelJson` as `model.json` (`JSON.stringify`) beside `weightData` as
 * `weights.bin`, or hand both to `tf.loadLayersModel` through an IOHandler.
 *
 * @param model The model to export.
 * @returns `model.json` and the weight bytes.
 * @throws {RangeError} If an activation has no TF.js equivalent (a custom
 *   plugin; `geluTanh`, which TF.js cannot load from a file; `elu` with an
 *   alpha other than 1, which TF.js does not implement),
 *   naming the layer; if the model has a target scaler and its last dense
 *   layer is not linear; or if a weight (scalers folded in) is beyond
 *   float32's range.
 *
 * @example Export, and read the files back
 * ```ts
 * import { fromTfjs, Sequential, toTfjs } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 4, activation: "relu" },
 *   { inputDim: 4, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 1 });
 * const { modelJson, weightData } = toTfjs(model);
 * assert.deepEqual(modelJson.weightsManifest[0].weights.map((w) => w.name), [
 *   "dense_1/kernel", "dense_1/bias", "dense_2/kernel", "dense_2/bias",
 * ]);
 * assert.equal(weightData.byteLength, 4 * (2 * 4 + 4 + 4 * 1 + 1));
 * // Deno.writeTextFile("model.json", JSON.stringify(modelJson));
 * // Deno.writeFile("weights.bin", new Uint8Array(weightData));
 * const copy = fromTfjs(JSON.parse(JSON.stringify(modelJson)), weightData);
 * const [a, b] = [model, copy].map((m) => m.predictProba([[0.5, -1]]).get(0, 0));
 * assert.ok(Math.abs(a - b) < 1e-6);
 * ```
 */
export function toTfjs(model: Sequential<Prediction, ModelLayer>): TfjsArtifacts {
  const json = model.toJSON();
  const out: Written = { layers: [], weights: [], values: [], named: namer() };
  foldScalers(json).forEach((layer, i) => {
    if (layer.type === "dense") return writeDense(layer, i, out);
    const config = { rate: layer.rate, noise_shape: null, seed: layer.seed };
    out.layers.push({
      class_name: "Dropout",
      config: { ...config, name: out.named("dropout"), trainable: true },
    });
  });
  Object.assign(out.layers[0].config, {
    batch_input_shape: [null, json.layers[0].inputs],
    dtype: "float32",
  });
  const modelJson: TfjsModelJson = {
    format: "layers-model",
    generatedBy: "backprop",
    convertedBy: "backprop toTfjs",
    modelTopology: {
      class_name: "Sequential",
      config: { name: "sequential", layers: out.layers },
    },
    weightsManifest: [{ paths: ["weights.bin"], weights: out.weights }],
  };
  if (json.metadata !== undefined) modelJson.userDefinedMetadata = json.metadata;
  return { modelJson, weightData: float32Bytes(out.values, json) };
}

/** What `toTfjs` has written so far: layer configs, the manifest, the values with their fields. */
interface Written {
  layers: TfjsModelJson["modelTopology"]["config"]["layers"];
  weights: TfjsModelJson["weightsManifest"][number]["weights"];
  values: { where: string; value: number }[];
  named: (kind: string) => string;
}

/** A dense layer's config, kernel and bias; a `LeakyReLU` layer after it for `leakyRelu`. */
function writeDense(original: LayerJSON, index: number, out: Written): void {
  const layer = original.activation === "hardSigmoid"
    ? scaleLayer(original, HARD_SIGMOID_TO_TFJS)
    : original;
  const name = out.named("dense");
  const config = denseConfig(layer, name, activationOf(layer, index));
  out.layers.push({ class_name: "Dense", config });
  out.weights.push({
    name: `${name}/kernel`,
    shape: [layer.inputs, layer.outputs],
    dtype: "float32",
  });
  layer.weights.forEach((row, r) =>
    row.forEach((value, c) =>
      out.values.push({ where: `layers[${index}].weights[${r}][${c}]`, value })
    )
  );
  if (layer.bias !== null) {
    out.weights.push({ name: `${name}/bias`, shape: [layer.outputs], dtype: "float32" });
    layer.bias.forEach((value, c) =>
      out.values.push({ where: `layers[${index}].bias[${c}]`, value })
    );
  }
  if (layer.activation === "leakyRelu") {
    const alpha = layer.activationOptions?.alpha ?? 0.01;
    out.layers.push({
      class_name: "LeakyReLU",
      config: { alpha, name: out.named("leaky_re_lu"), trainable: true },
    });
  }
}

/** A fresh name per layer, Keras-style: `dense_1`, `dense_2`, `dropout_1`. */
function namer(): (kind: string) => string {
  const counts = new Map<string, number>();
  return (kind) => {
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    return `${kind}_${count}`;
  };
}

/** A dense layer's config, with every field TF.js writes, in its order. */
function denseConfig(layer: LayerJSON, name: string, activation: string): Record<string, unknown> {
  const penalties = layer.l1 === undefined && layer.l2 === undefined
    ? null
    : { class_name: "L1L2", config: { l1: layer.l1 ?? 0, l2: layer.l2 ?? 0 } };
  return {
    units: layer.outputs,
    activation,
    use_bias: layer.bias !== null,
    kernel_initializer: {
      class_name: "VarianceScaling",
      config: { scale: 1, mode: "fan_avg", distribution: "uniform", seed: null },
    },
    bias_initializer: { class_name: "Zeros", config: {} },
    kernel_regularizer: penalties,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
    name,
    trainable: layer.trainable !== false,
  };
}

/**
 * The TF.js activation of a dense layer: `linear` for `leakyRelu` (a
 * `LeakyReLU` layer follows), and `hard_sigmoid` for `hardSigmoid` (its
 * weights scaled by 5/6).
 */
function activationOf(layer: LayerJSON, index: number): string {
  const { activation } = layer;
  if (activation === "leakyRelu") return "linear";
  if (activation === "hardSigmoid") return "hard_sigmoid";
  const alpha = layer.activationOptions?.alpha;
  if (activation === "elu" && alpha !== undefined && alpha !== 1) {
    throw new RangeError(
      `toTfjs: layers[${index}] has activation elu with alpha ${alpha}, which has no TF.js ` +
        "form: TF.js's elu activation and ELU layer take alpha 1 only",
    );
  }
  const reason = NO_TFJS_FORM.get(activation);
  if (reason !== undefined) {
    throw new RangeError(
      `toTfjs: layers[${index}] has activation ${activation}, which has no TF.js form: ${reason}`,
    );
  }
  const name = TFJS_NAMES.get(activation);
  if (name === undefined) {
    throw new RangeError(
      `toTfjs: layers[${index}] has activation ${activation}, which has no TF.js form; ` +
        "export a model of built-in activations",
    );
  }
  return name;
}

/** The layers with the input scaler folded into the first dense layer and the target scaler into the last. */
function foldScalers(json: ModelJSON): (LayerJSON | DropoutJSON)[] {
  const layers = [...json.layers];
  const first = layers.findIndex((layer) => layer.type === "dense");
  const last = layers.findLastIndex((layer) => layer.type === "dense");
  if (json.inputScaler !== undefined) {
    layers[first] = foldInput(layers[first] as LayerJSON, json.inputScaler);
  }
  if (json.targetScaler !== undefined) {
    const layer = layers[last] as LayerJSON;
    if (layer.activation !== "linear") {
      throw new RangeError(
        `toTfjs: the target scaler can only be folded into a linear last layer, but ` +
          `layers[${last}] has activation ${layer.activation}; TF.js's layers format has no ` +
          "layer for it",
      );
    }
    layers[last] = foldTarget(layer, json.targetScaler);
  }
  return layers;
}

/** `(x − m)/s · W + b` as `x · W' + b'`: `W' = diag(1/s)·W`, `b' = b − (m/s)·W`. */
function foldInput(layer: LayerJSON, { offset, scale }: ScalerJSON): LayerJSON {
  const weights = layer.weights.map((row, i) => row.map((w) => w / scale[i]));
  const bias = Array.from({ length: layer.outputs }, (_, j) => {
    let shift = 0;
    for (let i = 0; i < layer.inputs; i++) shift += (offset[i] / scale[i]) * layer.weights[i][j];
    return (layer.bias?.[j] ?? 0) - shift;
  });
  return { ...layer, weights, bias };
}

/** `(a · W + b) · s + m` as `a · W' + b'`: `W' = W·diag(s)`, `b' = b·s + m`. */
function foldTarget(layer: LayerJSON, { offset, scale }: ScalerJSON): LayerJSON {
  const weights = layer.weights.map((row) => row.map((w, j) => w * scale[j]));
  const bias = offset.map((m, j) => (layer.bias?.[j] ?? 0) * scale[j] + m);
  return { ...layer, weights, bias };
}

/** The values as float32, little-endian; a value beyond float32's range is refused by name. */
function float32Bytes(values: { where: string; value: number }[], json: ModelJSON): ArrayBuffer {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  const folded = json.inputScaler !== undefined || json.targetScaler !== undefined;
  values.forEach(({ where, value }, k) => {
    if (!Number.isFinite(Math.fround(value))) {
      throw new RangeError(
        `toTfjs: ${where} is ${value}${folded ? " with the scalers folded in" : ""}, ` +
          "beyond float32's range (±3.4e38)",
      );
    }
    view.setFloat32(4 * k, value, true);
  });
  return view.buffer;
}

/**
 * Reads a TensorFlow.js layers model: `model.json` (parsed) and its weight
 * bytes. The model must be a `Sequential` of `Dense` (with or without bias),
 * `Dropout`, `Activation` and `LeakyReLU` layers, with an optional
 * `InputLayer` first, as `tf.LayersModel.save` and {@linkcode toTfjs} write
 * them (Keras' snake_case config; a Keras file's `model_config` wrapper and
 * `keras_version` are fine). An `Activation` or `LeakyReLU` layer becomes the
 * activation of the linear dense layer right before it; a `Dense` layer's
 * `L1L2` kernel regularizer becomes its weight penalties; `trainable: false`
 * freezes it. The model is built through {@linkcode Sequential.fromJSON}, so
 * every check of the model format applies.
 *
 * @param modelJson The parsed `model.json`.
 * @param weightData The weight bytes: one buffer (the manifest's files joined
 *   in order), a typed array over them, or TF.js's array of buffers.
 * @returns The model, with float32 weights widened to float64.
 * @throws {ModelFormatError} Naming the field (`modelTopology.config.layers[2].class_name`)
 *   for a layer class, activation or config it cannot read, a weight that is
 *   not float32, missing, of the wrong shape or not finite, or byte counts
 *   that do not match the manifest.
 * @throws {TypeError} If `weightData` is not binary data.
 *
 * @example Read a model TF.js saved
 * ```ts
 * import { fromTfjs } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const modelJson = {
 *   format: "layers-model",
 *   modelTopology: {
 *     class_name: "Sequential",
 *     config: {
 *       name: "sequential_1",
 *       layers: [
 *         { class_name: "Dense", config: { name: "d", units: 1, use_bias: true, batch_input_shape: [null, 2] } },
 *         { class_name: "Activation", config: { name: "a", activation: "sigmoid" } },
 *       ],
 *     },
 *   },
 *   weightsManifest: [{
 *     paths: ["model.weights.bin"],
 *     weights: [
 *       { name: "d/kernel", shape: [2, 1], dtype: "float32" },
 *       { name: "d/bias", shape: [1], dtype: "float32" },
 *     ],
 *   }],
 * };
 * const model = fromTfjs(modelJson, new Float32Array([2, -1, 0.5]));
 * assert.equal(model.layers[0].activation.name, "sigmoid");
 * assert.deepEqual(model.forward([[1, 1]]).toArray(), [[1 / (1 + Math.exp(-1.5))]]);
 * ```
 */
export function fromTfjs(
  modelJson: unknown,
  weightData: ArrayBuffer | ArrayBufferView | readonly ArrayBuffer[],
): Sequential<Prediction, ModelLayer> {
  return Sequential.fromJSON(readTfjs(modelJson, weightData));
}
