/**
 * Rich display in notebooks: the mime bundles Jupyter kernels ask objects
 * for (Deno's kernel calls the method keyed by `Symbol.for("Jupyter.display")`),
 * and the HTML and SVG pieces they are made of. Plain strings only; nothing
 * here needs a notebook to run.
 *
 * @module
 */
import { formatCells } from "./format_cells.ts";

/** The key of the method a Jupyter kernel calls for an object's rich display. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** What a display method returns: content by mime type (`text/plain`, `text/html`, `image/svg+xml`). */
export type MediaBundle = Record<string, string>;

/**
 * Gives a plain object its notebook display: a method no loop, JSON or
 * structured clone sees (non-enumerable, keyed by a symbol).
 */
export function withDisplay<T extends object>(value: T, display: (value: T) => MediaBundle): T {
  Object.defineProperty(value, JUPYTER_DISPLAY, { value: () => display(value) });
  return value;
}

/** The shape a table or chart needs of a matrix. */
interface Shaped {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Rows and columns beyond this many are elided, keeping `EDGE` at each end. */
const LIMIT = 12, EDGE = 5;

/** `text` with `& < > "` escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`,
  );
}

/** The indices shown of `n`: all, or the first and last `EDGE` with −1 for the gap. */
function shown(n: number): number[] {
  if (n <= LIMIT) return Array.from({ length: n }, (_, i) => i);
  return [
    ...Array.from({ length: EDGE }, (_, i) => i),
    -1,
    ...Array.from({ length: EDGE }, (_, i) => n - EDGE + i),
  ];
}

/**
 * A matrix as an HTML table with its shape as caption, values formatted as
 * NumPy prints them; beyond 12 rows or columns, the first and last 5 with
 * `⋮` and `…` between.
 */
export function matrixTable(m: Shaped, title = ""): string {
  const rows = shown(m.rows), cols = shown(m.cols);
  const values: number[] = [];
  for (const i of rows) {
    for (const j of cols) if (i >= 0 && j >= 0) values.push(m.data[i * m.cols + j]);
  }
  const cells = formatCells(Float64Array.from(values)).map((c) => c.trim());
  let k = 0;
  const body = rows.map((i) => {
    const tds = cols.map((j) => {
      if (i < 0) return `<td style="text-align:center">${j < 0 ? "⋱" : "⋮"}</td>`;
      return j < 0 ? "<td>…</td>" : `<td style="text-align:right;padding:0 6px">${cells[k++]}</td>`;
    });
    return `<tr><th style="color:#777">${i < 0 ? "" : i}</th>${tds.join("")}</tr>`;
  });
  const head = cols.map((j) => `<th style="color:#777">${j < 0 ? "" : j}</th>`).join("");
  const caption = `${title === "" ? "" : `${escapeHtml(title)}: `}${m.rows} × ${m.cols}`;
  return `<table style="font-family:monospace;border-collapse:collapse">` +
    `<caption style="text-align:left;white-space:nowrap">${caption}</caption>` +
    `<tr><th></th>${head}</tr>${body.join("")}</table>`;
}

/** One line of a chart: its name, values (one per step from 1) and colour. */
export interface Series {
  readonly name: string;
  readonly values: readonly number[];
  readonly color: string;
}

/** Colours that colour-blind readers tell apart (blue and orange, as in Okabe–Ito). */
export const COLORS = { blue: "#0072b2", orange: "#e69f00", gray: "#999999" } as const;

/** The most points a chart line draws. */
const POINTS = 1000;

const fmt = (v: number) => Number(v.toPrecision(3)).toString();

/**
 * A line chart as SVG: the series against steps 1…n (thinned to about 1,000
 * points), a log scale on y when the values span more than two decades, the
 * highest and lowest value and each series' last value labelled.
 */
export function lineChart(series: readonly Series[], xLabel: string, yLabel: string): string {
  const width = 420, height = 220, left = 56, right = 90, top = 12, bottom = 36;
  let low = Infinity, high = -Infinity, steps = 1;
  for (const { values } of series) {
    steps = Math.max(steps, values.length);
    for (const v of values) {
      if (Number.isFinite(v)) (low = Math.min(low, v), high = Math.max(high, v));
    }
  }
  const svg = (h: number, body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" ` +
    `font-family="sans-serif">${body}</svg>`;
  if (low > high) return svg(24, `<text x="4" y="16">no values</text>`);
  const log = low > 0 && high / low > 100;
  const f = (v: number) => log ? Math.log10(v) : v;
  const y0 = f(low), y1 = f(high) === y0 ? y0 + 1 : f(high);
  const px = (i: number) => left + (steps === 1 ? 0 : (i / (steps - 1)) * (width - left - right));
  const py = (v: number) => top + (1 - (f(v) - y0) / (y1 - y0)) * (height - top - bottom);
  const text = (x: number, y: number, content: string, attributes = "") =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="10" ${attributes}>${content}</text>`;
  const lines = series.map(({ name, values, color }, k) => {
    const every = Math.max(1, Math.ceil(values.length / POINTS));
    const points = values.flatMap((v, i) =>
      (i % every === 0 || i === values.length - 1) && Number.isFinite(v)
        ? [`${px(i).toFixed(1)},${py(v).toFixed(1)}`]
        : []
    );
    const last = values.at(-1) ?? NaN;
    const label = Number.isFinite(last)
      ? text(
        width - right + 4,
        py(last) + 4 + k * 12,
        `${escapeHtml(name)} ${fmt(last)}`,
        `fill="${color}"`,
      )
      : "";
    return `<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${
      points.join(" ")
    }"/>${label}`;
  });
  const base = height - bottom, middle = (top + base) / 2;
  return svg(
    height,
    `<path d="M${left} ${top}V${base}H${width - right}" fill="none" stroke="#444"/>` +
      text(left - 4, top + 8, fmt(high), `text-anchor="end"`) +
      text(left - 4, base, fmt(low), `text-anchor="end"`) +
      text(left, base + 14, "1") +
      text(width - right, base + 14, String(steps), `text-anchor="end"`) +
      text((left + width - right) / 2, height - 4, escapeHtml(xLabel), `text-anchor="middle"`) +
      text(
        12,
        middle,
        `${escapeHtml(yLabel)}${log ? " (log)" : ""}`,
        `text-anchor="middle" transform="rotate(-90 12 ${middle})"`,
      ) +
      lines.join(""),
  );
}
