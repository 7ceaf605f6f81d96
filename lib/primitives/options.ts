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

/**
 * Reads a boolean option; the message names the owner and the option.
 *
 * @param owner Who takes the options, for messages (`"moons"`).
 * @param options The checked options.
 * @param key The option to read.
 * @param fallback Its value when absent.
 * @returns The value.
 * @throws {TypeError} If the value is not a boolean.
 */
export function booleanOption(
  owner: string,
  options: Readonly<Record<string, unknown>>,
  key: string,
  fallback: boolean,
): boolean {
  const v = options[key] ?? fallback;
  if (typeof v !== "boolean") {
    throw new TypeError(`${owner} ${key} must be true or false, got ${describe(v)}`);
  }
  return v;
}
