/**
 * Architectures given as data: a list of layer sizes and activations, as
 * NumPy teaching notebooks write them, built into dense layers.
 *
 * @module
 */
import type { ActivationSpec } from "../../plugins/activation.ts";
import { activations } from "../../plugins/activations.ts";
import { Dense, dtypeOption } from "./dense.ts";
import type { DType } from "../kernels/kernels.ts";
import type { InitializerSpec } from "./initializers.ts";
import { checkOptions } from "../primitives/options.ts";
import { NON_NEGATIVE, numberOption } from "../primitives/number_option.ts";
import { type Random, resolveRandom } from "../primitives/random.ts";

/**
 * One layer of an architecture given as data: `inputDim` and `outputDim`, or
 * the snake_case `input_dim` and `output_dim` of NumPy notebooks (one spelling of each is required).
 */
export interface LayerSpec {
  /** Number of inputs. */
  inputDim?: number;
  /** Number of outputs. */
  outputDim?: number;
  /** Number of inputs, as NumPy notebooks' `NN_ARCHITECTURE` spells it. */
  input_dim?: number;
  /** Number of outputs, as NumPy notebooks' `NN_ARCHITECTURE` spells it. */
  output_dim?: number;
  /** Activation, by name or instance; default `"linear"`. */
  activation?: ActivationSpec;
  /** Whether the layer has a bias; overrides the option for all layers. */
  bias?: boolean;
  /** L1 penalty factor on the layer's weights (see `DenseOptions.l1`); default 0. */
  l1?: number;
  /** L2 penalty factor on the layer's weights (see `DenseOptions.l2`); default 0. */
  l2?: number;
}

/** Options of {@linkcode Sequential.fromArchitecture}. */
export interface ArchitectureOptions {
  /** Whether layers have biases; default true. */
  bias?: boolean;
  /** Weight initializer for every layer; default `glorotUniform`. */
  init?: InitializerSpec;
  /** Bias initializer for every layer with bias, drawn after its weights; default zeros. */
  biasInit?: InitializerSpec;
  /** One generator shared by the layers, drawn in layer order. */
  random?: Random;
  /** Seed for a new generator when `random` is not given. */
  seed?: number;
  /** The number format of every layer's products (see `Dense.dtype`); default `"float64"`. */
  dtype?: DType;
}

/**
 * The layers an architecture describes, their weights drawn in order from one
 * generator.
 *
 * @throws {TypeError} If an entry is malformed; the message gives its path.
 * @throws {RangeError} If sizes do not chain or a name is unknown.
 */
export function layersOf(
  architecture: readonly LayerSpec[],
  options: ArchitectureOptions,
): Dense[] {
  if (!Array.isArray(architecture) || architecture.length === 0) {
    throw new TypeError("architecture: expected a non-empty array of layers");
  }
  checkOptions("fromArchitecture", options, [
    "bias",
    "init",
    "biasInit",
    "random",
    "seed",
    "dtype",
  ]);
  const random = resolveRandom(options);
  const dtype = dtypeOption(options.dtype, "fromArchitecture dtype");
  let previousOutputs = 0;
  const layers = architecture.map((entry: unknown, i) => {
    const where = `architecture[${i}]`;
    if (entry === null || typeof entry !== "object") {
      throw new TypeError(`${where}: expected an object, got ${String(entry)}`);
    }
    const spec = checkOptions(where, entry, LAYER_KEYS);
    const inputs = dimension(spec, "inputDim", "input_dim", where);
    const outputs = dimension(spec, "outputDim", "output_dim", where);
    if (i > 0 && inputs !== previousOutputs) {
      throw new RangeError(
        `${where}.inputDim: expected ${previousOutputs} to match architecture[${
          i - 1
        }].outputDim, got ${inputs}`,
      );
    }
    previousOutputs = outputs;
    const activation = (spec.activation ?? "linear") as ActivationSpec;
    const bias = spec.bias ?? options.bias ?? true;
    if (typeof bias !== "boolean") {
      throw new TypeError(`${where}.bias: expected true or false, got ${String(bias)}`);
    }
    return new Dense(inputs, outputs, {
      activation: activations.resolve(activation, `${where}.activation`),
      bias,
      init: options.init,
      biasInit: bias ? options.biasInit : undefined,
      random,
      l1: numberOption(where, spec, "l1", 0, NON_NEGATIVE),
      l2: numberOption(where, spec, "l2", 0, NON_NEGATIVE),
      dtype,
    });
  });
  return layers;
}

/** Keys a layer of an architecture may have. */
const LAYER_KEYS = [
  "inputDim",
  "outputDim",
  "input_dim",
  "output_dim",
  "activation",
  "bias",
  "l1",
  "l2",
];

function dimension(
  spec: Record<string, unknown>,
  key: string,
  snakeKey: string,
  where: string,
): number {
  const v = spec[key] ?? spec[snakeKey];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new TypeError(`${where}.${key}: expected a positive integer, got ${String(v)}`);
  }
  return v;
}
