/**
 * Replacing a file so that a crash, a kill or Ctrl-C mid-write never destroys
 * the previous one.
 *
 * @module
 */
import { describe } from "../lib/matrix.ts";
import {
  asyncFileSystem,
  bestEffort,
  checkPath,
  type FileSystem,
  messageOf,
  runAsync,
  runSync,
  step,
  type Steps,
  syncFileSystem,
} from "./_steps.ts";

const CREATE_NEW: Deno.OpenOptions = { write: true, createNew: true };
const encoder = new TextEncoder();

/**
 * Writes text to a file atomically: the chunks go to a temporary file in the
 * same folder (`.<name>.<8 hex digits>.tmp`), which is flushed to disk and then
 * renamed onto `path`. Readers see the old file or the whole new one, never a
 * part. A replaced file's permission bits carry over (except on Windows).
 *
 * @param path The file to write.
 * @param data The text, whole or as chunks from an iterable or async iterable.
 * @throws {TypeError} If `path` or `data` is of the wrong type.
 * @throws {Error} If writing fails; the message names `path` and says that the
 *   previous file, if any, is unchanged; `cause` holds the original error. The
 *   temporary file is removed.
 *
 * @example Write a file from chunks
 * ```ts
 * import { writeFileAtomic } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const dir = await Deno.makeTempDir();
 * try {
 *   await writeFileAtomic(`${dir}/notes.txt`, ["first line\n", "second line\n"]);
 *   assert.equal(await Deno.readTextFile(`${dir}/notes.txt`), "first line\nsecond line\n");
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 */
export async function writeFileAtomic(
  path: string,
  data: string | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const target = checkPath("writeFileAtomic", path);
  await runAsync(replace(target, chunksOf(data, true), asyncFileSystem));
}

/**
 * Writes text to a file atomically and synchronously, as
 * {@linkcode writeFileAtomic} does.
 *
 * @param path The file to write.
 * @param data The text, whole or as chunks from an iterable.
 * @throws {TypeError} If `path` or `data` is of the wrong type (an async iterable included).
 * @throws {Error} If writing fails; the previous file, if any, is unchanged.
 *
 * @example A failed write leaves the previous file as it was
 * ```ts
 * import { writeFileAtomicSync } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const dir = Deno.makeTempDirSync();
 * try {
 *   const path = `${dir}/settings.json`;
 *   writeFileAtomicSync(path, '{ "rate": 0.1 }\n');
 *   function* broken() {
 *     yield '{ "rate": ';
 *     throw new Error("the generator failed");
 *   }
 *   assert.throws(() => writeFileAtomicSync(path, broken()), /the previous file, if any, is unchanged/);
 *   assert.equal(Deno.readTextFileSync(path), '{ "rate": 0.1 }\n');
 * } finally {
 *   Deno.removeSync(dir, { recursive: true });
 * }
 * ```
 */
export function writeFileAtomicSync(path: string, data: string | Iterable<string>): void {
  const target = checkPath("writeFileAtomicSync", path);
  runSync(replace(target, chunksOf(data, false), syncFileSystem));
}

type Chunks = Iterator<unknown> | AsyncIterator<unknown>;

function chunksOf(data: unknown, allowAsync: boolean): Chunks {
  if (typeof data === "string") return [data][Symbol.iterator]();
  const source = Object(data);
  if (allowAsync && Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  if (data !== null && data !== undefined && Symbol.iterator in source) {
    return source[Symbol.iterator]();
  }
  const expected = allowAsync
    ? "an iterable or async iterable of strings"
    : "an iterable of strings";
  throw new TypeError(`The data to write must be a string or ${expected}, got ${describe(data)}`);
}

function* replace(path: string, chunks: Chunks, fs: FileSystem): Steps<void> {
  const temp = temporaryPath(path);
  const mode = yield* permissionBits(path, fs);
  let file: Deno.FsFile | undefined;
  let created = false;
  try {
    file = yield* step(fs.open(temp, CREATE_NEW));
    created = true;
    yield* writeChunks(file, chunks, fs);
    yield* step(fs.sync(file));
    file.close();
    file = undefined;
    if (mode !== undefined) yield* bestEffort(() => fs.chmod(temp, mode));
    yield* step(fs.rename(temp, path));
  } catch (error) {
    const open = file;
    if (open !== undefined) yield* bestEffort(() => open.close());
    if (created) yield* bestEffort(() => fs.remove(temp));
    throw new Error(
      `Could not write ${path}: ${messageOf(error)}; the previous file, if any, is unchanged`,
      { cause: error },
    );
  }
}

function* writeChunks(file: Deno.FsFile, chunks: Chunks, fs: FileSystem): Steps<void> {
  for (let index = 0;; index++) {
    const next = yield* step(chunks.next());
    if (next.done) return;
    try {
      yield* writeAll(file, encode(next.value, index), fs);
    } catch (error) {
      yield* bestEffort(() => chunks.return?.());
      throw error;
    }
  }
}

function encode(chunk: unknown, index: number): Uint8Array {
  if (typeof chunk !== "string") {
    throw new TypeError(`chunk ${index} is ${describe(chunk)}, expected a string`);
  }
  return encoder.encode(chunk);
}

function* writeAll(file: Deno.FsFile, bytes: Uint8Array, fs: FileSystem): Steps<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const written = yield* step(fs.write(file, bytes.subarray(offset)));
    if (!(written > 0)) throw new Error(`the file system accepted no bytes at offset ${offset}`);
    offset += written;
  }
}

/** The permission bits of the file being replaced, when there is one and they apply. */
function* permissionBits(path: string, fs: FileSystem): Steps<number | undefined> {
  if (Deno.build.os === "windows") return undefined;
  try {
    const info = yield* step(fs.stat(path));
    return info.isFile && info.mode !== null ? info.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

function temporaryPath(path: string): string {
  const separator = Deno.build.os === "windows" ? /[\\/](?=[^\\/]*$)/ : /\/(?=[^/]*$)/;
  const cut = path.search(separator) + 1;
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(4)), hex).join("");
  return `${path.slice(0, cut)}.${path.slice(cut)}.${suffix}.tmp`;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, "0");
}
