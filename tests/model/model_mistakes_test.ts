/**
 * Mistakes a user makes with a model, each refused with what to do instead or
 * made to work: options the constructor does not take, layers added after the
 * fact, frozen layers, activations a load would not rebuild, probabilities in
 * raw units, and predictions that are not finite.
 */
import assert from "node:assert/strict";
import {
  type Activation,
  activations,
  Dense,
  EvaluationError,
  fitStandardScaler,
  leakyRelu,
  Matrix,
  PredictionError,
  relu,
  Sequential,
  sgd,
  softmax,
} from "../../mod.ts";

Deno.test("new Sequential refuses a second argument instead of ignoring a seed", () => {
  const layers = [new Dense(2, 1, { seed: 0 })];
  assert.throws(() => new Sequential(layers, ...([{ seed: 1 }] as never[])), {
    name: "TypeError",
    message: "Sequential takes only its layers; options such as a seed belong to each layer " +
      "(new Dense(inputs, outputs, { seed })), or build the model with " +
      "Sequential.fromArchitecture(layers, { seed })",
  });
});

Deno.test("a model's layers and parameters cannot be changed after it is built", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 0 });
  const layers = "Sequential layers are fixed when the model is built; " +
    "build a new model, e.g. new Sequential([...model.layers, layer])";
  const extra = new Dense(1, 1, { seed: 0 });
  const pushed = () => (model.layers as Dense[]).push(extra);
  assert.throws(pushed, { name: "TypeError", message: layers });
  assert.throws(() => (model.layers as Dense[])[0] = extra, { name: "TypeError", message: layers });
  assert.throws(() => (model.layers as Dense[]).pop(), { name: "TypeError", message: layers });
  assert.throws(() => (model.parameters as unknown[]).push({}), {
    name: "TypeError",
    message: /^Sequential parameters are fixed when the model is built; they follow the layers/,
  });
  assert.equal(model.layers.length, 1);
  assert.equal(model.parameters.length, 2);
  // What the message suggests works.
  const bigger = new Sequential([...model.layers, extra]);
  assert.equal(bigger.layers.length, 2);
});

Deno.test("a frozen layer keeps its weights bit for bit while the layers below it train", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 4, activation: "tanh" },
    { inputDim: 4, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1 },
  ], { seed: 3 });
  const x = [[0, 1], [1, 0], [1, 1], [0.5, -1]], y = [[1], [0], [2], [-1]];
  model.layers[1].trainable = false;
  const before = model.parameters.map((p) => p.value.slice());
  model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.1, momentum: 0.9 }),
    epochs: 20,
  });
  const after = model.parameters.map((p) => p.value.slice());
  // Parameters 2 and 3 are layer 1's weights and bias.
  assert.deepEqual(after[2], before[2]);
  assert.deepEqual(after[3], before[3]);
  for (const k of [0, 1, 4, 5]) assert.notDeepEqual(after[k], before[k], `parameter ${k} trained`);
  // Its gradients are still computed: the layer below needs them.
  const { gradients } = model.lossAndGradients(x, y, "mse");
  assert.ok(gradients[1].weights.data.some((g) => g !== 0));
  // trainStep honours it too, and unfreezing trains it again.
  model.trainStep(x, y, "mse", "sgd");
  assert.deepEqual(model.parameters[2].value, before[2]);
  model.layers[1].trainable = true;
  model.trainStep(x, y, "mse", "sgd");
  assert.notDeepEqual(model.parameters[2].value, before[2]);
  assert.throws(() => (model.layers[0].trainable = "no" as never), {
    name: "TypeError",
    message: "Dense trainable must be true or false, got no",
  });
});

Deno.test("a frozen layer stays frozen through a save and load", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 2, activation: "relu" },
    { inputDim: 2, outputDim: 1 },
  ], { seed: 1 });
  model.layers[0].trainable = false;
  const json = JSON.parse(JSON.stringify(model));
  assert.equal(json.layers[0].trainable, false);
  assert.equal("trainable" in json.layers[1], false);
  const copy = Sequential.fromJSON(json);
  assert.deepEqual(copy.layers.map((layer) => layer.trainable), [false, true]);
  json.layers[1].trainable = true;
  assert.throws(() => Sequential.fromJSON(json), {
    name: "ModelFormatError",
    message: "layers[1].trainable: expected false (a frozen layer) or no field, got true",
  });
});

Deno.test("toJSON refuses an activation that a load would not rebuild, naming the layer and the fix", () => {
  const softsign: Activation = {
    name: "softsign-unregistered",
    forward(z, a) {
      for (let i = 0; i < z.data.length; i++) a.data[i] = z.data[i] / (1 + Math.abs(z.data[i]));
    },
    backward(z, _a, da, dz) {
      for (let i = 0; i < z.data.length; i++) {
        dz.data[i] = da.data[i] / (1 + Math.abs(z.data[i])) ** 2;
      }
    },
  };
  const model = new Sequential([
    new Dense(2, 2, { seed: 0 }),
    new Dense(2, 1, { activation: softsign, seed: 0 }),
  ]);
  assert.throws(() => model.toJSON(), {
    name: "ModelFormatError",
    message: 'layers[1].activation: the activation "softsign-unregistered" is not registered, ' +
      "so the saved model could not be loaded; register it before saving and loading: " +
      'activations.register("softsign-unregistered", activation)',
  });
  // A different function under a built-in name would reload as the built-in.
  const fake = new Sequential([new Dense(2, 1, { activation: { ...softsign, name: "relu" } })]);
  assert.throws(() => JSON.stringify(fake), {
    name: "ModelFormatError",
    message:
      /^layers\[0\]\.activation: this layer's activation computes something other than the activation registered as "relu", which a load would use instead/,
  });
  // The built-ins, a copy of one, factories with options and a registered custom one all save.
  activations.register("softsign-unregistered", softsign);
  const fine = new Sequential([
    new Dense(2, 2, { activation: { ...relu }, seed: 0 }),
    new Dense(2, 2, { activation: leakyRelu({ alpha: 0.2 }), seed: 0 }),
    new Dense(2, 1, { activation: softsign, seed: 0 }),
  ]);
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(fine)));
  assert.deepEqual(copy.predict([[1, -2]]), fine.predict([[1, -2]]));
});

Deno.test("predictProba gives probabilities for raw inputs, through the input scaler", () => {
  const x = [[100, 1], [300, 2], [200, 9], [150, 4]];
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 4, activation: "tanh" },
    { inputDim: 4, outputDim: 3, activation: "softmax" },
  ], { seed: 2 });
  model.inputScaler = fitStandardScaler(x);
  const p = model.predictProba(x);
  // forward works in network units: the same numbers once the inputs are scaled by hand.
  const scaled = model.inputScaler.transform(Matrix.from(x));
  assert.deepEqual(p.toArray(), model.forward(scaled).toArray());
  assert.notDeepEqual(p.toArray(), model.forward(x).toArray());
  const classes: number[] = model.predict(x); // the type follows the softmax output
  assert.deepEqual(classes, p.toArray().map((row) => row.indexOf(Math.max(...row))));

  const sigmoid = Sequential.fromArchitecture(
    [{ inputDim: 2, outputDim: 1, activation: "sigmoid" }],
    { seed: 0 },
  );
  const q = sigmoid.predictProba([[1, 2], [-3, 0]]).toArray().map(([v]) => v);
  assert.deepEqual(sigmoid.predict([[1, 2], [-3, 0]]), q.map((v) => (v > 0.5 ? 1 : 0)));

  const regressor = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 0 });
  const values: Matrix = regressor.predict([[1, 2]]); // the type follows the linear output
  assert.equal(values.rows, 1);
  assert.throws(() => regressor.predictProba([[1, 2]]), {
    name: "RangeError",
    message:
      "predictProba needs a classifier, but layer 0 (Dense 2 → 1) has activation linear, whose outputs are not probabilities; use predict",
  });
  sigmoid.targetScaler = fitStandardScaler([[0], [1]]);
  assert.throws(() => sigmoid.predictProba([[1, 2]]), /the model has a target scaler/);
  assert.throws(() => (model.targetScaler = fitStandardScaler([[0, 1, 2], [1, 2, 3]])), {
    name: "RangeError",
    message:
      "targetScaler cannot scale the outputs of layer 1 (Dense 4 → 3): activation softmax gives a distribution over classes, not values",
  });
});

Deno.test("a prediction that is not finite after the target scaler is an error naming the input row", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
  model.layers[0].weights.data[0] = 1e295; // finite outputs, up to 1e305 for row 2500
  model.targetScaler = fitStandardScaler([[0], [2e10]]); // × 1e10: beyond the largest double
  assert.equal(model.targetScaler.scale[0], 1e10);
  // 3000 rows: row 2500 lies in the third block of 1024, and is named as row 2500.
  const x = Array.from({ length: 3000 }, (_, i) => [i === 2500 ? 1e10 : 0.001 * i]);
  assert.throws(() => model.predict(x), (error) => {
    assert.ok(error instanceof PredictionError);
    assert.equal(error.row, 2500);
    assert.equal(error.column, 0);
    assert.equal(error.value, Infinity);
    assert.equal(
      error.message,
      "The prediction for row 2500, output 0 is Infinity after undoing the target scaler. " +
        "Check that row's inputs: values far outside the range the model was trained on can overflow",
    );
    assert.doesNotMatch(error.message, /learning rate/);
    return true;
  });
  // A hidden layer that overflows names the row over the whole input too.
  const deep = new Sequential([new Dense(1, 2, { seed: 0 }), new Dense(2, 1, { seed: 0 })]);
  deep.layers[0].weights.data.set([1e300, 1]);
  assert.throws(() => deep.predict(x), {
    name: "PredictionError",
    message: /at row 2500, column 0/,
  });
});

Deno.test("a loss that overflows in evaluate names the row, with no advice about training", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
  const x = Array.from({ length: 3000 }, (_, i) => [i / 3000]);
  const y = x.map(([v], i) => [i === 2500 ? 1e200 : v]);
  assert.throws(() => model.evaluate(x, y, { loss: "mse" }), (error) => {
    assert.ok(error instanceof EvaluationError);
    assert.equal(error.row, 2500);
    assert.equal(error.value, Infinity);
    assert.equal(
      error.message,
      "The mse loss of row 2500 is Infinity, though its prediction is finite. Check that row's " +
        "target and inputs: values far outside the range the model was trained on can overflow",
    );
    return true;
  });
  // Every row's loss finite, their mean not.
  const far = x.map(() => [1.2e154]);
  assert.throws(() => model.evaluate(x, far, { loss: "mse" }), {
    name: "RangeError",
    message: "The mse loss of rows 0–1023 is Infinity: each row's is finite, but not their " +
      "mean. Check for targets and inputs far outside the range the model was trained on",
  });
});

Deno.test("the type of predict follows the architecture where it can be told", () => {
  const regressor = Sequential.fromArchitecture([{
    inputDim: 1,
    outputDim: 2,
    activation: "relu",
  }]);
  const loaded = Sequential.fromJSON(regressor.toJSON());
  // @ts-expect-error a model read from JSON may be a classifier or a regressor
  const guessed: Matrix = loaded.predict([[1]]);
  assert.ok(guessed instanceof Matrix);
  const sure: Matrix = regressor.predict([[1]]);
  assert.equal(sure.cols, 2);
  // A registered activation may give probabilities: this one gives classes.
  activations.register("softmaxByAnotherName", { ...softmax, name: "softmaxByAnotherName" });
  const custom = Sequential.fromArchitecture([{
    inputDim: 1,
    outputDim: 3,
    activation: "softmaxByAnotherName",
  }], { seed: 0 });
  // @ts-expect-error not a built-in activation, so not surely a matrix
  const notSure: Matrix = custom.predict([[1], [2]]);
  assert.equal(Array.isArray(notSure), true);
});

Deno.test("an activation's probability is one of two meanings, checked where it is used", () => {
  const odd = { ...relu, name: "odd", probability: "yes" } as unknown as Activation;
  assert.throws(() => new Dense(1, 1, { activation: odd }), {
    name: "TypeError",
    message:
      'Dense activation: activation "odd" has probability "yes"; expected "distribution", "independent" or none',
  });
});
