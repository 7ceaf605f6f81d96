import assert from "node:assert/strict";
import {
  Dense,
  elu,
  fromOnnx,
  leakyRelu,
  ModelFormatError,
  Sequential,
  toOnnx,
} from "../../mod.ts";
import { expected, exportCases, moreExportCases } from "../fixtures/export_models.ts";
import { attribute, foreignCases, modelBytes, node, tensor } from "../fixtures/onnx_graphs.ts";
import { bytes as protoBytes, join, string } from "../../lib/interop/protobuf.ts";
import { withTempDir } from "../fixtures/files.ts";
import { testWithOnnxPython } from "../fixtures/onnx_python.ts";

/** The largest difference of `got` from `want`, relative to max(1, |want|) per entry. */
function largestDifference(got: ArrayLike<number>, want: ArrayLike<number>): number {
  assert.equal(got.length, want.length);
  let largest = 0;
  for (let k = 0; k < want.length; k++) {
    largest = Math.max(largest, Math.abs(got[k] - want[k]) / Math.max(1, Math.abs(want[k])));
  }
  return largest;
}

Deno.test("fromOnnx reads back every float64 export exactly: layers, activations and scalers", () => {
  for (const example of exportCases()) {
    const copy = fromOnnx(toOnnx(example.model));
    const original = example.model.toJSON();
    const json = copy.toJSON();
    // Dropout is the identity in a file.
    assert.deepEqual(json.layers, original.layers.filter((l) => l.type === "dense"), example.name);
  }
  for (const example of [...exportCases(), ...moreExportCases()]) {
    const json = fromOnnx(toOnnx(example.model)).toJSON(), original = example.model.toJSON();
    assert.deepEqual(json.inputScaler, original.inputScaler, example.name);
    assert.deepEqual(json.targetScaler, original.targetScaler, example.name);
  }
  assert.ok(moreExportCases().some((c) => c.model.inputScaler?.kind === "minMax"));
  // Penalties and frozen layers are training settings, not in the file; predictions are exact.
  for (const example of [...exportCases(), ...moreExportCases()]) {
    const copy = fromOnnx(toOnnx(example.model));
    const got = example.classifier ? copy.predictProba(example.x) : copy.predict(example.x);
    const want = expected(example);
    assert.deepEqual(Array.from((got as { data: Float64Array }).data), Array.from(want));
  }
});

Deno.test("fromOnnx reads float32 exports to float32 precision", () => {
  for (const example of [...exportCases(), ...moreExportCases()]) {
    const copy = fromOnnx(toOnnx(example.model, { dtype: "float32" }));
    const got = example.classifier ? copy.predictProba(example.x) : copy.predict(example.x);
    const difference = largestDifference((got as { data: Float64Array }).data, expected(example));
    assert.ok(difference < 1e-6, `${example.name}: ${difference}`);
    const weight = (copy.toJSON().layers[0] as { weights: number[][] }).weights[0][0];
    assert.equal(weight, Math.fround(weight), "float32 weights keep their float32 values");
  }
});

Deno.test("fromOnnx brings back the metadata toOnnx stores, and refuses it when it is not JSON", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 1 });
  model.metadata = { features: [{ name: "a" }, { name: "b" }], note: "ü" };
  const bytes = toOnnx(model);
  assert.deepEqual(fromOnnx(bytes).metadata, model.metadata);
  const broken = join([
    toOnnx(Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 1 })),
    protoBytes(14, [string(1, "backprop.metadata"), string(2, "{oops")]),
  ]);
  assert.match(
    refusal(broken),
    /^model\.metadata_props\["backprop\.metadata"\]: expected JSON, got an error: /,
  );
});

Deno.test("fromOnnx recovers the slope of leaky ReLU and ELU, in float32 as its shortest decimal", () => {
  const model = new Sequential([
    new Dense(2, 3, { activation: leakyRelu({ alpha: 0.2 }), seed: 1 }),
    new Dense(3, 1, { activation: elu({ alpha: 0.7 }), seed: 2 }),
  ]);
  for (const dtype of ["float64", "float32"] as const) {
    const layers = fromOnnx(toOnnx(model, { dtype })).toJSON().layers as {
      activationOptions?: { alpha: number };
    }[];
    assert.deepEqual(layers.map((l) => l.activationOptions), [{ alpha: 0.2 }, { alpha: 0.7 }]);
  }
});

Deno.test("fromOnnx reads back every slope exactly, though its graph computes eᶻ − 1 as 2t/(1 − t)", () => {
  for (let k = 1; k <= 300; k++) {
    const alpha = k / 100;
    const model = new Sequential([
      new Dense(1, 1, { activation: elu({ alpha }), seed: 1 }),
      new Dense(1, 1, { activation: leakyRelu({ alpha: alpha / 10 }), seed: 2 }),
    ]);
    const layers = fromOnnx(toOnnx(model)).toJSON().layers as { activationOptions?: object }[];
    assert.deepEqual(layers.map((l) => l.activationOptions), [{ alpha }, { alpha: alpha / 10 }]);
  }
});

Deno.test("fromOnnx reads a single divisor before the first layer as a scaler of every column", () => {
  const bytes = modelBytes(
    [node("Div", ["x", "c"], ["s"]), node("MatMul", ["s", "w"], ["y"])],
    [
      tensor("c", [], [255], "float64"),
      w,
    ],
    io,
    13,
  );
  assert.deepEqual(fromOnnx(bytes).inputScaler?.toJSON(), {
    kind: "standard",
    offset: [0, 0],
    scale: [255, 255],
  });
});

Deno.test("fromOnnx reads files as PyTorch and Keras exporters write them", () => {
  for (const example of foreignCases()) {
    const model = fromOnnx(example.bytes);
    const layers = model.toJSON().layers as { activation: string }[];
    assert.deepEqual(layers.map((l) => l.activation), example.activations, example.name);
    const tolerance = example.dtype === "float64" ? 1e-12 : 1e-6;
    const difference = largestDifference(model.forward(example.x).data, example.want.flat());
    assert.ok(difference < tolerance, `${example.name}: ${difference}`);
  }
});

const io = { input: "x", output: "y", dtype: "float64" as const, inputs: 2, outputs: 1 };
const w = tensor("w", [2, 1], [1, 2], "float64");
const product = node("MatMul", ["x", "w"], ["z"]);

/** The message fromOnnx throws for these bytes, checking it is a ModelFormatError. */
function refusal(bytes: Uint8Array): string {
  try {
    fromOnnx(bytes);
  } catch (error) {
    assert.ok(error instanceof ModelFormatError, String(error));
    return error.message;
  }
  assert.fail("fromOnnx read the file");
}

Deno.test("fromOnnx refuses what is not a dense network, naming the node or tensor", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 1 });
  assert.match(
    refusal(new TextEncoder().encode('{"format": "backprop.sequential"}')),
    /^model: these bytes are not an ONNX model \(/,
  );
  assert.match(refusal(toOnnx(model).subarray(0, 50)), /^model: these bytes are not an ONNX model/);
  assert.throws(() => fromOnnx("model.onnx" as never), {
    name: "TypeError",
    message: "fromOnnx expects the bytes of an .onnx file (a Uint8Array)",
  });
  assert.match(
    refusal(modelBytes([node("Conv", ["x", "w"], ["y"], [], "conv1")], [w], io, 13)),
    /^model\.graph\.node\[0\] \("conv1", Conv\): this operator is not supported; fromOnnx reads MatMul, Gemm/,
  );
  assert.equal(
    refusal(modelBytes([product, node("Mul", ["z", "z"], ["y"], [], "square")], [w], io, 13)),
    'model.graph.node[1] ("square", Mul): the operators from here to "y" compute no built-in ' +
      "activation (compared with each at 112 points from −1e6 to 1e6)",
  );
  assert.equal(
    refusal(modelBytes([product, node("HardSigmoid", ["z"], ["y"], [], "hs")], [w], io, 13)),
    'model.graph.node[1] ("hs", HardSigmoid): the operators from here to "y" compute no built-in ' +
      "activation (compared with each at 112 points from −1e6 to 1e6)",
    "ONNX's default HardSigmoid (slope 0.2) is not the library's (slope 1/6)",
  );
  assert.equal(
    refusal(
      modelBytes(
        [product, node("Softmax", ["z"], ["y"], [attribute("axis", 0)], "sm")],
        [w],
        io,
        13,
      ),
    ),
    'model.graph.node[1] ("sm", Softmax): axis 0: expected the last axis (-1 or 1)',
  );
  const square = tensor("w2", [2, 2], [1, 2, 3, 4], "float64");
  assert.equal(
    refusal(modelBytes(
      [
        node("MatMul", ["x", "w2"], ["z"]),
        node("Relu", ["z"], ["a"]),
        node("MatMul", ["a", "w2"], ["z2"]),
        node("Add", ["z2", "z"], ["y"], [], "skip"),
      ],
      [square],
      { ...io, outputs: 2 },
      13,
    )),
    'model.graph.node[3] ("skip", Add): it uses a value from before the previous layer: only a ' +
      "chain of layers is read",
  );
  assert.equal(
    refusal(
      modelBytes(
        [node("Relu", ["x"], ["r"]), node("MatMul", ["x", "r"], ["y"], [], "mm")],
        [],
        io,
        13,
      ),
    ),
    'model.graph.node[1] ("mm", MatMul): expected the data as its first input and constant ' +
      "weights as its second",
  );
  assert.equal(
    refusal(
      modelBytes(
        [node("MatMul", ["x", "w3"], ["y"])],
        [tensor("w3", [3, 1], [1, 2, 3], "float64")],
        io,
        13,
      ),
    ),
    'model.graph input "x": has 2 columns; the layers read have 3',
  );
  assert.equal(
    refusal(modelBytes([node("Relu", ["x"], ["y"])], [], io, 13)),
    "model.graph: no MatMul or Gemm: the graph has no dense layer",
  );
  assert.equal(
    refusal(modelBytes([node("MatMul", ["x", "w"], ["y"])], [w], io, 6)),
    "model.opset_import: opset 6 predates broadcasting (opset 7); convert the model to a newer opset",
  );
  assert.equal(
    refusal(modelBytes(
      [product, node("Add", ["z", "b"], ["y"], [], "bias")],
      [
        w,
        tensor("b", [3], [1, 2, 3], "float64"),
      ],
      io,
      13,
    )),
    'model.graph.node[1] ("bias", Add): its constant "b" has shape [3]; expected [1]',
  );
  assert.equal(
    refusal(modelBytes(
      [product, node("Clip", ["z", "", "top"], ["y"], [], "clip")],
      [
        w,
        tensor("top", [], [20], "float64"),
      ],
      io,
      13,
    )),
    'model.graph.node[1] ("clip", Clip): the operators from here to "y" compute no built-in ' +
      "activation (compared with each at 112 points from −1e6 to 1e6)",
    "a ReLU capped at 20 is not a ReLU",
  );
  assert.equal(
    refusal(
      modelBytes([node("Gemm", ["x", "w"], ["y"], [attribute("transB", 2)], "g")], [w], io, 13),
    ),
    'model.graph.node[0] ("g", Gemm): transB = 2: expected 0 or 1',
  );
  assert.equal(
    refusal(
      modelBytes(
        [product, node("Relu", ["z"], ["y"]), node("Mul", ["y", "c"], ["y"], [], "again")],
        [
          w,
          tensor("c", [1], [2], "float64"),
        ],
        io,
        13,
      ),
    ),
    'model.graph.node[2] ("again", Mul): its output "y" is already defined; each value must be ' +
      "computed once",
  );
  assert.equal(
    refusal(modelBytes(
      [
        product,
        node("Dropout", ["z"], ["d", "mask"]),
        node("Where", ["mask", "d", "z"], ["y"], [], "w"),
      ],
      [w],
      io,
      13,
    )),
    'model.graph.node[2] ("w", Where): it uses "mask", a later output of model.graph.node[1] ' +
      "(Dropout); only first outputs are read",
  );
  assert.equal(
    refusal(modelBytes([product, node("Where", ["z"], ["y"], [], "w")], [w], io, 13)),
    'model.graph.node[1] ("w", Where): it has 1 input; Where takes 3',
  );
  assert.equal(
    refusal(
      modelBytes(
        [product, node("Clip", ["z"], ["y"], [attribute("min", 0, true)], "c")],
        [w],
        io,
        13,
      ),
    ),
    'model.graph.node[1] ("c", Clip): min and max are inputs since opset 11, not attributes ' +
      "(this file is opset 13)",
  );
  const int64 = tensor("w", [2, 1], [1, 2], "float64").slice(0, 2);
  assert.equal(
    refusal(
      modelBytes(
        [node("MatMul", ["x", "w"], ["y"])],
        [[...int64, new Uint8Array([0x10, 7])]],
        io,
        13,
      ),
    ),
    "model.graph.initializer[0]: holds int64 values; expected float or double",
  );
});

/** Builds two networks with onnx.helper (PyTorch's and Keras's shapes), saves them and prints what NumPy computes. */
const BUILD = `
import json, sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

rng = np.random.default_rng(5)
x = rng.normal(size=(6, 4)) * 2
out = {"x": x.tolist()}

# PyTorch's nn.Sequential(Linear(4, 8), Tanh(), Linear(8, 3), Softmax(dim=1)) in float32.
w1, b1 = rng.normal(size=(8, 4)).astype(np.float32), rng.normal(size=8).astype(np.float32)
w2, b2 = rng.normal(size=(3, 8)).astype(np.float32), rng.normal(size=3).astype(np.float32)
graph = helper.make_graph(
    [
        helper.make_node("Gemm", ["input", "0.weight", "0.bias"], ["h"], name="/0/Gemm", transB=1),
        helper.make_node("Tanh", ["h"], ["t"], name="/1/Tanh"),
        helper.make_node("Gemm", ["t", "2.weight", "2.bias"], ["logits"], name="/2/Gemm", transB=1),
        helper.make_node("Softmax", ["logits"], ["probabilities"], name="/3/Softmax", axis=1),
    ],
    "torch_jit",
    [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", 4])],
    [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", 3])],
    [numpy_helper.from_array(a, n) for a, n in [(w1, "0.weight"), (b1, "0.bias"), (w2, "2.weight"), (b2, "2.bias")]],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="pytorch")
onnx.checker.check_model(model, full_check=True)
onnx.save(model, sys.argv[1] + "/torch.onnx")
z = np.tanh(x @ w1.astype(np.float64).T + b1) @ w2.astype(np.float64).T + b2
e = np.exp(z - z.max(axis=1, keepdims=True))
out["torch"] = (e / e.sum(axis=1, keepdims=True)).tolist()

# Keras's Dense(5, relu), Dense(2) as MatMul + Add in float64, with a Relu.
k1, c1 = rng.normal(size=(4, 5)), rng.normal(size=5)
k2, c2 = rng.normal(size=(5, 2)), rng.normal(size=2)
graph = helper.make_graph(
    [
        helper.make_node("MatMul", ["x", "k1"], ["m1"]),
        helper.make_node("Add", ["m1", "c1"], ["z1"]),
        helper.make_node("Relu", ["z1"], ["a1"]),
        helper.make_node("MatMul", ["a1", "k2"], ["m2"]),
        helper.make_node("Add", ["m2", "c2"], ["y"]),
    ],
    "keras",
    [helper.make_tensor_value_info("x", TensorProto.DOUBLE, [None, 4])],
    [helper.make_tensor_value_info("y", TensorProto.DOUBLE, [None, 2])],
    [numpy_helper.from_array(a, n) for a, n in [(k1, "k1"), (c1, "c1"), (k2, "k2"), (c2, "c2")]],
)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="tf2onnx")
onnx.checker.check_model(model, full_check=True)
onnx.save(model, sys.argv[1] + "/keras.onnx")
out["keras"] = (np.maximum(x @ k1 + c1, 0) @ k2 + c2).tolist()
print(json.dumps(out))
`;

testWithOnnxPython(
  "fromOnnx reads networks built with the onnx package's helper, as NumPy computes them",
  (python) =>
    withTempDir(async (dir) => {
      const { success, stdout, stderr } = await new Deno.Command(python, {
        args: ["-c", BUILD, dir],
      }).output();
      assert.ok(success, new TextDecoder().decode(stderr));
      const want = JSON.parse(new TextDecoder().decode(stdout));
      const torch = fromOnnx(await Deno.readFile(`${dir}/torch.onnx`));
      assert.equal(torch.summary().includes("softmax"), true);
      assert.ok(largestDifference(torch.predictProba(want.x).data, want.torch.flat()) < 1e-12);
      const keras = fromOnnx(await Deno.readFile(`${dir}/keras.onnx`));
      assert.deepEqual(keras.toJSON().layers.map((l) => (l as { activation: string }).activation), [
        "relu",
        "linear",
      ]);
      assert.ok(largestDifference(keras.forward(want.x).data, want.keras.flat()) < 1e-12);
    }),
);
