import assert from "node:assert/strict";
import fc from "fast-check";
import { BACKENDS } from "../fixtures/backends.ts";
import { using } from "../fixtures/kernel_check.ts";
import {
  chainModel,
  HIDDEN,
  OUTPUT_PAIRS,
  randomBatch,
  randomizeBiases,
} from "../fixtures/random_batch.ts";
import {
  type Activation,
  createRandom,
  Dense,
  gradCheck,
  leakyRelu,
  type Loss,
  mse,
  relu,
  Sequential,
} from "../../mod.ts";

for (const kernels of BACKENDS) {
  Deno.test(`${kernels.name}: every hidden activation × output activation × loss passes, with and without bias`, () =>
    using(kernels, () => {
      let checked = 0;
      for (const pair of OUTPUT_PAIRS) {
        for (const hidden of HIDDEN) {
          for (const bias of [true, false]) {
            const outputs = pair.activation === "softmax" || pair.targets === "oneHot" ? 3 : 2;
            const model = Sequential.fromArchitecture([
              { inputDim: 3, outputDim: 4, activation: hidden },
              { inputDim: 4, outputDim: 4, activation: hidden },
              { inputDim: 4, outputDim: outputs, activation: pair.activation },
            ], { seed: 7, bias });
            const { x, y } = randomBatch(createRandom(8), 5, 3, outputs, pair.targets);
            const result = gradCheck(model, pair.loss, x, y);
            const label = `${hidden} → ${pair.activation} + ${pair.loss}, bias ${bias}`;
            assert.ok(
              result.passed,
              `${label}: ${JSON.stringify(result.worst)} ${result.problems}`,
            );
            assert.ok(result.maxRelativeError < 1e-6, label);
            assert.equal(result.checked, model.parameterCount);
            checked++;
          }
        }
      }
      assert.equal(checked, OUTPUT_PAIRS.length * HIDDEN.length * 2);
    }));

  Deno.test(`${kernels.name}: property: seeded random deep architectures have exact gradients`, () =>
    using(kernels, () => {
      const architecture = fc.record({
        widths: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 6 }),
        hidden: fc.array(fc.constantFrom(...HIDDEN), { minLength: 5, maxLength: 5 }),
        pair: fc.constantFrom(...OUTPUT_PAIRS),
        bias: fc.boolean(),
        rows: fc.integer({ min: 1, max: 6 }),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      });
      fc.assert(
        fc.property(architecture, ({ widths, hidden, pair, bias, rows, seed }) => {
          const dims = [...widths];
          const model = chainModel(dims, (i) => hidden[i], pair, { seed, bias });
          const random = createRandom(seed + 1);
          const { x, y } = randomBatch(random, rows, dims[0], dims[dims.length - 1], pair.targets);
          randomizeBiases(model, random);
          // At a pre-activation of exactly 0 the chain rule picks one slope per ReLU unit, and
          // stacked kinks can then disagree with the true derivative in any autodiff engine.
          // Such draws need a dead layer; skip them. Units merely close to 0 stay in.
          model.forward(x);
          fc.pre(
            model.layers.every((l) =>
              !["relu", "leakyRelu"].includes(l.activation.name) || !l.z.data.includes(0)
            ),
          );
          const result = gradCheck(model, pair.loss, x, y);
          assert.ok(
            result.maxRelativeError < 1e-6 && result.passed,
            `${JSON.stringify(dims)} ${pair.loss}: ${
              JSON.stringify(result.worst)
            } ${result.problems}`,
          );
        }),
        { numRuns: 1000, seed: 2026 },
      );
    }));
}

Deno.test("gradCheck fails when backpropagation is wrong", () => {
  // relu whose backward forgets to zero the negative side: the engine's δ is then wrong.
  const leaky: Activation = {
    name: "brokenRelu",
    forward: relu.forward,
    backward(_z, _a, da, dz) {
      dz.data.set(da.data);
    },
  };
  const model = new Sequential([
    new Dense(2, 6, { activation: leaky, seed: 1 }),
    new Dense(6, 1, { activation: "sigmoid", seed: 2 }),
  ]);
  const { x, y } = randomBatch(createRandom(3), 8, 2, 1, "binary");
  const result = gradCheck(model, "logLoss", x, y);
  assert.equal(result.passed, false);
  assert.ok(result.maxRelativeError > 1e-2);
  assert.equal(result.worst?.layer, 0);
  assert.ok(Math.abs(result.worst!.analytic - result.worst!.numeric) > 1e-4);
});

Deno.test("gradCheck names the worst entry and restores the parameters", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1, activation: "linear" },
  ], { seed: 4 });
  const before = JSON.stringify(model);
  const result = gradCheck(model, "mse", [[1, 2], [3, -1]], [[0.5], [1]]);
  assert.equal(JSON.stringify(model), before);
  const w = result.worst!;
  assert.match(w.what, /^layers\[[01]\]\.(weights|bias)$/);
  assert.equal(w.layer, Number(w.what[7]));
  assert.ok(w.what.endsWith("bias") ? w.index.length === 1 : w.index.length === 2);
  assert.ok(Math.abs(w.analytic - w.numeric) <= 1e-6 * Math.max(Math.abs(w.numeric), 1e-5));
});

Deno.test("gradCheck samples a seeded subset of entries of a big network", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 30, outputDim: 40, activation: "relu" },
    { inputDim: 40, outputDim: 10, activation: "softmax" },
  ], { seed: 5, init: "heNormal" });
  const { x, y } = randomBatch(createRandom(6), 4, 30, 10, "oneHot");
  const a = gradCheck(model, "crossEntropy", x, y, { sample: 7, seed: 1 });
  const b = gradCheck(model, "crossEntropy", x, y, { sample: 7, seed: 1 });
  assert.equal(a.checked, 4 * 7);
  assert.ok(a.passed, JSON.stringify(a.worst));
  assert.deepEqual(a, b);
  assert.throws(() => gradCheck(model, "crossEntropy", x, y, { sample: 0 }), {
    name: "RangeError",
    message: "Gradient check sample must be a positive integer, got 0",
  });
  assert.throws(() => gradCheck(model, "crossEntropy", x, y, { epsilon: 0 }), {
    name: "RangeError",
    message: "Gradient check epsilon must be a positive number, got 0",
  });
});

Deno.test("a ReLU kink at exactly zero is recognised; a wrong value there still fails", () => {
  // Dead first layer → the second layer's Z equals its zero bias exactly: a kink.
  const build = (activation: Activation | string) => {
    const model = new Sequential([
      new Dense(1, 1, { activation: "relu", seed: 0 }),
      new Dense(1, 1, { activation, seed: 0 }),
      new Dense(1, 2, { activation: "sigmoid", seed: 0 }),
    ]);
    model.layers[0].weights.data[0] = -1;
    return model;
  };
  const x = [[1], [2]], y = [[1, 0], [1, 0]];
  const result = gradCheck(build("leakyRelu"), "logLoss", x, y);
  assert.ok(result.passed, JSON.stringify(result.worst));
  assert.equal(result.kinks, 1);
  // A leaky ReLU whose backward uses slope 2 on the negative side is outside [α, 1].
  const wrong = leakyRelu();
  const steep: Activation = {
    ...wrong,
    name: "steepLeak",
    backward(z, _a, da, dz) {
      for (let i = 0; i < z.data.length; i++) dz.data[i] = (z.data[i] > 0 ? 1 : 2) * da.data[i];
    },
  };
  const bad = gradCheck(build(steep), "logLoss", x, y);
  assert.equal(bad.passed, false);
  assert.equal(bad.worst?.what, "layers[1].bias");
  assert.ok(bad.maxRelativeError > 0.5);
});

Deno.test("smooth networks show no kinks, and small errors are not hidden", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 3, outputDim: 4, activation: "tanh" },
    { inputDim: 4, outputDim: 2, activation: "linear" },
  ], { seed: 1 });
  assert.equal(gradCheck(model, "mse", [[1, 2, 3], [0, -1, 2]], [[1, 0], [0, 1]]).kinks, 0);
  // An mse whose gradient is off by 1e-5 everywhere, checked at its optimum (true gradient 0).
  const offset: Loss = {
    ...mse,
    name: "offset",
    gradient(p, t, out) {
      mse.gradient(p, t, out);
      for (let k = 0; k < out.data.length; k++) out.data[k] += 1e-5;
    },
  };
  const line = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const x = [[1], [2]];
  const result = gradCheck(line, offset, x, line.forward(x).toArray());
  assert.equal(result.passed, false);
  assert.equal(result.kinks, 0);
  assert.ok(Math.abs(result.maxRelativeError - 0.3) < 1e-6, String(result.maxRelativeError));
});

Deno.test("gradCheck with sample weights passes for every weighted loss, and a wrong weighting fails", () => {
  const weights = [0.5, 2, 0, 1.5, 1];
  for (const pair of OUTPUT_PAIRS) {
    const outputs = pair.activation === "softmax" || pair.targets === "oneHot" ? 3 : 2;
    const model = Sequential.fromArchitecture([
      { inputDim: 3, outputDim: 4, activation: "tanh" },
      { inputDim: 4, outputDim: outputs, activation: pair.activation },
    ], { seed: 7 });
    const { x, y } = randomBatch(createRandom(8), 5, 3, outputs, pair.targets);
    const result = gradCheck(model, pair.loss, x, y, { sampleWeight: weights });
    assert.ok(result.passed, `${pair.loss}: ${JSON.stringify(result.worst)}`);
  }
  // A loss whose value takes the weights but whose gradient ignores them.
  const deaf: Loss = { ...mse, name: "deaf", gradient: (a, y, out) => mse.gradient(a, y, out) };
  const model = Sequential.fromArchitecture([{ inputDim: 3, outputDim: 2 }], { seed: 1 });
  const { x, y } = randomBatch(createRandom(8), 5, 3, 2, "real");
  assert.equal(gradCheck(model, deaf, x, y, { sampleWeight: weights }).passed, false);
});

Deno.test("gradCheck refuses bad sample weights and unknown options", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  const check = (options: object) => () => gradCheck(model, "mse", [[1], [2]], [[0], [1]], options);
  assert.throws(check({ sampleWeight: [1] }), {
    message: "gradCheck sampleWeight has 1 weights for 2 rows",
  });
  assert.throws(check({ sampleWeight: [1, -1] }), {
    message: "gradCheck sampleWeight[1] is -1; expected a finite number ≥ 0",
  });
  assert.throws(check({ sampleWeight: [0, 0] }), {
    message: "gradCheck sampleWeight is 0 for every row: nothing would be learnt",
  });
  const unweighted: Loss = { ...mse, name: "unweighted", weighted: false };
  assert.throws(() => gradCheck(model, unweighted, [[1]], [[0]], { sampleWeight: [1] }), {
    message:
      "gradCheck sampleWeight needs a loss that takes sample weights (weighted: true); unweighted does not",
  });
  assert.throws(check({ sampleWeights: [1, 1] }), {
    message:
      'gradCheck has no option "sampleWeights"; known options: epsilon, tolerance, floor, seed, sample, sampleWeight',
  });
});
