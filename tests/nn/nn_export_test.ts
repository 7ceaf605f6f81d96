/** `nn export` and `nn import`: ONNX and TF.js files, written atomically, with clear errors. */
import assert from "node:assert/strict";
import { fitStandardScaler, Sequential, toOnnx, toTfjs } from "../../mod.ts";
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
        files: { [out]: expected.length },
      });
    }
    // Without --dtype: the model's own, float64 here and float32 for a model of float32 layers.
    const float32Path = `${dir}/m32.json`;
    await saveModel(
      float32Path,
      Sequential.fromArchitecture([{ inputDim: 3, outputDim: 2 }], { seed: 2, dtype: "float32" }),
    );
    for (const [model, dtype] of [[path, "float64"], [float32Path, "float32"]] as const) {
      const out = `${dir}/default-${dtype}.onnx`;
      const done = await runScript("scripts/nn.ts", ["export", "--model", model, "--out", out]);
      assert.equal(done.code, 0, done.stderr);
      assert.match(done.stdout, new RegExp(`ONNX \\(opset 13, ${dtype}\\)`));
      assert.deepEqual(await Deno.readFile(out), toOnnx(await loadModel(model), { dtype }));
    }
    const cases: [string[], RegExp][] = [
      [["--dtype", "float16"], /--dtype must be float32 or float64, got "float16"/],
      [["--format", "keras"], /--format must be onnx or tfjs, got "keras"/],
      [["--format", "tfjs"], /--out .*x\.onnx: a TF\.js model is a \.json file/],
      [
        ["--format", "tfjs", "--dtype", "float64"],
        /--dtype float64: TF\.js layers files hold float32 weights only/,
      ],
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

/** A regressor with both scalers and metadata, as nn train saves one. */
function scaledModel() {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 5, activation: "tanh" },
    { inputDim: 5, outputDim: 1 },
  ], { seed: 3 });
  model.inputScaler = fitStandardScaler([[1, 100], [2, 300], [4, 200]]);
  model.targetScaler = fitStandardScaler([[10], [30]]);
  model.metadata = { note: "kept" };
  return model;
}

test("nn export --out m.json writes a TF.js model.json and its weights beside it", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/m.json`;
    await saveModel(path, scaledModel());
    const out = `${dir}/web/model.json`;
    await Deno.mkdir(`${dir}/web`);
    const { code, stdout, stderr } = await runScript("scripts/nn.ts", [
      "export",
      ...["--model", path, "--out", out, "--json"],
    ]);
    assert.equal(code, 0, stderr);
    const { modelJson, weightData } = toTfjs(await loadModel(path));
    modelJson.weightsManifest[0].paths = ["model.weights.bin"];
    assert.deepEqual(JSON.parse(await Deno.readTextFile(out)), modelJson);
    assert.deepEqual(
      await Deno.readFile(`${dir}/web/model.weights.bin`),
      new Uint8Array(weightData),
    );
    assert.deepEqual(JSON.parse(stdout).files, {
      [out]: (await Deno.readFile(out)).length,
      [`${dir}/web/model.weights.bin`]: weightData.byteLength,
    });
  });
});

test("nn import reads back what nn export wrote, in both formats", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/m.json`;
    const model = scaledModel();
    await saveModel(path, model);
    const x = [[1.5, 120], [3, 280], [-2, 0]];
    const want = model.predict(x) as { data: Float64Array };
    for (const [file, tolerance] of [["m.onnx", 0], ["m-tfjs.json", 1e-5]] as const) {
      const exported = await runScript("scripts/nn.ts", [
        "export",
        ...["--model", path, "--out", `${dir}/${file}`],
      ]);
      assert.equal(exported.code, 0, exported.stderr);
      const out = `${dir}/back-${file}.json`;
      const { code, stdout, stderr } = await runScript("scripts/nn.ts", [
        "import",
        ...["--from", `${dir}/${file}`, "--out", out, "--json"],
      ]);
      assert.equal(code, 0, stderr);
      const report = JSON.parse(stdout);
      assert.deepEqual(report.layers, ["2→5 tanh", "5→1 linear"]);
      assert.equal(report.format, file.endsWith(".onnx") ? "onnx" : "tfjs");
      const copy = await loadModel(out);
      assert.deepEqual(copy.metadata, { note: "kept" });
      const got = copy.predict(x) as { data: Float64Array };
      for (let k = 0; k < want.data.length; k++) {
        const error = Math.abs(got.data[k] - want.data[k]) / Math.max(1, Math.abs(want.data[k]));
        assert.ok(error <= tolerance, `${file}: ${got.data[k]} vs ${want.data[k]}`);
      }
    }
  });
});

test("nn import says what is wrong with the file it is given", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/m.json`;
    await saveModel(path, scaledModel());
    await runScript("scripts/nn.ts", ["export", "--model", path, "--out", `${dir}/t.json`]);
    await Deno.remove(`${dir}/t.weights.bin`);
    await Deno.writeTextFile(`${dir}/broken.json`, '{"format": "layers-model"');
    await Deno.writeTextFile(`${dir}/bad.onnx`, "not protobuf");
    const cases: [string[], string][] = [
      [["--from", `${dir}/none.onnx`], `--from ${dir}/none.onnx: no such file`],
      [["--from", `${dir}/m.csv`], `--from ${dir}/m.csv: give --format onnx or --format tfjs`],
      [
        ["--from", path],
        `--from ${path} is a model file of this library already; nothing to import`,
      ],
      [
        ["--from", `${dir}/t.json`],
        `the weights file named in ${dir}/t.json: ${dir}/t.weights.bin: no such file`,
      ],
      [["--from", `${dir}/broken.json`], `--from ${dir}/broken.json is not JSON: `],
      [
        ["--from", `${dir}/bad.onnx`],
        `--from ${dir}/bad.onnx: model: these bytes are not an ONNX model`,
      ],
      [
        ["--from", `${dir}/bad.onnx`, "--format", "keras"],
        '--format must be onnx or tfjs, got "keras"',
      ],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await runScript("scripts/nn.ts", [
        "import",
        ...flags,
        "--out",
        `${dir}/o.json`,
      ]);
      assert.equal(code, 1, flags.join(" "));
      assert.ok(stderr.includes(message), `${stderr} lacks ${message}`);
    }
    assert.equal(
      (await Array.fromAsync(Deno.readDir(dir))).some((e) => e.name === "o.json"),
      false,
    );
    await runScript("scripts/nn.ts", ["export", "--model", path, "--out", `${dir}/u.json`]);
    const weights = await Deno.readFile(`${dir}/u.weights.bin`);
    const clash = await runScript("scripts/nn.ts", [
      "import",
      ...["--from", `${dir}/u.json`, "--out", `${dir}/u.weights.bin`],
    ]);
    assert.equal(clash.code, 1);
    assert.ok(
      clash.stderr.includes(
        `--out ${dir}/u.weights.bin is the --from weights file; writing there would destroy it`,
      ),
      clash.stderr,
    );
    assert.deepEqual(await Deno.readFile(`${dir}/u.weights.bin`), weights);
  });
});
