/**
 * Checking option objects, so a misspelt option is an error rather than a
 * silently ignored key.
 *
 * @module
 */
import { describe } from "./matrix.ts";

/**
 * Returns `options` as a record after checking it is an object (or undefined) whose
 * keys are all in `known`.
 *
 * @param owner Who takes the options, for messages (`"sgd"`, `"Dense"`).
 * @param options The caller's options.
 * @param known The option names `owner` understands.
 * @throws {TypeError} If `options` is not an object or has an unknown key.
 */
export function checkOptions(
  owner: string,
  options: unknown,
  known: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${owner} options must be an object, got ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(
        `${owner} has no option "${key}"; known options: ${known.join(", ") || "none"}`,
      );
    }
  }
  return options as Record<string, unknown>;
}
