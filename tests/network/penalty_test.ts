import assert from "node:assert/strict";
import { BACKENDS } from "../fixtures/backends.ts";
import { using } from "../fixtures/kernel_check.ts";
import { randomBatch } from "../fixtures/random_batch.ts";
import { createRandom, Dense, gradCheck, type LayerJSON, Sequential, sgd } from "../../mod.ts";

/** A 2 → 1 linear layer with weights [3, −4] and bias 5, and the given penalties. */
function penalized(l1: number, l2: number): Sequential {
  const layer = new Dense(2, 1, { l1, l2, seed: 0 });
  layer.weights.data.set([3, -4]);
  layer.bias!.set([5]);
  return new Sequential([layer]);
}

Deno.test("the loss gains l1·Σ|W| + l2·ΣW² over the weights, not the bias", () => {
  // Prediction for [1, 1]: 3 − 4 + 5 = 4; mse against 2 is 4.
  const x = [[1, 1]], y = [[2]];
  assert.equal(penalized(0, 0).loss(x, y, "mse"), 4);
  assert.equal(penalized(0.5, 0).loss(x, y, "mse"), 4 + 0.5 * 7);
  assert.equal(penalized(0, 0.25).loss(x, y, "mse"), 4 + 0.25 * 25);
  assert.equal(penalized(0.5, 0.25).loss(x, y, "mse"), 4 + 0.5 * 7 + 0.25 * 25);
  const scores = penalized(0.5, 0.25).evaluate(x, y, { loss: "mse", metrics: ["mse"] });
  assert.deepEqual(scores, { loss: 4 + 3.5 + 6.25, mse: 4 });
});

Deno.test("evaluate adds the penalty once, whatever the block size", () => {
  const x = [[1, 1], [0, 0], [2, 1]], y = [[2], [5], [1]];
  const data = (4 + 0 + 36) / 3; // predictions 4, 5, 7
  for (const batchSize of [1, 2, 3]) {
    const { loss } = penalized(0, 0.25).evaluate(x, y, { loss: "mse", batchSize });
    assert.ok(Math.abs(loss - (data + 6.25)) < 1e-12, `batch ${batchSize}: ${loss}`);
  }
});

Deno.test("∂L/∂W gains l1·sign(W) + 2·l2·W; the bias gradient is unchanged", () => {
  const x = [[1, 2]], y = [[0]];
  const plain = penalized(0, 0).lossAndGradients(x, y, "mse").gradients[0];
  const both = penalized(0.5, 0.25).lossAndGradients(x, y, "mse").gradients[0];
  assert.deepEqual(Array.from(both.weights.data), [
    plain.weights.data[0] + 0.5 * 1 + 2 * 0.25 * 3,
    plain.weights.data[1] + 0.5 * -1 + 2 * 0.25 * -4,
  ]);
  assert.deepEqual(both.bias, plain.bias);
});

for (const kernels of BACKENDS) {
  Deno.test(`${kernels.name}: gradCheck passes with l1 and l2 penalties on every layer`, () =>
    using(kernels, () => {
      for (const loss of ["mse", "logLoss", "crossEntropy"]) {
        const outputs = loss === "crossEntropy" ? 3 : 2;
        const model = new Sequential([
          new Dense(3, 5, { activation: "tanh", l1: 0.03, l2: 0.1, seed: 1 }),
          new Dense(5, 4, { activation: "sigmoid", l2: 0.5, seed: 2 }),
          new Dense(4, outputs, {
            activation: loss === "crossEntropy"
              ? "softmax"
              : loss === "logLoss"
              ? "sigmoid"
              : "linear",
            l1: 0.2,
            seed: 3,
          }),
        ]);
        const targets = loss === "mse" ? "real" : loss === "logLoss" ? "binary" : "oneHot";
        const { x, y } = randomBatch(createRandom(4), 6, 3, outputs, targets);
        const result = gradCheck(model, loss, x, y);
        assert.ok(result.passed, `${loss}: ${JSON.stringify(result.worst)}`);
        assert.equal(result.checked, model.parameterCount);
      }
    }));
}

Deno.test("a penalty shrinks the weights in training: an L2-penalised fit ends with smaller weights", () => {
  const random = createRandom(5);
  const { x, y } = randomBatch(random, 40, 4, 1, "real");
  const norm = (l2: number) => {
    const model = new Sequential([new Dense(4, 1, { l2, seed: 6 })]);
    model.fit(x, y, { loss: "mse", optimizer: sgd({ learningRate: 0.05 }), epochs: 100, seed: 1 });
    return Math.hypot(...model.layers[0].weights.data);
  };
  const [plain, shrunk] = [norm(0), norm(1)];
  assert.ok(shrunk < 0.6 * plain, `${shrunk} vs ${plain}`);
});

Deno.test("penalties are saved only when set, and survive a round trip", () => {
  const model = new Sequential([
    new Dense(2, 3, { activation: "relu", l1: 0.01, seed: 1 }),
    new Dense(3, 1, { l2: 0.001, seed: 2 }),
    new Dense(1, 1, { seed: 3 }),
  ]);
  const layers = model.toJSON().layers as LayerJSON[];
  assert.equal(layers[0].l1, 0.01);
  assert.equal("l2" in layers[0], false);
  assert.equal(layers[1].l2, 0.001);
  assert.equal("l1" in layers[2] || "l2" in layers[2], false);
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
  assert.deepEqual(copy.toJSON(), model.toJSON());
  const [first] = copy.layers;
  assert.ok(first instanceof Dense);
  assert.equal(first.l1, 0.01);
  assert.equal(copy.loss([[1, 2]], [[0]], "mse"), model.loss([[1, 2]], [[0]], "mse"));
});

Deno.test("bad penalties are refused with the option named", () => {
  for (const [l1, shown] of [[-1, "-1"], [NaN, "NaN"], [Infinity, "Infinity"], ["0.1", "0.1"]]) {
    assert.throws(() => new Dense(2, 1, { l1: l1 as number }), {
      message: `Dense l1 must be a number in [0, ∞), got ${shown}`,
    });
  }
  assert.throws(() => new Dense(2, 1, { l2: -0.5 }), {
    message: "Dense l2 must be a number in [0, ∞), got -0.5",
  });
  const json = penalized(0, 0.25).toJSON();
  const edit = (value: unknown) => ({ ...json, layers: [{ ...json.layers[0], l2: value }] });
  assert.throws(() => Sequential.fromJSON(edit(-1)), {
    message: "layers[0].l2: expected a number ≥ 0, got -1",
  });
  assert.throws(() => Sequential.fromJSON({ ...edit(0.25), version: 1 }), {
    message: "layers[0].l2: version 1 has no weight penalties",
  });
});
