import assert from "node:assert/strict";
import { parseOptions, table } from "../bench/peers_report.ts";
import {
  figure,
  lossOf,
  median,
  network,
  w1,
  w1Infer,
  w2,
  w3,
  WORKLOADS,
  workOf,
} from "../bench/workloads.ts";

Deno.test("the workloads are the ones the performance issue defines", () => {
  const [a, infer, b, c] = [w1(), w1Infer(), w2(), w3()];
  assert.deepEqual(WORKLOADS.map((make) => make().name), ["W1", "W1-infer", "W2", "W3"]);
  assert.deepEqual(
    [
      a.sizes,
      a.x.rows,
      a.x.cols,
      a.y.cols,
      a.mode,
      a.count,
      a.batchSize,
      a.learningRate,
      workOf(a),
    ],
    [[2, 25, 50, 50, 25, 1], 1000, 2, 1, "fit", 20, 64, 0.01, 20_000],
  );
  assert.deepEqual(Array.from(new Set(a.y.data)).sort(), [0, 1]);
  assert.deepEqual([infer.sizes, infer.mode, infer.count, infer.batchSize, workOf(infer)], [
    a.sizes,
    "forward",
    100,
    1000,
    1e5,
  ]);
  assert.deepEqual(
    [b.sizes, b.x.rows, b.y.cols, b.mode, b.count, b.batchSize, b.learningRate, workOf(b)],
    [[784, 128, 64, 10], 8192, 10, "fit", 3, 128, 0.01, 3 * 8192],
  );
  assert.ok(b.x.data.every((v) => v >= 0 && v < 1));
  for (let i = 0; i < b.y.rows; i++) assert.equal(b.y.row(i).reduce((s, v) => s + v), 1);
  assert.deepEqual(
    [c.sizes, c.x.toArray(), c.y.toArray(), c.mode, c.count, c.learningRate, workOf(c)],
    [
      [2, 3, 2],
      [[0, 0], [0, 1], [1, 0], [1, 1]],
      [[1, 0], [0, 1], [0, 1], [1, 0]],
      "steps",
      5000,
      0.01,
      5000,
    ],
  );
  const model = network(a);
  assert.deepEqual(model.layers.map((layer) => layer.activation.name), [
    "relu",
    "relu",
    "relu",
    "relu",
    "sigmoid",
  ]);
  assert.deepEqual([lossOf(a), lossOf(b), lossOf(c)], ["logLoss", "crossEntropy", "crossEntropy"]);
});

Deno.test("a workload's figure and the median of runs", () => {
  assert.equal(figure(w1(), 0.5), 40_000);
  assert.equal(figure(w3(), 0.01), 2);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

Deno.test("the peers table gives ratios that exceed 1 when we are faster, for either unit", () => {
  const text = table([
    {
      workload: "W1",
      unit: "samples_per_s",
      figures: { backprop: 120_000, "tfjs-cpu": 15_000, "tfjs-wasm": 40_000 },
    },
    { workload: "W3", unit: "us_per_step", figures: { backprop: 2, "tfjs-wasm": 400 } },
  ]);
  assert.deepEqual(text.split("\n").slice(2, 4), [
    "| W1 | samples/s | 120,000 | 15,000 | 40,000 | 8 | 3 |",
    "| W3 | µs/step | 2 | – | 400 | – | 200 |",
  ]);
});

Deno.test("the peers harness refuses bad options with a clear message", () => {
  assert.throws(() => parseOptions(["--runs", "0"]), {
    message: '--runs: expected a whole number of at least 1, got "0"',
  });
  assert.throws(() => parseOptions(["--only", "W9"]), {
    message: '--only: expected some of W1, W1-infer, W2, W3, got "W9"',
  });
  assert.throws(() => parseOptions(["--peers", "gpu"]), {
    message: '--peers: expected some of cpu, wasm, got "gpu"',
  });
  const options = parseOptions(["--only", "W3,W1", "--peers", "wasm", "--runs", "5"])!;
  assert.deepEqual(
    [options.runs, options.workloads.map((w) => w.name), options.peers],
    [5, ["W1", "W3"], ["wasm"]],
  );
});
