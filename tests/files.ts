/** Test helpers for code that writes files. */
import { join } from "node:path";

/** Runs `test` with a fresh temporary folder, removed afterwards even if the test fails. */
export async function withTempDir(test: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await test(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Writes `text` (or bytes) to `name` in `dir` and returns the file's path. */
export async function write(dir: string, name: string, text: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  if (typeof text === "string") await Deno.writeTextFile(path, text);
  else await Deno.writeFile(path, text);
  return path;
}

/** The names in a folder, sorted. */
export function entries(dir: string): string[] {
  return Array.from(Deno.readDirSync(dir), (entry) => entry.name).sort();
}

/** `text` as a literal inside a regular expression. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * What a failed atomic write throws, as `String(error)` shows it.
 *
 * @param path The target, matched literally.
 * @param reason A regular-expression source for the cause's message.
 */
export function writeFailure(path: string, reason: string): RegExp {
  return new RegExp(
    `^Error: Could not write ${escape(path)}: ${reason}; the previous file, if any, is unchanged$`,
  );
}

/** The repository's root folder. */
export const ROOT = new URL("..", import.meta.url);

/** The `.ts` files below `folder` (relative to the repository root), as root-relative paths, sorted. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of Deno.readDirSync(new URL(relative, ROOT))) {
      const path = `${relative}${entry.name}`;
      if (entry.isDirectory) walk(`${path}/`);
      else if (entry.isFile && entry.name.endsWith(".ts")) found.push(path);
    }
  };
  walk(folder.endsWith("/") ? folder : `${folder}/`);
  return found.sort();
}
