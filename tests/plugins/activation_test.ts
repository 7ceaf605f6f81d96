import assert from "node:assert/strict";
import {
  type Activation,
  activations,
  checkActivation,
  Dense,
  elu,
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

const BUILT_IN = [
  "elu",
  "gelu",
  "geluTanh",
  "hardSigmoid",
  "leakyRelu",
  "linear",
  "mish",
  "relu",
  "selu",
  "sigmoid",
  "silu",
  "softmax",
  "softplus",
  "swish",
  "tanh",
];

/**
 * Values from the formulas PyTorch documents for each activation, in float64
 * (tests/plugins/activation_values.py prints them).
 */
const PYTORCH_FORMULAS: Record<string, number[]> = {
  z: [-8.0, -3.0, -1.5, -0.5, -0.001, 0.0, 0.001, 0.5, 1.5, 3.0, 8.0],
  softplus: [
    0.00033540637289576885,
    0.04858735157374206,
    0.2014132779827524,
    0.4740769841801067,
    0.6926473055599401,
    0.6931471805599453,
    0.6936473055599401,
    0.9740769841801067,
    1.7014132779827524,
    3.048587351573742,
    8.000335406372896,
  ],
  elu: [
    -0.9996645373720975,
    -0.950212931632136,
    -0.7768698398515702,
    -0.3934693402873666,
    -0.0009995001666250085,
    0.0,
    0.001,
    0.5,
    1.5,
    3.0,
    8.0,
  ],
  selu: [
    -1.7575095642223824,
    -1.6705687287671118,
    -1.3658143533672527,
    -0.6917581878028713,
    -0.0017572205841202705,
    0.0,
    0.0010507009873554805,
    0.5253504936777402,
    1.5760514810332207,
    3.1521029620664414,
    8.405607898843844,
  ],
  gelu: [
    -4.884981308350689e-15,
    -0.00404969409489031,
    -0.10021080190328713,
    -0.15426876936299344,
    -0.000499601057786089,
    0.0,
    0.000500398942213911,
    0.34573123063700656,
    1.399789198096713,
    2.99595030590511,
    7.999999999999995,
  ],
  geluTanh: [
    -0.0,
    -0.0036373920817729943,
    -0.10042842301976707,
    -0.15428599017485606,
    -0.000499601057786418,
    0.0,
    0.000500398942213582,
    0.34571400982514394,
    1.3995715769802328,
    2.996362607918227,
    8.0,
  ],
  silu: [
    -0.002682801043731825,
    -0.14227761953270035,
    -0.2736382857095345,
    -0.1887703343990727,
    -0.0004997500000208334,
    0.0,
    0.0005002499999791667,
    0.3112296656009273,
    1.2263617142904655,
    2.8577223804673,
    7.997317198956269,
  ],
  mish: [
    -0.002683250882546538,
    -0.1456474612756246,
    -0.29809974216680674,
    -0.22074377465173,
    -0.0005996799840458665,
    0.0,
    0.000600319983954133,
    0.3752452113048951,
    1.4033782663958028,
    2.9865350049679575,
    7.999998200644843,
  ],
  hardSigmoid: [
    0.0,
    0.0,
    0.25,
    0.4166666666666667,
    0.49983333333333335,
    0.5,
    0.5001666666666666,
    0.5833333333333334,
    0.75,
    1.0,
    1.0,
  ],
};

Deno.test("the activations added for PyTorch users match its documented formulas", () => {
  const z = [PYTORCH_FORMULAS.z];
  for (const [name, expected] of Object.entries(PYTORCH_FORMULAS)) {
    if (name === "z") continue;
    const got = apply(activations.get(name), z)[0];
    got.forEach((v, i) => {
      const tolerance = 4e-16 * Math.max(1, Math.abs(expected[i]));
      assert.ok(
        Math.abs(v - expected[i]) <= tolerance,
        `${name}(${z[0][i]}) = ${v}, expected ${expected[i]}`,
      );
    });
  }
  assert.equal(activations.get("swish"), activations.get("silu"));
  assert.deepEqual(apply(elu({ alpha: 2 }), [[-1000, 1]]), [[-2, 1]]);
  assert.throws(() => elu({ alpha: -1 }), {
    name: "RangeError",
    message: "elu alpha must be a finite number ≥ 0, got -1",
  });
});

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
  assert.ok(checkActivation(elu({ alpha: 0.5 })).passed);
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
