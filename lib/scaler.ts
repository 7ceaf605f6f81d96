/**
 * Column scalers: standardization and min-max. Both are per-column affine maps
 * `x′ = (x − offset) / scale`, so one representation serves both, saves as
 * plain data and inverts exactly.
 *
 * @module
 */
import { describe, Matrix, type MatrixLike, toMatrix } from "./matrix.ts";
import { ModelFormatError, rejectUnknownKeys } from "./model_format_error.ts";
import { checkOptions } from "./options.ts";

/** How a scaler was fitted. */
export type ScalerKind = "standard" | "minMax";

/** A scaler as stored in a model file. */
export interface ScalerJSON {
  /** How it was fitted. */
  kind: ScalerKind;
  /** Subtracted from each column. */
  offset: number[];
  /** Then each column is divided by this (never 0). */
  scale: number[];
}

/** A fitted per-column scaler: `transform` maps raw values to model units, `inverse` back. */
export interface Scaler {
  /** How it was fitted. */
  readonly kind: ScalerKind;
  /** Subtracted from each column. */
  readonly offset: Float64Array;
  /** Then each column is divided by this. */
  readonly scale: Float64Array;
  /**
   * `(x − offset) / scale`, column by column.
   *
   * @param x Raw values, as many columns as the scaler.
   * @param out Where to write (may be `x` itself); a new matrix when omitted.
   */
  transform(x: MatrixLike, out?: Matrix): Matrix;
  /**
   * `x · scale + offset`, column by column: back to raw units.
   *
   * @param x Scaled values, as many columns as the scaler.
   * @param out Where to write (may be `x` itself); a new matrix when omitted.
   */
  inverse(x: MatrixLike, out?: Matrix): Matrix;
  /** The scaler as plain data. */
  toJSON(): ScalerJSON;
}

/**
 * Fits a standardization: each column to mean 0 and standard deviation 1
 * (population standard deviation; a constant column is only centred).
 *
 * @param x Training values, one row per sample.
 * @returns The fitted scaler.
 * @throws {RangeError} If `x` has no rows.
 *
 * @example Standardize, then undo
 * ```ts
 * import { fitStandardScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const scaler = fitStandardScaler([[1, 10], [3, 10]]);
 * assert.deepEqual(scaler.transform([[1, 10], [3, 10]]).toArray(), [[-1, 0], [1, 0]]);
 * assert.deepEqual(scaler.inverse([[0, 0]]).toArray(), [[2, 10]]);
 * ```
 */
export function fitStandardScaler(x: MatrixLike): Scaler {
  const m = nonEmpty(x, "fitStandardScaler");
  const offset = new Float64Array(m.cols);
  const scale = new Float64Array(m.cols);
  for (let j = 0; j < m.cols; j++) {
    let mean = 0;
    for (let i = 0; i < m.rows; i++) mean += m.data[i * m.cols + j];
    mean /= m.rows;
    let variance = 0;
    for (let i = 0; i < m.rows; i++) variance += (m.data[i * m.cols + j] - mean) ** 2;
    const std = Math.sqrt(variance / m.rows);
    offset[j] = mean;
    scale[j] = std > 0 ? std : 1;
  }
  return createScaler("standard", offset, scale);
}

/**
 * Fits a min-max scaler: each column's smallest value maps to `min` and its
 * largest to `max` (a constant column maps to `min`).
 *
 * @param x Training values, one row per sample.
 * @param options The target range, default [0, 1].
 * @returns The fitted scaler.
 * @throws {RangeError} If `x` has no rows or `min` is not below `max`.
 *
 * @example Scale to [-1, 1]
 * ```ts
 * import { fitMinMaxScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const scaler = fitMinMaxScaler([[0], [5], [10]], { min: -1, max: 1 });
 * assert.deepEqual(scaler.transform([[0], [5], [10]]).toArray(), [[-1], [0], [1]]);
 * ```
 */
export function fitMinMaxScaler(
  x: MatrixLike,
  options: { min?: number; max?: number } = {},
): Scaler {
  checkOptions("fitMinMaxScaler", options, ["min", "max"]);
  const { min = 0, max = 1 } = options;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(
      `fitMinMaxScaler needs finite min < max, got min ${String(min)} and max ${String(max)}`,
    );
  }
  const m = nonEmpty(x, "fitMinMaxScaler");
  const offset = new Float64Array(m.cols);
  const scale = new Float64Array(m.cols);
  for (let j = 0; j < m.cols; j++) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < m.rows; i++) {
      const v = m.data[i * m.cols + j];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    scale[j] = hi > lo ? (hi - lo) / (max - min) : 1;
    offset[j] = lo - min * scale[j];
  }
  return createScaler("minMax", offset, scale);
}

/**
 * Rebuilds a scaler from its plain data, checking every field.
 *
 * @param json A value like {@linkcode Scaler.prototype.toJSON}'s output.
 * @param where The field's path, for messages (`"inputScaler"`).
 * @returns The scaler.
 * @throws {ModelFormatError} If a field is missing or malformed.
 *
 * @example Round trip through JSON
 * ```ts
 * import { fitStandardScaler, scalerFromJSON } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const scaler = fitStandardScaler([[1], [2], [4]]);
 * const copy = scalerFromJSON(JSON.parse(JSON.stringify(scaler)));
 * assert.deepEqual(copy.transform([[3]]).toArray(), scaler.transform([[3]]).toArray());
 * ```
 */
export function scalerFromJSON(json: unknown, where = "scaler"): Scaler {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ModelFormatError(where, `expected an object, got ${describe(json)}`);
  }
  const { kind, offset, scale } = json as Record<string, unknown>;
  rejectUnknownKeys(json, ["kind", "offset", "scale"], where);
  if (kind !== "standard" && kind !== "minMax") {
    throw new ModelFormatError(
      `${where}.kind`,
      `expected "standard" or "minMax", got ${describe(kind)}`,
    );
  }
  const offsets = finiteArray(offset, `${where}.offset`);
  const scales = finiteArray(scale, `${where}.scale`);
  if (scales.length !== offsets.length) {
    throw new ModelFormatError(
      `${where}.scale`,
      `expected ${offsets.length} numbers like offset, got ${scales.length}`,
    );
  }
  const zero = scales.indexOf(0);
  if (zero >= 0) {
    throw new ModelFormatError(`${where}.scale[${zero}]`, "expected a non-zero number, got 0");
  }
  return createScaler(kind, Float64Array.from(offsets), Float64Array.from(scales));
}

function createScaler(kind: ScalerKind, offset: Float64Array, scale: Float64Array): Scaler {
  const cols = offset.length;
  const prepare = (x: MatrixLike, out: Matrix | undefined, what: string): [Matrix, Matrix] => {
    const m = toMatrix(x, what);
    if (m.cols !== cols) {
      throw new RangeError(`${what} has ${m.cols} columns but the scaler has ${cols}`);
    }
    const target = out ?? new Matrix(m.rows, cols);
    if (target.rows !== m.rows || target.cols !== cols) {
      throw new RangeError(
        `${what}: out is ${target.rows} × ${target.cols}, expected ${m.rows} × ${cols}`,
      );
    }
    return [m, target];
  };
  return {
    kind,
    offset,
    scale,
    transform(x, out) {
      const [m, target] = prepare(x, out, "Scaler transform input");
      for (let k = 0; k < m.data.length; k++) {
        const j = k % cols;
        target.data[k] = (m.data[k] - offset[j]) / scale[j];
      }
      return target;
    },
    inverse(x, out) {
      const [m, target] = prepare(x, out, "Scaler inverse input");
      for (let k = 0; k < m.data.length; k++) {
        const j = k % cols;
        target.data[k] = m.data[k] * scale[j] + offset[j];
      }
      return target;
    },
    toJSON: () => ({ kind, offset: Array.from(offset), scale: Array.from(scale) }),
  };
}

function nonEmpty(x: MatrixLike, owner: string): Matrix {
  const m = toMatrix(x, `${owner} input`);
  if (m.rows === 0) throw new RangeError(`${owner} needs at least one row`);
  return m;
}

function finiteArray(value: unknown, where: string): number[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ModelFormatError(
      where,
      `expected a non-empty array of numbers, got ${describe(value)}`,
    );
  }
  value.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new ModelFormatError(`${where}[${k}]`, `expected a finite number, got ${describe(v)}`);
    }
  });
  return value;
}
