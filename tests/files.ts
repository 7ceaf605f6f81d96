/** Test helpers for code that writes files. */

/** Runs `test` with a fresh temporary folder, removed afterwards even if the test fails. */
export async function withTempDir(test: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await test(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
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
