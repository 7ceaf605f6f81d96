/**
 * `nn export`: a saved model as files other engines read (ONNX, or TF.js's
 * layers format).
 *
 * @module
 */
import { basename, dirname, join } from "node:path";
import { loadModel, writeFileAtomic } from "../../io/mod.ts";
import { toOnnx, toTfjs } from "../../mod.ts";
import { type Command, dtypeFlag, type Flags, type Output, required } from "./command.ts";
import { checkOutFile } from "./files.ts";

/** The format a file name suggests: `onnx` for `.onnx`, `tfjs` for `.json`. */
export function formatOf(path: string, flags: Flags, flag: string): "onnx" | "tfjs" {
  const given = flags.format as string | undefined;
  const format = given ?? (path.endsWith(".onnx") ? "onnx" : path.endsWith(".json") ? "tfjs" : "");
  if (format === "onnx" || format === "tfjs") return format;
  throw new RangeError(
    given === undefined
      ? `${flag} ${path}: give --format onnx or --format tfjs (the name ends in neither .onnx nor .json)`
      : `--format must be onnx or tfjs, got "${given}"`,
  );
}

/** The weights file beside a TF.js `model.json`: `model.weights.bin` for `model.json`. */
export function weightsFileOf(modelJsonPath: string): string {
  return `${basename(modelJsonPath).replace(/\.json$/, "")}.weights.bin`;
}

async function run(flags: Flags, output: Output): Promise<number> {
  const path = required(flags, "model", "export");
  const out = required(flags, "out", "export");
  const format = formatOf(out, flags, "--out");
  const wanted = flags.dtype === undefined ? undefined : dtypeFlag(flags.dtype as string);
  if (format === "tfjs" && wanted === "float64") {
    throw new RangeError(`--dtype ${wanted}: TF.js layers files hold float32 weights only`);
  }
  if (format === "tfjs" && !out.endsWith(".json")) {
    throw new RangeError(`--out ${out}: a TF.js model is a .json file (its weights go beside it)`);
  }
  await checkOutFile(out, "--out", { "--model": path });
  const model = await loadModel(path);
  const dtype = wanted ?? (model.dtype === "float32" ? "float32" : "float64");
  let written: Record<string, number>;
  let description: string;
  if (format === "onnx") {
    const bytes = toOnnx(model, { dtype });
    await writeFileAtomic(out, bytes);
    written = { [out]: bytes.length };
    description = `ONNX (opset 13, ${dtype}), input "input"`;
  } else {
    const { modelJson, weightData } = toTfjs(model);
    const weights = weightsFileOf(out);
    modelJson.weightsManifest[0].paths = [weights];
    const weightsPath = join(dirname(out), weights);
    await checkOutFile(weightsPath, "--out", { "--model": path });
    // The weights first: a model.json is never left naming weights that are not there.
    await writeFileAtomic(weightsPath, new Uint8Array(weightData));
    const text = JSON.stringify(modelJson);
    await writeFileAtomic(out, text);
    written = {
      [out]: new TextEncoder().encode(text).length,
      [weightsPath]: weightData.byteLength,
    };
    description = "TF.js layers model (float32), for tf.loadLayersModel";
  }
  if (output.json) {
    console.log(
      JSON.stringify({ command: "export", model: path, format, dtype, out, files: written }),
    );
  } else {
    const files = Object.entries(written).map(([file, size]) => `${file} (${size} bytes)`);
    output.log(`Wrote ${files.join(" and ")}: ${description}`);
  }
  return 0;
}

/** The `export` command. */
export const exportCommand: Command = {
  name: "export",
  summary: "write a saved model as an ONNX file or a TF.js model for other engines",
  usage:
    "--model MODEL.json --out FILE.onnx|FILE.json [--format onnx|tfjs] [--dtype float32|float64]",
  flags: {
    model: ["string", "MODEL.json", "a saved model"],
    out: [
      "string",
      "FILE",
      "where to write it (replaced only once complete); a TF.js model.json gets its weights " +
      "beside it, as model.weights.bin",
    ],
    format: ["string", "NAME", "onnx or tfjs; by default, onnx for .onnx and tfjs for .json"],
    dtype: [
      "string",
      "TYPE",
      "ONNX only: float64 or float32 (default: float32 for a model of float32 layers, else " +
      "float64, which is exact)",
    ],
  },
  examples: [
    "nn export --model iris.json --out iris.onnx",
    "nn export --model iris.json --out iris.onnx --dtype float32",
    "nn export --model iris.json --out web/iris-tfjs.json",
  ],
  run,
};
