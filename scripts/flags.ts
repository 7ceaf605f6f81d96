/**
 * Strict parsing of numeric and list command-line values, shared by the
 * scenario scripts and the `nn` tool: "1e3" is not an epoch count, "0.1x" is
 * not a learning rate, and the message says which flag and what it expects.
 *
 * @module
 */

/**
 * An integer flag's value within `[min, max]`, or `fallback` when the flag
 * is absent.
 *
 * @throws {RangeError} `--epochs must be an integer from 1 to 10000000, got "2.5"`.
 */
export function integerFlag(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) {
    throw new RangeError(`${flag} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return n;
}

/**
 * A positive, finite decimal flag's value, or `fallback` when the flag is absent.
 *
 * @throws {RangeError} `--lr must be a positive number, got "fast"`.
 */
export function positiveFlag(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const x = Number(text);
  if (!/^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) || !(x > 0) || !Number.isFinite(x)) {
    throw new RangeError(`${flag} must be a positive number, got "${text}"`);
  }
  return x;
}

/**
 * A fraction flag's value in `[0, 1)`, or `fallback` when the flag is absent.
 *
 * @throws {RangeError} `--validation-split must be a number from 0 up to (not including) 1, got "1"`.
 */
export function fractionFlag(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const x = Number(text);
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text) || !(x >= 0 && x < 1)) {
    throw new RangeError(
      `${flag} must be a number from 0 up to (not including) 1, got "${text}"`,
    );
  }
  return x;
}

/**
 * A comma-separated list flag's items, trimmed; empty items are refused.
 *
 * @throws {RangeError} `--target has an empty item in "a,,b"`.
 */
export function listFlag(flag: string, text: string): string[] {
  const items = text.split(",").map((item) => item.trim());
  if (items.some((item) => item === "")) {
    throw new RangeError(`${flag} has an empty item in "${text}"`);
  }
  return items;
}
