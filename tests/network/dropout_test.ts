import assert from "node:assert/strict";
import { BACKENDS } from "../fixtures/backends.ts";
import { using } from "../fixtures/kernel_check.ts";
import { randomBatch } from "../fixtures/random_batch.ts";
import {
  adam,
  createRandom,
  Dense,
  Dropout,
  type DropoutJSON,
  gradCheck,
  Matrix,
  type ModelLayer,
  type Prediction,
  Sequential,
  setKernels,
  sgd,
} from "../../mod.ts";

/** 3 → 6 tanh, dropout, 6 → 2 sigmoid, with fixed seeds. */
function withDropout(rate = 0.5, seed = 9): Sequential<Prediction, ModelLayer> {
  return new Sequential([
    new Dense(3, 6, { activation: "tanh", seed: 1 }),
    new Dropout(rate, { seed }),
    new Dense(6, 2, { activation: "sigmoid", seed: 2 }),
  ]);
}

/** A dropout layer of `width`, placed in a model so that it has its width. */
function placed(rate: number, width: number, seed = 1): Dropout {
  const dropout = new Dropout(rate, { seed });
  new Sequential([dropout, new Dense(width, 1, { seed: 0 })]);
  return dropout;
}

Deno.test("Dropout takes its width from its neighbours", () => {
  const model = new Sequential([
    new Dropout(0.2, { seed: 1 }),
    new Dense(4, 3, { seed: 2 }),
    new Dropout(0.5, { seed: 3 }),
    new Dropout(0.5, { seed: 4 }),
    new Dense(3, 1, { seed: 5 }),
  ]);
  assert.deepEqual(model.layers.map((l) => [l.inputs, l.outputs]), [
    [4, 4],
    [4, 3],
    [3, 3],
    [3, 3],
    [3, 1],
  ]);
  assert.equal(model.parameterCount, 4 * 3 + 3 + 3 + 1);
});

Deno.test("in training mode each entry is 0 or x / (1 − rate), zeroed at the rate", () => {
  const dropout = placed(0.3, 50);
  const x = new Matrix(200, 50, new Float64Array(10_000).fill(2));
  const a = dropout.forward(x, true, "training").data;
  let zeros = 0;
  for (const v of a) {
    if (v === 0) zeros++;
    else assert.equal(v, 2 / 0.7);
  }
  // Binomial(10 000, 0.3): mean 3000, standard deviation 45.8; 5 deviations either side.
  assert.ok(Math.abs(zeros - 3000) < 230, `${zeros} zeros`);
});

Deno.test("outside training dropout is the identity: predict, forward, evaluate, loss", () => {
  const model = withDropout();
  const [first, , last] = model.layers as Dense[];
  const plain = new Sequential([first, last]);
  const { x, y } = randomBatch(createRandom(3), 7, 3, 2, "binary");
  assert.deepEqual(model.forward(x).data, plain.forward(x).data);
  assert.deepEqual(model.predict(x), plain.predict(x));
  assert.deepEqual(model.predictProba(x).data, plain.predictProba(x).data);
  assert.equal(model.loss(x, y, "logLoss"), plain.loss(x, y, "logLoss"));
  const options = { loss: "logLoss", metrics: ["accuracy" as const] };
  assert.deepEqual(model.evaluate(x, y, options), plain.evaluate(x, y, options));
});

Deno.test("a training step applies the mask: its loss differs from the inference loss", () => {
  const model = withDropout(0.5);
  const { x, y } = randomBatch(createRandom(3), 8, 3, 2, "binary");
  const inference = model.loss(x, y, "logLoss");
  const training = model.trainStep(x, y, "logLoss", "sgd");
  assert.notEqual(training, inference);
});

Deno.test("the same seed gives the same masks; another seed other masks", () => {
  const masks = (seed: number) => {
    const dropout = placed(0.5, 8, seed);
    const ones = new Matrix(4, 8, new Float64Array(32).fill(1));
    return [1, 2, 3].map(() => Array.from(dropout.forward(ones, true, "training").data));
  };
  assert.deepEqual(masks(7), masks(7));
  assert.notDeepEqual(masks(7), masks(8));
  const [a, b] = masks(7);
  assert.notDeepEqual(a, b); // a new mask each step
});

Deno.test("a replay reuses the last mask; the backward pass multiplies by it", () => {
  const dropout = placed(0.5, 6);
  const x = new Matrix(3, 6, Float64Array.from({ length: 18 }, (_, k) => k + 1));
  const first = Array.from(dropout.forward(x, true, "training").data);
  assert.deepEqual(Array.from(dropout.forward(x, true, "replay").data), first);
  const delta = new Matrix(3, 6, new Float64Array(18).fill(1));
  const dx = Array.from(dropout.inputGradient(dropout.delta(delta)).data);
  assert.deepEqual(dx, first.map((v, k) => v / x.data[k])); // the mask itself
  assert.throws(() => dropout.forward(new Matrix(2, 6), true, "replay"), {
    message: "Dropout cannot replay its last mask (3 rows) on 2 rows",
  });
});

for (const kernels of BACKENDS) {
  Deno.test(`${kernels.name}: gradCheck passes through dropout layers with their masks held fixed`, () =>
    using(kernels, () => {
      for (const loss of ["mse", "logLoss", "crossEntropy"]) {
        const outputs = loss === "crossEntropy" ? 3 : 2;
        const output = loss === "crossEntropy"
          ? "softmax"
          : loss === "logLoss"
          ? "sigmoid"
          : "linear";
        const model = new Sequential([
          new Dropout(0.25, { seed: 1 }),
          new Dense(4, 6, { activation: "tanh", seed: 2 }),
          new Dropout(0.5, { seed: 3 }),
          new Dense(6, 5, { activation: "sigmoid", l2: 0.1, seed: 4 }),
          new Dropout(0.4, { seed: 5 }),
          new Dense(5, outputs, { activation: output, seed: 6 }),
        ]);
        const targets = loss === "mse" ? "real" : loss === "logLoss" ? "binary" : "oneHot";
        const { x, y } = randomBatch(createRandom(7), 6, 4, outputs, targets);
        const result = gradCheck(model, loss, x, y);
        assert.ok(result.passed, `${loss}: ${JSON.stringify(result.worst)}`);
        assert.equal(result.checked, model.parameterCount);
        // The masks were in force: some hidden unit was dropped for some row.
        assert.ok(model.layers[2].a.data.some((v) => v === 0));
      }
    }));
}

Deno.test("fit and fitAsync with dropout give bit-identical histories and weights, on every backend", async () => {
  const { x, y } = randomBatch(createRandom(11), 64, 3, 2, "binary");
  const options = () => ({
    loss: "logLoss",
    optimizer: adam({ learningRate: 0.01 }),
    epochs: 5,
    batchSize: 16,
    seed: 3,
    validationSplit: 0.25,
  });
  const results: string[] = [];
  for (const kernels of BACKENDS) {
    const sync = using(kernels, () => {
      const model = withDropout();
      const history = model.fit(x, y, options());
      return JSON.stringify([history, model]);
    });
    const model = withDropout();
    const previous = setKernels(kernels);
    try {
      const history = await model.fitAsync(x, y, options());
      assert.equal(JSON.stringify([history, model]), sync, kernels.name);
    } finally {
      setKernels(previous);
    }
    if (kernels.name !== "wasm") results.push(sync);
  }
  assert.equal(new Set(results).size, 1, "js and wasm-exact agree");
});

Deno.test("a saved dropout model reloads, predicts the same and trains the same from its seed", () => {
  const model = withDropout(0.5, 42);
  const json = model.toJSON();
  assert.deepEqual(
    json.layers[1],
    {
      type: "dropout",
      inputs: 6,
      outputs: 6,
      rate: 0.5,
      seed: 42,
      state: (json.layers[1] as DropoutJSON).state,
    } satisfies DropoutJSON,
  );
  // A file without the state starts the masks from the seed, as a fresh layer does.
  const { state: _, ...fromSeed } = json.layers[1] as DropoutJSON;
  const seeded = Sequential.fromJSON({
    ...json,
    layers: [json.layers[0], fromSeed, json.layers[2]],
  });
  assert.deepEqual(seeded.toJSON(), json);
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(json)));
  assert.deepEqual(copy.toJSON(), json);
  const { x, y } = randomBatch(createRandom(2), 10, 3, 2, "binary");
  assert.deepEqual(copy.forward(x).data, model.forward(x).data);
  const options = { loss: "logLoss", epochs: 3, batchSize: 4, seed: 1 };
  model.fit(x, y, options);
  copy.fit(x, y, options);
  assert.deepEqual(copy.toJSON(), model.toJSON());
  assert.match(model.summary(), /^1 +Dropout 0\.5 +6 → 6 +0$/m);
});

Deno.test("an unseeded dropout layer draws a seed and saves it", () => {
  const a = new Dropout(0.5), b = new Dropout(0.5);
  assert.ok(Number.isSafeInteger(a.seed));
  assert.notEqual(a.seed, b.seed);
});

Deno.test("dropout mistakes are refused with messages", () => {
  for (const [rate, shown] of [[1, "1"], [-0.1, "-0.1"], [NaN, "NaN"], ["0.5", "0.5"]]) {
    assert.throws(() => new Dropout(rate as number), {
      message: `Dropout rate must be a number in [0, 1), got ${shown}`,
    });
  }
  assert.throws(() => new Dropout(0.5, { sed: 1 } as never), {
    message: 'Dropout has no option "sed"; known options: seed, state',
  });
  assert.throws(() => new Dropout(0.5, { seed: 1.5 }), {
    message: "Dropout seed must be a safe integer, got 1.5",
  });
  assert.throws(() => new Dropout(0.5, { state: [0, 0, 0, 0] }), {
    message: "Dropout state must be four integers from 0 to 2³² − 1, not all 0, as toJSON gives it",
  });
  assert.throws(
    () => new Sequential([new Dense(2, 3, { activation: "softmax" }), new Dropout(0.5)]),
    {
      message:
        "Sequential layer 1 is a Dropout, which cannot be the output: it would zero and rescale the predictions in training; put it before a Dense layer",
    },
  );
  assert.throws(() => new Sequential([new Dropout(0.5, { seed: 1 })]), {
    message:
      "Sequential needs at least one Dense layer: a Dropout layer takes its width from its neighbours",
  });
  const shared = new Dropout(0.5, { seed: 1 });
  new Sequential([new Dense(2, 3, { seed: 1 }), shared, new Dense(3, 1, { seed: 2 })]);
  assert.throws(() => new Sequential([new Dense(2, 4, { seed: 1 }), shared, new Dense(4, 1)]), {
    message:
      "Dropout already has width 3 in another model; it cannot also take width 4 (use a new Dropout layer)",
  });
  assert.throws(() => (shared.trainable = false), {
    message: "Dropout has no parameters to freeze; trainable stays true, got false",
  });
  assert.throws(() => new Dropout(0.5).forward(new Matrix(1, 2)), {
    message: "Dropout has no width until a Sequential model places it",
  });
  const json = withDropout().toJSON();
  const edit = (layer: object, version = 2) =>
    Sequential.fromJSON({ ...json, version, layers: [json.layers[0], layer, json.layers[2]] });
  assert.throws(() => edit({ ...json.layers[1], rate: 1 }), {
    message: "layers[1].rate: expected a number in [0, 1), got 1",
  });
  assert.throws(() => edit({ ...json.layers[1], inputs: 5, outputs: 5 }), {
    message: "layers[1].inputs: expected 6 to match layers[0].outputs, got 5",
  });
  assert.throws(() => edit({ ...json.layers[1], outputs: 5 }), {
    message: "layers[1].outputs: expected 6, equal to inputs, got 5",
  });
  assert.throws(() => edit({ ...json.layers[1], p: 0.5 }), {
    message: "layers[1].p: unknown field; expected only type, inputs, outputs, rate, seed, state",
  });
  assert.throws(() => edit(json.layers[1], 1), {
    message: 'layers[1].type: expected "dense" in version 1, got "dropout"',
  });
});

Deno.test("training resumed from a saved model draws the masks it would have drawn", () => {
  const { x, y } = randomBatch(createRandom(5), 12, 3, 2, "binary");
  // sgd without momentum keeps no state of its own, and no shuffling: only the masks carry over.
  const options = {
    loss: "logLoss",
    epochs: 3,
    batchSize: 4,
    shuffle: false,
    optimizer: sgd({ learningRate: 0.1 }),
  };
  const straight = withDropout(0.5, 7);
  straight.fit(x, y, { ...options, epochs: 6 });
  const first = withDropout(0.5, 7);
  first.fit(x, y, options);
  const resumed = Sequential.fromJSON(JSON.parse(JSON.stringify(first)));
  resumed.fit(x, y, options);
  assert.deepEqual(resumed.toJSON(), straight.toJSON());
  // Without the saved state, the masks start again from the seed: another result.
  const json = first.toJSON();
  const { state: _, ...fromSeed } = json.layers[1] as DropoutJSON;
  const restarted = Sequential.fromJSON({
    ...json,
    layers: [json.layers[0], fromSeed, json.layers[2]],
  });
  restarted.fit(x, y, options);
  assert.notDeepEqual(restarted.toJSON().layers[0], straight.toJSON().layers[0]);
});
