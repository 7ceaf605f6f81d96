import assert from "node:assert/strict";
import { normal, numpyRandom, Sequential, transposedDraw } from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";
import { NOTEBOOK_000_FORWARD } from "../fixtures/notebooks.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

// Reference values printed by NumPy 2.4.6's legacy generator (np.random.seed, random_sample, randn, uniform).

Deno.test("MT19937 raw outputs for seed 1 are the reference sequence", () => {
  const random = numpyRandom(1);
  assert.deepEqual([random.nextUint32(), random.nextUint32(), random.nextUint32()], [
    1791095845,
    4282876139,
    3093770124,
  ]);
});

Deno.test("random_sample matches NumPy across the state refill at draw 312", () => {
  const random = numpyRandom(12345);
  const draws = Array.from({ length: 1500 }, () => random.random());
  assert.equal(draws[0], 0.9296160928171479);
  assert.equal(draws[311], 0.6821773028712336);
  assert.equal(draws[312], 0.9213919700550424);
  assert.equal(draws[1499], 0.37220280555245666);
});

Deno.test("randn matches NumPy, cached second value included, at the largest seed", () => {
  const random = numpyRandom(4294967295);
  assert.deepEqual(Array.from({ length: 5 }, () => random.normal()), [
    0.6484086742306527,
    0.6693235306338161,
    -1.0805437227474493,
    0.2845010447986309,
    0.11388773652167104,
  ]);
});

Deno.test("uniform matches NumPy, and random_sample does not consume the cached normal", () => {
  const random = numpyRandom(7);
  assert.deepEqual([random.uniform(-2, 3), random.uniform(-2, 3), random.uniform(-2, 3)], [
    -1.618458553130214,
    1.8995939612005732,
    0.1920461572044676,
  ]);
  const mixed = numpyRandom(7);
  mixed.normal();
  assert.equal(mixed.random(), 0.9779895119966027);
});

Deno.test("seeds outside NumPy's legacy range are refused", () => {
  for (const seed of [-1, 2 ** 32, 1.5, NaN]) {
    assert.throws(
      () => numpyRandom(seed),
      /numpyRandom seed must be an integer in \[0, 2\^32 - 1\]/,
    );
  }
});

Deno.test("notebook 000: Glorot-uniform weights from seed 0 give the printed forward table", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "relu" },
    { inputDim: 3, outputDim: 2, activation: "softmax" },
  ], { bias: false, random: numpyRandom(0) });
  const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
  assertClose(model.forward(X).data, NOTEBOOK_000_FORWARD, 1e-8);
  assert.deepEqual(model.predict(X), [0, 0, 0, 0]);
});

test("notebook 003: randn·0.1 weights and biases from seed 101, drawn outputs × inputs, give the printed W1 and Z1", () => {
  const architecture = JSON.parse(
    Deno.readTextFileSync(new URL("../../scripts/moons_architecture.json", import.meta.url)),
  );
  const model = Sequential.fromArchitecture(architecture, {
    init: transposedDraw(normal(0.1)),
    biasInit: normal(0.1),
    random: numpyRandom(101),
  });
  const w1 = model.layers[0].weights;
  assertClose([w1.get(0, 0), w1.get(1, 0), w1.get(0, 1), w1.get(1, 1)], [
    0.270684984,
    0.0628132709,
    0.0907969446,
    0.0503825754,
  ], 1e-8);
  assertClose(w1.get(1, 21), 3.66479606e-5, 1e-12);
  model.forward([[1, 1]]);
  assertClose(model.layers[0].z.data.subarray(0, 5), [
    0.25796572,
    0.10653767,
    0.04788267,
    -0.07215597,
    -0.07192768,
  ], 1e-8);
  assertClose(model.layers[0].z.data.subarray(20), [
    -0.06093395,
    -0.18691233,
    -0.05135339,
    0.21007422,
    0.25060457,
  ], 1e-8);
  assert.deepEqual(Array.from(model.layers[0].a.data.subarray(3, 5)), [0, 0]);
  assertClose(model.layers[1].z.data.subarray(0, 5), [
    -0.04077838,
    -0.01644601,
    -0.01304237,
    -0.00952487,
    -0.16221483,
  ], 1e-8);
});
