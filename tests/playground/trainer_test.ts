import assert from "node:assert/strict";
import { createRandom, fromOnnx, Sequential } from "../../mod.ts";
import {
  type Config,
  copyConfig,
  DATASETS,
  DEFAULT_CONFIG,
  PRESETS,
} from "../../playground/config.ts";
import { generate, insideHeart } from "../../playground/datasets.ts";
import {
  checkGradients,
  createRun,
  explainNext,
  exportModel,
  GRID,
  losses,
  nextBatch,
  setupOf,
  snapshotOf,
  trainSteps,
} from "../../playground/trainer.ts";
import { explainHtml } from "../../playground/explain_view.ts";
import type { Explanation } from "../../playground/messages.ts";

function config(overrides: Partial<Config> = {}): Config {
  return { ...copyConfig(DEFAULT_CONFIG), ...overrides };
}

/** Each layer's δ, ∂L/∂W and ∂L/∂b shapes, as "rows × cols". */
function shapes(step: Explanation): string[][] {
  const shape = (b: { rows: number; cols: number } | null) => b && `${b.rows} × ${b.cols}`;
  return step.layers.map((l) => [shape(l.delta), shape(l.weightGradient), shape(l.biasGradient)])
    .map((row) => row.map((s) => s ?? "none"));
}

Deno.test("every data set draws the same points for the same seed, and others for another", () => {
  for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
    const a = generate(name, 60, 0.1, createRandom(3));
    const b = generate(name, 60, 0.1, createRandom(3));
    const c = generate(name, 60, 0.1, createRandom(4));
    assert.deepEqual(a, b, name);
    const n = name === "xor4" ? 4 : 60;
    assert.deepEqual([a.x1.length, a.x2.length, a.value.length], [n, n, n], name);
    if (name !== "xor4") assert.notDeepEqual(a, c, name);
    const { cx, cy, half } = DATASETS[name].domain;
    const inside = a.x1.filter((x, i) =>
      Math.abs(x - cx) <= half && Math.abs(a.x2[i] - cy) <= half
    );
    assert.ok(inside.length >= 0.95 * n, `${name}: ${inside.length} of ${n} points in view`);
    if (DATASETS[name].kind === "classification") {
      assert.ok(a.value.every((v) => v === 0 || v === 1), name);
      const ones = a.value.filter((v) => v === 1).length;
      assert.ok(ones > 0.15 * n && ones < 0.85 * n, `${name}: ${ones} of ${n} in class 1`);
    } else {
      assert.ok(a.value.every((v) => Math.abs(v) <= 1.5), name);
    }
  }
});

Deno.test("the generators' labels follow their rules", () => {
  const xor = generate("xor", 200, 0, createRandom(1));
  xor.value.forEach((v, i) => assert.equal(v, xor.x1[i] * xor.x2[i] > 0 ? 1 : 0));
  const cross = generate("cross", 200, 0, createRandom(1));
  cross.value.forEach((v, i) =>
    assert.equal(v, Math.abs(cross.x1[i]) < 0.5 || Math.abs(cross.x2[i]) < 0.5 ? 1 : 0)
  );
  const plane = generate("plane", 50, 0, createRandom(1));
  plane.value.forEach((v, i) => assert.equal(v, (plane.x1[i] + plane.x2[i]) / 3));
  const surface = generate("expsin", 2, 0, createRandom(1));
  const y = (u: number) => 300 * Math.exp(Math.sin((u * Math.PI) / 1.5));
  const scaled = (y(surface.x1[0]) + y(surface.x2[0])) / 2;
  const [low, high] = [300 / Math.E, 300 * Math.E];
  assert.ok(Math.abs(surface.value[0] - ((2 * (scaled - low)) / (high - low) - 1)) < 1e-12);
  assert.deepEqual(
    [insideHeart(0, 0), insideHeart(0, 0.8), insideHeart(1.4, 1.4), insideHeart(0, -0.85)],
    [true, false, false, true],
  );
});

Deno.test("a run splits its points by the training share and batches by the batch size", () => {
  const run = createRun(config({ points: 400, trainPercent: 50, batchSize: 30 }));
  assert.deepEqual([run.train.x.rows, run.held!.x.rows], [200, 200]);
  assert.equal(run.test.filter(Boolean).length, 200);
  assert.deepEqual([run.batchSize, run.batchesPerEpoch], [30, 7]);
  const rows: number[] = [];
  for (let k = 0; k < 7; k++) {
    rows.push(nextBatch(run).x.rows);
    trainSteps(run, 1);
  }
  assert.deepEqual(rows, [30, 30, 30, 30, 30, 30, 20]);
  assert.deepEqual([run.step, run.epoch, run.batch], [7, 1, 0]);
  assert.deepEqual(run.history.epochs, [1]);
  const all = createRun(config({ trainPercent: 100, features: ["x1", "x2", "x1x2"] }));
  assert.equal(all.held, null);
  assert.deepEqual([all.train.x.cols, losses(all).test], [3, null]);
});

Deno.test("equal configurations give equal losses after equal steps, however they are grouped", () => {
  const a = createRun(config()), b = createRun(config()), c = createRun(config({ seed: 2 }));
  trainSteps(a, 150);
  for (let k = 0; k < 15; k++) trainSteps(b, 10, k % 2 === 0);
  explainNext(b);
  trainSteps(c, 150);
  assert.deepEqual(losses(a), losses(b));
  assert.deepEqual(a.model.toJSON(), b.model.toJSON());
  assert.notEqual(losses(c).train, losses(a).train);
});

Deno.test("training the default network lowers both losses", () => {
  const run = createRun(config());
  const before = losses(run);
  trainSteps(run, 600);
  const after = losses(run);
  assert.ok(Math.abs(before.train - Math.LN2) < 0.01, `untrained loss ${before.train}`);
  assert.ok(after.train < 0.2 * before.train, `${before.train} → ${after.train}`);
  assert.ok(after.test! < 0.3 * before.test!, `${before.test} → ${after.test}`);
});

Deno.test("each preset trains: 300 steps lower its training loss", () => {
  for (const [name, preset] of Object.entries(PRESETS)) {
    const run = createRun(copyConfig(preset.config));
    const before = losses(run).train;
    trainSteps(run, 300);
    const after = losses(run).train;
    assert.ok(after < 0.8 * before, `${name}: ${before} → ${after}`);
  }
  const xor = createRun(copyConfig(PRESETS.xor.config));
  trainSteps(xor, 200);
  // The xor script's figure: ln 2 / 4, the least this bias-free network can reach.
  assert.ok(Math.abs(losses(xor).train - 0.17329) < 1e-5, String(losses(xor).train));
});

Deno.test("the explained step has each layer's δ, ∂L/∂W and ∂L/∂b, from the step's own batch", () => {
  const run = createRun(config());
  const next = explainNext(run);
  assert.deepEqual([next.step, next.taken, next.epoch, next.batch, next.batches], [
    1,
    false,
    1,
    1,
    20,
  ]);
  assert.deepEqual(shapes(next), [
    ["10 × 8", "2 × 8", "1 × 8"],
    ["10 × 8", "8 × 8", "1 × 8"],
    ["10 × 1", "8 × 1", "1 × 1"],
  ]);
  const batch = nextBatch(run);
  const trace = run.model.trace(batch.x, batch.y, "logLoss");
  const taken = trainSteps(run, 1, true)!;
  assert.deepEqual(taken, { ...next, taken: true });
  assert.equal(taken.loss, trace.loss);
  assert.deepEqual(
    taken.layers[1].weightGradient.values,
    trace.layers[1].weightGradient.toArray().slice(0, 6),
  );
  assert.equal(taken.fused, "sigmoid");
  const wide = createRun(config({ layers: [3, 12], batchSize: 4, bias: false, loss: "mse" }));
  const explained = explainNext(wide);
  assert.deepEqual(shapes(explained), [
    ["4 × 3", "2 × 3", "none"],
    ["4 × 12", "3 × 12", "none"],
    ["4 × 1", "12 × 1", "none"],
  ]);
  assert.deepEqual(explained.layers[1].delta.values.map((row) => row.length), [8, 8, 8, 8]);
  assert.equal(explained.fused, null);
});

Deno.test("the explained step's HTML shows shapes, the first numbers, and what it left out", () => {
  const run = createRun(config({ layers: [3, 12], batchSize: 7 }));
  const step = trainSteps(run, 1, true)!;
  const html = explainHtml(step);
  assert.match(
    html,
    /^<p class="explain-head">Step 1, just taken \(epoch 1, batch 1 of 29, 7 rows\)/,
  );
  assert.match(
    html,
    /data-name="delta"><figcaption>δ₂ = ∂L\/∂Z₂ <span class="shape">7 × 12<\/span>/,
  );
  assert.match(html, /∂L\/∂W₁ = A₀ᵀ·δ₁ <span class="shape">2 × 3<\/span>/);
  assert.match(html, /∂L\/∂b₃ = Σ rows of δ₃ <span class="shape">1 × 1<\/span>/);
  assert.match(html, /⋮ 1 more row</);
  assert.match(html, /δ passes down: ∂L\/∂A₂ = δ₃·W₃ᵀ \(7 × 12\), then δ₂ = ∂L\/∂A₂ ⊙ tanh′\(Z₂\)/);
  // Layer 2's 12 columns are cut at 8: 6 of δ₂'s 7 rows, ∂L/∂W₂'s 3 rows and ∂L/∂b₂'s 1.
  assert.equal(html.match(/<td>…<\/td>/g)?.length, 6 + 3 + 1);
  const first = step.layers[0].delta.values[0][0];
  assert.ok(
    html.includes(
      `<td>${Math.abs(first) >= 1e-3 ? first.toFixed(4) : first.toExponential(2)}</td>`,
    ),
  );
});

Deno.test("a snapshot holds the weights, the heatmaps in [−1, 1] and only new loss points", () => {
  const run = createRun(config({ layers: [8, 14] }));
  const setup = setupOf(run, 3);
  assert.deepEqual([setup.widths, setup.features.length, setup.batchesPerEpoch], [
    [2, 8, 14, 1],
    2,
    20,
  ]);
  assert.equal(setup.test.filter(Boolean).length, 200);
  trainSteps(run, 45);
  const first = snapshotOf(run, 3, true, null);
  assert.deepEqual([first.step, first.epoch, first.runId, first.playing], [45, 2, 3, true]);
  assert.deepEqual(first.units.map((layer) => layer.length), [8, 12, 1]);
  assert.equal(first.output.values.length, GRID.output ** 2);
  for (const map of [first.output, ...first.units.flat()]) {
    assert.ok(map.values.every((v) => v >= -1 && v <= 1));
  }
  assert.ok(first.units[0].every((map) => Math.max(...map.values.map(Math.abs)) === 1));
  assert.deepEqual(first.layers.map((l) => [l.rows, l.cols, l.bias?.length]), [[2, 8, 8], [
    8,
    14,
    14,
  ], [14, 1, 1]]);
  assert.deepEqual(
    Array.from(first.layers[1].weights),
    Array.from(run.model.layers[1].weights.data),
  );
  assert.deepEqual(first.history, {
    from: 0,
    epochs: [1, 2],
    train: first.history.train,
    test: first.history.test,
  });
  trainSteps(run, 20);
  const second = snapshotOf(run, 3, false, null);
  assert.deepEqual([second.history.from, second.history.epochs], [2, [3]]);
  assert.equal(second.trainLoss, losses(run).train);
});

Deno.test("the loss history keeps at most 1000 points, thinning itself as epochs pass", () => {
  const run = createRun(config({ dataset: "xor4", trainPercent: 100, batchSize: 4, layers: [2] }));
  trainSteps(run, 2500);
  assert.equal(run.history.stride, 4);
  assert.equal(run.history.epochs.length, 625);
  assert.deepEqual(run.history.epochs.slice(0, 3), [4, 8, 12]);
  assert.equal(snapshotOf(run, 1, false, null).history.from, 0);
});

Deno.test("the gradient check passes on the playground's networks", () => {
  for (
    const overrides of [{}, { loss: "crossEntropy", activation: "sigmoid" }, {
      dataset: "expsin",
      loss: "mse",
      l1: 0.01,
      l2: 0.01,
    }] as Partial<Config>[]
  ) {
    const run = createRun(config(overrides));
    trainSteps(run, 30);
    const result = checkGradients(run, 1);
    assert.equal(result.passed, true, JSON.stringify(result));
    assert.ok(result.maxRelativeError < 1e-6);
    assert.ok(result.checked > 40, String(result.checked));
    assert.deepEqual([result.rows, result.step], [10, 30]);
  }
});

Deno.test("the exported JSON and ONNX give the trained network's outputs", () => {
  const run = createRun(config({ layers: [5], features: ["x1", "x2", "x1Squared"] }));
  trainSteps(run, 100);
  const { json, onnx } = exportModel(run);
  const parsed = JSON.parse(json);
  assert.equal(parsed.metadata.steps, 100);
  assert.deepEqual(parsed.metadata.inputs, ["x1", "x2", "x1Squared"]);
  assert.match(
    parsed.metadata.playground,
    /^\?dataset=circles&.*&layers=5&.*&features=x1,x2,x1Squared&seed=1/,
  );
  const rows = run.held!.x;
  const expected = run.model.forward(rows);
  assert.deepEqual(Sequential.fromJSON(parsed).forward(rows), expected);
  const fromFile = fromOnnx(onnx).forward(rows);
  for (let k = 0; k < expected.data.length; k++) {
    assert.ok(Math.abs(fromFile.data[k] - expected.data[k]) < 1e-12);
  }
});
