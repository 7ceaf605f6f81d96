/**
 * One procedure for a synchronous and an asynchronous API. The procedure is a
 * generator that yields each file-system result (a value, or a promise of one)
 * through {@linkcode step}; {@linkcode runSync} hands values straight back, and
 * {@linkcode runAsync} awaits them first, throwing rejections back in where they
 * were yielded, so the generator's own `try`/`catch` sees every failure.
 *
 * @module
 */
import { describe } from "../lib/primitives/matrix.ts";

/** A procedure that yields file-system results and returns a `T`. */
export type Steps<T> = Generator<unknown, T, unknown>;

/** Yields a result and resumes with it resolved: `const file = yield* step(fs.open(…))`. */
export function* step<T>(result: T | Promise<T>): Steps<T> {
  return (yield result) as T;
}

/** Runs an action, ignoring its failure: for clean-up that must not hide the first error. */
export function* bestEffort(action: () => unknown): Steps<void> {
  try {
    yield action();
  } catch {
    // Clean-up only; the caller reports the error that made it necessary.
  }
}

/** Runs steps whose results are plain values. */
export function runSync<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next(next.value);
  return next.value;
}

/** Runs steps whose results may be promises. */
export async function runAsync<T>(steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await next.value;
    } catch (error) {
      next = steps.throw(error);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/** The file operations this folder needs, each either synchronous or asynchronous. */
export interface FileSystem {
  /** Whether each call finishes before it returns (so waiting blocks the whole program). */
  readonly blocks: boolean;
  open(path: string, options: Deno.OpenOptions): Deno.FsFile | Promise<Deno.FsFile>;
  write(file: Deno.FsFile, bytes: Uint8Array): number | Promise<number>;
  sync(file: Deno.FsFile): void | Promise<void>;
  stat(path: string): Deno.FileInfo | Promise<Deno.FileInfo>;
  chmod(path: string, mode: number): void | Promise<void>;
  rename(from: string, to: string): void | Promise<void>;
  remove(path: string): void | Promise<void>;
  readFile(path: string): Uint8Array | Promise<Uint8Array>;
  /** Reads into `buffer`: the count of bytes read, or `null` at the end. */
  read(file: Deno.FsFile, buffer: Uint8Array): number | null | Promise<number | null>;
  /** Waits for an exclusive lock on the file, held until it is closed. */
  lock(file: Deno.FsFile): void | Promise<void>;
  /** The open file's own information (its inode, whatever its path names now). */
  fileInfo(file: Deno.FsFile): Deno.FileInfo | Promise<Deno.FileInfo>;
  truncate(file: Deno.FsFile): void | Promise<void>;
  lstat(path: string): Deno.FileInfo | Promise<Deno.FileInfo>;
  realPath(path: string): string | Promise<string>;
  readLink(path: string): string | Promise<string>;
}

/** Deno's synchronous file operations. */
export const syncFileSystem: FileSystem = {
  blocks: true,
  open: (path, options) => Deno.openSync(path, options),
  write: (file, bytes) => file.writeSync(bytes),
  sync: (file) => file.syncSync(),
  stat: (path) => Deno.statSync(path),
  chmod: (path, mode) => Deno.chmodSync(path, mode),
  rename: (from, to) => Deno.renameSync(from, to),
  remove: (path) => Deno.removeSync(path),
  readFile: (path) => Deno.readFileSync(path),
  read: (file, buffer) => file.readSync(buffer),
  lock: (file) => file.lockSync(true),
  fileInfo: (file) => file.statSync(),
  truncate: (file) => file.truncateSync(0),
  lstat: (path) => Deno.lstatSync(path),
  realPath: (path) => Deno.realPathSync(path),
  readLink: (path) => Deno.readLinkSync(path),
};

/** Deno's asynchronous file operations. */
export const asyncFileSystem: FileSystem = {
  blocks: false,
  open: (path, options) => Deno.open(path, options),
  write: (file, bytes) => file.write(bytes),
  sync: (file) => file.sync(),
  stat: (path) => Deno.stat(path),
  chmod: (path, mode) => Deno.chmod(path, mode),
  rename: (from, to) => Deno.rename(from, to),
  remove: (path) => Deno.remove(path),
  readFile: (path) => Deno.readFile(path),
  read: (file, buffer) => file.read(buffer),
  lock: (file) => file.lock(true),
  fileInfo: (file) => file.stat(),
  truncate: (file) => file.truncate(0),
  lstat: (path) => Deno.lstat(path),
  realPath: (path) => Deno.realPath(path),
  readLink: (path) => Deno.readLink(path),
};

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks a path argument.
 *
 * @throws {TypeError} If it is not a non-empty string.
 */
export function checkPath(owner: string, path: unknown): string {
  if (typeof path !== "string" || path === "") {
    throw new TypeError(`${owner} needs a file path as a non-empty string, got ${describe(path)}`);
  }
  return path;
}
