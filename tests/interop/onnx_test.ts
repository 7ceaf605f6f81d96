import assert from "node:assert/strict";
import { activations, Dense, relu, Sequential, toOnnx } from "../../mod.ts";
import {
  bytes,
  decode,
  int,
  integers,
  packed,
  string,
  varint,
} from "../../lib/interop/protobuf.ts";
import { exportCases } from "../fixtures/export_models.ts";
import { withTempDir } from "../fixtures/files.ts";
import { testWithOnnxPython } from "../fixtures/onnx_python.ts";

Deno.test("protobuf encodings equal the bytes of the specification's examples", () => {
  assert.deepEqual(Array.from(varint(1)), [0x01]);
  assert.deepEqual(Array.from(varint(150)), [0x96, 0x01]);
  assert.deepEqual(Array.from(varint(-1)), [...Array(9).fill(0xff), 0x01]);
  assert.deepEqual(Array.from(int(1, 150)), [0x08, 0x96, 0x01]);
  assert.deepEqual(Array.from(string(2, "testing")), [
    0x12,
    0x07,
    ...new TextEncoder().encode("testing"),
  ]);
  assert.deepEqual(Array.from(bytes(3, [int(1, 150)])), [0x1a, 0x03, 0x08, 0x96, 0x01]);
  assert.deepEqual(Array.from(packed(4, [3, 270, 86942])), [
    0x22,
    0x06,
    0x03,
    0x8e,
    0x02,
    0x9e,
    0xa7,
    0x05,
  ]);
});

Deno.test("protobuf decoding reads back what the encodings write, and names a truncation", () => {
  const message = Uint8Array.from([
    ...int(1, 150),
    ...int(2, -1),
    ...string(3, "testing"),
    ...packed(4, [3, 270, 86942]),
    ...int(4, 7),
  ]);
  const fields = decode(message, "message");
  assert.deepEqual(fields.map((f) => [f.number, f.wire]), [[1, 0], [2, 0], [3, 2], [4, 2], [4, 0]]);
  assert.equal(fields[0].varint, 150n);
  assert.deepEqual(integers(fields, 2, "message"), [-1]);
  assert.equal(new TextDecoder().decode(fields[2].bytes), "testing");
  assert.deepEqual(integers(fields, 4, "message"), [3, 270, 86942, 7]);
  assert.throws(() => decode(message.subarray(0, 20), "message"), {
    message: "message: field 3 needs 7 bytes at byte 16, but the message ends at 20",
  });
  assert.throws(() => decode(message.subarray(0, 10), "message"), {
    message: "message: a varint at byte 4 runs past the end of the message",
  });
});

Deno.test("toOnnx refuses what it cannot write", () => {
  const myRelu = { ...relu, name: "myRelu", kernel: undefined };
  activations.register("myRelu", myRelu, { replace: true });
  const custom = new Sequential([new Dense(2, 1, { activation: myRelu, seed: 0 })]);
  assert.throws(() => toOnnx(custom), {
    message:
      "toOnnx: layers[0] has activation myRelu, which has no ONNX form; export a model of built-in activations",
  });
  const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 0 });
  assert.throws(() => toOnnx(model, { dtype: "float16" as never }), {
    message: 'toOnnx dtype must be "float32" or "float64", got float16',
  });
  assert.throws(() => toOnnx(model, { type: "float32" } as never), {
    message: 'toOnnx has no option "type"; known options: dtype',
  });
});

const CHECK = `
import sys, onnx
for path in sys.argv[1:]:
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    print(path.rsplit("/", 1)[-1], model.opset_import[0].version, model.graph.input[0].name, model.graph.output[0].name)
`;

testWithOnnxPython(
  "the ONNX reference checker accepts every exported file",
  (python) =>
    withTempDir(async (dir) => {
      const paths: string[] = [], lines: string[] = [];
      for (const [i, example] of exportCases().entries()) {
        for (const dtype of ["float32", "float64"] as const) {
          const path = `${dir}/model-${i}-${dtype}.onnx`;
          await Deno.writeFile(path, toOnnx(example.model, { dtype }));
          paths.push(path);
          lines.push(
            `model-${i}-${dtype}.onnx 13 input ${example.classifier ? "probabilities" : "output"}`,
          );
        }
      }
      const { success, stdout, stderr } = await new Deno.Command(python, {
        args: ["-c", CHECK, ...paths],
      }).output();
      assert.ok(success, new TextDecoder().decode(stderr));
      assert.deepEqual(new TextDecoder().decode(stdout).trim().split("\n"), lines);
    }),
);
