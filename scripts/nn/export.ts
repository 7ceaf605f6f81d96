/**
 * `nn export`: a saved model as a file other engines read (ONNX).
 *
 * @module
 */
import { loadModel, writeFileAtomic } from "../../io/mod.ts";
import { toOnnx } from "../../mod.ts";
import { type Command, type Flags, type Output, required } from "./command.ts";
import { checkOutFile } from "./files.ts";

async function run(flags: Flags, output: Output): Promise<number> {
  const path = required(flags, "model", "export");
  const out = required(flags, "out", "export");
  const format = (flags.format as string | undefined) ?? "onnx";
  if (format !== "onnx") throw new RangeError(`--format must be onnx, got "${format}"`);
  const dtype = (flags.dtype as string | undefined) ?? "float64";
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RangeError(`--dtype must be float32 or float64, got "${dtype}"`);
  }
  await checkOutFile(out, "--out", { "--model": path });
  const bytes = toOnnx(await loadModel(path), { dtype });
  await writeFileAtomic(out, bytes);
  if (output.json) {
    console.log(
      JSON.stringify({ command: "export", model: path, format, dtype, out, bytes: bytes.length }),
    );
  } else {
    output.log(`Wrote ${out}: ONNX (opset 13, ${dtype}), ${bytes.length} bytes, input "input"`);
  }
  return 0;
}

/** The `export` command. */
export const exportCommand: Command = {
  name: "export",
  summary: "write a saved model as an ONNX file for onnxruntime and other engines",
  usage: "--model MODEL.json --out MODEL.onnx [--dtype float32|float64]",
  flags: {
    model: ["string", "MODEL.json", "a saved model"],
    out: ["string", "FILE", "where to write it (replaced only once it is complete)"],
    format: ["string", "NAME", "onnx (the default, and the only one so far)"],
    dtype: ["string", "TYPE", "float64 (default, exact) or float32"],
  },
  examples: [
    "nn export --model iris.json --out iris.onnx",
    "nn export --model iris.json --out iris.onnx --dtype float32",
  ],
  run,
};
