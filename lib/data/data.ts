/**
 * Preparing data for training: shuffling, splitting and selecting rows, and
 * converting between class indices and one-hot rows.
 *
 * @module
 */
import { numberOption, OPEN_UNIT } from "../primitives/number_option.ts";
import { describe, Matrix, type MatrixLike, toMatrix } from "../primitives/matrix.ts";
import { booleanOption, checkOptions } from "../primitives/options.ts";
import { type Random, type RandomOptions, resolveRandom } from "../primitives/random.ts";

/**
 * Shuffles `indices` in place (Fisher–Yates): for `i` from `n − 1` down to 1,
 * swaps entries `i` and `j = ⌊u·(i + 1)⌋` for a uniform draw `u`. Allocates
 * nothing, so a training loop can reshuffle one buffer every epoch.
 *
 * @param indices The values to shuffle.
 * @param random The generator to draw from.
 * @throws {TypeError} If `indices` is not a `Uint32Array` or `random` has no `random()` method.
 * @throws {RangeError} If `random.random()` returns a value outside [0, 1).
 *
 * @example Reshuffle a buffer
 * ```ts
 * import { createRandom, shuffleIndices } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const order = new Uint32Array([0, 1, 2, 3, 4]);
 * const random = createRandom(7);
 * shuffleIndices(order, random);
 * shuffleIndices(order, random);
 * assert.deepEqual(Array.from(order).sort(), [0, 1, 2, 3, 4]);
 * ```
 */
export function shuffleIndices(indices: Uint32Array, random: Random): void {
  if (!(indices instanceof Uint32Array)) {
    throw new TypeError(`shuffleIndices: indices must be a Uint32Array, got ${describe(indices)}`);
  }
  if (typeof random?.random !== "function") {
    throw new TypeError(
      "shuffleIndices: random must have a random() method, as createRandom gives",
    );
  }
  for (let i = indices.length - 1; i > 0; i--) {
    const u = random.random();
    if (!(u >= 0 && u < 1)) {
      throw new RangeError(
        `shuffleIndices: random.random() returned ${u}; expected a number in [0, 1)`,
      );
    }
    const j = Math.floor(u * (i + 1));
    const t = indices[i];
    indices[i] = indices[j];
    indices[j] = t;
  }
}

/**
 * The integers `0 … n − 1` in random order, shuffled by {@linkcode shuffleIndices}.
 *
 * @param n How many, an integer in [0, 2³²].
 * @param options `seed` or `random`; the same seed gives the same order.
 * @returns The permutation.
 * @throws {RangeError} If `n` is not an integer in range.
 * @throws {TypeError} If an option is unknown.
 *
 * @example Seeded permutations
 * ```ts
 * import { permutation } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const p = permutation(6, { seed: 3 });
 * assert.deepEqual(Array.from(p).sort(), [0, 1, 2, 3, 4, 5]);
 * assert.deepEqual(permutation(6, { seed: 3 }), p);
 * ```
 */
export function permutation(n: number, options?: RandomOptions): Uint32Array {
  checkOptions("permutation", options, ["random", "seed"]);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) {
    throw new RangeError(`permutation: n must be an integer in [0, 2³²], got ${describe(n)}`);
  }
  const indices = range(n);
  shuffleIndices(indices, resolveRandom(options));
  return indices;
}

/** The integers `0 … n − 1` in order. */
export function range(n: number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}

/**
 * A new matrix of the given rows of `m`, in the order given; rows may repeat.
 *
 * @param m The matrix to read.
 * @param indices Row numbers, each an integer in [0, rows).
 * @param name What `m` is, for error messages (`"X"`).
 * @returns The selected rows.
 * @throws {RangeError} If an index is not an integer in range; the message names its position.
 * @throws {TypeError} If `m` is not a finite matrix or `indices` is not an array.
 *
 * @example Pick and reorder rows
 * ```ts
 * import { takeRows } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const m = takeRows([[1, 2], [3, 4], [5, 6]], [2, 0, 2]);
 * assert.deepEqual(m.toArray(), [[5, 6], [1, 2], [5, 6]]);
 * ```
 */
export function takeRows(m: MatrixLike, indices: ArrayLike<number>, name = "matrix"): Matrix {
  const matrix = toMatrix(m, name);
  const { rows, cols } = matrix;
  if (indices === null || typeof indices !== "object" || typeof indices.length !== "number") {
    throw new TypeError(
      `takeRows: indices must be an array of row numbers, got ${describe(indices)}`,
    );
  }
  const out = new Matrix(indices.length, cols);
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i];
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new RangeError(
        `takeRows: indices[${i}] is ${describe(r)}; expected an integer in [0, ${rows}) ` +
          `(${name} has ${rows} rows)`,
      );
    }
  }
  copyRows(matrix, indices, 0, out);
  return out;
}

/**
 * Copies rows `indices[start]`, `indices[start + 1]`, … of `from` into the rows
 * of `to`, as many as `to` has; indices are not checked. Allocates nothing.
 */
export function copyRows(
  from: Matrix,
  indices: ArrayLike<number>,
  start: number,
  to: Matrix,
): void {
  const cols = from.cols;
  for (let i = 0; i < to.rows; i++) {
    for (let j = 0, a = indices[start + i] * cols, b = i * cols; j < cols; j++) {
      to.data[b + j] = from.data[a + j];
    }
  }
}

function pairedRows(owner: string, x: MatrixLike, y: MatrixLike): [Matrix, Matrix] {
  const X = toMatrix(x, "X"), Y = toMatrix(y, "Y");
  if (X.rows !== Y.rows) {
    throw new RangeError(`${owner}: X has ${X.rows} rows but Y has ${Y.rows}`);
  }
  return [X, Y];
}

/**
 * Shuffles the rows of `x` and `y` with one permutation, so each sample keeps its target.
 * The inputs are not changed.
 *
 * @param x Inputs, one sample per row.
 * @param y Targets, one row per sample of `x`.
 * @param options `seed` or `random`.
 * @returns New shuffled matrices.
 * @throws {RangeError} If `x` and `y` differ in row count.
 *
 * @example Pairs stay together
 * ```ts
 * import { shuffle } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const { x, y } = shuffle([[1], [2], [3], [4]], [[10], [20], [30], [40]], { seed: 1 });
 * for (let i = 0; i < 4; i++) assert.equal(y.get(i, 0), 10 * x.get(i, 0));
 * ```
 */
export function shuffle(
  x: MatrixLike,
  y: MatrixLike,
  options?: RandomOptions,
): { x: Matrix; y: Matrix } {
  checkOptions("shuffle", options, ["random", "seed"]);
  const [X, Y] = pairedRows("shuffle", x, y);
  const order = permutation(X.rows, options);
  return { x: takeRows(X, order, "X"), y: takeRows(Y, order, "Y") };
}

/**
 * The four parts of a train/test split.
 *
 * @example Shapes of a split
 * ```ts
 * import { trainTestSplit, type TrainTestSplit } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const s: TrainTestSplit = trainTestSplit([[1], [2], [3], [4]], [[1], [0], [1], [0]], { seed: 0 });
 * assert.deepEqual([s.xTrain.rows, s.yTrain.rows, s.xTest.rows, s.yTest.rows], [3, 3, 1, 1]);
 * ```
 */
export interface TrainTestSplit {
  /** Training inputs. */
  xTrain: Matrix;
  /** Training targets, row for row with `xTrain`. */
  yTrain: Matrix;
  /** Test inputs. */
  xTest: Matrix;
  /** Test targets, row for row with `xTest`. */
  yTest: Matrix;
}

/**
 * Splits samples into a training and a test part. The test part has
 * `round(n · testFraction)` rows, kept between 1 and `n − 1` so neither part is empty.
 * With `shuffle` (the default), one permutation orders the rows: its first
 * `n − nTest` entries form the training part and the rest the test part; without it,
 * the test part is the last rows.
 * With `stratify`, each class keeps its share of the rows in both parts (as
 * scikit-learn's `train_test_split(..., stratify=y)`): the class of a row is
 * its argmax for one-hot targets, else its value.
 *
 * @param x Inputs, one sample per row.
 * @param y Targets, one row per sample of `x`.
 * @param options `testFraction` (in (0, 1), default 0.25), `shuffle` (default true),
 *   `stratify` (default false; needs `shuffle`), and `seed` or `random` for the permutation.
 * @returns The four parts, as new matrices.
 * @throws {RangeError} If there are fewer than 2 rows, the row counts differ,
 *   `testFraction` is out of range, or `stratify` finds a class of one row.
 * @throws {TypeError} If an option is unknown or `shuffle` is not a boolean.
 *
 * @example Hold out the last rows
 * ```ts
 * import { trainTestSplit } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const x = [[0], [1], [2], [3], [4]], y = [[0], [10], [20], [30], [40]];
 * const s = trainTestSplit(x, y, { testFraction: 0.4, shuffle: false });
 * assert.deepEqual(s.xTest.toArray(), [[3], [4]]);
 * assert.deepEqual(s.yTrain.toArray(), [[0], [10], [20]]);
 * ```
 */
export function trainTestSplit(
  x: MatrixLike,
  y: MatrixLike,
  options?: RandomOptions & { testFraction?: number; shuffle?: boolean; stratify?: boolean },
): TrainTestSplit {
  const opts = checkOptions("trainTestSplit", options, [
    "testFraction",
    "shuffle",
    "stratify",
    "random",
    "seed",
  ]);
  const testFraction = numberOption("trainTestSplit", opts, "testFraction", 0.25, OPEN_UNIT);
  const shuffled = booleanOption("trainTestSplit", opts, "shuffle", true);
  const stratify = booleanOption("trainTestSplit", opts, "stratify", false);
  const [X, Y] = pairedRows("trainTestSplit", x, y);
  const n = X.rows;
  if (n < 2) throw new RangeError(`trainTestSplit needs at least 2 rows, got ${n}`);
  const nTrain = n - Math.min(n - 1, Math.max(1, Math.round(n * testFraction)));
  if (!stratify) {
    const [xTrain, yTrain, xTest, yTest] = splitRows(
      X,
      Y,
      nTrain,
      shuffled ? resolveRandom(options) : null,
    );
    return { xTrain, yTrain, xTest, yTest };
  }
  if (!shuffled) {
    throw new RangeError(
      "trainTestSplit stratify needs shuffle: each class's test rows are drawn at random",
    );
  }
  const order = stratifiedOrder(Y, n - nTrain, resolveRandom(options));
  const [xTrain, yTrain, xTest, yTest] = [X, Y, X, Y].map((m, k) =>
    rowsInOrder(m, order, k < 2 ? 0 : nTrain, k < 2 ? nTrain : n)
  );
  return { xTrain, yTrain, xTest, yTest };
}

/**
 * A row order whose last `nTest` rows hold each class in proportion: the class
 * of a row is its argmax for one-hot targets, else its value. Each class gets
 * `nTest·n_c/n` test rows rounded down, and the rows left over go to the
 * classes with the largest remainders (ties to the class seen first); the rows
 * of each class are drawn at random, and both parts are shuffled.
 *
 * @throws {RangeError} If a class has fewer than 2 rows.
 */
function stratifiedOrder(y: Matrix, nTest: number, random: Random): Uint32Array {
  const n = y.rows;
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const key = y.cols === 1 ? y.data[i] : rowArgmax(y, i);
    const list = members.get(key);
    if (list === undefined) members.set(key, [i]);
    else list.push(i);
  }
  const classes = [...members.entries()];
  for (const [key, rows] of classes) {
    if (rows.length < 2) {
      throw new RangeError(
        `trainTestSplit stratify needs at least 2 rows of each class, but class ${key} has 1 ` +
          "(is y a class label or one-hot, not a number to predict?)",
      );
    }
  }
  const quotas = classes.map(([, rows]) => Math.floor((nTest * rows.length) / n));
  const remainders = classes.map(([, rows], c) => (nTest * rows.length) / n - quotas[c]);
  const byRemainder = classes.map((_, c) => c).sort((a, b) =>
    remainders[b] - remainders[a] || a - b
  );
  for (let k = 0, left = nTest - quotas.reduce((a, b) => a + b, 0); k < left; k++) {
    quotas[byRemainder[k]]++;
  }
  const train: number[] = [], test: number[] = [];
  classes.forEach(([, rows], c) => {
    const order = Uint32Array.from(rows);
    shuffleIndices(order, random);
    const cut = order.length - quotas[c];
    for (let k = 0; k < order.length; k++) (k < cut ? train : test).push(order[k]);
  });
  const trainOrder = Uint32Array.from(train), testOrder = Uint32Array.from(test);
  shuffleIndices(trainOrder, random);
  shuffleIndices(testOrder, random);
  const order = new Uint32Array(n);
  order.set(trainOrder);
  order.set(testOrder, trainOrder.length);
  return order;
}

/** Rows `order[from … to − 1]` of `m`, as a new matrix. */
function rowsInOrder(m: Matrix, order: Uint32Array, from: number, to: number): Matrix {
  const rows = new Matrix(to - from, m.cols);
  copyRows(m, order, from, rows);
  return rows;
}

/**
 * The first `nTrain` rows of `x` and `y` and the rest, in a random order drawn
 * from `random` (one shuffle of `0 … n − 1`), or in order without one. The
 * matrices are checked already; `trainTestSplit` and `fit`'s `validationSplit`
 * share it.
 */
export function splitRows(
  x: Matrix,
  y: Matrix,
  nTrain: number,
  random: Random | null,
): [Matrix, Matrix, Matrix, Matrix] {
  const [[xTrain, yTrain], [xRest, yRest]] = splitMatrices([x, y], nTrain, random);
  return [xTrain, yTrain, xRest, yRest];
}

/** {@linkcode splitRows} for any matrices of equal row counts: their first `nTrain` rows and the rest. */
export function splitMatrices(
  matrices: readonly Matrix[],
  nTrain: number,
  random: Random | null,
): [Matrix[], Matrix[]] {
  const n = matrices[0].rows;
  const order = range(n);
  if (random !== null) shuffleIndices(order, random);
  return [
    matrices.map((m) => rowsInOrder(m, order, 0, nTrain)),
    matrices.map((m) => rowsInOrder(m, order, nTrain, n)),
  ];
}

/**
 * One-hot rows from class indices: row `i` has a 1 in column `labels[i]` and 0 elsewhere.
 *
 * @param labels Class indices, integers in [0, classes).
 * @param classes Number of columns; the largest label + 1 when omitted.
 * @returns A `labels.length × classes` matrix.
 * @throws {RangeError} If `labels` is empty, a label is not an integer in range, or
 *   `classes` is not a positive integer.
 * @throws {TypeError} If `labels` is not an array.
 *
 * @example Three classes
 * ```ts
 * import { oneHot } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(oneHot([2, 0, 1]).toArray(), [[0, 0, 1], [1, 0, 0], [0, 1, 0]]);
 * assert.deepEqual(oneHot([1], 4).toArray(), [[0, 1, 0, 0]]);
 * ```
 */
export function oneHot(labels: ArrayLike<number>, classes?: number): Matrix {
  if (labels === null || typeof labels !== "object" || typeof labels.length !== "number") {
    throw new TypeError(
      `oneHot: labels must be an array of class indices, got ${describe(labels)}`,
    );
  }
  if (labels.length === 0) {
    throw new RangeError("oneHot: labels is empty; expected at least one label");
  }
  if (classes !== undefined && (!Number.isSafeInteger(classes) || classes < 1)) {
    throw new RangeError(`oneHot: classes must be a positive integer, got ${describe(classes)}`);
  }
  const bound = classes ?? Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= bound) {
      const expected = classes === undefined
        ? "a non-negative integer"
        : `an integer in [0, ${classes})`;
      throw new RangeError(`oneHot: labels[${i}] is ${describe(c)}; expected ${expected}`);
    }
    if (c > max) max = c;
  }
  const k = classes ?? max + 1;
  const out = new Matrix(labels.length, k);
  for (let i = 0; i < labels.length; i++) out.data[i * k + labels[i]] = 1;
  return out;
}

/**
 * The column of the largest value in each row (the first one on ties), such as
 * the predicted class of each row of probabilities.
 *
 * @param m The matrix.
 * @returns One column index per row.
 * @throws {RangeError} If the matrix has rows but no columns.
 * @throws {TypeError} If `m` is not a finite matrix.
 *
 * @example Predicted classes
 * ```ts
 * import { argmax } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * assert.deepEqual(argmax([[0.1, 0.7, 0.2], [0.5, 0.5, 0], [-3, -1, -2]]), [1, 0, 1]);
 * ```
 */
export function argmax(m: MatrixLike): number[] {
  const matrix = toMatrix(m, "argmax input");
  if (matrix.cols === 0 && matrix.rows > 0) {
    throw new RangeError(`argmax: the matrix has ${matrix.rows} rows but no columns`);
  }
  return Array.from({ length: matrix.rows }, (_, i) => rowArgmax(matrix, i));
}

/** The column of row `i`'s largest value (the first, on a tie). */
export function rowArgmax(m: Matrix, i: number): number {
  const { cols, data } = m, base = i * cols;
  let best = 0;
  for (let j = 1; j < cols; j++) if (data[base + j] > data[base + best]) best = j;
  return best;
}
