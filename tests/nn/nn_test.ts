import assert from "node:assert/strict";
import { parse } from "npm:csv-parse@^7/sync";
import {
  adam,
  createRandom,
  fitStandardScaler,
  type Matrix,
  oneHot,
  Sequential,
  toMatrix,
  trainTestSplit,
} from "../../mod.ts";
import { loadModel } from "../../io/mod.ts";
import { assertClose } from "../fixtures/close.ts";
import { networkOutputs } from "../../scripts/nn/scores.ts";
import { runScript } from "../fixtures/command.ts";
import { entries, withTempDir } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const NN = "scripts/nn.ts";

async function nn(...args: string[]) {
  const result = await runScript(NN, args);
  assert.equal(result.code, 0, `nn ${args.join(" ")}\n${result.stderr}`);
  return result;
}

async function nnJSON(...args: string[]) {
  return JSON.parse((await nn(...args, "--json")).stdout);
}

function readCsv(path: string, delimiter = ","): string[][] {
  return parse(Deno.readTextFileSync(path), { delimiter, bom: true });
}

/** 90 rows: two numbers, a shade (text) and a label with three text classes, one holding a comma. */
function animals() {
  const random = createRandom(11);
  const labels = ["cat", "dog", "bird, small"];
  const shades = ["light", "dark"];
  const rows = Array.from({ length: 90 }, (_, i) => {
    const k = i % 3;
    return {
      x1: Number((k + random.normal() * 0.4).toFixed(3)),
      x2: Number((2 * k - random.normal() * 0.4).toFixed(3)),
      shade: shades[(i >> 1) % 2],
      label: labels[k],
    };
  });
  const csv = "x1,x2,shade,label\n" +
    rows.map((r) => `${r.x1},${r.x2},${r.shade},"${r.label}"`).join("\n") + "\n";
  // The CLI sorts categories and classes: dark < light; "bird, small" < "cat" < "dog".
  const x = rows.map((r) => [r.x1, r.x2, r.shade === "dark" ? 1 : 0, r.shade === "light" ? 1 : 0]);
  const y = oneHot(rows.map((r) => ["bird, small", "cat", "dog"].indexOf(r.label)), 3);
  return { csv, x, y, rows };
}

test("train on text labels matches the library called directly, weights and scores", async () => {
  await withTempDir(async (dir) => {
    const { csv, x, y } = animals();
    await Deno.writeTextFile(`${dir}/animals.csv`, csv);
    const report = await nnJSON(
      "train",
      ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
      ...["--layers", "8", "--epochs", "30", "--seed", "3", "--validation-split", "0.2"],
      ...["--standardize", "--out", `${dir}/model.json`],
    );

    const model = Sequential.fromArchitecture([
      { inputDim: 4, outputDim: 8, activation: "relu" },
      { inputDim: 8, outputDim: 3, activation: "softmax" },
    ], { seed: 3 });
    const split = trainTestSplit(x, y, { testFraction: 0.2, seed: 3 });
    model.inputScaler = fitStandardScaler(split.xTrain);
    // nn train's defaults: adam at 0.001, batches of 32, early stopping after 20 epochs.
    const history = await model.fitAsync(split.xTrain, split.yTrain, {
      loss: "crossEntropy",
      optimizer: adam({ learningRate: 0.001 }),
      epochs: 30,
      batchSize: 32,
      seed: 3,
      validationData: [split.xTest, split.yTest],
      metrics: ["accuracy"],
      earlyStopping: { patience: 20, restoreBest: true },
    });
    const saved = await loadModel(`${dir}/model.json`);
    assert.deepEqual(saved.toJSON().layers, model.toJSON().layers);
    assert.deepEqual(saved.inputScaler?.toJSON(), model.inputScaler.toJSON());
    assert.deepEqual(saved.metadata.targets, [
      { name: "label", classes: ["bird, small", "cat", "dog"] },
    ]);
    assert.deepEqual(saved.metadata.features, [
      { name: "x1" },
      { name: "x2" },
      { name: "shade", categories: ["dark", "light"] },
    ]);

    assert.equal(report.task, "classification");
    assert.equal(report.data.rows, 90);
    assert.equal(report.epochs, history.epochs);
    assert.equal(report.bestEpoch, history.bestEpoch);
    const trainScores = model.evaluate(split.xTrain, split.yTrain, {
      loss: "crossEntropy",
      metrics: ["accuracy"],
    });
    assert.equal(report.training.rows, 72);
    assert.equal(report.training.loss, trainScores.loss);
    assert.equal(report.training.accuracy, trainScores.accuracy);
    const valScores = model.evaluate(split.xTest, split.yTest, {
      loss: "crossEntropy",
      metrics: ["accuracy"],
    });
    assert.equal(report.validation.rows, 18);
    assert.equal(report.validation.loss, valScores.loss);
    assert.equal(report.validation.accuracy, valScores.accuracy);
    const confusion: number[][] = report.validation.targets[0].confusion;
    assert.equal(confusion.flat().reduce((a, b) => a + b), 18);
    assert.equal(confusion[0][0] + confusion[1][1] + confusion[2][2], valScores.accuracy * 18);
  });
});

test("train → predict → evaluate round trip agrees with the library on the saved model", async () => {
  await withTempDir(async (dir) => {
    const { csv, x, y, rows } = animals();
    await Deno.writeTextFile(`${dir}/animals.csv`, csv);
    await nn(
      "train",
      ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
      ...["--epochs", "40", "--out", `${dir}/model.json`, "--quiet"],
    );
    const model = await loadModel(`${dir}/model.json`);

    await nn(
      "predict",
      "--model",
      `${dir}/model.json`,
      "--data",
      `${dir}/animals.csv`,
      "--out",
      `${dir}/p.csv`,
    );
    const [header, ...lines] = readCsv(`${dir}/p.csv`);
    assert.deepEqual(header, [
      "x1",
      "x2",
      "shade",
      "label",
      "predicted_label",
      "probability_label_bird, small",
      "probability_label_cat",
      "probability_label_dog",
    ]);
    const probabilities = networkOutputs(model, toMatrix(x));
    const classes = model.predict(x) as number[];
    assert.equal(lines.length, 90);
    lines.forEach((line, i) => {
      assert.deepEqual(line.slice(0, 4), [
        String(rows[i].x1),
        String(rows[i].x2),
        rows[i].shade,
        rows[i].label,
      ]);
      assert.equal(line[4], ["bird, small", "cat", "dog"][classes[i]]);
      assert.deepEqual(line.slice(5).map(Number), probabilities.row(i));
    });

    const scores = await nnJSON(
      "evaluate",
      "--model",
      `${dir}/model.json`,
      "--data",
      `${dir}/animals.csv`,
    );
    const library = model.evaluate(x, y, { loss: "crossEntropy", metrics: ["accuracy"] });
    assert.equal(scores.loss, library.loss);
    assert.equal(scores.accuracy, library.accuracy);
    const right = lines.filter((line) => line[4] === line[3]).length;
    assert.equal(scores.accuracy, right / 90);

    const stdout =
      (await nn("predict", "--model", `${dir}/model.json`, "--data", `${dir}/animals.csv`)).stdout;
    assert.equal(stdout, await Deno.readTextFile(`${dir}/p.csv`));
  });
});

/** Rows of `y = 2·a − 3·b + 7` (a second target `z = a + b`), in thousands. */
function linearRows(n: number) {
  const random = createRandom(5);
  return Array.from({ length: n }, () => {
    const a = Number((random.random() * 10).toFixed(3));
    const b = Number((random.random() * 10).toFixed(3));
    return { a, b, y: 1000 * (2 * a - 3 * b + 7), z: 1000 * (a + b) };
  });
}

test("regression predicts in the target's units and its scores match the predictions", async () => {
  await withTempDir(async (dir) => {
    const rows = linearRows(120);
    const csv = "a,b,y\n" + rows.map((r) => `${r.a},${r.b},${r.y}`).join("\n");
    await Deno.writeTextFile(`${dir}/lin.csv`, csv);
    const report = await nnJSON(
      "train",
      ...["--data", `${dir}/lin.csv`, "--target", "y", "--layers", "none", "--standardize"],
      ...["--epochs", "300", "--lr", "0.05", "--out", `${dir}/lin.json`],
    );
    assert.equal(report.task, "regression");
    assert.deepEqual(report.targets, [{ name: "y" }]);
    const model = await loadModel(`${dir}/lin.json`);
    assert.equal(model.targetScaler?.kind, "standard");
    assert.equal(model.layers[0].activation.name, "linear");

    await nn(
      "predict",
      "--model",
      `${dir}/lin.json`,
      "--data",
      `${dir}/lin.csv`,
      "--out",
      `${dir}/p.csv`,
    );
    const [header, ...lines] = readCsv(`${dir}/p.csv`);
    assert.deepEqual(header, ["a", "b", "y", "predicted_y"]);
    const predicted = lines.map((line) => Number(line[3]));
    const library = model.predict(rows.map((r) => [r.a, r.b])) as Matrix;
    assert.deepEqual(predicted, Array.from(library.data));
    let squared = 0, absolute = 0, total = 0;
    const mean = rows.reduce((s, r) => s + r.y, 0) / rows.length;
    rows.forEach((r, i) => {
      squared += (predicted[i] - r.y) ** 2;
      absolute += Math.abs(predicted[i] - r.y);
      total += (r.y - mean) ** 2;
    });
    assert.ok(Math.sqrt(squared / 120) < 50, `RMSE ${Math.sqrt(squared / 120)} in units of ~10⁴`);

    const scores = await nnJSON("evaluate", "--model", `${dir}/lin.json`, "--data", `${dir}/p.csv`);
    const [y] = scores.targets;
    assert.equal(y.name, "y");
    assertClose(y.rmse, Math.sqrt(squared / 120), 1e-9);
    assertClose(y.mae, absolute / 120, 1e-9);
    assertClose(y.r2, 1 - squared / total, 1e-9);
    assertClose(scores.rmse, y.rmse, 1e-9);
  });
});

test("several numeric targets train one regression output each", async () => {
  await withTempDir(async (dir) => {
    const rows = linearRows(100);
    const csv = "a,b,y,z\n" + rows.map((r) => `${r.a},${r.b},${r.y},${r.z}`).join("\n");
    await Deno.writeTextFile(`${dir}/two.csv`, csv);
    await nn(
      "train",
      ...["--data", `${dir}/two.csv`, "--target", "y,z", "--layers", "none", "--standardize"],
      ...["--epochs", "300", "--lr", "0.05", "--out", `${dir}/two.json`, "--quiet"],
    );
    const model = await loadModel(`${dir}/two.json`);
    assert.equal(model.outputs, 2);
    const scores = await nnJSON(
      "evaluate",
      "--model",
      `${dir}/two.json`,
      "--data",
      `${dir}/two.csv`,
    );
    assert.deepEqual(scores.targets.map((t: { name: string }) => t.name), ["y", "z"]);
    for (const target of scores.targets) assert.ok(target.r2 > 0.999, JSON.stringify(target));
    const out =
      (await nn("predict", "--model", `${dir}/two.json`, "--data", `${dir}/two.csv`)).stdout;
    assert.match(out, /^a,b,y,z,predicted_y,predicted_z\n/);
  });
});

test("a 0/1 target is a two-class classifier; two two-class targets share one sigmoid layer", async () => {
  await withTempDir(async (dir) => {
    const rows = linearRows(80).map((r) => ({
      ...r,
      high: r.a > 5 ? 1 : 0,
      side: r.b > 5 ? "right" : "left",
    }));
    const csv = "a,b,high,side\n" + rows.map((r) => `${r.a},${r.b},${r.high},${r.side}`).join("\n");
    await Deno.writeTextFile(`${dir}/bin.csv`, csv);
    const one = await nnJSON(
      "train",
      ...["--data", `${dir}/bin.csv`, "--target", "high", "--features", "a,b", "--standardize"],
      ...["--epochs", "60", "--out", `${dir}/one.json`],
    );
    assert.equal(one.task, "classification");
    assert.deepEqual(one.targets, [{ name: "high", classes: ["0", "1"] }]);
    assert.equal(one.training.lossName, "logLoss");
    assert.ok(one.training.accuracy > 0.9, `accuracy ${one.training.accuracy}`);
    const both = await nnJSON(
      "train",
      ...["--data", `${dir}/bin.csv`, "--target", "high,side", "--standardize"],
      ...["--epochs", "60", "--out", `${dir}/both.json`],
    );
    assert.deepEqual(both.targets, [
      { name: "high", classes: ["0", "1"] },
      { name: "side", classes: ["left", "right"] },
    ]);
    const model = await loadModel(`${dir}/both.json`);
    assert.equal(model.outputs, 2);
    assert.equal(model.layers.at(-1)!.activation.name, "sigmoid");
    const [header, first] = readCsv(`${dir}/bin.csv`).slice(0, 2);
    const out =
      (await nn("predict", "--model", `${dir}/both.json`, "--data", `${dir}/bin.csv`)).stdout;
    const [outHeader, outFirst] = parse(out) as string[][];
    assert.deepEqual(outHeader, [
      ...header,
      "predicted_high",
      "probability_high_0",
      "probability_high_1",
      "predicted_side",
      "probability_side_left",
      "probability_side_right",
    ]);
    const p = networkOutputs(model, toMatrix([[Number(first[0]), Number(first[1])]])).row(0);
    assert.deepEqual(outFirst.slice(4), [
      p[0] > 0.5 ? "1" : "0",
      String(1 - p[0]),
      String(p[0]),
      p[1] > 0.5 ? "right" : "left",
      String(1 - p[1]),
      String(p[1]),
    ]);
    const scores = await nnJSON(
      "evaluate",
      "--model",
      `${dir}/both.json`,
      "--data",
      `${dir}/bin.csv`,
    );
    assert.deepEqual(scores.targets.map((t: { classes: string[] }) => t.classes), [["0", "1"], [
      "left",
      "right",
    ]]);
  });
});

test("a semicolon file with a BOM, CRLF and quoted fields trains, and predictions keep its delimiter", async () => {
  await withTempDir(async (dir) => {
    const lines = ['"width";"height";"kind"'];
    for (let i = 0; i < 40; i++) {
      const kind = i % 2 === 0 ? '"tall; thin"' : "short";
      lines.push(`${i % 2 === 0 ? 1 + i / 100 : 3 + i / 100};${i % 2 === 0 ? 5 : 1};${kind}`);
    }
    await Deno.writeTextFile(`${dir}/shapes.csv`, "\ufeff" + lines.join("\r\n") + "\r\n");
    const report = await nnJSON(
      "train",
      ...[
        "--data",
        `${dir}/shapes.csv`,
        "--target",
        "kind",
        "--epochs",
        "80",
        "--out",
        `${dir}/m.json`,
      ],
    );
    assert.equal(report.data.delimiter, ";");
    assert.deepEqual(report.targets, [{ name: "kind", classes: ["short", "tall; thin"] }]);
    assert.equal(report.training.accuracy, 1);
    const out =
      (await nn("predict", "--model", `${dir}/m.json`, "--data", `${dir}/shapes.csv`)).stdout;
    const [header, first] = out.split("\n");
    assert.equal(
      header,
      'width;height;kind;predicted_kind;probability_kind_short;"probability_kind_tall; thin"',
    );
    assert.match(first, /^1;5;"tall; thin";"tall; thin";/);
  });
});

test("the same seed gives the same model file, byte for byte; another seed another", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    const train = (seed: string, out: string) =>
      nn(
        "train",
        ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
        ...[
          "--epochs",
          "5",
          "--validation-split",
          "0.25",
          "--seed",
          seed,
          "--out",
          `${dir}/${out}`,
          "--quiet",
        ],
      );
    await train("7", "a.json");
    await train("7", "b.json");
    await train("8", "c.json");
    const [a, b, c] = ["a", "b", "c"].map((f) => Deno.readTextFileSync(`${dir}/${f}.json`));
    assert.equal(a, b);
    assert.notEqual(a, c);
  });
});

test("--backend picks the kernels: js and wasm-exact train the same bytes, and the report says which ran", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    const train = async (out: string, ...backend: string[]) => {
      const report = await nnJSON(
        "train",
        ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
        ...["--epochs", "5", "--out", `${dir}/${out}`, ...backend],
      );
      return { kernels: report.kernels, file: Deno.readTextFileSync(`${dir}/${out}`) };
    };
    const js = await train("js.json", "--backend", "js");
    const exact = await train("exact.json", "--backend", "wasm-exact");
    const fallback = await train("default.json");
    assert.deepEqual([js.kernels, exact.kernels, fallback.kernels], ["js", "wasm-exact", "wasm"]);
    assert.equal(exact.file, js.file);
  });
});

/** `nn train` on animals.csv with `flags`, as a child whose stdout and stderr are read. */
function trainChild(dir: string, flags: string[], preload: string[] = []) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      ...["run", "-A", ...preload.map((path) => `--preload=${path}`), NN, "train"],
      ...["--target", "label", "--categorical", "shade", "--out", `${dir}/model.json`, ...flags],
    ],
    cwd: new URL("../..", import.meta.url),
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  const stdout = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  return {
    child,
    /** Reads stdout until `pattern` shows. */
    async waitFor(pattern: RegExp) {
      while (!pattern.test(seen)) {
        const { value, done } = await stdout.read();
        if (done) assert.fail(`the child ended before ${pattern}:\n${seen}\n${await stderr}`);
        seen += value;
      }
    },
    /** The exit code and stderr, once the child ends. */
    async end() {
      for (let next = await stdout.read(); !next.done; next = await stdout.read()) {
        seen += next.value;
      }
      return { status: await child.status, stderr: await stderr };
    },
  };
}

// Off a terminal the progress line is printed every two seconds: one past epoch 0 shows training.
const TRAINING = /\nepoch [1-9]\d*\//;
const LONG = ["--epochs", "10000000", "--early-stopping", "0"];

test("Ctrl-C during training saves the best model so far, atomically, and says where", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    await Deno.writeTextFile(`${dir}/model.json`, "the previous model\n");
    const run = trainChild(dir, [
      ...["--data", `${dir}/animals.csv`, "--validation-split", "0.2", "--batch-size", "4"],
      ...LONG,
    ]);
    await run.waitFor(TRAINING);
    run.child.kill("SIGINT");
    const { status, stderr } = await run.end();
    assert.equal(status.code, 130, stderr);
    const match = stderr.match(
      /Interrupted in epoch (\d+): saved the best model so far \(epoch (\d+), validation loss ([\d.e-]+)\) to (.*)\n$/,
    );
    assert.ok(match, stderr);
    const [, stopped, best, , path] = match;
    assert.equal(path, `${dir}/model.json`);
    assert.ok(Number(best) >= 1 && Number(best) <= Number(stopped), stderr);
    const model = await loadModel(path);
    assert.deepEqual(model.metadata.targets, [{
      name: "label",
      classes: ["bird, small", "cat", "dog"],
    }]);
    assert.deepEqual(entries(dir), ["animals.csv", "model.json"]);
  });
});

test("Ctrl-C never drops a completed epoch: with one batch an epoch and a falling loss, the last epoch is the best", async () => {
  // Full-batch gradient descent with a small step lowers the training loss every epoch, and the
  // Ctrl-C lands between two batches, so the epochs it ends are all complete: the one it stopped in
  // must be the one saved. Epochs that ended after the Ctrl-C was noticed used to be skipped.
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    const run = trainChild(dir, [
      ...["--data", `${dir}/animals.csv`, "--validation-split", "0", "--batch-size", "1000"],
      ...["--optimizer", "sgd", "--lr", "0.01", ...LONG],
    ]);
    await run.waitFor(TRAINING);
    run.child.kill("SIGINT");
    const { status, stderr } = await run.end();
    assert.equal(status.code, 130, stderr);
    const match = stderr.match(
      /Interrupted in epoch (\d+): saved the best model so far \(epoch (\d+), loss /,
    );
    assert.ok(match, stderr);
    assert.equal(match[2], match[1], stderr);
    const saved = await loadModel(`${dir}/model.json`);
    assert.equal(saved.layers.length, 2);
  });
});

test("Ctrl-C while the data is read quits with a message, exit 130 and the old file", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/model.json`, "the previous model\n");
    const fifo = `${dir}/data.csv`;
    const made = await new Deno.Command("mkfifo", { args: [fifo] }).output();
    assert.ok(made.success, new TextDecoder().decode(made.stderr));
    const run = trainChild(dir, ["--data", fifo]);
    // Opening a FIFO for writing returns once the reader has opened it: the child is reading.
    const writer = await Deno.open(fifo, { write: true });
    await writer.write(new TextEncoder().encode("x1,x2,shade,label\n1,2,dark,cat\n"));
    run.child.kill("SIGINT");
    const { status, stderr } = await run.end();
    writer.close();
    assert.equal(status.code, 130, stderr);
    assert.equal(
      stderr,
      `\nInterrupted before training: nothing saved; ${dir}/model.json is unchanged\n`,
    );
    assert.equal(await Deno.readTextFile(`${dir}/model.json`), "the previous model\n");
    assert.deepEqual(entries(dir), ["data.csv", "model.json"]);
  });
});

test("Ctrl-C while the trained model is saved finishes the save, skips the charts and exits 130", async () => {
  // The preload sends the child a real SIGINT inside its save, just before the rename.
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    await Deno.writeTextFile(`${dir}/model.json`, "the previous model\n");
    const run = trainChild(
      dir,
      ["--data", `${dir}/animals.csv`, "--epochs", "3", "--plots", `${dir}/charts`],
      ["tests/fixtures/interrupt_on_rename.ts"],
    );
    const { status, stderr } = await run.end();
    assert.equal(status.code, 130, stderr);
    assert.equal(
      stderr,
      "\nInterrupted: stopping once the file being written is complete\n" +
        `Interrupted after training: the model is saved to ${dir}/model.json; ` +
        `the charts in ${dir}/charts were not written\n`,
    );
    const model = await loadModel(`${dir}/model.json`);
    assert.deepEqual(model.metadata.targets, [{
      name: "label",
      classes: ["bird, small", "cat", "dog"],
    }]);
    assert.deepEqual(entries(dir).filter((name) => name !== "charts"), [
      "animals.csv",
      "model.json",
    ]);
    assert.deepEqual(entries(dir).includes("charts") ? entries(`${dir}/charts`) : [], []);
  });
});

test("Ctrl-C in the final rename of predict --out lets the file complete, says so and exits 130", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    await nn(
      "train",
      ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
      ...["--epochs", "2", "--out", `${dir}/model.json`],
    );
    const predict = ["predict", "--model", `${dir}/model.json`, "--data", `${dir}/animals.csv`];
    const late = await runScript(NN, [...predict, "--out", `${dir}/p.csv`], {
      flags: ["-A", "--preload=tests/fixtures/interrupt_on_rename.ts"],
    });
    assert.equal(late.code, 130, late.stderr);
    assert.equal(
      late.stderr,
      `Interrupted once every row was predicted: ${dir}/p.csv is written, complete\n`,
    );
    assert.equal(readCsv(`${dir}/p.csv`).length, 91);
    assert.deepEqual(entries(dir), ["animals.csv", "model.json", "p.csv"]);
  });
});

test("summary, charts, early stopping and --quiet", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/animals.csv`, animals().csv);
    const quiet = await nn(
      "train",
      ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
      ...["--validation-split", "0.3", "--early-stopping", "3", "--lr", "0.3", "--epochs", "500"],
      ...["--out", `${dir}/m.json`, "--plots", `${dir}/charts`, "--quiet"],
    );
    assert.equal(quiet.stdout + quiet.stderr, "");
    assert.deepEqual(entries(`${dir}/charts`), ["confusion-label.svg", "loss.svg"]);
    const confusion = await Deno.readTextFile(`${dir}/charts/confusion-label.svg`);
    assert.match(confusion, /label: confusion matrix \(27 rows\)/);

    const summary = (await nn("summary", "--model", `${dir}/m.json`)).stdout;
    assert.match(summary, /\n0 {6}Dense {2}4 → 64 {2}relu/);
    assert.match(summary, /\nInputs \(4\): x1, x2, shade=dark, shade=light\n/);
    assert.match(summary, /\nTarget label: classes bird, small, cat, dog\n/);
    const json = await nnJSON("summary", "--model", `${dir}/m.json`);
    assert.equal(json.parameters, 4 * 64 + 64 + 64 * 3 + 3);
    assert.deepEqual(json.scalers, { inputs: "standard", targets: null });

    const report = await nnJSON(
      "train",
      ...["--data", `${dir}/animals.csv`, "--target", "label", "--categorical", "shade"],
      ...["--validation-split", "0.3", "--early-stopping", "3", "--lr", "0.3", "--epochs", "500"],
      ...["--out", `${dir}/m.json`],
    );
    assert.equal(report.stopReason, "earlyStopping");
    assert.equal(report.epochs, report.bestEpoch + 3);
  });
});

test("gradcheck passes for --layers and --arch networks, and reports in JSON", async () => {
  const text = (await nn(
    "gradcheck",
    "--layers",
    "5,4",
    "--inputs",
    "3",
    "--outputs",
    "3",
    "--loss",
    "crossEntropy",
  ))
    .stdout;
  assert.match(text, /\n2 {6}Dense {2}4 → 3 {2}softmax {5}yes {11}15\n/);
  assert.match(text, /Checked 59 gradient entries: largest relative error \d\.\d\de-\d+ at layers/);
  assert.match(text, /\nPassed: backpropagation agrees with finite differences\n$/);
  const json = await nnJSON(
    "gradcheck",
    "--arch",
    "scripts/moons_architecture.json",
    "--loss",
    "logLoss",
  );
  assert.equal(json.passed, true);
  assert.equal(json.checked, json.parameters);
  assert.ok(json.maxRelativeError < 1e-6, String(json.maxRelativeError));
  // float32 layers: checked against their float64 twin, at the float32 tolerance.
  const float32 = await nn("gradcheck", "--layers", "5,4", "--dtype", "float32", "--json");
  const result = JSON.parse(float32.stdout);
  assert.equal(result.passed, true);
  assert.ok(result.maxRelativeError > 1e-9 && result.maxRelativeError < 1e-3);
});

test("categories are text: zip codes 01 and 1 stay apart, classes 1 and 1.0 are one", async () => {
  await withTempDir(async (dir) => {
    const rows = ["zip,size,grade", "01,1,1", "1,2,2", "01,3,1.0", "02,4,2.0", "1,5,1"];
    await Deno.writeTextFile(`${dir}/z.csv`, rows.join("\n"));
    const report = await nnJSON(
      "train",
      ...["--data", `${dir}/z.csv`, "--target", "grade", "--task", "classification"],
      ...["--categorical", "zip", "--epochs", "2", "--out", `${dir}/z.json`],
    );
    assert.deepEqual(report.features, [{ name: "zip", categories: ["01", "02", "1"] }, {
      name: "size",
    }]);
    assert.deepEqual(report.targets, [{ name: "grade", classes: ["1", "2"] }]);
    assert.equal(report.inputs, 4);
  });
});

test("regression on 150,000 rows trains and reports its target's range", async () => {
  await withTempDir(async (dir) => {
    const lines = ["x,y"];
    for (let i = 0; i < 150_000; i++) lines.push(`${i % 100},${(i % 100) * 3 + 1}`);
    await Deno.writeTextFile(`${dir}/many.csv`, lines.join("\n"));
    const { stdout } = await nn(
      "train",
      ...["--data", `${dir}/many.csv`, "--target", "y", "--layers", "none", "--epochs", "1"],
      ...["--out", `${dir}/m.json`],
    );
    assert.match(stdout, /\nTarget y: numeric, mean 149\.5, from 1 to 298\n/);
    const model = await loadModel(`${dir}/m.json`);
    assert.equal(model.layers.length, 1);
  });
});
