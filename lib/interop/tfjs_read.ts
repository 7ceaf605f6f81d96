/**
 * Reading the TensorFlow.js layers format: a `model.json` and its weight
 * bytes, checked field by field, as the layers of this library's model format.
 *
 * @module
 */
import type { DropoutJSON, LayerJSON } from "../network/model_json.ts";
import { MODEL_FORMAT, MODEL_VERSION } from "../network/model_json.ts";
import { describe } from "../primitives/matrix.ts";
import { ModelFormatError } from "../primitives/model_format_error.ts";

/**
 * TF.js's `hard_sigmoid` is clip(0.2·z + 0.5, 0, 1), this library's
 * `hardSigmoid` clip(z/6 + 0.5, 0, 1): a layer's weights and bias times 5/6
 * under TF.js's compute this library's, and times 6/5 the other way.
 */
export const HARD_SIGMOID_TO_TFJS = 5 / 6, HARD_SIGMOID_FROM_TFJS = 6 / 5;

/** The layer with its weights and bias multiplied by `factor`. */
export function scaleLayer(layer: LayerJSON, factor: number): LayerJSON {
  return {
    ...layer,
    weights: layer.weights.map((row) => row.map((w) => w * factor)),
    bias: layer.bias?.map((b) => b * factor) ?? null,
  };
}

/** This library's activations that TF.js has under a name of its own, by that name: one table both ways. */
export const TFJS_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  linear: "linear",
  relu: "relu",
  sigmoid: "sigmoid",
  tanh: "tanh",
  softmax: "softmax",
  elu: "elu",
  selu: "selu",
  softplus: "softplus",
  silu: "swish",
  mish: "mish",
  gelu: "gelu",
}));

/** The TF.js names (as written, and camel-cased as TF.js reads them) of our activations. */
const FROM_TFJS: ReadonlyMap<string, string> = new Map([
  ...[...TFJS_NAMES].map(([ours, theirs]) => [theirs, ours] as const),
  ["silu", "silu"],
  ["gelu_new", "geluTanh"],
  ["geluNew", "geluTanh"],
  ["hard_sigmoid", "hardSigmoid"],
]);

const READ_ACTIVATIONS = "linear, relu, sigmoid, tanh, softmax, elu, selu, softplus, " +
  "swish (or silu), mish, gelu and gelu_new";

/** One weight of the manifest: where it is described, its shape and values, and whether a layer took it. */
interface Weight {
  where: string;
  shape: number[];
  values: Float64Array;
  used: boolean;
}

/** A layer of the topology being read, for its messages. */
interface Entry {
  where: string;
  kind: string;
  label: string;
  name: string;
  config: Record<string, unknown>;
}

/** Dense settings this library has no counterpart for. */
const DENSE_LACKS = [
  "bias_regularizer",
  "activity_regularizer",
  "kernel_constraint",
  "bias_constraint",
];

/** The penalties of each kernel regularizer class. */
const REGULARIZERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  L1L2: ["l1", "l2"],
  L1: ["l1"],
  L2: ["l2"],
}));

/** The layer classes `fromTfjs` reads. */
const READS = "fromTfjs reads Dense, Dropout, Activation, LeakyReLU and ELU layers";

/**
 * The model format's content for a TF.js model: its layers, the weights
 * taken from `weightData`, and its metadata.
 *
 * @throws {ModelFormatError} Naming the field of the first thing it cannot read.
 * @throws {TypeError} If `weightData` is not binary data.
 */
export function readTfjs(
  modelJson: unknown,
  weightData: ArrayBuffer | ArrayBufferView | readonly ArrayBuffer[],
): Record<string, unknown> {
  const root = record(modelJson, "model.json");
  if (root.format !== undefined && root.format !== "layers-model") {
    fail("format", 'expected "layers-model" (fromTfjs reads layers models)', root.format);
  }
  const weights = readWeights(root.weightsManifest, bytesOf(weightData));
  const layers = readLayers(topologyLayers(root.modelTopology), weights);
  for (const [name, weight] of weights) {
    if (!weight.used) {
      throw new ModelFormatError(weight.where, `weight '${name}' belongs to no layer read`);
    }
  }
  const json: Record<string, unknown> = { format: MODEL_FORMAT, version: MODEL_VERSION, layers };
  const metadata = root.userDefinedMetadata;
  if (metadata !== undefined) {
    if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
      throw new ModelFormatError("userDefinedMetadata", "expected an object");
    }
    json.metadata = metadata as Record<string, unknown>;
  }
  return json;
}

/** The layer entries of a Sequential topology, with the path to them. */
function topologyLayers(value: unknown): { where: string; entries: unknown[] } {
  let where = "modelTopology";
  let topology = record(value, where);
  if (topology.model_config !== undefined) {
    where = "modelTopology.model_config";
    topology = record(topology.model_config, where);
  }
  if (topology.class_name !== "Sequential") {
    fail(
      `${where}.class_name`,
      'expected "Sequential" (fromTfjs reads Sequential models)',
      topology.class_name,
    );
  }
  let entries = topology.config;
  if (Array.isArray(entries)) {
    where = `${where}.config`;
  } else {
    entries = record(entries, `${where}.config`).layers;
    where = `${where}.config.layers`;
  }
  if (!Array.isArray(entries) || entries.length === 0) {
    fail(where, "expected a non-empty array of layers", entries);
  }
  return { where, entries: entries as unknown[] };
}

/** The topology's layers as the model format's layers, their weights taken from `weights`. */
function readLayers(
  { where, entries }: { where: string; entries: unknown[] },
  weights: Map<string, Weight>,
): (LayerJSON | DropoutJSON)[] {
  const layers: (LayerJSON | DropoutJSON)[] = [];
  let width: number | undefined;
  entries.forEach((value, i) => {
    const entry = entryOf(value, `${where}[${i}]`, i);
    width ??= inputWidth(entry);
    switch (entry.kind) {
      case "InputLayer":
        return checkInputLayer(entry, i, width);
      case "Dense": {
        const dense = denseOf(entry, width, weights);
        for (const layer of layers) {
          if (layer.inputs === 0) layer.inputs = layer.outputs = dense.inputs;
        }
        layers.push(dense);
        width = dense.outputs;
        return;
      }
      case "Dropout":
        layers.push(dropoutOf(entry, width ?? 0, i));
        return;
      case "Activation":
      case "LeakyReLU":
      case "ELU":
        return foldActivation(entry, layers);
      default:
        throw new ModelFormatError(
          `${entry.where}.class_name`,
          `${entry.label} is not supported: ${READS}`,
        );
    }
  });
  if (!layers.some((layer) => layer.type === "dense")) {
    throw new ModelFormatError(where, "expected at least one Dense layer");
  }
  return layers;
}

function checkInputLayer({ where, label }: Entry, index: number, width: number | undefined): void {
  if (index > 0) {
    throw new ModelFormatError(`${where}.class_name`, `${label} must be first`);
  }
  if (width === undefined) {
    throw new ModelFormatError(`${where}.config.batch_input_shape`, `${label} has no input shape`);
  }
}

/**
 * An Activation, LeakyReLU or ELU layer, made the activation of the linear
 * dense layer before it (whose weights a `hard_sigmoid` scales by 6/5).
 */
function foldActivation(entry: Entry, layers: (LayerJSON | DropoutJSON)[]): void {
  const { where, label, kind, config } = entry;
  const activation = kind === "Activation"
    ? activationName(config.activation, `${where}.config.activation`, label)
    : kind === "LeakyReLU"
    ? "leakyRelu"
    : "elu";
  const options = kind === "LeakyReLU"
    ? { alpha: alphaOf(entry, 0.3) }
    : kind === "ELU"
    ? { alpha: alphaOf(entry, 1) }
    : undefined;
  if (activation === "linear") return;
  const previous = layers.at(-1);
  if (previous?.type !== "dense" || previous.activation !== "linear") {
    throw new ModelFormatError(
      `${where}.class_name`,
      `${label} must follow a Dense layer of linear activation, into which it folds`,
    );
  }
  const folded = activation === "hardSigmoid"
    ? scaleLayer(previous, HARD_SIGMOID_FROM_TFJS)
    : { ...previous };
  folded.activation = activation;
  if (options !== undefined) folded.activationOptions = options;
  layers[layers.length - 1] = folded;
}

/** A layer entry's config, name and label (`layer 2 (Dense, 'dense_1')`). */
function entryOf(value: unknown, where: string, index: number): Entry {
  const layer = record(value, where);
  if (typeof layer.class_name !== "string") {
    fail(`${where}.class_name`, "expected a layer class name", layer.class_name);
  }
  const config = record(layer.config, `${where}.config`);
  const name = typeof config.name === "string" ? config.name : "";
  const label = `layer ${index} (${layer.class_name}${name === "" ? "" : `, '${name}'`})`;
  return { where, kind: layer.class_name as string, label, name, config };
}

/** The input width a layer's `batch_input_shape` (or Keras 3's `batch_shape`) gives, if any. */
function inputWidth({ where, label, config }: Entry): number | undefined {
  const key = config.batch_input_shape !== undefined ? "batch_input_shape" : "batch_shape";
  const shape = config[key];
  if (shape === undefined || shape === null) return undefined;
  const [batch, width] = Array.isArray(shape) ? shape : [];
  if (
    !Array.isArray(shape) || shape.length !== 2 || batch !== null ||
    !Number.isInteger(width) || width < 1
  ) {
    throw new ModelFormatError(
      `${where}.config.${key}`,
      `${label} has input shape ${JSON.stringify(shape)}; fromTfjs reads flat inputs, [null, n]`,
    );
  }
  return width;
}

/** A Dense layer with its kernel (and bias) from the manifest. */
function denseOf(entry: Entry, width: number | undefined, weights: Map<string, Weight>): LayerJSON {
  const { where, label, config } = entry;
  const units = config.units;
  if (typeof units !== "number" || !Number.isInteger(units) || units < 1) {
    fail(`${where}.config.units`, "expected a positive integer", units);
  }
  const useBias = config.use_bias ?? true;
  if (typeof useBias !== "boolean") {
    fail(`${where}.config.use_bias`, "expected true or false", useBias);
  }
  for (const key of DENSE_LACKS) {
    if (config[key] === undefined || config[key] === null) continue;
    const what = key.replace("_", " ");
    throw new ModelFormatError(
      `${where}.config.${key}`,
      `${label} has a ${what}, which this library's dense layers lack; set it to null`,
    );
  }
  const kernel = weightOf(entry, weights, "kernel");
  const inputs = width ?? kernel.shape[0];
  checkShape(kernel, entry, "kernel", [inputs, units]);
  const layer: LayerJSON = {
    type: "dense",
    inputs,
    outputs: units,
    activation: activationName(config.activation, `${where}.config.activation`, label),
    weights: Array.from(
      { length: inputs },
      (_, r) => Array.from(kernel.values.slice(r * units, (r + 1) * units)),
    ),
    bias: null,
  };
  if (useBias) {
    const bias = weightOf(entry, weights, "bias");
    checkShape(bias, entry, "bias", [units]);
    layer.bias = Array.from(bias.values);
  }
  const regularizer = `${where}.config.kernel_regularizer`;
  Object.assign(layer, penaltiesOf(config.kernel_regularizer, regularizer, label));
  if (config.trainable !== undefined && typeof config.trainable !== "boolean") {
    throw new ModelFormatError(
      `${where}.config.trainable`,
      `expected true or false, got ${JSON.stringify(config.trainable)}`,
    );
  }
  if (config.trainable === false) layer.trainable = false;
  return layer.activation === "hardSigmoid" ? scaleLayer(layer, HARD_SIGMOID_FROM_TFJS) : layer;
}

/** `l1` and `l2` from an `L1L2` (or `L1`, `L2`) kernel regularizer; none for `null`. */
function penaltiesOf(value: unknown, where: string, label: string): { l1?: number; l2?: number } {
  if (value === undefined || value === null) return {};
  const regularizer = record(value, where);
  const kind = regularizer.class_name;
  const keys = REGULARIZERS.get(kind as string);
  if (keys === undefined) {
    fail(`${where}.class_name`, `expected L1L2, L1 or L2 (${label}'s kernel regularizer)`, kind);
  }
  const config = record(regularizer.config ?? {}, `${where}.config`);
  const penalties: Record<string, number> = {};
  for (const key of keys) {
    const factor = config[key] ?? 0.01;
    if (typeof factor !== "number" || !Number.isFinite(factor) || factor < 0) {
      fail(`${where}.config.${key}`, "expected a number ≥ 0", factor);
    }
    if (factor !== 0) penalties[key] = factor as number;
  }
  return penalties;
}

/** A Dropout layer; its width is the layer's before it, or the next dense layer's for a first one (0 until known). */
function dropoutOf({ where, label, config }: Entry, width: number, index: number): DropoutJSON {
  const { rate, noise_shape: noiseShape, seed } = config;
  if (typeof rate !== "number" || !(rate >= 0 && rate < 1)) {
    fail(`${where}.config.rate`, "expected a number in [0, 1)", rate);
  }
  if (noiseShape !== undefined && noiseShape !== null) {
    throw new ModelFormatError(
      `${where}.config.noise_shape`,
      `${label} has a noise shape, which this library's dropout lacks; set it to null`,
    );
  }
  return {
    type: "dropout",
    inputs: width,
    outputs: width,
    rate: rate as number,
    seed: Number.isSafeInteger(seed) ? seed as number : index,
  } as DropoutJSON;
}

/** A LeakyReLU or ELU layer's slope: `alpha` (TF.js, Keras 2) or `negative_slope` (Keras 3), else `fallback`. */
function alphaOf({ where, config }: Entry, fallback: number): number {
  const key = config.alpha === undefined && config.negative_slope !== undefined
    ? "negative_slope"
    : "alpha";
  const alpha = config[key] ?? fallback;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    fail(`${where}.config.${key}`, "expected a finite number ≥ 0", alpha);
  }
  return alpha as number;
}

/** This library's name for a TF.js activation; `linear` when absent. */
function activationName(value: unknown, where: string, label: string): string {
  if (value === undefined || value === null) return "linear";
  if (typeof value !== "string") {
    fail(where, "expected an activation name", value);
  }
  const name = FROM_TFJS.get(value as string);
  if (name !== undefined) return name;
  throw new ModelFormatError(
    where,
    `${label} has activation ${value}, which this library lacks; fromTfjs reads ${READ_ACTIVATIONS}`,
  );
}

/** The manifest's weight `<layer name>/<part>`, marked used. */
function weightOf({ label, name }: Entry, weights: Map<string, Weight>, part: string): Weight {
  const weight = weights.get(`${name}/${part}`);
  if (weight === undefined) {
    throw new ModelFormatError(
      "weightsManifest",
      `has no weight '${name}/${part}', which ${label} needs`,
    );
  }
  weight.used = true;
  return weight;
}

function checkShape(weight: Weight, { label }: Entry, part: string, expected: number[]): void {
  if (weight.shape.join() !== expected.join()) {
    throw new ModelFormatError(
      `${weight.where}.shape`,
      `${label} expects a ${part} of shape [${expected.join(", ")}], got [${
        weight.shape.join(", ")
      }]`,
    );
  }
}

/** The manifest's weights by name, their values read from `bytes` in order. */
function readWeights(value: unknown, bytes: Uint8Array): Map<string, Weight> {
  if (!Array.isArray(value) || value.length === 0) {
    fail("weightsManifest", "expected a non-empty array of weight groups", value);
  }
  const specs: {
    where: string;
    name: string;
    shape: number[];
    optimizer: boolean;
  }[] = [];
  (value as unknown[]).forEach((group, g) => {
    const list = record(group, `weightsManifest[${g}]`).weights;
    if (!Array.isArray(list)) {
      fail(`weightsManifest[${g}].weights`, "expected an array", list);
    }
    (list as unknown[]).forEach((item, k) =>
      specs.push(specOf(item, `weightsManifest[${g}].weights[${k}]`))
    );
  });
  const expected = specs.reduce((sum, spec) => sum + 4 * size(spec.shape), 0);
  if (expected !== bytes.byteLength) {
    throw new ModelFormatError(
      "weightsManifest",
      `the weights listed take ${expected} bytes, but weightData has ${bytes.byteLength}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Map<string, Weight>();
  let offset = 0;
  for (const { where, name, shape, optimizer } of specs) {
    const values = new Float64Array(size(shape));
    for (let k = 0; k < values.length; k++, offset += 4) {
      values[k] = view.getFloat32(offset, true);
      if (!Number.isFinite(values[k])) {
        throw new ModelFormatError(where, `weight '${name}' has ${values[k]} at index ${k}`);
      }
    }
    if (optimizer) continue;
    if (weights.has(name)) {
      throw new ModelFormatError(`${where}.name`, `weight '${name}' is listed twice`);
    }
    weights.set(name, { where, shape, values, used: false });
  }
  return weights;
}

/** One weight's description, checked: a name, a shape of sizes, float32, not quantized. */
function specOf(item: unknown, where: string) {
  const spec = record(item, where);
  if (typeof spec.name !== "string") {
    fail(`${where}.name`, "expected a weight name", spec.name);
  }
  const name = spec.name as string;
  const shape = spec.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    fail(`${where}.shape`, "expected an array of sizes", shape);
  }
  if (spec.quantization !== undefined) {
    throw new ModelFormatError(
      `${where}.quantization`,
      `weight '${name}' is quantized; fromTfjs reads float32 weights only`,
    );
  }
  if (spec.dtype !== "float32") {
    throw new ModelFormatError(
      `${where}.dtype`,
      `weight '${name}' is ${describe(spec.dtype)}; fromTfjs reads float32 weights only`,
    );
  }
  return {
    where,
    name,
    shape: shape as number[],
    optimizer: spec.group === "optimizer",
  };
}

function size(shape: number[]): number {
  return shape.reduce((product, d) => product * d, 1);
}

/** The bytes of `weightData`, joined when TF.js gives them as an array of buffers. */
function bytesOf(data: ArrayBuffer | ArrayBufferView | readonly ArrayBuffer[]): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (Array.isArray(data) && data.every((part) => part instanceof ArrayBuffer)) {
    const joined = new Uint8Array(data.reduce((sum, part) => sum + part.byteLength, 0));
    let offset = 0;
    for (const part of data) {
      joined.set(new Uint8Array(part), offset);
      offset += part.byteLength;
    }
    return joined;
  }
  throw new TypeError(
    `fromTfjs: weightData must be an ArrayBuffer, a typed array or an array of ArrayBuffers, got ${
      describe(data)
    }`,
  );
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(where, "expected an object", value);
  }
  return value as Record<string, unknown>;
}

/** Throws `where: expected …, got …`. */
function fail(where: string, expected: string, got: unknown): never {
  throw new ModelFormatError(
    where,
    `${expected}, got ${got === undefined ? "nothing" : describe(got)}`,
  );
}
