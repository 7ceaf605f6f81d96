/** `nn train`'s training options: --l2, --dropout, --metrics, --lr-schedule, --class-weight. */
import assert from "node:assert/strict";
import { Dense, Dropout, f1, moons, precision, recall, rocAuc } from "../../mod.ts";
import { loadModel } from "../../io/mod.ts";
import { runScript } from "../fixtures/command.ts";
import { withTempDir, write } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** Moons as CSV; `rare`: 400 noisier rows, only one class-1 row in eight (an imbalanced set). */
function moonsCsv(rare = false): string {
  const { x, y } = rare
    ? moons({ n: 400, noise: 0.3, seed: 1 })
    : moons({ n: 120, noise: 0.2, seed: 3 });
  const rows = Array.from({ length: x.rows }, (_, i) => i)
    .filter((i) => !rare || y.data[i] === 0 || i % 8 === 0)
    .map((i) => `${x.get(i, 0)},${x.get(i, 1)},${y.data[i]}`);
  return ["a,b,label", ...rows].join("\n") + "\n";
}

test("nn train --l2 --dropout saves a penalised model with dropout layers, the same every run", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const args = (out: string) => [
      "train",
      ...["--data", data, "--target", "label", "--out", out, "--epochs", "30", "--seed", "4"],
      ...["--layers", "16,8", "--l2", "0.01", "--dropout", "0.25"],
    ];
    const first = await runScript("scripts/nn.ts", args(`${dir}/a.json`));
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Loss logLoss \+ L2 0\.01·ΣW²/);
    const second = await runScript("scripts/nn.ts", args(`${dir}/b.json`));
    assert.equal(second.code, 0, second.stderr);
    assert.equal(
      await Deno.readTextFile(`${dir}/b.json`),
      await Deno.readTextFile(`${dir}/a.json`),
    );
    const model = await loadModel(`${dir}/a.json`);
    assert.deepEqual(model.layers.map((layer) => layer.type), [
      "dense",
      "dropout",
      "dense",
      "dropout",
      "dense",
    ]);
    for (const layer of model.layers) {
      if (layer instanceof Dense) assert.equal(layer.l2, 0.01);
      if (layer instanceof Dropout) assert.equal(layer.rate, 0.25);
    }
    const predicted = await runScript("scripts/nn.ts", [
      "predict",
      ...["--model", `${dir}/a.json`, "--data", data, "--out", `${dir}/p.csv`],
    ]);
    assert.equal(predicted.code, 0, predicted.stderr);
  });
});

test("nn train refuses bad --l2 and --dropout values and --arch with them", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const arch = await write(dir, "arch.json", "[]");
    const cases: [string[], string][] = [
      [["--dropout", "1"], '--dropout must be a number from 0 up to (not including) 1, got "1"'],
      [["--l2=-0.1"], '--l2 must be a positive number, got "-0.1"'],
      [
        ["--arch", arch, "--dropout", "0.5"],
        '--arch gives every layer; put "l2" in its entries, and leave out --l2 and --dropout',
      ],
    ];
    for (const [flags, message] of cases) {
      const { code, stderr } = await runScript("scripts/nn.ts", [
        "train",
        ...["--data", data, "--target", "label", "--out", `${dir}/m.json`, ...flags],
      ]);
      assert.equal(code, 1, stderr);
      assert.match(stderr, new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    }
  });
});

test("nn evaluate --metrics reports the library's scores, equal to the score functions", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const model = `${dir}/m.json`;
    const trained = await runScript("scripts/nn.ts", [
      "train",
      ...["--data", data, "--target", "label", "--out", model, "--epochs", "20", "--seed", "2"],
      ...["--metrics", "f1,auc"],
    ]);
    assert.equal(trained.code, 0, trained.stderr);
    assert.match(
      trained.stdout,
      /^Validation \(24 rows\): logLoss loss [\d.]+, accuracy [\d.]+%, f1 [\d.]+, auc [\d.]+$/m,
    );
    const { code, stdout, stderr } = await runScript("scripts/nn.ts", [
      "evaluate",
      ...["--model", model, "--data", data, "--metrics", "precision,recall,f1,auc", "--json"],
    ]);
    assert.equal(code, 0, stderr);
    const { metrics } = JSON.parse(stdout);
    const { x, y } = moons({ n: 120, noise: 0.2, seed: 3 });
    const loaded = await loadModel(model);
    const labels = Array.from(y.data), predicted = loaded.predict(x) as number[];
    assert.deepEqual(metrics, {
      precision: precision(labels, predicted),
      recall: recall(labels, predicted),
      f1: f1(labels, predicted),
      auc: rocAuc(labels, loaded.predictProba(x)),
    });
    const refused = await runScript("scripts/nn.ts", [
      "evaluate",
      ...["--model", model, "--data", data, "--metrics", "r2"],
    ]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /--metrics r2 scores a regression, but this is a classification/);
  });
});

test("nn train --lr-schedule and --class-weight change the rate per epoch and the weights", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const run = (...flags: string[]) =>
      runScript("scripts/nn.ts", [
        "train",
        ...["--data", data, "--target", "label", "--out", `${dir}/m.json`, "--epochs", "6"],
        ...["--early-stopping", "0", "--lr", "0.01", "--json", "--quiet", ...flags],
      ]);
    const stepped = await run("--lr-schedule", "step:2:0.5");
    assert.equal(stepped.code, 0, stepped.stderr);
    assert.deepEqual(JSON.parse(stepped.stdout).learningRate, [
      0.01,
      0.01,
      0.005,
      0.005,
      0.0025,
      0.0025,
    ]);
    const exponential = await run("--lr-schedule", "exponential:0.5");
    assert.deepEqual(JSON.parse(exponential.stdout).learningRate, [
      0.01,
      0.005,
      0.0025,
      0.00125,
      0.000625,
      0.0003125,
    ]);
    // On an imbalanced set, balanced class weights find more of the rare class.
    const rare = await write(dir, "rare.csv", moonsCsv(true));
    const recallOf = async (...flags: string[]) => {
      const { code, stdout, stderr } = await runScript("scripts/nn.ts", [
        "train",
        ...["--data", rare, "--target", "label", "--out", `${dir}/w.json`, "--epochs", "10"],
        ...["--early-stopping", "0", "--lr", "0.01", "--metrics", "recall", "--json", ...flags],
      ]);
      assert.equal(code, 0, stderr);
      return JSON.parse(stdout).training.metrics.recall as number;
    };
    const [plain, balanced] = [await recallOf(), await recallOf("--class-weight", "balanced")];
    assert.ok(balanced > plain, `recall ${balanced} with balanced weights, ${plain} without`);
    const regression = await runScript("scripts/nn.ts", [
      "train",
      ...["--data", data, "--target", "a", "--out", `${dir}/r.json`, "--class-weight", "balanced"],
    ]);
    assert.equal(regression.code, 1);
    assert.match(
      regression.stderr,
      /--class-weight balanced needs a classification, but this is a regression/,
    );
    const wrong = await run("--lr-schedule", "linear");
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /--lr-schedule must be one of: .*; got "linear"/);
  });
});

test("nn train --dtype float32 saves float32 layers that predict float32 values; bad values are refused", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const run = (dtype: string, out: string) =>
      runScript("scripts/nn.ts", [
        "train",
        ...["--data", data, "--target", "label", "--out", out, "--epochs", "20", "--dtype", dtype],
      ]);
    const trained = await run("float32", `${dir}/m.json`);
    assert.equal(trained.code, 0, trained.stderr);
    assert.match(trained.stdout, /kernels \S+ \(float32\)/);
    assert.match(trained.stdout, /Dense float32 {2}2 → /);
    const model = await loadModel(`${dir}/m.json`);
    for (const layer of model.layers) {
      if (layer instanceof Dense) assert.equal(layer.dtype, "float32");
    }
    const p = model.predictProba([[0.5, 0.25], [1, -0.5]]).data;
    p.forEach((v) => assert.equal(Math.fround(v), v));
    const refused = await run("float16", `${dir}/n.json`);
    assert.equal(refused.code, 1, refused.stdout);
    assert.match(refused.stderr, /--dtype must be float32 or float64, got "float16"/);
  });
});

test("nn train --threads 2 saves the same model file as one thread; other counts are refused", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "moons.csv", moonsCsv());
    const run = (out: string, ...more: string[]) =>
      runScript("scripts/nn.ts", [
        "train",
        ...["--data", data, "--target", "label", "--out", out, "--epochs", "10", ...more],
      ]);
    // 64 × 32 at a batch of 32 is 65,536 multiply-adds: above the size from which a product is shared.
    const two = await run(`${dir}/two.json`, "--threads", "2", "--layers", "64,32");
    assert.equal(two.code, 0, two.stderr);
    assert.match(two.stdout, /kernels wasm×2/);
    const oneWide = await run(`${dir}/one-wide.json`, "--layers", "64,32");
    assert.equal(
      await Deno.readTextFile(`${dir}/two.json`),
      await Deno.readTextFile(`${dir}/one-wide.json`),
    );
    assert.equal(oneWide.code, 0, oneWide.stderr);
    const three = await run(`${dir}/three.json`, "--threads", "3");
    assert.equal(three.code, 1);
    assert.match(three.stderr, /nn train: --threads must be 1 or 2, got "3"/);
    const js = await run(`${dir}/js.json`, "--threads", "2", "--backend", "js");
    assert.match(
      js.stderr,
      /--threads 2: startThreads has two-thread twins of the wasm and wasm-exact kernels, not of js/,
    );
  });
});
