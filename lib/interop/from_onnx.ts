/**
 * Import from ONNX: a dense feed-forward graph, as this library and common
 * exporters write it, read back as a `Sequential` model.
 *
 * @module
 */
import { type ModelLayer, type Prediction, Sequential } from "../model/sequential.ts";
import type { LayerJSON, ModelJSON } from "../network/model_json.ts";
import type { ScalerJSON } from "../data/scaler.ts";
import { activations } from "../../plugins/activations.ts";
import { Matrix } from "../primitives/matrix.ts";
import { ModelFormatError } from "../primitives/model_format_error.ts";
import { arityOf, evaluate, isElementwise, type Operand } from "./onnx_elementwise.ts";
import { METADATA_KEY, SCALER_KINDS_KEY } from "./onnx.ts";
import {
  elementName,
  type OnnxGraph,
  type OnnxNode,
  type OnnxTensor,
  readOnnx,
} from "./onnx_graph.ts";

/** The operators `fromOnnx` reads, for its messages. */
const SUPPORTED = "MatMul, Gemm, Add, Identity, Dropout, Softmax and elementwise operators " +
  "(Relu, Sigmoid, Tanh, LeakyRelu, Elu, Selu, Softplus, Softsign, HardSigmoid, HardSwish, " +
  "Gelu, Mish, Erf, Exp, Log, Sqrt, Reciprocal, Abs, Neg, Sub, Mul, Div, Pow, Max, Min, Clip, " +
  "Where and comparisons)";

/**
 * Reads an ONNX model of dense layers: `MatMul` (with `Add` for the bias) or
 * `Gemm` (with `transB` as PyTorch writes it), each followed by an activation,
 * written as one operator or as any composition of elementwise operators
 * that computes a built-in activation (found by evaluating it); `Identity`
 * and `Dropout` are the identity. Per-column `Sub`/`Div` (or `Mul`/`Add`)
 * before the first product become the input scaler, and `Mul`/`Add` after the
 * last layer the target scaler, as `toOnnx` writes them. Float32 weights keep
 * their float32 values; the metadata and scaler kinds `toOnnx` stores come
 * back too (a foreign file's scalers are `"standard"`).
 *
 * @param bytes The contents of an `.onnx` file.
 * @returns The model, as `Sequential.fromJSON` would build it.
 * @throws {ModelFormatError} For anything else, naming the node (its index,
 * name and operator) or the tensor, and what was expected.
 *
 * @example Round trip through ONNX
 * ```ts
 * import { fromOnnx, Sequential, toOnnx } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 4, activation: "elu" },
 *   { inputDim: 4, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 1 });
 * const copy = fromOnnx(toOnnx(model));
 * assert.deepEqual(copy.toJSON(), model.toJSON());
 * ```
 */
export function fromOnnx(
  bytes: Uint8Array,
): Sequential<Prediction, ModelLayer> {
  const graph = readOnnx(bytes);
  if (graph.opset < 7) {
    throw new ModelFormatError(
      "model.opset_import",
      `opset ${graph.opset} predates broadcasting (opset 7); convert the model to a newer opset`,
    );
  }
  const stages = stagesOf(graph);
  const float32 = [...stages.constants.values()].some((t) => t.dtype === "float32");
  const json: ModelJSON = {
    format: "backprop.sequential",
    version: 2,
    layers: [],
  };
  const first = stages.list[0];
  if (first.nodes.length > 0) json.inputScaler = inputScaler(stages, first);
  for (let k = 1; k < stages.list.length; k++) {
    const last = k === stages.list.length - 1;
    const { layer, targetScaler } = denseOf(
      stages,
      stages.list[k],
      last,
      float32,
    );
    json.layers.push(layer);
    if (targetScaler !== undefined) json.targetScaler = targetScaler;
  }
  checkWidths(graph, json);
  const metadata = graph.properties.get(METADATA_KEY);
  if (metadata !== undefined) json.metadata = parseProperty(METADATA_KEY, metadata);
  const kinds = graph.properties.get(SCALER_KINDS_KEY);
  if (kinds !== undefined) {
    for (const [key, kind] of Object.entries(parseProperty(SCALER_KINDS_KEY, kinds))) {
      const scaler = key === "inputScaler" || key === "targetScaler" ? json[key] : undefined;
      if (scaler === undefined || (kind !== "standard" && kind !== "minMax")) {
        throw new ModelFormatError(
          `model.metadata_props["${SCALER_KINDS_KEY}"].${key}`,
          `expected "standard" or "minMax" for a scaler the graph has, got ${JSON.stringify(kind)}`,
        );
      }
      scaler.kind = kind;
    }
  }
  return Sequential.fromJSON(json);
}

/** A `metadata_props` entry `toOnnx` stored as a JSON object; `Sequential.fromJSON` checks the metadata's contents. */
function parseProperty(key: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ModelFormatError(
      `model.metadata_props["${key}"]`,
      `expected JSON, got an error: ${(error as Error).message}`,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ModelFormatError(`model.metadata_props["${key}"]`, "expected a JSON object");
  }
  return value as Record<string, unknown>;
}

/** A stretch of the graph from one product's output (or the input) to the next product's input. */
interface Stage {
  /** The product that starts it (none for the first). */
  readonly product: OnnxNode | undefined;
  /** Its first value: the product's output, or the graph's input. */
  readonly start: string;
  /** The nodes that compute from it, in file order. */
  readonly nodes: OnnxNode[];
  /** Its last value: the next product's input, or the graph's output. */
  end: string;
}

interface Stages {
  readonly list: Stage[];
  readonly constants: Map<string, OnnxTensor>;
  readonly producers: Map<string, OnnxNode>;
  readonly consumers: Map<string, OnnxNode[]>;
}

/** `node 3 ("fc1", Gemm)`: how messages name a node. */
function nameOf(node: OnnxNode): string {
  return `model.graph.node[${node.index}] (${
    node.name === "" ? "" : `"${node.name}", `
  }${node.opType})`;
}

function fail(node: OnnxNode, message: string): never {
  throw new ModelFormatError(nameOf(node), message);
}

/** Splits the graph at its products; refuses any operator or shape of graph it cannot read. */
function stagesOf(graph: OnnxGraph): Stages {
  const constants = new Map(graph.initializers);
  const inputs = graph.inputs.filter((input) => !constants.has(input.name));
  if (inputs.length !== 1) {
    throw new ModelFormatError(
      "model.graph.input",
      `expected one input (rows × features), got ${inputs.length}: ` +
        (inputs.map((input) => input.name).join(", ") || "none"),
    );
  }
  if (graph.outputs.length !== 1) {
    throw new ModelFormatError(
      "model.graph.output",
      `expected one output, got ${graph.outputs.length}: ` +
        graph.outputs.map((output) => output.name).join(", "),
    );
  }
  const list: Stage[] = [{
    product: undefined,
    start: inputs[0].name,
    nodes: [],
    end: "",
  }];
  const stageOf = new Map<string, number>([[inputs[0].name, 0]]);
  const producers = new Map<string, OnnxNode>(),
    consumers = new Map<string, OnnxNode[]>();
  // Outputs after a node's first (Dropout's mask): defined, but not read.
  const later = new Map<string, OnnxNode>();
  for (const node of graph.nodes) {
    if (node.domain !== "" && node.domain !== "ai.onnx") {
      fail(
        node,
        `operators of domain "${node.domain}" are not supported; fromOnnx reads ${SUPPORTED}`,
      );
    }
    checkOutputs(node, (name) => stageOf.has(name) || constants.has(name) || later.has(name));
    if (node.opType === "Constant") {
      constants.set(node.outputs[0], constantOf(node));
      continue;
    }
    const product = node.opType === "MatMul" || node.opType === "Gemm";
    if (!product && node.opType !== "Softmax" && !isElementwise(node.opType)) {
      fail(node, `this operator is not supported; fromOnnx reads ${SUPPORTED}`);
    }
    checkArity(node);
    if (
      node.opType === "Clip" && graph.opset >= 11 &&
      (node.attributes.has("min") || node.attributes.has("max"))
    ) {
      fail(
        node,
        `min and max are inputs since opset 11, not attributes (this file is opset ${graph.opset})`,
      );
    }
    const data = node.inputs.filter((input) => input !== "" && !constants.has(input));
    for (const input of data) {
      const other = later.get(input);
      if (other !== undefined) {
        fail(
          node,
          `it uses "${input}", a later output of ${nameOf(other)}; only first outputs are read`,
        );
      }
      if (!stageOf.has(input)) {
        fail(node, `its input "${input}" is computed by no earlier node`);
      }
      consumers.set(input, [...consumers.get(input) ?? [], node]);
    }
    for (const output of node.outputs.slice(1)) if (output !== "") later.set(output, node);
    const latest = list.length - 1;
    const from = data.map((input) => stageOf.get(input)!);
    if (from.length === 0) {
      fail(node, "it computes from constants only; fold it into a constant");
    }
    if (from.some((s) => s !== latest)) {
      fail(
        node,
        "it uses a value from before the previous layer: only a chain of layers is read",
      );
    }
    producers.set(node.outputs[0], node);
    if (product) {
      if (data.length !== 1 || data[0] !== node.inputs[0]) {
        fail(
          node,
          "expected the data as its first input and constant weights as its second",
        );
      }
      list[latest].end = data[0];
      list.push({ product: node, start: node.outputs[0], nodes: [], end: "" });
      stageOf.set(node.outputs[0], latest + 1);
      continue;
    }
    list[latest].nodes.push(node);
    stageOf.set(node.outputs[0], latest);
  }
  const output = graph.outputs[0].name;
  if (stageOf.get(output) !== list.length - 1) {
    throw new ModelFormatError(
      "model.graph.output",
      `"${output}" is not computed from the last layer`,
    );
  }
  list[list.length - 1].end = output;
  if (list.length === 1) {
    throw new ModelFormatError(
      "model.graph",
      "no MatMul or Gemm: the graph has no dense layer",
    );
  }
  return { list, constants, producers, consumers };
}

/** Refuses a node without an output, or one that defines a value a second time. */
function checkOutputs(node: OnnxNode, defined: (name: string) => boolean): void {
  if (node.outputs.length === 0 || node.outputs[0] === "") fail(node, "it has no output");
  for (const output of node.outputs) {
    if (output !== "" && defined(output)) {
      fail(node, `its output "${output}" is already defined; each value must be computed once`);
    }
  }
}

/** Refuses a node with a number of inputs its operator does not take. */
function checkArity(node: OnnxNode): void {
  const [least, most] = node.opType === "MatMul"
    ? [2, 2]
    : node.opType === "Gemm"
    ? [2, 3]
    : node.opType === "Softmax"
    ? [1, 1]
    : arityOf(node.opType);
  const count = node.inputs.length;
  if (count < least || count > most) {
    const expected = least === most
      ? `${least}`
      : `${least} to ${most === Infinity ? "any" : most}`;
    fail(node, `it has ${count} input${count === 1 ? "" : "s"}; ${node.opType} takes ${expected}`);
  }
}

function constantOf(node: OnnxNode): OnnxTensor {
  const value = node.attributes.get("value");
  if (value?.tensor !== undefined) {
    return { ...value.tensor, name: node.outputs[0] };
  }
  const float = node.attributes.get("value_float")?.float;
  if (float !== undefined) {
    return {
      name: node.outputs[0],
      dims: [],
      dtype: "float32",
      values: Float64Array.of(float),
    };
  }
  fail(node, "expected a float tensor in its value attribute");
}

/**
 * The constant input of a per-column node (`Add`, `Sub`, `Mul`, `Div`) applied
 * to `value`, if it is one; a rank-0 constant counts only where `scalar` says
 * (after a layer, one is part of an activation's composition).
 */
function columnConstant(
  stages: Stages,
  node: OnnxNode | undefined,
  value: string,
  scalar = false,
): OnnxTensor | undefined {
  if (
    node === undefined || !["Add", "Sub", "Mul", "Div"].includes(node.opType)
  ) return undefined;
  if (node.inputs.length !== 2) return undefined;
  const [a, b] = node.inputs;
  const constant = stages.constants.get(a === value ? b : a);
  if (constant === undefined || (a !== value && b !== value)) return undefined;
  // Subtraction and division are read with the value on the left only.
  if (a !== value && (node.opType === "Sub" || node.opType === "Div")) {
    return undefined;
  }
  return constant.dims.length === 0 && !scalar ? undefined : constant;
}

/** The values of a per-column constant, one per column (a single value is broadcast). */
function columns(
  tensor: OnnxTensor,
  width: number,
  node: OnnxNode,
): Float64Array {
  const trailing = tensor.dims.slice(0, -1).every((d) => d === 1);
  const size = tensor.values.length;
  if (trailing && (size === width || size === 1)) {
    return size === width ? tensor.values : new Float64Array(width).fill(tensor.values[0]);
  }
  fail(
    node,
    `its constant "${tensor.name}" has shape [${tensor.dims}]; expected [${width}]` +
      (width === 1 ? "" : " or [1]"),
  );
}

/** The only node that uses `value`, when exactly one does. */
function soleConsumer(stages: Stages, value: string): OnnxNode | undefined {
  const users = stages.consumers.get(value) ?? [];
  return users.length === 1 ? users[0] : undefined;
}

/** The first stage: per-column affine operators, read as `(x − offset) / scale`. */
function inputScaler(stages: Stages, stage: Stage): ScalerJSON {
  const width = widthOf(stages, stages.list[1]);
  const offset = new Float64Array(width),
    scale = new Float64Array(width).fill(1);
  let value = stage.start;
  while (value !== stage.end) {
    const node = soleConsumer(stages, value);
    if (node === undefined) {
      throw new ModelFormatError(
        "model.graph",
        `"${value}" feeds several nodes before the first layer`,
      );
    }
    if (node.opType === "Identity" || node.opType === "Dropout") {
      value = node.outputs[0];
      continue;
    }
    const constant = columnConstant(stages, node, value, true);
    if (constant === undefined || !stage.nodes.includes(node)) {
      fail(
        node,
        "before the first layer, expected per-column Sub, Div, Mul or Add (a scaler)",
      );
    }
    const c = columns(constant, width, node);
    for (let j = 0; j < width; j++) {
      // (x − o)/s − c = (x − (o + c·s))/s, and so on for each operator.
      if (node.opType === "Sub") offset[j] += c[j] * scale[j];
      else if (node.opType === "Add") offset[j] -= c[j] * scale[j];
      else if (node.opType === "Div") scale[j] *= c[j];
      else scale[j] /= c[j];
    }
    value = node.outputs[0];
  }
  return {
    kind: "standard",
    offset: Array.from(offset),
    scale: Array.from(scale),
  };
}

/** The number of inputs of a stage's product. */
function widthOf(stages: Stages, stage: Stage): number {
  return weightsOf(stages, stage.product!).inputs;
}

/** The product's weights as inputs × outputs, and its own bias (Gemm's C). */
function weightsOf(
  stages: Stages,
  node: OnnxNode,
): {
  inputs: number;
  outputs: number;
  weights: number[][];
  bias: Float64Array | undefined;
} {
  const b = stages.constants.get(node.inputs[1]);
  if (b === undefined || b.dims.length !== 2) {
    fail(
      node,
      `expected a constant matrix as its second input, got "${node.inputs[1]}"`,
    );
  }
  const int = (name: string, fallback: number) => node.attributes.get(name)?.int ?? fallback;
  const float = (name: string) => node.attributes.get(name)?.float ?? 1;
  const transA = int("transA", 0), transB = int("transB", 0);
  if (node.opType === "Gemm" && transA !== 0) {
    fail(node, `transA = ${transA}: expected 0 (the data's rows as samples)`);
  }
  if (node.opType === "Gemm" && transB !== 0 && transB !== 1) {
    fail(node, `transB = ${transB}: expected 0 or 1`);
  }
  const transposed = node.opType === "Gemm" && transB === 1;
  const alpha = node.opType === "Gemm" ? float("alpha") : 1;
  const [rows, cols] = b.dims;
  const inputs = transposed ? cols : rows, outputs = transposed ? rows : cols;
  const weights = Array.from(
    { length: inputs },
    (_, i) =>
      Array.from(
        { length: outputs },
        (_, j) => alpha * b.values[transposed ? j * cols + i : i * cols + j],
      ),
  );
  let bias: Float64Array | undefined;
  const c = node.opType === "Gemm" && node.inputs[2]
    ? stages.constants.get(node.inputs[2])
    : undefined;
  if (node.opType === "Gemm" && node.inputs[2] && c === undefined) {
    fail(
      node,
      `expected a constant bias as its third input, got "${node.inputs[2]}"`,
    );
  }
  if (c !== undefined) {
    bias = columns(c, outputs, node).map((v) => float("beta") * v);
  }
  return { inputs, outputs, weights, bias };
}

/** One product and what follows it: a dense layer, and for the last, the target scaler. */
function denseOf(
  stages: Stages,
  stage: Stage,
  last: boolean,
  float32: boolean,
): { layer: LayerJSON; targetScaler: ScalerJSON | undefined } {
  const { inputs, outputs, weights, bias: own } = weightsOf(
    stages,
    stage.product!,
  );
  let bias = own;
  let start = stage.start;
  const next = soleConsumer(stages, start);
  const added = columnConstant(stages, next, start);
  if (
    added !== undefined && (next!.opType === "Add" || next!.opType === "Sub")
  ) {
    const c = columns(added, outputs, next!);
    const sign = next!.opType === "Add" ? 1 : -1;
    bias = Float64Array.from(c, (v, j) => (bias?.[j] ?? 0) + sign * v);
    start = next!.outputs[0];
  }
  let end = stage.end;
  let targetScaler: ScalerJSON | undefined;
  if (last) [end, targetScaler] = targetScalerOf(stages, start, end, outputs);
  const middle = stage.nodes.filter((node) => isBetween(stages, node, start, end));
  const activation = activationOf(stages, middle, start, end, float32);
  const layer: LayerJSON = {
    type: "dense",
    inputs,
    outputs,
    activation: activation.name,
    weights,
    bias: bias === undefined ? null : Array.from(bias),
  };
  if (activation.options !== undefined) {
    layer.activationOptions = activation.options;
  }
  return { layer, targetScaler };
}

/** Per-column `Mul`/`Div`/`Add`/`Sub` at the end of the last stage, read as `y = a·scale + offset`. */
function targetScalerOf(
  stages: Stages,
  start: string,
  end: string,
  width: number,
): [string, ScalerJSON | undefined] {
  const found: { node: OnnxNode; c: Float64Array }[] = [];
  let value = end;
  for (;;) {
    let node = stages.producers.get(value);
    while (node?.opType === "Identity" && value !== start) {
      value = node.inputs[0];
      node = stages.producers.get(value);
    }
    if (node === undefined || value === start) break;
    const data = node.inputs.find((input) => !stages.constants.has(input))!;
    const constant = columnConstant(stages, node, data);
    if (constant === undefined || soleConsumer(stages, data) !== node) break;
    found.unshift({ node, c: columns(constant, width, node) });
    value = data;
  }
  if (found.length === 0) return [end, undefined];
  const offset = new Float64Array(width),
    scale = new Float64Array(width).fill(1);
  for (const { node, c } of found) {
    for (let j = 0; j < width; j++) {
      if (node.opType === "Mul") (scale[j] *= c[j], offset[j] *= c[j]);
      else if (node.opType === "Div") (scale[j] /= c[j], offset[j] /= c[j]);
      else if (node.opType === "Add") offset[j] += c[j];
      else offset[j] -= c[j];
    }
  }
  return [value, {
    kind: "standard",
    offset: Array.from(offset),
    scale: Array.from(scale),
  }];
}

/** Whether `node` lies on a path from `start` to `end`. */
function isBetween(
  stages: Stages,
  node: OnnxNode,
  start: string,
  end: string,
): boolean {
  const reaches = (value: string, seen: Set<string>): boolean => {
    if (value === start) return true;
    if (seen.has(value)) return false;
    seen.add(value);
    const producer = stages.producers.get(value);
    return producer !== undefined &&
      producer.inputs.some((input) => !stages.constants.has(input) && reaches(input, seen));
  };
  const feeds = (value: string, seen: Set<string>): boolean => {
    if (value === end) return true;
    if (seen.has(value)) return false;
    seen.add(value);
    return (stages.consumers.get(value) ?? []).some((user) =>
      user.outputs.some((output) => feeds(output, seen))
    );
  };
  return node.inputs.some((input) => reaches(input, new Set())) &&
    node.outputs.some((output) => feeds(output, new Set()));
}

/** Sample points: both signs, zero, the small and the large; −1 last (see `optionsFor`). */
const PROBES = Float64Array.from([
  ...Array.from({ length: 97 }, (_, i) => -12 + i * 0.25),
  ...[1e-3, 3e-7, 0.1, 20, 50, 1e3, 1e6].flatMap((v) => [-v, v]),
  -1,
]);

/** Beyond this, a composition that overflows (e^1000) is not held against it. */
const LARGE = 20;

/**
 * The built-in activations, identified by their values; those without options
 * first, so that a ReLU is not read as a leaky ReLU of slope 0.
 */
const CANDIDATES = [
  "linear",
  "relu",
  "sigmoid",
  "tanh",
  "softplus",
  "silu",
  "mish",
  "gelu",
  "geluTanh",
  "hardSigmoid",
  "selu",
  "leakyRelu",
  "elu",
];

/**
 * The activation that the nodes between `start` and `end` compute: softmax
 * (one `Softmax` on the last axis), or the built-in activation whose values
 * equal theirs at every sample point (to 1e-9, or 1e-6 in a float32 file).
 */
function activationOf(
  stages: Stages,
  nodes: OnnxNode[],
  start: string,
  end: string,
  float32: boolean,
): { name: string; options?: Record<string, number> } {
  const softmax = nodes.find((node) => node.opType === "Softmax");
  if (softmax !== undefined) {
    const axis = softmax.attributes.get("axis")?.int ?? -1;
    const rest = nodes.filter((node) => node !== softmax);
    if (axis !== -1 && axis !== 1) {
      fail(softmax, `axis ${axis}: expected the last axis (-1 or 1)`);
    }
    if (
      softmax.inputs[0] !== start ||
      rest.some((n) => !["Identity", "Dropout"].includes(n.opType))
    ) {
      fail(
        softmax,
        "expected Softmax right after the layer's product and bias, alone",
      );
    }
    return { name: "softmax" };
  }
  const values = new Map<string, Operand>([[start, PROBES]]);
  for (const node of nodes) {
    const inputs = node.inputs.map((input) => {
      if (input === "") return undefined;
      const constant = stages.constants.get(input);
      if (constant === undefined) return values.get(input)!;
      if (constant.values.length !== 1) {
        fail(
          node,
          `its constant "${input}" has shape [${constant.dims}]; expected one number here`,
        );
      }
      return constant.values[0];
    });
    values.set(node.outputs[0], evaluate(node, inputs, PROBES.length));
  }
  const f = values.get(end) as Float64Array;
  const tolerance = float32 ? 1e-6 : 1e-9;
  // Constants keep their file's type; a float attribute is always float32.
  const scalars = nodes.flatMap((node) => [
    ...node.inputs.flatMap((input) => {
      const constant = stages.constants.get(input);
      if (constant === undefined) return [];
      return Array.from(
        constant.values,
        (value) => ({ value, float32: constant.dtype === "float32" }),
      );
    }),
    ...[node.attributes.get("alpha")?.float ?? []].flat().map((value) => ({
      value,
      float32: true,
    })),
  ]);
  for (const name of CANDIDATES) {
    const options = optionsFor(name, f, float32, scalars);
    const a = new Matrix(1, PROBES.length);
    activations.get(name, options).forward(
      new Matrix(1, PROBES.length, PROBES),
      a,
    );
    const close = a.data.every((v, i) =>
      Math.abs(v - f[i]) <= tolerance * Math.max(1, Math.abs(v)) ||
      (!Number.isFinite(f[i]) && !Number.isNaN(f[i]) && Math.abs(PROBES[i]) >= LARGE)
    );
    if (close) return options === undefined ? { name } : { name, options };
  }
  throw new ModelFormatError(
    nodes.length === 0 ? "model.graph" : nameOf(nodes[0]),
    `the operators from here to "${end}" compute no built-in activation ` +
      `(compared with each at ${PROBES.length} points from −1e6 to 1e6)`,
  );
}

/**
 * The `alpha` of an activation that takes one (leaky ReLU, ELU): both are
 * proportional to `alpha` at −1, so it is `f(−1) / g(−1)` with `g` the
 * activation at `alpha = 1`. Where a constant or `alpha` attribute of the
 * nodes equals that to 1e-12, the constant itself (the ratio may be off by
 * an ulp); for a float32 value, the shortest decimal of that float32.
 */
function optionsFor(
  name: string,
  f: Float64Array,
  float32: boolean,
  scalars: { value: number; float32: boolean }[],
) {
  const plugin = activations.get(name);
  if (plugin.options === undefined || !("alpha" in plugin.options)) {
    return undefined;
  }
  const g = new Matrix(1, 1);
  activations.get(name, { alpha: 1 }).forward(Matrix.from([[-1]]), g);
  const ratio = f[PROBES.length - 1] / g.data[0];
  if (!Number.isFinite(ratio) || ratio < 0) return undefined;
  const exact = scalars.find(({ value }) => Math.abs(value - ratio) <= 1e-12 * Math.max(1, ratio));
  const alpha = exact?.value ?? ratio;
  return { alpha: exact?.float32 ?? float32 ? shortestFloat32(alpha) : alpha };
}

/** The shortest decimal whose float32 is `x`'s float32. */
function shortestFloat32(x: number): number {
  const target = Math.fround(x);
  for (let digits = 1; digits < 10; digits++) {
    const v = Number(x.toPrecision(digits));
    if (Math.fround(v) === target) return v;
  }
  return target;
}

/** Checks the graph's declared input and output against the layers read. */
function checkWidths(graph: OnnxGraph, json: ModelJSON): void {
  const declared = [
    [
      graph.inputs.find((input) => !graph.initializers.has(input.name))!,
      json.layers[0].inputs,
    ],
    [graph.outputs[0], json.layers.at(-1)!.outputs],
  ] as const;
  for (const [value, width] of declared) {
    const where = `model.graph ${value === graph.outputs[0] ? "output" : "input"} "${value.name}"`;
    if (
      value.elementType !== 0 && value.elementType !== 1 &&
      value.elementType !== 11
    ) {
      throw new ModelFormatError(
        where,
        `has ${elementName(value.elementType)} elements; expected float or double`,
      );
    }
    if (value.shape === undefined) continue;
    if (value.shape.length !== 2) {
      throw new ModelFormatError(
        where,
        `has rank ${value.shape.length}; expected rows × columns`,
      );
    }
    const columns = value.shape[1];
    if (typeof columns === "number" && columns > 0 && columns !== width) {
      throw new ModelFormatError(
        where,
        `has ${columns} columns; the layers read have ${width}`,
      );
    }
  }
}
