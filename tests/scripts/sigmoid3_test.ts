import assert from "node:assert/strict";
import { numpyRandom } from "../../mod.ts";
import { scenarioOptions } from "../../scripts/scenario.ts";
import { runSigmoid3, sigmoid3Model, sigmoid3Scenario, X, Y } from "../../scripts/sigmoid3.ts";
import { assertClose } from "../fixtures/close.ts";
import { fusesMultiplyAdds } from "../fixtures/kernel_check.ts";
import { runScript } from "../fixtures/command.ts";
import { withTempDir } from "../fixtures/files.ts";
import { assertSvg, marks } from "../fixtures/svg.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const options = (overrides = {}) => scenarioOptions(sigmoid3Scenario, overrides);

Deno.test("sigmoid3: one sample per row, the heart scaled into (0, 1)", () => {
  assert.equal(X.rows, 100);
  assert.equal(X.cols, 1);
  assert.equal(Y.rows, 100);
  assert.equal(Y.cols, 2);
  assert.deepEqual(X.row(25), [0.25]);
  assert.deepEqual(Y.row(0), [0.5, 0.625]);
  assert.ok(Y.data.every((v) => v > 0 && v < 1));
});

Deno.test("sigmoid3: weights are NumPy's randn / 2, drawn W1, W2, W3, then b1, b2, b3", () => {
  const model = sigmoid3Model(0);
  // np.random.seed(0); np.random.randn(6, 1) / 2, the first draws.
  const randn = [
    1.764052345967664,
    0.4001572083672233,
    0.9787379841057392,
    2.240893199201458,
    1.8675579901499675,
    -0.977277879876411,
  ];
  assert.deepEqual(Array.from(model.layers[0].weights.data), randn.map((v) => v / 2));
  // W2 = randn(7, 6) / 2 is stored transposed: NumPy's W2[o][i] is weights.get(i, o).
  const w2 = model.layers[1].weights;
  assert.equal(w2.rows, 6);
  assert.equal(w2.cols, 7);
  assert.deepEqual([0, 1, 2, 3, 4, 5].map((i) => w2.get(i, 0)), [
    0.4750442087627947,
    -0.07567860414884894,
    -0.05160942589677892,
    0.20529925096918616,
    0.072021785580439,
    0.7271367534814875,
  ]);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((o) => w2.get(0, o)), [
    0.4750442087627947,
    0.3805188625734967,
    0.15653385082545068,
    1.1348773119938038,
    0.07747371284845815,
    0.6151453403638604,
    -0.8531350953125063,
  ]);
  // W3 = randn(2, 7) / 2: the first input's row holds NumPy's first column.
  assert.deepEqual(model.layers[2].weights.row(0), [-0.8069489237789758, 0.21416593526520883]);
  // The biases come after every weight (6 + 42 + 14 draws), not layer by layer.
  assert.deepEqual(Array.from(model.layers[0].bias!), [
    -0.406573141022227,
    -0.8631413011658384,
    0.08871307112687642,
    -0.20089046810413094,
    -0.8150991734830223,
    0.2313911277628871,
  ]);
  assert.deepEqual(Array.from(model.layers[2].bias!), [-0.3424050454701566, -0.4353985745909409]);
  const r = numpyRandom(0);
  for (let k = 0; k < 62; k++) r.normal();
  assert.equal(model.layers[0].bias![0], r.normal() / 2);
});

Deno.test("sigmoid3: the untrained forward pass equals NumPy's for seed 123", () => {
  // NumPy: a3 = σ(W3 σ(W2 σ(W1 x + b1) + b2) + b3) with x = arange(0, 1, 0.01) as a row.
  const out = sigmoid3Model(123).forward(X);
  const numpy: [number, number[]][] = [
    [0, [0.7469753875372126, 0.8004629895140621]],
    [50, [0.7469111394869529, 0.802915678713136]],
    [99, [0.7465937343307205, 0.8051954546362917]],
  ];
  for (const [row, expected] of numpy) assertClose(out.row(row), expected, 1e-14, `row ${row}`);
});

Deno.test("sigmoid3: training traces the heart, and the same seed gives the same run", async () => {
  const lines: string[] = [];
  const short = await runSigmoid3(options({ epochs: 1000, log: (l: string) => lines.push(l) }));
  // Measured: untrained loss 0.13243, after 1000 epochs 5.0e-4 (max point error 0.074).
  assertClose(short.metrics.untrainedLoss as number, 0.132426, 1e-6);
  assert.ok((short.metrics.loss as number) < 1e-3, `loss ${short.metrics.loss}`);
  assert.ok((short.metrics.maxError as number) < 0.1, `maxError ${short.metrics.maxError}`);
  const text = lines.join("\n");
  assert.match(text, /Total parameters: 77/);
  assert.match(text, /Untrained loss \(MSE\): 0\.132426/);
  assert.match(text, /Trained 1000 epochs in/);
  assert.match(text, /\(worst\)/);

  // The defaults: 5000 epochs of Adam (measured: loss 1.5e-5, max point error 0.0131).
  const full = await runSigmoid3(options());
  assert.ok((full.metrics.loss as number) < 5e-5, `loss ${full.metrics.loss}`);
  assert.ok((full.metrics.rmse as number) < 0.01, `rmse ${full.metrics.rmse}`);
  assert.ok((full.metrics.maxError as number) < 0.02, `maxError ${full.metrics.maxError}`);
  // The README's figures: the run is deterministic (for one rounding of multiply-adds).
  const [rmse, maxError] = fusesMultiplyAdds() ? ["0.0039", "0.013"] : ["0.0043", "0.014"];
  assert.equal((full.metrics.rmse as number).toFixed(4), rmse);
  assert.equal((full.metrics.maxError as number).toFixed(3), maxError);
  // Independently of the script's own bookkeeping: distances and RMSE from the learned points.
  const distances = Y.toArray().map(([x, y], i) =>
    Math.hypot(full.learned.get(i, 0) - x, full.learned.get(i, 1) - y)
  );
  assertClose(full.metrics.maxError as number, Math.max(...distances), 1e-15);
  const squares = Y.data.reduce((s, t, k) => s + (full.learned.data[k] - t) ** 2, 0);
  assertClose(full.metrics.rmse as number, Math.sqrt(squares / Y.data.length), 1e-12);

  const again = await runSigmoid3(options({ epochs: 1000 }));
  assert.deepEqual(again.metrics, short.metrics);
  assert.deepEqual(again.learned.data, short.learned.data);
  const other = await runSigmoid3(options({ epochs: 1000, seed: 1 }));
  assert.notEqual(other.metrics.loss, short.metrics.loss);
});

test("sigmoid3: writes the curve and loss charts", async () => {
  await withTempDir(async (dir) => {
    const result = await runSigmoid3(options({ epochs: 50, plots: dir }));
    assert.deepEqual(result.charts, [`${dir}/curve.svg`, `${dir}/loss.svg`]);
    const curve = await Deno.readTextFile(`${dir}/curve.svg`);
    assertSvg(curve);
    assert.equal(marks(curve, "mark-line").length, 2);
    assert.match(curve, />target</);
    assert.match(curve, />learned</);
    const loss = await Deno.readTextFile(`${dir}/loss.svg`);
    assertSvg(loss);
    assert.equal(marks(loss, "mark-line").length, 1);
    assert.match(loss, /MSE \(log scale\)/);
  });
});

test("scripts/sigmoid3.ts runs as a command and prints one JSON line", async () => {
  const output = await runScript("scripts/sigmoid3.ts", [
    "--json",
    "--no-plots",
    "--epochs",
    "300",
  ]);
  assert.equal(output.code, 0, output.stderr);
  const lines = output.stdout.trim().split("\n");
  assert.equal(lines.length, 1);
  const json = JSON.parse(lines[0]);
  assert.equal(json.scenario, "sigmoid3");
  assert.deepEqual(json.charts, []);
  const direct = await runSigmoid3(options({ epochs: 300 }));
  assert.equal(json.loss, direct.metrics.loss);
  assert.equal(json.maxError, direct.metrics.maxError);
});

test("scripts/sigmoid3.ts rejects a bad flag with a message and exit code 1", async () => {
  const output = await runScript("scripts/sigmoid3.ts", ["--epochs", "0"]);
  assert.equal(output.code, 1);
  assert.equal(output.stdout, "");
  assert.equal(
    output.stderr,
    'sigmoid3: --epochs must be an integer from 1 to 10000000, got "0"\nRun with --help for the options.\n',
  );
  const unknown = await runScript("scripts/sigmoid3.ts", ["--unscaled"]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /^sigmoid3: Unknown option '--unscaled'/);
});
