import assert from "node:assert/strict";
import { adam, type EpochEvent, type ModelJSON, moons, Sequential, sgd } from "../../mod.ts";
import { checkpoint, type CheckpointOptions, loadModelSync } from "../../io/mod.ts";
import { entries, withTempDir, writeFailure } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/**
 * Trains nothing: sets the model's weights to a value of the epoch, then ends
 * each epoch with the scripted logs, as `fit` would. Returns the model's JSON
 * at every epoch, indexed by epoch.
 */
function runEpochs(
  callbacks: ReturnType<typeof checkpoint>[],
  logs: Record<string, number>[],
): ModelJSON[] {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1, activation: "sigmoid" },
  ], { seed: 9 });
  const snapshots: ModelJSON[] = [];
  logs.forEach((values, i) => {
    const epoch = i + 1;
    model.layers[0].weights.data.fill(epoch / 10);
    snapshots[epoch] = model.toJSON();
    const event: EpochEvent = {
      epoch,
      loss: values.loss ?? 1,
      valLoss: values.valLoss,
      logs: { loss: 1, ...values },
      model,
      optimizer: sgd(),
      stop() {},
    };
    for (const callback of callbacks) callback.onEpochEnd?.(event);
  });
  return snapshots;
}

const scripted = (key: string, values: number[]) => values.map((value) => ({ [key]: value }));

test("checkpoint every: 2 saves epochs 2 and 4 of 5, each as it was", async () => {
  await withTempDir((dir) => {
    const snapshots = runEpochs(
      [checkpoint({ path: `${dir}/model-{epoch}.json`, every: 2 })],
      scripted("loss", [5, 4, 3, 2, 1]),
    );
    assert.deepEqual(entries(dir), ["model-2.json", "model-4.json"]);
    for (const epoch of [2, 4]) {
      assert.deepEqual(loadModelSync(`${dir}/model-${epoch}.json`).toJSON(), snapshots[epoch]);
    }
    assert.notDeepEqual(snapshots[2], snapshots[4]);
  });
});

test("checkpoint best saves whenever valLoss improves", async () => {
  await withTempDir((dir) => {
    const snapshots = runEpochs(
      [
        checkpoint({ path: `${dir}/best-{epoch}.json`, best: true }),
        checkpoint({ path: `${dir}/best.json`, best: true }),
      ],
      scripted("valLoss", [3, 2, 2.5, 1, 1.5]),
    );
    assert.deepEqual(entries(dir), ["best-1.json", "best-2.json", "best-4.json", "best.json"]);
    assert.deepEqual(loadModelSync(`${dir}/best.json`).toJSON(), snapshots[4]);
    assert.deepEqual(loadModelSync(`${dir}/best-2.json`).toJSON(), snapshots[2]);
  });
});

test("checkpoint best watches loss without validation data", async () => {
  await withTempDir((dir) => {
    runEpochs(
      [checkpoint({ path: `${dir}/{epoch}.json`, best: true })],
      scripted("loss", [1, 0.5, 0.7, 0.4]),
    );
    assert.deepEqual(entries(dir), ["1.json", "2.json", "4.json"]);
  });
});

test("checkpoint monitor valAccuracy keeps the highest accuracy", async () => {
  await withTempDir((dir) => {
    const logs = [0.5, 0.7, 0.6, 0.9].map((valAccuracy, i) => ({ valLoss: 4 - i, valAccuracy }));
    runEpochs(
      [checkpoint({ path: `${dir}/{epoch}.json`, best: true, monitor: "valAccuracy" })],
      logs,
    );
    assert.deepEqual(entries(dir), ["1.json", "2.json", "4.json"]);
  });
});

test("checkpoint minDelta ignores small improvements; NaN never improves", async () => {
  await withTempDir((dir) => {
    runEpochs(
      [checkpoint({ path: `${dir}/{epoch}.json`, best: true, minDelta: 0.1 })],
      scripted("valLoss", [NaN, 1, 0.95, 0.5, 0.45]),
    );
    assert.deepEqual(entries(dir), ["2.json", "4.json"]);
  });
});

test("checkpoint every and best together save at the epochs either asks for", async () => {
  await withTempDir((dir) => {
    runEpochs(
      [checkpoint({ path: `${dir}/{epoch}.json`, every: 3, best: true })],
      scripted("valLoss", [3, 2, 2.5, 4, 5, 6]),
    );
    assert.deepEqual(entries(dir), ["1.json", "2.json", "3.json", "6.json"]);
  });
});

test("checkpoint reports a monitored name that training does not log", async () => {
  await withTempDir((dir) => {
    const callback = checkpoint({ path: `${dir}/m.json`, best: true, monitor: "valAcc" });
    assert.throws(
      () => runEpochs([callback], scripted("valLoss", [1])),
      new RangeError(
        'checkpoint monitors "valAcc", which training does not log; it logs "loss", "valLoss"',
      ),
    );
    assert.deepEqual(entries(dir), []);
  });
});

test("a checkpoint that cannot save throws, naming the file", async () => {
  await withTempDir((dir) => {
    const path = `${dir}/missing/{epoch}.json`;
    assert.throws(
      () => runEpochs([checkpoint({ path, every: 1 })], scripted("loss", [1])),
      writeFailure(`${dir}/missing/1.json`, ".+"),
    );
  });
});

Deno.test("checkpoint options are checked", () => {
  const bad = (options: unknown, error: Error) =>
    assert.throws(() => checkpoint(options as CheckpointOptions), error);
  bad(
    { path: "m.json" },
    new TypeError(
      "checkpoint needs every (save every N epochs) or best: true (save when the monitored value improves)",
    ),
  );
  bad(
    { path: "m.json", best: false },
    new TypeError(
      "checkpoint needs every (save every N epochs) or best: true (save when the monitored value improves)",
    ),
  );
  bad(
    { every: 1 },
    new TypeError("checkpoint path must be a file path (a non-empty string), got undefined"),
  );
  bad(
    { path: "", every: 1 },
    new TypeError('checkpoint path must be a file path (a non-empty string), got ""'),
  );
  for (const every of [0, -2, 1.5, Infinity, NaN]) {
    bad(
      { path: "m.json", every },
      new RangeError(`checkpoint every must be a positive integer, got ${every}`),
    );
  }
  bad(
    { path: "m.json", every: "2" },
    new TypeError('checkpoint every must be a positive integer, got "2"'),
  );
  bad(
    { path: "m.json", best: "yes" },
    new TypeError('checkpoint best must be true or false, got "yes"'),
  );
  bad(
    { path: "m.json", best: true, monitor: 3 },
    new TypeError("checkpoint monitor must be a log name (a non-empty string), got 3"),
  );
  bad(
    { path: "m.json", best: true, minDelta: -0.1 },
    new RangeError("checkpoint minDelta must be a number in [0, ∞), got -0.1"),
  );
  bad(
    { path: "m.json", every: 2, monitor: "valAccuracy" },
    new TypeError("checkpoint monitor and minDelta apply only with best: true"),
  );
  bad(
    { path: "m.json", evry: 2 },
    new TypeError(
      'checkpoint has no option "evry"; known options: path, every, best, monitor, minDelta',
    ),
  );
  bad(null, new TypeError("checkpoint options must be an object, got null"));
});

test("checkpoints during a real fit: every N epochs and at the best validation loss", async () => {
  await withTempDir((dir) => {
    const { x, y } = moons({ n: 200, noise: 0.2, seed: 3 });
    const model = Sequential.fromArchitecture([
      { inputDim: 2, outputDim: 8, activation: "relu" },
      { inputDim: 8, outputDim: 1, activation: "sigmoid" },
    ], { seed: 3 });
    const atEpoch: ModelJSON[] = [];
    const history = model.fit(x, y, {
      loss: "logLoss",
      optimizer: adam({ learningRate: 0.05 }),
      epochs: 12,
      validationSplit: 0.25,
      seed: 3,
      callbacks: [
        checkpoint({ path: `${dir}/epoch-{epoch}.json`, every: 5 }),
        checkpoint({ path: `${dir}/best.json`, best: true }),
        { onEpochEnd: (e) => void (atEpoch[e.epoch] = e.model.toJSON()) },
      ],
    });
    assert.deepEqual(entries(dir), ["best.json", "epoch-10.json", "epoch-5.json"]);
    assert.deepEqual(loadModelSync(`${dir}/epoch-5.json`).toJSON(), atEpoch[5]);
    assert.deepEqual(loadModelSync(`${dir}/epoch-10.json`).toJSON(), atEpoch[10]);
    const best = history.valLoss.indexOf(Math.min(...history.valLoss)) + 1;
    assert.equal(history.bestEpoch, best);
    assert.deepEqual(loadModelSync(`${dir}/best.json`).toJSON(), atEpoch[best]);
  });
});
