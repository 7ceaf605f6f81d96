import assert from "node:assert/strict";
import { adam, adamw, type Optimizer, optimizers, type Parameter, sgd } from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";

function param(value: number, kind: "weights" | "bias" = "weights"): Parameter {
  return {
    name: kind,
    kind,
    value: new Float64Array([value]),
    gradient: new Float64Array(1),
    state: { slots: {}, counters: {} },
  };
}

/** Applies `gradients` one step at a time and returns the values after each step. */
function run(optimizer: Optimizer, p: Parameter, gradients: number[]): number[] {
  return gradients.map((g) => {
    p.gradient[0] = g;
    optimizer.step([p]);
    return p.value[0];
  });
}

Deno.test("plain sgd: w ← w − lr·g", () => {
  assert.deepEqual(run(sgd({ learningRate: 0.5 }), param(1), [1, -2]), [0.5, 1.5]);
});

Deno.test("sgd with momentum: v ← μv + g, w ← w − lr·v", () => {
  // v = 1, w = 1 − 0.1; then v = 0.9 + 0.5 = 1.4, w = 0.9 − 0.14
  assertClose(
    run(sgd({ learningRate: 0.1, momentum: 0.9 }), param(1), [1, 0.5]),
    [0.9, 0.76],
    1e-15,
  );
});

Deno.test("sgd with Nesterov momentum: w ← w − lr·(g + μv)", () => {
  // v = 1, step 1 + 0.9 = 1.9 → 0.81; v = 1.4, step 0.5 + 1.26 = 1.76 → 0.634
  assertClose(
    run(sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true }), param(1), [1, 0.5]),
    [0.81, 0.634],
    1e-15,
  );
});

Deno.test("sgd weight decay adds λ·w to weight gradients only", () => {
  const opt = sgd({ learningRate: 0.1, weightDecay: 0.1 });
  assertClose(run(opt, param(1), [0.5]), [1 - 0.1 * (0.5 + 0.1)], 1e-15);
  assertClose(run(opt, param(1, "bias"), [0.5]), [0.95], 1e-15);
});

Deno.test("sgd weight decay also enters the momentum and Nesterov paths", () => {
  // g' = 0.5 + 0.1·1 = 0.6; v = 0.6; plain momentum: w = 1 − 0.1·0.6
  assertClose(run(sgd({ learningRate: 0.1, momentum: 0.9, weightDecay: 0.1 }), param(1), [0.5]), [
    0.94,
  ], 1e-15);
  // Nesterov: step g' + μv = 0.6 + 0.54 = 1.14 → 1 − 0.114
  assertClose(
    run(sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 }), param(1), [
      0.5,
    ]),
    [0.886],
    1e-15,
  );
});

Deno.test("adam's bias correction counts its own steps, not sgd's", () => {
  // Adam at t = 1 (g = 4), then five momentum-sgd steps, then Adam at t = 2 (g = −2): the
  // second Adam step moves the weight exactly as in the hand-computed run below.
  const p = param(1);
  const optimizer = adam({ learningRate: 0.1 });
  run(optimizer, p, [4]);
  run(sgd({ learningRate: 0.01, momentum: 0.9 }), p, [1, 1, 1, 1, 1]);
  const before = p.value[0];
  run(optimizer, p, [-2]);
  assertClose(p.value[0] - before, 0.8733662963681956 - 0.9000000002499999, 1e-12);
  assert.deepEqual(p.state.counters, { adam: 2 });
});

Deno.test("adam matches hand-computed steps with per-step bias correction", () => {
  // t = 1: m = 0.4, v = 0.016, m̂ = 4, v̂ = 16 → w = 1 − 0.1·4 / (4 + 1e-8)
  // t = 2: m = 0.16, v = 0.019984, m̂ = 0.16 / 0.19, v̂ = 0.019984 / 0.001999
  const p = param(1);
  const values = run(adam({ learningRate: 0.1 }), p, [4, -2]);
  assertClose(values, [0.9000000002499999, 0.8733662963681956], 1e-15);
  assertClose(p.state.slots.m, [0.16], 1e-15);
  assertClose(p.state.slots.v, [0.019984], 1e-15);
  assert.equal(p.state.counters.adam, 2);
});

Deno.test("adamw decays the weights apart from the gradient, adam's weightDecay adds to it, as PyTorch", () => {
  // PyTorch's AdamW step: w ← w·(1 − lr·λ), then Adam's; Adam(weight_decay=λ): g ← g + λ·w first.
  // Expected values from those formulas in float64 (lr 0.1, λ 0.5, gradients 4, −2, 1, w₀ = 1).
  assertClose(
    run(adamw({ learningRate: 0.1, weightDecay: 0.5 }), param(1), [4, -2, 1]),
    [0.8500000002499999, 0.7808662963556956, 0.7077800668457058],
    1e-15,
  );
  assertClose(
    run(adam({ learningRate: 0.1, weightDecay: 0.5 }), param(1), [4, -2, 1]),
    [0.9000000002222223, 0.8608953020978408, 0.8135458167666476],
    1e-15,
  );
  // Biases are not decayed: adamw on a bias is plain adam.
  assert.deepEqual(
    run(adamw({ learningRate: 0.1, weightDecay: 0.5 }), param(1, "bias"), [4, -2]),
    run(adam({ learningRate: 0.1 }), param(1, "bias"), [4, -2]),
  );
  assert.equal(adamw().options!.weightDecay, 0.01);
  assert.throws(() => adamw({ weightDecay: -1 }), {
    name: "RangeError",
    message: "adamw weightDecay must be a number in [0, ∞), got -1",
  });
});

Deno.test("clipNorm scales all gradients by one factor, clipValue clamps each entry, as PyTorch", () => {
  const two = () => [param(0), param(0, "bias")];
  const step = (opt: Optimizer, gradients: [number, number]) => {
    const ps = two();
    ps[0].gradient[0] = gradients[0];
    ps[1].gradient[0] = gradients[1];
    opt.step(ps);
    return ps.map((p) => p.value[0]);
  };
  // Gradients 3 and 4: joint norm 5; clip_grad_norm_(max_norm=1) scales by 1 / (5 + 1e-6).
  const factor = 1 / (5 + 1e-6);
  assert.deepEqual(step(sgd({ learningRate: 1, clipNorm: 1 }), [3, 4]), [-3 * factor, -4 * factor]);
  assert.deepEqual(step(sgd({ learningRate: 1, clipNorm: 10 }), [3, 4]), [-3, -4]);
  assert.deepEqual(step(sgd({ learningRate: 1, clipValue: 3.5 }), [3, -4]), [-3, 3.5]);
  // adam sees the clipped gradient: its first step is then −lr·sign(g) whatever the clipping.
  const clipped = step(adam({ learningRate: 0.1, clipValue: 1 }), [3, -4]);
  assertClose(clipped, [-0.1 / (1 + 1e-8), 0.1 / (1 + 1e-8)], 1e-15);
  assert.equal(sgd({ clipNorm: 2 }).options!.clipNorm, 2);
  assert.throws(() => sgd({ clipNorm: 1, clipValue: 1 }), {
    name: "RangeError",
    message: "sgd takes clipNorm or clipValue, not both",
  });
  assert.throws(() => adamw({ clipValue: 0 }), {
    name: "RangeError",
    message: "adamw clipValue must be a number in (0, ∞), got 0",
  });
});

Deno.test("adam keeps a step count per parameter", () => {
  const opt = adam({ learningRate: 0.1 });
  const a = param(1), b = param(1);
  a.gradient[0] = 4;
  opt.step([a]);
  b.gradient[0] = 4;
  opt.step([b]);
  assert.equal(b.value[0], a.value[0]);
});

Deno.test("optimizer options are checked", () => {
  for (const learningRate of [0, -0.1, Infinity, NaN]) {
    assert.throws(() => sgd({ learningRate }), {
      name: "RangeError",
      message: `sgd learningRate must be a number in (0, ∞), got ${learningRate}`,
    });
  }
  assert.throws(() => adam({ learningRate: -1 }), {
    name: "RangeError",
    message: "adam learningRate must be a number in (0, ∞), got -1",
  });
  assert.throws(() => sgd({ momentum: 1 }), {
    name: "RangeError",
    message: "sgd momentum must be a number in [0, 1), got 1",
  });
  assert.throws(() => adam({ beta2: 1.5 }), /adam beta2 must be a number in \[0, 1\), got 1.5/);
  assert.throws(() => sgd({ nesterov: true }), {
    name: "RangeError",
    message: "sgd nesterov needs a momentum greater than 0",
  });
  assert.throws(() => sgd({ learningRate: "fast" as never }), {
    name: "TypeError",
    message:
      'sgd learningRate must be a positive number or a schedule, a function (step, epoch) => rate; got "fast"',
  });
});

Deno.test("optimizers by name build with options", () => {
  assert.deepEqual(optimizers.get("adam", { learningRate: 0.01 }).options, {
    learningRate: 0.01,
    beta1: 0.9,
    beta2: 0.999,
    epsilon: 1e-8,
    weightDecay: 0,
  });
  assert.equal(optimizers.get("adamw").name, "adamw");
  assert.throws(() => optimizers.get("rmsprop"), {
    name: "RangeError",
    message: 'Unknown optimizer "rmsprop"; known optimizers: adam, adamw, sgd',
  });
});
