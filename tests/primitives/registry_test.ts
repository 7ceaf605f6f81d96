import assert from "node:assert/strict";
import {
  type Activation,
  activations,
  createRegistry,
  Dense,
  type Loss,
  losses,
  type Optimizer,
  optimizers,
  Sequential,
} from "../../mod.ts";

const cube: Activation = {
  name: "cube",
  forward(z, a) {
    for (let i = 0; i < z.data.length; i++) a.data[i] = z.data[i] ** 3;
  },
  backward(z, _a, da, dz) {
    for (let i = 0; i < z.data.length; i++) dz.data[i] = 3 * z.data[i] ** 2 * da.data[i];
  },
};

Deno.test("a registered activation is usable by name and survives a JSON round trip", () => {
  activations.register("cube", cube);
  const model = new Sequential([new Dense(1, 1, { activation: "cube", seed: 1 })]);
  model.layers[0].weights.data[0] = 2;
  assert.deepEqual(model.forward([[1.5]]).toArray(), [[27]]);
  const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
  assert.equal(copy.layers[0].activation, cube);
});

Deno.test("registering a taken name needs replace", () => {
  assert.throws(() => activations.register("relu", cube), {
    name: "RangeError",
    message:
      'An activation named "relu" is already registered; pass { replace: true } to replace it',
  });
  const registry = createRegistry<Activation>("activation", (v, where) => {
    if (typeof v !== "object") throw new TypeError(where);
  });
  registry.register("x", cube);
  registry.register("x", { ...cube, name: "x2" }, { replace: true });
  assert.equal(registry.get("x").name, "x2");
});

Deno.test("unknown names list the known ones (cube was registered above)", () => {
  assert.throws(() => new Dense(2, 2, { activation: "sinusoid" }), {
    name: "RangeError",
    message:
      'Unknown activation "sinusoid"; known activations: cube, elu, gelu, geluTanh, hardSigmoid, leakyRelu, linear, mish, relu, selu, sigmoid, silu, softmax, softplus, swish, tanh',
  });
  assert.throws(() => losses.get("hinge"), /^RangeError: Unknown loss "hinge"; known losses: /);
});

Deno.test("malformed plugins are refused with what is missing", () => {
  assert.throws(
    () => activations.register("broken", { name: "broken", forward() {} } as unknown as Activation),
    {
      name: "TypeError",
      message: 'activation "broken": activation "broken" has no backward() method',
    },
  );
  assert.throws(
    () => new Dense(1, 1, { activation: { forward() {} } as unknown as Activation }),
    {
      name: "TypeError",
      message: 'Dense activation: an activation needs a non-empty string "name"',
    },
  );
  assert.throws(
    () =>
      losses.register(
        "noTargets",
        { name: "noTargets", value: () => 0, gradient() {} } as unknown as Loss,
      ),
    /loss targets must be "real", "probability", "distribution" or "index", got undefined/,
  );
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  assert.throws(
    () => model.trainStep([[1]], [[1]], "mse", { name: "lazy" } as unknown as Optimizer),
    { name: "TypeError", message: 'trainStep optimizer: optimizer "lazy" has no step() method' },
  );
});

Deno.test("a custom optimizer plugs in by instance and by name", () => {
  const halve: Optimizer = {
    name: "halve",
    step(parameters) {
      for (const p of parameters) for (let k = 0; k < p.value.length; k++) p.value[k] /= 2;
    },
  };
  optimizers.register("halve", halve);
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  model.layers[0].weights.data[0] = 8;
  model.trainStep([[1]], [[1]], "mse", "halve");
  model.trainStep([[1]], [[1]], "mse", halve);
  assert.equal(model.layers[0].weights.data[0], 2);
});
