/**
 * The fully connected layer.
 *
 * @module
 */
import type { Activation, ActivationSpec } from "../../plugins/activation.ts";
import { activations } from "../../plugins/activations.ts";
import type { Parameter } from "../../plugins/optimizer.ts";
import { glorotUniform, type InitializerSpec, resolveInitializer, zeros } from "./initializers.ts";
import { allocate, type DType, productsOf } from "../kernels/backend.ts";
import type { Layer } from "./layer.ts";
import { NON_NEGATIVE, numberOption } from "../primitives/number_option.ts";
import { firstNonFinite, Matrix } from "../primitives/matrix.ts";
import { checkOptions } from "../primitives/options.ts";
import { type Random, resolveRandom } from "../primitives/random.ts";
import { rowBuffer } from "../kernels/row_buffer.ts";

/** Options of {@linkcode Dense}. */
export interface DenseOptions {
  /** The activation, by name or instance; default `"linear"`. */
  activation?: ActivationSpec;
  /** Whether the layer adds a bias vector; default true. */
  bias?: boolean;
  /** Weight initializer, by name or function; default `glorotUniform`. */
  init?: InitializerSpec;
  /**
   * Bias initializer, called as `(bias, 1, outputs, random)` after the weights are drawn;
   * default `zeros` (draws nothing). Needs `bias` true.
   */
  biasInit?: InitializerSpec;
  /** The generator the initializer draws from; takes precedence over `seed`. */
  random?: Random;
  /** Seed for a new generator when `random` is not given. */
  seed?: number;
  /** L1 penalty factor: the loss gains `l1·Σ|W|` over the weights (not the bias); default 0. */
  l1?: number;
  /** L2 penalty factor: the loss gains `l2·ΣW²` over the weights (not the bias); default 0. */
  l2?: number;
  /**
   * The number format of the layer's products, `"float64"` (the default) or
   * `"float32"`: see {@linkcode Dense.prototype.dtype}.
   */
  dtype?: DType;
}

/** One layer in a model file. */
export interface LayerJSON {
  /** `"dense"`. */
  type: "dense";
  /** Number of inputs. */
  inputs: number;
  /** Number of outputs. */
  outputs: number;
  /** Activation registry name. */
  activation: string;
  /** Options for the activation's factory, when it has any. */
  activationOptions?: Record<string, number>;
  /** Weights, inputs × outputs. */
  weights: number[][];
  /** Bias per output, or `null` for none. */
  bias: number[] | null;
  /** `false` for a frozen layer (see `Dense.trainable`); absent for a trainable one. */
  trainable?: false;
  /** The L1 penalty factor, when not 0 (version 2). */
  l1?: number;
  /** The L2 penalty factor, when not 0 (version 2). */
  l2?: number;
  /** `"float32"` for a float32 layer (version 3); absent for float64. */
  dtype?: "float32";
}

/**
 * A fully connected layer: `Z = X·W + b`, `A = f(Z)`, with `W` of shape
 * inputs × outputs and one row of `X` per sample.
 *
 * Its backward pass is three small steps, each written beside its formula:
 * `δ = f'(Z)ᵀ·∂L/∂A` ({@linkcode Dense.prototype.delta}), the parameter gradients
 * `∂L/∂W = Xᵀ·δ` and `∂L/∂b = Σ_rows δ` ({@linkcode Dense.prototype.accumulate}), and
 * `∂L/∂X = δ·Wᵀ` for the layer below ({@linkcode Dense.prototype.inputGradient}).
 * With weight penalties (`l1`, `l2`, Keras's convention) the loss gains
 * `l1·Σ|W| + l2·ΣW²` and `∂L/∂W` gains `l1·sign(W) + 2·l2·W`.
 * Work buffers grow to the largest batch seen and are reused, so training
 * allocates nothing per step.
 *
 * @example A layer with hand-set weights
 * ```ts
 * import { Dense, Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const layer = new Dense(2, 1, { activation: "relu", seed: 0 });
 * layer.weights.data.set([1, -1]);
 * layer.bias!.set([0.5]);
 * assert.deepEqual(layer.forward(Matrix.from([[3, 1], [0, 2]])).toArray(), [[2.5], [0]]);
 * ```
 *
 * @example An L2 penalty in the loss
 * ```ts
 * import { Dense, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const layer = new Dense(2, 1, { l2: 0.1, seed: 0 });
 * layer.weights.data.set([3, -4]);
 * const model = new Sequential([layer]);
 * // mse of the prediction 0 against 0, plus 0.1 · (3² + 4²)
 * assert.equal(model.loss([[0, 0]], [[0]], "mse"), 2.5);
 * ```
 */
export class Dense implements Layer {
  /** `"dense"`, as model files name it. */
  readonly type = "dense";
  /** Number of inputs (features in). */
  readonly inputs: number;
  /** Number of outputs (units). */
  readonly outputs: number;
  /**
   * Weights, inputs × outputs. Like the bias and the gradients, its storage
   * comes from the kernels' `allocate`: with WebAssembly, a view of its memory,
   * which `structuredClone` or `postMessage` copies whole (send `slice()`).
   */
  readonly weights: Matrix;
  /** Bias, one per output, or `null` for a layer without bias. */
  readonly bias: Float64Array | null;
  /** The activation applied to `Z`. */
  readonly activation: Activation;
  /** `∂L/∂W` from the last backward pass, inputs × outputs. */
  readonly weightGradient: Matrix;
  /** `∂L/∂b` from the last backward pass, or `null` without bias. */
  readonly biasGradient: Float64Array | null;
  /** The trainable tensors with their gradients and optimizer state. */
  readonly parameters: readonly Parameter[];
  /** L1 penalty factor on the weights (0: none). */
  readonly l1: number;
  /** L2 penalty factor on the weights (0: none). */
  readonly l2: number;
  /**
   * The number format of the layer's products. With `"float64"`, the default,
   * everything runs in float64. With `"float32"`, each product (forward, both
   * gradients, the bias gradient) reads its operands rounded to float32 and
   * multiplies and adds in float32, with twice the numbers per SIMD vector, and
   * the layer's output is rounded to float32. The weights, the bias and the
   * optimizer's state stay float64, a master copy that keeps updates smaller
   * than a float32 step: what the layer computes with is the weights rounded
   * to float32, and every product's result is a float32 value (a weight
   * penalty's gradient, added in float64 from the float64 weights, is not), so
   * the layer agrees with its float64 twin to float32 precision (about 1e-7
   * relative per product).
   *
   * @example A float32 layer gives float32 values
   * ```ts
   * import { Dense, Matrix } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const layer = new Dense(1, 1, { dtype: "float32", seed: 0 });
   * layer.weights.data.set([0.1]);
   * const [[y]] = layer.forward(Matrix.from([[3]])).toArray();
   * assert.equal(y, Math.fround(Math.fround(0.1) * 3)); // 0.30000001192092896
   * assert.notEqual(y, 0.1 * 3);
   * ```
   */
  readonly dtype: DType;

  #trainable = true;

  #input: Matrix | null = null;
  /** Whether the last forward pass kept what the backward pass needs. */
  #kept = false;
  #z: Matrix = new Matrix(0, 0);
  #a: Matrix = new Matrix(0, 0);
  #zBuffer: (rows: number) => Matrix;
  #aBuffer: (rows: number) => Matrix;
  #deltaBuffer: (rows: number) => Matrix;
  #inputGradientBuffer: (rows: number) => Matrix;

  /**
   * Creates a layer with initialised weights, then biases (zero by default).
   *
   * @param inputs Number of inputs, a positive integer.
   * @param outputs Number of outputs, a positive integer.
   * @param options Activation, bias, initializer and its random source.
   * @throws {RangeError} If a size is not a positive integer, or a name is unknown.
   */
  constructor(inputs: number, outputs: number, options: DenseOptions = {}) {
    const known = checkOptions("Dense", options, [
      "activation",
      "bias",
      "init",
      "biasInit",
      "random",
      "seed",
      "l1",
      "l2",
      "dtype",
    ]);
    for (const [what, n] of [["inputs", inputs], ["outputs", outputs]] as const) {
      if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`Dense ${what} must be a positive integer, got ${n}`);
      }
    }
    this.inputs = inputs;
    this.outputs = outputs;
    this.activation = activations.resolve(options.activation ?? "linear", "Dense activation");
    this.l1 = numberOption("Dense", known, "l1", 0, NON_NEGATIVE);
    this.l2 = numberOption("Dense", known, "l2", 0, NON_NEGATIVE);
    this.dtype = dtypeOption(options.dtype, "Dense dtype");
    if (options.bias !== undefined && typeof options.bias !== "boolean") {
      throw new TypeError(`Dense bias must be true or false, got ${String(options.bias)}`);
    }
    if (options.bias === false && options.biasInit !== undefined) {
      throw new RangeError("Dense biasInit needs a layer with bias; bias is false");
    }
    const init = resolveInitializer(options.init ?? glorotUniform, "Dense init");
    const biasInit = resolveInitializer(options.biasInit ?? zeros, "Dense biasInit");
    const random = resolveRandom(options);
    this.weights = new Matrix(inputs, outputs, allocate(inputs * outputs));
    init(this.weights.data, inputs, outputs, random);
    checkFinite(this.weights.data, outputs, "init", "weight");
    this.bias = options.bias === false ? null : allocate(outputs);
    if (this.bias !== null) {
      biasInit(this.bias, 1, outputs, random);
      checkFinite(this.bias, outputs, "biasInit", "bias");
    }
    this.weightGradient = new Matrix(inputs, outputs, allocate(inputs * outputs));
    this.biasGradient = this.bias === null ? null : allocate(outputs);
    const parameters = [parameter("weights", this.weights.data, this.weightGradient.data)];
    if (this.bias !== null && this.biasGradient !== null) {
      parameters.push(parameter("bias", this.bias, this.biasGradient));
    }
    this.parameters = parameters;
    this.#zBuffer = rowBuffer(outputs);
    this.#aBuffer = rowBuffer(outputs);
    this.#deltaBuffer = rowBuffer(outputs);
    this.#inputGradientBuffer = rowBuffer(inputs);
  }

  /**
   * Whether training updates this layer; default true. A frozen layer
   * (`false`) keeps its weights and bias through `fit` and `trainStep`: the
   * optimizer skips it, while the gradients are still computed so that the
   * layers below it train. Saved with the model.
   *
   * @example Train only the last layer
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "tanh" },
   *   { inputDim: 3, outputDim: 1 },
   * ], { seed: 1 });
   * model.layers[0].trainable = false;
   * const frozen = model.layers[0].weights.data.slice();
   * const last = model.layers[1].weights.data.slice();
   * model.fit([[1, 2], [3, 4]], [[1], [2]], { loss: "mse", epochs: 5 });
   * assert.deepEqual(model.layers[0].weights.data, frozen);
   * assert.notDeepEqual(model.layers[1].weights.data, last);
   * ```
   */
  get trainable(): boolean {
    return this.#trainable;
  }

  set trainable(value: boolean) {
    if (typeof value !== "boolean") {
      throw new TypeError(`Dense trainable must be true or false, got ${String(value)}`);
    }
    this.#trainable = value;
  }

  /** Number of trainable values. */
  get parameterCount(): number {
    return this.inputs * this.outputs + (this.bias === null ? 0 : this.outputs);
  }

  /**
   * `Z` from the last forward pass (an internal buffer, overwritten by the next
   * pass). After `forward(x, false)` it holds no defined values.
   */
  get z(): Matrix {
    return this.#z;
  }

  /** `A = f(Z)` from the last forward pass (an internal buffer). */
  get a(): Matrix {
    return this.#a;
  }

  /**
   * `Z = X·W + b`, `A = f(Z)`. Remembers `X` and `Z` for the backward pass,
   * unless `keep` is false: an inference pass, where a ReLU layer skips writing
   * `Z` when the kernels fuse the ReLU (`matmulBiasRelu`), and the backward pass
   * throws until the next `forward(x)`.
   *
   * @param x Input batch, rows × inputs.
   * @param keep Whether a backward pass may follow (default true).
   * @returns `A`, an internal buffer valid until the next forward pass.
   */
  forward(x: Matrix, keep = true): Matrix {
    if (!(x instanceof Matrix) || x.cols !== this.inputs) {
      const got = x instanceof Matrix ? `${x.cols} columns` : "no Matrix";
      throw new RangeError(
        `Dense ${this.inputs} → ${this.outputs} needs a Matrix of ${this.inputs} columns, got ${got}`,
      );
    }
    const m = x.rows;
    const z = this.#z = this.#zBuffer(m);
    const a = this.#a = this.#aBuffer(m);
    this.#input = x;
    this.#kept = false; // until the products succeed
    const { inputs, outputs } = this;
    const dtype = float64Only ? "float64" : this.dtype;
    const products = productsOf(dtype);
    if (this.activation.kernel === "relu" && products.matmulBiasRelu !== undefined) {
      products.matmulBiasRelu(
        x.data,
        this.weights.data,
        this.bias,
        keep ? z.data : null,
        a.data,
        m,
        inputs,
        outputs,
      );
    } else {
      products.matmulBias(x.data, this.weights.data, this.bias, z.data, m, inputs, outputs);
      this.activation.forward(z, a);
      if (dtype === "float32") roundToFloat32(a.data);
    }
    this.#kept = keep;
    return a;
  }

  /**
   * `δ = ∂L/∂Z = f'(Z)ᵀ·∂L/∂A`, the activation's vector-Jacobian product.
   *
   * @param dA `∂L/∂A`, rows × outputs.
   * @returns `δ`, an internal buffer.
   */
  delta(dA: Matrix): Matrix {
    const delta = this.deltaBuffer();
    this.activation.backward(this.#z, this.#a, dA, delta);
    return delta;
  }

  /** The buffer that holds `δ` for the current batch size (for fused output deltas). */
  deltaBuffer(): Matrix {
    this.#requireInput();
    return this.#deltaBuffer(this.#z.rows);
  }

  /** The weight penalty `l1·Σ|W| + l2·ΣW²` that the loss gains; 0 without one. */
  penalty(): number {
    const { l1, l2 } = this;
    if (l1 === 0 && l2 === 0) return 0;
    const w = this.weights.data;
    let absolute = 0, square = 0;
    for (let k = 0; k < w.length; k++) {
      absolute += Math.abs(w[k]);
      square += w[k] * w[k];
    }
    return l1 * absolute + l2 * square;
  }

  /**
   * Parameter gradients from `δ`: `∂L/∂W = Xᵀ·δ`, `∂L/∂b = Σ_rows δ`; with a
   * penalty, `∂L/∂W` gains its gradient `l1·sign(W) + 2·l2·W`.
   *
   * @param delta `∂L/∂Z`, rows × outputs.
   */
  accumulate(delta: Matrix): void {
    const x = this.#requireInput();
    const { inputs, outputs, l1, l2 } = this;
    const g = this.weightGradient.data;
    const products = productsOf(this.dtype);
    products.matmulTransA(x.data, delta.data, g, x.rows, inputs, outputs);
    if (this.biasGradient !== null) {
      products.columnSums(delta.data, this.biasGradient, delta.rows, outputs);
    }
    if (l1 === 0 && l2 === 0) return;
    const w = this.weights.data;
    for (let k = 0; k < w.length; k++) g[k] += l1 * Math.sign(w[k]) + 2 * l2 * w[k];
  }

  /**
   * `∂L/∂X = δ·Wᵀ`, what the layer below receives as its `∂L/∂A`.
   *
   * @param delta `∂L/∂Z`, rows × outputs.
   * @returns `∂L/∂X`, an internal buffer, rows × inputs.
   */
  inputGradient(delta: Matrix): Matrix {
    const m = delta.rows;
    const dx = this.#inputGradientBuffer(m);
    productsOf(this.dtype).matmulTransB(
      delta.data,
      this.weights.data,
      dx.data,
      m,
      this.outputs,
      this.inputs,
    );
    return dx;
  }

  /** The layer as a model file holds it (see `ModelJSON`). */
  toJSON(): LayerJSON {
    const record: LayerJSON = {
      type: "dense",
      inputs: this.inputs,
      outputs: this.outputs,
      activation: this.activation.name,
      weights: this.weights.toArray(),
      bias: this.bias === null ? null : Array.from(this.bias),
    };
    if (this.activation.options !== undefined) {
      record.activationOptions = { ...this.activation.options };
    }
    if (!this.trainable) record.trainable = false;
    if (this.l1 !== 0) record.l1 = this.l1;
    if (this.l2 !== 0) record.l2 = this.l2;
    if (this.dtype === "float32") record.dtype = "float32";
    return record;
  }

  #requireInput(): Matrix {
    if (this.#input === null) {
      throw new RangeError("Dense backward pass called before any forward pass");
    }
    if (!this.#kept) {
      throw new RangeError(
        "Dense backward pass called after an inference pass, forward(x, false), which keeps " +
          "no Z; run forward(x) first",
      );
    }
    return this.#input;
  }
}

/** Whether float32 layers compute in float64 for now: see {@linkcode inFloat64}. */
let float64Only = false;

/**
 * Runs `f` with every layer's forward pass computing in float64, float32 layers included (their
 * products and outputs unrounded), and returns its result: the reference function a gradient
 * check differentiates to test a float32 layer's gradients (their backward passes, which the
 * check runs outside `f`, stay float32).
 */
export function inFloat64<T>(f: () => T): T {
  const before = float64Only;
  float64Only = true;
  try {
    return f();
  } finally {
    float64Only = before;
  }
}

/**
 * A dtype option, `"float64"` when absent.
 *
 * @param where What the option belongs to, for the message (`"Dense dtype"`).
 * @throws {RangeError} If it is neither `"float32"` nor `"float64"`.
 */
export function dtypeOption(value: unknown, where: string): DType {
  if (value === undefined) return "float64";
  if (value === "float32" || value === "float64") return value;
  const got = typeof value === "string" ? `"${value}"` : String(value);
  throw new RangeError(`${where} must be "float32" or "float64", got ${got}`);
}

/** Rounds every number of `values` to float32 in place. */
function roundToFloat32(values: Float64Array): void {
  const round = Math.fround;
  for (let i = 0; i < values.length; i++) values[i] = round(values[i]);
}

function checkFinite(values: Float64Array, cols: number, init: string, what: string): void {
  const bad = firstNonFinite(values);
  if (bad < 0) return;
  const at = what === "bias" ? `${bad}` : `${Math.floor(bad / cols)}, ${bad % cols}`;
  throw new RangeError(`Dense ${init} gave a non-finite ${what} at [${at}]: ${values[bad]}`);
}

function parameter(
  kind: "weights" | "bias",
  value: Float64Array,
  gradient: Float64Array,
): Parameter {
  return { name: kind, kind, value, gradient, state: { slots: {}, counters: {} } };
}
