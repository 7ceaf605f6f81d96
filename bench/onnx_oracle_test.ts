/**
 * onnxruntime runs the files `toOnnx` writes and must predict what the
 * library predicts: to 1e-12 of the largest output in float64, 1e-6 in
 * float32, for every activation, with scalers and dropout. And the other
 * way: what `fromOnnx` reads from files written as PyTorch and Keras
 * exporters write them predicts what onnxruntime computes from them. Both
 * engines: the native CPU one (onnxruntime-node) and the WebAssembly one that
 * browsers use (onnxruntime-web).
 */
import assert from "node:assert/strict";
import * as ortNode from "npm:onnxruntime-node@^1";
import * as ortWeb from "npm:onnxruntime-web@^1";
import { Dense, fromOnnx, Sequential, toOnnx } from "../mod.ts";
import { expected, exportCases, moreExportCases } from "../tests/fixtures/export_models.ts";
import { foreignCases } from "../tests/fixtures/onnx_graphs.ts";

ortWeb.env.wasm.numThreads = 1;
const ENGINES = {
  "onnxruntime-node": ortNode,
  "onnxruntime-web": ortWeb,
} as const;

/** Runs a file on rows `x`; the one output's values. */
async function run(
  ort: typeof ortNode | typeof ortWeb,
  bytes: Uint8Array,
  x: number[][],
  dtype: "float32" | "float64",
): Promise<{ name: string; values: Float32Array | Float64Array }> {
  const session = await ort.InferenceSession.create(bytes);
  const flat = x.flat();
  const data = dtype === "float64" ? Float64Array.from(flat) : Float32Array.from(flat);
  const input = new ort.Tensor(dtype, data, [x.length, x[0].length]);
  const outputs = await session.run({ [session.inputNames[0]]: input });
  assert.equal(session.outputNames.length, 1);
  const name = session.outputNames[0];
  return { name, values: outputs[name].data as Float32Array | Float64Array };
}

/** The largest difference relative to the largest |want|; asserts the lengths match. */
function difference(got: ArrayLike<number>, want: ArrayLike<number>): number {
  assert.equal(got.length, want.length);
  const top = Math.max(...Array.from(want, Math.abs));
  let largest = 0;
  for (let k = 0; k < want.length; k++) {
    largest = Math.max(largest, Math.abs(got[k] - want[k]) / top);
  }
  return largest;
}

for (const [engine, ort] of Object.entries(ENGINES)) {
  for (const dtype of ["float64", "float32"] as const) {
    Deno.test(`${engine} predicts what the library predicts (${dtype})`, async () => {
      const tolerance = dtype === "float64" ? 1e-12 : 1e-6;
      let largest = 0;
      for (const example of [...exportCases(), ...moreExportCases()]) {
        const { name, values } = await run(
          ort,
          toOnnx(example.model, { dtype }),
          example.x,
          dtype,
        );
        assert.equal(
          name,
          example.classifier ? "probabilities" : "output",
          example.name,
        );
        const d = difference(values, expected(example));
        assert.ok(d <= tolerance, `${example.name}, ${dtype}: ${d}`);
        largest = Math.max(largest, d);
      }
      console.log(
        `${dtype}: largest difference ${largest.toExponential(1)} of the largest output`,
      );
    });
  }

  Deno.test(`${engine} computes float64 gelu (no Erf) to float64 precision on −40…40`, async () => {
    const model = new Sequential([
      new Dense(1, 1, { activation: "gelu", seed: 0 }),
    ]);
    model.layers[0].weights.data[0] = 1;
    const x = Array.from({ length: 1601 }, (_, i) => [-40 + i * 0.05]);
    const { values } = await run(ort, toOnnx(model), x, "float64");
    const want = model.forward(x).data;
    let largest = 0;
    for (let k = 0; k < want.length; k++) {
      largest = Math.max(
        largest,
        Math.abs(values[k] - want[k]) / Math.max(1, Math.abs(want[k])),
      );
    }
    console.log(`largest difference ${largest.toExponential(1)}`);
    assert.ok(largest < 1e-14, `${largest}`);
  });

  Deno.test(`fromOnnx predicts what ${engine} computes from foreign files`, async () => {
    for (const example of foreignCases()) {
      const { values } = await run(
        ort,
        example.bytes,
        example.x,
        example.dtype,
      );
      const d = difference(
        values,
        fromOnnx(example.bytes).forward(example.x).data,
      );
      console.log(
        `${example.name}: largest difference ${d.toExponential(1)} of the largest output`,
      );
      assert.ok(
        d <= (example.dtype === "float64" ? 1e-12 : 1e-6),
        example.name,
      );
    }
  });
}
