/**
 * Reading numeric plugin options with range checks.
 *
 * @module
 */

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
