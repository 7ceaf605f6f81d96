/**
 * The library's matrix: a row-major `Float64Array` with its shape.
 *
 * Samples are rows and features are columns throughout, so a layer computes
 * `Z = X·W + b` with `W` of shape inputs × outputs.
 *
 * @module
 */
import { formatCells } from "./format_cells.ts";
import { JUPYTER_DISPLAY, matrixTable, type MediaBundle } from "./display.ts";

/** Anything accepted where a matrix is expected: a {@linkcode Matrix} or rows of numbers. */
export type MatrixLike = Matrix | ArrayLike<ArrayLike<number>>;

/**
 * A dense row-major matrix of float64 values.
 *
 * Element `(i, j)` lives at `data[i * cols + j]`. Printing a matrix shows it in
 * NumPy's style, and {@linkcode Matrix.prototype.toArray} turns it into nested arrays.
 *
 * @example Build, read and print a matrix
 * ```ts
 * import { Matrix } from "@backprop/core";
 * import assert from "node:assert/strict";
 *
 * const m = Matrix.from([[1, 2, 3], [4, 5, 6]]);
 * assert.equal(m.get(1, 2), 6);
 * assert.deepEqual(m.toArray(), [[1, 2, 3], [4, 5, 6]]);
 * assert.equal(m.toString(), "[[1 2 3]\n [4 5 6]]");
 * ```
 */
export class Matrix {
  /** Number of rows (samples). */
  readonly rows: number;
  /** Number of columns (features). */
  readonly cols: number;
  /** The values, row after row; its length is `rows * cols`. */
  readonly data: Float64Array;

  /**
   * Wraps `data` (not copied) as a `rows` × `cols` matrix, or allocates zeros.
   *
   * @param rows Number of rows, a non-negative integer.
   * @param cols Number of columns, a non-negative integer.
   * @param data Values in row-major order; a new zero-filled array when omitted.
   * @throws {RangeError} If the shape is not two non-negative integers or `data` has another length.
   * @throws {TypeError} If `data` is not a `Float64Array`.
   */
  constructor(rows: number, cols: number, data?: Float64Array) {
    if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
      throw new RangeError(
        `Matrix shape must be two non-negative integers, got ${rows} × ${cols}`,
      );
    }
    if (data !== undefined && !(data instanceof Float64Array)) {
      // One array type keeps every kernel monomorphic: V8 slows down a loop
      // that has seen two typed-array types.
      throw new TypeError(`Matrix data must be a Float64Array, got ${typeName(data)}`);
    }
    if (data !== undefined && data.length !== rows * cols) {
      throw new RangeError(
        `Matrix data has ${data.length} values, expected ${rows} × ${cols} = ${rows * cols}`,
      );
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }

  /**
   * Copies nested arrays (or another matrix) into a new matrix.
   *
   * @param values Rows of equal length.
   * @param name What the values are, for error messages (`"X"`, `"Y"`).
   * @returns A new matrix.
   * @throws {TypeError} If the input is not rows of numbers, or a value is not finite.
   * @throws {RangeError} If the rows differ in length.
   */
  static from(values: MatrixLike, name = "matrix"): Matrix {
    if (values instanceof Matrix) {
      assertFinite(values, name);
      return new Matrix(values.rows, values.cols, values.data.slice());
    }
    if (values === null || typeof values !== "object" || typeof values.length !== "number") {
      throw new TypeError(
        `${name} must be a Matrix or an array of rows, got ${describe(values)}`,
      );
    }
    const rows = values.length;
    const first = rows > 0 ? values[0] : [];
    if (first === null || typeof first !== "object" || typeof first.length !== "number") {
      throw new TypeError(`${name} row 0 must be an array of numbers, got ${describe(first)}`);
    }
    const cols = first.length;
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      const row = values[i];
      if (row === null || typeof row !== "object" || typeof row.length !== "number") {
        throw new TypeError(`${name} row ${i} must be an array of numbers, got ${describe(row)}`);
      }
      if (row.length !== cols) {
        throw new RangeError(`${name} row ${i} has ${row.length} columns, expected ${cols}`);
      }
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new TypeError(
            `${name} has a non-finite value at row ${i}, column ${j}: ${describe(v)}`,
          );
        }
        data[i * cols + j] = v;
      }
    }
    return new Matrix(rows, cols, data);
  }

  /** Value at row `i`, column `j`. */
  get(i: number, j: number): number {
    return this.data[i * this.cols + j];
  }

  /** A copy of row `i` as a plain array. */
  row(i: number): number[] {
    return Array.from(this.data.slice(i * this.cols, (i + 1) * this.cols));
  }

  /** The values as nested arrays, one per row. */
  toArray(): number[][] {
    const out: number[][] = [];
    for (let i = 0; i < this.rows; i++) out.push(this.row(i));
    return out;
  }

  /** A deep copy. */
  clone(): Matrix {
    return new Matrix(this.rows, this.cols, this.data.slice());
  }

  /**
   * The values as NumPy prints an array: integers when every value is one;
   * otherwise up to 8 decimals with trailing zeros dropped and columns aligned,
   * or scientific notation when the magnitudes call for it (NumPy's rule: a
   * nonzero value below 1e-4, one of 1e8 or more, or a ratio over 1000).
   */
  toString(): string {
    if (this.rows === 0) return "[]";
    const cells = formatCells(this.data);
    const lines: string[] = [];
    for (let i = 0; i < this.rows; i++) {
      const row = cells.slice(i * this.cols, (i + 1) * this.cols);
      lines.push(`${i === 0 ? "[[" : " ["}${row.join(" ")}]`);
    }
    return `${lines.join("\n")}]`;
  }

  /** Deno's console.log hook. */
  [Symbol.for("Deno.customInspect")](): string {
    return this.toString();
  }

  /** Node's console.log hook. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }

  /** Jupyter's display hook (Deno's kernel): an HTML table, elided when large, and the text. */
  [JUPYTER_DISPLAY](): MediaBundle {
    return { "text/plain": this.toString(), "text/html": matrixTable(this) };
  }
}

/** Rows `start … start + rows − 1` of `m`, as a view that shares its storage (see {@linkcode subview}). */
export function rowView(m: Matrix, start: number, rows: number): Matrix {
  return new Matrix(rows, m.cols, subview(m.data, start * m.cols, (start + rows) * m.cols));
}

/** Makes a counted view `begin … end − 1` of an array of a memory whose owner frees blocks. */
export type ViewMaker = (data: Float64Array, begin: number, end: number) => Float64Array;

/** The view makers of memories that free blocks, by their buffer. */
const viewMakers = new WeakMap<ArrayBufferLike, ViewMaker>();

/**
 * Declares that arrays over `buffer` are blocks of a memory that frees a block
 * once no view of it is reachable: {@linkcode subview} then asks `maker` for
 * every view of them, so that the owner counts it.
 */
export function countViews(buffer: ArrayBufferLike, maker: ViewMaker): void {
  viewMakers.set(buffer, maker);
}

/**
 * `data.subarray(begin, end)`, counted by the owner of `data`'s memory when it
 * frees blocks (the WebAssembly kernels' memory, see {@linkcode countViews}):
 * the block then lives as long as this view, not only as long as `data`. The
 * library makes every lasting view of its arrays here, never with `subarray`.
 */
export function subview(data: Float64Array, begin: number, end: number): Float64Array {
  const maker = viewMakers.get(data.buffer);
  return maker === undefined ? data.subarray(begin, end) : maker(data, begin, end);
}

/**
 * Converts a matrix-like value to a {@linkcode Matrix} without copying one that already is.
 *
 * @param values A matrix or rows of numbers.
 * @param name What the values are, for error messages.
 * @returns The matrix.
 */
export function toMatrix(values: MatrixLike, name = "matrix"): Matrix {
  if (values instanceof Matrix) {
    assertFinite(values, name);
    return values;
  }
  return Matrix.from(values, name);
}

function assertFinite(m: Matrix, name: string): void {
  const { data, cols } = m;
  const k = firstNonFinite(data);
  if (k < 0) return;
  const i = Math.floor(k / cols);
  throw new TypeError(
    `${name} has a non-finite value at row ${i}, column ${k - i * cols}: ${data[k]}`,
  );
}

/** The index of the first NaN or ±Infinity in `data`, or −1. */
export function firstNonFinite(data: Float64Array): number {
  // A NaN or an infinity makes the sum non-finite, so a finite sum clears all
  // values at once; only a non-finite one (perhaps mere overflow) needs a scan.
  if (Number.isFinite(sum(data))) return -1;
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(data[k])) return k;
  return -1;
}

/** The sum of `data`, in four interleaved partial sums (for speed, not accuracy). */
export function sum(data: Float64Array): number {
  const n = data.length, n4 = n - (n & 3);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let k = 0; k < n4; k += 4) {
    s0 += data[k];
    s1 += data[k + 1];
    s2 += data[k + 2];
    s3 += data[k + 3];
  }
  for (let k = n4; k < n; k++) s0 += data[k];
  return s0 + s1 + s2 + s3;
}

function typeName(v: unknown): string {
  if (v === null || typeof v !== "object") return describe(v);
  return v.constructor?.name ?? "an object";
}

/** A short description of an unexpected value, for error messages. */
export function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === "object") return "an object";
  return String(v);
}
