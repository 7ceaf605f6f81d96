/** `nn export`: a saved model as an ONNX file, written atomically, with clear errors. */
import assert from "node:assert/strict";
import { Sequential, toOnnx } from "../../mod.ts";
import { loadModel, saveModel } from "../../io/mod.ts";
import { runScript } from "../fixtures/command.ts";
import { withTempDir } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

test("nn export writes the bytes toOnnx gives for the saved model", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/m.json`;
    await saveModel(
      path,
      Sequential.fromArchitecture([
        { inputDim: 3, outputDim: 4, activation: "mish" },
        { inputDim: 4, outputDim: 2, activation: "softmax" },
      ], { seed: 2 }),
    );
    for (const dtype of ["float64", "float32"] as const) {
      const out = `${dir}/m-${dtype}.onnx`;
      const { code, stdout, stderr } = await runScript("scripts/nn.ts", [
        "export",
        ...["--model", path, "--out", out, "--dtype", dtype, "--json"],
      ]);
      assert.equal(code, 0, stderr);
      const expected = toOnnx(await loadModel(path), { dtype });
      assert.deepEqual(await Deno.readFile(out), expected);
      assert.deepEqual(JSON.parse(stdout), {
        command: "export",
        model: path,
        format: "onnx",
        dtype,
        out,
        bytes: expected.length,
      });
    }
    const cases: [string[], RegExp][] = [
      [["--dtype", "float16"], /--dtype must be float32 or float64, got "float16"/],
      [["--format", "tfjs"], /--format must be onnx, got "tfjs"/],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await runScript("scripts/nn.ts", [
        "export",
        ...["--model", path, "--out", `${dir}/x.onnx`, ...flags],
      ]);
      assert.equal(code, 1);
      assert.match(stderr, message);
    }
    const clash = await runScript("scripts/nn.ts", ["export", "--model", path, "--out", path]);
    assert.equal(clash.code, 1);
    assert.match(clash.stderr, /--out .* is the --model file; writing there would destroy it/);
  });
});
