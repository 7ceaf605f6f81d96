/**
 * ONNX's elementwise operators, evaluated on a vector of sample points: how
 * `fromOnnx` learns which function a chain of operators between two layers
 * computes, whatever composition an exporter chose.
 *
 * @module
 */
import { erfc } from "../../plugins/gelu.ts";
import type { OnnxNode } from "./onnx_graph.ts";

/** An operand: a vector over the sample points, or a scalar constant. */
export type Operand = Float64Array | number;

type Unary = (x: number, node: OnnxNode) => number;
type Binary = (a: number, b: number) => number;

const attribute = (node: OnnxNode, name: string, fallback: number) => {
  const a = node.attributes.get(name);
  return a?.float ?? a?.int ?? fallback;
};
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const erf = (x: number) => 1 - erfc(x);

const UNARY: Record<string, Unary> = {
  Identity: (x) => x,
  Dropout: (x) => x,
  Relu: (x) => Math.max(x, 0),
  Sigmoid: sigmoid,
  Tanh: Math.tanh,
  Exp: Math.exp,
  Log: Math.log,
  Abs: Math.abs,
  Neg: (x) => -x,
  Sqrt: Math.sqrt,
  Reciprocal: (x) => 1 / x,
  Erf: erf,
  Softplus: softplus,
  Softsign: (x) => x / (1 + Math.abs(x)),
  LeakyRelu: (x, node) => x >= 0 ? x : attribute(node, "alpha", 0.01) * x,
  Elu: (x, node) => x >= 0 ? x : attribute(node, "alpha", 1) * Math.expm1(x),
  Selu: (x, node) =>
    attribute(node, "gamma", 1.0507009873554805) *
    (x > 0 ? x : attribute(node, "alpha", 1.6732632423543772) * Math.expm1(x)),
  HardSigmoid: (x, node) =>
    Math.max(
      0,
      Math.min(
        1,
        attribute(node, "alpha", 0.2) * x + attribute(node, "beta", 0.5),
      ),
    ),
  HardSwish: (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5)),
  Mish: (x) => x * Math.tanh(softplus(x)),
  Gelu: (x, node) =>
    node.attributes.get("approximate")?.string === "tanh"
      ? 0.5 * x *
        (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)))
      : 0.5 * x * (1 + erf(x * Math.SQRT1_2)),
};

const BINARY: Record<string, Binary> = {
  Add: (a, b) => a + b,
  Sub: (a, b) => a - b,
  Mul: (a, b) => a * b,
  Div: (a, b) => a / b,
  Pow: (a, b) => a ** b,
  Max: Math.max,
  Min: Math.min,
  Greater: (a, b) => +(a > b),
  Less: (a, b) => +(a < b),
  Equal: (a, b) => +(a === b),
  GreaterOrEqual: (a, b) => +(a >= b),
  LessOrEqual: (a, b) => +(a <= b),
};

/** The least and most inputs an elementwise operator takes (optional inputs counted). */
export function arityOf(opType: string): [number, number] {
  if (opType === "Where") return [3, 3];
  if (opType === "Clip" || opType === "Dropout") return [1, 3];
  if (opType === "Max" || opType === "Min") return [1, Infinity];
  if (opType in BINARY) return [2, 2];
  return [1, 1];
}

/** Whether `evaluate` computes this operator. */
export function isElementwise(opType: string): boolean {
  return opType in UNARY || opType in BINARY || opType === "Where" ||
    opType === "Clip";
}

const at = (x: Operand, i: number) => typeof x === "number" ? x : x[i];

/**
 * The node's first output over `n` sample points, its inputs already
 * evaluated (`Clip`'s missing bounds as `undefined`).
 */
export function evaluate(
  node: OnnxNode,
  inputs: (Operand | undefined)[],
  n: number,
): Float64Array {
  const out = new Float64Array(n);
  const [a, b, c] = inputs as Operand[];
  const unary = UNARY[node.opType], binary = BINARY[node.opType];
  if (unary !== undefined) {
    for (let i = 0; i < n; i++) out[i] = unary(at(a, i), node);
  } else if (binary !== undefined) {
    for (let i = 0; i < n; i++) {
      let value = at(a, i);
      for (let k = 1; k < inputs.length; k++) {
        value = binary(value, at(inputs[k]!, i));
      }
      out[i] = value;
    }
  } else if (node.opType === "Where") {
    for (let i = 0; i < n; i++) out[i] = at(a, i) !== 0 ? at(b, i) : at(c, i);
  } else if (node.opType === "Clip") {
    const low = b ?? attribute(node, "min", -Infinity),
      high = c ?? attribute(node, "max", Infinity);
    for (let i = 0; i < n; i++) {
      out[i] = Math.min(Math.max(at(a, i), at(low, i)), at(high, i));
    }
  } else {
    throw new RangeError(`No elementwise form for ${node.opType}`);
  }
  return out;
}
