/**
 * Column scalers: standardization and min-max. Both are per-column affine maps
 * `x′ = (x − offset) / scale`, so one representation serves both, saves as
 * plain data and inverts exactly.
 *
 * @module
 */
import { describe, Matrix, type MatrixLike, toMatrix } from "../primitives/matrix.ts";
import { ModelFormatError, rejectUnknownKeys } from "../primitives/model_format_error.ts";
import { checkOptions } from "../primitives/options.ts";

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
   * No intermediate step overflows: `1e308` with offset `-1e308` and scale
   * `1e308` gives 2. A result whose true value is beyond ±1.8e308 (an input
   * far outside the values the scaler was fitted on, divided by a small
   * scale) is ±Infinity, as in IEEE arithmetic, never NaN; it is not thrown
   * here, so callers screen it (`predict` does, naming the row). On the data
   * a standard scaler was fitted on, every result is within ±√rows.
   *
   * @param x Raw values, as many columns as the scaler; all finite.
   * @param out Where to write (may be `x` itself); a new matrix when omitted.
   * @throws {TypeError} If a value of `x` is NaN or infinite.
   *
   * @example No overflow in between
   * ```ts
   * import { scalerFromJSON } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const scaler = scalerFromJSON({ kind: "standard", offset: [-1e308], scale: [1e308] });
   * assert.deepEqual(scaler.transform([[1e308]]).toArray(), [[2]]);
   * assert.deepEqual(scaler.inverse([[2]]).toArray(), [[1e308]]);
   * ```
   */
  transform(x: MatrixLike, out?: Matrix): Matrix;
  /**
   * `x · scale + offset`, column by column: back to raw units. As with
   * `transform`, no intermediate step overflows, and a result whose true
   * value is beyond ±1.8e308 is ±Infinity (never NaN), for the caller to
   * screen: `predict` throws a `PredictionError` naming the row.
   *
   * @param x Scaled values, as many columns as the scaler; all finite.
   * @param out Where to write (may be `x` itself); a new matrix when omitted.
   * @throws {TypeError} If a value of `x` is NaN or infinite.
   */
  inverse(x: MatrixLike, out?: Matrix): Matrix;
  /** The scaler as plain data. */
  toJSON(): ScalerJSON;
}

/**
 * A column whose standard deviation (or min-max range) is at most
 * `NOISE · max|x|` counts as constant: a spread of up to about ten units in the
 * last place of its values, such as `0.3` next to `0.1 + 0.2`, is rounding
 * noise, not information. The fit below computes a constant column's spread as
 * exactly 0 and a near-constant one's to well under an ulp, whatever the row
 * count, so the line need not grow with the rows. scikit-learn's StandardScaler
 * (1.2) instead calls a column constant when var ≤ n·ε·var + (n·ε·mean)², that
 * is std ≲ n·ε·|mean|: the error bound of its own summation, laxer than this
 * above 10 rows and stricter below; its MinMaxScaler uses an absolute range
 * below 10·ε, which calls `[1e-20, 2e-20]` constant. `TINY` is 2⁻¹⁰²², the
 * smallest normal double: a spread below it is also noise, so every scale is
 * a normal number with a finite reciprocal.
 */
const NOISE = 10 * Number.EPSILON, TINY = 2 ** -1022;

/**
 * Fits a standardization: each column to mean 0 and standard deviation 1
 * (population standard deviation).
 *
 * A column whose standard deviation is at most 10·ε·max|x| (ε =
 * `Number.EPSILON` ≈ 2.2e-16, so a spread of a few units in the last place of
 * its values: rounding noise) or below 2⁻¹⁰²² is constant: it is only centred,
 * with scale 1. An exactly constant column gets its value as offset, exactly.
 * The mean and deviation are computed on the column divided by a power of two
 * near its largest |x|, so values near ±1e308 or ±1e-300 give their true,
 * finite scale (the deviation never exceeds max|x|): nothing is squared that
 * could overflow or underflow.
 *
 * @param x Training values, one row per sample; all finite.
 * @returns The fitted scaler.
 * @throws {RangeError} If `x` has no rows.
 * @throws {TypeError} If a value is NaN or infinite (its row and column named).
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
 *
 * @example A constant column is only centred, even when its mean does not sum exactly
 * ```ts
 * import { fitStandardScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * // 0.1 seven times sums to 0.7000000000000001; the spread left is noise.
 * const scaler = fitStandardScaler(Array.from({ length: 7 }, () => [0.1]));
 * assert.deepEqual([scaler.offset[0], scaler.scale[0]], [0.1, 1]);
 * // A change of 1e-7 stays a change of 1e-7 (not 7e9 standard deviations).
 * assert.ok(Math.abs(scaler.transform([[0.1 + 1e-7]]).get(0, 0) - 1e-7) < 1e-15);
 * ```
 *
 * @example Values whose squares overflow still get their true scale
 * ```ts
 * import { fitStandardScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const scaler = fitStandardScaler([[1e200], [-1e200]]);
 * assert.deepEqual([scaler.offset[0], scaler.scale[0]], [0, 1e200]);
 * assert.deepEqual(scaler.transform([[1e200], [-1e200]]).toArray(), [[1], [-1]]);
 * ```
 */
export function fitStandardScaler(x: MatrixLike): Scaler {
  const m = nonEmpty(x, "fitStandardScaler");
  const { rows, cols, data } = m;
  const [lo, hi] = columnRanges(m);
  // Per column, a power of two `unit` near max|x| and its exact reciprocal:
  // y = x / unit lies within ±2, so no sum or square below can overflow, and a
  // deviation whose square underflows is below 1e-154 of max|x|. Scaling by a
  // power of two is exact, so for ordinary data the arithmetic is the same as
  // on x itself.
  const unit = new Float64Array(cols), inv = new Float64Array(cols);
  const mean = new Float64Array(cols), s1 = new Float64Array(cols), s2 = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const big = Math.max(-lo[j], hi[j]);
    const e = Math.max(-1022, Math.min(1023, Math.floor(Math.log2(big)))); // -1022 for 0
    unit[j] = 2 ** e;
    inv[j] = 2 ** -e;
  }
  // The mean, shifted by the first row: an exactly constant column sums to 0
  // and its mean is its value, exactly.
  for (let j = 0; j < cols; j++) mean[j] = data[j] * inv[j];
  for (let k = cols; k < data.length;) {
    for (let j = 0; j < cols; j++, k++) s1[j] += data[k] * inv[j] - mean[j];
  }
  for (let j = 0; j < cols; j++) mean[j] += s1[j] / rows;
  s1.fill(0);
  // Corrected two-pass (Chan, Golub & LeVeque): Σd² − (Σd)²/n, with Σd/n also
  // refining the mean.
  for (let k = 0; k < data.length;) {
    for (let j = 0; j < cols; j++, k++) {
      const d = data[k] * inv[j] - mean[j];
      s1[j] += d;
      s2[j] += d * d;
    }
  }
  const offset = new Float64Array(cols);
  const scale = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const big = Math.max(-lo[j], hi[j]);
    const variance = Math.max(0, (s2[j] - s1[j] * s1[j] / rows) / rows);
    // The true mean lies in [lo, hi] and the true deviation is at most max|x|;
    // clamping keeps rounding from stepping past either (or past 1.8e308).
    const centre = (mean[j] + s1[j] / rows) * unit[j];
    offset[j] = Math.min(hi[j], Math.max(lo[j], centre));
    const std = Math.min(big * inv[j], Math.sqrt(variance)) * unit[j];
    scale[j] = std > Math.max(NOISE * big, TINY) ? std : 1;
  }
  return createScaler("standard", offset, scale);
}

/**
 * Fits a min-max scaler: each column's smallest value maps to `min` and its
 * largest to `max`.
 *
 * A constant column maps to `min` (scale 1), and so does, up to its noise, a
 * column whose range is at most 10·ε·max|x| (ε = `Number.EPSILON`, so a few
 * units in the last place: rounding noise) or below 2⁻¹⁰²². A range that
 * overflows (`1e308 - -1e308`) is computed in halves, so the scale is right
 * whenever it is a finite number.
 *
 * @param x Training values, one row per sample; all finite.
 * @param options The target range, default [0, 1].
 * @returns The fitted scaler.
 * @throws {RangeError} If `x` has no rows or `min` is not below `max`; or if
 *   a column cannot be mapped with a scale and offset that are finite normal
 *   numbers (its range over the target width beyond 1.8e308 or below 2⁻¹⁰²²,
 *   or a target range that does not contain 0 and lies far from the data),
 *   naming the column and what to change.
 * @throws {TypeError} If a value is NaN or infinite (its row and column named).
 *
 * @example Scale to [-1, 1]
 * ```ts
 * import { fitMinMaxScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const scaler = fitMinMaxScaler([[0], [5], [10]], { min: -1, max: 1 });
 * assert.deepEqual(scaler.transform([[0], [5], [10]]).toArray(), [[-1], [0], [1]]);
 * ```
 *
 * @example A range wider than the largest double
 * ```ts
 * import { fitMinMaxScaler } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const x = [[-1e308], [1e308]];
 * const scaler = fitMinMaxScaler(x, { min: -1, max: 1 });
 * assert.deepEqual(scaler.transform(x).toArray(), [[-1], [1]]);
 * // Onto [0, 1] the scale would be 2e308: refused, with the column named.
 * assert.throws(() => fitMinMaxScaler(x), /cannot map column 0 onto \[0, 1\]/);
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
  const [lo, hi] = columnRanges(m);
  const offset = new Float64Array(m.cols);
  const scale = new Float64Array(m.cols);
  const width = max - min; // Infinity for [-1e308, 1e308]: then halves below
  for (let j = 0; j < m.cols; j++) {
    const range = hi[j] - lo[j]; // Infinity for [-1e308, 1e308]
    const cannot = (why: string, fix: string) =>
      new RangeError(
        `fitMinMaxScaler cannot map column ${j} onto [${min}, ${max}]: its values run from ` +
          `${lo[j]} to ${hi[j]}, so ${why}; ${fix}`,
      );
    let s = 1;
    if (range > Math.max(NOISE * Math.max(-lo[j], hi[j]), TINY)) {
      s = range < Infinity && width < Infinity
        ? range / width
        : (hi[j] * 0.5 - lo[j] * 0.5) / (max * 0.5 - min * 0.5);
      if (!(s <= Number.MAX_VALUE)) {
        throw cannot(
          "its range over the target's width (the scale) is beyond the largest double, 1.8e308",
          "divide the column by a constant first, or widen the target range",
        );
      }
      if (s < TINY) {
        throw cannot(
          "its range over the target's width (the scale) is below the smallest normal double, 2.2e-308",
          "multiply the column by a constant first, or narrow the target range",
        );
      }
    }
    let o = lo[j] - min * s;
    if (!Number.isFinite(o)) o = (lo[j] * 0.5 - min * 0.5 * s) * 2;
    if (!Number.isFinite(o)) {
      throw cannot(
        "the raw value that maps to 0 (the offset) is beyond the largest double",
        "use a target range that contains 0",
      );
    }
    scale[j] = s;
    offset[j] = o;
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
      const { data } = m, to = target.data;
      for (let k = 0; k < data.length;) {
        for (let j = 0; j < cols; j++, k++) {
          const v = data[k];
          let z = (v - offset[j]) / scale[j];
          if (z - z !== 0) {
            // v − offset overflowed (opposite signs, both near 1e308): the same
            // value without that intermediate, when it is a finite number.
            const w = v / scale[j] - offset[j] / scale[j];
            if (w - w === 0) z = w;
          }
          to[k] = z;
        }
      }
      return target;
    },
    inverse(x, out) {
      const [m, target] = prepare(x, out, "Scaler inverse input");
      const { data } = m, to = target.data;
      for (let k = 0; k < data.length;) {
        for (let j = 0; j < cols; j++, k++) {
          const v = data[k];
          let z = v * scale[j] + offset[j];
          if (z - z !== 0) {
            // v · scale overflowed though the sum may not: the same, in halves.
            const w = (v * 0.5 * scale[j] + offset[j] * 0.5) * 2;
            if (w - w === 0) z = w;
          }
          to[k] = z;
        }
      }
      return target;
    },
    toJSON: () => ({ kind, offset: Array.from(offset), scale: Array.from(scale) }),
  };
}

/** Each column's smallest and largest value. */
function columnRanges(m: Matrix): [Float64Array, Float64Array] {
  const lo = new Float64Array(m.cols).fill(Infinity);
  const hi = new Float64Array(m.cols).fill(-Infinity);
  const { data, cols } = m;
  for (let k = 0; k < data.length;) {
    for (let j = 0; j < cols; j++, k++) {
      const v = data[k];
      if (v < lo[j]) lo[j] = v;
      if (v > hi[j]) hi[j] = v;
    }
  }
  return [lo, hi];
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
