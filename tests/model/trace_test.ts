import assert from "node:assert/strict";
import { Dense, normal, numpyRandom, Sequential, transposedDraw, uniform } from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";
import { matmul, transpose } from "../fixtures/naive.ts";
import { NOTEBOOK_000_FORWARD } from "../fixtures/notebooks.ts";
import { X as XOR_X, xorModel, Y as XOR_Y } from "../../scripts/xor.ts";

const X = XOR_X.toArray();
const Y = XOR_Y.toArray();
const xorNet = () => xorModel(0);

Deno.test("trace writes out seed 000's backward pass: δ₂ = (Ŷ − Y)/m, dW = Aᵀ·δ, δ₁ = δ₂·W₂ᵀ ∗ ReLU'(Z₁)", () => {
  const model = xorNet();
  const trace = model.trace(X, Y, "crossEntropy");
  const [hidden, output] = trace.layers;
  assert.equal(trace.fused, "softmax");
  assert.equal(trace.lossName, "crossEntropy");
  assertClose(output.a.data, NOTEBOOK_000_FORWARD, 1e-8);
  const yHat = output.a.toArray();
  const delta2 = yHat.map((row, i) => row.map((p, j) => (p - Y[i][j]) / 4));
  assertClose(output.delta.data, delta2.flat(), 1e-15);
  assertClose(output.dA.data, yHat.flatMap((row, i) => row.map((p, j) => -Y[i][j] / p / 4)), 1e-15);
  assertClose(
    output.weightGradient.data,
    matmul(transpose(hidden.a.toArray()), delta2).flat(),
    1e-15,
  );
  assert.deepEqual(output.input.toArray(), hidden.a.toArray());
  const w2 = model.layers[1].weights.toArray();
  const dA1 = matmul(delta2, transpose(w2));
  assertClose(hidden.dA.data, dA1.flat(), 1e-15);
  const z1 = hidden.z.toArray();
  const delta1 = dA1.map((row, i) => row.map((d, j) => (z1[i][j] > 0 ? d : 0)));
  assertClose(hidden.delta.data, delta1.flat(), 1e-15);
  assertClose(hidden.weightGradient.data, matmul(transpose(X), delta1).flat(), 1e-15);
  assert.deepEqual(hidden.input.toArray(), X);
  assert.equal(hidden.biasGradient, null);
  const { loss, gradients } = model.lossAndGradients(X, Y, "crossEntropy");
  assert.equal(trace.loss, loss);
  gradients.forEach((g, i) => assert.deepEqual(trace.layers[i].weightGradient, g.weights));
});

Deno.test("trace without a fused form: δ = f'(Z)·∂L/∂A, bias gradients are column sums of δ", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 1, outputDim: 2, activation: "tanh" },
    { inputDim: 2, outputDim: 2, activation: "sigmoid" },
  ], { biasInit: uniform(-1, 1), seed: 3 });
  const y = [[0.2, 0.9], [0.4, 0.1], [1, 0]];
  const { fused, layers } = model.trace([[0.5], [-1], [2]], y, "mse");
  assert.equal(fused, null);
  for (const layer of layers) {
    const derivative = (a: number) => (layer === layers[0] ? 1 - a * a : a * (1 - a));
    layer.delta.data.forEach((d, k) => {
      assertClose(d, derivative(layer.a.data[k]) * layer.dA.data[k], 1e-15);
    });
    const sums = [0, 1].map((j) => layer.delta.toArray().reduce((s, row) => s + row[j], 0));
    assertClose(layer.biasGradient!, sums, 1e-15);
  }
  // mse = mean over rows and columns of (a − y)²: ∂L/∂A = 2(a − y)/(m·k).
  const a = layers[1].a.toArray();
  assertClose(
    layers[1].dA.data,
    a.flatMap((row, i) => row.map((v, j) => (2 * (v - y[i][j])) / 6)),
    1e-15,
  );
});

Deno.test("trace returns copies: training afterwards does not change them", () => {
  const model = xorNet();
  const trace = model.trace(X, Y, "crossEntropy");
  const before = JSON.stringify(trace.layers.map((l) => [l.z, l.a, l.delta, l.weightGradient]));
  model.trainStep([[3, 4]], [[0, 1]], "crossEntropy", "sgd");
  assert.equal(
    JSON.stringify(trace.layers.map((l) => [l.z, l.a, l.delta, l.weightGradient])),
    before,
  );
});

Deno.test("biasInit draws each layer's biases right after its weights, from the same generator", () => {
  const layer = new Dense(2, 3, {
    init: transposedDraw(normal(0.1)),
    biasInit: normal(0.1),
    random: numpyRandom(101),
  });
  const r = numpyRandom(101);
  const w = Array.from({ length: 6 }, () => 0.1 * r.normal()); // drawn outputs 3 × inputs 2
  const b = Array.from({ length: 3 }, () => 0.1 * r.normal());
  assert.deepEqual(layer.weights.toArray(), [[w[0], w[2], w[4]], [w[1], w[3], w[5]]]);
  assert.deepEqual(Array.from(layer.bias!), b);
  assert.deepEqual(Array.from(new Dense(2, 3, { seed: 1 }).bias!), [0, 0, 0]);
});

Deno.test("biasInit and transposedDraw refuse what cannot work", () => {
  assert.throws(() => new Dense(2, 3, { bias: false, biasInit: "zeros" }), {
    name: "RangeError",
    message: "Dense biasInit needs a layer with bias; bias is false",
  });
  assert.throws(() => new Dense(2, 3, { biasInit: (b) => b.fill(Infinity) }), {
    name: "RangeError",
    message: "Dense biasInit gave a non-finite bias at [0]: Infinity",
  });
  assert.throws(() => transposedDraw("ones"), {
    name: "RangeError",
    message: /^transposedDraw: unknown initializer "ones"; known initializers: glorotUniform,/,
  });
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 2, bias: false },
    { inputDim: 2, outputDim: 1 },
  ], { biasInit: normal(1), seed: 2 });
  assert.equal(model.layers[0].bias, null);
  assert.notEqual(model.layers[1].bias![0], 0);
});
