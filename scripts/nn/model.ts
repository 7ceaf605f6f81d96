/**
 * Loading a model saved by `nn train`, with the schema its metadata holds.
 *
 * @module
 */
import {
  Dropout,
  type DType,
  type LayerSpec,
  type ModelLayer,
  type Prediction,
  Sequential,
} from "../../mod.ts";
import { loadModel, ModelFileError } from "../../io/mod.ts";
import { messageOf, readFailure } from "../message.ts";
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
export async function readArchitecture(
  path: string,
  seed: number,
  dtype: DType = "float64",
): Promise<Sequential> {
  try {
    return Sequential.fromArchitecture(JSON.parse(await Deno.readTextFile(path)), { seed, dtype });
  } catch (error) {
    throw new DataError(`${path}: ${readFailure(error)}`, { cause: error });
  }
}

/** Regularization of a stack of layers. */
export interface Regularization {
  /** L2 penalty factor on every layer's weights (0: none). */
  l2: number;
  /** Dropout rate after every hidden layer (0: none). */
  dropout: number;
}

/**
 * A fully connected stack through `sizes` (inputs, hidden sizes, outputs):
 * `activation` on the hidden layers, `output` on the last; with
 * `regularization`, an L2 penalty on every layer and a `Dropout` after every
 * hidden one (seeded `seed + 1`, `seed + 2`, …). The weights are the same as
 * without regularization. `dtype` is every layer's (see `Dense.dtype`).
 *
 * @throws {RangeError} `--activation: …` for an unknown activation.
 */
export function stackLayers(
  sizes: readonly number[],
  activation: string,
  output: string,
  seed: number,
  regularization: Regularization = { l2: 0, dropout: 0 },
  dtype: DType = "float64",
): Sequential<Prediction, ModelLayer> {
  const { l2, dropout } = regularization;
  const layers = sizes.slice(1).map((size, i): LayerSpec => ({
    inputDim: sizes[i],
    outputDim: size,
    activation: (i === sizes.length - 2 ? output : activation) as LayerSpec["activation"],
    ...(l2 > 0 ? { l2 } : {}),
  }));
  let model: Sequential;
  try {
    model = Sequential.fromArchitecture(layers, { seed, dtype });
  } catch (error) {
    throw new RangeError(`--activation: ${messageOf(error)}`);
  }
  if (dropout === 0) return model;
  const last = model.layers.length - 1;
  return new Sequential<Prediction, ModelLayer>(
    model.layers.flatMap((layer, i) =>
      i === last ? [layer] : [layer, new Dropout(dropout, { seed: seed + i + 1 })]
    ),
  );
}
