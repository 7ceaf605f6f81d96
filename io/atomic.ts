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

const encoder = new TextEncoder();

/**
 * Writes text to a file atomically: the chunks go to a temporary file in the
 * same folder (`.<name>.tmp`, one per target, locked while in use), which is
 * flushed to disk and then renamed onto `path`, and the folder flushed. Readers
 * see the old file or the whole new one, never a part; a save killed mid-way
 * leaves the temporary file, which the next save of `path` reuses. A replaced
 * file's permission bits carry over (except on Windows), and a symbolic link
 * is written through (its target is replaced, the link kept).
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

/** Chunks of text to write. */
export type Chunks = Iterator<unknown> | AsyncIterator<unknown>;

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

/**
 * The procedure of {@linkcode writeFileAtomic}: the chunks go to the target's
 * one temporary file, `.<name>.tmp`, held under an exclusive lock; it is
 * flushed, renamed onto the target, and the folder flushed. A writer killed
 * mid-way leaves that file and releases its lock, and the next save of the
 * same target reuses it, so leftovers never pile up; two saves of one target
 * take turns. A symbolic link is written through: its target is replaced.
 */
export function* replace(path: string, chunks: Chunks, fs: FileSystem): Steps<void> {
  const target = yield* throughLinks(path, fs);
  const temp = temporaryPath(target);
  const mode = yield* permissionBits(target, fs);
  let file: Deno.FsFile | undefined;
  try {
    file = yield* lockedFile(temp, fs);
    yield* step(fs.truncate(file));
    yield* writeChunks(file, chunks, fs);
    yield* step(fs.sync(file));
    if (mode !== undefined) yield* bestEffort(() => fs.chmod(temp, mode));
    yield* step(fs.rename(temp, target));
    const renamed = file;
    file = undefined;
    yield* syncFolder(target, fs);
    renamed.close();
  } catch (error) {
    const open = file;
    if (open !== undefined) {
      yield* bestEffort(() => fs.remove(temp)); // ours: we hold its lock
      yield* bestEffort(() => open.close());
    }
    const shown = target === path ? path : `${path} (a link to ${target})`;
    throw new Error(
      `Could not write ${shown}: ${messageOf(error)}; the previous file, if any, is unchanged`,
      { cause: error },
    );
  }
}

/** How often {@linkcode lockedFile} opens the temporary file again after another writer renamed it. */
const LOCK_ATTEMPTS = 100;

/**
 * `temp`, opened (created if need be) and locked, once it is sure that the
 * lock is on the file the path still names: a writer that held the lock before
 * may have renamed that file onto the target meanwhile.
 */
function* lockedFile(temp: string, fs: FileSystem): Steps<Deno.FsFile> {
  for (let attempt = 1;; attempt++) {
    const file = yield* step(fs.open(temp, { write: true, create: true }));
    try {
      yield* step(fs.lock(file));
      const held = yield* step(fs.fileInfo(file));
      const named = yield* step(fs.stat(temp));
      if (held.ino === null || (held.ino === named.ino && held.dev === named.dev)) return file;
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) {
        yield* bestEffort(() => file.close());
        throw error;
      }
    }
    file.close();
    if (attempt === LOCK_ATTEMPTS) {
      throw new Error(`${temp} was replaced ${LOCK_ATTEMPTS} times while this save waited for it`);
    }
  }
}

/** The file a write of `path` replaces: `path`, or the end of the chain of links it names. */
function* throughLinks(path: string, fs: FileSystem): Steps<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let info: Deno.FileInfo;
    try {
      info = yield* step(fs.lstat(current));
    } catch {
      return current; // nothing there yet: a new file
    }
    if (!info.isSymlink) return current;
    try {
      return yield* step(fs.realPath(current));
    } catch {
      // A dangling link: follow it by hand to the file it will create.
      const link = yield* step(fs.readLink(current));
      current = isAbsolute(link) ? link : `${folderOf(current)}${link}`;
    }
  }
  throw new Error(`${path}: too many levels of symbolic links`);
}

/** Flushes the folder that holds `path`, so that the rename itself survives a power cut. */
function* syncFolder(path: string, fs: FileSystem): Steps<void> {
  if (Deno.build.os === "windows") return; // folders cannot be opened there
  const folder = folderOf(path) || "./";
  const handle = yield* step(fs.open(folder, { read: true }));
  try {
    yield* step(fs.sync(handle));
  } finally {
    handle.close();
  }
}

function isAbsolute(path: string): boolean {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path);
}

/** The folder part of `path`, with its trailing separator, or `""`. */
function folderOf(path: string): string {
  const separator = Deno.build.os === "windows" ? /[\\/](?=[^\\/]*$)/ : /\/(?=[^/]*$)/;
  return path.slice(0, path.search(separator) + 1);
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
  const folder = folderOf(path);
  return `${folder}.${path.slice(folder.length)}.tmp`;
}
