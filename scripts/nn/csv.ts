/**
 * Streaming CSV reading for the command-line trainer: a file's header is read and checked when it
 * is opened, and its rows are parsed as they are read, so a large file is never held in memory.
 * A pipe, a FIFO or a device such as `/dev/stdin` can be read only once, so its bytes are read
 * into memory when it is opened, and every pass reads them there. The bytes must be UTF-8: the
 * first that is not is an error naming its line.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { pipeline, Readable, Transform } from "node:stream";
import { CsvError, type InfoRecord, type Options, parse } from "npm:csv-parse@^7";

/**
 * A problem with a data file; the message starts with the file's path, then the line (and column)
 * when known.
 */
export class DataError extends Error {
  override name = "DataError";
}

/** One data row: its fields, and the 1-based line of the file where the row starts. */
export interface CsvRecord {
  /** The row's fields, trimmed of spaces outside quotes. */
  readonly fields: readonly string[];
  /** The physical line where the row starts, counting the header as line 1 and blank lines too. */
  readonly line: number;
}

/**
 * Where a file's bytes come from: the file itself, read again for every pass, or for a pipe, a
 * FIFO or a device, its bytes read once.
 */
interface Source {
  readonly path: string;
  readonly bytes: Uint8Array | null;
}

/** An opened CSV file: its header is read, its rows are streamed on demand. */
export interface CsvFile {
  /** The path as given. */
  readonly path: string;
  /** The delimiter given, or the one detected. */
  readonly delimiter: string;
  /** Column names from line 1 (BOM stripped, trimmed). */
  readonly header: readonly string[];
  /**
   * Streams the data rows (each call reads the file again from the start). Throws DataError at the
   * end if there were no data rows.
   */
  records(): AsyncGenerator<CsvRecord>;
}

const SAMPLE_BYTES = 64 * 1024;
/** Chunks of bytes held in memory are passed to the parser this large, as a file is read. */
const CHUNK_BYTES = 64 * 1024;
const MAX_ROW_BYTES = 16 * 1024 * 1024;
const CANDIDATES = [",", ";", "\t", "|"];
const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  pipe: "|",
  "\\t": "\t",
};
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const LINE_BREAK = /\r\n?|\n/g;
const CR = 13;
const LF = 10;

/**
 * Opens a CSV file: checks it exists and is not empty, detects the delimiter unless given, reads
 * and checks the header. Problems with the file throw {@linkcode DataError}.
 */
export async function openCsv(
  path: string,
  options: { delimiter?: string } = {},
): Promise<CsvFile> {
  const source = await openSource(path);
  const delimiter = options.delimiter === undefined
    ? detectDelimiter(await readSample(source))
    : checkDelimiter(options.delimiter);
  const header = await readHeader(source, delimiter);
  return { path, delimiter, header, records: () => dataRecords(source, delimiter) };
}

/**
 * The delimiter most frequent outside quotes in the first line of `sample` among , ; \t | (ties and
 * none → ","). A BOM and blank lines at the start are skipped.
 */
export function detectDelimiter(sample: string): string {
  const counts = new Map(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of fromFirstLine(sample)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    else if (!quoted && (char === "\n" || char === "\r")) break;
  }
  const [best, ...rest] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 && best[1] > rest[0][1] ? best[0] : ",";
}

/**
 * The value of a `--delimiter` flag: a single character, or the names "tab", "comma", "semicolon",
 * "pipe", or the two characters "\t". Throws RangeError otherwise, and for a double quote or a line
 * break.
 */
export function parseDelimiter(text: string): string {
  return checkDelimiter(DELIMITER_NAMES[text.toLowerCase()] ?? text);
}

/**
 * A cell as a number: decimal or scientific notation with optional sign, surrounding spaces allowed
 * ("1", "-2.5", ".5", "1e-3", " 3 "). Anything else ("", "NaN", "Infinity", "0x10", "1,5", "12abc",
 * or "1e999", which overflows) gives undefined.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function checkDelimiter(delimiter: string): string {
  if ([...delimiter].length !== 1) {
    throw new RangeError(
      `--delimiter must be one character (or tab, comma, semicolon, pipe), got ${
        JSON.stringify(delimiter)
      }`,
    );
  }
  if (delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
    throw new RangeError(
      `--delimiter cannot be a double quote or a line break, got ${JSON.stringify(delimiter)}`,
    );
  }
  return delimiter;
}

/** The sample from its first line that is not blank, without a BOM. */
function fromFirstLine(sample: string): string {
  return sample.replace(/^\uFEFF/, "").replace(/^(?:[ \t]*(?:\r\n?|\n))+/, "");
}

/**
 * Checks that `path` is a file with something in it. A regular file is read again for each pass;
 * anything else that is not a folder (a pipe, a FIFO, `/dev/stdin`) is read into memory now,
 * since it can be read only once.
 */
async function openSource(path: string): Promise<Source> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError(`${path}: is a directory, not a CSV file`);
    if (info.isFile()) {
      if (info.size === 0) throw emptyFile(path);
      return { path, bytes: null };
    }
    const bytes = await readFile(path);
    if (bytes.length === 0) {
      throw new DataError(`${path}: nothing to read (the pipe or device gave no data)`);
    }
    return { path, bytes };
  } catch (error) {
    throw error instanceof DataError ? error : readError(path, error);
  }
}

/** The source's bytes from `start` up to (not including) `end`, as a stream. */
function byteStream(source: Source, start = 0, end = Infinity): Readable {
  const { path, bytes } = source;
  if (bytes === null) {
    return createReadStream(path, Number.isFinite(end) ? { start, end: end - 1 } : { start });
  }
  const last = Math.min(end, bytes.length);
  return Readable.from(
    (function* () {
      for (let at = start; at < last; at += CHUNK_BYTES) {
        const chunk = bytes.subarray(at, Math.min(at + CHUNK_BYTES, last));
        yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      }
    })(),
    { objectMode: false },
  );
}

async function readSample(source: Source): Promise<string> {
  if (source.bytes !== null) {
    return new TextDecoder().decode(source.bytes.subarray(0, SAMPLE_BYTES));
  }
  try {
    const file = await open(source.path);
    try {
      const { buffer, bytesRead } = await file.read(new Uint8Array(SAMPLE_BYTES), 0, SAMPLE_BYTES);
      return new TextDecoder().decode(buffer.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
  } catch (error) {
    throw readError(source.path, error);
  }
}

async function readHeader(source: Source, delimiter: string): Promise<readonly string[]> {
  const { path } = source;
  const rows = readRows(source, delimiter, 1);
  try {
    const first = await rows.next();
    if (first.done) throw emptyFile(path);
    const header = first.value.fields.map((name) => name.trim());
    checkHeader(path, header, first.value.line);
    return header;
  } finally {
    await rows.return(undefined);
  }
}

function checkHeader(path: string, fields: readonly string[], line: number): void {
  const seen = new Map<string, number>();
  fields.forEach((name, index) => {
    if (name === "") {
      throw new DataError(`${path}: line ${line}, column ${index + 1}: the column has no name`);
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      throw new DataError(
        `${path}: line ${line}: column ${
          JSON.stringify(name)
        } appears twice (columns ${earlier} and ${index + 1})`,
      );
    }
    seen.set(name, index + 1);
  });
}

async function* dataRecords(source: Source, delimiter: string): AsyncGenerator<CsvRecord> {
  let count = 0;
  for await (const record of readRows(source, delimiter)) {
    if (count++ > 0) yield record;
  }
  if (count < 2) throw new DataError(`${source.path}: no data rows after the header`);
}

/** Where the parser stands: the last row's end line and end byte, and csv-parse's counts so far. */
interface Position {
  end: number;
  bytes: number;
  emptyLines: number;
  /** How far csv-parse's line count runs ahead (it counts "\r\n" inside quotes as two lines). */
  extraLines: number;
  fieldCount: number;
}

/** Every row of the file, the header included; `limit` stops after that many rows. */
async function* readRows(
  source: Source,
  delimiter: string,
  limit = -1,
): AsyncGenerator<CsvRecord> {
  const at: Position = { end: 0, bytes: 0, emptyLines: 0, extraLines: 0, fieldCount: 0 };
  const bytes = byteStream(source);
  const options: Options<CsvRecord, string[]> = {
    bom: true,
    delimiter,
    trim: true,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_BYTES,
    to: limit,
    on_record: (fields, info) => advance(at, fields, info),
  };
  // csv-parse's types let `on_record` change the record's type only together with `columns`.
  const parser = parse(options as unknown as Options);
  pipeline(bytes, utf8Checked(source.path), parser, () => {});
  try {
    yield* parser as AsyncIterable<CsvRecord>;
  } catch (error) {
    throw await translate(source, error, at);
  } finally {
    await close(bytes);
  }
}

/**
 * A pass-through stream that fails with a {@linkcode DataError} at the first byte that is not
 * part of well-formed UTF-8 (overlong forms, surrogates and code points past U+10FFFF included),
 * naming the line it is on.
 */
function utf8Checked(path: string): Transform {
  let line = 1, previous = 0, offset = 0;
  // Inside a character: its first byte and where it is, the continuation bytes still expected,
  // and the range the next one must lie in.
  let lead = 0, start = 0, needed = 0, low = 0x80, high = 0xbf;
  const fail = (byte: number, at: number) =>
    new DataError(
      `${path}: line ${line}: byte ${at + 1} of the file (0x${
        byte.toString(16).toUpperCase().padStart(2, "0")
      }) is not valid UTF-8; nn reads UTF-8 text: convert the file first, ` +
        `for example with iconv -f latin1 -t utf-8 ${path} > converted.csv`,
    );
  return new Transform({
    transform(chunk: Uint8Array, _encoding, done) {
      for (let i = 0; i < chunk.length; i++, offset++) {
        const byte = chunk[i];
        if (needed > 0) {
          if (byte < low || byte > high) return done(fail(lead, start));
          needed--;
          low = 0x80;
          high = 0xbf;
          continue;
        }
        if (byte < 0x80) {
          if (byte === CR || (byte === LF && previous !== CR)) line++;
          previous = byte;
          continue;
        }
        previous = byte;
        lead = byte;
        start = offset;
        if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
        else if (byte >= 0xe0 && byte <= 0xef) needed = 2;
        else if (byte >= 0xf0 && byte <= 0xf4) needed = 3;
        else return done(fail(byte, offset));
        if (byte === 0xe0) low = 0xa0; // no overlong three-byte forms
        if (byte === 0xed) high = 0x9f; // no surrogates
        if (byte === 0xf0) low = 0x90; // no overlong four-byte forms
        if (byte === 0xf4) high = 0x8f; // nothing past U+10FFFF
      }
      done(null, chunk);
    },
    flush(done) {
      done(needed > 0 ? fail(lead, start) : null);
    },
  });
}

function advance(at: Position, fields: string[], info: InfoRecord): CsvRecord {
  const line = nextLine(at, info.empty_lines);
  if (at.end === 0) at.fieldCount = fields.length;
  at.end = line + lineBreaks(fields);
  at.bytes = info.bytes;
  at.emptyLines = info.empty_lines;
  at.extraLines = info.lines - at.end;
  return { fields, line };
}

/** The line where the next row starts, given csv-parse's count of blank lines when it ends. */
function nextLine(at: Position, emptyLines: number): number {
  return at.end + 1 + emptyLines - at.emptyLines;
}

function lineBreaks(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) count += field.match(LINE_BREAK)?.length ?? 0;
  return count;
}

async function close(source: Readable): Promise<void> {
  if (source.closed) return;
  const closed = new Promise<void>((resolve) => source.once("close", () => resolve()));
  source.destroy();
  await closed;
}

async function translate(source: Source, error: unknown, at: Position): Promise<DataError> {
  const { path } = source;
  if (error instanceof DataError) return error;
  if (!(error instanceof CsvError)) return readError(path, error);
  const info = error as CsvError & InfoRecord & { record?: string[] };
  const options = { cause: error };
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const line = nextLine(at, info.empty_lines);
      const fields = info.record?.length ?? 0;
      const message = `line ${line} has ${fields} fields, the header has ${at.fieldCount}`;
      return new DataError(`${path}: ${message}`, options);
    }
    case "CSV_QUOTE_NOT_CLOSED": {
      const line = await openingQuoteLine(source, at, info);
      return new DataError(`${path}: line ${line}: a quoted field is never closed`, options);
    }
    case "CSV_MAX_RECORD_SIZE": {
      const line = nextLine(at, info.empty_lines);
      return new DataError(`${path}: line ${line}: ${reason(error)}`, options);
    }
    default: {
      const line = info.lines - at.extraLines;
      return new DataError(`${path}: line ${line}: ${reason(error)}`, options);
    }
  }
}

/**
 * csv-parse's message, first letter lowercased, without its own "at line N" (which counts a line
 * break inside quotes twice when it is "\r\n").
 */
function reason(error: CsvError): string {
  const message = error.message.replace(/ (?:at|on) line \d+/, "");
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/**
 * The line where the unclosed quote opened: csv-parse only reports the last line of the file, and
 * the byte after the last delimiter before the quote, so the line breaks from the end of the last
 * complete row up to that byte are counted in the file itself.
 */
async function openingQuoteLine(source: Source, at: Position, info: InfoRecord): Promise<number> {
  const rowStart = nextLine(at, info.empty_lines);
  if (info.bytes <= at.bytes) return rowStart;
  try {
    return Math.max(rowStart, at.end + 1 + await countLineBreaks(source, at.bytes, info.bytes));
  } catch {
    return rowStart;
  }
}

/** The line breaks ("\r\n", "\n" or "\r") in the bytes from `start` up to (not including) `end`. */
async function countLineBreaks(source: Source, start: number, end: number): Promise<number> {
  let count = 0;
  let previous = 0;
  for await (const chunk of byteStream(source, start, end)) {
    for (const byte of chunk as Uint8Array) {
      if (byte === CR || (byte === LF && previous !== CR)) count++;
      previous = byte;
    }
  }
  return count;
}

function readError(path: string, error: unknown): DataError {
  const code = (error as { code?: unknown } | null)?.code;
  const options = { cause: error };
  if (code === "ENOENT") return new DataError(`${path}: no such file`, options);
  if (code === "EISDIR") return new DataError(`${path}: is a directory, not a CSV file`, options);
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError(`${path}: cannot read the file: ${reason}`, options);
}

function emptyFile(path: string): DataError {
  return new DataError(`${path}: the file is empty`);
}
