/** Float32 models: their outputs, gradients, training, files and options. */
import assert from "node:assert/strict";
import {
  type Activation,
  adam,
  Dense,
  Dropout,
  gradCheck,
  type LayerSpec,
  moons,
  Sequential,
  setKernels,
  toOnnx,
  wasmExactKernels,
} from "../../mod.ts";
import { BACKENDS } from "../fixtures/backends.ts";

const ARCHITECTURE: LayerSpec[] = [
  { inputDim: 2, outputDim: 16, activation: "relu" },
  { inputDim: 16, outputDim: 16, activation: "tanh" },
  { inputDim: 16, outputDim: 1, activation: "sigmoid" },
];

const { x, y } = moons({ n: 200, noise: 0.2, seed: 5 });

Deno.test("a float32 model gives float32 values within float32 precision of its float64 twin", () => {
  const float64 = Sequential.fromArchitecture(ARCHITECTURE, { seed: 1 });
  const float32 = Sequential.fromArchitecture(ARCHITECTURE, { seed: 1, dtype: "float32" });
  assert.deepEqual(float32.layers.map((layer) => layer.dtype), ["float32", "float32", "float32"]);
  assert.deepEqual(float32.layers[0].weights.data, float64.layers[0].weights.data, "same draws");
  const p64 = float64.predictProba(x).data, p32 = float32.predictProba(x).data;
  let worst = 0;
  p32.forEach((v, i) => {
    assert.equal(Math.fround(v), v, `prediction ${i} is a float32 value`);
    worst = Math.max(worst, Math.abs(v - p64[i]) / Math.abs(p64[i]));
  });
  assert.ok(worst < 1e-5, `largest relative difference ${worst}`);
  assert.ok(worst > 0, "the float32 model does compute in float32");
});

Deno.test("gradCheck passes float32 models at float32 tolerance and catches a wrong derivative", () => {
  const cases: [LayerSpec[], string, number[][]][] = [
    [ARCHITECTURE, "logLoss", y.toArray()],
    [
      [
        { inputDim: 2, outputDim: 12, activation: "gelu", l2: 0.01 },
        { inputDim: 12, outputDim: 3, activation: "softmax" },
      ],
      "crossEntropy",
      x.toArray().map((_, i) => [0, 1, 2].map((c) => +(c === i % 3))),
    ],
    [
      [
        { inputDim: 2, outputDim: 40, activation: "elu" },
        { inputDim: 40, outputDim: 2, activation: "linear", l1: 0.001 },
      ],
      "mse",
      y.toArray().map(([v]) => [v, 2 * v - 1]),
    ],
  ];
  for (const [architecture, loss, targets] of cases) {
    const model = Sequential.fromArchitecture(architecture, { seed: 2, dtype: "float32" });
    const result = gradCheck(model, loss, x.toArray().slice(0, 20), targets.slice(0, 20));
    assert.ok(result.passed, `${loss}: largest relative error ${result.maxRelativeError}`);
    assert.ok(result.maxRelativeError > 1e-9, "the float32 gradients are not float64's");
    assert.ok(result.maxRelativeError < 1e-4, `${loss}: ${result.maxRelativeError}`);
  }
  const withDropout = new Sequential([
    new Dense(2, 24, { activation: "tanh", seed: 3, dtype: "float32" }),
    new Dropout(0.3, { seed: 4 }),
    new Dense(24, 1, { activation: "sigmoid", seed: 5, dtype: "float32" }),
  ]);
  assert.ok(
    gradCheck(withDropout, "logLoss", x.toArray().slice(0, 20), y.toArray().slice(0, 20)).passed,
  );
  const offSlope: Activation = {
    name: "offSlope",
    forward(z, a) {
      a.data.set(z.data.map(Math.tanh));
    },
    backward(z, _a, da, dz) {
      for (let i = 0; i < z.data.length; i++) {
        dz.data[i] = 0.99 * da.data[i] * (1 - Math.tanh(z.data[i]) ** 2);
      }
    },
  };
  const wrong = new Sequential([
    new Dense(2, 8, { activation: offSlope, seed: 6, dtype: "float32" }),
    new Dense(8, 1, { seed: 7, dtype: "float32" }),
  ]);
  const caught = gradCheck(wrong, "mse", x.toArray().slice(0, 10), y.toArray().slice(0, 10));
  assert.equal(caught.passed, false, "a derivative 1% off fails at the float32 tolerance");
  assert.ok(Math.abs(caught.maxRelativeError - 1e-2) < 1e-3, `${caught.maxRelativeError}`);
});

Deno.test("the same seed trains the same float32 model bit for bit with js and wasm-exact", () => {
  const train = () => {
    const model = Sequential.fromArchitecture(ARCHITECTURE, { seed: 8, dtype: "float32" });
    model.fit(x, y, { loss: "logLoss", optimizer: "adam", epochs: 5, batchSize: 32, seed: 9 });
    return model.toJSON();
  };
  const results = BACKENDS.filter((k) => k.name !== "wasm").map((backend) => {
    const previous = setKernels(backend);
    try {
      return train();
    } finally {
      setKernels(previous);
    }
  });
  assert.equal(results.length, wasmExactKernels === null ? 1 : 2);
  for (const result of results.slice(1)) assert.deepEqual(result, results[0]);
  assert.deepEqual(train(), train(), "wasm repeats itself");
});

Deno.test("float32 models learn moons as well as float64 ones", () => {
  const accuracy = (dtype: "float32" | "float64") => {
    const model = Sequential.fromArchitecture(ARCHITECTURE, { seed: 10, dtype });
    const optimizer = adam({ learningRate: 0.01 });
    model.fit(x, y, { loss: "logLoss", optimizer, epochs: 60, batchSize: 16, seed: 11 });
    const p = model.predictProba(x).data;
    return p.reduce((n, v, i) => n + +((v > 0.5) === (y.data[i] === 1)), 0) / p.length;
  };
  const a64 = accuracy("float64"), a32 = accuracy("float32");
  assert.ok(a64 > 0.95, `float64 ${a64}`);
  assert.ok(Math.abs(a32 - a64) <= 0.01, `float32 ${a32}, float64 ${a64}`);
});

Deno.test("a float32 model is saved as version 3 and loads to the same predictions", () => {
  const model = Sequential.fromArchitecture(ARCHITECTURE, { seed: 12, dtype: "float32" });
  model.fit(x, y, { loss: "logLoss", epochs: 2, seed: 1 });
  const json = model.toJSON();
  assert.equal(json.version, 3);
  assert.deepEqual(json.layers.map((layer) => "dtype" in layer ? layer.dtype : undefined), [
    "float32",
    "float32",
    "float32",
  ]);
  const loaded = Sequential.fromJSON(JSON.parse(JSON.stringify(json)));
  assert.deepEqual(loaded.predictProba(x).data, model.predictProba(x).data);
  assert.match(loaded.summary(), /^0 {6}Dense float32 {2}2 → 16/m);
  const float64 = Sequential.fromArchitecture(ARCHITECTURE, { seed: 12 }).toJSON();
  assert.equal(float64.version, 2, "a float64 model stays readable by version-2 readers");
  assert.ok(!("dtype" in float64.layers[0]));
  assert.throws(() => Sequential.fromJSON({ ...json, version: 2 }), {
    message: "layers[0].dtype: version 2 has no float32 layers",
  });
  const odd = structuredClone(json);
  (odd.layers[1] as { dtype: string }).dtype = "float16";
  assert.throws(() => Sequential.fromJSON(odd), {
    message: 'layers[1].dtype: expected "float32" or no field (float64), got "float16"',
  });
});

Deno.test("a model's dtype is its dense layers': float32, float64 or mixed", () => {
  const layer = (dtype: "float32" | "float64") => new Dense(2, 2, { dtype, seed: 1 });
  assert.equal(Sequential.fromArchitecture(ARCHITECTURE, { dtype: "float32" }).dtype, "float32");
  assert.equal(
    new Sequential([layer("float64"), new Dropout(0.5), layer("float64")]).dtype,
    "float64",
  );
  const mixed = new Sequential([layer("float32"), layer("float64")]);
  assert.equal(mixed.dtype, "mixed");
  assert.equal(mixed.toJSON().version, 3);
  assert.deepEqual(
    toOnnx(mixed),
    toOnnx(mixed, { dtype: "float64" }),
    "a mixed model exports exactly",
  );
});

Deno.test("dtype options are checked", () => {
  assert.throws(() => new Dense(2, 2, { dtype: "float16" as never }), {
    message: 'Dense dtype must be "float32" or "float64", got "float16"',
  });
  assert.throws(() => Sequential.fromArchitecture(ARCHITECTURE, { dtype: 32 as never }), {
    message: 'fromArchitecture dtype must be "float32" or "float64", got 32',
  });
  assert.equal(new Dense(2, 2).dtype, "float64");
});

Deno.test("toOnnx writes a float32 model as float32 unless told otherwise", () => {
  const model = Sequential.fromArchitecture(ARCHITECTURE, { seed: 13, dtype: "float32" });
  assert.deepEqual(toOnnx(model), toOnnx(model, { dtype: "float32" }));
  assert.notDeepEqual(toOnnx(model), toOnnx(model, { dtype: "float64" }));
  const float64 = Sequential.fromArchitecture(ARCHITECTURE, { seed: 13 });
  assert.deepEqual(toOnnx(float64), toOnnx(float64, { dtype: "float64" }));
});
