import assert from "node:assert/strict";
import {
  adam,
  Dense,
  type EpochEvent,
  fitStandardScaler,
  type History,
  type Loss,
  Matrix,
  type ModelLayer,
  moons,
  type Prediction,
  Sequential,
  sgd,
  takeRows,
  TrainingError,
  xor,
} from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";
import { moonsModel, trainMoons } from "../fixtures/moons.ts";

function xorNet(seed: number): Sequential {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "tanh" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed });
}

/** A linear model y = 2x + 1 on 100 rows. */
function line(n = 100): { x: Matrix; y: Matrix } {
  const x = new Matrix(n, 1), y = new Matrix(n, 1);
  for (let i = 0; i < n; i++) {
    x.data[i] = i / n;
    y.data[i] = 2 * x.data[i] + 1;
  }
  return { x, y };
}

function weights(model: Sequential<Prediction, ModelLayer>): number[][] {
  return model.parameters.map((p) => Array.from(p.value));
}

Deno.test("fit: a seeded XOR run reaches 100% accuracy", () => {
  const { x, y } = xor();
  const model = xorNet(3);
  const history = model.fit(x, y, {
    loss: "logLoss",
    optimizer: adam({ learningRate: 0.05 }),
    epochs: 300,
    metrics: ["accuracy"],
    seed: 3,
  });
  assert.equal(history.epochs, 300);
  assert.equal(history.metrics.accuracy.at(-1), 1);
  assert.deepEqual(model.predict(x), [0, 1, 1, 0]);
  assert.ok(history.loss.at(-1)! < 0.05, `final loss ${history.loss.at(-1)}`);
  assert.equal(history.stopReason, "epochs");
  assert.equal(history.stopMessage, "Trained 300 epochs");
});

Deno.test("fit: moons, 1000 samples with noise 0.2, reach at least 95% test accuracy", () => {
  const { accuracy, history } = trainMoons(7);
  assert.ok(accuracy >= 0.95, `test accuracy ${accuracy}`);
  assert.ok(history.metrics.valAccuracy[history.bestEpoch - 1] >= 0.9);
  assert.equal(history.monitor, "valLoss");
});

Deno.test("fit: the same seeds give bit-identical histories and weights", () => {
  const { x, y } = moons({ n: 200, noise: 0.2, seed: 1 });
  const run = (): [History, number[][]] => {
    const model = moonsModel(5);
    const history = model.fit(x, y, {
      loss: "logLoss",
      epochs: 5,
      batchSize: 16,
      metrics: ["accuracy", "mse"],
      validationSplit: 0.2,
      seed: 11,
    });
    return [history, weights(model)];
  };
  const [h1, w1] = run();
  const [h2, w2] = run();
  assert.deepEqual(h1, h2);
  h1.loss.forEach((v, i) => assert.ok(Object.is(v, h2.loss[i])));
  assert.deepEqual(w1, w2);
  const other = moonsModel(5).fit(x, y, { loss: "logLoss", epochs: 5, batchSize: 16, seed: 12 });
  assert.notDeepEqual(other.loss, h1.loss);
});

Deno.test("fit: the default batch is all rows up to 32, else 32 with a short last batch", () => {
  const sizes = (n: number, batchSize?: number): number[] => {
    const { x, y } = line(n);
    const seen: number[] = [];
    const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
    model.fit(x, y, {
      loss: "mse",
      batchSize,
      callbacks: { onBatchEnd: ({ size, epoch }) => void (epoch === 1 && seen.push(size)) },
      epochs: 2,
      seed: 0,
    });
    return seen;
  };
  assert.deepEqual(sizes(32), [32]);
  assert.deepEqual(sizes(100), [32, 32, 32, 4]);
  assert.deepEqual(sizes(10, 4), [4, 4, 2]);
  assert.deepEqual(sizes(10, 50), [10]);
});

Deno.test("fit: the epoch loss is the batch-size-weighted mean of the batch losses", () => {
  const { x, y } = line(10);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const batches: number[][] = [];
  const history = model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.1 }),
    batchSize: 4,
    epochs: 2,
    seed: 0,
    callbacks: { onBatchEnd: ({ loss, size }) => void batches.push([loss, size]) },
  });
  const epochLoss = (part: number[][]) =>
    part.reduce((s, [l, n]) => s + l * n, 0) / part.reduce((s, [, n]) => s + n, 0);
  assert.equal(history.loss[0], epochLoss(batches.slice(0, 3)));
  assert.equal(history.loss[1], epochLoss(batches.slice(3)));
});

Deno.test("fit: without shuffling, batches are consecutive rows and the split takes the last rows", () => {
  const rows = Matrix.from([[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]]);
  const seen: number[][] = [];
  new Sequential([new Dense(1, 1, { seed: 0 })]).fit(rows, rows, {
    loss: recordingLoss(seen),
    optimizer: sgd({ learningRate: 0.1 }),
    batchSize: 2,
    epochs: 2,
    shuffle: false,
    validationSplit: 0.3,
  });
  const epoch = [[0, 1], [2, 3], [4, 5], [6]];
  assert.deepEqual(seen, [...epoch, [7, 8, 9], ...epoch, [7, 8, 9]]);

  const { x, y } = line(10);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const history = model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.5 }),
    epochs: 3,
    shuffle: false,
    validationSplit: 0.3,
    metrics: ["mae"],
  });
  const held = model.evaluate(takeRows(x, [7, 8, 9]), takeRows(y, [7, 8, 9]), {
    loss: "mse",
    metrics: ["mae"],
  });
  assert.equal(history.valLoss.at(-1), held.loss);
  assert.equal(history.metrics.valMae.at(-1), held.mae);
  assert.deepEqual(Object.keys(history.metrics), ["mae", "valMae"]);
  assert.equal(history.monitor, "valLoss");
});

Deno.test("fit: validationData is scored after every epoch", () => {
  const { x, y } = line(20);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const vx = [[2], [3]], vy = [[5], [7]];
  const seen: (number | undefined)[] = [];
  const history = model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.5 }),
    epochs: 4,
    validationData: { x: vx, y: vy },
    callbacks: { onEpochEnd: (e) => void seen.push(e.valLoss) },
    seed: 1,
  });
  assert.deepEqual(seen, history.valLoss);
  assert.equal(history.valLoss.length, 4);
  assert.equal(history.valLoss.at(-1), model.evaluate(vx, vy, { loss: "mse" }).loss);
  assert.ok(history.valLoss[3] < history.valLoss[0]);
});

/** A loss that records the targets of every batch it scores, and trains nothing. */
function recordingLoss(seen: number[][]): Loss {
  return {
    name: "recording",
    targets: "real",
    value: (_a, y) => (seen.push(Array.from(y.data)), 1),
    gradient: (_a, _y, out) => void out.data.fill(0),
  };
}

/** A loss whose value follows a script and whose gradient is constant, so weights move every step. */
function scriptedLoss(values: number[]): Loss {
  let k = 0;
  return {
    name: "scripted",
    targets: "real",
    value: () => values[k++],
    gradient: (_a, _y, out) => void out.data.fill(0.01),
  };
}

Deno.test("early stopping stops at the right epoch and restores the best weights", () => {
  const { x, y } = line(4);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const perEpoch: number[][][] = [];
  const history = model.fit(x, y, {
    loss: scriptedLoss([5, 4, 3, 3.5, 3.2, 3.1, 2.9, 1, 1]),
    optimizer: sgd({ learningRate: 1 }),
    epochs: 9,
    earlyStopping: { patience: 3 },
    callbacks: { onEpochEnd: (e) => void perEpoch.push(weights(e.model)) },
  });
  assert.equal(history.epochs, 6);
  assert.deepEqual(history.loss, [5, 4, 3, 3.5, 3.2, 3.1]);
  assert.equal(history.bestEpoch, 3);
  assert.equal(history.stopReason, "earlyStopping");
  assert.equal(
    history.stopMessage,
    "loss did not improve for 3 epochs; the best was 3 at epoch 3; restored the weights of epoch 3",
  );
  assert.deepEqual(weights(model), perEpoch[2]);
  assert.notDeepEqual(perEpoch[5], perEpoch[2]);
});

Deno.test("earlyStopping: true watches loss with patience 5 and restores the best weights", () => {
  const { x, y } = line(4);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const perEpoch: number[][][] = [];
  const history = model.fit(x, y, {
    loss: scriptedLoss([5, 4, 4.5, 4.5, 4.5, 4.5, 4.5, 1]),
    optimizer: sgd({ learningRate: 1 }),
    epochs: 8,
    earlyStopping: true,
    callbacks: { onEpochEnd: (e) => void perEpoch.push(weights(e.model)) },
  });
  assert.equal(history.monitor, "loss");
  assert.equal(history.epochs, 7);
  assert.equal(history.bestEpoch, 2);
  assert.equal(history.stopReason, "earlyStopping");
  assert.deepEqual(weights(model), perEpoch[1]);
});

Deno.test("early stopping honours minDelta, and restoreBest false keeps the last weights", () => {
  const { x, y } = line(4);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  let lastWeights: number[][] = [];
  const history = model.fit(x, y, {
    loss: scriptedLoss([5, 4.95, 4.9, 4.85, 1]),
    optimizer: sgd({ learningRate: 1 }),
    epochs: 5,
    earlyStopping: { patience: 2, minDelta: 0.1, restoreBest: false },
    callbacks: { onEpochEnd: (e) => void (lastWeights = weights(e.model)) },
  });
  assert.equal(history.epochs, 3);
  assert.equal(history.bestEpoch, 1);
  assert.deepEqual(weights(model), lastWeights);
});

Deno.test("the divergence guard trips on a learning rate of 1e6 and leaves finite weights", () => {
  const { x, y } = line(8);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  let before: number[][] = [];
  let error: unknown;
  try {
    model.fit(x, y, {
      loss: "mse",
      optimizer: sgd({ learningRate: 1e6 }),
      epochs: 1000,
      seed: 0,
      callbacks: { onBatchEnd: (e) => void (before = weights(e.model)) },
    });
  } catch (caught) {
    error = caught;
  }
  assert.ok(error instanceof TrainingError, String(error));
  // Every product has 8 multiply-adds or fewer, which every backend computes unfused, in
  // TypeScript: the same last loss everywhere.
  const lastLoss = 3.7365708186037425e+306;
  assert.equal(
    error.message,
    "Training diverged in epoch 26, batch 1: The mse loss is Infinity; no weights were updated. " +
      "Lower the learning rate, scale the inputs or targets, or check custom plugins. " +
      "The model keeps its weights from before this step; " +
      `the last finite training loss was ${lastLoss}.`,
  );
  assert.equal(error.epoch, 26);
  assert.equal(error.batch, 1);
  assert.equal(error.lastLoss, lastLoss);
  assert.equal(error.history.epochs, error.epoch - 1);
  assert.equal(error.history.stopReason, "diverged");
  assert.equal(error.history.stopMessage, error.message);
  assert.ok(error.cause instanceof RangeError);
  assert.ok(weights(model).flat().every(Number.isFinite));
  assert.deepEqual(weights(model), before);
});

Deno.test("callbacks see epochs and batches and can stop training", () => {
  const { x, y } = line(10);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const events: string[] = [];
  const history = model.fit(x, y, {
    loss: "mse",
    batchSize: 5,
    epochs: 10,
    seed: 0,
    callbacks: [
      { onBatchEnd: (e) => void events.push(`${e.epoch}.${e.batch}`) },
      {
        onEpochEnd: (e: EpochEvent) => {
          events.push(`end ${e.epoch} ${Object.keys(e.logs).join(",")}`);
          if (e.epoch === 2) e.stop("enough");
        },
      },
    ],
  });
  assert.deepEqual(events, ["1.1", "1.2", "end 1 loss", "2.1", "2.2", "end 2 loss"]);
  assert.equal(history.epochs, 2);
  assert.equal(history.stopReason, "callback");
  assert.equal(history.stopMessage, "enough");

  const trained: number[][] = [];
  const mid = new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, y, {
    loss: "mse",
    batchSize: 2,
    epochs: 10,
    seed: 0,
    callbacks: {
      onBatchEnd: (e) => {
        trained.push([e.batch, e.loss]);
        if (e.batch === 3) e.stop();
      },
    },
  });
  assert.deepEqual(trained.map(([batch]) => batch), [1, 2, 3]);
  assert.equal(mid.epochs, 1);
  assert.equal(mid.loss[0], (trained[0][1] + trained[1][1] + trained[2][1]) / 3);
  assert.equal(mid.stopMessage, "A callback stopped training");
});

Deno.test("verbose prints one line per epoch or every N epochs", () => {
  const { x, y } = line(4);
  const lines: string[] = [];
  new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.1 }),
    epochs: 5,
    verbose: 2,
    metrics: ["rmse"],
    log: (line) => lines.push(line),
  });
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^Epoch 2\/5: loss [\d.e-]+ · rmse [\d.e-]+$/);
  assert.match(lines[2], /^Epoch 5\/5: /);
  const count = (verbose: boolean | number): number => {
    let n = 0;
    new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, y, {
      loss: "mse",
      epochs: 5,
      verbose,
      log: () => n++,
    });
    return n;
  };
  assert.equal(count(true), 5);
  assert.equal(count(0), 0);
  assert.equal(count(false), 0);
});

Deno.test("training metrics are in target units when the model carries a target scaler", () => {
  const x = [[1], [2], [3], [4]], y = [[100], [300], [500], [700]];
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  model.inputScaler = fitStandardScaler(x);
  model.targetScaler = fitStandardScaler(y);
  const before = Sequential.fromJSON(model.toJSON());
  const vx = [[1.5], [5]], vy = [[210], [880]];
  const history = model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.1 }),
    epochs: 1,
    metrics: ["rmse", "mae"],
    validationData: [vx, vy],
  });
  const predicted = (model.predict(vx) as Matrix).data;
  const errors = [predicted[0] - 210, predicted[1] - 880];
  assertClose(history.metrics.valRmse[0], Math.sqrt((errors[0] ** 2 + errors[1] ** 2) / 2), 1e-12);
  assertClose(history.metrics.valMae[0], (Math.abs(errors[0]) + Math.abs(errors[1])) / 2, 1e-12);
  const scores = model.evaluate(vx, vy, { loss: "mse", metrics: ["rmse"] });
  assert.equal(scores.rmse, history.metrics.valRmse[0]);
  const untrained = before.evaluate(x, y, { metrics: ["rmse", "mae"] });
  assertClose(history.metrics.rmse[0], untrained.rmse, 1e-12);
  assertClose(history.metrics.mae[0], untrained.mae, 1e-12);
  assert.ok(untrained.rmse > 10, `rmse ${untrained.rmse} is in target units`);
  assert.equal(scores.loss, history.valLoss[0]);
});

Deno.test("fitAsync lets the event loop run during long synchronous training and matches fit", async () => {
  const { x, y } = moons({ n: 400, noise: 0.2, seed: 2 });
  const options = { loss: "logLoss", epochs: 20, batchSize: 8, seed: 4 } as const;
  const reference = moonsModel(1).fit(x, y, options);
  // Three batches that block for 20 ms each, longer than fitAsync's 16 ms slices, whatever the
  // machine's speed: each must be followed by a pause in which the interval can run.
  let stalls = 0;
  const stall = () => {
    if (stalls++ >= 3) return;
    const until = performance.now() + 20;
    while (performance.now() < until);
  };
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const started = performance.now();
  const history = await moonsModel(1).fitAsync(x, y, {
    ...options,
    callbacks: { onBatchEnd: stall },
  });
  const elapsed = performance.now() - started;
  clearInterval(timer);
  assert.deepEqual(history, reference);
  assert.ok(ticks >= 2, `the interval ran ${ticks} times in ${elapsed.toFixed(0)} ms of training`);
});

Deno.test("fitAsync awaits callbacks that return promises", async () => {
  const { x, y } = line(8);
  const order: string[] = [];
  await new Sequential([new Dense(1, 1, { seed: 0 })]).fitAsync(x, y, {
    loss: "mse",
    epochs: 3,
    callbacks: {
      onEpochEnd: async (e) => {
        order.push(`start ${e.epoch}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
        order.push(`end ${e.epoch}`);
      },
    },
  });
  assert.deepEqual(order, ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
});

Deno.test("callbacks may return ordinary values, which fit ignores", () => {
  const { x, y } = line(8);
  const losses: number[] = [];
  const batches: number[] = [];
  const history = new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, y, {
    loss: "mse",
    epochs: 2,
    seed: 0,
    callbacks: { onEpochEnd: (e) => losses.push(e.loss), onBatchEnd: (e) => batches.push(e.batch) },
  });
  assert.deepEqual(losses, history.loss);
  assert.deepEqual(batches, [1, 1]);
});

Deno.test("rows are reshuffled every epoch, and every epoch sees every row once", () => {
  const x = Matrix.from([[0], [1], [2], [3], [4], [5]]);
  const seen: number[][] = [];
  new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, x, {
    loss: recordingLoss(seen),
    optimizer: sgd({ learningRate: 0.1 }),
    batchSize: 2,
    epochs: 3,
    seed: 5,
  });
  const epochs = [seen.slice(0, 3).flat(), seen.slice(3, 6).flat(), seen.slice(6).flat()];
  for (const order of epochs) assert.deepEqual([...order].sort(), [0, 1, 2, 3, 4, 5]);
  assert.notDeepEqual(epochs[0], epochs[1]);
  assert.notDeepEqual(epochs[1], epochs[2]);
  assert.notDeepEqual(epochs[0], [0, 1, 2, 3, 4, 5]);
});

Deno.test("accuracy of a multi-output sigmoid counts each output", () => {
  const layer = new Dense(1, 2, { activation: "sigmoid", seed: 0 });
  layer.weights.data.set([1, -1]);
  const model = new Sequential([layer]);
  // outputs: row 0 (x = 2): [>0.5, <0.5]; row 1 (x = -2): [<0.5, >0.5]
  const scores = model.evaluate([[2], [-2]], [[1, 1], [0, 1]], { metrics: ["accuracy"] });
  assert.equal(scores.accuracy, 0.75);
});

Deno.test("fit rejects a callback that returns a promise, pointing to fitAsync", () => {
  const { x, y } = line(4);
  assert.throws(
    () =>
      new Sequential([new Dense(1, 1, { seed: 0 })]).fit(x, y, {
        loss: "mse",
        callbacks: { onEpochEnd: () => Promise.resolve() },
      }),
    /A fit callback returned a promise; use fitAsync to train with asynchronous callbacks/,
  );
});

Deno.test("fit and evaluate options are checked before any step", () => {
  const { x, y } = line(4);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const before = weights(model);
  const cases: [Record<string, unknown>, RegExp][] = [
    [{}, /^TypeError: fit needs a loss, such as \{ loss: "mse" \}; known losses: .*crossEntropy/],
    [
      { loss: "mse", epoch: 3 },
      /^TypeError: fit has no option "epoch"; known options: loss, optimizer, epochs/,
    ],
    [{ loss: "mse", epochs: 0 }, /^RangeError: fit epochs must be a positive integer, got 0/],
    [{ loss: "mse", epochs: "3" }, /^TypeError: fit epochs must be a positive integer, got "3"/],
    [{ loss: "mse", shuffle: false, seed: "a" }, /^RangeError: Seed must be a safe integer, got a/],
    [
      { loss: "mse", batchSize: 2.5 },
      /^RangeError: fit batchSize must be a positive integer, got 2.5/,
    ],
    [
      { loss: "mse", validationSplit: 1 },
      /^RangeError: fit validationSplit must be a number in \(0, 1\), got 1/,
    ],
    [
      { loss: "mse", validationSplit: 0.1 },
      /^RangeError: fit validationSplit 0.1 of 4 rows leaves 0 validation and 4 training rows; both need at least one$/,
    ],
    [
      { loss: "mse", validationSplit: 0.5, validationData: [x, y] },
      /^TypeError: fit takes validationSplit or validationData, not both/,
    ],
    [
      { loss: "mse", metrics: ["accuracy"] },
      /^RangeError: fit metric accuracy needs a classifier \(an output of probabilities, such as softmax or sigmoid\), but layer 0 \(Dense 1 → 1\) has activation linear$/,
    ],
    [
      { loss: "mse", metrics: ["f2"] },
      /^TypeError: fit metrics\[0\] is "f2"; known metrics: accuracy, precision, recall, f1, auc, mse, mae, rmse, r2$/,
    ],
    [
      { loss: "mse", earlyStopping: { monitor: "valLoss" } },
      /^RangeError: fit earlyStopping monitors "valLoss", which training does not log; it logs "loss"/,
    ],
    [
      { loss: "mse", earlyStopping: { patience: 0 } },
      /^RangeError: fit earlyStopping patience must be a positive integer, got 0$/,
    ],
    [
      { loss: "mse", callbacks: [{}] },
      /^TypeError: fit callbacks\[0\] has neither onBatchEnd nor onEpochEnd/,
    ],
    [{ loss: "mse", shuffle: "yes" }, /^TypeError: fit shuffle must be true or false, got "yes"/],
    [
      { loss: "logLoss" },
      /^RangeError: logLoss needs targets in \[0, 1\]; Y has 1.5 at row 1, column 0$/,
    ],
    [
      { loss: "mse", validationData: [[[1, 2]], [[1]]] },
      /^RangeError: validationData X has 2 columns/,
    ],
  ];
  for (const [options, message] of cases) {
    assert.throws(() => model.fit(x, y, options as never), message);
  }
  assert.throws(
    () => model.fit([[1]], [[1], [2]], { loss: "mse" }),
    /^RangeError: X has 1 rows but Y has 2/,
  );
  assert.throws(() => model.evaluate(x, y, {}), /^TypeError: evaluate needs a loss or metrics/);
  assert.throws(
    () => model.evaluate(x, y, { metrics: [] }),
    /^TypeError: evaluate needs a loss or metrics/,
  );
  assert.deepEqual(weights(model), before);
  const regressor = new Sequential([new Dense(1, 1, { activation: "sigmoid", seed: 0 })]);
  regressor.targetScaler = fitStandardScaler(y);
  assert.throws(
    () => regressor.evaluate(x, y, { metrics: ["mae", "accuracy"] }),
    /^RangeError: evaluate metric accuracy needs a classifier, but the model has a target scaler, which makes it a regressor$/,
  );
});

Deno.test("evaluate in blocks equals evaluate at once, and matches hand computation", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 3, outputDim: 4, activation: "tanh" },
    { inputDim: 4, outputDim: 3, activation: "softmax" },
  ], { seed: 3 });
  const x = Array.from({ length: 50 }, (_, i) => [Math.sin(i), Math.cos(i), i / 50]);
  const labels = x.map((_, i) => i % 3);
  const y = labels.map((c) => [0, 1, 2].map((k) => (k === c ? 1 : 0)));
  const whole = model.evaluate(x, y, { loss: "crossEntropy", metrics: ["accuracy"] });
  const blocks = model.evaluate(x, y, {
    loss: "crossEntropy",
    metrics: ["accuracy"],
    batchSize: 7,
  });
  assertClose(blocks.loss, whole.loss, 1e-14);
  assert.equal(blocks.accuracy, whole.accuracy);
  const predicted = model.predict(x) as number[];
  const hits = predicted.filter((c, i) => c === labels[i]).length;
  assert.equal(whole.accuracy, hits / 50);
  assertClose(whole.loss, model.loss(x, y, "crossEntropy"), 1e-14);
});

Deno.test("predict handles a million rows a block at a time", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "relu" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed: 4 });
  const n = 1_000_000;
  const x = new Matrix(n, 2);
  for (let k = 0; k < x.data.length; k++) x.data[k] = Math.sin(k);
  const labels = model.predict(x) as number[];
  assert.equal(labels.length, n);
  for (const layer of model.layers) assert.ok(layer.a.rows <= 1024, `${layer.a.rows} rows held`);
  for (const i of [0, 1023, 1024, 500_000, n - 1]) {
    const row = model.forward([x.row(i)]).data[0];
    assert.equal(labels[i], row > 0.5 ? 1 : 0);
  }
  const outputs = model.forward(x);
  assert.equal(outputs.rows, n);
  assert.equal(outputs.data[n - 1], model.forward([x.row(n - 1)]).data[0]);
});

Deno.test("a model's scalers apply in predict, fit and evaluate, and survive toJSON", () => {
  const x = [[10, 1000], [20, 3000], [30, 2000]];
  const y = [[5], [-5], [0]];
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1 },
  ], { seed: 9 });
  model.inputScaler = fitStandardScaler(x);
  model.targetScaler = fitStandardScaler(y);
  const raw = model.predict(x) as Matrix;
  const network = model.forward(model.inputScaler.transform(x));
  assert.deepEqual(raw.toArray(), model.targetScaler.inverse(network).toArray());
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
  assert.deepEqual((copy.predict(x) as Matrix).toArray(), raw.toArray());
  assert.deepEqual(copy.toJSON(), model.toJSON());
  assert.throws(
    () => (model.inputScaler = fitStandardScaler([[1, 2, 3]])),
    /^RangeError: inputScaler has 3 columns but the model has 2 inputs/,
  );
  model.targetScaler = null;
  assert.equal(model.toJSON().targetScaler, undefined);
});
