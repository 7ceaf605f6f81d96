import assert from "node:assert/strict";
import {
  type Activation,
  activations,
  checkActivation,
  Dense,
  jsKernels,
  type Kernels,
  leakyRelu,
  Matrix,
  relu,
  setKernels,
  sigmoid,
  softmax,
} from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";

function apply(activation: Activation, z: number[][]): number[][] {
  const a = new Matrix(z.length, z[0].length);
  activation.forward(Matrix.from(z), a);
  return a.toArray();
}

Deno.test("activations give hand-computed values", () => {
  const z = [[-2, -0.5, 0, 0.5, 2]];
  assert.deepEqual(apply(activations.get("relu"), z), [[0, 0, 0, 0.5, 2]]);
  assert.deepEqual(apply(activations.get("linear"), z), z);
  assert.deepEqual(apply(activations.get("leakyRelu"), z), [[-0.02, -0.005, 0, 0.5, 2]]);
  assert.deepEqual(apply(leakyRelu({ alpha: 0.5 }), z), [[-1, -0.25, 0, 0.5, 2]]);
  assertClose(apply(sigmoid, z)[0], z[0].map((v) => 1 / (1 + Math.exp(-v))), 1e-15);
  assertClose(apply(activations.get("tanh"), z)[0], z[0].map(Math.tanh), 1e-15);
  const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
  const sum = e[0] + e[1] + e[2];
  assertClose(apply(softmax, [[1, 2, 3]])[0], e.map((v) => v / sum), 1e-15);
});

const BUILT_IN = ["leakyRelu", "linear", "relu", "sigmoid", "softmax", "tanh"];

Deno.test("every built-in activation passes its own gradient check", () => {
  assert.deepEqual(activations.names(), BUILT_IN);
  for (const name of BUILT_IN) {
    for (const seed of [0, 1, 2]) {
      const result = checkActivation(name, { seed, rows: 4, cols: 5 });
      assert.ok(
        result.passed,
        `${name} seed ${seed}: ${result.maxRelativeError} ${
          JSON.stringify(result.worst)
        } ${result.problems}`,
      );
      assert.equal(result.checked, 20);
      assert.ok(result.maxRelativeError < 1e-6);
    }
  }
  assert.ok(checkActivation(leakyRelu({ alpha: 0.3 })).passed);
});

Deno.test("sigmoid, tanh and softmax stay finite for logits of ±1000", () => {
  const z = [[-1000, 1000, -745, 745]];
  for (const name of ["sigmoid", "tanh", "softmax"]) {
    const a = apply(activations.get(name), z);
    assert.ok(a[0].every(Number.isFinite), `${name}: ${a}`);
  }
  assert.deepEqual(apply(sigmoid, [[-1000, 1000]]), [[0, 1]]);
  assert.deepEqual(apply(softmax, [[1000, 999, -1000]])[0].map((v) => v.toFixed(6)), [
    "0.731059",
    "0.268941",
    "0.000000",
  ]);
});

Deno.test("checkActivation catches a wrong derivative, an in-place bug and overflow", () => {
  const wrong: Activation = {
    name: "wrongSigmoid",
    forward: sigmoid.forward,
    backward(_z, a, da, dz) {
      for (let i = 0; i < a.data.length; i++) dz.data[i] = da.data[i] * a.data[i];
    },
  };
  const result = checkActivation(wrong);
  assert.equal(result.passed, false);
  assert.ok(result.maxRelativeError > 0.1);
  assert.equal(result.worst?.what, "backward");

  const notInPlace: Activation = {
    name: "notInPlace",
    forward: softmax.forward,
    backward(_z, a, da, dz) {
      const { rows, cols } = a;
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          let dot = 0;
          for (let k = 0; k < cols; k++) dot += a.data[i * cols + k] * da.data[i * cols + k];
          dz.data[i * cols + j] = a.data[i * cols + j] * (da.data[i * cols + j] - dot);
        }
      }
    },
  };
  const inPlace = checkActivation(notInPlace);
  assert.equal(inPlace.passed, false);
  assert.deepEqual(inPlace.problems, [
    "notInPlace.backward gives a different result when dz is the same matrix as da",
  ]);

  const naiveSoftplus: Activation = {
    name: "naiveSoftplus",
    forward(z, a) {
      for (let i = 0; i < z.data.length; i++) a.data[i] = Math.log(1 + Math.exp(z.data[i]));
    },
    backward(z, _a, da, dz) {
      for (let i = 0; i < z.data.length; i++) {
        dz.data[i] = da.data[i] * Math.exp(z.data[i]) / (1 + Math.exp(z.data[i]));
      }
    },
  };
  const overflow = checkActivation(naiveSoftplus);
  assert.equal(overflow.passed, false);
  assert.deepEqual(overflow.problems, ["naiveSoftplus is not finite for inputs of ±1000"]);
});

Deno.test("an activation that claims the fused ReLU kernel is held to it, and a layer uses it by that property", () => {
  const impostor: Activation = { ...leakyRelu({ alpha: 0.1 }), name: "impostor", kernel: "relu" };
  const message = 'Dense activation: activation "impostor" has kernel "relu", but its forward ' +
    "gives -0.2 for -2, not max(0, z); leave kernel out (a layer would compute max(0, z) in its place)";
  assert.throws(() => new Dense(1, 1, { activation: impostor }), { name: "TypeError", message });
  const spread: Activation = { ...relu, name: "nanny", forward: (_z, a) => a.data.fill(NaN) };
  assert.throws(() => new Dense(1, 1, { activation: spread }), /gives NaN for -2, not max\(0, z\)/);
  // A relu under another name is fused by the property, not by its identity.
  const renamed: Activation = { ...relu, name: "rectifier" };
  assert.ok(checkActivation(renamed).passed);
  const calls: string[] = [];
  const counting = { ...jsKernels, name: "counting" } as Kernels;
  counting.matmulBiasRelu = (...args) => {
    calls.push("fused");
    jsKernels.matmulBias(args[0], args[1], args[2], args[4], args[5], args[6], args[7]);
    for (let i = 0; i < args[5] * args[7]; i++) args[4][i] = Math.max(0, args[4][i]);
  };
  const previous = setKernels(counting);
  try {
    new Dense(2, 3, { activation: renamed, seed: 0 }).forward(Matrix.from([[1, -2]]), false);
  } finally {
    setKernels(previous);
  }
  assert.deepEqual(calls, ["fused"]);
  assert.throws(
    () => new Dense(1, 1, { activation: { ...relu, kernel: "gelu" } as unknown as Activation }),
    {
      name: "TypeError",
      message: 'Dense activation: activation "relu" has kernel "gelu"; expected "relu" or none',
    },
  );
});

Deno.test("leakyRelu rejects a bad alpha", () => {
  assert.throws(() => leakyRelu({ alpha: -1 }), {
    name: "RangeError",
    message: "leakyRelu alpha must be a finite number ≥ 0, got -1",
  });
});
