import assert from "node:assert/strict";
import {
  activations,
  Dense,
  Dropout,
  elu,
  fitStandardScaler,
  fromTfjs,
  leakyRelu,
  type ModelLayer,
  type Prediction,
  relu,
  scalerFromJSON,
  Sequential,
  toTfjs,
} from "../../mod.ts";
import { ModelFormatError } from "../../lib/primitives/model_format_error.ts";
import { expected, exportCases, moreExportCases } from "../fixtures/export_models.ts";

/** Tanh, dropout, then a leaky ReLU without bias: known weights, metadata, a penalty, a frozen layer. */
function handBuilt(): Sequential<Prediction, ModelLayer> {
  const first = new Dense(2, 2, { activation: "tanh", l1: 0.5, l2: 0.25, seed: 0 });
  first.weights.data.set([0.5, -1, 2, 0.1]);
  first.bias!.set([0.25, -0.2]);
  const last = new Dense(2, 1, { activation: leakyRelu({ alpha: 0.1 }), bias: false, seed: 0 });
  last.weights.data.set([1.5, -3]);
  last.trainable = false;
  const model = new Sequential<Prediction, ModelLayer>([
    first,
    new Dropout(0.25, { seed: 5 }),
    last,
  ]);
  model.metadata = { columns: ["a", "b"] };
  return model;
}

const GLOROT_UNIFORM = {
  class_name: "VarianceScaling",
  config: { scale: 1, mode: "fan_avg", distribution: "uniform", seed: null },
};
const UNUSED = {
  bias_regularizer: null,
  activity_regularizer: null,
  kernel_constraint: null,
  bias_constraint: null,
};

Deno.test("toTfjs writes the model.json TF.js writes for such a model", () => {
  const { modelJson } = toTfjs(handBuilt());
  assert.deepEqual(modelJson, {
    format: "layers-model",
    generatedBy: "backprop",
    convertedBy: "backprop toTfjs",
    modelTopology: {
      class_name: "Sequential",
      config: {
        name: "sequential",
        layers: [
          {
            class_name: "Dense",
            config: {
              units: 2,
              activation: "tanh",
              use_bias: true,
              kernel_initializer: GLOROT_UNIFORM,
              bias_initializer: { class_name: "Zeros", config: {} },
              kernel_regularizer: { class_name: "L1L2", config: { l1: 0.5, l2: 0.25 } },
              ...UNUSED,
              name: "dense_1",
              trainable: true,
              batch_input_shape: [null, 2],
              dtype: "float32",
            },
          },
          {
            class_name: "Dropout",
            config: { rate: 0.25, noise_shape: null, seed: 5, name: "dropout_1", trainable: true },
          },
          {
            class_name: "Dense",
            config: {
              units: 1,
              activation: "linear",
              use_bias: false,
              kernel_initializer: GLOROT_UNIFORM,
              bias_initializer: { class_name: "Zeros", config: {} },
              kernel_regularizer: null,
              ...UNUSED,
              name: "dense_2",
              trainable: false,
            },
          },
          {
            class_name: "LeakyReLU",
            config: { alpha: 0.1, name: "leaky_re_lu_1", trainable: true },
          },
        ],
      },
    },
    weightsManifest: [{
      paths: ["weights.bin"],
      weights: [
        { name: "dense_1/kernel", shape: [2, 2], dtype: "float32" },
        { name: "dense_1/bias", shape: [2], dtype: "float32" },
        { name: "dense_2/kernel", shape: [2, 1], dtype: "float32" },
      ],
    }],
    userDefinedMetadata: { columns: ["a", "b"] },
  });
});

Deno.test("toTfjs writes the weights as little-endian float32 in manifest order", () => {
  const { weightData } = toTfjs(handBuilt());
  assert.equal(weightData.byteLength, 4 * 8);
  assert.deepEqual(
    Array.from(new Float32Array(weightData)),
    [0.5, -1, 2, 0.1, 0.25, -0.2, 1.5, -3].map(Math.fround),
  );
  // 0.5 is 0x3f000000, -3 is 0xc0400000: least significant byte first.
  assert.deepEqual(Array.from(new Uint8Array(weightData, 0, 4)), [0, 0, 0, 0x3f]);
  assert.deepEqual(Array.from(new Uint8Array(weightData, 28, 4)), [0, 0, 0x40, 0xc0]);
});

Deno.test("fromTfjs(toTfjs(model)) is the model with its weights rounded to float32", () => {
  const model = handBuilt();
  const { modelJson, weightData } = toTfjs(model);
  const copy = fromTfjs(JSON.parse(JSON.stringify(modelJson)), weightData);
  const want = model.toJSON();
  for (const layer of want.layers) {
    if (layer.type !== "dense") continue;
    layer.weights = layer.weights.map((row) => row.map(Math.fround));
    layer.bias = layer.bias?.map(Math.fround) ?? null;
  }
  assert.deepEqual(copy.toJSON(), want);
});

Deno.test("toTfjs folds both scalers into one layer: W·s/σ and (b − μ/σ·W)·s + m", () => {
  const layer = new Dense(1, 1, { seed: 0 });
  layer.weights.data[0] = 2;
  layer.bias![0] = 1;
  const model = new Sequential<Prediction, ModelLayer>([layer]);
  model.inputScaler = scalerFromJSON({ kind: "standard", offset: [3], scale: [4] });
  model.targetScaler = scalerFromJSON({ kind: "minMax", offset: [10], scale: [0.5] });
  const { modelJson, weightData } = toTfjs(model);
  // (x − 3)/4 · 2 + 1 = x/2 − 1/2, then · 0.5 + 10: x/4 + 9.75.
  assert.deepEqual(Array.from(new Float32Array(weightData)), [0.25, 9.75]);
  assert.equal(modelJson.modelTopology.config.layers[0].config.use_bias, true);
  assert.deepEqual(model.predict([[7]]), fromTfjs(modelJson, weightData).predict([[7]]));
});

Deno.test("hardSigmoid leaves as TF.js's hard_sigmoid on weights times 5/6, and comes back", () => {
  const model = new Sequential([
    new Dense(2, 3, { activation: "hardSigmoid", seed: 1 }),
    new Dense(3, 1, { seed: 2 }),
  ]);
  const { modelJson, weightData } = toTfjs(model);
  const layers = modelJson.modelTopology.config.layers;
  assert.deepEqual(layers.map((l) => l.config.activation), ["hard_sigmoid", "linear"]);
  const w = (model.layers[0] as Dense).weights.data;
  assert.deepEqual(
    Array.from(new Float32Array(weightData).slice(0, 6)),
    Array.from(w, (v) => Math.fround(v * 5 / 6)),
  );
  const copy = fromTfjs(JSON.parse(JSON.stringify(modelJson)), weightData);
  assert.deepEqual(copy.layers.map((l) => l.activation.name), ["hardSigmoid", "linear"]);
  const x = [[3, -2], [-1, 0.5], [0.1, 0.2]];
  const [a, b] = [model, copy].map((m) => m.forward(x).data);
  for (let k = 0; k < a.length; k++) assert.ok(Math.abs(a[k] - b[k]) < 1e-6, `${a[k]} vs ${b[k]}`);
});

Deno.test("fromTfjs reads an ELU layer (Keras writes any alpha) as the dense layer's elu", () => {
  const file = tfjsFile([
    dense("d", 1, { batch_input_shape: [null, 2] }),
    { class_name: "ELU", config: { name: "elu_1", alpha: 0.5 } },
  ], [kernel("d", [1, 2]), bias("d", [0])]);
  const model = fromTfjs(file.json, file.bytes);
  assert.deepEqual(model.layers[0].activation.options, { alpha: 0.5 });
  assert.deepEqual(model.forward([[-1, -1]]).toArray(), [[0.5 * Math.expm1(-3)]]);
});

Deno.test("every exportable model, scalers folded in, predicts the same after fromTfjs(toTfjs(m))", () => {
  const cases = [...exportCases(), ...moreExportCases()].filter(({ model }) =>
    !model.layers.some((layer) => layer.activation.name === "geluTanh")
  );
  assert.equal(cases.length, 14 + 2);
  for (const example of cases) {
    const { modelJson, weightData } = toTfjs(example.model);
    const copy = fromTfjs(JSON.parse(JSON.stringify(modelJson)), weightData);
    assert.deepEqual(
      copy.layers.map((layer) => [layer.constructor.name, layer.activation.name]),
      example.model.layers.map((layer) => [layer.constructor.name, layer.activation.name]),
      example.name,
    );
    assert.equal(copy.inputScaler, null);
    const want = expected(example);
    const got = example.classifier
      ? copy.predictProba(example.x).data
      : copy.forward(example.x).data;
    const top = Math.max(...Array.from(want, Math.abs));
    want.forEach((w, k) => {
      assert.ok(
        Math.abs(got[k] - w) <= 1e-6 * top,
        `${example.name}, entry ${k}: ${got[k]} vs ${w}`,
      );
    });
  }
});

Deno.test("toTfjs refuses what TF.js cannot compute exactly, naming the layer", () => {
  const one = (activation: Dense["activation"] | string) =>
    new Sequential([new Dense(2, 1, { activation, seed: 0 })]);
  const myRelu = { ...relu, name: "myRelu", kernel: undefined };
  activations.register("myRelu", myRelu, { replace: true });
  assert.throws(() => toTfjs(one(myRelu)), {
    name: "RangeError",
    message:
      "toTfjs: layers[0] has activation myRelu, which has no TF.js form; export a model of built-in activations",
  });
  assert.throws(() => toTfjs(one("geluTanh")), {
    message: "toTfjs: layers[0] has activation geluTanh, which has no TF.js form: TF.js 4 has it " +
      "as gelu_new but cannot load that name from a model file",
  });
  assert.throws(() => toTfjs(one(elu({ alpha: 2 }))), {
    message: "toTfjs: layers[0] has activation elu with alpha 2, which has no TF.js form: " +
      "TF.js's elu activation and ELU layer take alpha 1 only",
  });
  assert.equal(
    toTfjs(one(elu({ alpha: 1 }))).modelJson.modelTopology.config.layers[0].config.activation,
    "elu",
  );
  const tanh = one("tanh");
  tanh.targetScaler = fitStandardScaler([[1], [3]]);
  assert.throws(() => toTfjs(tanh), {
    message:
      "toTfjs: the target scaler can only be folded into a linear last layer, but layers[0] " +
      "has activation tanh; TF.js's layers format has no layer for it",
  });
  const tiny = one("linear");
  tiny.inputScaler = scalerFromJSON({ kind: "standard", offset: [0, 0], scale: [1, 2 ** -130] });
  tiny.layers[0].weights.data[1] = 1;
  assert.throws(() => toTfjs(tiny), {
    message:
      "toTfjs: layers[0].weights[1][0] is 1.361129467683754e+39 with the scalers folded in, beyond " +
      "float32's range (±3.4e38)",
  });
});

/** A hand-written TF.js model.json of `layers` and its weight bytes. */
function tfjsFile(
  layers: { class_name: string; config: Record<string, unknown> }[],
  weights: { name: string; shape: number[]; values: number[] }[],
) {
  return {
    json: {
      format: "layers-model",
      modelTopology: { class_name: "Sequential", config: { name: "s", layers } },
      weightsManifest: [{
        paths: ["model.weights.bin"],
        weights: weights.map(({ name, shape }) => ({ name, shape, dtype: "float32" })),
      }],
    },
    bytes: new Float32Array(weights.flatMap((w) => w.values)).buffer,
  };
}

const dense = (name: string, units: number, extra: Record<string, unknown> = {}) => ({
  class_name: "Dense",
  config: { name, units, activation: "linear", use_bias: true, ...extra },
});
const kernel = (name: string, values: number[], shape = [2, 1]) => ({
  name: `${name}/kernel`,
  shape,
  values,
});
const bias = (name: string, values: number[]) => ({
  name: `${name}/bias`,
  shape: [values.length],
  values,
});

Deno.test("fromTfjs reads Keras files, TF.js's activation names, optimizer weights aside and every form of weight data", () => {
  const layers = [
    { class_name: "InputLayer", config: { name: "in", batch_shape: [null, 2], dtype: "float32" } },
    dense("d", 1, { activation: "swish" }),
    { class_name: "Dropout", config: { name: "x", rate: 0.5, seed: 12, noise_shape: null } },
    dense("e", 1),
    { class_name: "Activation", config: { name: "a", activation: "gelu_new" } },
  ];
  const { json, bytes } = tfjsFile(layers, [
    kernel("d", [1, -2]),
    bias("d", [0.5]),
    kernel("e", [3], [1, 1]),
    bias("e", [-1]),
  ]);
  const keras = {
    ...json,
    modelTopology: {
      keras_version: "2.15.0",
      backend: "tensorflow",
      model_config: { class_name: "Sequential", config: json.modelTopology.config },
    },
  };
  keras.weightsManifest[0].weights.push(
    { name: "iter", shape: [], dtype: "float32", group: "optimizer" } as never,
  );
  const withIter = new Float32Array([...new Float32Array(bytes), 5]).buffer;
  assert.equal(fromTfjs(keras, withIter).layers.length, 3);
  keras.weightsManifest[0].weights.pop();
  const padded = new Uint8Array(bytes.byteLength + 8);
  padded.set(new Uint8Array(bytes), 8);
  const forms = [bytes, padded.subarray(8), [bytes.slice(0, 8), bytes.slice(8)]];
  for (const data of forms) {
    const model = fromTfjs(keras, data);
    assert.deepEqual(model.layers.map((layer) => layer.activation.name), [
      "silu",
      "linear",
      "geluTanh",
    ]);
    assert.deepEqual((model.toJSON().layers[1] as { seed: number }).seed, 12);
    const z = 1 * 1 - 2 * 2 + 0.5, a = z / (1 + Math.exp(-z)), u = 3 * a - 1;
    const k = Math.sqrt(2 / Math.PI);
    assert.deepEqual(model.forward([[1, 2]]).toArray(), [[
      0.5 * u * (1 + Math.tanh(k * (u + 0.044715 * u ** 3))),
    ]]);
  }
});

Deno.test("fromTfjs takes a first dropout's width from the dense layer after it, and folds LeakyReLU", () => {
  const { json, bytes } = tfjsFile([
    { class_name: "Dropout", config: { name: "x", rate: 0.1 } },
    dense("d", 1, { use_bias: false }),
    { class_name: "LeakyReLU", config: { name: "l", alpha: 0.25 } },
  ], [kernel("d", [1, 1])]);
  const model = fromTfjs(json, bytes);
  assert.deepEqual(
    model.toJSON().layers.map((layer) => [layer.type, layer.inputs, layer.outputs]),
    [
      ["dropout", 2, 2],
      ["dense", 2, 1],
    ],
  );
  assert.deepEqual(model.layers[1].activation.options, { alpha: 0.25 });
  assert.deepEqual(model.forward([[-2, -2], [1, 2]]).toArray(), [[-1], [3]]);
});

/** `fromTfjs` of a file changed by `edit`; asserts it throws a ModelFormatError with `field` and `message`. */
function refuses(
  edit: (file: ReturnType<typeof good>) => void,
  field: string,
  message: string,
): void {
  const file = good();
  edit(file);
  assert.throws(() => fromTfjs(file.json, file.bytes), (error) => {
    assert.ok(error instanceof ModelFormatError, String(error));
    assert.equal(error.field, field);
    assert.equal(error.message, `${field}: ${message}`);
    return true;
  });
}

function good() {
  return tfjsFile([
    dense("d", 1, { batch_input_shape: [null, 2], activation: "relu" }),
    dense("e", 1),
  ], [kernel("d", [1, 2]), bias("d", [0]), kernel("e", [1], [1, 1]), bias("e", [0])]);
}

type Layers = { class_name: string; config: Record<string, unknown> }[];
const layersOf = (file: ReturnType<typeof good>): Layers => file.json.modelTopology.config.layers;

Deno.test("fromTfjs refuses layers, activations and configs it cannot read, naming the field", () => {
  const at = "modelTopology.config.layers";
  refuses(
    (f) => layersOf(f)[0].config.trainable = "no",
    `${at}[0].config.trainable`,
    'expected true or false, got "no"',
  );
  refuses(
    (f) => (f.json as Record<string, unknown>).userDefinedMetadata = [1, 2],
    "userDefinedMetadata",
    "expected an object",
  );
  refuses(
    (f) => layersOf(f).push({ class_name: "Conv2D", config: { name: "conv2d_1" } }),
    `${at}[2].class_name`,
    "layer 2 (Conv2D, 'conv2d_1') is not supported: fromTfjs reads Dense, Dropout, Activation, LeakyReLU and ELU layers",
  );
  refuses(
    (f) => layersOf(f)[1].config.activation = "relu6",
    `${at}[1].config.activation`,
    "layer 1 (Dense, 'e') has activation relu6, which this library lacks; fromTfjs reads linear, " +
      "relu, sigmoid, tanh, softmax, elu, selu, softplus, swish (or silu), mish, gelu and gelu_new",
  );
  refuses(
    (f) => layersOf(f).push({ class_name: "ELU", config: { name: "elu_1", alpha: -1 } }),
    `${at}[2].config.alpha`,
    "expected a finite number ≥ 0, got -1",
  );
  refuses(
    (f) =>
      layersOf(f).splice(1, 0, {
        class_name: "Activation",
        config: { name: "a", activation: "tanh" },
      }),
    `${at}[1].class_name`,
    "layer 1 (Activation, 'a') must follow a Dense layer of linear activation, into which it folds",
  );
  refuses(
    (f) => layersOf(f)[0].config.batch_input_shape = [null, 2, 2],
    `${at}[0].config.batch_input_shape`,
    "layer 0 (Dense, 'd') has input shape [null,2,2]; fromTfjs reads flat inputs, [null, n]",
  );
  refuses(
    (f) => layersOf(f)[1].config.bias_regularizer = { class_name: "L1L2", config: { l2: 1 } },
    `${at}[1].config.bias_regularizer`,
    "layer 1 (Dense, 'e') has a bias regularizer, which this library's dense layers lack; set it to null",
  );
  refuses(
    (f) => layersOf(f).push({ class_name: "InputLayer", config: { name: "i" } }),
    `${at}[2].class_name`,
    "layer 2 (InputLayer, 'i') must be first",
  );
  refuses(
    (f) => layersOf(f).splice(1, 0, { class_name: "LeakyReLU", config: { name: "l", alpha: -1 } }),
    `${at}[1].config.alpha`,
    "expected a finite number ≥ 0, got -1",
  );
  refuses(
    (f) => f.json.modelTopology.class_name = "Functional",
    "modelTopology.class_name",
    'expected "Sequential" (fromTfjs reads Sequential models), got "Functional"',
  );
  refuses(
    (f) => f.json.format = "graph-model",
    "format",
    'expected "layers-model" (fromTfjs reads layers models), got "graph-model"',
  );
});

Deno.test("fromTfjs refuses weights it cannot read, naming the weight", () => {
  const weights = "weightsManifest[0].weights";
  type Spec = { name: string; shape: number[]; dtype: string; quantization?: unknown };
  const spec = (f: ReturnType<typeof good>, k: number) =>
    f.json.weightsManifest[0].weights[k] as Spec;
  refuses(
    (f) => spec(f, 0).dtype = "int32",
    `${weights}[0].dtype`,
    `weight 'd/kernel' is "int32"; fromTfjs reads float32 weights only`,
  );
  refuses(
    (f) => spec(f, 2).quantization = { dtype: "uint8", scale: 1, min: 0 },
    `${weights}[2].quantization`,
    "weight 'e/kernel' is quantized; fromTfjs reads float32 weights only",
  );
  refuses(
    (f) => f.bytes = f.bytes.slice(0, 16),
    "weightsManifest",
    "the weights listed take 20 bytes, but weightData has 16",
  );
  refuses(
    (f) => {
      f.json.weightsManifest[0].weights.push({ name: "f/bias", shape: [1], dtype: "float32" });
      f.bytes = new Float32Array([...new Float32Array(f.bytes), 7]).buffer;
    },
    `${weights}[4]`,
    "weight 'f/bias' belongs to no layer read",
  );
  refuses(
    (f) => spec(f, 0).name = "dd/kernel",
    "weightsManifest",
    "has no weight 'd/kernel', which layer 0 (Dense, 'd') needs",
  );
  refuses(
    (f) => spec(f, 0).shape = [1, 2],
    `${weights}[0].shape`,
    "layer 0 (Dense, 'd') expects a kernel of shape [2, 1], got [1, 2]",
  );
  refuses(
    (f) => spec(f, 3).name = "d/bias",
    `${weights}[3].name`,
    "weight 'd/bias' is listed twice",
  );
  refuses(
    (f) => new Float32Array(f.bytes)[2] = NaN,
    `${weights}[1]`,
    "weight 'd/bias' has NaN at index 0",
  );
  assert.throws(() => fromTfjs(good().json, "AAAA" as never), {
    name: "TypeError",
    message:
      'fromTfjs: weightData must be an ArrayBuffer, a typed array or an array of ArrayBuffers, got "AAAA"',
  });
});
