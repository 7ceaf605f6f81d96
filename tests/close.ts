/** Test helper: numbers equal within a relative tolerance. */
import assert from "node:assert/strict";

/** Asserts `|actual − expected| ≤ tolerance · max(1, |expected|)`, element by element. */
export function assertClose(
  actual: number | ArrayLike<number>,
  expected: number | ArrayLike<number>,
  tolerance = 1e-12,
  what = "value",
): void {
  const a = typeof actual === "number" ? [actual] : Array.from(actual);
  const e = typeof expected === "number" ? [expected] : Array.from(expected);
  assert.equal(a.length, e.length, `${what}: length ${a.length} ≠ ${e.length}`);
  a.forEach((x, k) => {
    const ok = Math.abs(x - e[k]) <= tolerance * Math.max(1, Math.abs(e[k]));
    assert.ok(ok, `${what}[${k}]: got ${x}, expected ${e[k]} (tolerance ${tolerance})`);
  });
}
