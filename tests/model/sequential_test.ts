import assert from "node:assert/strict";
import {
  type Activation,
  adam,
  Dense,
  getKernels,
  gradCheck,
  type LayerJSON,
  leakyRelu,
  Matrix,
  ModelFormatError,
  type ModelJSON,
  relu,
  Sequential,
  sgd,
  sigmoid,
} from "../../mod.ts";
import { BACKENDS } from "../fixtures/backends.ts";
import { assertClose } from "../fixtures/close.ts";
import { using } from "../fixtures/kernel_check.ts";

/** 2 → 2 ReLU → 1 sigmoid with hand-picked weights. */
function tinyNet(): Sequential {
  const hidden = new Dense(2, 2, { activation: "relu", seed: 0 });
  hidden.weights.data.set([1, -1, 0.5, 2]);
  hidden.bias!.set([0, -1]);
  const out = new Dense(2, 1, { activation: "sigmoid", seed: 0 });
  out.weights.data.set([0.25, -0.5]);
  out.bias!.set([0.5]);
  return new Sequential([hidden, out]);
}
const X = [[1, 2], [-1, 1]];
const Y = [[1], [0]];

Deno.test("forward pass matches hand computation", () => {
  // Row 0: Z1 = [1 + 1, −1 + 4 − 1] = [2, 2], A1 = [2, 2], Z2 = 0.5 − 1 + 0.5 = 0 → 0.5
  // Row 1: Z1 = [−1 + 0.5, 1 + 2 − 1] = [−0.5, 2], A1 = [0, 2], Z2 = −1 + 0.5 = −0.5 → σ(−0.5)
  const model = tinyNet();
  assertClose(model.forward(X).data, [0.5, 1 / (1 + Math.exp(0.5))], 1e-15);
  assert.deepEqual(model.layers[0].z.toArray(), [[2, 2], [-0.5, 2]]);
  assert.deepEqual(model.layers[0].a.toArray(), [[2, 2], [0, 2]]);
  assert.deepEqual(model.predict(X), [0, 0]);
});

Deno.test("loss and gradients match hand computation", () => {
  const model = tinyNet();
  const { loss, gradients } = model.lossAndGradients(X, Y, "logLoss");
  assertClose(loss, (Math.LN2 + Math.log(1 + Math.exp(-0.5))) / 2, 1e-15);
  // δ2 = (a − y) / 2 = [−0.25, σ(−0.5) / 2]
  const s = 0.3775406687981454;
  const d2 = [-0.25, s / 2];
  assertClose(gradients[1].weights.data, [2 * d2[0], 2 * d2[0] + 2 * d2[1]], 1e-15);
  assertClose(gradients[1].bias!, [d2[0] + d2[1]], 1e-15);
  // δ1 = (δ2·W2ᵀ) ⊙ relu'(Z1): row 0 [−0.0625, 0.125], row 1 [0 (dead), −0.5·d2[1]]
  const d1 = [[d2[0] * 0.25, d2[0] * -0.5], [0, d2[1] * -0.5]];
  assertClose(gradients[0].weights.data, [
    1 * d1[0][0] + -1 * d1[1][0],
    1 * d1[0][1] + -1 * d1[1][1],
    2 * d1[0][0] + 1 * d1[1][0],
    2 * d1[0][1] + 1 * d1[1][1],
  ], 1e-15);
  assertClose(gradients[0].bias!, [d1[0][0] + d1[1][0], d1[0][1] + d1[1][1]], 1e-15);
  // Nothing was updated.
  assert.deepEqual(Array.from(model.layers[1].weights.data), [0.25, -0.5]);
});

Deno.test("trainStep applies the optimizer to the same gradients", () => {
  const model = tinyNet();
  const { loss, gradients } = model.lossAndGradients(X, Y, "logLoss");
  const before = model.layers[1].weights.data.slice();
  assert.equal(model.trainStep(X, Y, "logLoss", sgd({ learningRate: 0.1 })), loss);
  assertClose(
    model.layers[1].weights.data,
    before.map((w, k) => w - 0.1 * gradients[1].weights.data[k]),
    1e-15,
  );
});

Deno.test("predict: argmax for softmax, threshold for sigmoid, values otherwise", () => {
  const soft = new Sequential([new Dense(2, 3, { activation: "softmax", bias: false, seed: 0 })]);
  soft.layers[0].weights.data.set([1, 0, 0, 0, 0, 1]);
  assert.deepEqual(soft.predict([[2, 1], [0, 3], [-1, -1]]), [0, 2, 1]);

  const multi = new Sequential([new Dense(1, 2, { activation: "sigmoid", bias: false, seed: 0 })]);
  multi.layers[0].weights.data.set([1, -1]);
  assert.deepEqual((multi.predict([[2], [-2]]) as Matrix).toArray(), [[1, 0], [0, 1]]);

  const reg = new Sequential([new Dense(1, 1, { bias: false, seed: 0 })]);
  reg.layers[0].weights.data.set([3]);
  const out = reg.predict([[2], [-1]]);
  assert.ok(out instanceof Matrix);
  assert.deepEqual(out.toArray(), [[6], [-3]]);
});

Deno.test("bad input gets messages that name shapes, layers, rows and columns", () => {
  const model = tinyNet();
  assert.throws(() => model.forward([[1, 2, 3]]), {
    name: "RangeError",
    message: "X has 3 columns but layer 0 (Dense 2 → 2) expects 2",
  });
  assert.throws(() => model.trainStep(X, [[1]], "logLoss", "sgd"), {
    name: "RangeError",
    message: "X has 2 rows but Y has 1",
  });
  assert.throws(() => model.loss(X, [[1, 0], [0, 1]], "logLoss"), {
    name: "RangeError",
    message: "Y has 2 columns but the model's output (layer 1 (Dense 2 → 1)) has 1",
  });
  assert.throws(() => model.loss([[1, NaN], [0, 0]], Y, "logLoss"), {
    name: "TypeError",
    message: "X has a non-finite value at row 0, column 1: NaN",
  });
  assert.throws(() => model.loss(X, [[1], [Infinity]], "mse"), {
    name: "TypeError",
    message: "Y has a non-finite value at row 1, column 0: Infinity",
  });
  assert.throws(() => model.loss(X, [[1], [2]], "logLoss"), {
    name: "RangeError",
    message: "logLoss needs targets in [0, 1]; Y has 2 at row 1, column 0",
  });
  const classifier = new Sequential([new Dense(2, 3, { activation: "softmax", seed: 0 })]);
  assert.throws(() => classifier.loss(X, [[1, 0, 0], [1, 1, 0]], "crossEntropy"), {
    name: "RangeError",
    message: "crossEntropy needs one-hot (or probability) rows that sum to 1; Y row 1 sums to 2",
  });
  assert.throws(() => classifier.loss(X, [[0], [2]], "crossEntropy"), {
    name: "RangeError",
    message:
      "Y has 1 columns but the model's output (layer 0 (Dense 2 → 3)) has 3; crossEntropy needs one-hot targets (sparseCrossEntropy takes class indices)",
  });
  assert.throws(() => model.trainStep(X, Y, "logLoss", sgd({ learningRate: -1 })), {
    name: "RangeError",
    message: "sgd learningRate must be a number in (0, ∞), got -1",
  });
  assert.throws(() => model.loss(X, Y, "hinge"), /Unknown loss "hinge"; known losses: /);
});

Deno.test("layers that do not chain are refused", () => {
  assert.throws(
    () => new Sequential([new Dense(2, 3, { seed: 0 }), new Dense(4, 1, { seed: 0 })]),
    {
      name: "RangeError",
      message: "layer 1 (Dense 4 → 1) expects 4 inputs but layer 0 (Dense 2 → 3) gives 3 outputs",
    },
  );
  assert.throws(() => new Sequential([]), /Sequential needs a non-empty array of layers/);
  const shared = new Dense(2, 2, { seed: 0 });
  assert.throws(() => new Sequential([shared, shared]), /layer 1 is the same object as layer 0/);
  assert.throws(() => new Dense(0, 2), {
    name: "RangeError",
    message: "Dense inputs must be a positive integer, got 0",
  });
  assert.throws(
    () => new Dense(2, 2, { init: "lecun" }),
    /unknown initializer "lecun"; known initializers: glorotUniform/,
  );
});

Deno.test("fromArchitecture reads seed 003's format and checks it", () => {
  const arch = [
    { input_dim: 2, output_dim: 25, activation: "relu" },
    { input_dim: 25, output_dim: 50, activation: "relu" },
    { input_dim: 50, output_dim: 1, activation: "sigmoid" },
  ];
  const model = Sequential.fromArchitecture(arch as never, { seed: 101 });
  assert.deepEqual(model.layers.map((l) => [l.inputs, l.outputs, l.activation.name]), [
    [2, 25, "relu"],
    [25, 50, "relu"],
    [50, 1, "sigmoid"],
  ]);
  assert.throws(
    () =>
      Sequential.fromArchitecture([
        { inputDim: 2, outputDim: 25, activation: "relu" },
        { inputDim: 20, outputDim: 1, activation: "sigmoid" },
      ]),
    {
      name: "RangeError",
      message: "architecture[1].inputDim: expected 25 to match architecture[0].outputDim, got 20",
    },
  );
  assert.throws(
    () => Sequential.fromArchitecture([{ inputDim: 2, outputDim: 0 }]),
    { name: "TypeError", message: "architecture[0].outputDim: expected a positive integer, got 0" },
  );
  assert.throws(
    () => Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1, activation: "sinusoid" }]),
    /Unknown activation "sinusoid"/,
  );
});

Deno.test("the same seed gives bit-identical weights and training", () => {
  const train = () => {
    const model = Sequential.fromArchitecture([
      { inputDim: 2, outputDim: 5, activation: "tanh" },
      { inputDim: 5, outputDim: 2, activation: "softmax" },
    ], { seed: 42, init: "heNormal" });
    const opt = sgd({ learningRate: 0.3, momentum: 0.5 });
    const losses = [];
    for (let i = 0; i < 20; i++) {
      losses.push(model.trainStep(X, [[1, 0], [0, 1]], "crossEntropy", opt));
    }
    return { losses, json: JSON.stringify(model) };
  };
  const a = train(), b = train();
  assert.deepEqual(a.losses, b.losses);
  assert.equal(a.json, b.json);
  assert.ok(a.losses[19] < a.losses[0]);
  const other = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 5 }], { seed: 43 });
  assert.notDeepEqual(other.layers[0].weights.data, new Dense(2, 5, { seed: 42 }).weights.data);
});

Deno.test("JSON round trip is exact and keeps activation options", () => {
  const model = new Sequential([
    new Dense(3, 4, { activation: leakyRelu({ alpha: 0.2 }), seed: 5 }),
    new Dense(4, 2, { activation: "softmax", bias: false, seed: 6 }),
  ]);
  model.trainStep([[0.1, 0.2, 0.3]], [[0, 1]], "crossEntropy", "adam");
  const json = model.toJSON();
  assert.equal(json.format, "backprop.sequential");
  assert.equal(json.version, 2);
  assert.deepEqual(json.layers[0].activationOptions, { alpha: 0.2 });
  assert.equal(json.layers[1].bias, null);
  assert.equal(json.layers[0].weights.length, 3);
  assert.equal(json.layers[0].weights[0].length, 4);
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
  assert.deepEqual(copy.toJSON(), json);
  assert.equal(copy.layers[0].activation.options?.alpha, 0.2);
  const input = [[1, -2, 3], [0.5, 0.5, -7]];
  assert.deepEqual(copy.forward(input).data, model.forward(input).data);
});

/** The JSON of a model of dense layers only. */
type DenseJSON = ModelJSON<LayerJSON>;

Deno.test("fromJSON names the path of a bad field", () => {
  const good = () =>
    Sequential.fromArchitecture([
      { inputDim: 2, outputDim: 3, activation: "relu" },
      { inputDim: 3, outputDim: 3, activation: "softmax" },
    ], { seed: 1 }).toJSON();
  const broken = (edit: (j: DenseJSON) => void) => {
    const j = good();
    edit(j);
    return () => Sequential.fromJSON(JSON.parse(JSON.stringify(j)));
  };
  const cases: [(j: DenseJSON) => void, string][] = [
    [(j) => j.layers[1].weights[2].pop(), "layers[1].weights[2]: expected 3 numbers, got 2"],
    [(j) => j.layers[0].weights.pop(), "layers[0].weights: expected 2 rows, got 1"],
    [
      (j) => (j.layers[1].weights[0][1] = "x" as never),
      'layers[1].weights[0][1]: expected a finite number, got "x"',
    ],
    [(j) => (j.layers[0].bias = [1]), "layers[0].bias: expected 3 numbers, got 1"],
    [
      (j) => (j.layers[1].inputs = 4),
      "layers[1].inputs: expected 3 to match layers[0].outputs, got 4",
    ],
    [
      (j) => delete (j.layers[0] as Partial<LayerJSON>).outputs,
      "layers[0].outputs: expected a positive integer, got nothing",
    ],
    [
      (j) => (j.layers[0].activation = "sinusoid"),
      'layers[0].activation: Unknown activation "sinusoid"; known activations: ',
    ],
    [
      (j) => (j.layers[0].type = "conv" as never),
      'layers[0].type: expected "dense" or "dropout", got "conv"',
    ],
    [(j) => (j.format = "keras" as never), 'format: expected "backprop.sequential", got "keras"'],
    [(j) => (j.version = 4 as never), "version: this library reads versions 1 to 3, got 4"],
    [(j) => (j.layers = []), "layers: expected a non-empty array, got an array of length 0"],
  ];
  for (const [edit, message] of cases) {
    assert.throws(broken(edit), (error: Error) => {
      assert.ok(error instanceof ModelFormatError && error instanceof TypeError);
      assert.equal(error.field, message.slice(0, message.indexOf(":")));
      assert.ok(error.message.startsWith(message), `${error.message}\n  expected ${message}`);
      return true;
    });
  }
  assert.throws(() => Sequential.fromJSON(null), {
    message: "model: expected an object, got null",
  });
});

Deno.test("summary lists layers, shapes, activations and parameter counts", () => {
  assert.equal(
    tinyNet().summary(),
    [
      "Layer  Type   Shape  Activation  Bias  Parameters",
      "0      Dense  2 → 2  relu        yes            6",
      "1      Dense  2 → 1  sigmoid     yes            3",
      "Total parameters: 9",
    ].join("\n"),
  );
});

const HINT = "Lower the learning rate, scale the inputs or targets, or check custom plugins";

Deno.test("a non-finite forward pass, loss or update stops with nothing changed", () => {
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  model.layers[0].weights.data[0] = 1e300;
  const before = JSON.stringify(model);
  assert.throws(() => model.trainStep([[1e10]], [[0]], "mse", "sgd"), {
    name: "RangeError",
    message: `layer 0 (Dense 1 → 1) gave Infinity at row 0, column 0 (activation linear). ${HINT}`,
  });
  assert.throws(() => model.forward([[1e10]]), /layer 0 \(Dense 1 → 1\) gave Infinity/);
  assert.throws(() => model.trainStep([[1e-100]], [[0]], "mse", "sgd"), {
    name: "RangeError",
    message: `The mse loss is Infinity; no weights were updated. ${HINT}`,
  });
  assert.throws(() => model.loss([[1e-100]], [[0]], "mse"), {
    message: `The mse loss is Infinity. ${HINT}`,
  });
  assert.equal(JSON.stringify(model), before);
});

Deno.test("an update that overflows is undone, optimizer state included", () => {
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const momentum = sgd({ learningRate: 0.1, momentum: 0.9 });
  model.trainStep([[1]], [[3]], "mse", momentum);
  const before = JSON.stringify(model);
  const velocity = model.parameters[0].state.slots.velocity.slice();
  assert.throws(() => model.trainStep([[1]], [[3]], "mse", sgd({ learningRate: 1e308 })), {
    name: "RangeError",
    message:
      /^The sgd update made layers\[0\]\.weights -?Infinity at index 0; the step was undone\./,
  });
  assert.equal(JSON.stringify(model), before);
  assert.deepEqual(model.parameters[0].state.slots.velocity, velocity);
  // Adam's first step would create its moment buffers and step count: all undone.
  assert.throws(() => model.trainStep([[1]], [[3]], "mse", adam({ learningRate: 1e308 })), {
    name: "RangeError",
    message:
      /^The adam update made layers\[0\]\.weights -?Infinity at index 0; the step was undone\./,
  });
  assert.deepEqual(Object.keys(model.parameters[0].state.slots), ["velocity"]);
  assert.deepEqual(model.parameters[0].state.counters, {});
});

Deno.test("a custom activation that returns NaN is named with its layer", () => {
  const broken: Activation = {
    ...relu,
    kernel: undefined, // not relu any more
    name: "broken",
    forward: (_z, a) => a.data.fill(NaN),
  };
  const model = new Sequential([
    new Dense(2, 2, { seed: 0 }),
    new Dense(2, 1, { activation: broken, seed: 0 }),
  ]);
  assert.throws(() => model.predict([[1, 2]]), {
    name: "PredictionError",
    message:
      "layer 1 (Dense 2 → 1) gave NaN at row 0, column 0 (activation broken). Check that row's " +
      "inputs: values far outside the range the model was trained on can overflow",
  });
  assert.throws(() => model.trainStep([[1, 2]], [[0]], "mse", "sgd"), {
    name: "RangeError",
    message: `layer 1 (Dense 2 → 1) gave NaN at row 0, column 0 (activation broken). ${HINT}`,
  });
});

Deno.test("empty batches: forward gives no rows, training refuses", () => {
  const model = tinyNet();
  assert.deepEqual(model.forward([]).toArray(), []);
  assert.equal(model.forward(new Matrix(0, 2)).cols, 1);
  assert.deepEqual(model.predict([]), []);
  assert.throws(() => model.loss([], [], "mse"), { name: "RangeError", message: "X has no rows" });
  assert.throws(() => model.trainStep(new Matrix(0, 2), new Matrix(0, 1), "mse", "sgd"), {
    message: "X has no rows",
  });
});

Deno.test("misspelt or malformed options are errors, not silent defaults", () => {
  assert.throws(() => sgd({ learningrate: 5 }), {
    name: "TypeError",
    message:
      'sgd has no option "learningrate"; known options: learningRate, momentum, nesterov, weightDecay, clipNorm, clipValue',
  });
  assert.throws(
    () => adam({ lr: 5 }),
    /adam has no option "lr"; known options: learningRate, beta1/,
  );
  assert.throws(() => sgd(null as never), { message: "sgd options must be an object, got null" });
  assert.throws(() => new Dense(2, 3, null as never), {
    message: "Dense options must be an object, got null",
  });
  assert.throws(() => new Dense(2, 3, { activaton: "relu" } as never), {
    message:
      'Dense has no option "activaton"; known options: activation, bias, init, biasInit, random, seed, l1, l2, dtype',
  });
  assert.throws(
    () => Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1, activaton: "relu" } as never]),
    { message: /^architecture\[0\] has no option "activaton"; known options: inputDim, outputDim/ },
  );
  assert.throws(() => Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], null as never), {
    message: "fromArchitecture options must be an object, got null",
  });
  assert.throws(() => new Dense(2, 3, { bias: "no" as never }), {
    name: "TypeError",
    message: "Dense bias must be true or false, got no",
  });
  assert.throws(() => new Dense(2, 3, { random: {} as never }), {
    message: "random must have random() and normal() methods, as createRandom gives",
  });
  assert.throws(() => new Dense(1, 2, { init: (w) => w.fill(NaN) }), {
    name: "RangeError",
    message: "Dense init gave a non-finite weight at [0, 0]: NaN",
  });
  assert.throws(() => new Dense(2, 2, { activation: leakyRelu as never }), {
    name: "TypeError",
    message:
      "Dense activation: expected an activation name or object, got the function leakyRelu; call it to build the activation, e.g. leakyRelu()",
  });
  assert.throws(() => tinyNet().trainStep(X, Y, "logLoss", sgd as never), {
    message: /got the function sgd; call it to build the optimizer, e.g. sgd\(\)$/,
  });
  assert.throws(() => new Dense(2, 1, { seed: 0 }).forward(Matrix.from([[1]])), {
    name: "RangeError",
    message: "Dense 2 → 1 needs a Matrix of 2 columns, got 1 columns",
  });
});

Deno.test("fromArchitecture takes activation instances too", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 2, activation: leakyRelu({ alpha: 0.3 }) },
  ], { seed: 0 });
  assert.equal(model.layers[0].activation.options?.alpha, 0.3);
});

Deno.test("the fused form is used exactly for the built-in output activation", () => {
  // Logits of ±1000: only the fused form gives the exact losses 0 and 1000 per sample.
  const model = new Sequential([new Dense(1, 1, { activation: "sigmoid", bias: false, seed: 0 })]);
  model.layers[0].weights.data[0] = 1000;
  assert.equal(model.loss([[1], [-1]], [[1], [1]], "logLoss"), 500);
  const soft = new Sequential([new Dense(1, 2, { activation: "softmax", bias: false, seed: 0 })]);
  soft.layers[0].weights.data.set([500, -500]);
  assert.equal(soft.loss([[1]], [[0, 1]], "crossEntropy"), 1000);
  // An impostor named "sigmoid" does not get the fused delta: its own (deliberately doubled)
  // derivative is used, and the gradient check sees it.
  const impostor: Activation = {
    name: "sigmoid",
    forward: sigmoid.forward,
    backward(_z, a, da, dz) {
      for (let k = 0; k < a.data.length; k++) {
        dz.data[k] = da.data[k] * 2 * a.data[k] * (1 - a.data[k]);
      }
    },
  };
  const fake = new Sequential([
    new Dense(2, 3, { activation: "tanh", seed: 1 }),
    new Dense(3, 1, { activation: impostor, seed: 2 }),
  ]);
  const result = gradCheck(fake, "logLoss", [[0.3, -1], [1, 2]], [[1], [0]]);
  assert.equal(result.passed, false, "the impostor's doubled derivative must show");
  assert.ok(Math.abs(result.worst!.analytic / result.worst!.numeric - 2) < 1e-6);
});

Deno.test("buffers follow the batch size", () => {
  const model = tinyNet();
  const one = model.forward([[1, 2]]);
  assert.deepEqual(one.toArray(), [[0.5]]); // relu([2, 2])·[0.25, −0.5] + 0.5 = 0
  const three = model.forward([[1, 2], [-1, 1], [1, 2]]);
  assert.deepEqual(three.row(0), one.row(0));
  assert.deepEqual(three.row(2), one.row(0));
  assertClose(three.get(1, 0), 1 / (1 + Math.exp(0.5)), 1e-15);
  assert.deepEqual(model.forward([[1, 2]]).toArray(), one.toArray());
});

Deno.test("an inference pass gives the same outputs, skips Z in ReLU layers, and blocks backward until the next pass", () => {
  for (const backend of BACKENDS) {
    using(backend, () => {
      const layer = new Dense(3, 4, { activation: "relu", seed: 2 });
      const x = Matrix.from([[1, -2, 0.5], [0.3, 0.2, -1]]);
      const kept = layer.forward(x).toArray();
      const z = layer.z.toArray();
      layer.z.data.fill(42); // an inference pass with a fused ReLU leaves Z alone
      assert.deepEqual(layer.forward(x, false).toArray(), kept, backend.name);
      if (backend.matmulBiasRelu !== undefined) assert.ok(layer.z.data.every((v) => v === 42));
      const dA = Matrix.from([[1, 1, 1, 1], [1, 1, 1, 1]]);
      const message =
        "Dense backward pass called after an inference pass, forward(x, false), which keeps no Z; " +
        "run forward(x) first";
      assert.throws(() => layer.delta(dA), { name: "RangeError", message });
      assert.throws(() => layer.accumulate(dA), { name: "RangeError", message });
      layer.forward(x);
      assert.deepEqual(layer.z.toArray(), z);
      layer.accumulate(layer.delta(dA));
    });
  }
  // Through the model: predict is an inference pass, forward keeps Z; training works after both.
  const model = tinyNet();
  model.forward([[1, 2]]);
  const z = model.layers[0].z.toArray();
  model.layers[0].z.data.fill(42);
  assert.deepEqual(model.predict([[1, 2]]), [0]);
  if (getKernels().matmulBiasRelu !== undefined) {
    assert.ok(model.layers[0].z.data.every((v) => v === 42), "predict wrote no Z");
  }
  const before = model.forward([[1, 2]]).toArray();
  assert.deepEqual(model.layers[0].z.toArray(), z);
  model.trainStep([[1, 2]], [[1]], "mse", sgd({ learningRate: 0.1 }));
  model.predict([[1, 2]]);
  model.trainStep([[1, 2]], [[1]], "mse", sgd({ learningRate: 0.1 }));
  assert.notDeepEqual(model.forward([[1, 2]]).toArray(), before);
});

Deno.test("a version-1 model file still loads, and is written back as version 2", () => {
  const v1 = {
    format: "backprop.sequential",
    version: 1,
    layers: [{
      type: "dense",
      inputs: 2,
      outputs: 1,
      activation: "sigmoid",
      weights: [[0.5], [-0.25]],
      bias: [0.1],
      trainable: false,
    }],
  };
  const model = Sequential.fromJSON(v1);
  assert.deepEqual(Array.from(model.forward([[2, 4]]).data), [1 / (1 + Math.exp(-0.1))]);
  assert.equal(model.layers[0].trainable, false);
  assert.deepEqual(model.toJSON(), { ...v1, version: 2 });
});
