/**
 * The model file format: plain, versioned JSON that names plugins by their
 * registry names.
 *
 * ```json
 * {
 *   "format": "backprop.sequential",
 *   "version": 2,
 *   "layers": [
 *     { "type": "dense", "inputs": 2, "outputs": 1, "activation": "sigmoid",
 *       "weights": [[0.5], [-0.25]], "bias": [0.1] }
 *   ]
 * }
 * ```
 *
 * `weights` is a nested array inputs × outputs; `bias` is an array of `outputs`
 * numbers, or `null` for a layer without bias. `activationOptions` is present only
 * for activations built with options (such as `leakyRelu`'s `alpha`). A model
 * that carries scalers has `inputScaler` and/or `targetScaler`, each
 * `{ "kind": "standard" | "minMax", "offset": [...], "scale": [...] }` with one
 * number per column: the network sees `(x − offset) / scale`. `metadata`, when
 * present, is any JSON object the user attached to the model (column and class
 * names, provenance), kept as it is. A frozen layer (see `Dense.trainable`) has
 * `"trainable": false`. Unknown fields are errors, so a misspelt
 * field is never silently ignored.
 *
 * Version 2 adds weight penalties on dense layers (`"l1"`, `"l2"`, present
 * when not 0) and dropout layers,
 * `{ "type": "dropout", "inputs": 8, "outputs": 8, "rate": 0.5, "seed": 1, "state": [...] }`,
 * where `state` (four 32-bit words; optional, default the seed's) is where
 * its mask generator is, so training resumes with the masks it would have drawn.
 * Files of version 1, which have neither, still load.
 *
 * Version 3 adds `"dtype": "float32"` on dense layers whose products run in
 * float32 (see `Dense.dtype`). A model without such a layer is written as
 * version 2, so that readers of version 2 keep reading it.
 *
 * @module
 */
import { activations } from "../../plugins/activations.ts";
import { Dense, type LayerJSON } from "./dense.ts";
import { Dropout, type DropoutJSON } from "./dropout.ts";
import { checkReloadable } from "./reloadable.ts";

export type { DropoutJSON, LayerJSON };
import { describe } from "../primitives/matrix.ts";
import { ModelFormatError, rejectUnknownKeys } from "../primitives/model_format_error.ts";
import { type Scaler, scalerFromJSON, type ScalerJSON } from "../data/scaler.ts";

/** Value of the `format` field. */
export const MODEL_FORMAT = "backprop.sequential";
/**
 * The newest format version, which this library reads with every earlier one. It
 * writes version 3 for models with a float32 layer, else version 2.
 */
export const MODEL_VERSION = 3;

/** The first version with float32 layers; a model without one is written as the version before. */
const FLOAT32_SINCE = 3, BEFORE_FLOAT32 = 2;

/**
 * A model file's content; `J` narrows the layers' type (a model of dense
 * layers only gives `ModelJSON<LayerJSON>`).
 */
export interface ModelJSON<J extends LayerJSON | DropoutJSON = LayerJSON | DropoutJSON> {
  /** Always `"backprop.sequential"`. */
  format: typeof MODEL_FORMAT;
  /** Format version: 3 (with float32 layers), 2, or 1 (no penalties, no dropout). */
  version: 1 | 2 | typeof MODEL_VERSION;
  /** Layers, input side first. */
  layers: J[];
  /** Scaler applied to raw inputs before the first layer, when the model has one. */
  inputScaler?: ScalerJSON;
  /** Scaler whose inverse maps the output back to target units, when the model has one. */
  targetScaler?: ScalerJSON;
  /** The model's metadata, when it has any. */
  metadata?: Record<string, unknown>;
}

/** What a model file holds, built: layers and the optional scalers. */
export interface ParsedModel {
  layers: (Dense | Dropout)[];
  inputScaler: Scaler | null;
  targetScaler: Scaler | null;
  metadata: Record<string, unknown>;
}

const ROOT_KEYS = ["format", "version", "layers", "inputScaler", "targetScaler", "metadata"];
const LAYER_KEYS = [
  "type",
  "inputs",
  "outputs",
  "activation",
  "activationOptions",
  "weights",
  "bias",
  "trainable",
  "l1",
  "l2",
  "dtype",
];
const DROPOUT_KEYS = ["type", "inputs", "outputs", "rate", "seed", "state"];

/** Serialises layers, scalers and (already checked and copied) metadata to the model format. */
export function sequentialToJSON(
  layers: readonly (Dense | Dropout)[],
  inputScaler: Scaler | null,
  targetScaler: Scaler | null,
  metadata: Record<string, unknown>,
): ModelJSON {
  const records = layers.map((layer, i) => {
    checkReloadable(layer.activation, `layers[${i}]`);
    return layer.toJSON();
  });
  const float32 = records.some((record) => record.type === "dense" && record.dtype === "float32");
  const json: ModelJSON = {
    format: MODEL_FORMAT,
    version: float32 ? FLOAT32_SINCE : BEFORE_FLOAT32,
    layers: records,
  };
  if (inputScaler !== null) json.inputScaler = inputScaler.toJSON();
  if (targetScaler !== null) json.targetScaler = targetScaler.toJSON();
  if (Object.keys(metadata).length > 0) json.metadata = metadata;
  return json;
}

/**
 * Validates a parsed model file and builds its layers.
 *
 * @throws {ModelFormatError} If a field is missing or malformed.
 */
export function parseModelJSON(json: unknown): ParsedModel {
  const root = record(json, "model");
  rejectUnknownKeys(root, ROOT_KEYS, "");
  if (root.format !== MODEL_FORMAT) {
    fail("format", `expected "${MODEL_FORMAT}"`, root.format);
  }
  if (root.version !== 1 && root.version !== 2 && root.version !== MODEL_VERSION) {
    throw new ModelFormatError(
      "version",
      `this library reads versions 1 to ${MODEL_VERSION}, got ${describe(root.version)}`,
    );
  }
  const version = root.version;
  if (!Array.isArray(root.layers) || root.layers.length === 0) {
    fail("layers", "expected a non-empty array", root.layers);
  }
  const entries = root.layers as unknown[];
  const layers = entries.map((entry, i) => {
    const where = `layers[${i}]`;
    const layer = record(entry, where);
    if (layer.type === "dropout" && version !== 1) return dropoutOf(layer, where, entries, i);
    if (layer.type !== "dense") {
      fail(
        `${where}.type`,
        version === 1 ? `expected "dense" in version 1` : `expected "dense" or "dropout"`,
        layer.type,
      );
    }
    rejectUnknownKeys(layer, LAYER_KEYS, where);
    const inputs = positiveInteger(layer.inputs, `${where}.inputs`);
    const outputs = positiveInteger(layer.outputs, `${where}.outputs`);
    if (i > 0) {
      const previous = (entries[i - 1] as Record<string, unknown>).outputs;
      if (inputs !== previous) {
        fail(`${where}.inputs`, `expected ${previous} to match layers[${i - 1}].outputs`, inputs);
      }
    }
    if (typeof layer.activation !== "string") {
      fail(`${where}.activation`, "expected an activation name", layer.activation);
    }
    const options = layer.activationOptions === undefined
      ? undefined
      : record(layer.activationOptions, `${where}.activationOptions`);
    const name = layer.activation as string;
    const path = activations.has(name) ? `${where}.activationOptions` : `${where}.activation`;
    let activation;
    try {
      activation = activations.get(name, options);
    } catch (error) {
      throw new ModelFormatError(path, (error as Error).message);
    }
    if (!Array.isArray(layer.weights) || layer.weights.length !== inputs) {
      fail(`${where}.weights`, `expected ${inputs} rows`, layer.weights, true);
    }
    const rows = (layer.weights as unknown[]).map((row, r) =>
      numbers(row, outputs, `${where}.weights[${r}]`)
    );
    const bias = layer.bias === null ? null : numbers(layer.bias, outputs, `${where}.bias`);
    const penalties: Record<string, number> = {};
    for (const key of ["l1", "l2"]) {
      if (layer[key] === undefined) continue;
      if (version === 1) {
        throw new ModelFormatError(`${where}.${key}`, "version 1 has no weight penalties");
      }
      const value = layer[key];
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        fail(`${where}.${key}`, "expected a number ≥ 0", value);
      }
      penalties[key] = value as number;
    }
    if (layer.dtype !== undefined) {
      if ((version as number) < FLOAT32_SINCE) {
        throw new ModelFormatError(`${where}.dtype`, `version ${version} has no float32 layers`);
      }
      if (layer.dtype !== "float32") {
        fail(`${where}.dtype`, `expected "float32" or no field (float64)`, layer.dtype);
      }
    }
    const dense = new Dense(inputs, outputs, {
      activation,
      bias: bias !== null,
      init: "zeros",
      seed: 0,
      ...penalties,
      dtype: layer.dtype === "float32" ? "float32" : "float64",
    });
    rows.forEach((row, r) => dense.weights.data.set(row, r * outputs));
    if (bias !== null) dense.bias?.set(bias);
    if (layer.trainable !== undefined) {
      if (layer.trainable !== false) {
        fail(`${where}.trainable`, "expected false (a frozen layer) or no field", layer.trainable);
      }
      dense.trainable = false;
    }
    return dense;
  });
  if (layers.every((layer) => layer instanceof Dropout)) {
    throw new ModelFormatError("layers", "expected at least one dense layer, got dropout only");
  }
  const scaler = (key: string, columns: number) => {
    if (root[key] === undefined) return null;
    const parsed = scalerFromJSON(root[key], key);
    if (parsed.offset.length !== columns) {
      fail(`${key}.offset`, `expected ${columns} numbers, one per column`, parsed.offset.length);
    }
    return parsed;
  };
  return {
    layers,
    inputScaler: scaler("inputScaler", layers[0].inputs),
    targetScaler: scaler("targetScaler", layers[layers.length - 1].outputs),
    metadata: root.metadata === undefined ? {} : checkMetadata(root.metadata, "metadata"),
  };
}

/** A dropout layer of a version-2 file, its width checked against the layer before. */
function dropoutOf(
  layer: Record<string, unknown>,
  where: string,
  entries: unknown[],
  i: number,
): Dropout {
  rejectUnknownKeys(layer, DROPOUT_KEYS, where);
  const inputs = positiveInteger(layer.inputs, `${where}.inputs`);
  const outputs = positiveInteger(layer.outputs, `${where}.outputs`);
  if (outputs !== inputs) fail(`${where}.outputs`, `expected ${inputs}, equal to inputs`, outputs);
  if (i > 0) {
    const previous = (entries[i - 1] as Record<string, unknown>).outputs;
    if (inputs !== previous) {
      fail(`${where}.inputs`, `expected ${previous} to match layers[${i - 1}].outputs`, inputs);
    }
  }
  const { rate, seed, state } = layer;
  if (typeof rate !== "number" || !(rate >= 0 && rate < 1)) {
    fail(`${where}.rate`, "expected a number in [0, 1)", rate);
  }
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    fail(`${where}.seed`, "expected a safe integer", seed);
  }
  let dropout: Dropout;
  try {
    dropout = new Dropout(rate as number, {
      seed: seed as number,
      state: state as number[] | undefined,
    });
  } catch (error) {
    throw new ModelFormatError(`${where}.state`, (error as Error).message);
  }
  dropout.connect(inputs);
  return dropout;
}

/**
 * A model's metadata, checked to be a JSON object (finite numbers, no
 * functions, no cycles) and copied.
 *
 * @throws {ModelFormatError} Naming the path of the first value JSON cannot hold.
 */
export function checkMetadata(value: unknown, where: string): Record<string, unknown> {
  record(value, where);
  jsonValue(value, where, new Set());
  return structuredClone(value) as Record<string, unknown>;
}

/** How deep metadata may nest: far more than any real use, far less than the call stack allows. */
const MAX_METADATA_DEPTH = 64;

function jsonValue(value: unknown, where: string, open: Set<unknown>, depth = 1): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(where, "expected a finite number", value);
    return;
  }
  if (typeof value !== "object") fail(where, "expected a JSON value", value);
  if (open.has(value)) throw new ModelFormatError(where, "refers back to itself");
  if (depth > MAX_METADATA_DEPTH) {
    throw new ModelFormatError(where, `nested deeper than ${MAX_METADATA_DEPTH} levels`);
  }
  open.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => jsonValue(item, `${where}[${i}]`, open, depth + 1));
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = proto?.constructor?.name ?? "an object";
      throw new ModelFormatError(where, `expected plain JSON data, got a ${kind}`);
    }
    for (const [key, item] of Object.entries(value as object)) {
      jsonValue(item, `${where}.${key}`, open, depth + 1);
    }
  }
  open.delete(value);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(where, "expected an object", value);
  }
  return value as Record<string, unknown>;
}

function positiveInteger(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    fail(where, "expected a positive integer", value);
  }
  return value as number;
}

function numbers(value: unknown, length: number, where: string): number[] {
  if (!Array.isArray(value) || value.length !== length) {
    fail(where, `expected ${length} numbers`, value, true);
  }
  const list = value as unknown[];
  list.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(`${where}[${k}]`, "expected a finite number", v);
    }
  });
  return list as number[];
}

/** Throws `where: expected …, got …`; an array is shown by its length when `count` is set. */
function fail(where: string, expected: string, got: unknown, count = false): never {
  const shown = got === undefined
    ? "nothing"
    : count && Array.isArray(got)
    ? String(got.length)
    : describe(got);
  throw new ModelFormatError(where, `${expected}, got ${shown}`);
}
