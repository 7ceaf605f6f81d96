import assert from "node:assert/strict";
import { adam, adamw } from "../../plugins/adam.ts";
import { sgd } from "../../plugins/sgd.ts";
import type { Parameter } from "../../plugins/optimizer.ts";
import {
  cosineDecay,
  exponentialDecay,
  piecewiseConstant,
  stepDecay,
} from "../../plugins/schedules.ts";
import { Sequential } from "../../lib/model/sequential.ts";
import { Dense } from "../../lib/network/dense.ts";
import { assertClose } from "../fixtures/close.ts";

Deno.test("exponentialDecay follows Keras's formula, smooth or in stairs", () => {
  // Keras ExponentialDecay: lr · rate^(step / decaySteps), the exponent floored with staircase.
  // lr 0.2, rate 0.9, decaySteps 10: step 1 → 0.2·0.9^0.1, step 5 → 0.2·0.9^0.5, step 25 → 0.2·0.9^2.5.
  const smooth = exponentialDecay({ initialLearningRate: 0.2, decaySteps: 10, decayRate: 0.9 });
  assertClose(
    [0, 1, 5, 10, 25].map((step) => smooth(step, 0)),
    [0.2, 0.1979038516412429, 0.18973665961010278, 0.18, 0.15368669428418325],
    1e-15,
  );
  const stairs = exponentialDecay({
    initialLearningRate: 0.2,
    decaySteps: 10,
    decayRate: 0.9,
    staircase: true,
  });
  assertClose([0, 9, 10, 19, 20, 25].map((s) => stairs(s, 7)), [
    0.2,
    0.2,
    0.18,
    0.18,
    0.162,
    0.162,
  ]);
});

Deno.test("stepDecay follows PyTorch's StepLR, by epoch", () => {
  // PyTorch StepLR: lr · gamma^⌊epoch / stepSize⌋; lr 0.5, gamma 0.5, stepSize 3.
  const schedule = stepDecay({ initialLearningRate: 0.5, stepSize: 3, gamma: 0.5 });
  assert.deepEqual([0, 1, 2, 3, 5, 6].map((e) => schedule(123, e)), [
    0.5,
    0.5,
    0.5,
    0.25,
    0.25,
    0.125,
  ]);
  assert.equal(stepDecay({ initialLearningRate: 1, stepSize: 1 })(0, 2), 0.1 * 0.1);
});

Deno.test("cosineDecay follows Keras's CosineDecay, with and without warm-up", () => {
  // Keras CosineDecay: lr · ((1 − α)·½(1 + cos(π·min(step, T) / T)) + α); lr 0.1, T 100, α 0.2.
  // step 25: cos(π/4) = 0.70711 → 0.1·(0.8·0.85355 + 0.2) = 0.0882843; step 50 → 0.1·(0.4 + 0.2).
  const plain = cosineDecay({ initialLearningRate: 0.1, decaySteps: 100, alpha: 0.2 });
  assertClose(
    [0, 25, 50, 75, 100, 150].map((step) => plain(step, 0)),
    [0.1, 0.08828427124746191, 0.06, 0.03171572875253811, 0.02, 0.02],
    1e-15,
  );
  // With warm-up W steps to a target: lr + (target − lr)·step / W while step < W, then the decay
  // above from the target at step − W. lr 0.01, W 20, target 0.1, T 40: step 7 → 0.01 + 0.09·0.35;
  // step 30 → 0.1·½(1 + cos(π/4)); step 60 and beyond → 0 (α 0).
  const warm = cosineDecay({
    initialLearningRate: 0.01,
    decaySteps: 40,
    warmupSteps: 20,
    warmupTarget: 0.1,
  });
  assertClose(
    [0, 7, 20, 30, 60, 90].map((step) => warm(step, 0)),
    [0.01, 0.0415, 0.1, 0.08535533905932738, 0, 0],
    1e-15,
  );
});

Deno.test("piecewiseConstant follows Keras's boundaries: a value holds up to its boundary", () => {
  // Keras PiecewiseConstantDecay: values[0] for step ≤ b₀, values[i] for bᵢ₋₁ < step ≤ bᵢ, then the last.
  const schedule = piecewiseConstant({ boundaries: [10, 20], values: [1, 0.5, 0.1] });
  assert.deepEqual([0, 10, 11, 20, 21, 1e6].map((s) => schedule(s, 0)), [1, 1, 0.5, 0.5, 0.1, 0.1]);
  assert.equal(piecewiseConstant({ boundaries: [], values: [0.3] })(99, 9), 0.3);
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
      () =>
        exponentialDecay({
          initialLearningRate: 0.1,
          decaySteps: 10,
          decayRate: 0.5,
          staircase: "yes" as never,
        }),
      'exponentialDecay staircase must be true or false, got "yes"',
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
      () => stepDecay(undefined as never),
      "stepDecay needs options: initialLearningRate, stepSize, gamma",
    ],
    [
      () => cosineDecay({ initialLearningRate: 0.1, decaySteps: 10, warmupSteps: 5 }),
      "cosineDecay warmupSteps and warmupTarget go together: give both or neither",
    ],
    [
      () => cosineDecay({ initialLearningRate: 0, decaySteps: 10 }),
      "cosineDecay initialLearningRate must be positive without a warm-up, got 0",
    ],
    [
      () => cosineDecay({ initialLearningRate: 0.1, decaySteps: 10, alpha: 1 }),
      "cosineDecay alpha must be a number in [0, 1), got 1",
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
      () => piecewiseConstant({ boundaries: [10], values: [1, -1] }),
      "piecewiseConstant values[1] is -1; expected a finite number ≥ 0",
    ],
    [
      () => stepDecay({ initialLearningRate: 0.1, stepsize: 2 } as never),
      'stepDecay has no option "stepsize"; known options: initialLearningRate, stepSize, gamma',
    ],
    [
      () => sgd({ learningRate: "0.1" as never }),
      'sgd learningRate must be a positive number or a schedule, a function (step, epoch) => rate; got "0.1"',
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

/** Steps `optimizer` once per gradient on one parameter; the value after each step. */
function run(optimizer: ReturnType<typeof sgd>, p: Parameter, gradients: number[]): number[] {
  return gradients.map((g) => {
    p.gradient[0] = g;
    optimizer.step([p]);
    return p.value[0];
  });
}

Deno.test("sgd with a schedule takes each step at the schedule's rate, times learningRateScale", () => {
  const seen: [number, number][] = [];
  const optimizer = sgd({
    learningRate: (step: number, epoch: number) => {
      seen.push([step, epoch]);
      return 0.1 / (1 + step);
    },
  });
  assert.equal(optimizer.options?.learningRate, undefined);
  assert.equal(optimizer.learningRate, 0.1);
  // w ← w − rate·g with g = 0.5 and rates 0.1, 0.05, 0.1/3: 1 − 0.05 − 0.025 − 0.0166…
  assertClose(run(optimizer, parameter(1, 0), [0.5, 0.5, 0.5]), [0.95, 0.925, 0.9083333333333333]);
  assert.equal(optimizer.learningRate, 0.1 / 3);
  optimizer.epoch = 4;
  optimizer.learningRateScale = 0.5;
  const p = parameter(1, 0);
  // Step 3 at rate 0.5 · 0.1/4 = 0.0125: 1 − 0.0125·0.5.
  assert.deepEqual(run(optimizer, p, [0.5]), [1 - 0.0125 * 0.5]);
  assert.equal(optimizer.learningRate, 0.0125);
  // Read before any step, learningRate asks the schedule for step 0; after a step it reports it.
  assert.deepEqual(seen, [[0, 0], [0, 0], [1, 0], [2, 0], [3, 4]]);
});

Deno.test("adamw with exponentialDecay matches hand-computed steps", () => {
  // Rates 0.1, 0.05, 0.025 (halving per step). AdamW: w ← w·(1 − lr·λ), then Adam's step.
  // t = 1: w = 0.95, m̂ = 4, v̂ = 16 → 0.95 − 0.1·4 / (4 + 1e-8) = 0.85000000025
  // t = 2: w = 0.85·(1 − 0.025) = 0.82875, m = 0.16, v = 0.019984, m̂ = 0.842105, v̂ = 9.997
  //        → 0.82875 − 0.05·0.842105 / 3.161804 = 0.815433
  const schedule = exponentialDecay({ initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5 });
  const optimizer = adamw({ learningRate: schedule, weightDecay: 0.5 });
  assertClose(
    run(optimizer, parameter(1, 0), [4, -2, 1]),
    [0.8500000002499999, 0.8154331483028477, 0.7967295052760109],
    1e-15,
  );
  assert.equal(optimizer.learningRate, 0.025);
  assert.deepEqual(optimizer.options, {
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-8,
    weightDecay: 0.5,
  });
});

Deno.test("a schedule may give 0: the step changes nothing", () => {
  const optimizer = sgd({ learningRate: piecewiseConstant({ boundaries: [0], values: [0.1, 0] }) });
  assertClose(run(optimizer, parameter(1, 0), [2, 2, 2]), [0.8, 0.8, 0.8]);
  assert.equal(optimizer.learningRate, 0);
});

Deno.test("a schedule that gives a bad rate stops the step before any change", () => {
  const cases: [unknown, string][] = [
    [NaN, "NaN"],
    [-0.1, "-0.1"],
    [Infinity, "Infinity"],
    ["0.1", '"0.1"'],
    [undefined, "undefined"],
  ];
  for (const [bad, shown] of cases) {
    const optimizer = adam({ learningRate: () => bad as number });
    const p = parameter(1, 0.5);
    assert.throws(() => optimizer.step([p]), {
      name: "TypeError",
      message:
        `The adam learning-rate schedule gave ${shown} at step 0 (epoch 0); expected a finite number ≥ 0. No weights were updated.`,
    });
    assert.equal(p.value[0], 1);
    assert.deepEqual(p.state, { slots: {}, counters: {} });
  }
  assert.throws(() => (sgd().learningRateScale = 0), {
    name: "RangeError",
    message: "sgd learningRateScale must be a positive number, got 0",
  });
  assert.throws(() => (sgd().epoch = -1), {
    name: "RangeError",
    message: "sgd epoch must be an integer ≥ 0, got -1",
  });
});

const X = [[1], [2], [3], [4]], Y = [[2], [4], [6], [8]];

function line(): Sequential {
  return Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 3 });
}

Deno.test("fit records each epoch's rate; schedules see the epoch; fit and fitAsync agree", async () => {
  const train = async (async: boolean) => {
    const model = line();
    const options = {
      loss: "mse",
      epochs: 5,
      batchSize: 2,
      seed: 1,
      optimizer: sgd({
        learningRate: stepDecay({ initialLearningRate: 0.02, stepSize: 2, gamma: 0.5 }),
      }),
    };
    const history = async ? await model.fitAsync(X, Y, options) : model.fit(X, Y, options);
    return { history, model: model.toJSON() };
  };
  const sync = await train(false);
  assert.deepEqual(sync.history.learningRate, [0.02, 0.02, 0.01, 0.01, 0.005]);
  assert.deepEqual(await train(true), sync);
  const constant = line().fit(X, Y, {
    loss: "mse",
    epochs: 2,
    optimizer: adam({ learningRate: 0.003 }),
  });
  assert.deepEqual(constant.learningRate, [0.003, 0.003]);
  const custom = line().fit(X, Y, {
    loss: "mse",
    epochs: 2,
    optimizer: { name: "still", step() {} },
  });
  assert.deepEqual(custom.learningRate, []);
});

Deno.test("the history's rate is that of each epoch's last step", () => {
  // 4 rows, batches of 3: steps 0–1 in epoch 0, 2–3 in epoch 1; the rate is 0.01·(step + 1).
  const history = line().fit(X, Y, {
    loss: "mse",
    epochs: 2,
    batchSize: 3,
    optimizer: sgd({ learningRate: (step) => 0.01 * (step + 1) }),
  });
  assert.deepEqual(history.learningRate, [0.02, 0.04]);
});

Deno.test("fit puts the optimizer's epoch back, so trainStep's schedule sees epoch 0", async () => {
  const optimizer = sgd({
    learningRate: stepDecay({ initialLearningRate: 0.02, stepSize: 1, gamma: 0.5 }),
  });
  const model = line();
  model.fit(X, Y, { loss: "mse", epochs: 3, optimizer });
  assert.equal(optimizer.learningRate, 0.005);
  assert.equal(optimizer.epoch, 0);
  model.trainStep(X, Y, "mse", optimizer);
  assert.equal(optimizer.learningRate, 0.02);
  await model.fitAsync(X, Y, { loss: "mse", epochs: 2, optimizer });
  assert.equal(optimizer.epoch, 0);
  optimizer.epoch = 7;
  assert.throws(() =>
    model.fit(X, Y, {
      loss: "mse",
      epochs: 3,
      optimizer,
      callbacks: {
        onEpochEnd() {
          throw new Error("stop here");
        },
      },
    }), { message: "stop here" });
  assert.equal(optimizer.epoch, 7);
});

Deno.test("a bad rate in fit ends training with the schedule's message and the weights of the last good step", () => {
  // Batches of 2 on 4 rows: steps 0 and 1 in epoch 0, step 2 in epoch 1, then step 3 fails.
  const model = line();
  let before: number[] = [];
  assert.throws(
    () =>
      model.fit(X, Y, {
        loss: "mse",
        epochs: 3,
        batchSize: 2,
        optimizer: sgd({ learningRate: (step) => (step < 3 ? 0.01 : NaN) }),
        callbacks: {
          onBatchEnd({ model }) {
            before = model.parameters.flatMap((p) => [...p.value]);
          },
        },
      }),
    {
      name: "TypeError",
      message:
        "The sgd learning-rate schedule gave NaN at step 3 (epoch 1); expected a finite number ≥ 0. No weights were updated.",
    },
  );
  assert.equal(before.length, 2);
  assert.deepEqual(model.parameters.flatMap((p) => [...p.value]), before);
});

Deno.test("a step the engine undoes does not move the schedule on", () => {
  const steps: number[] = [];
  const optimizer = sgd({
    learningRate: (step: number) => {
      steps.push(step);
      return step === 0 ? 1e308 : 0.1;
    },
  });
  const layer = new Dense(1, 1, { seed: 0 });
  layer.weights.data[0] = 1;
  const model = new Sequential([layer]);
  assert.throws(() => model.trainStep([[1]], [[0]], "mse", optimizer), /the step was undone/);
  assert.equal(layer.weights.data[0], 1);
  assert.deepEqual(steps, [0]);
  optimizer.step([]);
  assert.deepEqual(steps, [0, 0]); // step 0 again, not step 1
});

Deno.test("assigning learningRate is refused with what to do instead", () => {
  const optimizer = adam();
  assert.throws(() => ((optimizer as { learningRate: number }).learningRate = 0.5), {
    name: "TypeError",
    message:
      "adam learningRate cannot be assigned (got 0.5): set learningRateScale to scale it, or give the optimizer a schedule",
  });
});
