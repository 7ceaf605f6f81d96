/**
 * `nn import`: an ONNX file or a TF.js layers model as a model file of this
 * library, for `nn summary`, `nn export` and code.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { saveModel } from "../../io/mod.ts";
import {
  Dense,
  fromOnnx,
  fromTfjs,
  MODEL_FORMAT,
  ModelFormatError,
  type ModelLayer,
  type Prediction,
  type Sequential,
} from "../../mod.ts";
import { type Command, type Flags, type Output, required } from "./command.ts";
import { formatOf } from "./export.ts";
import { checkOutFile } from "./files.ts";
import { hasSchema } from "./schema.ts";
import { readFailure } from "../message.ts";

/** Reads a file, saying which flag named it when it cannot. */
async function read(path: string, what: string): Promise<Uint8Array> {
  try {
    return await Deno.readFile(path);
  } catch (error) {
    throw new Error(`${what} ${path}: ${readFailure(error)}`, { cause: error });
  }
}

/** A TF.js model.json, parsed, and the paths of the weight files its manifest names (beside it). */
async function readManifest(path: string): Promise<{ modelJson: unknown; weights: string[] }> {
  let modelJson: unknown;
  try {
    modelJson = JSON.parse(new TextDecoder().decode(await read(path, "--from")));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new Error(`--from ${path} is not JSON: ${error.message}`, { cause: error });
  }
  if ((modelJson as { format?: unknown })?.format === MODEL_FORMAT) {
    throw new Error(`--from ${path} is a model file of this library already; nothing to import`);
  }
  const manifest = (modelJson as { weightsManifest?: unknown })?.weightsManifest;
  const files: unknown[] = Array.isArray(manifest)
    ? manifest.flatMap((group) => Array.isArray(group?.paths) ? group.paths : [])
    : [];
  const weights = files.filter((file) => typeof file === "string").map((file) =>
    join(dirname(path), file as string)
  );
  return { modelJson, weights };
}

/** The model from a model.json and its weight files, joined in manifest order. */
async function readTfjs(
  path: string,
  { modelJson, weights }: { modelJson: unknown; weights: string[] },
): Promise<Sequential<Prediction, ModelLayer>> {
  const parts: Uint8Array[] = [];
  for (const file of weights) parts.push(await read(file, `the weights file named in ${path}:`));
  const weightData = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((at, part) => (weightData.set(part, at), at + part.length), 0);
  return fromTfjs(modelJson, weightData);
}

async function run(flags: Flags, output: Output): Promise<number> {
  const from = required(flags, "from", "import");
  const out = required(flags, "out", "import");
  const format = formatOf(from, flags, "--from");
  const manifest = format === "tfjs" ? await readManifest(from) : undefined;
  const files = manifest?.weights ?? [];
  const weights = Object.fromEntries(
    files.map((
      file,
      k,
    ) => [files.length === 1 ? "--from weights" : `--from weights ${k + 1}`, file]),
  );
  await checkOutFile(out, "--out", { "--from": from, ...weights });
  let model: Sequential<Prediction, ModelLayer>;
  try {
    model = manifest === undefined
      ? fromOnnx(await read(from, "--from"))
      : await readTfjs(from, manifest);
  } catch (error) {
    if (!(error instanceof ModelFormatError)) throw error;
    throw new Error(`--from ${from}: ${error.message}`, { cause: error });
  }
  await saveModel(out, model);
  const layers = model.layers.map((layer) =>
    layer instanceof Dense
      ? `${layer.inputs}→${layer.outputs} ${layer.activation.name}`
      : layer.type
  );
  if (output.json) {
    console.log(JSON.stringify({
      command: "import",
      from,
      format,
      out,
      layers,
      scalers: { inputs: model.inputScaler !== null, targets: model.targetScaler !== null },
      columns: hasSchema(model),
    }));
    return 0;
  }
  output.log(`Read ${from} (${format === "onnx" ? "ONNX" : "TF.js"}): ${layers.join(", ")}`);
  output.log(`Wrote ${out}`);
  if (!hasSchema(model)) {
    output.log(
      "It has no column names (it was not trained by nn train), so nn evaluate and nn predict " +
        "cannot read CSV files with it; load it in code with loadModel.",
    );
  }
  return 0;
}

/** The `import` command. */
export const importCommand: Command = {
  name: "import",
  summary: "read an ONNX file or a TF.js model into a model file of this library",
  usage: "--from FILE.onnx|model.json --out MODEL.json [--format onnx|tfjs]",
  flags: {
    from: [
      "string",
      "FILE",
      "an .onnx file, or a TF.js model.json with its weight files beside it",
    ],
    out: ["string", "MODEL.json", "where to write the model (replaced only once complete)"],
    format: ["string", "NAME", "onnx or tfjs; by default, onnx for .onnx and tfjs for .json"],
  },
  examples: [
    "nn import --from mlp.onnx --out mlp.json",
    "nn import --from web/model.json --out model.json",
  ],
  run,
};
