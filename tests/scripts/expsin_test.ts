import assert from "node:assert/strict";
import { TrainingError } from "../../mod.ts";
import { scenarioOptions } from "../../scripts/scenario.ts";
import { expsinScenario, expsinSetup, runExpsin } from "../../scripts/expsin.ts";
import { runScript } from "../fixtures/command.ts";
import { withTempDir } from "../fixtures/files.ts";
import { assertSvg, marks } from "../fixtures/svg.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const options = (overrides = {}) => scenarioOptions(expsinScenario, overrides);

Deno.test("expsin: 10000 NumPy draws, a 67/33 split, weights drawn after the data", () => {
  const { split, model } = expsinSetup(0);
  assert.equal(split.xTrain.rows, 6700);
  assert.equal(split.xTest.rows, 3300);
  for (const [x, y] of [[split.xTrain, split.yTrain], [split.xTest, split.yTest]]) {
    for (let k = 0; k < x.data.length; k++) {
      assert.ok(x.data[k] >= 0 && x.data[k] < 1);
      assert.equal(y.data[k], 300 * Math.exp(Math.sin(x.data[k])));
    }
  }
  // np.random.seed(0); X = np.random.rand(10000, 2); the first row lands in one of the parts.
  const rows = [...split.xTrain.toArray(), ...split.xTest.toArray()];
  assert.ok(rows.some(([a, b]) => a === 0.5488135039273248 && b === 0.7151893663724195));
  // Then np.random.rand(3, 2) and rand(2, 3), stored transposed (inputs × outputs).
  assert.deepEqual(model.layers[0].weights.toArray(), [
    [0.3921729613508653, 0.9233005685513088, 0.9442821831399316],
    [0.04115658616429163, 0.4062349745714864, 0.7227244896803341],
  ]);
  assert.deepEqual(model.layers[1].weights.toArray(), [
    [0.9183199522385971, 0.06793902002339891],
    [0.8232675386765654, 0.8388157720591105],
    [0.646896701857699, 0.692822400555904],
  ]);
  assert.deepEqual(Array.from(model.layers[0].bias!), [0, 0, 0]);
  assert.equal(model.layers[1].activation.name, "linear");
});

Deno.test("expsin: with scaled targets the test loss falls and the test RMSE ends near 1", async () => {
  const lines: string[] = [];
  const result = await runExpsin(options({ log: (l: string) => lines.push(l) }));
  const { history, metrics } = result;
  assert.equal(result.diverged, null);
  assert.equal(history.epochs, 50);
  // Measured: test loss 3.58e-3, 1.79e-3, 1.18e-3, 7.94e-4, 7.25e-4 in the first epochs.
  for (let e = 1; e < 5; e++) {
    assert.ok(history.valLoss[e] < history.valLoss[e - 1], `epoch ${e + 1}: ${history.valLoss}`);
  }
  assert.ok(history.valLoss[49] < history.valLoss[0] / 20);
  // Measured: test RMSE 7.10 after 1 epoch, 3.19 after 5, 1.136 after 50 (the issue asks ≤ 3).
  assert.ok(history.metrics.valRmse[4] < 3.5, `${history.metrics.valRmse[4]}`);
  assert.ok((metrics.testRmse as number) < 1.3, `test RMSE ${metrics.testRmse}`);
  assert.equal((metrics.testRmse as number).toFixed(2), "1.14"); // the README's figure
  assert.equal(metrics.testRmse, history.metrics.valRmse[49]);
  assert.ok((metrics.testMae as number) < (metrics.testRmse as number));
  assert.ok(Math.abs(metrics.baselineRmse as number - 117.72) < 0.01);
  assert.equal(metrics.saturated, 0);
  assert.equal(metrics.diverged, 0);
  assert.ok(result.model.targetScaler !== null);
  const text = lines.join("\n");
  assert.match(text, /Split 67\/33: 6700 training rows, 3300 test rows\./);
  assert.match(text, /Trained 50 epochs \(335,000 single-sample steps\) in/);
  assert.match(text, /^ {6}5 {3}/m);
  assert.match(text, /Test RMSE 1\.\d{3}, MAE 0\.\d{3}/);
  assert.doesNotMatch(text, /Why the raw targets fail/);
});

Deno.test("expsin: the same seed gives a bit-identical run, another seed another", async () => {
  const a = await runExpsin(options({ epochs: 3 }));
  const b = await runExpsin(options({ epochs: 3 }));
  assert.deepEqual(b.metrics, a.metrics);
  assert.deepEqual(b.history, a.history);
  const c = await runExpsin(options({ epochs: 3, seed: 1 }));
  assert.notEqual(c.metrics.testRmse, a.metrics.testRmse);
});

Deno.test("expsin --unscaled: the raw targets saturate the hidden layer and nothing is learned", async () => {
  const lines: string[] = [];
  const result = await runExpsin(
    options({ epochs: 5, flags: { unscaled: true }, log: (l: string) => lines.push(l) }),
  );
  const { metrics } = result;
  assert.equal(result.model.targetScaler, null);
  assert.equal(metrics.diverged, 0);
  // Measured after 5 epochs: test RMSE 121.9 against 117.7 for the mean; every hidden unit saturated.
  assert.ok(
    (metrics.testRmse as number) > 0.9 * (metrics.baselineRmse as number),
    `${metrics.testRmse}`,
  );
  assert.ok((metrics.testLoss as number) > 1e4);
  assert.ok((metrics.saturated as number) > 0.99);
  const text = lines.join("\n");
  assert.match(text, /--unscaled: the network trains on the raw targets/);
  assert.match(text, /Why the raw targets fail:/);
  assert.match(text, /no better than always predicting the\s+mean/);
  assert.match(text, /here 100% of the hidden activations/);
});

Deno.test("expsin --unscaled with a large step diverges; the error and last good state are reported", async () => {
  const lines: string[] = [];
  const result = await runExpsin(
    options({
      epochs: 3,
      learningRate: 1,
      flags: { unscaled: true },
      log: (l: string) => lines.push(l),
    }),
  );
  assert.ok(result.diverged instanceof TrainingError);
  assert.equal(result.diverged.epoch, 1);
  assert.equal(result.history.epochs, 0);
  assert.equal(result.metrics.diverged, 1);
  assert.ok(Number.isNaN(result.metrics.testRmse));
  assert.ok(result.model.parameters.every((p) => p.value.every(Number.isFinite)));
  const text = lines.join("\n");
  assert.match(text, /^Training diverged in epoch 1, batch \d+: The mse loss is/m);
  assert.match(text, /The last good state: 0 complete epochs/);
  assert.match(
    text,
    /Test RMSE: not finite; the kept weights give outputs up to \d\.\de\+\d+ in size/,
  );
  assert.match(text, /the errors grew from step to step until the loss overflowed/);
  // The same step size on standardized targets trains.
  const scaled = await runExpsin(options({ epochs: 1, learningRate: 1 }));
  assert.equal(scaled.diverged, null);
});

test("expsin: writes the loss and predicted-versus-true charts", async () => {
  await withTempDir(async (dir) => {
    const result = await runExpsin(options({ epochs: 2, plots: dir }));
    assert.deepEqual(result.charts, [`${dir}/loss.svg`, `${dir}/predictions.svg`]);
    const loss = await Deno.readTextFile(`${dir}/loss.svg`);
    assertSvg(loss);
    assert.equal(marks(loss, "mark-line").length, 2);
    assert.match(loss, />training</);
    assert.match(loss, />test</);
    const scatter = await Deno.readTextFile(`${dir}/predictions.svg`);
    assertSvg(scatter);
    assert.equal(marks(scatter, "mark-symbol").length, 1);
    assert.equal(marks(scatter, "mark-rule").length, 1);
    assert.match(scatter, /both outputs/);

    const raw = await runExpsin(options({ epochs: 2, plots: dir, flags: { unscaled: true } }));
    assert.deepEqual(raw.charts, [`${dir}/loss_unscaled.svg`, `${dir}/predictions_unscaled.svg`]);
    assert.match(await Deno.readTextFile(`${dir}/predictions_unscaled.svg`), /raw targets/);
  });
});

test("scripts/expsin.ts runs as a command and prints one JSON line", async () => {
  for (const extra of [[], ["--unscaled"]]) {
    const output = await runScript("scripts/expsin.ts", [
      "--json",
      "--no-plots",
      "--epochs",
      "2",
      ...extra,
    ]);
    assert.equal(output.code, 0, output.stderr);
    const lines = output.stdout.trim().split("\n");
    assert.equal(lines.length, 1);
    const json = JSON.parse(lines[0]);
    assert.equal(json.scenario, "expsin");
    assert.deepEqual(json.charts, []);
    const direct = await runExpsin(
      options({ epochs: 2, flags: { unscaled: extra.length > 0 } }),
    );
    assert.equal(json.testRmse, direct.metrics.testRmse);
    assert.equal(json.testLoss, direct.metrics.testLoss);
  }
});

test("scripts/expsin.ts rejects a bad flag with a message and exit code 1", async () => {
  const output = await runScript("scripts/expsin.ts", ["--lr", "0"]);
  assert.equal(output.code, 1);
  assert.equal(output.stdout, "");
  assert.ok(
    output.stderr.startsWith('expsin: --lr must be a positive number, got "0"'),
    output.stderr,
  );
  const help = await runScript("scripts/expsin.ts", ["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--unscaled +train on the raw targets/);
});
