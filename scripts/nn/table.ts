/**
 * From CSV rows to the network's numbers. Training reads a file twice: a scan
 * collects the values of the target and categorical columns (and counts the
 * rows), then the encoder fills one preallocated input matrix and one target
 * matrix, so memory grows with the numeric data only. Evaluation and
 * prediction encode with the schema saved in the model.
 *
 * @module
 */
import { Matrix, type PredictionError } from "../../mod.ts";
import { type CsvFile, type CsvRecord, DataError, parseNumber } from "./csv.ts";
import {
  inputWidth,
  isMulticlass,
  outputWidth,
  type Schema,
  type Target,
  type Task,
} from "./schema.ts";

/** More distinct values than this, and a column cannot be a class target or a categorical feature. */
export const MAX_LEVELS = 1000;

/**
 * A numeric target is taken for class labels when its values are integers, at most this many
 * different ones, and no more than half as many as the rows (each class seen twice on average);
 * two integer values are always classes.
 */
export const MAX_INTEGER_CLASSES = 20;

/** A column's position in the header, or an error naming the flag and listing the columns. */
export function columnIndex(file: CsvFile, name: string, flag: string): number {
  const i = file.header.indexOf(name);
  if (i < 0) {
    const same = (column: string) => column.trim().toLowerCase() === name.trim().toLowerCase();
    const near = file.header.find(same);
    const hint = near === undefined ? "" : ` (did you mean "${near}"? names are case-sensitive)`;
    throw new DataError(
      `${file.path} has no column "${name}" (${flag}); its columns are: ${
        quoted(file.header)
      }${hint}`,
    );
  }
  return i;
}

/** An error about one cell: file, line, column number and name. */
export function cellError(file: CsvFile, line: number, column: number, message: string): DataError {
  return new DataError(
    `${file.path}: line ${line}, column ${column + 1} ("${file.header[column]}"): ${message}`,
  );
}

/** What the scan saw in one column. */
export interface ColumnScan {
  /** Distinct values and how often each occurs, or `null` past {@linkcode MAX_LEVELS}. */
  counts: Map<string, number> | null;
  /** The first cell that is not a finite number, or `null` when every cell is one. */
  firstText: { line: number; value: string } | null;
  /** How many cells are finite numbers. */
  numbers: number;
  /** Whether every cell that is a number is an integer. */
  integers: boolean;
}

/** What the scan saw: the number of rows, and the scanned columns by name. */
export interface Scan {
  rows: number;
  columns: Map<string, ColumnScan>;
}

/**
 * Reads the file once, collecting the distinct values of the `levels` columns
 * and checking that every cell of the `numbers` columns is a number, so that a
 * bad cell is reported before any time goes into encoding or training.
 */
export async function scanColumns(
  file: CsvFile,
  levels: readonly string[],
  numbers: readonly string[],
): Promise<Scan> {
  const scans = levels.map((name) => ({
    index: file.header.indexOf(name),
    scan: { counts: new Map(), firstText: null, numbers: 0, integers: true } as ColumnScan,
  }));
  const numeric = numbers.map((name) => file.header.indexOf(name));
  let rows = 0;
  for await (const record of file.records()) {
    rows++;
    for (const index of numeric) numberCell(file, record, index, true);
    for (const { index, scan } of scans) {
      const cell = record.fields[index];
      if (cell === "") throw emptyCell(file, record, index);
      const value = parseNumber(cell);
      if (value === undefined) {
        scan.firstText ??= { line: record.line, value: cell };
      } else {
        scan.numbers++;
        if (!Number.isInteger(value)) scan.integers = false;
      }
      if (scan.counts !== null) {
        scan.counts.set(cell, (scan.counts.get(cell) ?? 0) + 1);
        if (scan.counts.size > MAX_LEVELS) scan.counts = null;
      }
    }
  }
  return { rows, columns: new Map(levels.map((name, i) => [name, scans[i].scan])) };
}

/**
 * The classes of a scanned column: its distinct values sorted as text, or,
 * unless `asText`, for a numeric column its distinct numbers in increasing
 * order (so "1" and "1.0" are one class, named "1"). Categories are text:
 * zip codes "01" and "1" stay apart.
 */
export function classesOf(scan: ColumnScan, asText = false): string[] | null {
  if (scan.counts === null) return null;
  const values = [...scan.counts.keys()];
  if (asText || scan.firstText !== null) return values.sort();
  const numbers = [...new Set(values.map((v) => parseNumber(v)!))].sort((a, b) => a - b);
  return numbers.map(String);
}

/** The task of one target column, and why. */
interface Guess {
  task: Task;
  reason: string;
}

/**
 * The task a target's cells suggest: text is classification; integers with few different values
 * (see {@linkcode MAX_INTEGER_CLASSES}) are class labels; other numbers are a regression target. A
 * column of numbers with a few cells that are not (text, or a number too large for a float) is an
 * error naming the first such cell: it is most likely a mistake in the data.
 */
function guessTask(file: CsvFile, name: string, column: ColumnScan, rows: number): Guess {
  const count = classesOf(column)?.length;
  const values = count === undefined ? `over ${MAX_LEVELS}` : String(count);
  if (column.firstText !== null) {
    if (column.numbers * 2 <= rows) {
      return { task: "classification", reason: `target "${name}" holds text` };
    }
    const { line, value } = column.firstText;
    throw cellError(
      file,
      line,
      file.header.indexOf(name),
      `expected a number like ${column.numbers} other cells of the target, got ${
        notANumber(value)
      }; if "${name}" holds class labels, use --task classification`,
    );
  }
  if (!column.integers) {
    return {
      task: "regression",
      reason: `target "${name}" holds numbers that are not integers`,
    };
  }
  if (count !== undefined && (count <= 2 || (count <= MAX_INTEGER_CLASSES && 2 * count <= rows))) {
    return {
      task: "classification",
      reason: `target "${name}" has ${count} integer values`,
    };
  }
  const many = count === undefined || count > MAX_INTEGER_CLASSES
    ? `more than ${MAX_INTEGER_CLASSES}`
    : `more than half the ${rows} rows`;
  return {
    task: "regression",
    reason: `target "${name}" has ${values} different integer values, ${many}`,
  };
}

/**
 * The targets' task and classes, inferred from the scan unless `task` is forced, and the reason
 * for the task, for the report.
 */
export function inferTargets(
  file: CsvFile,
  scan: Scan,
  names: readonly string[],
  task: Task | "auto",
): { task: Task; reason: string; targets: Target[] } {
  const guessed = names.map((name) => {
    const column = scan.columns.get(name)!;
    const guess: Guess = task === "auto"
      ? guessTask(file, name, column, scan.rows)
      : { task, reason: `--task ${task}` };
    return { name, column, classes: classesOf(column), ...guess };
  });
  const kinds = new Set(guessed.map((g) => g.task));
  if (kinds.size > 1) {
    const of = (kind: Task) => guessed.filter((g) => g.task === kind).map((g) => g.name).join(", ");
    throw new DataError(
      `${file.path}: --target mixes classification (${of("classification")}) with regression ` +
        `(${of("regression")}); train one model for each, or force one with --task`,
    );
  }
  const chosen = guessed[0].task;
  const targets = guessed.map(({ name, column, classes }): Target => {
    if (chosen === "regression") {
      if (column.firstText !== null) {
        const { line, value } = column.firstText;
        throw cellError(
          file,
          line,
          file.header.indexOf(name),
          `expected a number for regression, got ${notANumber(value)}`,
        );
      }
      return { name };
    }
    if (classes === null) {
      throw new DataError(
        `${file.path}: target "${name}" has more than ${MAX_LEVELS} different values, ` +
          "too many for classes; is it a numeric column (use --task regression)?",
      );
    }
    if (classes.length < 2) {
      throw new DataError(
        `${file.path}: target "${name}" has a single class ("${classes[0]}") in all ${scan.rows} ` +
          "rows; a classifier needs at least two" +
          (task === "auto" && parseNumber(classes[0]) !== undefined
            ? " (if it is a number to predict, --task regression treats it as one)"
            : ""),
      );
    }
    if (names.length > 1 && classes.length > 2) {
      throw new DataError(
        `${file.path}: target "${name}" has ${classes.length} classes; with several targets ` +
          "each must have exactly two (or all be numeric); train one model per target",
      );
    }
    return { name, classes };
  });
  // Numbers could be read either way; text can only be classes.
  const numeric = guessed.every((g) => g.column.firstText === null);
  const other = chosen === "regression" ? "classification" : "regression";
  const reason = task !== "auto" ? guessed[0].reason : guessed.map((g) => g.reason).join("; ") +
    (numeric ? `; use --task ${other} to override` : "");
  return { task: chosen, reason, targets };
}

/** Class counts of a classification target, in class order. */
export function classCounts(scan: ColumnScan, classes: readonly string[]): number[] {
  const classIndex = classLookup(classes);
  const counts = new Array(classes.length).fill(0);
  for (const [value, n] of scan.counts ?? []) counts[classIndex(value)] += n;
  return counts;
}

/**
 * A cell's class index by exact name or, when every class is a number, by
 * number ("1.0" is class "1"); -1 when unknown.
 */
function classLookup(classes: readonly string[]): (cell: string) => number {
  const index = new Map(classes.map((c, k) => [c, k]));
  const numeric = classes.every((c) => parseNumber(c) !== undefined);
  return (cell) => {
    const exact = index.get(cell);
    if (exact !== undefined || !numeric) return exact ?? -1;
    const n = parseNumber(cell);
    return n === undefined ? -1 : index.get(String(n)) ?? -1;
  };
}

/** Writes a row's network inputs or targets at `at`. */
export type RowEncoder = (record: CsvRecord, out: Float64Array, at: number) => void;

/** The input encoder of a schema for a file's columns (found by name). */
export function featureEncoder(file: CsvFile, schema: Schema): RowEncoder {
  const parts = schema.features.map((feature) => {
    const index = columnIndex(file, feature.name, "a feature of the model");
    const categories = feature.categories;
    if (categories === undefined) {
      return (record: CsvRecord, out: Float64Array, at: number) => {
        out[at] = numberCell(file, record, index, false);
        return 1;
      };
    }
    const codes = new Map(categories.map((c, i) => [c, i]));
    return (record: CsvRecord, out: Float64Array, at: number) => {
      const cell = record.fields[index];
      const code = codes.get(cell);
      if (code === undefined) {
        throw cell === "" ? emptyCell(file, record, index) : cellError(
          file,
          record.line,
          index,
          `unknown category "${cell}"; the model knows ${quoted(categories)}`,
        );
      }
      out.fill(0, at, at + categories.length);
      out[at + code] = 1;
      return categories.length;
    };
  });
  return (record, out, at) => {
    for (const part of parts) at += part(record, out, at);
  };
}

/** The target encoder of a schema: numbers, a 0/1 per binary target, or one-hot classes. */
export function targetEncoder(file: CsvFile, schema: Schema): RowEncoder {
  const width = outputWidth(schema);
  const parts = schema.targets.map((target, t) => {
    const index = columnIndex(file, target.name, "a target of the model");
    const classes = target.classes;
    if (classes === undefined) {
      return (record: CsvRecord, out: Float64Array, at: number) => {
        out[at + t] = numberCell(file, record, index, false);
      };
    }
    const multiclass = isMulticlass(schema);
    const classIndex = classLookup(classes);
    return (record: CsvRecord, out: Float64Array, at: number) => {
      const cell = record.fields[index];
      const k = classIndex(cell);
      if (k < 0) {
        throw cell === "" ? emptyCell(file, record, index) : cellError(
          file,
          record.line,
          index,
          `unknown class "${cell}"; the model knows ${quoted(classes)}`,
        );
      }
      if (multiclass) {
        out.fill(0, at, at + width);
        out[at + k] = 1;
      } else {
        out[at + t] = k;
      }
    };
  });
  return (record, out, at) => {
    for (const part of parts) part(record, out, at);
  };
}

/** A file's inputs and targets, encoded by `schema`, and the line where each row starts. */
export interface Encoded {
  x: Matrix;
  y: Matrix;
  lines: number[];
}

/**
 * Encodes every row of a file with its targets. `rows`, when known from a scan, sizes the
 * matrices exactly; otherwise they grow by doubling.
 */
export async function encodeFile(
  file: CsvFile,
  schema: Schema,
  rows = 1024,
): Promise<Encoded> {
  const inputs = inputWidth(schema), outputs = outputWidth(schema);
  const features = featureEncoder(file, schema);
  const targets = targetEncoder(file, schema);
  let x = new Float64Array(rows * inputs), y = new Float64Array(rows * outputs);
  let n = 0;
  const lines: number[] = [];
  for await (const record of file.records()) {
    if (n * inputs === x.length) {
      x = grown(x);
      y = grown(y);
    }
    features(record, x, n * inputs);
    targets(record, y, n * outputs);
    lines.push(record.line);
    n++;
  }
  return {
    x: new Matrix(n, inputs, x.length === n * inputs ? x : x.slice(0, n * inputs)),
    y: new Matrix(n, outputs, y.length === n * outputs ? y : y.slice(0, n * outputs)),
    lines,
  };
}

/**
 * A prediction that is not finite, as an error naming the file and the line of
 * the row it was for (a model cannot be retrained at prediction time, so the
 * advice is about the row).
 */
export function predictionFailure(file: CsvFile, line: number, error: PredictionError): DataError {
  return new DataError(
    `${file.path}: line ${line}: the model's prediction for this row is ${error.value}, ` +
      "not a finite number; its inputs are probably far outside the range of the training data",
    { cause: error },
  );
}

function grown(data: Float64Array): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(Math.max(16, data.length * 2));
  bigger.set(data);
  return bigger;
}

/** A cell's number; with `hint`, a text cell's error suggests `--categorical`. */
function numberCell(file: CsvFile, record: CsvRecord, index: number, hint: boolean): number {
  const cell = record.fields[index];
  const value = parseNumber(cell);
  if (value !== undefined) return value;
  if (cell === "") throw emptyCell(file, record, index);
  const shown = notANumber(cell);
  // Text, not a number written oddly: it may belong to a text column.
  const advice = hint && shown === JSON.stringify(cell)
    ? ` (to one-hot encode a text column, add --categorical ${file.header[index]})`
    : "";
  throw cellError(file, record.line, index, `expected a number, got ${shown}${advice}`);
}

/**
 * A cell that is not a finite number, quoted, with why when it looks like one: `"1e400", which is
 * too large for a 64-bit float`, `"NaN", which is not a finite number`, `"1,5", which has a
 * decimal comma: write 1.5`.
 */
function notANumber(cell: string): string {
  const text = JSON.stringify(cell), trimmed = cell.trim();
  if (/^[+-]?(nan|inf|infinity)$/i.test(trimmed)) return `${text}, which is not a finite number`;
  const overflows = /^[+-]?[\d.]+(e[+-]?\d+)?$/i.test(trimmed) && !Number.isFinite(Number(trimmed));
  if (overflows) return `${text}, which is too large for a 64-bit float`;
  const decimalComma = /^[+-]?\d+,\d+$/.test(trimmed);
  return decimalComma
    ? `${text}, which has a decimal comma: write ${trimmed.replace(",", ".")}`
    : text;
}

function emptyCell(file: CsvFile, record: CsvRecord, index: number): DataError {
  return cellError(
    file,
    record.line,
    index,
    "the cell is empty; nn needs a value in every cell it uses",
  );
}

/** Up to 20 values, each as a JSON string. */
function quoted(values: readonly string[]): string {
  const shown = values.slice(0, 20).map((v) => JSON.stringify(v)).join(", ");
  return values.length > 20 ? `${shown} and ${values.length - 20} more` : shown;
}
