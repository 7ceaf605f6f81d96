/**
 * Numbers formatted as NumPy prints one array: one width, one notation.
 *
 * @module
 */

/** Every value formatted to one width, as NumPy does for one array. */
export function formatCells(data: Float64Array): string[] {
  const values = Array.from(data);
  if (values.every((v) => Number.isInteger(v))) return alignRight(values.map(String));
  let max = 0, min = Infinity;
  for (const v of values) {
    if (Number.isFinite(v) && v !== 0) {
      max = Math.max(max, Math.abs(v));
      min = Math.min(min, Math.abs(v));
    }
  }
  const scientific = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1e3);
  const parts = values.map((v): [string, string, string] => {
    if (!Number.isFinite(v)) return [Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf", "", ""];
    if (!scientific) {
      const [whole, fraction] = v.toFixed(8).split(".");
      return [whole, fraction.replace(/0+$/, ""), ""];
    }
    const [mantissa, exponent] = v.toExponential(8).split("e");
    const [whole, fraction] = mantissa.split(".");
    const e = Number(exponent);
    return [
      whole,
      fraction.replace(/0+$/, ""),
      `e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`,
    ];
  });
  const digits = parts.reduce((d, [, fraction]) => Math.max(d, fraction.length), 0);
  return alignRight(parts.map(([whole, fraction, exponent]) => {
    if (exponent === "" && fraction === "" && !/\d/.test(whole)) return whole;
    const shown = scientific ? fraction.padEnd(digits, "0") : fraction.padEnd(digits, " ");
    return `${whole}.${shown}${exponent}`;
  }));
}

function alignRight(cells: string[]): string[] {
  const width = cells.reduce((w, c) => Math.max(w, c.length), 0);
  return cells.map((c) => c.padStart(width));
}
