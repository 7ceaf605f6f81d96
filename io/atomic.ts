/**
 * Replacing a file so that a crash, a kill or Ctrl-C mid-write never destroys
 * the previous one.
 *
 * @module
 */
import { describe } from "../lib/primitives/matrix.ts";
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
 * @param data The text or bytes, whole or as chunks from an iterable or async iterable.
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
  data: string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>,
): Promise<void> {
  const target = checkPath("writeFileAtomic", path);
  await runAsync(replace(target, chunksOf(data, true), asyncFileSystem));
}

/**
 * Writes text to a file atomically and synchronously, as
 * {@linkcode writeFileAtomic} does.
 *
 * @param path The file to write.
 * @param data The text or bytes, whole or as chunks from an iterable.
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
export function writeFileAtomicSync(
  path: string,
  data: string | Uint8Array | Iterable<string | Uint8Array>,
): void {
  const target = checkPath("writeFileAtomicSync", path);
  runSync(replace(target, chunksOf(data, false), syncFileSystem));
}

/** Chunks of text to write. */
export type Chunks = Iterator<unknown> | AsyncIterator<unknown>;

function chunksOf(data: unknown, allowAsync: boolean): Chunks {
  if (typeof data === "string" || data instanceof Uint8Array) return [data][Symbol.iterator]();
  const source = Object(data);
  if (allowAsync && Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  if (data !== null && data !== undefined && Symbol.iterator in source) {
    return source[Symbol.iterator]();
  }
  const expected = allowAsync
    ? "an iterable or async iterable of strings or bytes"
    : "an iterable of strings or bytes";
  throw new TypeError(
    `The data to write must be a string, bytes (Uint8Array) or ${expected}, got ${describe(data)}`,
  );
}

/**
 * The procedure of {@linkcode writeFileAtomic}: the chunks go to the target's
 * one temporary file, `.<name>.tmp`, held under an exclusive lock; it is
 * flushed, renamed onto the target, and the folder flushed. A writer killed
 * mid-way leaves that file and releases its lock, and the next save of the
 * same target reuses it, so leftovers never pile up; two saves of one target
 * take turns. A symbolic link is written through: its target is replaced.
 * A link or anything but a plain file found at the temporary path is removed
 * first, never written through.
 */
export function* replace(path: string, chunks: Chunks, fs: FileSystem): Steps<void> {
  const target = yield* throughLinks(path, fs);
  const shown = target === path ? path : `${path} (a link to ${target})`;
  const temp = temporaryPath(target);
  const mode = yield* permissionBits(target, fs);
  let held: Held | undefined;
  try {
    held = yield* lockedFile(temp, fs);
    yield* step(fs.truncate(held.file));
    yield* writeChunks(held.file, chunks, fs);
    yield* step(fs.sync(held.file));
    if (mode !== undefined) yield* bestEffort(() => fs.chmod(temp, mode));
    yield* step(fs.rename(temp, target));
  } catch (error) {
    if (held !== undefined) {
      yield* bestEffort(() => fs.remove(temp)); // ours: we hold its lock
      release(held);
    }
    throw new Error(
      `Could not write ${shown}: ${messageOf(error)}; the previous file, if any, is unchanged`,
      { cause: error },
    );
  }
  try {
    yield* syncFolder(target, fs);
  } catch (error) {
    throw new Error(
      `Wrote ${shown}, but could not flush its folder to disk: ${messageOf(error)}; ` +
        "the new file is in place but may not survive a power cut",
      { cause: error },
    );
  } finally {
    release(held);
  }
}

/** The locked temporary file of a save, and its key in {@linkcode waiting} if it has one. */
interface Held {
  readonly file: Deno.FsFile;
  readonly key?: string;
}

/**
 * The temporary files that asynchronous saves in this program hold or wait
 * for, by identity, with how many saves: a blocking save of one of them would
 * wait for ever, since the save that holds it cannot go on while it waits.
 */
const waiting = new Map<string, number>();

function release(held: Held): void {
  const { key } = held;
  if (key !== undefined) {
    const count = waiting.get(key)!;
    if (count === 1) waiting.delete(key);
    else waiting.set(key, count - 1);
  }
  held.file.close();
}

/** How often {@linkcode lockedFile} opens the temporary file again after another writer renamed it. */
const LOCK_ATTEMPTS = 100;

/**
 * `temp`, opened (created if need be) and locked, once it is sure that the
 * lock is on the plain file the path still names: a writer that held the lock
 * before may have renamed that file onto the target meanwhile, and a link
 * found there must not be written through.
 */
function* lockedFile(temp: string, fs: FileSystem): Steps<Held> {
  for (let attempt = 1;; attempt++) {
    yield* removeUnlessPlain(temp, fs);
    const file = yield* step(fs.open(temp, { write: true, create: true }));
    let held: Held = { file };
    try {
      const opened = yield* step(fs.fileInfo(file));
      const key = opened.ino === null ? temp : `${opened.dev}:${opened.ino}`;
      if (fs.blocks && waiting.has(key)) {
        throw new Error(
          "an asynchronous save of the same file is still running in this program; " +
            "await it before saving synchronously",
        );
      }
      if (!fs.blocks) {
        waiting.set(key, (waiting.get(key) ?? 0) + 1);
        held = { file, key };
      }
      yield* step(fs.lock(file));
      const named = yield* step(fs.lstat(temp));
      if (
        opened.ino === null ||
        (isPlain(named) && named.ino === opened.ino && named.dev === opened.dev)
      ) {
        return held;
      }
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) {
        yield* bestEffort(() => release(held));
        throw error;
      }
    }
    release(held);
    if (attempt === LOCK_ATTEMPTS) {
      throw new Error(`${temp} was replaced ${LOCK_ATTEMPTS} times while this save waited for it`);
    }
  }
}

/** A regular file with no other name: what a save's temporary file always is. */
function isPlain(info: Deno.FileInfo): boolean {
  return info.isFile && !info.isSymlink && (info.nlink === null || info.nlink === 1);
}

/** Removes whatever `temp` names if it is not a plain file (a link planted or left there). */
function* removeUnlessPlain(temp: string, fs: FileSystem): Steps<void> {
  let info: Deno.FileInfo;
  try {
    info = yield* step(fs.lstat(temp));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return;
    throw error;
  }
  if (!isPlain(info)) yield* step(fs.remove(temp));
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
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk !== "string") {
    throw new TypeError(`chunk ${index} is ${describe(chunk)}, expected a string or bytes`);
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
