/**
 * Saving and loading models as files: atomic writes, and every failure to load
 * reported with the file's path and the bad field.
 *
 * @module
 */
import { describe } from "../lib/primitives/matrix.ts";
import { ModelFormatError } from "../lib/primitives/model_format_error.ts";
import { type ModelLayer, type Prediction, Sequential } from "../lib/model/sequential.ts";

import { writeFileAtomic, writeFileAtomicSync } from "./atomic.ts";
import { jsonErrorPlace } from "./_json_error.ts";
import { scanJSON } from "./_json_scan.ts";
import {
  asyncFileSystem,
  checkPath,
  type FileSystem,
  messageOf,
  runAsync,
  runSync,
  step,
  type Steps,
  syncFileSystem,
} from "./_steps.ts";

/** Options of {@linkcode ModelFileError}'s constructor. */
export interface ModelFileErrorOptions {
  /** Path of the bad field inside the file, such as `layers[1].weights[2]`. */
  field?: string;
  /** The error that caused this one. */
  cause?: unknown;
}

/**
 * A model file that cannot be loaded. The message starts with the file's path
 * (and then the bad field's, when there is one):
 * `model.json: layers[1].weights[2]: expected 3 numbers, got 2`.
 *
 * @example Tell a missing file from a damaged one
 * ```ts
 * import { loadModel, ModelFileError } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const dir = await Deno.makeTempDir();
 * try {
 *   await assert.rejects(loadModel(`${dir}/model.json`), (error) => {
 *     assert.ok(error instanceof ModelFileError);
 *     assert.equal(error.path, `${dir}/model.json`);
 *     assert.equal(error.field, undefined);
 *     assert.equal(error.message, `${dir}/model.json: no such file`);
 *     return true;
 *   });
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 */
export class ModelFileError extends Error {
  /** The file, as given to the function that read it. */
  readonly path: string;
  /** Path of the bad field inside the file, or `undefined` when the file as a whole is bad. */
  readonly field: string | undefined;

  /**
   * Reports a problem with a model file.
   *
   * @param path The file.
   * @param message What is wrong with it, without the path.
   * @param options The bad field and the original error.
   */
  constructor(path: string, message: string, options: ModelFileErrorOptions = {}) {
    super(`${path}: ${message}`, "cause" in options ? { cause: options.cause } : undefined);
    this.name = "ModelFileError";
    this.path = path;
    this.field = options.field;
  }
}

/** Limits of {@linkcode loadModel} and {@linkcode loadModelSync}, so that a hostile file fails fast. */
export interface LoadOptions {
  /** The largest file accepted, in bytes; default 256 MiB. */
  maxBytes?: number;
  /** The deepest nesting of arrays and objects accepted; default 100 (a model needs 5, plus its metadata's). */
  maxDepth?: number;
}

const MAX_BYTES = 256 * 1024 * 1024;
const MAX_DEPTH = 100;

/**
 * Saves a model to a file, atomically (see {@linkcode writeFileAtomic}): a
 * crash mid-save leaves the previous file intact. The file is the model's
 * `toJSON()`, one top-level field per line and one layer per line.
 *
 * @param path The file to write.
 * @param model The model.
 * @throws {TypeError} If `path` or `model` is of the wrong type.
 * @throws {Error} If writing fails, or the model holds a number JSON cannot
 *   store (NaN, ±Infinity); the previous file, if any, is unchanged.
 *
 * @example Save and load
 * ```ts
 * import { Sequential } from "@backprop/core";
 * import { loadModel, saveModel } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 4, activation: "relu" },
 *   { inputDim: 4, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 1 });
 * const dir = await Deno.makeTempDir();
 * try {
 *   await saveModel(`${dir}/model.json`, model);
 *   const copy = await loadModel(`${dir}/model.json`);
 *   assert.deepEqual(copy.forward([[1, 2]]).toArray(), model.forward([[1, 2]]).toArray());
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 */
export async function saveModel(
  path: string,
  model: Sequential<Prediction, ModelLayer>,
): Promise<void> {
  checkPath("saveModel", path);
  await writeFileAtomic(path, jsonLines(modelJSON("saveModel", model)));
}

/**
 * Saves a model to a file synchronously, as {@linkcode saveModel} does.
 *
 * @param path The file to write.
 * @param model The model.
 * @throws {TypeError} If `path` or `model` is of the wrong type.
 * @throws {Error} If writing fails; the previous file, if any, is unchanged.
 *
 * @example One layer per line
 * ```ts
 * import { Sequential } from "@backprop/core";
 * import { saveModelSync } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 3, activation: "tanh" },
 *   { inputDim: 3, outputDim: 1 },
 * ], { seed: 2 });
 * const dir = Deno.makeTempDirSync();
 * try {
 *   saveModelSync(`${dir}/model.json`, model);
 *   const lines = Deno.readTextFileSync(`${dir}/model.json`).split("\n");
 *   assert.equal(lines.filter((line) => line.includes('"type":"dense"')).length, 2);
 * } finally {
 *   Deno.removeSync(dir, { recursive: true });
 * }
 * ```
 */
export function saveModelSync(path: string, model: Sequential<Prediction, ModelLayer>): void {
  checkPath("saveModelSync", path);
  writeFileAtomicSync(path, jsonLines(modelJSON("saveModelSync", model)));
}

/**
 * Loads a model saved by {@linkcode saveModel} (or any file holding
 * `model.toJSON()` as JSON), checking every field.
 *
 * @param path The file to read.
 * @returns The model.
 * @throws {ModelFileError} If the file cannot be read, is not JSON or is not a
 *   valid model; the message names the file, and the field when there is one.
 *
 * @example A hand-edited file names the bad field
 * ```ts
 * import { Sequential } from "@backprop/core";
 * import { loadModel, ModelFileError } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 3 });
 * const json = model.toJSON();
 * json.layers[0].weights[1] = [];
 * const dir = await Deno.makeTempDir();
 * try {
 *   await Deno.writeTextFile(`${dir}/model.json`, JSON.stringify(json));
 *   await assert.rejects(loadModel(`${dir}/model.json`), (error) => {
 *     assert.ok(error instanceof ModelFileError);
 *     assert.equal(error.field, "layers[0].weights[1]");
 *     assert.match(error.message, /model\.json: layers\[0\]\.weights\[1\]: expected 1 numbers, got 0$/);
 *     return true;
 *   });
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 */
export function loadModel(
  path: string,
  options: LoadOptions = {},
): Promise<Sequential<Prediction, ModelLayer>> {
  return runAsync(readModel("loadModel", path, options, asyncFileSystem));
}

/**
 * Loads a model synchronously, as {@linkcode loadModel} does.
 *
 * @param path The file to read.
 * @returns The model.
 * @throws {ModelFileError} If the file cannot be read, is not JSON or is not a valid model.
 *
 * @example A truncated file
 * ```ts
 * import { Sequential } from "@backprop/core";
 * import { loadModelSync, saveModelSync } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([{ inputDim: 3, outputDim: 2 }], { seed: 4 });
 * const dir = Deno.makeTempDirSync();
 * try {
 *   const path = `${dir}/model.json`;
 *   saveModelSync(path, model);
 *   assert.deepEqual(loadModelSync(path).toJSON(), model.toJSON());
 *   Deno.truncateSync(path, 40);
 *   assert.throws(() => loadModelSync(path), /model\.json: not valid JSON \(truncated\?\) at line 3/);
 * } finally {
 *   Deno.removeSync(dir, { recursive: true });
 * }
 * ```
 */
export function loadModelSync(
  path: string,
  options: LoadOptions = {},
): Sequential<Prediction, ModelLayer> {
  return runSync(readModel("loadModelSync", path, options, syncFileSystem));
}

function modelJSON(owner: string, model: Sequential<Prediction, ModelLayer>): object {
  const toJSON = (model as { toJSON?: unknown } | null)?.toJSON;
  if (typeof toJSON !== "function") {
    throw new TypeError(`${owner} needs a model (a Sequential), got ${describe(model)}`);
  }
  return toJSON.call(model);
}

/** JSON text for `json`: one top-level field per line, arrays of objects one entry per line. */
function* jsonLines(json: object): Generator<string> {
  const fields = Object.entries(json).filter(([, value]) => representable(value));
  yield "{";
  for (const [i, [key, value]] of fields.entries()) {
    yield `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.some(isObject)) {
      yield* arrayLines(value, key);
    } else {
      yield stringify(value, key);
    }
    if (i < fields.length - 1) yield ",";
  }
  yield "\n}\n";
}

function* arrayLines(values: unknown[], key: string): Generator<string> {
  yield "[";
  for (const [i, value] of values.entries()) {
    const text = representable(value) ? stringify(value, `${key}[${i}]`) : "null";
    yield `\n    ${text}${i < values.length - 1 ? "," : ""}`;
  }
  yield "\n  ]";
}

function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === "object";
}

/** `JSON.stringify`, refusing the numbers JSON would silently turn into `null`. */
function stringify(value: unknown, where: string): string {
  return JSON.stringify(value, (_key, v) => {
    if (typeof v === "number" && !Number.isFinite(v)) {
      throw new RangeError(`${where} holds ${v}, which JSON cannot store`);
    }
    return v;
  });
}

function* readModel(
  owner: string,
  path: string,
  options: LoadOptions,
  fs: FileSystem,
): Steps<Sequential<Prediction, ModelLayer>> {
  checkPath(owner, path);
  const { maxBytes, maxDepth } = limits(owner, options);
  let bytes: Uint8Array;
  let sized: boolean;
  try {
    const info = yield* step(fs.stat(path));
    sized = info.isFile;
    if (info.isFile && info.size > maxBytes) throw tooLarge(path, `${info.size}`, maxBytes);
    bytes = sized ? yield* step(fs.readFile(path)) : yield* readAtMost(path, maxBytes + 1, fs); // a device or a pipe has no size to check first
  } catch (error) {
    if (error instanceof ModelFileError) throw error;
    throw new ModelFileError(path, readFailure(error), { cause: error });
  }
  if (bytes.length > maxBytes) {
    throw tooLarge(path, sized ? `${bytes.length}` : `at least ${bytes.length}`, maxBytes);
  }
  const text = decode(path, bytes);
  const found = scanJSON(text, maxDepth);
  if (found !== null) {
    const { field, reason, line, column } = found;
    const limit = reason.startsWith("nested") ? " (the maxDepth option raises the limit)" : "";
    throw new ModelFileError(
      path,
      `${field === "" ? "" : `${field}: `}${reason}${limit}, at line ${line}, column ${column}`,
      { field: field === "" ? undefined : field },
    );
  }
  return buildModel(path, parseJSON(path, text));
}

function limits(owner: string, options: LoadOptions): Required<LoadOptions> {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${owner} options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== "maxBytes" && key !== "maxDepth") {
      throw new TypeError(`${owner} has no option "${key}"; known options: maxBytes, maxDepth`);
    }
  }
  const positive = (key: keyof LoadOptions, fallback: number): number => {
    const value = options[key] ?? fallback;
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${owner} ${key} must be a positive integer, got ${describe(value)}`);
    }
    return value;
  };
  return { maxBytes: positive("maxBytes", MAX_BYTES), maxDepth: positive("maxDepth", MAX_DEPTH) };
}

/** The first `limit` bytes of `path`, or all of it if shorter. */
function* readAtMost(path: string, limit: number, fs: FileSystem): Steps<Uint8Array> {
  const file = yield* step(fs.open(path, { read: true }));
  try {
    let buffer = new Uint8Array(Math.min(limit, 1 << 16));
    let length = 0;
    while (length < limit) {
      if (length === buffer.length) {
        const grown = new Uint8Array(Math.min(limit, 2 * buffer.length));
        grown.set(buffer);
        buffer = grown;
      }
      const count = yield* step(fs.read(file, buffer.subarray(length)));
      if (count === null) break;
      length += count;
    }
    return buffer.subarray(0, length);
  } finally {
    file.close();
  }
}

function tooLarge(path: string, size: string, limit: number): ModelFileError {
  return new ModelFileError(
    path,
    `the file has ${size} bytes, more than the ${limit} a model file may have ` +
      "(the maxBytes option raises the limit)",
  );
}

function readFailure(error: unknown): string {
  if (error instanceof Deno.errors.NotFound) return "no such file";
  if (error instanceof Deno.errors.IsADirectory) return "is a directory, not a model file";
  return `could not read the file: ${messageOf(error)}`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ModelFileError(path, "the file is empty");
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new ModelFileError(path, "not a text file (not valid UTF-8)", { cause: error });
  }
}

function parseJSON(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { line, column, atEnd, reason } = jsonErrorPlace(messageOf(error), text);
    const where = line === undefined ? "" : ` at line ${line}, column ${column}`;
    const hint = atEnd ? " (truncated?)" : "";
    throw new ModelFileError(path, `not valid JSON${hint}${where}: ${reason}`, { cause: error });
  }
}

function buildModel(path: string, json: unknown): Sequential<Prediction, ModelLayer> {
  try {
    return Sequential.fromJSON(json);
  } catch (error) {
    const field = error instanceof ModelFormatError ? error.field : undefined;
    throw new ModelFileError(path, messageOf(error), { field, cause: error });
  }
}
