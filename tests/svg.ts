/** Test helpers for the SVG charts vega renders. */
import assert from "node:assert/strict";

/** Asserts the text is one SVG document. */
export function assertSvg(svg: string): void {
  assert.equal(typeof svg, "string");
  assert.ok(svg.startsWith("<svg"), svg.slice(0, 80));
  assert.ok(svg.endsWith("</svg>"), svg.slice(-80));
}

/**
 * The data marks of one kind (`mark-line`, `mark-rect`, `mark-symbol`,
 * `mark-rule`): per mark group, the SVG elements of its items. Axes and
 * legends use other roles (`role-axis-grid`, `role-legend-symbol`), so they
 * do not count.
 */
export function marks(svg: string, kind: string): string[][] {
  const groups = svg.matchAll(new RegExp(`<g class="${kind} role-mark[^"]*"[^>]*>(.*?)</g>`, "gs"));
  return Array.from(groups, (g) => g[1].match(/<(path|line)\b[^>]*>/g) ?? []);
}

/** The texts shown: titles, axis labels, legend labels. */
export function texts(svg: string): string[] {
  return Array.from(svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g), (m) => m[1]);
}
