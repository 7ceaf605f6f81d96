/**
 * Suggesting the name meant when a given one is unknown (a flag, a URL
 * parameter).
 *
 * @module
 */

/**
 * The known name `name` most likely misspells: one it starts, or that starts
 * it, else one within two edits; none for names under three letters.
 *
 * @example A misspelt flag
 * ```ts
 * import { nearestName } from "./suggest.ts";
 * import assert from "node:assert/strict";
 *
 * assert.equal(nearestName("epoch", ["epochs", "seed"]), "epochs");
 * assert.equal(nearestName("sed", ["epochs", "seed"]), "seed");
 * assert.equal(nearestName("xy", ["epochs", "seed"]), undefined);
 * ```
 */
export function nearestName(name: string, names: readonly string[]): string | undefined {
  if (name.length < 3) return undefined;
  return names.find((n) => n.startsWith(name) || name.startsWith(n)) ??
    names.find((n) => editDistance(n, name) <= 2);
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
