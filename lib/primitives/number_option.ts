/**
 * Reading numeric plugin options with range checks.
 *
 * @module
 */
import { describe } from "./matrix.ts";

/** An interval a numeric option must lie in. */
export interface Interval {
  readonly min: number;
  readonly minInclusive: boolean;
  readonly max: number;
  readonly maxInclusive: boolean;
}

/** (0, ∞) */
export const POSITIVE: Interval = {
  min: 0,
  minInclusive: false,
  max: Infinity,
  maxInclusive: false,
};
/** [0, ∞) */
export const NON_NEGATIVE: Interval = {
  min: 0,
  minInclusive: true,
  max: Infinity,
  maxInclusive: false,
};
/** (0, 1) */
export const OPEN_UNIT: Interval = { min: 0, minInclusive: false, max: 1, maxInclusive: false };
/** [0, 1) */
export const UNIT: Interval = { min: 0, minInclusive: true, max: 1, maxInclusive: false };

/**
 * Reads a numeric option, checking it lies in a range; the message names the
 * optimizer, the option and the range.
 */
export function numberOption(
  owner: string,
  options: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
  range: Interval,
): number {
  const v = options[key] ?? fallback;
  const aboveMin = typeof v === "number" && (range.minInclusive ? v >= range.min : v > range.min);
  const belowMax = typeof v === "number" && (range.maxInclusive ? v <= range.max : v < range.max);
  if (typeof v !== "number" || !Number.isFinite(v) || !aboveMin || !belowMax) {
    const lo = `${range.minInclusive ? "[" : "("}${range.min}`;
    const hi = `${range.max === Infinity ? "∞" : range.max}${range.maxInclusive ? "]" : ")"}`;
    throw new RangeError(`${owner} ${key} must be a number in ${lo}, ${hi}, got ${String(v)}`);
  }
  return v;
}

/**
 * Reads an integer option of at least `min`; the message names the owner and
 * the option (`fit epochs must be a positive integer, got 0`).
 *
 * @param owner Who takes the options, for messages.
 * @param options The checked options.
 * @param key The option to read.
 * @param fallback Its value when absent.
 * @param min The smallest value allowed.
 * @param why Said after the bound, for messages (` (one point per class)`).
 * @returns The value.
 * @throws {TypeError} If the value is not a number.
 * @throws {RangeError} If it is not a safe integer of at least `min`.
 */
export function integerOption(
  owner: string,
  options: Readonly<Record<string, unknown>>,
  key: string,
  fallback: number,
  min = 1,
  why = "",
): number {
  const v = options[key] ?? fallback;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) {
    const bound = min === 1 ? "a positive integer" : `an integer ≥ ${min}`;
    const Type = typeof v === "number" ? RangeError : TypeError;
    throw new Type(`${owner} ${key} must be ${bound}${why}, got ${describe(v)}`);
  }
  return v;
}
