/**
 * The dropout layer.
 *
 * @module
 */
import type { Activation } from "../../plugins/activation.ts";
import { activations } from "../../plugins/activations.ts";
import type { Parameter } from "../../plugins/optimizer.ts";
import type { Layer, Mode } from "./layer.ts";
import { rowBuffer } from "../kernels/row_buffer.ts";
import { Matrix } from "../primitives/matrix.ts";
import { numberOption, UNIT } from "../primitives/number_option.ts";
import { checkOptions } from "../primitives/options.ts";
import { seedWords, uniform53, xoshiro128 } from "../primitives/random.ts";

/** Options of {@linkcode Dropout}. */
export interface DropoutOptions {
  /** Seed of the generator that draws the masks; default a random one (kept in `seed`). */
  seed?: number;
  /**
   * The generator's state, four 32-bit words, as `toJSON` gives it: the masks
   * go on from there (a saved model resumes its mask sequence); default the seed's.
   */
  state?: readonly number[];
}

/** A dropout layer in a model file (version 2). */
export interface DropoutJSON {
  /** `"dropout"`. */
  type: "dropout";
  /** Width: the number of inputs. */
  inputs: number;
  /** Width again: a dropout layer gives as many outputs as it takes inputs. */
  outputs: number;
  /** The rate. */
  rate: number;
  /** The seed of its masks. */
  seed: number;
  /** Where its mask generator is: four 32-bit words. */
  state: number[];
}

/**
 * Inverted dropout: in a training step each input is zeroed with probability
 * `rate` and the rest are scaled by `1 / (1 − rate)`, so that the expected
 * output equals the input; in prediction and evaluation the layer passes its
 * input through unchanged. Its width follows the layer before it (or after it,
 * for a first layer) when a `Sequential` is built.
 *
 * With `M` the mask of one step (entries `0` or `1 / (1 − rate)`): `Z = A = X ⊙ M`,
 * so `δ = ∂L/∂A` and `∂L/∂X = δ ⊙ M`. The masks come from the layer's own
 * generator, seeded by `seed`: the same seed gives the same masks, on every backend.
 *
 * @example Dropout between two dense layers
 * ```ts
 * import { Dense, Dropout, Sequential } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const model = new Sequential([
 *   new Dense(2, 16, { activation: "relu", seed: 1 }),
 *   new Dropout(0.5, { seed: 2 }),
 *   new Dense(16, 1, { activation: "sigmoid", seed: 3 }),
 * ]);
 * assert.equal(model.layers[1].inputs, 16);
 * const before = model.predict([[1, 0]]);
 * assert.deepEqual(model.predict([[1, 0]]), before); // no dropout outside training
 * ```
 */
export class Dropout implements Layer {
  /** `"dropout"`, as model files name it. */
  readonly type = "dropout";
  /** The probability that an input is zeroed in a training step, in [0, 1). */
  readonly rate: number;
  /** The seed of the masks' generator (drawn at random when none was given). */
  readonly seed: number;
  /** `linear`: the layer's output is its masked input. */
  readonly activation: Activation = activations.get("linear");
  /** None: dropout has nothing to train. */
  readonly parameters: readonly Parameter[] = [];
  /** 0. */
  readonly parameterCount = 0;

  #random: () => number;
  #state: () => number[];
  #width = 0;
  /** Whether the last forward pass applied `#mask` (a training or replay pass). */
  #masked = false;
  /** Rows of the last mask drawn; 0 before any. */
  #maskRows = 0;
  #mask: (rows: number) => Matrix = rowBuffer(0);
  #out: (rows: number) => Matrix = rowBuffer(0);
  #deltaBuffer: (rows: number) => Matrix = rowBuffer(0);
  #inputGradientBuffer: (rows: number) => Matrix = rowBuffer(0);
  #a: Matrix = new Matrix(0, 0);

  /**
   * Creates a dropout layer; its width is set when a model places it.
   *
   * @param rate The probability of zeroing each input in training, in [0, 1).
   * @param options The seed of its masks.
   * @throws {RangeError} If `rate` is outside [0, 1) or the seed is not a safe integer.
   */
  constructor(rate: number, options: DropoutOptions = {}) {
    checkOptions("Dropout", options, ["seed", "state"]);
    this.rate = numberOption("Dropout", { rate }, "rate", 0, UNIT);
    let seed = options.seed;
    if (seed === undefined) {
      const word = new Uint32Array(1);
      crypto.getRandomValues(word);
      seed = word[0];
    }
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(`Dropout seed must be a safe integer, got ${String(seed)}`);
    }
    const generator = xoshiro128(
      options.state === undefined ? seedWords(seed) : stateWords(options.state),
    );
    this.#random = uniform53(generator.next32);
    this.#state = generator.state;
    this.seed = seed;
  }

  /** Number of inputs: the width it was given in a model (0 before). */
  get inputs(): number {
    return this.#width;
  }

  /** Number of outputs, equal to `inputs`. */
  get outputs(): number {
    return this.#width;
  }

  /**
   * Always true: dropout has no parameters to freeze, so `false` is refused.
   *
   * @throws {TypeError} On assigning anything but true.
   */
  get trainable(): boolean {
    return true;
  }

  set trainable(value: boolean) {
    if (value !== true) {
      throw new TypeError(
        `Dropout has no parameters to freeze; trainable stays true, got ${String(value)}`,
      );
    }
  }

  /** The layer's output of the last pass (its masked input); `z` and `a` are one buffer. */
  get z(): Matrix {
    return this.#a;
  }

  /** The layer's output of the last pass. */
  get a(): Matrix {
    return this.#a;
  }

  /**
   * Takes its width from a model, once; a second model must give the same width.
   *
   * @throws {RangeError} If the layer already has another width.
   */
  connect(width: number): void {
    if (this.#width === width) return;
    if (this.#width !== 0) {
      throw new RangeError(
        `Dropout already has width ${this.#width} in another model; it cannot also take ` +
          `width ${width} (use a new Dropout layer)`,
      );
    }
    this.#width = width;
    this.#mask = rowBuffer(width);
    this.#out = rowBuffer(width);
    this.#deltaBuffer = rowBuffer(width);
    this.#inputGradientBuffer = rowBuffer(width);
  }

  /**
   * `X ⊙ M` with a new mask in `"training"` mode, with the last mask in
   * `"replay"` mode, and `X` itself (copied) in `"inference"` mode.
   *
   * @param x Input batch, rows × width.
   * @param _keep Unused: the backward pass needs only the mask.
   * @param mode Whether to draw a mask, reuse the last one or pass `x` through; default inference.
   * @returns The output, an internal buffer valid until the next pass.
   * @throws {RangeError} If `x` has the wrong width, or a replay's rows differ from the last mask's.
   */
  forward(x: Matrix, _keep = true, mode: Mode = "inference"): Matrix {
    if (!(x instanceof Matrix) || x.cols !== this.#width || this.#width === 0) {
      const got = x instanceof Matrix ? `${x.cols} columns` : "no Matrix";
      throw new RangeError(
        this.#width === 0
          ? "Dropout has no width until a Sequential model places it"
          : `Dropout of width ${this.#width} needs a Matrix of ${this.#width} columns, got ${got}`,
      );
    }
    const rows = x.rows, n = rows * this.#width, xd = x.data;
    const a = this.#a = this.#out(rows);
    const out = a.data;
    this.#masked = mode !== "inference" && this.rate > 0;
    if (!this.#masked) {
      for (let k = 0; k < n; k++) out[k] = xd[k];
      return a;
    }
    if (mode === "replay" && rows !== this.#maskRows) {
      throw new RangeError(
        `Dropout cannot replay its last mask (${this.#maskRows} rows) on ${rows} rows`,
      );
    }
    const m = this.#mask(rows).data;
    if (mode === "training") {
      const keep = 1 - this.rate, scale = 1 / keep, random = this.#random;
      for (let k = 0; k < n; k++) m[k] = random() < keep ? scale : 0;
      this.#maskRows = rows;
    }
    for (let k = 0; k < n; k++) out[k] = xd[k] * m[k];
    return a;
  }

  /** No penalty: 0. */
  penalty(): number {
    return 0;
  }

  /** `δ = ∂L/∂A` (the activation is linear), copied into the layer's buffer. */
  delta(dA: Matrix): Matrix {
    const delta = this.deltaBuffer(), out = delta.data, d = dA.data;
    for (let k = 0; k < out.length; k++) out[k] = d[k];
    return delta;
  }

  /** The buffer that holds `δ` for the last batch size. */
  deltaBuffer(): Matrix {
    return this.#deltaBuffer(this.#a.rows);
  }

  /** Nothing to accumulate: dropout has no parameters. */
  accumulate(_delta: Matrix): void {}

  /** `∂L/∂X = δ ⊙ M` after a masked pass, else `δ`. */
  inputGradient(delta: Matrix): Matrix {
    const dx = this.#inputGradientBuffer(delta.rows);
    const d = delta.data, out = dx.data, n = out.length;
    if (!this.#masked) {
      for (let k = 0; k < n; k++) out[k] = d[k];
      return dx;
    }
    const m = this.#mask(delta.rows).data;
    for (let k = 0; k < n; k++) out[k] = d[k] * m[k];
    return dx;
  }

  /** The layer as a model file holds it. */
  toJSON(): DropoutJSON {
    return {
      type: "dropout",
      inputs: this.#width,
      outputs: this.#width,
      rate: this.rate,
      seed: this.seed,
      state: this.#state(),
    };
  }
}

/** Four 32-bit words, not all 0, copied. */
function stateWords(words: readonly number[]): number[] {
  if (
    !Array.isArray(words) || words.length !== 4 ||
    !words.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32) ||
    words.every((w) => w === 0)
  ) {
    throw new RangeError(
      "Dropout state must be four integers from 0 to 2³² − 1, not all 0, as toJSON gives it",
    );
  }
  return [...words];
}
