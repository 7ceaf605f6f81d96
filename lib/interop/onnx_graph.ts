/**
 * Reading an ONNX file: the parts of a `ModelProto` a dense network uses,
 * decoded into plain objects (nodes, constant tensors, the graph's inputs
 * and outputs, the default opset).
 *
 * @module
 */
import { ModelFormatError } from "../primitives/model_format_error.ts";
import { decode, type DecodedField, integers, signed, text } from "./protobuf.ts";

/** A constant tensor: an initializer, or a `Constant` node's value. */
export interface OnnxTensor {
  readonly name: string;
  readonly dims: readonly number[];
  /** `"float32"` or `"float64"`; other element types are refused when read. */
  readonly dtype: "float32" | "float64";
  readonly values: Float64Array;
}

/** A node's attribute: the one value it holds. */
export interface OnnxAttribute {
  readonly float?: number;
  readonly int?: number;
  readonly tensor?: OnnxTensor;
  readonly string?: string;
  /** Any other kind (lists, graphs), named for messages. */
  readonly other?: string;
}

/** One operator node. */
export interface OnnxNode {
  readonly index: number;
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: ReadonlyMap<string, OnnxAttribute>;
}

/** A graph input or output: its name, element type code and shape (a dimension is a number or a name). */
export interface OnnxValue {
  readonly name: string;
  readonly elementType: number;
  readonly shape: readonly (number | string)[] | undefined;
}

/** The decoded model. */
export interface OnnxGraph {
  readonly producer: string;
  /** The file's `metadata_props`, key to value. */
  readonly properties: ReadonlyMap<string, string>;
  /** The version of the default (`""` or `"ai.onnx"`) operator set. */
  readonly opset: number;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: ReadonlyMap<string, OnnxTensor>;
  readonly inputs: readonly OnnxValue[];
  readonly outputs: readonly OnnxValue[];
}

const FLOAT = 1, DOUBLE = 11;
const ELEMENT_NAMES: Record<number, string> = {
  1: "float",
  2: "uint8",
  3: "int8",
  5: "int16",
  6: "int32",
  7: "int64",
  9: "bool",
  10: "float16",
  11: "double",
  16: "bfloat16",
};

/** The name of an element type code, as ONNX spells it. */
export function elementName(code: number): string {
  return ELEMENT_NAMES[code] ?? `element type ${code}`;
}

const all = (fields: readonly DecodedField[], number: number) =>
  fields.filter((field) => field.number === number);
const last = (fields: readonly DecodedField[], number: number) => all(fields, number).at(-1);

function textOf(
  fields: readonly DecodedField[],
  number: number,
  where: string,
): string {
  const field = last(fields, number);
  return field === undefined ? "" : text(field, where);
}

/**
 * Decodes the bytes of an `.onnx` file.
 *
 * @throws {ModelFormatError} If the bytes are not an ONNX model, or a tensor is
 * not float32 or float64, or its data is stored outside the file.
 */
export function readOnnx(bytes: Uint8Array): OnnxGraph {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      `fromOnnx expects the bytes of an .onnx file (a Uint8Array)`,
    );
  }
  let model: DecodedField[];
  try {
    model = decode(bytes, "model");
  } catch (error) {
    if (!(error instanceof ModelFormatError)) throw error;
    throw new ModelFormatError(
      "model",
      `these bytes are not an ONNX model (${error.message})`,
    );
  }
  const graphField = last(model, 7);
  if (graphField === undefined || graphField.wire !== 2) {
    throw new ModelFormatError(
      "model.graph",
      "missing: these bytes are not an ONNX model",
    );
  }
  let opset: number | undefined;
  for (const [k, field] of all(model, 8).entries()) {
    const where = `model.opset_import[${k}]`;
    const entry = decode(field.bytes, where);
    const domain = textOf(entry, 1, where);
    const version = last(entry, 2);
    if ((domain === "" || domain === "ai.onnx") && version !== undefined) {
      opset = signed(version, where);
    }
  }
  if (opset === undefined) {
    throw new ModelFormatError(
      "model.opset_import",
      "no version of the default operator set",
    );
  }
  const graph = decode(graphField.bytes, "model.graph");
  const initializers = new Map<string, OnnxTensor>();
  all(graph, 5).forEach((field, k) => {
    const tensor = readTensor(field.bytes, `model.graph.initializer[${k}]`);
    initializers.set(tensor.name, tensor);
  });
  return {
    producer: textOf(model, 2, "model.producer_name"),
    properties: new Map(
      all(model, 14).map((field, k) => {
        const where = `model.metadata_props[${k}]`;
        const entry = decode(field.bytes, where);
        return [textOf(entry, 1, where), textOf(entry, 2, where)];
      }),
    ),
    opset,
    nodes: all(graph, 1).map((field, k) => readNode(field.bytes, k)),
    initializers,
    inputs: all(graph, 11).map((field, k) => readValue(field.bytes, `model.graph.input[${k}]`)),
    outputs: all(graph, 12).map((field, k) => readValue(field.bytes, `model.graph.output[${k}]`)),
  };
}

function readNode(bytes: Uint8Array, index: number): OnnxNode {
  const where = `model.graph.node[${index}]`;
  const fields = decode(bytes, where);
  const attributes = new Map<string, OnnxAttribute>();
  for (const [k, field] of all(fields, 5).entries()) {
    const at = `${where}.attribute[${k}]`;
    const attribute = decode(field.bytes, at);
    attributes.set(textOf(attribute, 1, at), readAttribute(attribute, at));
  }
  return {
    index,
    name: textOf(fields, 3, where),
    opType: textOf(fields, 4, where),
    domain: textOf(fields, 7, where),
    inputs: all(fields, 1).map((field) => text(field, where)),
    outputs: all(fields, 2).map((field) => text(field, where)),
    attributes,
  };
}

function readAttribute(
  fields: readonly DecodedField[],
  where: string,
): OnnxAttribute {
  const f = last(fields, 2),
    i = last(fields, 3),
    s = last(fields, 4),
    t = last(fields, 5);
  if (f !== undefined && f.wire === 5) {
    return {
      float: new DataView(f.bytes.buffer, f.bytes.byteOffset, 4).getFloat32(
        0,
        true,
      ),
    };
  }
  if (i !== undefined) return { int: signed(i, where) };
  if (t !== undefined) return { tensor: readTensor(t.bytes, `${where}.t`) };
  if (s !== undefined) return { string: text(s, where) };
  const type = last(fields, 20);
  return {
    other: type === undefined ? "an empty attribute" : `an attribute of type ${type.varint}`,
  };
}

function readValue(bytes: Uint8Array, where: string): OnnxValue {
  const fields = decode(bytes, where);
  const name = textOf(fields, 1, where);
  const type = last(fields, 2);
  const tensorType = type && last(decode(type.bytes, `${where}.type`), 1);
  if (tensorType === undefined) {
    return { name, elementType: 0, shape: undefined };
  }
  const tensor = decode(tensorType.bytes, `${where}.type.tensor_type`);
  const element = last(tensor, 1);
  const shapeField = last(tensor, 2);
  const shape = shapeField &&
    all(decode(shapeField.bytes, `${where}.type.tensor_type.shape`), 1).map(
      (dim) => {
        const d = decode(dim.bytes, `${where}.type.tensor_type.shape.dim`);
        const value = last(d, 1);
        return value !== undefined ? signed(value, where) : textOf(d, 2, where);
      },
    );
  return {
    name,
    elementType: element === undefined ? 0 : signed(element, where),
    shape,
  };
}

/** A float32 or float64 tensor, from raw bytes or from the typed lists. */
export function readTensor(bytes: Uint8Array, where: string): OnnxTensor {
  const fields = decode(bytes, where);
  const name = textOf(fields, 8, where);
  const at = name === "" ? where : `${where} ("${name}")`;
  const dims = integers(fields, 1, where);
  const typeField = last(fields, 2);
  const type = typeField === undefined ? 0 : signed(typeField, where);
  if (last(fields, 14) !== undefined && last(fields, 14)!.varint === 1n) {
    throw new ModelFormatError(
      at,
      "its data is in an external file; save the model with its data inside",
    );
  }
  if (type !== FLOAT && type !== DOUBLE) {
    throw new ModelFormatError(
      at,
      `holds ${elementName(type)} values; expected float or double`,
    );
  }
  if (dims.some((d) => d < 0)) {
    throw new ModelFormatError(at, `shape [${dims.join(", ")}] has a negative dimension`);
  }
  const size = type === FLOAT ? 4 : 8;
  const raw = last(fields, 9);
  let data: Uint8Array;
  if (raw !== undefined) {
    data = raw.bytes;
  } else {
    const list = all(fields, type === FLOAT ? 4 : 10);
    data = new Uint8Array(list.reduce((n, field) => n + field.bytes.length, 0));
    let offset = 0;
    for (const field of list) {
      data.set(field.bytes, offset);
      offset += field.bytes.length;
    }
  }
  const count = dims.reduce((n, d) => n * d, 1);
  if (data.length !== count * size) {
    throw new ModelFormatError(
      at,
      `shape [${dims.join(", ")}] needs ${count * size} bytes of ${elementName(type)}, ` +
        `got ${data.length}`,
    );
  }
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const values = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    values[k] = size === 4 ? view.getFloat32(k * 4, true) : view.getFloat64(k * 8, true);
  }
  return { name, dims, dtype: type === FLOAT ? "float32" : "float64", values };
}
