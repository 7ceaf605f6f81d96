/**
 * onnxruntime (npm:onnxruntime-node, its CPU engine) runs the files `toOnnx`
 * writes and must predict what the library predicts: to 1e-12 of the largest
 * output in float64, 1e-6 in float32, for every activation, with scalers and dropout.
 */
import assert from "node:assert/strict";
import * as ort from "npm:onnxruntime-node@^1";
import { toOnnx } from "../mod.ts";
import { expected, exportCases } from "../tests/fixtures/export_models.ts";

/** onnxruntime's CPU engine has no float64 kernel for Erf, which `gelu` needs. */
const NO_FLOAT64_KERNEL = new Set(["gelu regressor"]);

for (const dtype of ["float64", "float32"] as const) {
  Deno.test(`onnxruntime predicts what the library predicts (${dtype})`, async () => {
    const tolerance = dtype === "float64" ? 1e-12 : 1e-6;
    let largest = 0;
    for (const example of exportCases()) {
      if (dtype === "float64" && NO_FLOAT64_KERNEL.has(example.name)) continue;
      const session = await ort.InferenceSession.create(toOnnx(example.model, { dtype }));
      const values = example.x.flat();
      const input = new ort.Tensor(
        dtype,
        dtype === "float64" ? Float64Array.from(values) : Float32Array.from(values),
        [example.x.length, 3],
      );
      const outputs = await session.run({ input });
      const name = example.classifier ? "probabilities" : "output";
      assert.deepEqual(Object.keys(outputs), [name], example.name);
      const got = outputs[name].data as Float64Array | Float32Array;
      const want = expected(example);
      const top = Math.max(...Array.from(want, Math.abs));
      assert.equal(got.length, want.length, example.name);
      for (let k = 0; k < want.length; k++) {
        largest = Math.max(largest, Math.abs(got[k] - want[k]) / top);
        assert.ok(
          Math.abs(got[k] - want[k]) <= tolerance * top,
          `${example.name}, ${dtype}, entry ${k}: ${got[k]} vs ${want[k]}`,
        );
      }
    }
    console.log(`${dtype}: largest difference ${largest.toExponential(1)} of the largest output`);
  });
}
