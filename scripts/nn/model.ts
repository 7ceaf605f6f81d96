/**
 * Loading a model saved by `nn train`, with the schema its metadata holds.
 *
 * @module
 */
import { type LayerSpec, type ModelLayer, type Prediction, Sequential } from "../../mod.ts";
import { loadModel, ModelFileError } from "../../io/mod.ts";
import { messageOf } from "../message.ts";
import { DataError } from "./csv.ts";
import { type Schema, schemaOf } from "./schema.ts";

/** A loaded model and its data schema. */
export interface Trained {
  path: string;
  model: Sequential<Prediction, ModelLayer>;
  schema: Schema;
}

/**
 * Loads `path` and checks its metadata.
 *
 * @throws {Error} A `ModelFileError` for a missing or damaged file; an error
 *   naming the metadata field for a model `nn` cannot use.
 */
export async function loadTrained(path: string): Promise<Trained> {
  let model;
  try {
    model = await loadModel(path);
  } catch (error) {
    if (!(error instanceof ModelFileError && /: not valid JSON/.test(error.message))) throw error;
    throw new DataError(
      `${error.message}\n--model takes the JSON model file that nn train --out wrote`,
      { cause: error },
    );
  }
  return { path, model, schema: schemaOf(model, path) };
}

/**
 * A network built from an architecture file (a JSON array of
 * `{ inputDim, outputDim, activation }`, as `Sequential.fromArchitecture` takes).
 *
 * @throws {DataError} Naming the file, and the entry when one is bad.
 */
export async function readArchitecture(path: string, seed: number): Promise<Sequential> {
  try {
    return Sequential.fromArchitecture(JSON.parse(await Deno.readTextFile(path)), { seed });
  } catch (error) {
    const reason = error instanceof Deno.errors.NotFound ? "no such file" : messageOf(error);
    throw new DataError(`${path}: ${reason}`, { cause: error });
  }
}

/**
 * A fully connected stack through `sizes` (inputs, hidden sizes, outputs):
 * `activation` on the hidden layers, `output` on the last.
 *
 * @throws {RangeError} `--activation: …` for an unknown activation.
 */
export function stackLayers(
  sizes: readonly number[],
  activation: string,
  output: string,
  seed: number,
): Sequential {
  const layers = sizes.slice(1).map((size, i): LayerSpec => ({
    inputDim: sizes[i],
    outputDim: size,
    activation: (i === sizes.length - 2 ? output : activation) as LayerSpec["activation"],
  }));
  try {
    return Sequential.fromArchitecture(layers, { seed });
  } catch (error) {
    throw new RangeError(`--activation: ${messageOf(error)}`);
  }
}
