import assert from "node:assert/strict";
import {
  adam,
  cosineDecay,
  exponentialDecay,
  type Parameter,
  piecewiseConstant,
  Sequential,
  sgd,
  stepDecay,
} from "../../mod.ts";

Deno.test("exponentialDecay follows Keras's formula, smooth or in stairs", () => {
  // lr · rate^(step / decaySteps)
  const smooth = exponentialDecay({ initialLearningRate: 0.2, decaySteps: 10, decayRate: 0.9 });
  for (const step of [0, 1, 5, 10, 25, 1000]) {
    assert.equal(smooth(step, 0), 0.2 * 0.9 ** (step / 10));
  }
  const stairs = exponentialDecay({
    initialLearningRate: 0.2,
    decaySteps: 10,
    decayRate: 0.9,
    staircase: true,
  });
  assert.deepEqual([0, 9, 10, 19, 20].map((s) => stairs(s, 0)), [
    0.2,
    0.2,
    0.2 * 0.9,
    0.2 * 0.9,
    0.2 * 0.81,
  ]);
});

Deno.test("stepDecay follows PyTorch's StepLR, by epoch", () => {
  // lr · gamma^⌊epoch / stepSize⌋
  const schedule = stepDecay({ initialLearningRate: 0.5, stepSize: 3, gamma: 0.5 });
  assert.deepEqual([0, 1, 2, 3, 5, 6].map((e) => schedule(123, e)), [
    0.5,
    0.5,
    0.5,
    0.25,
    0.25,
    0.125,
  ]);
});

Deno.test("cosineDecay follows Keras's CosineDecay, with and without warm-up", () => {
  const plain = cosineDecay({ initialLearningRate: 0.1, decaySteps: 100, alpha: 0.2 });
  // lr · ((1 − α)·½(1 + cos(π·min(step, T)/T)) + α)
  for (const step of [0, 25, 50, 100, 150]) {
    const s = Math.min(step, 100);
    assert.equal(plain(step, 0), 0.1 * ((1 - 0.2) * 0.5 * (1 + Math.cos(Math.PI * s / 100)) + 0.2));
  }
  assert.equal(plain(100, 0), 0.1 * 0.2);
  const warm = cosineDecay({
    initialLearningRate: 0.01,
    decaySteps: 40,
    warmupSteps: 20,
    warmupTarget: 0.1,
  });
  assert.equal(warm(0, 0), 0.01);
  assert.equal(warm(10, 0), 0.01 + (0.1 - 0.01) * 0.5);
  assert.equal(warm(20, 0), 0.1);
  assert.equal(warm(40, 0), 0.1 * (0.5 * (1 + Math.cos(Math.PI * 20 / 40))));
  assert.equal(warm(60, 0), 0);
});

Deno.test("piecewiseConstant follows Keras's boundaries: a value holds up to its boundary", () => {
  const schedule = piecewiseConstant({ boundaries: [10, 20], values: [1, 0.5, 0.1] });
  assert.deepEqual([0, 10, 11, 20, 21, 1e6].map((s) => schedule(s, 0)), [1, 1, 0.5, 0.5, 0.1, 0.1]);
});

Deno.test("schedule options are checked with messages", () => {
  const cases: [() => unknown, string][] = [
    [
      () => exponentialDecay({ initialLearningRate: 0.1, decayRate: 0.5 } as never),
      "exponentialDecay needs decaySteps",
    ],
    [
      () => exponentialDecay({ initialLearningRate: 0.1, decaySteps: 1.5, decayRate: 0.5 }),
      "exponentialDecay decaySteps must be a positive integer, got 1.5",
    ],
    [
      () => stepDecay({ initialLearningRate: 0.1, stepSize: 2, gamma: 1 }),
      "stepDecay gamma must be a number in (0, 1), got 1",
    ],
    [
      () => stepDecay({ initialLearningRate: -1, stepSize: 2 }),
      "stepDecay initialLearningRate must be a number in (0, ∞), got -1",
    ],
    [
      () => cosineDecay({ initialLearningRate: 0.1, decaySteps: 10, warmupSteps: 5 }),
      "cosineDecay warmupSteps and warmupTarget go together: give both or neither",
    ],
    [
      () => piecewiseConstant({ boundaries: [10, 5], values: [1, 2, 3] }),
      "piecewiseConstant boundaries must be increasing finite numbers; boundaries[1] is 5",
    ],
    [
      () => piecewiseConstant({ boundaries: [10], values: [1] }),
      "piecewiseConstant needs one value more than boundaries, got 1 values for 1 boundaries",
    ],
    [
      () => stepDecay({ initialLearningRate: 0.1, stepsize: 2 } as never),
      'stepDecay has no option "stepsize"; known options: initialLearningRate, stepSize, gamma',
    ],
  ];
  for (const [make, message] of cases) assert.throws(make, { message });
});

function parameter(value: number, gradient: number): Parameter {
  return {
    name: "w",
    kind: "weights",
    value: Float64Array.of(value),
    gradient: Float64Array.of(gradient),
    state: { slots: {}, counters: {} },
  };
}

Deno.test("an optimizer with a schedule takes each step at the schedule's rate", () => {
  const seen: [number, number][] = [];
  const optimizer = sgd({
    learningRate: (step: number, epoch: number) => {
      seen.push([step, epoch]);
      return 0.1 / (1 + step);
    },
  });
  assert.equal(optimizer.options?.learningRate, undefined);
  const p = parameter(1, 0.5);
  let w = 1;
  for (let step = 0; step < 3; step++) {
    optimizer.step([p]);
    w -= (0.1 / (1 + step)) * 0.5;
    assert.equal(p.value[0], w);
    assert.equal(optimizer.learningRate, 0.1 / (1 + step));
  }
  optimizer.epoch = 4;
  optimizer.learningRateScale = 0.5;
  optimizer.step([p]);
  assert.equal(p.value[0], w - 0.5 * (0.1 / 4) * 0.5);
  assert.deepEqual(seen.at(-1), [3, 4]);
});

Deno.test("a schedule that gives a bad rate stops the step before any change", () => {
  for (const bad of [NaN, -0.1, Infinity]) {
    const optimizer = adam({ learningRate: () => bad });
    const p = parameter(1, 0.5);
    assert.throws(() => optimizer.step([p]), {
      name: "TypeError",
      message:
        `adam learning-rate schedule gave ${bad} at step 0, epoch 0; expected a finite number ≥ 0 (no weights were updated)`,
    });
    assert.equal(p.value[0], 1);
    assert.deepEqual(p.state, { slots: {}, counters: {} });
  }
  assert.throws(() => (sgd().learningRateScale = 0), {
    message: "sgd learningRateScale must be a positive number, got 0",
  });
});

Deno.test("fit records each epoch's rate; schedules see the epoch; fit and fitAsync agree", async () => {
  const x = [[1], [2], [3], [4]], y = [[2], [4], [6], [8]];
  const run = async (async: boolean) => {
    const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 3 });
    const options = {
      loss: "mse",
      epochs: 5,
      batchSize: 2,
      seed: 1,
      optimizer: sgd({
        learningRate: stepDecay({ initialLearningRate: 0.02, stepSize: 2, gamma: 0.5 }),
      }),
    };
    const history = async ? await model.fitAsync(x, y, options) : model.fit(x, y, options);
    return { history, model: model.toJSON() };
  };
  const sync = await run(false);
  assert.deepEqual(sync.history.learningRate, [0.02, 0.02, 0.01, 0.01, 0.005]);
  assert.deepEqual(await run(true), sync);
  const constant = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 3 })
    .fit(x, y, { loss: "mse", epochs: 2, optimizer: adam({ learningRate: 0.003 }) });
  assert.deepEqual(constant.learningRate, [0.003, 0.003]);
  const custom = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 3 })
    .fit(x, y, { loss: "mse", epochs: 2, optimizer: { name: "still", step() {} } });
  assert.deepEqual(custom.learningRate, []);
});
