/**
 * `nn train` with nothing but `--data`, `--target` and `--out` learns, and a
 * run that learns nothing says so: warnings for a constant prediction, dead
 * ReLU units and an R² of 0 or less, each on data built to cause it.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { createRandom, Dense, trainTestSplit } from "../../mod.ts";
import { loadModel } from "../../io/mod.ts";
import { runScript } from "../fixtures/command.ts";
import { withTempDir, write } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const NN = "scripts/nn.ts";

/**
 * Two noisy rings (radius 1 "inner", radius 2 "outer") in the units of real
 * data: an income around 50,000 and an age around 40. No line separates them,
 * and unscaled, the income swamps everything else.
 */
function rings(n: number, seed: number): string {
  const random = createRandom(seed);
  const lines = ["income,age,label"];
  for (let i = 0; i < n; i++) {
    const k = i % 2, angle = 2 * Math.PI * random.random(), r = 1 + k + 0.15 * random.normal();
    const income = Math.round(50_000 + 10_000 * r * Math.cos(angle));
    const age = (40 + 10 * r * Math.sin(angle)).toFixed(1);
    lines.push(`${income},${age},${k === 0 ? "inner" : "outer"}`);
  }
  return lines.join("\n") + "\n";
}

/** Runs `nn train` on `data` with `flags`; the exit code, the JSON report and stderr's lines. */
async function train(data: string, out: string, ...flags: string[]) {
  const run = await runScript(NN, [
    ...["train", "--data", data, "--target", flags.shift()!, "--out", out, "--json", ...flags],
  ]);
  assert.equal(run.code, 0, run.stderr);
  return { report: JSON.parse(run.stdout), stderr: run.stderr.split("\n").filter((l) => l) };
}

/** Test accuracy of a saved model on a labelled file. */
async function accuracy(model: string, data: string): Promise<number> {
  const run = await runScript(NN, ["evaluate", "--model", model, "--data", data, "--json"]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout).accuracy;
}

test("the defaults learn two rings in real-world units, which the old defaults could not", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "train.csv", rings(400, 1));
    const test = await write(dir, "test.csv", rings(200, 2));
    const model = join(dir, "model.json");
    const { report, stderr } = await train(data, model, "label");
    assert.deepEqual(stderr, [], "a model that learns gets no warning");
    assert.deepEqual(report.warnings, []);
    assert.ok(await accuracy(model, test) >= 0.95);
    assert.equal(report.validation.rows, 80, "20% held out by default");
    assert.ok(report.bestEpoch > 20, `best epoch ${report.bestEpoch}: stopped too soon`);

    // The old defaults, spelled out: 16,8 units, lr 0.01, 100 epochs, inputs as they are.
    const old = join(dir, "old.json");
    const before = await train(
      data,
      old,
      ...["label", "--layers", "16,8", "--lr", "0.01", "--epochs", "100", "--no-standardize"],
      ...["--validation-split", "0", "--early-stopping", "0"],
    );
    assert.equal(await accuracy(old, test), 0.5);
    assert.equal(before.report.warnings.length, 3);
  });
});

test("--no-standardize trains on the inputs as they are; standardizing is the default", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "train.csv", rings(100, 3));
    const scaled = join(dir, "scaled.json"), raw = join(dir, "raw.json");
    await train(data, scaled, "label", "--epochs", "2");
    await train(data, raw, "label", "--epochs", "2", "--no-standardize");
    assert.equal((await loadModel(scaled)).inputScaler?.toJSON().kind, "standard");
    assert.equal((await loadModel(raw)).inputScaler, null);
    const report = await runScript(NN, [
      ...["train", "--data", data, "--target", "label", "--out", raw, "--epochs", "1"],
      "--no-standardize",
    ]);
    assert.match(report.stdout, /\nInputs: as they are \(--no-standardize\)\n/);
    const both = await runScript(NN, [
      ...["train", "--data", data, "--target", "label", "--out", raw],
      ...["--standardize", "--no-standardize"],
    ]);
    assert.equal(both.code, 1);
    assert.equal(
      both.stderr,
      "nn train: --standardize and --no-standardize contradict each other; give one\n",
    );
  });
});

const DEAD = (dead: number, units: number, tips: string) =>
  `Warning: ${dead} of the ${units} units of hidden layer 1 (relu) output 0 on every training ` +
  `row: these "dead" units no longer learn or add anything. Try ${tips}`;

test("features that say nothing: a warning for the constant class and one for the dead units", async () => {
  await withTempDir(async (dir) => {
    const rows = Array.from({ length: 60 }, (_, i) => `5,1.5,${["yes", "no"][i % 2]}`);
    const data = await write(dir, "flat.csv", ["a,b,label", ...rows, ""].join("\n"));
    const { report, stderr } = await train(data, join(dir, "m.json"), "label");
    // Classes no, yes: every training row predicted "no", none "yes".
    const { confusion } = report.training.targets[0];
    assert.equal(confusion[0][1] + confusion[1][1], 0);
    assert.equal(confusion[0][0] + confusion[1][0], report.training.rows);
    assert.deepEqual(stderr, [
      'Warning: The model predicts class "no" of "label" for every training row: it has not ' +
      "learned to tell the classes apart. Try a smaller --lr or more --epochs, or check that " +
      "the features say something about the target",
      // Standardized, a constant column is 0: every ReLU unit gets 0 in, and gives 0 out.
      DEAD(64, 64, "a smaller --lr or --activation leakyRelu"),
    ]);
    assert.deepEqual(report.warnings, stderr.map((line) => line.replace(/^Warning: /, "")));
  });
});

test("dead units are counted on the training rows, as the saved model computes them", async () => {
  await withTempDir(async (dir) => {
    const text = rings(400, 1);
    const data = await write(dir, "train.csv", text);
    const path = join(dir, "m.json");
    // Unscaled incomes around 50,000 drive every unit with a negative weight below 0 for good.
    const { stderr } = await train(data, path, "label", "--no-standardize");
    // The training rows: what is left after the default split with the default seed.
    const rows = text.trim().split("\n").slice(1).map((line) => line.split(","));
    const x = rows.map((row) => row.slice(0, 2).map(Number));
    const y = rows.map((row) => [row[2] === "outer" ? 1 : 0]);
    const { xTrain } = trainTestSplit(x, y, { testFraction: 0.2, seed: 0 });
    const [hidden] = (await loadModel(path)).layers;
    assert.ok(hidden instanceof Dense);
    let dead = 0;
    for (let j = 0; j < hidden.outputs; j++) {
      let alive = false;
      for (let i = 0; i < xTrain.rows; i++) {
        let z = hidden.bias![j];
        for (let k = 0; k < xTrain.cols; k++) z += xTrain.get(i, k) * hidden.weights.get(k, j);
        if (z > 0) alive = true;
      }
      if (!alive) dead++;
    }
    assert.ok(dead >= 16, `${dead} dead units`);
    assert.deepEqual(stderr, [
      DEAD(dead, 64, "without --no-standardize, a smaller --lr or --activation leakyRelu"),
    ]);
  });
});

test("regression no better than the mean: warnings for R² ≤ 0 and for a constant prediction", async () => {
  await withTempDir(async (dir) => {
    // Rows in pairs with the same features and targets 1.5 and -0.5: nothing to learn but the
    // mean, and a model that fits one row of a pair mispredicts the other. Trained to the end.
    const random = createRandom(3);
    const pairs = Array.from({ length: 100 }, () => {
      const x = `${random.random().toFixed(4)},${random.random().toFixed(4)}`;
      return `${x},1.5\n${x},-0.5`;
    });
    const data = await write(dir, "pairs.csv", ["a,b,y", ...pairs, ""].join("\n"));
    const { report, stderr } = await train(data, join(dir, "m.json"), "y", "--early-stopping", "0");
    const r2 = report.validation.targets[0].r2;
    assert.ok(r2 <= 0, `R² ${r2}`);
    assert.deepEqual(stderr, [
      `Warning: R² of "y" on the validation rows is ${Number(r2.toPrecision(3))}: the model ` +
      "predicts it no better than its mean would. Try a smaller --lr, more --epochs or other " +
      "--layers, or check that the features say something about the target",
    ]);

    // A constant feature: one value predicted for every row.
    const rows = Array.from({ length: 30 }, (_, i) => `7,${(i * 0.37).toFixed(2)}`);
    const flat = await write(dir, "flat.csv", ["a,y", ...rows, ""].join("\n"));
    const constant = await train(flat, join(dir, "flat.json"), "y");
    assert.equal(constant.report.training.targets[0].r2 <= 0, true);
    assert.match(
      constant.stderr[0],
      /^Warning: The model predicts the same value of "y" \([\d.e-]+\) for every training row\. Try a smaller --lr or more --epochs$/,
    );
    assert.match(constant.stderr[1], /^Warning: R² of "y" on the training rows is -?[\d.e-]+: /);
    assert.equal(constant.stderr[2], DEAD(64, 64, "a smaller --lr or --activation leakyRelu"));

    // A target in units of 1e-10 that the model learns: its predictions vary as much, no warning.
    const tiny = Array.from({ length: 200 }, () => {
      const a = random.random(), b = random.random();
      return `${a},${b},${(a + b) * 1e-10}`;
    });
    const small = await write(dir, "small.csv", ["a,b,y", ...tiny, ""].join("\n"));
    const learned = await train(small, join(dir, "small.json"), "y");
    assert.ok(
      learned.report.validation.targets[0].r2 > 0.9,
      `R² ${learned.report.validation.targets[0].r2}`,
    );
    assert.deepEqual(learned.stderr, []);
  });
});
