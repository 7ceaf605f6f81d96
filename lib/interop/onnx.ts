/**
 * Export to ONNX: a model as the bytes of an ONNX file (opset 13) that
 * onnxruntime and other engines run.
 *
 * @module
 */
import type { ModelLayer, Prediction, Sequential } from "../model/sequential.ts";
import type { DropoutJSON, LayerJSON, ModelJSON } from "../network/model_json.ts";
import type { ScalerJSON } from "../data/scaler.ts";
import { checkOptions } from "../primitives/options.ts";
import { SELU_ALPHA, SELU_SCALE } from "../../plugins/selu.ts";
import { bytes, type Field, int, join, string } from "./protobuf.ts";

/** Options of {@linkcode toOnnx}. */
export interface OnnxOptions {
  /**
   * The element type of the tensors: `"float64"` (exact) or `"float32"`. Default
   * `"float32"` for a model whose dense layers are all float32 (`Dense.dtype`), else `"float64"`.
   */
  dtype?: "float32" | "float64";
}

/** The key of the model's metadata (as JSON) in the file's `metadata_props`. */
export const METADATA_KEY = "backprop.metadata";
/** The key of the scalers' kinds (`{ "inputScaler": "minMax" }`, as JSON) in `metadata_props`. */
export const SCALER_KINDS_KEY = "backprop.scalers";

/** The ONNX opset the files declare. */
export const ONNX_OPSET = 13;

const ELEMENT = { float32: 1, float64: 11 } as const;
const INT_ATTRIBUTE = 2;

/**
 * The model as an ONNX file: `MatMul` and `Add` per dense layer, each
 * activation as ONNX operators (a composition of elementwise ones where an
 * operator lacks a `double` kernel in common engines), the input scaler
 * (`Sub`, `Div`) and the inverse of the target scaler (`Mul`, `Add`) around
 * them; dropout layers are the identity. The graph's input is `input`
 * (rows × inputs, any number of rows); its output is `probabilities` for a
 * classifier (softmax or sigmoid output, no target scaler) or `output`. The
 * model's metadata, if any, is stored as JSON under `metadata_props`
 * (`backprop.metadata`), and the scalers' kinds (`backprop.scalers`), where
 * `fromOnnx` finds them.
 *
 * @param model The model to export.
 * @param options The element type.
 * @returns The bytes of the `.onnx` file.
 * @throws {RangeError} If a layer's activation has no ONNX form (a custom plugin).
 *
 * @example Export and check the header
 * ```ts
 * import { Sequential, toOnnx } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 3, activation: "softmax" }], { seed: 1 });
 * const bytes = toOnnx(model, { dtype: "float32" });
 * assert.equal(bytes[0], 0x08); // field 1 (ir_version), a varint
 * ```
 */
export function toOnnx(
  model: Sequential<Prediction, ModelLayer>,
  options: OnnxOptions = {},
): Uint8Array {
  const o = checkOptions("toOnnx", options, ["dtype"]);
  const dtype = o.dtype ?? (model.dtype === "float32" ? "float32" : "float64");
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RangeError(
      `toOnnx dtype must be "float32" or "float64", got ${String(dtype)}`,
    );
  }
  const json = model.toJSON();
  const graph = newGraph(dtype);
  let x = "input";
  if (json.inputScaler !== undefined) {
    const { offset, scale } = json.inputScaler;
    x = graph.op("Div", [
      graph.op("Sub", [x, graph.tensor(offset, [offset.length])]),
      graph.tensor(scale, [scale.length]),
    ]);
  }
  json.layers.forEach((layer, i) => {
    if (layer.type === "dropout") return;
    x = dense(graph, layer as LayerJSON, x, i);
  });
  const last = json.layers.findLast((layer) => layer.type === "dense") as LayerJSON;
  if (json.targetScaler !== undefined) x = unscale(graph, json.targetScaler, x);
  const classifier = json.targetScaler === undefined &&
    (last.activation === "softmax" || last.activation === "sigmoid");
  const output = classifier ? "probabilities" : "output";
  graph.op("Identity", [x], [], output);
  const inputs = json.layers[0].inputs;
  const outputs = (json.layers.at(-1) as LayerJSON | DropoutJSON).outputs;
  return join([
    int(1, 8),
    string(2, "backprop"),
    bytes(7, [
      ...graph.nodes,
      string(2, "backprop"),
      ...graph.initializers,
      bytes(11, valueInfo("input", ELEMENT[dtype], inputs)),
      bytes(12, valueInfo(output, ELEMENT[dtype], outputs)),
    ]),
    bytes(8, [string(1, ""), int(2, ONNX_OPSET)]),
    ...properties(json),
  ]);
}

/** The file's `metadata_props`: the model's metadata and how its scalers were fitted, when it has them. */
function properties(json: ModelJSON): Field[] {
  const entry = (key: string, value: unknown) =>
    bytes(14, [string(1, key), string(2, JSON.stringify(value))]);
  const kinds = Object.fromEntries(
    (["inputScaler", "targetScaler"] as const).flatMap((key) =>
      json[key] === undefined ? [] : [[key, json[key]!.kind]]
    ),
  );
  return [
    ...(json.metadata === undefined ? [] : [entry(METADATA_KEY, json.metadata)]),
    ...(Object.keys(kinds).length === 0 ? [] : [entry(SCALER_KINDS_KEY, kinds)]),
  ];
}

/** A graph being built: nodes and initializers, with fresh names. */
interface Graph {
  readonly dtype: "float32" | "float64";
  readonly nodes: Field[];
  readonly initializers: Field[];
  /** Adds a node; returns the name of its output (`name`, or a fresh one). */
  op(
    type: string,
    inputs: string[],
    attributes?: Field[],
    name?: string,
  ): string;
  /** Adds an initializer of the graph's element type; returns its name. */
  tensor(values: ArrayLike<number>, dims: number[]): string;
  /** A scalar initializer, one per value. */
  scalar(value: number): string;
}

function newGraph(dtype: "float32" | "float64"): Graph {
  const nodes: Field[] = [], initializers: Field[] = [];
  const scalars = new Map<number, string>();
  let count = 0;
  const graph: Graph = {
    dtype,
    nodes,
    initializers,
    op(type, inputs, attributes = [], name) {
      const output = name ?? `${type.toLowerCase()}_${count++}`;
      nodes.push(bytes(1, [
        ...inputs.map((input) => string(1, input)),
        string(2, output),
        string(3, `${output}_node`),
        string(4, type),
        ...attributes.map((attribute) => bytes(5, attribute)),
      ]));
      return output;
    },
    tensor(values, dims) {
      const name = `w_${count++}`;
      initializers.push(bytes(5, [
        ...dims.map((d) => int(1, d)),
        int(2, ELEMENT[dtype]),
        string(8, name),
        bytes(9, raw(values, dtype)),
      ]));
      return name;
    },
    scalar(value) {
      let name = scalars.get(value);
      if (name === undefined) {
        scalars.set(value, name = graph.tensor([value], []));
      }
      return name;
    },
  };
  return graph;
}

/** Little-endian bytes of `values` as float32 or float64. */
function raw(
  values: ArrayLike<number>,
  dtype: "float32" | "float64",
): Uint8Array {
  const size = dtype === "float32" ? 4 : 8;
  const view = new DataView(new ArrayBuffer(values.length * size));
  for (let k = 0; k < values.length; k++) {
    if (size === 4) view.setFloat32(k * size, values[k], true);
    else view.setFloat64(k * size, values[k], true);
  }
  return new Uint8Array(view.buffer);
}

/** A tensor's name, element type and shape (rows × `columns`, any number of rows). */
function valueInfo(name: string, element: number, columns: number): Field[] {
  const shape = [bytes(1, [string(2, "N")]), bytes(1, [int(1, columns)])];
  return [
    string(1, name),
    bytes(2, [bytes(1, [int(1, element), bytes(2, shape)])]),
  ];
}

/** `f(x·W + b)` of one dense layer. */
function dense(
  graph: Graph,
  layer: LayerJSON,
  x: string,
  index: number,
): string {
  const w = graph.tensor(layer.weights.flat(), [layer.inputs, layer.outputs]);
  let z = graph.op("MatMul", [x, w]);
  if (layer.bias !== null) {
    z = graph.op("Add", [z, graph.tensor(layer.bias, [layer.outputs])]);
  }
  return activation(graph, layer, z, index);
}

/** `y = out·scale + offset`: the target scaler's inverse. */
function unscale(graph: Graph, scaler: ScalerJSON, x: string): string {
  const { offset, scale } = scaler;
  return graph.op("Add", [
    graph.op("Mul", [x, graph.tensor(scale, [scale.length])]),
    graph.tensor(offset, [offset.length]),
  ]);
}

/** The layer's activation of `z`, as ONNX operators. */
function activation(
  graph: Graph,
  layer: LayerJSON,
  z: string,
  index: number,
): string {
  const { op, scalar } = graph;
  const alpha = layer.activationOptions?.alpha;
  const positive = () => op("Greater", [z, scalar(0)]);
  // exp(z) − 1 without cancellation near 0: 2t / (1 − t) with t = tanh(z/2).
  const expm1 = () => {
    const t = op("Tanh", [op("Mul", [z, scalar(0.5)])]);
    return op("Div", [op("Mul", [scalar(2), t]), op("Sub", [scalar(1), t])]);
  };
  // log(1 + u) without cancellation for small u: u · log(w) / (w − 1), w = 1 + u (u itself when w is 1).
  const log1p = (u: string) => {
    const w = op("Add", [scalar(1), u]), d = op("Sub", [w, scalar(1)]);
    const ratio = op("Div", [op("Mul", [u, op("Log", [w])]), d]);
    return op("Where", [op("Equal", [d, scalar(0)]), u, ratio]);
  };
  // softplus(z) = max(z, 0) + log1p(exp(−|z|)).
  const softplus = () =>
    op("Add", [
      op("Relu", [z]),
      log1p(op("Exp", [op("Neg", [op("Abs", [z])])])),
    ]);
  const elu = (a: number) => op("Where", [positive(), z, op("Mul", [scalar(a), expm1()])]);
  switch (layer.activation) {
    case "linear":
      return z;
    case "relu":
      return op("Relu", [z]);
    case "sigmoid":
      return op("Sigmoid", [z]);
    case "tanh":
      return op("Tanh", [z]);
    case "softmax":
      return op("Softmax", [z], [
        join([string(1, "axis"), int(3, 1), int(20, INT_ATTRIBUTE)]),
      ]);
    case "leakyRelu":
      return op("Where", [
        positive(),
        z,
        op("Mul", [z, scalar(alpha ?? 0.01)]),
      ]);
    case "elu":
      return elu(alpha ?? 1);
    case "selu": {
      // The scale goes into each branch: a scalar Mul right before a MatMul is fused by
      // onnxruntime into the product with a float32 factor, which would cost 8 digits.
      const negative = op("Mul", [
        scalar(SELU_SCALE),
        op("Mul", [scalar(SELU_ALPHA), expm1()]),
      ]);
      return op("Where", [
        positive(),
        op("Mul", [z, scalar(SELU_SCALE)]),
        negative,
      ]);
    }
    case "softplus":
      return softplus();
    case "silu":
    case "swish":
      return op("Mul", [z, op("Sigmoid", [z])]);
    case "mish":
      return op("Mul", [z, op("Tanh", [softplus()])]);
    case "hardSigmoid":
      return op("Max", [
        scalar(0),
        op("Min", [
          scalar(1),
          op("Add", [op("Mul", [z, scalar(1 / 6)]), scalar(0.5)]),
        ]),
      ]);
    case "gelu":
      if (graph.dtype === "float64") return op("Mul", [z, normalCdf(graph, z)]);
      return op("Mul", [
        op("Mul", [z, scalar(0.5)]),
        op("Add", [
          scalar(1),
          op("Erf", [op("Mul", [z, scalar(Math.SQRT1_2)])]),
        ]),
      ]);
    case "geluTanh": {
      const cube = op("Mul", [op("Mul", [z, z]), z]);
      const inner = op("Mul", [
        scalar(Math.sqrt(2 / Math.PI)),
        op("Add", [z, op("Mul", [scalar(0.044715), cube])]),
      ]);
      return op("Mul", [
        op("Mul", [z, scalar(0.5)]),
        op("Add", [scalar(1), op("Tanh", [inner])]),
      ]);
    }
  }
  throw new RangeError(
    `toOnnx: layers[${index}] has activation ${layer.activation}, which has no ONNX form; ` +
      "export a model of built-in activations",
  );
}

/** Where `normalCdf` switches from the series to the continued fraction, and their lengths. */
const ERF_SWITCH = 2.5, ERF_SERIES_TERMS = 36, ERFC_FRACTION_DEPTH = 40;

/**
 * `Φ(z)` from elementary operators, for float64 files (common engines have
 * no float64 `Erf`): with `a = |z|/√2`, `erf(a)` by its series of positive
 * terms below 2.5 and `erfc(a)` by Laplace's continued fraction above, both
 * at fixed lengths that reach float64 precision (as `plugins/gelu.ts`).
 */
function normalCdf(graph: Graph, z: string): string {
  const { op, scalar } = graph;
  const a = op("Abs", [op("Mul", [z, scalar(Math.SQRT1_2)])]);
  // erf(s) = 2/√π · e^(−s²) · s · Σ 2ⁿ·s²ⁿ / (3·5·…·(2n+1)), summed from the last term.
  const s = op("Min", [a, scalar(ERF_SWITCH)]);
  const s2 = op("Mul", [s, s]), twoS2 = op("Mul", [scalar(2), s2]);
  let sum = scalar(1);
  for (let n = ERF_SERIES_TERMS; n >= 0; n--) {
    sum = op("Add", [
      scalar(1),
      op("Mul", [op("Mul", [sum, twoS2]), scalar(1 / (2 * n + 3))]),
    ]);
  }
  const erfSeries = op("Mul", [
    op("Mul", [scalar(2 / Math.sqrt(Math.PI)), op("Exp", [op("Neg", [s2])])]),
    op("Mul", [s, sum]),
  ]);
  // erfc(c) = e^(−c²)/√π / (c + (1/2)/(c + 1/(c + (3/2)/(c + …)))), from the bottom.
  const c = op("Max", [a, scalar(ERF_SWITCH)]);
  let fraction = c;
  for (let n = ERFC_FRACTION_DEPTH; n >= 1; n--) {
    fraction = op("Add", [c, op("Div", [scalar(n / 2), fraction])]);
  }
  const erfcFraction = op("Div", [
    op("Mul", [
      scalar(1 / Math.sqrt(Math.PI)),
      op("Exp", [op("Neg", [op("Mul", [c, c])])]),
    ]),
    fraction,
  ]);
  const erfc = op("Where", [
    op("Less", [a, scalar(ERF_SWITCH)]),
    op("Sub", [scalar(1), erfSeries]),
    erfcFraction,
  ]);
  const half = op("Mul", [scalar(0.5), erfc]);
  return op("Where", [
    op("Greater", [z, scalar(0)]),
    op("Sub", [scalar(1), half]),
    half,
  ]);
}
