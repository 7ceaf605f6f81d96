import assert from "node:assert/strict";
import { reduceLROnPlateau } from "../../lib/training/reduce_lr_on_plateau.ts";
import type { EpochEvent } from "../../lib/training/types.ts";
import type { Optimizer } from "../../plugins/optimizer.ts";
import { sgd } from "../../plugins/sgd.ts";
import { exponentialDecay } from "../../plugins/schedules.ts";
import { Sequential } from "../../lib/model/sequential.ts";
import { assertClose } from "../fixtures/close.ts";

/**
 * Drives the callback through scripted epochs: a number is that epoch's loss; an object, its logs.
 * Returns the optimizer's rate after each epoch.
 */
function drive(
  callback: ReturnType<typeof reduceLROnPlateau>,
  epochs: (number | Record<string, number>)[],
  optimizer: Optimizer = sgd({ learningRate: 1 }),
  key = "loss",
) {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  return epochs.map((value, i) => {
    const logs = typeof value === "number" ? { loss: value, [key]: value } : value;
    const event: EpochEvent = {
      epoch: i + 1,
      loss: logs.loss,
      valLoss: logs.valLoss,
      logs,
      model,
      optimizer,
      stop() {},
    };
    callback.onEpochEnd?.(event);
    return optimizer.learningRate;
  });
}

Deno.test("reduceLROnPlateau halves the rate after patience epochs without improvement, then cools down", () => {
  const rates = drive(
    reduceLROnPlateau({ patience: 2, factor: 0.5, cooldown: 1, minDelta: 0 }),
    // best 1 → 0.9 (epoch 2); 3 and 4 do not improve: reduce after epoch 4. As in Keras, the
    // epoch that ends the cooldown (5) already counts: 5 and 6 do not improve, reduce after 6;
    // 7 ends that cooldown and counts 1; 8 improves.
    [1, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95, 0.5],
  );
  assert.deepEqual(rates, [1, 1, 1, 0.5, 0.5, 0.25, 0.25, 0.25]);
});

Deno.test("reduceLROnPlateau counts only improvements beyond minDelta, and stops at minLearningRate", () => {
  const rates = drive(
    reduceLROnPlateau({ patience: 1, factor: 0.1, minDelta: 0.05, minLearningRate: 0.05 }),
    [1, 0.97, 0.9, 0.89, 0.88, 0.87],
  );
  // 0.97 is not 0.05 better than 1: reduce to 0.1; 0.9 improves; 0.89: reduce to max(0.01, 0.05);
  // 0.88: at the floor already.
  assert.deepEqual(rates, [1, 0.1, 0.1, 0.05, 0.05, 0.05]);
});

Deno.test("reduceLROnPlateau maximises scores", () => {
  const scores = drive(
    reduceLROnPlateau({ monitor: "valAuc", patience: 1, factor: 0.5 }),
    [0.6, 0.7, 0.65],
    undefined,
    "valAuc",
  );
  assert.deepEqual(scores, [1, 1, 0.5]);
});

Deno.test("reduceLROnPlateau watches valLoss with validation data, else loss", () => {
  // The training loss improves every epoch; the validation loss stalls after epoch 2.
  const withValidation = [1, 0.9, 0.8, 0.7].map((loss, i) => ({
    loss,
    valLoss: [1, 0.5, 0.6, 0.6][i],
  }));
  assert.deepEqual(drive(reduceLROnPlateau({ patience: 2, factor: 0.5 }), withValidation), [
    1,
    1,
    1,
    0.5,
  ]);
  assert.deepEqual(
    drive(reduceLROnPlateau({ patience: 2, factor: 0.5 }), [1, 0.5, 0.6, 0.6]),
    [1, 1, 1, 0.5],
  );
  assert.deepEqual(
    drive(reduceLROnPlateau({ monitor: "loss", patience: 2, factor: 0.5 }), withValidation),
    [1, 1, 1, 1],
  );
});

Deno.test("reduceLROnPlateau starts its counts afresh with each training; the scale stays", () => {
  const callback = reduceLROnPlateau({ patience: 2, factor: 0.5 });
  const optimizer = sgd({ learningRate: 1 });
  assert.deepEqual(drive(callback, [1, 1, 1], optimizer), [1, 1, 0.5]);
  // A second training: its first epoch sets a new best, even though 2 is worse than 1.
  assert.deepEqual(drive(callback, [2, 1.5, 1.5], optimizer), [0.5, 0.5, 0.5]);
});

Deno.test("reduceLROnPlateau scales a schedule's rates", () => {
  const optimizer = sgd({
    learningRate: exponentialDecay({ initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5 }),
  });
  drive(reduceLROnPlateau({ patience: 1, factor: 0.1 }), [1, 1], optimizer);
  assert.equal(optimizer.learningRateScale, 0.1);
  const p = {
    name: "w",
    kind: "weights" as const,
    value: Float64Array.of(1),
    gradient: Float64Array.of(1),
    state: { slots: {}, counters: {} },
  };
  optimizer.step([p]);
  optimizer.step([p]);
  // Steps 0 and 1 at 0.1 · 0.1 and 0.05 · 0.1.
  assertClose(optimizer.learningRate!, 0.005, 1e-15);
  assertClose(p.value[0], 1 - 0.01 - 0.005, 1e-15);
});

Deno.test("reduceLROnPlateau in fit lowers the rate that the history records", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  const history = model.fit([[1], [2], [3]], [[2], [4], [6.5]], {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.05 }),
    epochs: 300,
    callbacks: [reduceLROnPlateau({ patience: 5, factor: 0.5 })],
  });
  const rates = history.learningRate;
  assert.equal(rates[0], 0.05);
  for (let i = 1; i < rates.length; i++) {
    assert.ok(rates[i] === rates[i - 1] || rates[i] === rates[i - 1] / 2);
  }
  assert.ok(rates.at(-1)! < 0.05);
});

Deno.test("reduceLROnPlateau refuses bad options and optimizers it cannot steer", () => {
  assert.throws(() => reduceLROnPlateau({ factor: 1 }), {
    message: "reduceLROnPlateau factor must be a number in (0, 1), got 1",
  });
  assert.throws(() => reduceLROnPlateau({ patiense: 3 } as never), {
    message:
      'reduceLROnPlateau has no option "patiense"; known options: monitor, factor, patience, minDelta, cooldown, minLearningRate',
  });
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  assert.throws(
    () =>
      model.fit([[1]], [[1]], {
        loss: "mse",
        optimizer: { name: "plain", step() {} },
        callbacks: [reduceLROnPlateau()],
      }),
    {
      message:
        "reduceLROnPlateau needs an optimizer with learningRate and learningRateScale, as the built-in ones have; plain has not",
    },
  );
});
