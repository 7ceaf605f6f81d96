// @backprop/core 0.1.0 for browsers: mod.ts and worker/mod.ts, written by `deno task bundle`; do not edit.
// lib/primitives/registry.ts
function createRegistry(kind, check) {
  const table = /* @__PURE__ */ new Map();
  const plural = kind.endsWith("s") ? `${kind}es` : `${kind}s`;
  const registry = {
    kind,
    register(name, plugin, { replace = false } = {}) {
      if (typeof name !== "string" || name === "") {
        throw new TypeError(`${withArticle(kind, "A")} must be registered under a non-empty name`);
      }
      if (table.has(name) && !replace) {
        throw new RangeError(`${withArticle(kind, "A")} named "${name}" is already registered; pass { replace: true } to replace it`);
      }
      const where = `${kind} "${name}"`;
      if (typeof plugin === "function") {
        table.set(name, {
          factory: plugin,
          where
        });
      } else {
        check(plugin, where);
        const factory = (options) => {
          if (options !== void 0 && Object.keys(options).length > 0) {
            throw new TypeError(`The ${kind} "${name}" takes no options`);
          }
          return plugin;
        };
        table.set(name, {
          factory,
          where
        });
      }
    },
    has: (name) => table.has(name),
    names: () => [
      ...table.keys()
    ].sort(),
    get(name, options) {
      const entry = table.get(name);
      if (entry === void 0) {
        throw new RangeError(`Unknown ${kind} "${name}"; known ${plural}: ${registry.names().join(", ")}`);
      }
      const plugin = entry.factory(options);
      check(plugin, entry.where);
      return plugin;
    },
    resolve(spec, where = kind) {
      if (typeof spec === "string") return registry.get(spec);
      check(spec, where);
      return spec;
    }
  };
  return registry;
}
function checkPluginShape(value, where, kind, methods) {
  if (typeof value === "function") {
    throw new TypeError(`${where}: expected ${withArticle(kind, "a")} name or object, got the function ${value.name || "(anonymous)"}; call it to build the ${kind}, e.g. ${value.name || "factory"}()`);
  }
  if (value === null || typeof value !== "object") {
    throw new TypeError(`${where}: expected ${withArticle(kind, "a")} name or object, got ${String(value)}`);
  }
  const record4 = value;
  if (typeof record4.name !== "string" || record4.name === "") {
    throw new TypeError(`${where}: ${withArticle(kind, "a")} needs a non-empty string "name"`);
  }
  for (const m of methods) {
    if (typeof record4[m] !== "function") {
      throw new TypeError(`${where}: ${kind} "${record4.name}" has no ${m}() method`);
    }
  }
}
function withArticle(kind, a) {
  return `${/^[aeiou]/.test(kind) ? `${a}n` : a} ${kind}`;
}

// lib/primitives/format_cells.ts
function formatCells(data) {
  const values2 = Array.from(data);
  if (values2.every((v) => Number.isInteger(v))) return alignRight(values2.map(String));
  let max = 0, min = Infinity;
  for (const v of values2) {
    if (Number.isFinite(v) && v !== 0) {
      max = Math.max(max, Math.abs(v));
      min = Math.min(min, Math.abs(v));
    }
  }
  const scientific = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1e3);
  const parts = values2.map((v) => {
    if (!Number.isFinite(v)) return [
      Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf",
      "",
      ""
    ];
    if (!scientific) {
      const [whole2, fraction2] = v.toFixed(8).split(".");
      return [
        whole2,
        fraction2.replace(/0+$/, ""),
        ""
      ];
    }
    const [mantissa, exponent] = v.toExponential(8).split("e");
    const [whole, fraction] = mantissa.split(".");
    const e = Number(exponent);
    return [
      whole,
      fraction.replace(/0+$/, ""),
      `e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`
    ];
  });
  const digits = parts.reduce((d, [, fraction]) => Math.max(d, fraction.length), 0);
  return alignRight(parts.map(([whole, fraction, exponent]) => {
    if (exponent === "" && fraction === "" && !/\d/.test(whole)) return whole;
    const shown2 = scientific ? fraction.padEnd(digits, "0") : fraction.padEnd(digits, " ");
    return `${whole}.${shown2}${exponent}`;
  }));
}
function alignRight(cells) {
  const width = cells.reduce((w, c) => Math.max(w, c.length), 0);
  return cells.map((c) => c.padStart(width));
}

// lib/primitives/display.ts
var JUPYTER_DISPLAY = Symbol.for("Jupyter.display");
function withDisplay(value, display) {
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    value: () => display(value)
  });
  return value;
}
var LIMIT = 12;
var EDGE = 5;
function escapeHtml(text2) {
  return text2.replace(/[&<>"]/g, (c) => `&${{
    "&": "amp",
    "<": "lt",
    ">": "gt",
    '"': "quot"
  }[c]};`);
}
function shown(n) {
  if (n <= LIMIT) return Array.from({
    length: n
  }, (_, i) => i);
  return [
    ...Array.from({
      length: EDGE
    }, (_, i) => i),
    -1,
    ...Array.from({
      length: EDGE
    }, (_, i) => n - EDGE + i)
  ];
}
function matrixTable(m, title = "") {
  const rows = shown(m.rows), cols = shown(m.cols);
  const values2 = [];
  for (const i of rows) {
    for (const j of cols) if (i >= 0 && j >= 0) values2.push(m.data[i * m.cols + j]);
  }
  const cells = formatCells(Float64Array.from(values2)).map((c) => c.trim());
  let k = 0;
  const body = rows.map((i) => {
    const tds = cols.map((j) => {
      if (i < 0) return `<td style="text-align:center">${j < 0 ? "\u22F1" : "\u22EE"}</td>`;
      return j < 0 ? "<td>\u2026</td>" : `<td style="text-align:right;padding:0 6px">${cells[k++]}</td>`;
    });
    return `<tr><th style="color:#777">${i < 0 ? "" : i}</th>${tds.join("")}</tr>`;
  });
  const head = cols.map((j) => `<th style="color:#777">${j < 0 ? "" : j}</th>`).join("");
  const caption = `${title === "" ? "" : `${escapeHtml(title)}: `}${m.rows} \xD7 ${m.cols}`;
  return `<table style="font-family:monospace;border-collapse:collapse"><caption style="text-align:left;white-space:nowrap">${caption}</caption><tr><th></th>${head}</tr>${body.join("")}</table>`;
}
var COLORS = {
  blue: "#0072b2",
  orange: "#e69f00",
  gray: "#999999"
};
var POINTS = 1e3;
var fmt = (v) => Number(v.toPrecision(3)).toString();
function lineChart(series, xLabel, yLabel) {
  const width = 420, height = 220, left = 56, right = 90, top = 12, bottom = 36;
  let low = Infinity, high = -Infinity, steps = 1;
  for (const { values: values2 } of series) {
    steps = Math.max(steps, values2.length);
    for (const v of values2) {
      if (Number.isFinite(v)) low = Math.min(low, v), high = Math.max(high, v);
    }
  }
  const svg = (h, body) => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" font-family="sans-serif">${body}</svg>`;
  if (low > high) return svg(24, `<text x="4" y="16">no values</text>`);
  const log = low > 0 && high / low > 100;
  const f = (v) => log ? Math.log10(v) : v;
  const y0 = f(low), y1 = f(high) === y0 ? y0 + 1 : f(high);
  const px = (i) => left + (steps === 1 ? 0 : i / (steps - 1) * (width - left - right));
  const py = (v) => top + (1 - (f(v) - y0) / (y1 - y0)) * (height - top - bottom);
  const text2 = (x, y, content, attributes = "") => `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="10" ${attributes}>${content}</text>`;
  const lines = series.map(({ name, values: values2, color }, k) => {
    const every = Math.max(1, Math.ceil(values2.length / POINTS));
    const points = values2.flatMap((v, i) => (i % every === 0 || i === values2.length - 1) && Number.isFinite(v) ? [
      `${px(i).toFixed(1)},${py(v).toFixed(1)}`
    ] : []);
    const last2 = values2.at(-1) ?? NaN;
    const label = Number.isFinite(last2) ? text2(width - right + 4, py(last2) + 4 + k * 12, `${escapeHtml(name)} ${fmt(last2)}`, `fill="${color}"`) : "";
    return `<polyline fill="none" stroke="${color}" stroke-width="1.5" points="${points.join(" ")}"/>${label}`;
  });
  const base = height - bottom, middle = (top + base) / 2;
  return svg(height, `<path d="M${left} ${top}V${base}H${width - right}" fill="none" stroke="#444"/>` + text2(left - 4, top + 8, fmt(high), `text-anchor="end"`) + text2(left - 4, base, fmt(low), `text-anchor="end"`) + text2(left, base + 14, "1") + text2(width - right, base + 14, String(steps), `text-anchor="end"`) + text2((left + width - right) / 2, height - 4, escapeHtml(xLabel), `text-anchor="middle"`) + text2(12, middle, `${escapeHtml(yLabel)}${log ? " (log)" : ""}`, `text-anchor="middle" transform="rotate(-90 12 ${middle})"`) + lines.join(""));
}

// lib/primitives/matrix.ts
var Matrix = class _Matrix {
  /** Number of rows (samples). */
  rows;
  /** Number of columns (features). */
  cols;
  /** The values, row after row; its length is `rows * cols`. */
  data;
  /**
   * Wraps `data` (not copied) as a `rows` × `cols` matrix, or allocates zeros.
   *
   * @param rows Number of rows, a non-negative integer.
   * @param cols Number of columns, a non-negative integer.
   * @param data Values in row-major order; a new zero-filled array when omitted.
   * @throws {RangeError} If the shape is not two non-negative integers or `data` has another length.
   * @throws {TypeError} If `data` is not a `Float64Array`.
   */
  constructor(rows, cols, data) {
    if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
      throw new RangeError(`Matrix shape must be two non-negative integers, got ${rows} \xD7 ${cols}`);
    }
    if (data !== void 0 && !(data instanceof Float64Array)) {
      throw new TypeError(`Matrix data must be a Float64Array, got ${typeName(data)}`);
    }
    if (data !== void 0 && data.length !== rows * cols) {
      throw new RangeError(`Matrix data has ${data.length} values, expected ${rows} \xD7 ${cols} = ${rows * cols}`);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data ?? new Float64Array(rows * cols);
  }
  /**
   * Copies nested arrays (or another matrix) into a new matrix.
   *
   * @param values Rows of equal length.
   * @param name What the values are, for error messages (`"X"`, `"Y"`).
   * @returns A new matrix.
   * @throws {TypeError} If the input is not rows of numbers, or a value is not finite.
   * @throws {RangeError} If the rows differ in length.
   */
  static from(values2, name = "matrix") {
    if (values2 instanceof _Matrix) {
      assertFinite(values2, name);
      return new _Matrix(values2.rows, values2.cols, values2.data.slice());
    }
    if (values2 === null || typeof values2 !== "object" || typeof values2.length !== "number") {
      throw new TypeError(`${name} must be a Matrix or an array of rows, got ${describe(values2)}`);
    }
    const rows = values2.length;
    const first = rows > 0 ? values2[0] : [];
    if (first === null || typeof first !== "object" || typeof first.length !== "number") {
      throw new TypeError(`${name} row 0 must be an array of numbers, got ${describe(first)}`);
    }
    const cols = first.length;
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      const row = values2[i];
      if (row === null || typeof row !== "object" || typeof row.length !== "number") {
        throw new TypeError(`${name} row ${i} must be an array of numbers, got ${describe(row)}`);
      }
      if (row.length !== cols) {
        throw new RangeError(`${name} row ${i} has ${row.length} columns, expected ${cols}`);
      }
      for (let j = 0; j < cols; j++) {
        const v = row[j];
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new TypeError(`${name} has a non-finite value at row ${i}, column ${j}: ${describe(v)}`);
        }
        data[i * cols + j] = v;
      }
    }
    return new _Matrix(rows, cols, data);
  }
  /** Value at row `i`, column `j`. */
  get(i, j) {
    return this.data[i * this.cols + j];
  }
  /** A copy of row `i` as a plain array. */
  row(i) {
    return Array.from(this.data.slice(i * this.cols, (i + 1) * this.cols));
  }
  /** The values as nested arrays, one per row. */
  toArray() {
    const out = [];
    for (let i = 0; i < this.rows; i++) out.push(this.row(i));
    return out;
  }
  /** A deep copy. */
  clone() {
    return new _Matrix(this.rows, this.cols, this.data.slice());
  }
  /**
   * The values as NumPy prints an array: integers when every value is one;
   * otherwise up to 8 decimals with trailing zeros dropped and columns aligned,
   * or scientific notation when the magnitudes call for it (NumPy's rule: a
   * nonzero value below 1e-4, one of 1e8 or more, or a ratio over 1000).
   */
  toString() {
    if (this.rows === 0) return "[]";
    const cells = formatCells(this.data);
    const lines = [];
    for (let i = 0; i < this.rows; i++) {
      const row = cells.slice(i * this.cols, (i + 1) * this.cols);
      lines.push(`${i === 0 ? "[[" : " ["}${row.join(" ")}]`);
    }
    return `${lines.join("\n")}]`;
  }
  /** Deno's console.log hook. */
  [Symbol.for("Deno.customInspect")]() {
    return this.toString();
  }
  /** Node's console.log hook. */
  [Symbol.for("nodejs.util.inspect.custom")]() {
    return this.toString();
  }
  /** Jupyter's display hook (Deno's kernel): an HTML table, elided when large, and the text. */
  [JUPYTER_DISPLAY]() {
    return {
      "text/plain": this.toString(),
      "text/html": matrixTable(this)
    };
  }
};
function rowView(m, start, rows) {
  return new Matrix(rows, m.cols, subview(m.data, start * m.cols, (start + rows) * m.cols));
}
var viewMakers = /* @__PURE__ */ new WeakMap();
function countViews(buffer, maker) {
  viewMakers.set(buffer, maker);
}
function subview(data, begin, end) {
  const maker = viewMakers.get(data.buffer);
  return maker === void 0 ? data.subarray(begin, end) : maker(data, begin, end);
}
function toMatrix(values2, name = "matrix") {
  if (values2 instanceof Matrix) {
    assertFinite(values2, name);
    return values2;
  }
  return Matrix.from(values2, name);
}
function assertFinite(m, name) {
  const { data, cols } = m;
  const k = firstNonFinite(data);
  if (k < 0) return;
  const i = Math.floor(k / cols);
  throw new TypeError(`${name} has a non-finite value at row ${i}, column ${k - i * cols}: ${data[k]}`);
}
function firstNonFinite(data) {
  if (Number.isFinite(sum(data))) return -1;
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(data[k])) return k;
  return -1;
}
function sum(data) {
  const n = data.length, n4 = n - (n & 3);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let k = 0; k < n4; k += 4) {
    s0 += data[k];
    s1 += data[k + 1];
    s2 += data[k + 2];
    s3 += data[k + 3];
  }
  for (let k = n4; k < n; k++) s0 += data[k];
  return s0 + s1 + s2 + s3;
}
function typeName(v) {
  if (v === null || typeof v !== "object") return describe(v);
  return v.constructor?.name ?? "an object";
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === "object") return "an object";
  return String(v);
}

// plugins/activation.ts
var RELU_PROBE = [
  -2,
  -0.5,
  0,
  0.5,
  2,
  -Infinity,
  Infinity
];
function checkReluClaim(activation2, where) {
  const z = new Matrix(1, RELU_PROBE.length, Float64Array.from(RELU_PROBE));
  const a = new Matrix(1, RELU_PROBE.length);
  activation2.forward(z, a);
  const k = RELU_PROBE.findIndex((v, i) => !Object.is(a.data[i], v * +(v > 0) + 0));
  if (k < 0) return;
  throw new TypeError(`${where}: activation "${activation2.name}" has kernel "relu", but its forward gives ${a.data[k]} for ${RELU_PROBE[k]}, not max(0, z); leave kernel out (a layer would compute max(0, z) in its place)`);
}
var ACTIVATION_METHODS = [
  "forward",
  "backward"
];
function checkActivationShape(value, where) {
  checkPluginShape(value, where, "activation", ACTIVATION_METHODS);
  const { name, probability, kernel } = value;
  if (kernel !== void 0 && kernel !== "relu") {
    throw new TypeError(`${where}: activation "${name}" has kernel ${JSON.stringify(kernel)}; expected "relu" or none`);
  }
  if (kernel === "relu") checkReluClaim(value, where);
  if (probability !== void 0 && probability !== "distribution" && probability !== "independent") {
    throw new TypeError(`${where}: activation "${name}" has probability ${JSON.stringify(probability)}; expected "distribution", "independent" or none`);
  }
}

// lib/primitives/options.ts
function checkOptions(owner, options, known2) {
  if (options === void 0) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${owner} options must be an object, got ${describe(options)}`);
  }
  for (const key2 of Object.keys(options)) {
    if (!known2.includes(key2)) {
      throw new TypeError(`${owner} has no option "${key2}"; known options: ${known2.join(", ") || "none"}`);
    }
  }
  return options;
}
function booleanOption(owner, options, key2, fallback) {
  const v = options[key2] ?? fallback;
  if (typeof v !== "boolean") {
    throw new TypeError(`${owner} ${key2} must be true or false, got ${describe(v)}`);
  }
  return v;
}

// plugins/elu.ts
function elu(options = {}) {
  const alpha = checkOptions("elu", options, [
    "alpha"
  ]).alpha ?? 1;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    throw new RangeError(`elu alpha must be a finite number \u2265 0, got ${String(alpha)}`);
  }
  return {
    name: "elu",
    options: {
      alpha
    },
    forward(z, a) {
      const zd = z.data, ad = a.data;
      for (let i = 0; i < zd.length; i++) {
        const v = zd[i];
        ad[i] = v > 0 ? v : alpha * Math.expm1(v);
      }
    },
    backward(z, _a, da, dz) {
      const zd = z.data, dad = da.data, dzd = dz.data;
      for (let i = 0; i < zd.length; i++) {
        const v = zd[i];
        dzd[i] = dad[i] * (v > 0 ? 1 : alpha * Math.exp(v));
      }
    }
  };
}

// plugins/gelu.ts
var SQRT_HALF = Math.SQRT1_2;
var INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
var gelu = {
  name: "gelu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * normalCdf(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      const density = v * v > 1500 ? 0 : INV_SQRT_2PI * Math.exp(-0.5 * v * v);
      dzd[i] = dad[i] * (normalCdf(v) + (density === 0 ? 0 : v * density));
    }
  }
};
function normalCdf(x) {
  return 0.5 * erfc(-x * SQRT_HALF);
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) return 1 - erfSeries(x);
  if (x > 27) return 0;
  const tiny = 1e-300;
  let f = x, c = x, d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
function erfSeries(x) {
  const x2 = x * x;
  let term = x, sum2 = x;
  for (let n = 1; n < 200; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum2 += term;
    if (term < 1e-17 * sum2) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum2;
}

// plugins/gelu_tanh.ts
var K = Math.sqrt(2 / Math.PI);
var C = 0.044715;
var geluTanh = {
  name: "geluTanh",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = 0.5 * v * (1 + Math.tanh(K * (v + C * v * v * v)));
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      const t = Math.tanh(K * (v + C * v * v * v));
      const flat = 1 - t * t;
      dzd[i] = dad[i] * (0.5 * (1 + t) + (flat === 0 ? 0 : 0.5 * v * flat * K * (1 + 3 * C * v * v)));
    }
  }
};

// plugins/hard_sigmoid.ts
var hardSigmoid = {
  name: "hardSigmoid",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = v <= -3 ? 0 : v >= 3 ? 1 : v / 6 + 0.5;
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      dzd[i] = v > -3 && v < 3 ? dad[i] / 6 : 0 * dad[i];
    }
  }
};

// plugins/leaky_relu.ts
function leakyRelu(options = {}) {
  const alpha = checkOptions("leakyRelu", options, [
    "alpha"
  ]).alpha ?? 0.01;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    throw new RangeError(`leakyRelu alpha must be a finite number \u2265 0, got ${String(alpha)}`);
  }
  const slopes = new Float64Array([
    alpha,
    1
  ]);
  return {
    name: "leakyRelu",
    options: {
      alpha
    },
    forward(z, a) {
      const zd = z.data, ad = a.data;
      for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * slopes[+(zd[i] > 0)];
    },
    backward(z, _a, da, dz) {
      const zd = z.data, dad = da.data, dzd = dz.data;
      for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * slopes[+(zd[i] > 0)];
    }
  };
}

// plugins/sigmoid.ts
var sigmoid = {
  name: "sigmoid",
  probability: "independent",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = logistic(zd[i]);
  },
  backward(_z, a, da, dz) {
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < ad.length; i++) dzd[i] = dad[i] * ad[i] * (1 - ad[i]);
  }
};
function logistic(x) {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

// plugins/softplus.ts
var softplus = {
  name: "softplus",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = softplusOf(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * logistic(zd[i]);
  }
};
function softplusOf(x) {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

// plugins/mish.ts
var mish = {
  name: "mish",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * Math.tanh(softplusOf(zd[i]));
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i], t = Math.tanh(softplusOf(v));
      const flat = 1 - t * t;
      dzd[i] = dad[i] * (t + (flat === 0 ? 0 : v * flat * logistic(v)));
    }
  }
};

// plugins/selu.ts
var SELU_ALPHA = 1.6732632423543772;
var SELU_SCALE = 1.0507009873554805;
var selu = {
  name: "selu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = SELU_SCALE * (v > 0 ? v : SELU_ALPHA * Math.expm1(v));
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      dzd[i] = dad[i] * SELU_SCALE * (v > 0 ? 1 : SELU_ALPHA * Math.exp(v));
    }
  }
};

// plugins/silu.ts
var silu = {
  name: "silu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = zd[i] * logistic(zd[i]);
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i], s = logistic(v);
      dzd[i] = dad[i] * s * (1 + v * (1 - s));
    }
  }
};

// plugins/linear.ts
var linear = {
  name: "linear",
  forward(z, a) {
    a.data.set(z.data);
  },
  backward(_z, _a, da, dz) {
    if (dz !== da) dz.data.set(da.data);
  }
};

// plugins/relu.ts
var relu = {
  name: "relu",
  kernel: "relu",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) {
      const v = zd[i];
      ad[i] = v * +(v > 0) + 0;
    }
  },
  backward(z, _a, da, dz) {
    const zd = z.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < zd.length; i++) dzd[i] = dad[i] * +(zd[i] > 0) + 0;
  }
};

// plugins/softmax.ts
var softmax = {
  name: "softmax",
  probability: "distribution",
  forward(z, a) {
    const { rows, cols } = z;
    const zd = z.data, ad = a.data;
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      let max = -Infinity;
      for (let j = 0; j < cols; j++) if (zd[o + j] > max) max = zd[o + j];
      let sum2 = 0;
      for (let j = 0; j < cols; j++) {
        const e = Math.exp(zd[o + j] - max);
        ad[o + j] = e;
        sum2 += e;
      }
      for (let j = 0; j < cols; j++) ad[o + j] /= sum2;
    }
  },
  backward(_z, a, da, dz) {
    const { rows, cols } = a;
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < rows; i++) {
      const o = i * cols;
      let dot2 = 0;
      for (let j = 0; j < cols; j++) dot2 += ad[o + j] * dad[o + j];
      for (let j = 0; j < cols; j++) dzd[o + j] = ad[o + j] * (dad[o + j] - dot2);
    }
  }
};

// plugins/tanh.ts
var tanh = {
  name: "tanh",
  forward(z, a) {
    const zd = z.data, ad = a.data;
    for (let i = 0; i < zd.length; i++) ad[i] = Math.tanh(zd[i]);
  },
  backward(_z, a, da, dz) {
    const ad = a.data, dad = da.data, dzd = dz.data;
    for (let i = 0; i < ad.length; i++) dzd[i] = dad[i] * (1 - ad[i] * ad[i]);
  }
};

// plugins/activations.ts
var activations = createRegistry("activation", checkActivationShape);
activations.register("linear", linear);
activations.register("relu", relu);
activations.register("leakyRelu", leakyRelu);
activations.register("sigmoid", sigmoid);
activations.register("tanh", tanh);
activations.register("softmax", softmax);
activations.register("elu", elu);
activations.register("selu", selu);
activations.register("softplus", softplus);
activations.register("gelu", gelu);
activations.register("geluTanh", geluTanh);
activations.register("silu", silu);
activations.register("swish", silu);
activations.register("mish", mish);
activations.register("hardSigmoid", hardSigmoid);

// plugins/loss.ts
var LOSS_METHODS = [
  "value",
  "gradient"
];
function checkLossShape(value, where) {
  checkPluginShape(value, where, "loss", LOSS_METHODS);
  const targets = value.targets;
  if (targets !== "real" && targets !== "probability" && targets !== "distribution" && targets !== "index") {
    throw new TypeError(`${where}: loss targets must be "real", "probability", "distribution" or "index", got ${String(targets)}`);
  }
}

// plugins/probability.ts
var PROBABILITY_FLOOR = 1e-12;
function assertProbabilities(loss, yHat) {
  const d = yHat.data;
  for (let k = 0; k < d.length; k++) {
    if (!(d[k] >= 0 && d[k] <= 1)) {
      const i = Math.floor(k / yHat.cols);
      throw new RangeError(`${loss} needs predictions in [0, 1] (a sigmoid or softmax output), got ${d[k]} at row ${i}, column ${k - i * yHat.cols}`);
    }
  }
}
function logSumExp(s, offset, cols) {
  let max = -Infinity;
  for (let j = 0; j < cols; j++) if (s[offset + j] > max) max = s[offset + j];
  let exps = 0;
  for (let j = 0; j < cols; j++) exps += Math.exp(s[offset + j] - max);
  return max + Math.log(exps);
}

// plugins/cross_entropy.ts
var crossEntropy = {
  name: "crossEntropy",
  targets: "distribution",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("crossEntropy", yHat);
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum2 = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        if (t[k] !== 0) sum2 -= wi * (t[k] * Math.log(Math.max(p[k], PROBABILITY_FLOOR)));
      }
    }
    return sum2 / rows;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        g[k] = wi * (-t[k] / (Math.max(p[k], PROBABILITY_FLOOR) * rows));
      }
    }
  },
  fused: [
    {
      activation: softmax,
      value(z, y, w) {
        const { rows, cols } = z;
        const s = z.data, t = y.data;
        let sum2 = 0;
        for (let i = 0; i < rows; i++) {
          const o = i * cols, wi = w === void 0 ? 1 : w[i];
          const lse = logSumExp(s, o, cols);
          for (let j = 0; j < cols; j++) {
            if (t[o + j] !== 0) sum2 += wi * (t[o + j] * (lse - s[o + j]));
          }
        }
        return sum2 / rows;
      },
      delta(a, y, dz, w) {
        const p = a.data, t = y.data, g = dz.data, { rows, cols } = a;
        for (let i = 0; i < rows; i++) {
          const wi = w === void 0 ? 1 : w[i];
          for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = wi * ((p[k] - t[k]) / rows);
        }
      }
    }
  ]
};

// plugins/log_loss.ts
var logLoss = {
  name: "logLoss",
  targets: "probability",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("logLoss", yHat);
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum2 = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const q = clamp(p[k]);
        sum2 -= wi * (t[k] * Math.log(q) + (1 - t[k]) * Math.log(1 - q));
      }
    }
    return sum2 / p.length;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    const n = p.length;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const q = clamp(p[k]);
        g[k] = wi * ((q - t[k]) / (q * (1 - q) * n));
      }
    }
  },
  fused: [
    {
      activation: sigmoid,
      value(z, y, w) {
        const s = z.data, t = y.data, { rows, cols } = z;
        let sum2 = 0;
        for (let i = 0; i < rows; i++) {
          const wi = w === void 0 ? 1 : w[i];
          for (let k = i * cols; k < (i + 1) * cols; k++) {
            const v = s[k];
            sum2 += wi * (Math.max(v, 0) - t[k] * v + Math.log1p(Math.exp(-Math.abs(v))));
          }
        }
        return sum2 / s.length;
      },
      delta(a, y, dz, w) {
        const p = a.data, t = y.data, g = dz.data, { rows, cols } = a;
        const n = p.length;
        for (let i = 0; i < rows; i++) {
          const wi = w === void 0 ? 1 : w[i];
          for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = wi * ((p[k] - t[k]) / n);
        }
      }
    }
  ]
};
function clamp(p) {
  return Math.min(Math.max(p, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
}

// plugins/mse.ts
var mse = {
  name: "mse",
  targets: "real",
  weighted: true,
  value(yHat, y, w) {
    const p = yHat.data, t = y.data, { rows, cols } = yHat;
    let sum2 = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      for (let k = i * cols; k < (i + 1) * cols; k++) {
        const e = p[k] - t[k];
        sum2 += wi * (e * e);
      }
    }
    return sum2 / p.length;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, t = y.data, g = out.data, { rows, cols } = yHat;
    const scale = 2 / p.length;
    for (let i = 0; i < rows; i++) {
      const s = w === void 0 ? scale : w[i] * scale;
      for (let k = i * cols; k < (i + 1) * cols; k++) g[k] = s * (p[k] - t[k]);
    }
  }
};

// plugins/sparse_cross_entropy.ts
var sparseCrossEntropy = {
  name: "sparseCrossEntropy",
  targets: "index",
  weighted: true,
  value(yHat, y, w) {
    assertProbabilities("sparseCrossEntropy", yHat);
    const p = yHat.data, c = y.data, { rows, cols } = yHat;
    let sum2 = 0;
    for (let i = 0; i < rows; i++) {
      const wi = w === void 0 ? 1 : w[i];
      sum2 -= wi * Math.log(Math.max(p[i * cols + c[i]], PROBABILITY_FLOOR));
    }
    return sum2 / rows;
  },
  gradient(yHat, y, out, w) {
    const p = yHat.data, c = y.data, g = out.data, { rows, cols } = yHat;
    g.fill(0);
    for (let i = 0; i < rows; i++) {
      const k = i * cols + c[i], wi = w === void 0 ? 1 : w[i];
      g[k] = wi * (-1 / (Math.max(p[k], PROBABILITY_FLOOR) * rows));
    }
  },
  fused: [
    {
      activation: softmax,
      value(z, y, w) {
        const { rows, cols } = z;
        const s = z.data, c = y.data;
        let sum2 = 0;
        for (let i = 0; i < rows; i++) {
          const o = i * cols, wi = w === void 0 ? 1 : w[i];
          sum2 += wi * (logSumExp(s, o, cols) - s[o + c[i]]);
        }
        return sum2 / rows;
      },
      delta(a, y, dz, w) {
        const p = a.data, c = y.data, g = dz.data, { rows, cols } = a;
        for (let i = 0; i < rows; i++) {
          const o = i * cols, wi = w === void 0 ? 1 : w[i];
          for (let j = 0; j < cols; j++) {
            g[o + j] = wi * ((p[o + j] - (j === c[i] ? 1 : 0)) / rows);
          }
        }
      }
    }
  ]
};

// plugins/losses.ts
var losses = createRegistry("loss", checkLossShape);
losses.register("mse", mse);
losses.register("logLoss", logLoss);
losses.register("binaryCrossEntropy", logLoss);
losses.register("crossEntropy", crossEntropy);
losses.register("sparseCrossEntropy", sparseCrossEntropy);

// plugins/optimizer.ts
var OPTIMIZER_METHODS = [
  "step"
];
function checkOptimizerShape(value, where) {
  checkPluginShape(value, where, "optimizer", OPTIMIZER_METHODS);
}

// lib/primitives/number_option.ts
var POSITIVE = {
  min: 0,
  minInclusive: false,
  max: Infinity,
  maxInclusive: false
};
var NON_NEGATIVE = {
  min: 0,
  minInclusive: true,
  max: Infinity,
  maxInclusive: false
};
var OPEN_UNIT = {
  min: 0,
  minInclusive: false,
  max: 1,
  maxInclusive: false
};
var UNIT = {
  min: 0,
  minInclusive: true,
  max: 1,
  maxInclusive: false
};
function numberOption(owner, options, key2, fallback, range2) {
  const v = options[key2] ?? fallback;
  const aboveMin = typeof v === "number" && (range2.minInclusive ? v >= range2.min : v > range2.min);
  const belowMax = typeof v === "number" && (range2.maxInclusive ? v <= range2.max : v < range2.max);
  if (typeof v !== "number" || !Number.isFinite(v) || !aboveMin || !belowMax) {
    const lo = `${range2.minInclusive ? "[" : "("}${range2.min}`;
    const hi = `${range2.max === Infinity ? "\u221E" : range2.max}${range2.maxInclusive ? "]" : ")"}`;
    throw new RangeError(`${owner} ${key2} must be a number in ${lo}, ${hi}, got ${String(v)}`);
  }
  return v;
}
function integerOption(owner, options, key2, fallback, min = 1, why = "") {
  const v = options[key2] ?? fallback;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) {
    const bound = min === 1 ? "a positive integer" : `an integer \u2265 ${min}`;
    const Type = typeof v === "number" ? RangeError : TypeError;
    throw new Type(`${owner} ${key2} must be ${bound}${why}, got ${describe(v)}`);
  }
  return v;
}

// plugins/slot.ts
function slot(p, key2) {
  return p.state.slots[key2] ??= new Float64Array(p.value.length);
}

// plugins/clip.ts
function clippingOf(owner, options) {
  const { clipNorm, clipValue } = options;
  if (clipNorm !== void 0 && clipValue !== void 0) {
    throw new RangeError(`${owner} takes clipNorm or clipValue, not both`);
  }
  if (clipNorm !== void 0) {
    return {
      clipNorm: numberOption(owner, options, "clipNorm", 0, POSITIVE)
    };
  }
  if (clipValue !== void 0) {
    return {
      clipValue: numberOption(owner, options, "clipValue", 0, POSITIVE)
    };
  }
  return {};
}
function clip(parameters, { clipNorm, clipValue }) {
  if (clipValue !== void 0) {
    for (const { gradient: g } of parameters) {
      for (let k = 0; k < g.length; k++) g[k] = Math.min(clipValue, Math.max(-clipValue, g[k]));
    }
  } else if (clipNorm !== void 0) {
    let squares = 0;
    for (const { gradient: g } of parameters) {
      for (let k = 0; k < g.length; k++) squares += g[k] * g[k];
    }
    const factor = clipNorm / (Math.sqrt(squares) + 1e-6);
    if (factor >= 1) return;
    for (const { gradient: g } of parameters) for (let k = 0; k < g.length; k++) g[k] *= factor;
  }
}

// plugins/learning_rate.ts
function rateOf(owner, options, fallback) {
  const given = options.learningRate;
  if (given != null && typeof given !== "number" && typeof given !== "function") {
    throw new TypeError(`${owner} learningRate must be a positive number or a schedule, a function (step, epoch) => rate; got ${describe(given)}`);
  }
  const schedule = typeof given === "function" ? given : null;
  const constant = schedule === null ? numberOption(owner, options, "learningRate", fallback, POSITIVE) : void 0;
  let step = 0, epoch = 0, scale = 1;
  const raw2 = (at2) => {
    if (schedule === null) return constant;
    const value1 = schedule(at2, epoch);
    if (typeof value1 !== "number" || !Number.isFinite(value1) || value1 < 0) {
      throw new TypeError(`The ${owner} learning-rate schedule gave ${describe(value1)} at step ${at2} (epoch ${epoch}); expected a finite number \u2265 0. No weights were updated.`);
    }
    return value1;
  };
  let last2, before;
  return {
    constant,
    next() {
      before = last2;
      last2 = raw2(step) * scale;
      step++;
      return last2;
    },
    control({ name, options: options2, step: update }) {
      return {
        name,
        options: options2,
        step: update,
        get learningRate() {
          return last2 ?? raw2(step) * scale;
        },
        set learningRate(value) {
          throw new TypeError(`${owner} learningRate cannot be assigned (got ${String(value)}): set learningRateScale to scale it, or give the optimizer a schedule`);
        },
        revert() {
          if (step === 0) return;
          step--;
          last2 = before;
        },
        get learningRateScale() {
          return scale;
        },
        set learningRateScale(value) {
          if (typeof value !== "number" || !(value > 0) || !Number.isFinite(value)) {
            throw new RangeError(`${owner} learningRateScale must be a positive number, got ${String(value)}`);
          }
          scale = value;
        },
        get epoch() {
          return epoch;
        },
        set epoch(value) {
          if (!Number.isSafeInteger(value) || value < 0) {
            throw new RangeError(`${owner} epoch must be an integer \u2265 0, got ${String(value)}`);
          }
          epoch = value;
        }
      };
    }
  };
}
function learningRateOption(rate) {
  return rate.constant === void 0 ? {} : {
    learningRate: rate.constant
  };
}

// plugins/adam.ts
function adam(options = {}) {
  return adaptive("adam", options, 0, false);
}
function adamw(options = {}) {
  return adaptive("adamw", options, 0.01, true);
}
function adaptive(name, options, defaultDecay, decoupled) {
  checkOptions(name, options, [
    "learningRate",
    "beta1",
    "beta2",
    "epsilon",
    "weightDecay",
    "clipNorm",
    "clipValue"
  ]);
  const rate = rateOf(name, options, 1e-3);
  const beta1 = numberOption(name, options, "beta1", 0.9, UNIT);
  const beta2 = numberOption(name, options, "beta2", 0.999, UNIT);
  const epsilon = numberOption(name, options, "epsilon", 1e-8, POSITIVE);
  const weightDecay = numberOption(name, options, "weightDecay", defaultDecay, NON_NEGATIVE);
  const clipping = clippingOf(name, options);
  return rate.control({
    name,
    options: {
      ...learningRateOption(rate),
      beta1,
      beta2,
      epsilon,
      weightDecay,
      ...clipping
    },
    step(parameters) {
      const learningRate = rate.next();
      clip(parameters, clipping);
      for (const p of parameters) {
        const t = p.state.counters.adam = (p.state.counters.adam ?? 0) + 1;
        const w = p.value, g = p.gradient;
        const m = slot(p, "m"), v = slot(p, "v");
        const c1 = 1 - beta1 ** t, c2 = 1 - beta2 ** t;
        const decay = p.kind === "weights" ? weightDecay : 0;
        const l2 = decoupled ? 0 : decay, shrink = decoupled ? 1 - learningRate * decay : 1;
        for (let k = 0; k < w.length; k++) {
          const gk = g[k] + l2 * w[k];
          m[k] = beta1 * m[k] + (1 - beta1) * gk;
          v[k] = beta2 * v[k] + (1 - beta2) * gk * gk;
          w[k] = w[k] * shrink - learningRate * (m[k] / c1) / (Math.sqrt(v[k] / c2) + epsilon);
        }
      }
    }
  });
}

// plugins/sgd.ts
function sgd(options = {}) {
  checkOptions("sgd", options, [
    "learningRate",
    "momentum",
    "nesterov",
    "weightDecay",
    "clipNorm",
    "clipValue"
  ]);
  const rate = rateOf("sgd", options, 0.01);
  const momentum = numberOption("sgd", options, "momentum", 0, UNIT);
  const weightDecay = numberOption("sgd", options, "weightDecay", 0, NON_NEGATIVE);
  const nesterov = options.nesterov ?? false;
  if (typeof nesterov !== "boolean") {
    throw new TypeError(`sgd nesterov must be true or false, got ${String(nesterov)}`);
  }
  if (nesterov && momentum === 0) {
    throw new RangeError("sgd nesterov needs a momentum greater than 0");
  }
  const clipping = clippingOf("sgd", options);
  return rate.control({
    name: "sgd",
    options: {
      ...learningRateOption(rate),
      momentum,
      nesterov,
      weightDecay,
      ...clipping
    },
    step(parameters) {
      const learningRate = rate.next();
      clip(parameters, clipping);
      for (const p of parameters) {
        const w = p.value, g = p.gradient;
        const decay = p.kind === "weights" ? weightDecay : 0;
        if (momentum === 0) {
          for (let k = 0; k < w.length; k++) w[k] -= learningRate * (g[k] + decay * w[k]);
        } else {
          const v = slot(p, "velocity");
          for (let k = 0; k < w.length; k++) {
            const gk = g[k] + decay * w[k];
            v[k] = momentum * v[k] + gk;
            w[k] -= learningRate * (nesterov ? gk + momentum * v[k] : v[k]);
          }
        }
      }
    }
  });
}

// plugins/optimizers.ts
var optimizers = createRegistry("optimizer", checkOptimizerShape);
optimizers.register("sgd", sgd);
optimizers.register("adam", adam);
optimizers.register("adamw", adamw);

// plugins/schedules.ts
function exponentialDecay(options) {
  const o = known("exponentialDecay", options, [
    "initialLearningRate",
    "decaySteps",
    "decayRate",
    "staircase"
  ]);
  const initial = required("exponentialDecay", o, "initialLearningRate", POSITIVE);
  const decaySteps = requiredInteger("exponentialDecay", o, "decaySteps");
  const decayRate = required("exponentialDecay", o, "decayRate", POSITIVE);
  const staircase = booleanOption("exponentialDecay", o, "staircase", false);
  return (step) => {
    const p = step / decaySteps;
    return initial * decayRate ** (staircase ? Math.floor(p) : p);
  };
}
function stepDecay(options) {
  const o = known("stepDecay", options, [
    "initialLearningRate",
    "stepSize",
    "gamma"
  ]);
  const initial = required("stepDecay", o, "initialLearningRate", POSITIVE);
  const stepSize = requiredInteger("stepDecay", o, "stepSize");
  const gamma = numberOption("stepDecay", o, "gamma", 0.1, OPEN_UNIT);
  return (_step, epoch) => initial * gamma ** Math.floor(epoch / stepSize);
}
function cosineDecay(options) {
  const o = known("cosineDecay", options, [
    "initialLearningRate",
    "decaySteps",
    "alpha",
    "warmupSteps",
    "warmupTarget"
  ]);
  const initial = required("cosineDecay", o, "initialLearningRate", NON_NEGATIVE);
  const decaySteps = requiredInteger("cosineDecay", o, "decaySteps");
  const alpha = numberOption("cosineDecay", o, "alpha", 0, UNIT);
  const warmupSteps = integerOption("cosineDecay", o, "warmupSteps", 0, 0);
  const target = o.warmupTarget === void 0 ? void 0 : numberOption("cosineDecay", o, "warmupTarget", 0, POSITIVE);
  if (target === void 0 !== (warmupSteps === 0)) {
    throw new RangeError("cosineDecay warmupSteps and warmupTarget go together: give both or neither");
  }
  if (target === void 0 && initial === 0) {
    throw new RangeError("cosineDecay initialLearningRate must be positive without a warm-up, got 0");
  }
  const top = target ?? initial;
  return (step) => {
    if (step < warmupSteps) return initial + (top - initial) * (step / warmupSteps);
    const s = Math.min(step - warmupSteps, decaySteps);
    return top * ((1 - alpha) * 0.5 * (1 + Math.cos(Math.PI * s / decaySteps)) + alpha);
  };
}
function piecewiseConstant(options) {
  const o = known("piecewiseConstant", options, [
    "boundaries",
    "values"
  ]);
  const { boundaries, values: values2 } = o;
  if (!Array.isArray(boundaries) || !Array.isArray(values2)) {
    throw new TypeError("piecewiseConstant needs boundaries and values, two arrays of numbers");
  }
  if (values2.length !== boundaries.length + 1) {
    throw new RangeError(`piecewiseConstant needs one value more than boundaries, got ${values2.length} values for ${boundaries.length} boundaries`);
  }
  boundaries.forEach((b, i) => {
    if (typeof b !== "number" || !Number.isFinite(b) || i > 0 && !(b > boundaries[i - 1])) {
      throw new RangeError(`piecewiseConstant boundaries must be increasing finite numbers; boundaries[${i}] is ${b}`);
    }
  });
  values2.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
      throw new RangeError(`piecewiseConstant values[${i}] is ${v}; expected a finite number \u2265 0`);
    }
  });
  const bounds = [
    ...boundaries
  ], rates = [
    ...values2
  ];
  return (step) => {
    let i = 0;
    while (i < bounds.length && step > bounds[i]) i++;
    return rates[i];
  };
}
function known(owner, options, keys) {
  if (options === void 0) throw new TypeError(`${owner} needs options: ${keys.join(", ")}`);
  return checkOptions(owner, options, keys);
}
function need(owner, options, key2) {
  if (options[key2] === void 0) throw new TypeError(`${owner} needs ${key2}`);
  return options;
}
function requiredInteger(owner, options, key2) {
  return integerOption(owner, need(owner, options, key2), key2, 1, 1);
}
function required(owner, options, key2, range2) {
  return numberOption(owner, need(owner, options, key2), key2, NaN, range2);
}

// lib/network/initializers.ts
function uniform(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) {
    throw new RangeError(`uniform(a, b) needs finite bounds with a < b, got (${a}, ${b})`);
  }
  return (weights, _inputs, _outputs, random) => {
    for (let k = 0; k < weights.length; k++) weights[k] = a + (b - a) * random.random();
  };
}
function normal(std) {
  if (!Number.isFinite(std) || std < 0) {
    throw new RangeError(`normal(std) needs a finite std \u2265 0, got ${std}`);
  }
  return (weights, _inputs, _outputs, random) => {
    for (let k = 0; k < weights.length; k++) weights[k] = std * random.normal();
  };
}
var glorotUniform = (weights, inputs, outputs, random) => {
  const limit = Math.sqrt(6 / (inputs + outputs));
  uniform(-limit, limit)(weights, inputs, outputs, random);
};
var glorotNormal = (weights, inputs, outputs, random) => {
  normal(Math.sqrt(2 / (inputs + outputs)))(weights, inputs, outputs, random);
};
var heNormal = (weights, inputs, outputs, random) => {
  normal(Math.sqrt(2 / inputs))(weights, inputs, outputs, random);
};
var heUniform = (weights, inputs, outputs, random) => {
  const limit = Math.sqrt(6 / inputs);
  uniform(-limit, limit)(weights, inputs, outputs, random);
};
var zeros = (weights) => {
  weights.fill(0);
};
function transposedDraw(init) {
  const draw = resolveInitializer(init, "transposedDraw");
  return (weights, inputs, outputs, random) => {
    const drawn = new Float64Array(weights.length);
    draw(drawn, inputs, outputs, random);
    for (let o = 0; o < outputs; o++) {
      for (let i = 0; i < inputs; i++) weights[i * outputs + o] = drawn[o * inputs + i];
    }
  };
}
var initializers = {
  glorotUniform,
  glorotNormal,
  heNormal,
  heUniform,
  zeros
};
function resolveInitializer(spec, where = "init") {
  if (typeof spec === "function") return spec;
  const init = typeof spec === "string" ? initializers[spec] : void 0;
  if (init === void 0 || !Object.hasOwn(initializers, spec)) {
    throw new RangeError(`${where}: unknown initializer ${JSON.stringify(spec)}; known initializers: ${Object.keys(initializers).join(", ")} (or a function such as normal(0.1))`);
  }
  return init;
}

// lib/kernels/js_kernels.ts
function rowProducts(a, b, bias, out, m, len, cols, colStride, step) {
  const m4 = m - (m & 3), cols2 = cols - (cols & 1);
  for (let i = 0; i < m4; i += 4) {
    const a0 = i * len, a1 = a0 + len, a2 = a1 + len, a3 = a2 + len;
    const o0 = i * cols, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
    for (let j = 0; j < cols2; j += 2) {
      const s0 = bias === null ? 0 : bias[j], s1 = bias === null ? 0 : bias[j + 1];
      let c00 = s0, c01 = s1, c10 = s0, c11 = s1, c20 = s0, c21 = s1, c30 = s0, c31 = s1;
      for (let t = 0, q = j * colStride; t < len; t++, q += step) {
        const b0 = b[q], b1 = b[q + colStride];
        let x = a[a0 + t];
        c00 += x * b0;
        c01 += x * b1;
        x = a[a1 + t];
        c10 += x * b0;
        c11 += x * b1;
        x = a[a2 + t];
        c20 += x * b0;
        c21 += x * b1;
        x = a[a3 + t];
        c30 += x * b0;
        c31 += x * b1;
      }
      out[o0 + j] = c00;
      out[o0 + j + 1] = c01;
      out[o1 + j] = c10;
      out[o1 + j + 1] = c11;
      out[o2 + j] = c20;
      out[o2 + j + 1] = c21;
      out[o3 + j] = c30;
      out[o3 + j + 1] = c31;
    }
    if (cols2 < cols) {
      const j = cols2;
      let c0 = bias === null ? 0 : bias[j], c1 = c0, c2 = c0, c3 = c0;
      for (let t = 0, q = j * colStride; t < len; t++, q += step) {
        const bv = b[q];
        c0 += a[a0 + t] * bv;
        c1 += a[a1 + t] * bv;
        c2 += a[a2 + t] * bv;
        c3 += a[a3 + t] * bv;
      }
      out[o0 + j] = c0;
      out[o1 + j] = c1;
      out[o2 + j] = c2;
      out[o3 + j] = c3;
    }
  }
  for (let i = m4; i < m; i++) {
    const ai = i * len;
    for (let j = 0; j < cols; j++) {
      let c = bias === null ? 0 : bias[j];
      for (let t = 0, q = j * colStride; t < len; t++, q += step) c += a[ai + t] * b[q];
      out[i * cols + j] = c;
    }
  }
}
function matmulTransA(a, b, out, m, k, n) {
  const k2 = k - (k & 1), n4 = n - (n & 3);
  for (let p = 0; p < k2; p += 2) {
    const o0 = p * n, o1 = o0 + n;
    for (let j = 0; j < n4; j += 4) {
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) {
        const b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3];
        const x0 = a[x], x1 = a[x + 1];
        c00 += x0 * b0;
        c01 += x0 * b1;
        c02 += x0 * b2;
        c03 += x0 * b3;
        c10 += x1 * b0;
        c11 += x1 * b1;
        c12 += x1 * b2;
        c13 += x1 * b3;
      }
      out[o0 + j] = c00;
      out[o0 + j + 1] = c01;
      out[o0 + j + 2] = c02;
      out[o0 + j + 3] = c03;
      out[o1 + j] = c10;
      out[o1 + j + 1] = c11;
      out[o1 + j + 2] = c12;
      out[o1 + j + 3] = c13;
    }
    for (let j = n4; j < n; j++) {
      let c0 = 0, c1 = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) {
        const bv = b[y];
        c0 += a[x] * bv;
        c1 += a[x + 1] * bv;
      }
      out[o0 + j] = c0;
      out[o1 + j] = c1;
    }
  }
  if (k2 < k) {
    const p = k2;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let i = 0, x = p, y = j; i < m; i++, x += k, y += n) c += a[x] * b[y];
      out[p * n + j] = c;
    }
  }
}
function columnSums(a, out, m, n) {
  out.fill(0, 0, n);
  for (let i = 0, o = 0; i < m; i++, o += n) {
    for (let j = 0; j < n; j++) out[j] += a[o + j];
  }
}
var operands32 = [
  new Float32Array(0),
  new Float32Array(0),
  new Float32Array(0)
];
function rounded(slot2, values2, length) {
  if (operands32[slot2].length < length) operands32[slot2] = new Float32Array(length);
  const copy2 = operands32[slot2];
  for (let i = 0; i < length; i++) copy2[i] = values2[i];
  return copy2;
}
function product32(a, ars, acs, b, brs, bcs, bias, out, m, len, n) {
  const round = Math.fround;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let c = bias === null ? 0 : bias[j];
      for (let t = 0, p = i * ars, q = j * bcs; t < len; t++, p += acs, q += brs) {
        c = round(c + round(a[p] * b[q]));
      }
      out[i * n + j] = c;
    }
  }
}
var float32 = Object.freeze({
  matmulBias(a, b, bias, out, m, k, n) {
    const b32 = rounded(1, b, k * n);
    const bias32 = bias === null ? null : rounded(2, bias, n);
    product32(rounded(0, a, m * k), k, 1, b32, n, 1, bias32, out, m, k, n);
  },
  matmulTransA(a, b, out, m, k, n) {
    const b32 = rounded(1, b, m * n);
    product32(rounded(0, a, m * k), 1, k, b32, n, 1, null, out, k, m, n);
  },
  matmulTransB(a, b, out, m, n, k) {
    const b32 = rounded(1, b, k * n);
    product32(rounded(0, a, m * n), n, 1, b32, 1, n, null, out, m, n, k);
  },
  columnSums(a, out, m, n) {
    const round = Math.fround;
    for (let j = 0; j < n; j++) {
      let c = 0;
      for (let i = 0, p = j; i < m; i++, p += n) c = round(c + round(a[p]));
      out[j] = c;
    }
  }
});
var jsKernels = Object.freeze({
  name: "js",
  matmulBias: (a, b, bias, out, m, k, n) => rowProducts(a, b, bias, out, m, k, n, 1, n),
  matmulTransA,
  matmulTransB: (a, b, out, m, n, k) => rowProducts(a, b, null, out, m, n, k, n, 1),
  columnSums,
  float32
});

// lib/kernels/generated/wasm_module.ts
var KERNELS_WASM = [
  "AGFzbQEAAAABOgZgBH9/f38AYAt/f39/f39/f39/fwBgCH9/f39/f39/AGAKf39/f39/f39/fwBgAn9/AX9gA39/fwAC",
  "EgEDZW52Bm1lbW9yeQIBAYCABAMNDAEBAAICAAQABQMDAAeiAQ0EZ2VtbQABCWdlbW1FeGFjdAAACmdlbW1UcmFuc0IA",
  "BA9nZW1tVHJhbnNCRXhhY3QAAwl0cmFuc3Bvc2UAAgpjb2x1bW5TdW1zAAUJYWxsRmluaXRlAAYGZ2VtbTMyAAoLZ2Vt",
  "bTMyRXhhY3QACQZuYXJyb3cACA9uYXJyb3dUcmFuc3Bvc2UABwxjb2x1bW5TdW1zMzIACwZtZW1vcnkCAAr5swQM7o8B",
  "AhB7FX8gACEfIAEhHCACIR0gAyEgIAQhGyAIIR4gCiEDIAUiISAGIAUbISIDQCAoRSEnIChBgAIgHiAoayIAIABBgAJK",
  "GyIlaiAeTiEjIB8gHSAobGohKSAgIAkgKGxBA3RqISpBACEEA0AgBCAJSARAIAkgBEHgAGoiACAAIAlKGyEmQQAhJCAc",
  "QQhGBEADQCAkQQRqIAdMBEAgKSAkQQN0aiECIAQhAQNAIAFBBmogJkwEQCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtq",
  "Ii0gK2ohLiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiEAIBsEeyAbIABBA3Rq/QAE",
  "AAX9DAAAAAAAAAAAAAAAAAAAAAALIgwhCyABQQRqIQAgGwR7IBsgAEEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsi",
  "FiEUIA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgDCAM/Q0ICQoLDA0ODwABAgMEBQYHIg4hEiAWIBb9DQgJCgsMDQ4P",
  "AAECAwQFBgciEyEPICdFBEAgBSAiaiIA/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEQIAsgDP0N",
  "CAkKCwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwdHh8hDSALIAz9",
  "DQgJCgsMDQ4PEBESExQVFhchFSAA/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79DQgJCgsMDQ4P",
  "EBESExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4PEBESExQVFhch",
  "EiAA/QAEICIPIAj9AAQgIhP9DQABAgMEBQYHGBkaGxwdHh8hFCAPIBP9DQgJCgsMDQ4PEBESExQVFhchEyAK/QAEICIP",
  "IC/9AAQgIhf9DQABAgMEBQYHGBkaGxwdHh8hFiAPIBf9DQgJCgsMDQ4PEBESExQVFhchDwsgAiEAICogAUEDdGohCEEA",
  "IQoDQCAKICVIBEAgECAA/QAEACIXIAj9AAQAIhj98gH98AEhECANIAD9AAQQIhkgGP3yAf3wASENIBEgFyAYIBj9DQgJ",
  "CgsMDQ4PAAECAwQFBgciGP3yAf3wASERIBUgGSAY/fIB/fABIRUgCyAXIAj9AAQQIhj98gH98AEhCyAMIBkgGP3yAf3w",
  "ASEMIA4gFyAYIBj9DQgJCgsMDQ4PAAECAwQFBgciGP3yAf3wASEOIBIgGSAY/fIB/fABIRIgFCAXIAj9AAQgIhj98gH9",
  "8AEhFCAWIBkgGP3yAf3wASEWIBMgFyAYIBj9DQgJCgsMDQ4PAAECAwQFBgciF/3yAf3wASETIA8gGSAX/fIB/fABIQ8g",
  "ACAdaiEAIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEXICEgIiAjGyIABEAgACAFaiAX/QsE",
  "AAsgBkEAICMbIggEQCAFIAhqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAA",
  "AAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hECAABEAgACAsaiAQ/QsEAAsgCARAIAgg",
  "LGogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALIAVBEGohCiALIA79DQABAgMEBQYHEBESExQVFhchECAABEAgACAKaiAQ/QsEAAsgCARAIAggCmogECAQ/QwA",
  "AAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxB",
  "EGohCiAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyAABEAgACAKaiAL/QsEAAsgCARAIAggCmogCyAL/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAVBIGohBSAUIBP9",
  "DQABAgMEBQYHEBESExQVFhchCyAABEAgACAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9",
  "DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxBIGohBSATIBT9DQgJCgsMDQ4P",
  "GBkaGxwdHh8hCyAABEAgACAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/",
  "AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIA0gFf0NAAECAwQFBgcQERITFBUWFyELIAAEQCAA",
  "IC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARAIAAgLmogC/0LBAALIAgEQCAI",
  "IC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "8AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0M",
  "AAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAu",
  "QRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAA",
  "AAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQSBqIQUgFiAP",
  "/Q0AAQIDBAUGBxAREhMUFRYXIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K",
  "/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQSBqIQUgDyAW/Q0ICQoLDA0O",
  "DxgZGhscHR4fIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADw",
  "PwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyABQQZqIQEMAQsLIAFBBGogJkwEQCAJICRsIAFq",
  "QQN0IgUgCUEDdCIraiIsICtqIi0gK2ohLiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUEC",
  "aiEAIA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgGwR7IBsgAEEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiDCIL",
  "IAv9DQgJCgsMDQ4PAAECAwQFBgciDiESICdFBEAgBSAiaiIA/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRob",
  "HB0eHyEQIAsgDP0NCAkKCwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBka",
  "GxwdHh8hDSALIAz9DQgJCgsMDQ4PEBESExQVFhchFSAA/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAM",
  "IA79DQgJCgsMDQ4PEBESExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsM",
  "DQ4PEBESExQVFhchEgsgAiEAICogAUEDdGohCEEAIQoDQCAKICVIBEAgECAA/QAEACIPIAj9AAQAIhP98gH98AEhECAN",
  "IAD9AAQQIhQgE/3yAf3wASENIBEgDyATIBP9DQgJCgsMDQ4PAAECAwQFBgciE/3yAf3wASERIBUgFCAT/fIB/fABIRUg",
  "CyAPIAj9AAQQIhP98gH98AEhCyAMIBQgE/3yAf3wASEMIA4gDyATIBP9DQgJCgsMDQ4PAAECAwQFBgciD/3yAf3wASEO",
  "IBIgFCAP/fIB/fABIRIgACAdaiEAIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEPICEgIiAj",
  "GyIABEAgACAFaiAP/QsEAAsgBkEAICMbIggEQCAFIAhqIA8gD/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAA",
  "AAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hDyAABEAgACAs",
  "aiAP/QsEAAsgCARAIAggLGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAA",
  "AAAAAAAAAAAAAAAAAP3wAf0LBAALIAVBEGohBSALIA79DQABAgMEBQYHEBESExQVFhchDyAABEAgACAFaiAP/QsEAAsg",
  "CARAIAUgCGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAA",
  "AAAAAP3wAf0LBAALICxBEGohBSAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyAABEAgACAFaiAL/QsEAAsgCARAIAUgCGog",
  "CyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0L",
  "BAALIA0gFf0NAAECAwQFBgcQERITFBUWFyELIAAEQCAAIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAA",
  "AAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0O",
  "DxgZGhscHR4fIQsgAARAIAAgLmogC/0LBAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADw",
  "PwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYX",
  "IQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA/",
  "/U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARAIAAg",
  "BWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAA",
  "AAAAAAAAAAAAAAAAAAD98AH9CwQACyABQQRqIQELIAFBAmogJkwEQCAJQQN0IgUgCSAkbCABakEDdCIraiEsIAUgLGoi",
  "LSAFaiEuIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIg0hFiANIA39DQgJCgsMDQ4PAAECAwQFBgci",
  "ECELICdFBEAgIiArav0ABAAiCyAiICxq/QAEACIM/Q0AAQIDBAUGBxgZGhscHR4fIRYgCyAM/Q0ICQoLDA0ODxAREhMU",
  "FRYXIRAgIiAtav0ABAAiCyAiIC5q/QAEACIM/Q0AAQIDBAUGBxgZGhscHR4fIQ0gCyAM/Q0ICQoLDA0ODxAREhMUFRYX",
  "IQsLIAIhACAqIAFBA3RqIQhBACEKA0AgCiAlSARAIBYgAP0ABAAiDCAI/QAEACIO/fIB/fABIRYgDSAA/QAEECIPIA79",
  "8gH98AEhDSAQIAwgDiAO/Q0ICQoLDA0ODwABAgMEBQYHIgz98gH98AEhECALIA8gDP3yAf3wASELIAAgHWohACAFIAhq",
  "IQggCkEBaiEKDAELCyAWIBD9DQABAgMEBQYHEBESExQVFhchDCAhICIgIxsiAARAIAAgK2ogDP0LBAALIAZBACAjGyIF",
  "BEAgBSAraiAMIAz9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/fAB/QsEAAsgECAW/Q0ICQoLDA0ODxgZGhscHR4fIQwgAARAIAAgLGogDP0LBAALIAUEQCAFICxqIAwgDP0MAAAA",
  "AAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyANIAv9",
  "DQABAgMEBQYHEBESExQVFhchDCAABEAgACAtaiAM/QsEAAsgBQRAIAUgLWogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9",
  "DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAsgDf0NCAkKCwwNDg8YGRobHB0e",
  "HyELIAAEQCAAIC5qIAv9CwQACyAFBEAgBSAuaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADw",
  "P/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAgCUEDdCEAIAkgJGwgAWpBA3QhCCAb",
  "BHsgGyABQQN0av1dAwAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgDSILIQwgJ0UEQCAIICJq/V0DACEQIAAgCGoiBSAA",
  "aiIKICJq/V0DACELIAUgImr9XQMAIQ0gIiAAIApqav1dAwAhDAsgKiABQQN0aiEBQQAhBQNAIAUgJUgEQCAQIAL9CgMA",
  "IAH9XQMAIg798gH98AEhECANIAJBCGr9CgMAIA798gH98AEhDSALIAJBEGr9CgMAIA798gH98AEhCyAMIAJBGGr9CgMA",
  "IA798gH98AEhDCACIB1qIQIgACABaiEBIAVBAWohBQwBCwsgISAiICMbIgEEQCABIAhqIBD9WwMAAAsgBkEAICMbIgIE",
  "QCACIAhqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAA",
  "AAD98AH9WwMAAAsgACAIaiEFIAEEQCABIAVqIA39WwMAAAsgAgRAIAIgBWogDSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9",
  "DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACyAIIABBAXRqIQUgAQRAIAEgBWog",
  "C/1bAwAACyACBEAgAiAFaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/fAB/VsDAAALIAggAEEDbGohACABBEAgACABaiAM/VsDAAALIAIEQCAAIAJqIAwgDP0MAAAAAAAA",
  "AAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsLICRBBGoh",
  "JAwBCwsFICVBCE5BACAmIARrQQROQQAgAxsbBEADQCAkQQRqIAdMBEAgHEEBdCIFIBxqIQggKSAcICRsaiEBIAMhAEEA",
  "IQIDQCACICVIBEAgASAFav1dAwAgASAIaisDAP0iASELIAAgAf1dAwAgASAcaisDAP0iAf0LBAAgACAL/QsEECABIB1q",
  "IQEgAEEgaiEAIAJBAWohAgwBCwsgAyEAIAQhAQNAIAFBBmogJkwEQCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtqIi0g",
  "K2ohLiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiECIBsEeyAbIAJBA3Rq/QAEAAX9",
  "DAAAAAAAAAAAAAAAAAAAAAALIgwhCyABQQRqIQIgGwR7IBsgAkEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiFiEU",
  "IA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgDCAM/Q0ICQoLDA0ODwABAgMEBQYHIg4hEiAWIBb9DQgJCgsMDQ4PAAEC",
  "AwQFBgciEyEPICdFBEAgBSAiaiIC/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEQIAsgDP0NCAkK",
  "CwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwdHh8hDSALIAz9DQgJ",
  "CgsMDQ4PEBESExQVFhchFSAC/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79DQgJCgsMDQ4PEBES",
  "ExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4PEBESExQVFhchEiAC",
  "/QAEICIPIAj9AAQgIhP9DQABAgMEBQYHGBkaGxwdHh8hFCAPIBP9DQgJCgsMDQ4PEBESExQVFhchEyAK/QAEICIPIC/9",
  "AAQgIhf9DQABAgMEBQYHGBkaGxwdHh8hFiAPIBf9DQgJCgsMDQ4PEBESExQVFhchDwsgACECICogAUEDdGohCEEAIQoD",
  "QCAKICVIBEAgECAC/QAEACIXIAj9AAQAIhj98gH98AEhECANIAL9AAQQIhkgGP3yAf3wASENIBEgFyAYIBj9DQgJCgsM",
  "DQ4PAAECAwQFBgciGP3yAf3wASERIBUgGSAY/fIB/fABIRUgCyAXIAj9AAQQIhj98gH98AEhCyAMIBkgGP3yAf3wASEM",
  "IA4gFyAYIBj9DQgJCgsMDQ4PAAECAwQFBgciGP3yAf3wASEOIBIgGSAY/fIB/fABIRIgFCAXIAj9AAQgIhj98gH98AEh",
  "FCAWIBkgGP3yAf3wASEWIBMgFyAYIBj9DQgJCgsMDQ4PAAECAwQFBgciF/3yAf3wASETIA8gGSAX/fIB/fABIQ8gAkEg",
  "aiECIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEXICEgIiAjGyICBEAgAiAFaiAX/QsEAAsg",
  "BkEAICMbIggEQCAFIAhqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAA",
  "AAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hECACBEAgAiAsaiAQ/QsEAAsgCARAIAggLGog",
  "ECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0L",
  "BAALIAVBEGohCiALIA79DQABAgMEBQYHEBESExQVFhchECACBEAgAiAKaiAQ/QsEAAsgCARAIAggCmogECAQ/QwAAAAA",
  "AAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxBEGoh",
  "CiAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAKaiAL/QsEAAsgCARAIAggCmogCyAL/QwAAAAAAAAAAAAAAAAA",
  "AAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAVBIGohBSAUIBP9DQAB",
  "AgMEBQYHEBESExQVFhchCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAA",
  "AAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxBIGohBSATIBT9DQgJCgsMDQ4PGBka",
  "GxwdHh8hCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAA",
  "AAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIA0gFf0NAAECAwQFBgcQERITFBUWFyELIAIEQCACIC1q",
  "IAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgLmogC/0LBAALIAgEQCAIIC5q",
  "IAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9",
  "CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAA",
  "AAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQRBq",
  "IQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAA",
  "AAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQSBqIQUgFiAP/Q0A",
  "AQIDBAUGBxAREhMUFRYXIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwA",
  "AAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQSBqIQUgDyAW/Q0ICQoLDA0ODxgZ",
  "GhscHR4fIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAA",
  "AAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyABQQZqIQEMAQsLIAFBBGogJkwEQCAJICRsIAFqQQN0",
  "IgUgCUEDdCIraiIsICtqIi0gK2ohLiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiEC",
  "IA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgGwR7IBsgAkEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiDCILIAv9",
  "DQgJCgsMDQ4PAAECAwQFBgciDiESICdFBEAgBSAiaiIC/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0e",
  "HyEQIAsgDP0NCAkKCwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwd",
  "Hh8hDSALIAz9DQgJCgsMDQ4PEBESExQVFhchFSAC/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79",
  "DQgJCgsMDQ4PEBESExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4P",
  "EBESExQVFhchEgsgACECICogAUEDdGohCEEAIQoDQCAKICVIBEAgECAC/QAEACIPIAj9AAQAIhP98gH98AEhECANIAL9",
  "AAQQIhQgE/3yAf3wASENIBEgDyATIBP9DQgJCgsMDQ4PAAECAwQFBgciE/3yAf3wASERIBUgFCAT/fIB/fABIRUgCyAP",
  "IAj9AAQQIhP98gH98AEhCyAMIBQgE/3yAf3wASEMIA4gDyATIBP9DQgJCgsMDQ4PAAECAwQFBgciD/3yAf3wASEOIBIg",
  "FCAP/fIB/fABIRIgAkEgaiECIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEPICEgIiAjGyIC",
  "BEAgAiAFaiAP/QsEAAsgBkEAICMbIggEQCAFIAhqIA8gD/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAA",
  "APA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hDyACBEAgAiAsaiAP",
  "/QsEAAsgCARAIAggLGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAA",
  "AAAAAAAAAAAAAP3wAf0LBAALIAVBEGohBSALIA79DQABAgMEBQYHEBESExQVFhchDyACBEAgAiAFaiAP/QsEAAsgCARA",
  "IAUgCGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3wAf0LBAALICxBEGohBSAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL",
  "/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAAL",
  "IA0gFf0NAAECAwQFBgcQERITFBUWFyELIAIEQCACIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAA",
  "AAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZ",
  "GhscHR4fIQsgAgRAIAIgLmogC/0LBAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAA",
  "AAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsg",
  "AgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U79",
  "8gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgBWog",
  "C/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAA",
  "AAAAAAAAAAAAAAD98AH9CwQACyABQQRqIQELIAFBAmogJkwEQCAJQQN0IgIgCSAkbCABakEDdCIraiIsIAJqIi0gAmoh",
  "LiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRYgDSAN/Q0ICQoLDA0ODwABAgMEBQYHIhAhCyAn",
  "RQRAICIgK2r9AAQAIgsgIiAsav0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEWIAsgDP0NCAkKCwwNDg8QERITFBUWFyEQ",
  "ICIgLWr9AAQAIgsgIiAuav0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyENIAsgDP0NCAkKCwwNDg8QERITFBUWFyELCyAA",
  "IQUgKiABQQN0aiEIQQAhCgNAIAogJUgEQCAWIAX9AAQAIgwgCP0ABAAiDv3yAf3wASEWIA0gBf0ABBAiDyAO/fIB/fAB",
  "IQ0gECAMIA4gDv0NCAkKCwwNDg8AAQIDBAUGByIM/fIB/fABIRAgCyAPIAz98gH98AEhCyAFQSBqIQUgAiAIaiEIIApB",
  "AWohCgwBCwsgFiAQ/Q0AAQIDBAUGBxAREhMUFRYXIQwgISAiICMbIgIEQCACICtqIAz9CwQACyAGQQAgIxsiBQRAIAUg",
  "K2ogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALIBAgFv0NCAkKCwwNDg8YGRobHB0eHyEMIAIEQCACICxqIAz9CwQACyAFBEAgBSAsaiAMIAz9DAAAAAAAAAAA",
  "AAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgDSAL/Q0AAQID",
  "BAUGBxAREhMUFRYXIQwgAgRAIAIgLWogDP0LBAALIAUEQCAFIC1qIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAA",
  "AADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyALIA39DQgJCgsMDQ4PGBkaGxwdHh8hCyAC",
  "BEAgAiAuaiAL/QsEAAsgBQRAIAUgLmogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3y",
  "Af0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAFBAmohAQsgASAmSARAIAAhBSAJQQN0IQAgCSAkbCABakEDdCEIIBsE",
  "eyAbIAFBA3Rq/V0DAAX9DAAAAAAAAAAAAAAAAAAAAAALIg0hECANIgshDCAnRQRAIAggImr9XQMAIRAgACAIaiICIABq",
  "IgogImr9XQMAIQsgAiAiav1dAwAhDSAiIAAgCmpq/V0DACEMCyAqIAFBA3RqIQFBACECA0AgAiAlSARAIBAgBf0KAwAg",
  "Af1dAwAiDv3yAf3wASEQIA0gBUEIav0KAwAgDv3yAf3wASENIAsgBUEQav0KAwAgDv3yAf3wASELIAwgBUEYav0KAwAg",
  "Dv3yAf3wASEMIAVBIGohBSAAIAFqIQEgAkEBaiECDAELCyAhICIgIxsiAQRAIAEgCGogEP1bAwAACyAGQQAgIxsiAgRA",
  "IAIgCGogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3wAf1bAwAACyAAIAhqIQUgAQRAIAEgBWogDf1bAwAACyACBEAgAiAFaiANIA39DAAAAAAAAAAAAAAAAAAAAAD9Sv0M",
  "AAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/VsDAAALIAggAEEBdGohBSABBEAgASAFaiAL",
  "/VsDAAALIAIEQCACIAVqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAA",
  "AAAAAAAAAAAAAAD98AH9WwMAAAsgCCAAQQNsaiEAIAEEQCAAIAFqIAz9WwMAAAsgAgRAIAAgAmogDCAM/QwAAAAAAAAA",
  "AAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACwsgJEEEaiEk",
  "DAELCwUDQCAkQQRqIAdMBEAgKSAcICRsaiEAIAQhAQNAIAFBBmogJkwEQCAJQQN0IQggHEEBdCIrIBxqISwgCSAkbCAB",
  "akEDdCEtIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIg0hCyABQQJqIQIgGwR7IBsgAkEDdGr9AAQA",
  "Bf0MAAAAAAAAAAAAAAAAAAAAAAsiFiEOIAFBBGohAiAbBHsgGyACQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyIQ",
  "IRIgCyIUIQwgDiITIREgECIPIRUgJ0UEQCAiIC1qIgL9AAQAIQsgAv0ABBAhDiAC/QAEICESIAggLWoiAiAIaiEFIAIg",
  "ImoiAv0ABAAhDSAC/QAEECEWIAL9AAQgIRAgBSAiaiIC/QAEACEUIAL9AAQQIRMgAv0ABCAhDyAFIAhqICJqIgL9AAQA",
  "IQwgAv0ABCAhFSAC/QAEECERCyAAIQIgKiABQQN0aiEKQQAhBQNAIAUgJUgEQCALIAL9CgMAIhcgCv0ABAAiGP3yAf3w",
  "ASELIA4gFyAK/QAEECIZ/fIB/fABIQ4gEiAXIAr9AAQgIhf98gH98AEhEiANIAIgHGr9CgMAIhogGP3yAf3wASENIBYg",
  "GiAZ/fIB/fABIRYgECAaIBf98gH98AEhECAUIAIgK2r9CgMAIhogGP3yAf3wASEUIBMgGiAZ/fIB/fABIRMgDyAaIBf9",
  "8gH98AEhDyAMIAIgLGr9CgMAIhogGP3yAf3wASEMIBEgGiAZ/fIB/fABIREgFSAaIBf98gH98AEhFSACIB1qIQIgCCAK",
  "aiEKIAVBAWohBQwBCwsgISAiICMbIgIEQCACIC1qIAv9CwQACyAGQQAgIxsiBQRAIAUgLWogCyAL/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC1BEGohCiACBEAg",
  "AiAKaiAO/QsEAAsgBQRAIAUgCmogDiAO/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC1BIGohCiACBEAgAiAKaiAS/QsEAAsgBQRAIAUgCmogEiAS/QwAAAAAAAAA",
  "AAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAggLWohCiAC",
  "BEAgAiAKaiAN/QsEAAsgBQRAIAUgCmogDSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3y",
  "Af0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBEGohKyACBEAgAiAraiAW/QsEAAsgBQRAIAUgK2ogFiAW/QwAAAAA",
  "AAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBIGoh",
  "CiACBEAgAiAKaiAQ/QsEAAsgBQRAIAUgCmogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9",
  "Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC0gCEEBdGohCiACBEAgAiAKaiAU/QsEAAsgBQRAIAUgCmogFCAU",
  "/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAAL",
  "IApBEGohKyACBEAgAiAraiAT/QsEAAsgBQRAIAUgK2ogEyAT/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAA",
  "AAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBIGohCiACBEAgAiAKaiAP/QsEAAsgBQRAIAUgCmog",
  "DyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0L",
  "BAALIC0gCEEDbGohCCACBEAgAiAIaiAM/QsEAAsgBQRAIAUgCGogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAA",
  "APA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAhBEGohCiACBEAgAiAKaiAR/QsEAAsgBQRA",
  "IAUgCmogESAR/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3wAf0LBAALIAhBIGohCCACBEAgAiAIaiAV/QsEAAsgBQRAIAUgCGogFSAV/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAA",
  "AAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAFBBmohAQwBCwsgAUEEaiAmTARAIAlB",
  "A3QhCCAcQQF0IisgHGohLCAJICRsIAFqQQN0IS0gAUECaiECIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAA",
  "AAALIg0iCyEUIBsEeyAbIAJBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIhYiDiETIAshDCAnBHsgDgUgIiAtaiIC",
  "/QAEACELIAL9AAQQIQ4gCCAtaiICIAhqIQUgAiAiaiIC/QAEACENIAL9AAQQIRYgBSAiaiIC/QAEACEUIAL9AAQQIRMg",
  "BSAIaiAiaiIC/QAEACEMIAL9AAQQCyERIAAhAiAqIAFBA3RqIQpBACEFA0AgBSAlSARAIAsgAv0KAwAiDyAK/QAEACIQ",
  "/fIB/fABIQsgDiAPIAr9AAQQIg/98gH98AEhDiANIAIgHGr9CgMAIhIgEP3yAf3wASENIBYgEiAP/fIB/fABIRYgFCAC",
  "ICtq/QoDACISIBD98gH98AEhFCATIBIgD/3yAf3wASETIAwgAiAsav0KAwAiEiAQ/fIB/fABIQwgESASIA/98gH98AEh",
  "ESACIB1qIQIgCCAKaiEKIAVBAWohBQwBCwsgISAiICMbIgIEQCACIC1qIAv9CwQACyAGQQAgIxsiBQRAIAUgLWogCyAL",
  "/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAAL",
  "IC1BEGohCiACBEAgAiAKaiAO/QsEAAsgBQRAIAUgCmogDiAO/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAA",
  "AAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAggLWohCiACBEAgAiAKaiAN/QsEAAsgBQRAIAUgCmog",
  "DSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0L",
  "BAALIApBEGohCiACBEAgAiAKaiAW/QsEAAsgBQRAIAUgCmogFiAW/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/",
  "AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC0gCEEBdGohCiACBEAgAiAKaiAU/QsEAAsgBQRA",
  "IAUgCmogFCAU/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3wAf0LBAALIApBEGohCiACBEAgAiAKaiAT/QsEAAsgBQRAIAUgCmogEyAT/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAA",
  "AAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC0gCEEDbGohCCACBEAgAiAIaiAM/QsE",
  "AAsgBQRAIAUgCGogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3wAf0LBAALIAhBEGohCCACBEAgAiAIaiAR/QsEAAsgBQRAIAUgCGogESAR/QwAAAAAAAAAAAAAAAAAAAAA",
  "/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAFBBGohAQsgAUECaiAmTARA",
  "IAlBA3QhCCAcQQF0IisgHGohLCAJICRsIAFqQQN0IS0gGwR7IBsgAUEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsi",
  "DSEQIA0iCyEMICdFBEAgIiAtav0ABAAhECAIIC1qIgIgCGoiBSAiav0ABAAhCyACICJq/QAEACENICIgBSAIamr9AAQA",
  "IQwLIAAhAiAqIAFBA3RqIQVBACEKA0AgCiAlSARAIBAgAv0KAwAgBf0ABAAiDv3yAf3wASEQIA0gAiAcav0KAwAgDv3y",
  "Af3wASENIAsgAiArav0KAwAgDv3yAf3wASELIAwgAiAsav0KAwAgDv3yAf3wASEMIAIgHWohAiAFIAhqIQUgCkEBaiEK",
  "DAELCyAhICIgIxsiAgRAIAIgLWogEP0LBAALIAZBACAjGyIFBEAgBSAtaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0M",
  "AAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgCCAtaiEKIAIEQCACIApqIA39CwQA",
  "CyAFBEAgBSAKaiANIA39DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAA",
  "AAAAAAAA/fAB/QsEAAsgLSAIQQF0aiEKIAIEQCACIApqIAv9CwQACyAFBEAgBSAKaiALIAv9DAAAAAAAAAAAAAAAAAAA",
  "AAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgLSAIQQNsaiEIIAIEQCAC",
  "IAhqIAz9CwQACyAFBEAgBSAIaiAMIAz9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAgCUEDdCECIBxBAXQiBSAcaiEIIAkgJGwgAWpBA3Qh",
  "KyAbBHsgGyABQQN0av1dAwAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgDSILIQwgJ0UEQCAiICtq/V0DACEQIAIgK2oi",
  "CiACaiIsICJq/V0DACELIAogImr9XQMAIQ0gIiACICxqav1dAwAhDAsgKiABQQN0aiEBQQAhCgNAIAogJUgEQCAQIAD9",
  "CgMAIAH9XQMAIg798gH98AEhECANIAAgHGr9CgMAIA798gH98AEhDSALIAAgBWr9CgMAIA798gH98AEhCyAMIAAgCGr9",
  "CgMAIA798gH98AEhDCAAIB1qIQAgASACaiEBIApBAWohCgwBCwsgISAiICMbIgAEQCAAICtqIBD9WwMAAAsgBkEAICMb",
  "IgEEQCABICtqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAA",
  "AAAAAAD98AH9WwMAAAsgAiAraiEFIAAEQCAAIAVqIA39WwMAAAsgAQRAIAEgBWogDSAN/QwAAAAAAAAAAAAAAAAAAAAA",
  "/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACyArIAJBAXRqIQUgAARAIAAg",
  "BWogC/1bAwAACyABBEAgASAFaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/VsDAAALICsgAkEDbGohAiAABEAgACACaiAM/VsDAAALIAEEQCABIAJqIAwgDP0MAAAA",
  "AAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsLICRB",
  "BGohJAwBCwsLCwNAIAcgJEoEQCApIBwgJGxqIQAgBCEBA0AgAUEGaiAmTARAIAkgJGwgAWpBA3QhCCAbBHsgGyABQQN0",
  "av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyELIAFBAmohAiAbBHsgGyACQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAA",
  "CyEOIAFBBGohAiAbBHsgGyACQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyESICdFBEAgCCAiaiIC/QAEACELIAL9",
  "AAQgIRIgAv0ABBAhDgsgCUEDdCErIAAhAiAqIAFBA3RqIQpBACEFA0AgBSAlSARAIAsgAv0KAwAiDCAK/QAEAP3yAf3w",
  "ASELIA4gDCAK/QAEEP3yAf3wASEOIBIgDCAK/QAEIP3yAf3wASESIAIgHWohAiAKICtqIQogBUEBaiEFDAELCyAhICIg",
  "IxsiAgRAIAIgCGogC/0LBAALIAZBACAjGyIFBEAgBSAIaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8A",
  "AAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgCEEQaiEKIAIEQCACIApqIA79CwQACyAFBEAgBSAK",
  "aiAOIA79DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB",
  "/QsEAAsgCEEgaiEIIAIEQCACIAhqIBL9CwQACyAFBEAgBSAIaiASIBL9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA",
  "8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUEGaiEBDAELCyABQQRqICZMBEAgCSAkbCAB",
  "akEDdCEIIAFBAmohAiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyELIBsEeyAbIAJBA3Rq/QAEAAX9",
  "DAAAAAAAAAAAAAAAAAAAAAALIQ4gJ0UEQCAIICJqIgL9AAQAIQsgAv0ABBAhDgsgCUEDdCErIAAhAiAqIAFBA3RqIQpB",
  "ACEFA0AgBSAlSARAIAsgAv0KAwAiDCAK/QAEAP3yAf3wASELIA4gDCAK/QAEEP3yAf3wASEOIAIgHWohAiAKICtqIQog",
  "BUEBaiEFDAELCyAhICIgIxsiAgRAIAIgCGogC/0LBAALIAZBACAjGyIFBEAgBSAIaiALIAv9DAAAAAAAAAAAAAAAAAAA",
  "AAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgCEEQaiEIIAIEQCACIAhq",
  "IA79CwQACyAFBEAgBSAIaiAOIA79DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/fAB/QsEAAsgAUEEaiEBCyABQQJqICZMBEAgCSAkbCABakEDdCEIIBsEeyAbIAFBA3Rq/QAEAAX9",
  "DAAAAAAAAAAAAAAAAAAAAAALIRAgJ0UEQCAIICJq/QAEACEQCyAJQQN0ISsgACECICogAUEDdGohBUEAIQoDQCAKICVI",
  "BEAgECAC/QoDACAF/QAEAP3yAf3wASEQIAIgHWohAiAFICtqIQUgCkEBaiEKDAELCyAhICIgIxsiAgRAIAIgCGogEP0L",
  "BAALIAZBACAjGyICBEAgAiAIaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAgCSAkbCABakEDdCECIBsEeyAbIAFBA3Rq/V0DAAX9",
  "DAAAAAAAAAAAAAAAAAAAAAALIRAgJ0UEQCACICJq/V0DACEQCyAJQQN0IQUgKiABQQN0aiEBQQAhCgNAIAogJUgEQCAQ",
  "IAD9CgMAIAH9XQMA/fIB/fABIRAgACAdaiEAIAEgBWohASAKQQFqIQoMAQsLICEgIiAjGyIABEAgACACaiAQ/VsDAAAL",
  "IAZBACAjGyIABEAgACACaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/fAB/VsDAAALCyAkQQFqISQMAQsLIARB4ABqIQQMAQsLIB4gKEGAAmoiKEoNAAsL3Y0BAhB7FX8g",
  "ACEfIAEhHCACIR0gAyEgIAQhGyAIIR4gCiEDIAUiISAGIAUbISIDQCAoRSEnIChBgAIgHiAoayIAIABBgAJKGyIlaiAe",
  "TiEjIB8gHSAobGohKSAgIAkgKGxBA3RqISpBACEEA0AgBCAJSARAIAkgBEHgAGoiACAAIAlKGyEmQQAhJCAcQQhGBEAD",
  "QCAkQQRqIAdMBEAgKSAkQQN0aiECIAQhAQNAIAFBBmogJkwEQCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtqIi0gK2oh",
  "LiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiEAIBsEeyAbIABBA3Rq/QAEAAX9DAAA",
  "AAAAAAAAAAAAAAAAAAALIgwhCyABQQRqIQAgGwR7IBsgAEEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiFiEUIA0g",
  "Df0NCAkKCwwNDg8AAQIDBAUGByIRIRUgDCAM/Q0ICQoLDA0ODwABAgMEBQYHIg4hEiAWIBb9DQgJCgsMDQ4PAAECAwQF",
  "BgciEyEPICdFBEAgBSAiaiIA/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEQIAsgDP0NCAkKCwwN",
  "Dg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwdHh8hDSALIAz9DQgJCgsM",
  "DQ4PEBESExQVFhchFSAA/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79DQgJCgsMDQ4PEBESExQV",
  "FhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4PEBESExQVFhchEiAA/QAE",
  "ICIPIAj9AAQgIhP9DQABAgMEBQYHGBkaGxwdHh8hFCAPIBP9DQgJCgsMDQ4PEBESExQVFhchEyAK/QAEICIPIC/9AAQg",
  "Ihf9DQABAgMEBQYHGBkaGxwdHh8hFiAPIBf9DQgJCgsMDQ4PEBESExQVFhchDwsgAiEAICogAUEDdGohCEEAIQoDQCAK",
  "ICVIBEAgAP0ABAAiFyAI/QAEACIYIBD9hwIhECAA/QAEECIZIBggDf2HAiENIBcgGCAY/Q0ICQoLDA0ODwABAgMEBQYH",
  "IhggEf2HAiERIBkgGCAV/YcCIRUgFyAI/QAEECIYIAv9hwIhCyAZIBggDP2HAiEMIBcgGCAY/Q0ICQoLDA0ODwABAgME",
  "BQYHIhggDv2HAiEOIBkgGCAS/YcCIRIgFyAI/QAEICIYIBT9hwIhFCAZIBggFv2HAiEWIBcgGCAY/Q0ICQoLDA0ODwAB",
  "AgMEBQYHIhcgE/2HAiETIBkgFyAP/YcCIQ8gACAdaiEAIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERIT",
  "FBUWFyEXICEgIiAjGyIABEAgACAFaiAX/QsEAAsgBkEAICMbIggEQCAFIAhqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1K",
  "/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwd",
  "Hh8hECAABEAgACAsaiAQ/QsEAAsgCARAIAggLGogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA",
  "8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAVBEGohCiALIA79DQABAgMEBQYHEBESExQVFhchECAABEAg",
  "ACAKaiAQ/QsEAAsgCARAIAggCmogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxBEGohCiAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyAABEAgACAKaiAL/QsE",
  "AAsgCARAIAggCmogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3wAf0LBAALIAVBIGohBSAUIBP9DQABAgMEBQYHEBESExQVFhchCyAABEAgACAFaiAL/QsEAAsgCARAIAUg",
  "CGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALICxBIGohBSATIBT9DQgJCgsMDQ4PGBkaGxwdHh8hCyAABEAgACAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwA",
  "AAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIA0g",
  "Ff0NAAECAwQFBgcQERITFBUWFyELIAAEQCAAIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9",
  "Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZGhsc",
  "HR4fIQsgAARAIAAgLmogC/0LBAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAA",
  "APA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsgAARA",
  "IAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARAIAAgBWogC/0L",
  "BAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD98AH9CwQACyAtQSBqIQUgFiAP/Q0AAQIDBAUGBxAREhMUFRYXIQsgAARAIAAgBWogC/0LBAALIAgEQCAF",
  "IAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "8AH9CwQACyAuQSBqIQUgDyAW/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0M",
  "AAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAB",
  "QQZqIQEMAQsLIAFBBGogJkwEQCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtqIi0gK2ohLiAbBHsgGyABQQN0av0ABAAF",
  "/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiEAIA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgGwR7IBsgAEEDdGr9",
  "AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiDCILIAv9DQgJCgsMDQ4PAAECAwQFBgciDiESICdFBEAgBSAiaiIA/QAEACIL",
  "ICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEQIAsgDP0NCAkKCwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAi",
  "CyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwdHh8hDSALIAz9DQgJCgsMDQ4PEBESExQVFhchFSAA/QAEECIMIAj9",
  "AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79DQgJCgsMDQ4PEBESExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQAB",
  "AgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4PEBESExQVFhchEgsgAiEAICogAUEDdGohCEEAIQoDQCAKICVIBEAg",
  "AP0ABAAiDyAI/QAEACITIBD9hwIhECAA/QAEECIUIBMgDf2HAiENIA8gEyAT/Q0ICQoLDA0ODwABAgMEBQYHIhMgEf2H",
  "AiERIBQgEyAV/YcCIRUgDyAI/QAEECITIAv9hwIhCyAUIBMgDP2HAiEMIA8gEyAT/Q0ICQoLDA0ODwABAgMEBQYHIg8g",
  "Dv2HAiEOIBQgDyAS/YcCIRIgACAdaiEAIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEPICEg",
  "IiAjGyIABEAgACAFaiAP/QsEAAsgBkEAICMbIggEQCAFIAhqIA8gD/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADw",
  "PwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hDyAABEAg",
  "ACAsaiAP/QsEAAsgCARAIAggLGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAVBEGohBSALIA79DQABAgMEBQYHEBESExQVFhchDyAABEAgACAFaiAP/QsE",
  "AAsgCARAIAUgCGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3wAf0LBAALICxBEGohBSAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyAABEAgACAFaiAL/QsEAAsgCARAIAUg",
  "CGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALIA0gFf0NAAECAwQFBgcQERITFBUWFyELIAAEQCAAIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAA",
  "AAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoL",
  "DA0ODxgZGhscHR4fIQsgAARAIAAgLmogC/0LBAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAA",
  "AADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMU",
  "FRYXIQsgAARAIAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAA",
  "APA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAARA",
  "IAAgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyABQQRqIQELIAFBAmogJkwEQCAJQQN0IgUgCSAkbCABakEDdCIraiEsIAUg",
  "LGoiLSAFaiEuIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIg0hFiANIA39DQgJCgsMDQ4PAAECAwQF",
  "BgciECELICdFBEAgIiArav0ABAAiCyAiICxq/QAEACIM/Q0AAQIDBAUGBxgZGhscHR4fIRYgCyAM/Q0ICQoLDA0ODxAR",
  "EhMUFRYXIRAgIiAtav0ABAAiCyAiIC5q/QAEACIM/Q0AAQIDBAUGBxgZGhscHR4fIQ0gCyAM/Q0ICQoLDA0ODxAREhMU",
  "FRYXIQsLIAIhACAqIAFBA3RqIQhBACEKA0AgCiAlSARAIAD9AAQAIgwgCP0ABAAiDiAW/YcCIRYgAP0ABBAiDyAOIA39",
  "hwIhDSAMIA4gDv0NCAkKCwwNDg8AAQIDBAUGByIMIBD9hwIhECAPIAwgC/2HAiELIAAgHWohACAFIAhqIQggCkEBaiEK",
  "DAELCyAWIBD9DQABAgMEBQYHEBESExQVFhchDCAhICIgIxsiAARAIAAgK2ogDP0LBAALIAZBACAjGyIFBEAgBSAraiAM",
  "IAz9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsE",
  "AAsgECAW/Q0ICQoLDA0ODxgZGhscHR4fIQwgAARAIAAgLGogDP0LBAALIAUEQCAFICxqIAwgDP0MAAAAAAAAAAAAAAAA",
  "AAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyANIAv9DQABAgMEBQYH",
  "EBESExQVFhchDCAABEAgACAtaiAM/QsEAAsgBQRAIAUgLWogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/",
  "AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAsgDf0NCAkKCwwNDg8YGRobHB0eHyELIAAEQCAA",
  "IC5qIAv9CwQACyAFBEAgBSAuaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAgCUEDdCEAIAkgJGwgAWpBA3QhCCAbBHsgGyABQQN0",
  "av1dAwAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgDSILIQwgJ0UEQCAIICJq/V0DACEQIAAgCGoiBSAAaiIKICJq/V0D",
  "ACELIAUgImr9XQMAIQ0gIiAAIApqav1dAwAhDAsgKiABQQN0aiEBQQAhBQNAIAUgJUgEQCAC/QoDACAB/V0DACIOIBD9",
  "hwIhECACQQhq/QoDACAOIA39hwIhDSACQRBq/QoDACAOIAv9hwIhCyACQRhq/QoDACAOIAz9hwIhDCACIB1qIQIgACAB",
  "aiEBIAVBAWohBQwBCwsgISAiICMbIgEEQCABIAhqIBD9WwMAAAsgBkEAICMbIgIEQCACIAhqIBAgEP0MAAAAAAAAAAAA",
  "AAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsgACAIaiEFIAEE",
  "QCABIAVqIA39WwMAAAsgAgRAIAIgBWogDSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3y",
  "Af0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACyAIIABBAXRqIQUgAQRAIAEgBWogC/1bAwAACyACBEAgAiAFaiALIAv9",
  "DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/VsDAAAL",
  "IAggAEEDbGohACABBEAgACABaiAM/VsDAAALIAIEQCAAIAJqIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADw",
  "PwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsLICRBBGohJAwBCwsFICVBCE5BACAmIARrQQRO",
  "QQAgAxsbBEADQCAkQQRqIAdMBEAgHEEBdCIFIBxqIQggKSAcICRsaiEBIAMhAEEAIQIDQCACICVIBEAgASAFav1dAwAg",
  "ASAIaisDAP0iASELIAAgAf1dAwAgASAcaisDAP0iAf0LBAAgACAL/QsEECABIB1qIQEgAEEgaiEAIAJBAWohAgwBCwsg",
  "AyEAIAQhAQNAIAFBBmogJkwEQCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtqIi0gK2ohLiAbBHsgGyABQQN0av0ABAAF",
  "/QwAAAAAAAAAAAAAAAAAAAAACyINIRAgAUECaiECIBsEeyAbIAJBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIgwh",
  "CyABQQRqIQIgGwR7IBsgAkEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiFiEUIA0gDf0NCAkKCwwNDg8AAQIDBAUG",
  "ByIRIRUgDCAM/Q0ICQoLDA0ODwABAgMEBQYHIg4hEiAWIBb9DQgJCgsMDQ4PAAECAwQFBgciEyEPICdFBEAgBSAiaiIC",
  "/QAEACILICIgLGoiCP0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEQIAsgDP0NCAkKCwwNDg8QERITFBUWFyERICIgLWoi",
  "Cv0ABAAiCyAiIC5qIi/9AAQAIgz9DQABAgMEBQYHGBkaGxwdHh8hDSALIAz9DQgJCgsMDQ4PEBESExQVFhchFSAC/QAE",
  "ECIMIAj9AAQQIg79DQABAgMEBQYHGBkaGxwdHh8hCyAMIA79DQgJCgsMDQ4PEBESExQVFhchDiAK/QAEECIPIC/9AAQQ",
  "IhL9DQABAgMEBQYHGBkaGxwdHh8hDCAPIBL9DQgJCgsMDQ4PEBESExQVFhchEiAC/QAEICIPIAj9AAQgIhP9DQABAgME",
  "BQYHGBkaGxwdHh8hFCAPIBP9DQgJCgsMDQ4PEBESExQVFhchEyAK/QAEICIPIC/9AAQgIhf9DQABAgMEBQYHGBkaGxwd",
  "Hh8hFiAPIBf9DQgJCgsMDQ4PEBESExQVFhchDwsgACECICogAUEDdGohCEEAIQoDQCAKICVIBEAgAv0ABAAiFyAI/QAE",
  "ACIYIBD9hwIhECAC/QAEECIZIBggDf2HAiENIBcgGCAY/Q0ICQoLDA0ODwABAgMEBQYHIhggEf2HAiERIBkgGCAV/YcC",
  "IRUgFyAI/QAEECIYIAv9hwIhCyAZIBggDP2HAiEMIBcgGCAY/Q0ICQoLDA0ODwABAgMEBQYHIhggDv2HAiEOIBkgGCAS",
  "/YcCIRIgFyAI/QAEICIYIBT9hwIhFCAZIBggFv2HAiEWIBcgGCAY/Q0ICQoLDA0ODwABAgMEBQYHIhcgE/2HAiETIBkg",
  "FyAP/YcCIQ8gAkEgaiECIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEXICEgIiAjGyICBEAg",
  "AiAFaiAX/QsEAAsgBkEAICMbIggEQCAFIAhqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA/",
  "/U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hECACBEAgAiAsaiAQ/QsE",
  "AAsgCARAIAggLGogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3wAf0LBAALIAVBEGohCiALIA79DQABAgMEBQYHEBESExQVFhchECACBEAgAiAKaiAQ/QsEAAsgCARAIAgg",
  "CmogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALICxBEGohCiAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAKaiAL/QsEAAsgCARAIAggCmogCyAL/QwA",
  "AAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAVB",
  "IGohBSAUIBP9DQABAgMEBQYHEBESExQVFhchCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxBIGohBSATIBT9",
  "DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9",
  "DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIA0gFf0NAAECAwQFBgcQERITFBUW",
  "FyELIAIEQCACIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADw",
  "P/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgLmogC/0L",
  "BAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsgAgRAIAIgBWogC/0LBAALIAgEQCAF",
  "IAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "8AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0M",
  "AAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAt",
  "QSBqIQUgFiAP/Q0AAQIDBAUGBxAREhMUFRYXIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAA",
  "AAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAuQSBqIQUgDyAW",
  "/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgBWogC/0LBAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K",
  "/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyABQQZqIQEMAQsLIAFBBGogJkwE",
  "QCAJICRsIAFqQQN0IgUgCUEDdCIraiIsICtqIi0gK2ohLiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAA",
  "CyINIRAgAUECaiECIA0gDf0NCAkKCwwNDg8AAQIDBAUGByIRIRUgGwR7IBsgAkEDdGr9AAQABf0MAAAAAAAAAAAAAAAA",
  "AAAAAAsiDCILIAv9DQgJCgsMDQ4PAAECAwQFBgciDiESICdFBEAgBSAiaiIC/QAEACILICIgLGoiCP0ABAAiDP0NAAEC",
  "AwQFBgcYGRobHB0eHyEQIAsgDP0NCAkKCwwNDg8QERITFBUWFyERICIgLWoiCv0ABAAiCyAiIC5qIi/9AAQAIgz9DQAB",
  "AgMEBQYHGBkaGxwdHh8hDSALIAz9DQgJCgsMDQ4PEBESExQVFhchFSAC/QAEECIMIAj9AAQQIg79DQABAgMEBQYHGBka",
  "GxwdHh8hCyAMIA79DQgJCgsMDQ4PEBESExQVFhchDiAK/QAEECIPIC/9AAQQIhL9DQABAgMEBQYHGBkaGxwdHh8hDCAP",
  "IBL9DQgJCgsMDQ4PEBESExQVFhchEgsgACECICogAUEDdGohCEEAIQoDQCAKICVIBEAgAv0ABAAiDyAI/QAEACITIBD9",
  "hwIhECAC/QAEECIUIBMgDf2HAiENIA8gEyAT/Q0ICQoLDA0ODwABAgMEBQYHIhMgEf2HAiERIBQgEyAV/YcCIRUgDyAI",
  "/QAEECITIAv9hwIhCyAUIBMgDP2HAiEMIA8gEyAT/Q0ICQoLDA0ODwABAgMEBQYHIg8gDv2HAiEOIBQgDyAS/YcCIRIg",
  "AkEgaiECIAggK2ohCCAKQQFqIQoMAQsLIBAgEf0NAAECAwQFBgcQERITFBUWFyEPICEgIiAjGyICBEAgAiAFaiAP/QsE",
  "AAsgBkEAICMbIggEQCAFIAhqIA8gD/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAA",
  "AAAAAAAAAAAAAAAAAAD98AH9CwQACyARIBD9DQgJCgsMDQ4PGBkaGxwdHh8hDyACBEAgAiAsaiAP/QsEAAsgCARAIAgg",
  "LGogDyAP/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALIAVBEGohBSALIA79DQABAgMEBQYHEBESExQVFhchDyACBEAgAiAFaiAP/QsEAAsgCARAIAUgCGogDyAP/QwA",
  "AAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALICxB",
  "EGohBSAOIAv9DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAFaiAL/QsEAAsgCARAIAUgCGogCyAL/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIA0gFf0NAAECAwQF",
  "BgcQERITFBUWFyELIAIEQCACIC1qIAv9CwQACyAIBEAgCCAtaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA",
  "8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgFSAN/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRA",
  "IAIgLmogC/0LBAALIAgEQCAIIC5qIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD98AH9CwQACyAtQRBqIQUgDCAS/Q0AAQIDBAUGBxAREhMUFRYXIQsgAgRAIAIgBWogC/0L",
  "BAALIAgEQCAFIAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD98AH9CwQACyAuQRBqIQUgEiAM/Q0ICQoLDA0ODxgZGhscHR4fIQsgAgRAIAIgBWogC/0LBAALIAgEQCAF",
  "IAhqIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "8AH9CwQACyABQQRqIQELIAFBAmogJkwEQCAJQQN0IgIgCSAkbCABakEDdCIraiIsIAJqIi0gAmohLiAbBHsgGyABQQN0",
  "av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyINIRYgDSAN/Q0ICQoLDA0ODwABAgMEBQYHIhAhCyAnRQRAICIgK2r9AAQA",
  "IgsgIiAsav0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyEWIAsgDP0NCAkKCwwNDg8QERITFBUWFyEQICIgLWr9AAQAIgsg",
  "IiAuav0ABAAiDP0NAAECAwQFBgcYGRobHB0eHyENIAsgDP0NCAkKCwwNDg8QERITFBUWFyELCyAAIQUgKiABQQN0aiEI",
  "QQAhCgNAIAogJUgEQCAF/QAEACIMIAj9AAQAIg4gFv2HAiEWIAX9AAQQIg8gDiAN/YcCIQ0gDCAOIA79DQgJCgsMDQ4P",
  "AAECAwQFBgciDCAQ/YcCIRAgDyAMIAv9hwIhCyAFQSBqIQUgAiAIaiEIIApBAWohCgwBCwsgFiAQ/Q0AAQIDBAUGBxAR",
  "EhMUFRYXIQwgISAiICMbIgIEQCACICtqIAz9CwQACyAGQQAgIxsiBQRAIAUgK2ogDCAM/QwAAAAAAAAAAAAAAAAAAAAA",
  "/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIBAgFv0NCAkKCwwNDg8YGRob",
  "HB0eHyEMIAIEQCACICxqIAz9CwQACyAFBEAgBSAsaiAMIAz9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAA",
  "AADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgDSAL/Q0AAQIDBAUGBxAREhMUFRYXIQwgAgRAIAIgLWog",
  "DP0LBAALIAUEQCAFIC1qIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAA",
  "AAAAAAAAAAAAAAD98AH9CwQACyALIA39DQgJCgsMDQ4PGBkaGxwdHh8hCyACBEAgAiAuaiAL/QsEAAsgBQRAIAUgLmog",
  "CyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0L",
  "BAALIAFBAmohAQsgASAmSARAIAAhBSAJQQN0IQAgCSAkbCABakEDdCEIIBsEeyAbIAFBA3Rq/V0DAAX9DAAAAAAAAAAA",
  "AAAAAAAAAAALIg0hECANIgshDCAnRQRAIAggImr9XQMAIRAgACAIaiICIABqIgogImr9XQMAIQsgAiAiav1dAwAhDSAi",
  "IAAgCmpq/V0DACEMCyAqIAFBA3RqIQFBACECA0AgAiAlSARAIAX9CgMAIAH9XQMAIg4gEP2HAiEQIAVBCGr9CgMAIA4g",
  "Df2HAiENIAVBEGr9CgMAIA4gC/2HAiELIAVBGGr9CgMAIA4gDP2HAiEMIAVBIGohBSAAIAFqIQEgAkEBaiECDAELCyAh",
  "ICIgIxsiAQRAIAEgCGogEP1bAwAACyAGQQAgIxsiAgRAIAIgCGogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAA",
  "APA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACyAAIAhqIQUgAQRAIAEgBWogDf1bAwAACyAC",
  "BEAgAiAFaiANIA39DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/fAB/VsDAAALIAggAEEBdGohBSABBEAgASAFaiAL/VsDAAALIAIEQCACIAVqIAsgC/0MAAAAAAAAAAAAAAAAAAAA",
  "AP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsgCCAAQQNsaiEAIAEEQCAA",
  "IAFqIAz9WwMAAAsgAgRAIAAgAmogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAACwsgJEEEaiEkDAELCwUDQCAkQQRqIAdMBEAgKSAcICRsaiEAIAQhAQNAIAFB",
  "BmogJkwEQCAJQQN0IQggHEEBdCIrIBxqISwgCSAkbCABakEDdCEtIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAA",
  "AAAAAAALIg0hCyABQQJqIQIgGwR7IBsgAkEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiFiEOIAFBBGohAiAbBHsg",
  "GyACQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyIQIRIgCyIUIQwgDiITIREgECIPIRUgJ0UEQCAiIC1qIgL9AAQA",
  "IQsgAv0ABBAhDiAC/QAEICESIAggLWoiAiAIaiEFIAIgImoiAv0ABAAhDSAC/QAEECEWIAL9AAQgIRAgBSAiaiIC/QAE",
  "ACEUIAL9AAQQIRMgAv0ABCAhDyAFIAhqICJqIgL9AAQAIQwgAv0ABCAhFSAC/QAEECERCyAAIQIgKiABQQN0aiEKQQAh",
  "BQNAIAUgJUgEQCAC/QoDACIXIAr9AAQAIhggC/2HAiELIBcgCv0ABBAiGSAO/YcCIQ4gFyAK/QAEICIXIBL9hwIhEiAC",
  "IBxq/QoDACIaIBggDf2HAiENIBogGSAW/YcCIRYgGiAXIBD9hwIhECACICtq/QoDACIaIBggFP2HAiEUIBogGSAT/YcC",
  "IRMgGiAXIA/9hwIhDyACICxq/QoDACIaIBggDP2HAiEMIBogGSAR/YcCIREgGiAXIBX9hwIhFSACIB1qIQIgCCAKaiEK",
  "IAVBAWohBQwBCwsgISAiICMbIgIEQCACIC1qIAv9CwQACyAGQQAgIxsiBQRAIAUgLWogCyAL/QwAAAAAAAAAAAAAAAAA",
  "AAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC1BEGohCiACBEAgAiAK",
  "aiAO/QsEAAsgBQRAIAUgCmogDiAO/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAA",
  "AAAAAAAAAAAAAAAAAP3wAf0LBAALIC1BIGohCiACBEAgAiAKaiAS/QsEAAsgBQRAIAUgCmogEiAS/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAggLWohCiACBEAg",
  "AiAKaiAN/QsEAAsgBQRAIAUgCmogDSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBEGohKyACBEAgAiAraiAW/QsEAAsgBQRAIAUgK2ogFiAW/QwAAAAAAAAA",
  "AAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBIGohCiAC",
  "BEAgAiAKaiAQ/QsEAAsgBQRAIAUgCmogECAQ/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3y",
  "Af0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC0gCEEBdGohCiACBEAgAiAKaiAU/QsEAAsgBQRAIAUgCmogFCAU/QwA",
  "AAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApB",
  "EGohKyACBEAgAiAraiAT/QsEAAsgBQRAIAUgK2ogEyAT/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA",
  "8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBIGohCiACBEAgAiAKaiAP/QsEAAsgBQRAIAUgCmogDyAP",
  "/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAAL",
  "IC0gCEEDbGohCCACBEAgAiAIaiAM/QsEAAsgBQRAIAUgCGogDCAM/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/",
  "AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAhBEGohCiACBEAgAiAKaiAR/QsEAAsgBQRAIAUg",
  "CmogESAR/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3w",
  "Af0LBAALIAhBIGohCCACBEAgAiAIaiAV/QsEAAsgBQRAIAUgCGogFSAV/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAA",
  "APA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAFBBmohAQwBCwsgAUEEaiAmTARAIAlBA3Qh",
  "CCAcQQF0IisgHGohLCAJICRsIAFqQQN0IS0gAUECaiECIBsEeyAbIAFBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAAL",
  "Ig0iCyEUIBsEeyAbIAJBA3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIhYiDiETIAshDCAnBHsgDgUgIiAtaiIC/QAE",
  "ACELIAL9AAQQIQ4gCCAtaiICIAhqIQUgAiAiaiIC/QAEACENIAL9AAQQIRYgBSAiaiIC/QAEACEUIAL9AAQQIRMgBSAI",
  "aiAiaiIC/QAEACEMIAL9AAQQCyERIAAhAiAqIAFBA3RqIQpBACEFA0AgBSAlSARAIAL9CgMAIg8gCv0ABAAiECAL/YcC",
  "IQsgDyAK/QAEECIPIA79hwIhDiACIBxq/QoDACISIBAgDf2HAiENIBIgDyAW/YcCIRYgAiArav0KAwAiEiAQIBT9hwIh",
  "FCASIA8gE/2HAiETIAIgLGr9CgMAIhIgECAM/YcCIQwgEiAPIBH9hwIhESACIB1qIQIgCCAKaiEKIAVBAWohBQwBCwsg",
  "ISAiICMbIgIEQCACIC1qIAv9CwQACyAGQQAgIxsiBQRAIAUgLWogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAA",
  "APA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIC1BEGohCiACBEAgAiAKaiAO/QsEAAsgBQRA",
  "IAUgCmogDiAO/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3wAf0LBAALIAggLWohCiACBEAgAiAKaiAN/QsEAAsgBQRAIAUgCmogDSAN/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAA",
  "AAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBEGohCiACBEAgAiAKaiAW/QsEAAsg",
  "BQRAIAUgCmogFiAW/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAA",
  "AAAAAP3wAf0LBAALIC0gCEEBdGohCiACBEAgAiAKaiAU/QsEAAsgBQRAIAUgCmogFCAU/QwAAAAAAAAAAAAAAAAAAAAA",
  "/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIApBEGohCiACBEAgAiAKaiAT",
  "/QsEAAsgBQRAIAUgCmogEyAT/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAA",
  "AAAAAAAAAAAAAP3wAf0LBAALIC0gCEEDbGohCCACBEAgAiAIaiAM/QsEAAsgBQRAIAUgCGogDCAM/QwAAAAAAAAAAAAA",
  "AAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAhBEGohCCACBEAg",
  "AiAIaiAR/QsEAAsgBQRAIAUgCGogESAR/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3wAf0LBAALIAFBBGohAQsgAUECaiAmTARAIAlBA3QhCCAcQQF0IisgHGohLCAJICRsIAFq",
  "QQN0IS0gGwR7IBsgAUEDdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiDSEQIA0iCyEMICdFBEAgIiAtav0ABAAhECAI",
  "IC1qIgIgCGoiBSAiav0ABAAhCyACICJq/QAEACENICIgBSAIamr9AAQAIQwLIAAhAiAqIAFBA3RqIQVBACEKA0AgCiAl",
  "SARAIAL9CgMAIAX9AAQAIg4gEP2HAiEQIAIgHGr9CgMAIA4gDf2HAiENIAIgK2r9CgMAIA4gC/2HAiELIAIgLGr9CgMA",
  "IA4gDP2HAiEMIAIgHWohAiAFIAhqIQUgCkEBaiEKDAELCyAhICIgIxsiAgRAIAIgLWogEP0LBAALIAZBACAjGyIFBEAg",
  "BSAtaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA",
  "/fAB/QsEAAsgCCAtaiEKIAIEQCACIApqIA39CwQACyAFBEAgBSAKaiANIA39DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAA",
  "AAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgLSAIQQF0aiEKIAIEQCACIApqIAv9CwQA",
  "CyAFBEAgBSAKaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAA",
  "AAAAAAAA/fAB/QsEAAsgLSAIQQNsaiEIIAIEQCACIAhqIAz9CwQACyAFBEAgBSAIaiAMIAz9DAAAAAAAAAAAAAAAAAAA",
  "AAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAg",
  "CUEDdCECIBxBAXQiBSAcaiEIIAkgJGwgAWpBA3QhKyAbBHsgGyABQQN0av1dAwAF/QwAAAAAAAAAAAAAAAAAAAAACyIN",
  "IRAgDSILIQwgJ0UEQCAiICtq/V0DACEQIAIgK2oiCiACaiIsICJq/V0DACELIAogImr9XQMAIQ0gIiACICxqav1dAwAh",
  "DAsgKiABQQN0aiEBQQAhCgNAIAogJUgEQCAA/QoDACAB/V0DACIOIBD9hwIhECAAIBxq/QoDACAOIA39hwIhDSAAIAVq",
  "/QoDACAOIAv9hwIhCyAAIAhq/QoDACAOIAz9hwIhDCAAIB1qIQAgASACaiEBIApBAWohCgwBCwsgISAiICMbIgAEQCAA",
  "ICtqIBD9WwMAAAsgBkEAICMbIgEEQCABICtqIBAgEP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA/",
  "/U798gH9DAAAAAAAAAAAAAAAAAAAAAD98AH9WwMAAAsgAiAraiEFIAAEQCAAIAVqIA39WwMAAAsgAQRAIAEgBWogDSAN",
  "/QwAAAAAAAAAAAAAAAAAAAAA/Ur9DAAAAAAAAPA/AAAAAAAA8D/9Tv3yAf0MAAAAAAAAAAAAAAAAAAAAAP3wAf1bAwAA",
  "CyArIAJBAXRqIQUgAARAIAAgBWogC/1bAwAACyABBEAgASAFaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA",
  "8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/VsDAAALICsgAkEDbGohAiAABEAgACACaiAM/VsDAAAL",
  "IAEEQCABIAJqIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1K/QwAAAAAAADwPwAAAAAAAPA//U798gH9DAAAAAAAAAAAAAAA",
  "AAAAAAD98AH9WwMAAAsLICRBBGohJAwBCwsLCwNAIAcgJEoEQCApIBwgJGxqIQAgBCEBA0AgAUEGaiAmTARAIAkgJGwg",
  "AWpBA3QhCCAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyELIAFBAmohAiAbBHsgGyACQQN0av0ABAAF",
  "/QwAAAAAAAAAAAAAAAAAAAAACyEOIAFBBGohAiAbBHsgGyACQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyESICdF",
  "BEAgCCAiaiIC/QAEACELIAL9AAQgIRIgAv0ABBAhDgsgCUEDdCErIAAhAiAqIAFBA3RqIQpBACEFA0AgBSAlSARAIAL9",
  "CgMAIgwgCv0ABAAgC/2HAiELIAwgCv0ABBAgDv2HAiEOIAwgCv0ABCAgEv2HAiESIAIgHWohAiAKICtqIQogBUEBaiEF",
  "DAELCyAhICIgIxsiAgRAIAIgCGogC/0LBAALIAZBACAjGyIFBEAgBSAIaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9Sv0M",
  "AAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgCEEQaiEKIAIEQCACIApqIA79CwQA",
  "CyAFBEAgBSAKaiAOIA79DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAA",
  "AAAAAAAA/fAB/QsEAAsgCEEgaiEIIAIEQCACIAhqIBL9CwQACyAFBEAgBSAIaiASIBL9DAAAAAAAAAAAAAAAAAAAAAD9",
  "Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUEGaiEBDAELCyABQQRqICZM",
  "BEAgCSAkbCABakEDdCEIIAFBAmohAiAbBHsgGyABQQN0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyELIBsEeyAbIAJB",
  "A3Rq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIQ4gJ0UEQCAIICJqIgL9AAQAIQsgAv0ABBAhDgsgCUEDdCErIAAhAiAq",
  "IAFBA3RqIQpBACEFA0AgBSAlSARAIAL9CgMAIgwgCv0ABAAgC/2HAiELIAwgCv0ABBAgDv2HAiEOIAIgHWohAiAKICtq",
  "IQogBUEBaiEFDAELCyAhICIgIxsiAgRAIAIgCGogC/0LBAALIAZBACAjGyIFBEAgBSAIaiALIAv9DAAAAAAAAAAAAAAA",
  "AAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgCEEQaiEIIAIEQCAC",
  "IAhqIA79CwQACyAFBEAgBSAIaiAOIA79DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUEEaiEBCyABQQJqICZMBEAgCSAkbCABakEDdCEIIBsEeyAbIAFBA3Rq/QAE",
  "AAX9DAAAAAAAAAAAAAAAAAAAAAALIRAgJ0UEQCAIICJq/QAEACEQCyAJQQN0ISsgACECICogAUEDdGohBUEAIQoDQCAK",
  "ICVIBEAgAv0KAwAgBf0ABAAgEP2HAiEQIAIgHWohAiAFICtqIQUgCkEBaiEKDAELCyAhICIgIxsiAgRAIAIgCGogEP0L",
  "BAALIAZBACAjGyICBEAgAiAIaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/fAB/QsEAAsgAUECaiEBCyABICZIBEAgCSAkbCABakEDdCECIBsEeyAbIAFBA3Rq/V0DAAX9",
  "DAAAAAAAAAAAAAAAAAAAAAALIRAgJ0UEQCACICJq/V0DACEQCyAJQQN0IQUgKiABQQN0aiEBQQAhCgNAIAogJUgEQCAA",
  "/QoDACAB/V0DACAQ/YcCIRAgACAdaiEAIAEgBWohASAKQQFqIQoMAQsLICEgIiAjGyIABEAgACACaiAQ/VsDAAALIAZB",
  "ACAjGyIABEAgACACaiAQIBD9DAAAAAAAAAAAAAAAAAAAAAD9Sv0MAAAAAAAA8D8AAAAAAADwP/1O/fIB/QwAAAAAAAAA",
  "AAAAAAAAAAAA/fAB/VsDAAALCyAkQQFqISQMAQsLIARB4ABqIQQMAQsLIB4gKEGAAmoiKEoNAAsLWQEEfyACQQN0IQcD",
  "QCACIARKBEAgASAEQQN0aiEFQQAhBgNAIAMgBkoEQCAFIAArAwA5AwAgAEEIaiEAIAUgB2ohBSAGQQFqIQYMAQsLIARB",
  "AWohBAwBCwsLdAEEfyAGQQN0IQsDQCAGIAhKBEAgAiAIQQN0aiEJQQAhCgNAIAUgCkoEQCAJIAErAwA5AwAgAUEIaiEB",
  "IAkgC2ohCSAKQQFqIQoMAQsLIAhBAWohCAwBCwsgACAFQQN0QQggAkEAIANBACAEIAUgBiAHEAALdAEEfyAGQQN0IQsD",
  "QCAGIAhKBEAgAiAIQQN0aiEJQQAhCgNAIAUgCkoEQCAJIAErAwA5AwAgAUEIaiEBIAkgC2ohCSAKQQFqIQoMAQsLIAhB",
  "AWohCAwBCwsgACAFQQN0QQggAkEAIANBACAEIAUgBiAHEAELxgEDBH8BewF8IANBA3QhBwNAIARBAmogA0wEQP0MAAAA",
  "AAAAAAAAAAAAAAAAACEIIAAgBEEDdGohBUEAIQYDQCACIAZKBEAgCCAF/QAEAP3wASEIIAUgB2ohBSAGQQFqIQYMAQsL",
  "IAEgBEEDdGogCP0LBAAgBEECaiEEDAELCyADIARKBEAgACAEQQN0aiEAQQAhAwNAIAIgA0oEQCAJIAArAwCgIQkgACAH",
  "aiEAIANBAWohAwwBCwsgASAEQQN0aiAJOQMACwv/AQMBfwh7AXwgACABQXBxQQN0aiECA0AgACACSQRAIAMgAP0ABAD9",
  "8AEhAyAEIAD9AAQQ/fABIQQgBSAA/QAEIP3wASEFIAYgAP0ABDD98AEhBiAHIAD9AARA/fABIQcgCCAA/QAEUP3wASEI",
  "IAkgAP0ABGD98AEhCSAKIAD9AARw/fABIQogAEGAAWohAAwBCwsgAyAE/fABIAUgBv3wAf3wASAHIAj98AEgCSAK/fAB",
  "/fAB/fABIgP9IQAgA/0hAaAhCyABQXBxIQIDQCABIAJKBEAgCyAAKwMAoCELIABBCGohACACQQFqIQIMAQsLIAsgC6FE",
  "AAAAAAAAAABhC4UFAgl/BnsgA0EDdCEKIAJBAnQhCSACQXxxIQggA0F8cSEFA0AgByAISARAQQAhBANAIAQgBUgEQCAB",
  "IAQgCWxqIAdBAnRqIgYgACAHIApsaiAEQQN0aiIL/QAEAP1eIAv9AAQQ/V79DQABAgMEBQYHEBESExQVFhciECAKIAtq",
  "Igz9AAQA/V4gDP0ABBD9Xv0NAAECAwQFBgcQERITFBUWFyIP/Q0AAQIDEBESEwQFBgcUFRYXIhEgCyAKQQF0aiIM/QAE",
  "AP1eIAz9AAQQ/V79DQABAgMEBQYHEBESExQVFhciDiALIApBA2xqIgv9AAQA/V4gC/0ABBD9Xv0NAAECAwQFBgcQERIT",
  "FBUWFyIN/Q0AAQIDEBESEwQFBgcUFRYXIhL9DQABAgMEBQYHEBESExQVFhf9CwQAIAYgCWogESAS/Q0ICQoLDA0ODxgZ",
  "GhscHR4f/QsEACAGIAlBAXRqIBAgD/0NCAkKCxgZGhsMDQ4PHB0eHyIPIA4gDf0NCAkKCxgZGhsMDQ4PHB0eHyIN/Q0A",
  "AQIDBAUGBxAREhMUFRYX/QsEACAGIAlBA2xqIA8gDf0NCAkKCwwNDg8YGRobHB0eH/0LBAAgBEEEaiEEDAELCyAFIQQD",
  "QCADIARKBEBBACEGA0AgBkEESARAIAEgBCAJbGogBiAHaiILQQJ0aiAAIAogC2xqIARBA3RqKwMAtjgCACAGQQFqIQYM",
  "AQsLIARBAWohBAwBCwsgB0EEaiEHDAELCwNAIAIgCEoEQEEAIQQDQCADIARKBEAgASAEIAlsaiAIQQJ0aiAAIAggCmxq",
  "IARBA3RqKwMAtjgCACAEQQFqIQQMAQsLIAhBAWohCAwBCwsLiAEBAX8gACACQXxxQQN0aiEDA0AgACADSQRAIAEgAP0A",
  "BAD9XiAA/QAEEP1e/Q0AAQIDBAUGBxAREhMUFRYX/QsEACABQRBqIQEgAEEgaiEADAELCyACQXxxIQMDQCACIANKBEAg",
  "ASAAKwMAtjgCACAAQQhqIQAgAUEEaiEBIANBAWohAwwBCwsL6YQBAg97Dn8gACEcIAMhHiAEIRsgBiEaIAchHUEIQYCA",
  "DEEBIAhBAnQiACAAQQBMG21BeHEiACAAQQhIGyElA0AgCSAZSgRAIAkgGSAlaiIAIAAgCUobISZBACEHA0AgB0EGaiAd",
  "TARAIBwgASAHbGohBCAZIQMDQCADQQhqICZMBEAgCUECdCEiIANBBGohACAbBHsgGyADQQJ0av0ABAAF/QwAAAAAAAAA",
  "AAAAAAAAAAAACyIRIgohEiAbBHsgGyAAQQJ0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyITIgwhFCAKIgsiGCEXIAwi",
  "DSIWIRUgAUEBdCIhIAFqISAgIUEBdCIfIAFqIQYgBCEAIB4gA0ECdGohJEEAISMDQCAIICNKBEAgCiAA/QkCACIOICT9",
  "AAQAIg/95gH95AEhCiAMIA4gJP0ABBAiEP3mAf3kASEMIBEgACABav0JAgAiDiAP/eYB/eQBIREgEyAOIBD95gH95AEh",
  "EyASIAAgIWr9CQIAIg4gD/3mAf3kASESIBQgDiAQ/eYB/eQBIRQgCyAAICBq/QkCACIOIA/95gH95AEhCyANIA4gEP3m",
  "Af3kASENIBggACAfav0JAgAiDiAP/eYB/eQBIRggFiAOIBD95gH95AEhFiAXIAAgBmr9CQIAIg4gD/3mAf3kASEXIBUg",
  "DiAQ/eYB/eQBIRUgACACaiEAICIgJGohJCAjQQFqISMMAQsLIAcgCWwgA2pBA3QhICAFBEAgBSAgaiIAIAr9X/0LBAAg",
  "ACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAaICBqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAA",
  "gD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9CwQQCyAgQSBqIQYgBQRAIAUgBmoiACAM/V/9CwQAIAAgDCAM/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAa",
  "BEAgBiAaaiIAIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAA",
  "AAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCIfICBqIQYgBQRAIAUgBmoi",
  "ACAR/V/9CwQAIAAgESAR/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBEgEf0MAAAAAAAAAAAAAAAA",
  "AAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkK",
  "CwwNDg8ICQoLDA0OD/1f/QsEEAsgBkEgaiEGIAUEQCAFIAZqIgAgE/1f/QsEACAAIBMgE/0NCAkKCwwNDg8ICQoLDA0O",
  "D/1f/QsEEAsgGgRAIAYgGmoiACATIBP9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0EBdGohBiAF",
  "BEAgBSAGaiIAIBL9X/0LBAAgACASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEiAS/QwAAAAA",
  "AAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAg",
  "CiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoiACAU/V/9CwQAIAAgFCAU/Q0ICQoLDA0O",
  "DwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBQgFP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA/",
  "/U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgICAf",
  "QQNsaiEGIAUEQCAFIAZqIgAgC/1f/QsEACAAIAsgC/0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAL",
  "IAv9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9",
  "X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIA39X/0LBAAgACANIA39",
  "DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgDSAN/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/",
  "AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9",
  "CwQQCyAgIB9BAnRqIQYgBQRAIAUgBmoiACAY/V/9CwQAIAAgGCAY/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAg",
  "BiAaaiIAIBggGP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAA",
  "AAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgBkEgaiEGIAUEQCAFIAZqIgAgFv1f/QsE",
  "ACAAIBYgFv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAWIBb9DAAAAAAAAAAAAAAAAAAAAAD9RP0M",
  "AACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkK",
  "CwwNDg/9X/0LBBALICAgH0EFbGohBiAFBEAgBSAGaiIAIBf9X/0LBAAgACAXIBf9DQgJCgsMDQ4PCAkKCwwNDg/9X/0L",
  "BBALIBoEQCAGIBpqIgAgFyAX/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAA",
  "AAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoi",
  "ACAV/V/9CwQAIAAgFSAV/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBUgFf0MAAAAAAAAAAAAAAAA",
  "AAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkK",
  "CwwNDg8ICQoLDA0OD/1f/QsEEAsgA0EIaiEDDAELCyADQQRqICZMBEAgCUECdCEiIBsEeyAbIANBAnRq/QAEAAX9DAAA",
  "AAAAAAAAAAAAAAAAAAALIhEiCiESIAoiCyIYIRcgAUEBdCIhIAFqISAgIUEBdCIfIAFqIQAgBCEGIB4gA0ECdGohJEEA",
  "ISMDQCAIICNKBEAgCiAG/QkCACAk/QAEACIM/eYB/eQBIQogESABIAZq/QkCACAM/eYB/eQBIREgEiAGICFq/QkCACAM",
  "/eYB/eQBIRIgCyAGICBq/QkCACAM/eYB/eQBIQsgGCAGIB9q/QkCACAM/eYB/eQBIRggFyAAIAZq/QkCACAM/eYB/eQB",
  "IRcgAiAGaiEGICIgJGohJCAjQQFqISMMAQsLIAcgCWwgA2pBA3QhICAFBEAgBSAgaiIAIAr9X/0LBAAgACAKIAr9DQgJ",
  "CgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAaICBqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACA",
  "PwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQ",
  "CyAJQQN0Ih8gIGohBiAFBEAgBSAGaiIAIBH9X/0LBAAgACARIBH9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAG",
  "IBpqIgAgESAR/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9BAXRqIQYgBQRAIAUgBmoiACAS/V/9",
  "CwQAIAAgEiAS/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E",
  "/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8I",
  "CQoLDA0OD/1f/QsEEAsgICAfQQNsaiEGIAUEQCAFIAZqIgAgC/1f/QsEACAAIAsgC/0NCAkKCwwNDg8ICQoLDA0OD/1f",
  "/QsEEAsgGgRAIAYgGmoiACALIAv9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0ECdGohBiAFBEAg",
  "BSAGaiIAIBj9X/0LBAAgACAYIBj9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgGCAY/QwAAAAAAAAA",
  "AAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK",
  "/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9BBWxqIQYgBQRAIAUgBmoiACAX/V/9CwQAIAAgFyAX/Q0ICQoLDA0O",
  "DwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA/",
  "/U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgA0EE",
  "aiEDCyAmIANrIgBBA0YEQCAJQQJ0ISIgAyEAIBsEeyAbIANBAnRqIgP9XQMAIAMqAgj9IAIF/QwAAAAAAAAAAAAAAAAA",
  "AAAACyIRIgohEiAKIgsiGCEXIAFBAXQiISABaiEgICFBAXQiHyABaiEGIB4gAEECdGohA0EAISMDQCAIICNKBEAgCiAE",
  "/QkCACAD/V0DACADKgII/SACIgz95gH95AEhCiARIAEgBGr9CQIAIAz95gH95AEhESASIAQgIWr9CQIAIAz95gH95AEh",
  "EiALIAQgIGr9CQIAIAz95gH95AEhCyAYIAQgH2r9CQIAIAz95gH95AEhGCAXIAQgBmr9CQIAIAz95gH95AEhFyACIARq",
  "IQQgAyAiaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEGIAUEQCAFIAZqIgAgCv1f/QsEACAAQRBqIAogCv0NCAkKCwwN",
  "Dg8ICQoLDA0OD/1f/VsDAAALIBoEQCAGIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAA",
  "gD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMA",
  "AAsgBiAJQQN0IgRqIQMgBQRAIAMgBWoiACAR/V/9CwQAIABBEGogESAR/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsg",
  "GgRAIAMgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAA",
  "AAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAGIARBAXRqIQMgBQRAIAMg",
  "BWoiACAS/V/9CwQAIABBEGogEiAS/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACASIBL9DAAAAAAA",
  "AAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQ",
  "aiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAGIARBA2xqIQMgBQRAIAMgBWoiACAL/V/9CwQAIABBEGogCyAL",
  "/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACALIAv9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAA",
  "gD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwN",
  "Dg/9X/1bAwAACyAGIARBAnRqIQMgBQRAIAMgBWoiACAY/V/9CwQAIABBEGogGCAY/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9",
  "WwMAAAsgGgRAIAMgGmoiACAYIBj9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAGIARBBWxqIQMg",
  "BQRAIAMgBWoiACAX/V/9CwQAIABBEGogFyAX/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACAXIBf9",
  "DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0L",
  "BAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACwUgAEECRgRAIAlBAnQhIiADIQAgGwR7IBsgA0ECdGr9",
  "XQMABf0MAAAAAAAAAAAAAAAAAAAAAAsiESIKIRIgCiILIhghFyABQQF0IiEgAWohICAhQQF0Ih8gAWohBiAeIABBAnRq",
  "IQNBACEjA0AgCCAjSgRAIAogBP0JAgAgA/1dAwAiDP3mAf3kASEKIBEgASAEav0JAgAgDP3mAf3kASERIBIgBCAhav0J",
  "AgAgDP3mAf3kASESIAsgBCAgav0JAgAgDP3mAf3kASELIBggBCAfav0JAgAgDP3mAf3kASEYIBcgBCAGav0JAgAgDP3m",
  "Af3kASEXIAIgBGohBCADICJqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQQgBQRAIAQgBWogCv1f/QsEAAsgGgRAIAQg",
  "GmogCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3k",
  "Af1f/QsEAAsgCUEDdCIDIARqIQAgBQRAIAAgBWogEf1f/QsEAAsgGgRAIAAgGmogESAR/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgBCADQQF0aiEAIAUEQCAA",
  "IAVqIBL9X/0LBAALIBoEQCAAIBpqIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAQgA0EDbGohACAFBEAgACAFaiAL/V/9CwQACyAaBEAgACAaaiALIAv9",
  "DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9CwQA",
  "CyAEIANBAnRqIQAgBQRAIAAgBWogGP1f/QsEAAsgGgRAIAAgGmogGCAY/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8A",
  "AIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgBCADQQVsaiEAIAUEQCAAIAVqIBf9X/0L",
  "BAALIBoEQCAAIBpqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD95AH9X/0LBAALBSAAQQFGBEAgCUECdCEiIAMhACAbBHsgGyADQQJ0av1cAgAF/QwAAAAAAAAAAAAAAAAA",
  "AAAACyIRIgohEiAKIgsiGCEXIAFBAXQiISABaiEgICFBAXQiHyABaiEGIB4gAEECdGohA0EAISMDQCAIICNKBEAgCiAE",
  "/QkCACAD/VwCACIM/eYB/eQBIQogESABIARq/QkCACAM/eYB/eQBIREgEiAEICFq/QkCACAM/eYB/eQBIRIgCyAEICBq",
  "/QkCACAM/eYB/eQBIQsgGCAEIB9q/QkCACAM/eYB/eQBIRggFyAEIAZq/QkCACAM/eYB/eQBIRcgAiAEaiEEIAMgImoh",
  "AyAjQQFqISMMAQsLIAcgCWwgAGpBA3QhBCAFBEAgBCAFaiAK/V/9WwMAAAsgGgRAIAQgGmogCiAK/QwAAAAAAAAAAAAA",
  "AAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALIAlBA3QiAyAE",
  "aiEAIAUEQCAAIAVqIBH9X/1bAwAACyAaBEAgACAaaiARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/",
  "AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQF0aiEAIAUEQCAAIAVqIBL9X/1bAwAACyAa",
  "BEAgACAaaiASIBL9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQB/V/9WwMAAAsgBCADQQNsaiEAIAUEQCAAIAVqIAv9X/1bAwAACyAaBEAgACAaaiALIAv9DAAAAAAAAAAAAAAA",
  "AAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQJ0aiEA",
  "IAUEQCAAIAVqIBj9X/1bAwAACyAaBEAgACAaaiAYIBj9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACA",
  "P/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQVsaiEAIAUEQCAAIAVqIBf9X/1bAwAACyAaBEAg",
  "ACAaaiAXIBf9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA",
  "/eQB/V/9WwMAAAsLCwsgB0EGaiEHDAELCyAHQQRqIB1MBEAgHCABIAdsaiEEIBkhAwNAIANBCGogJkwEQCAJQQJ0ISAg",
  "A0EEaiEAIBsEeyAbIANBAnRq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEiCiESIBsEeyAbIABBAnRq/QAEAAX9DAAA",
  "AAAAAAAAAAAAAAAAAAALIhMiDCEUIAohCyAMIQ0gAUEBdCIfIAFqIQYgBCEAIB4gA0ECdGohJEEAISMDQCAIICNKBEAg",
  "CiAA/QkCACIOICT9AAQAIhD95gH95AEhCiAMIA4gJP0ABBAiD/3mAf3kASEMIBEgACABav0JAgAiDiAQ/eYB/eQBIREg",
  "EyAOIA/95gH95AEhEyASIAAgH2r9CQIAIg4gEP3mAf3kASESIBQgDiAP/eYB/eQBIRQgCyAAIAZq/QkCACIOIBD95gH9",
  "5AEhCyANIA4gD/3mAf3kASENIAAgAmohACAgICRqISQgI0EBaiEjDAELCyAHIAlsIANqQQN0ISAgBQRAIAUgIGoiACAK",
  "/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgGiAgaiIAIAogCv0MAAAAAAAAAAAAAAAAAAAA",
  "AP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwN",
  "Dg8ICQoLDA0OD/1f/QsEEAsgIEEgaiEGIAUEQCAFIAZqIgAgDP1f/QsEACAAIAwgDP0NCAkKCwwNDg8ICQoLDA0OD/1f",
  "/QsEEAsgGgRAIAYgGmoiACAMIAz9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAlBA3QiHyAgaiEGIAUE",
  "QCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAA",
  "AAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAK",
  "IAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIBP9X/0LBAAgACATIBP9DQgJCgsMDQ4P",
  "CAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEyAT/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9",
  "Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9B",
  "AXRqIQYgBQRAIAUgBmoiACAS/V/9CwQAIAAgEiAS/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBIg",
  "Ev0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f",
  "/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgBkEgaiEGIAUEQCAFIAZqIgAgFP1f/QsEACAAIBQgFP0N",
  "CAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAUIBT9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8A",
  "AIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0L",
  "BBALICAgH0EDbGohBiAFBEAgBSAGaiIAIAv9X/0LBAAgACALIAv9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAG",
  "IBpqIgAgCyAL/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoiACAN/V/9CwQA",
  "IAAgDSAN/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIA0gDf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwA",
  "AIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoL",
  "DA0OD/1f/QsEEAsgA0EIaiEDDAELCyADQQRqICZMBEAgCUECdCEgIBsEeyAbIANBAnRq/QAEAAX9DAAAAAAAAAAAAAAA",
  "AAAAAAALIhEiCiESIAohCyABQQF0Ih8gAWohACAEIQYgHiADQQJ0aiEkQQAhIwNAIAggI0oEQCAKIAb9CQIAICT9AAQA",
  "Igz95gH95AEhCiARIAEgBmr9CQIAIAz95gH95AEhESASIAYgH2r9CQIAIAz95gH95AEhEiALIAAgBmr9CQIAIAz95gH9",
  "5AEhCyACIAZqIQYgICAkaiEkICNBAWohIwwBCwsgByAJbCADakEDdCEgIAUEQCAFICBqIgAgCv1f/QsEACAAIAogCv0N",
  "CAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIBogIGoiACAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8A",
  "AIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0L",
  "BBALIAlBA3QiHyAgaiEGIAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRA",
  "IAYgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0EBdGohBiAFBEAgBSAGaiIAIBL9",
  "X/0LBAAgACASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEiAS/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0O",
  "DwgJCgsMDQ4P/V/9CwQQCyAgIB9BA2xqIQYgBQRAIAUgBmoiACAL/V/9CwQAIAAgCyAL/Q0ICQoLDA0ODwgJCgsMDQ4P",
  "/V/9CwQQCyAaBEAgBiAaaiIAIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAA",
  "AAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgA0EEaiEDCyAmIANr",
  "IgBBA0YEQCAJQQJ0ISAgAyEAIBsEeyAbIANBAnRqIgP9XQMAIAMqAgj9IAIF/QwAAAAAAAAAAAAAAAAAAAAACyIRIgoh",
  "EiAKIQsgAUEBdCIfIAFqIQYgHiAAQQJ0aiEDQQAhIwNAIAggI0oEQCAKIAT9CQIAIAP9XQMAIAMqAgj9IAIiDP3mAf3k",
  "ASEKIBEgASAEav0JAgAgDP3mAf3kASERIBIgBCAfav0JAgAgDP3mAf3kASESIAsgBCAGav0JAgAgDP3mAf3kASELIAIg",
  "BGohBCADICBqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQYgBQRAIAUgBmoiACAK/V/9CwQAIABBEGogCiAK/Q0ICQoL",
  "DA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAYgGmoiACAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/",
  "AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1b",
  "AwAACyAGIAlBA3QiBGohAyAFBEAgAyAFaiIAIBH9X/0LBAAgAEEQaiARIBH9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAA",
  "CyAaBEAgAyAaaiIAIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD95AEiCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIAYgBEEBdGohAyAFBEAg",
  "AyAFaiIAIBL9X/0LBAAgAEEQaiASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAaBEAgAyAaaiIAIBIgEv0MAAAA",
  "AAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAA",
  "QRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIAYgBEEDbGohAyAFBEAgAyAFaiIAIAv9X/0LBAAgAEEQaiAL",
  "IAv9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAaBEAgAyAaaiIAIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/",
  "AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoL",
  "DA0OD/1f/VsDAAALBSAAQQJGBEAgCUECdCEgIAMhACAbBHsgGyADQQJ0av1dAwAF/QwAAAAAAAAAAAAAAAAAAAAACyIR",
  "IgohEiAKIQsgAUEBdCIfIAFqIQYgHiAAQQJ0aiEDQQAhIwNAIAggI0oEQCAKIAT9CQIAIAP9XQMAIgz95gH95AEhCiAR",
  "IAEgBGr9CQIAIAz95gH95AEhESASIAQgH2r9CQIAIAz95gH95AEhEiALIAQgBmr9CQIAIAz95gH95AEhCyACIARqIQQg",
  "AyAgaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEEIAUEQCAEIAVqIAr9X/0LBAALIBoEQCAEIBpqIAogCv0MAAAAAAAA",
  "AAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAlBA3Qi",
  "AyAEaiEAIAUEQCAAIAVqIBH9X/0LBAALIBoEQCAAIBpqIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAA",
  "gD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAQgA0EBdGohACAFBEAgACAFaiAS/V/9CwQACyAa",
  "BEAgACAaaiASIBL9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQB/V/9CwQACyAEIANBA2xqIQAgBQRAIAAgBWogC/1f/QsEAAsgGgRAIAAgGmogCyAL/QwAAAAAAAAAAAAAAAAA",
  "AAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsFIABBAUYEQCAJQQJ0",
  "ISAgAyEAIBsEeyAbIANBAnRq/VwCAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEiCiESIAohCyABQQF0Ih8gAWohBiAeIABB",
  "AnRqIQNBACEjA0AgCCAjSgRAIAogBP0JAgAgA/1cAgAiDP3mAf3kASEKIBEgASAEav0JAgAgDP3mAf3kASERIBIgBCAf",
  "av0JAgAgDP3mAf3kASESIAsgBCAGav0JAgAgDP3mAf3kASELIAIgBGohBCADICBqIQMgI0EBaiEjDAELCyAHIAlsIABq",
  "QQN0IQQgBQRAIAQgBWogCv1f/VsDAAALIBoEQCAEIBpqIAogCv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAA",
  "gD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/1bAwAACyAJQQN0IgMgBGohACAFBEAgACAFaiAR/V/9WwMA",
  "AAsgGgRAIAAgGmogESAR/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3kAf1f/VsDAAALIAQgA0EBdGohACAFBEAgACAFaiAS/V/9WwMAAAsgGgRAIAAgGmogEiAS/QwAAAAAAAAA",
  "AAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALIAQgA0ED",
  "bGohACAFBEAgACAFaiAL/V/9WwMAAAsgGgRAIAAgGmogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACA",
  "PwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALCwsLIAdBBGohBwsgB0ECaiAdTARAIBwgASAHbGoh",
  "BCAZIQMDQCADQQhqICZMBEAgCUECdCEGIANBBGohACAbBHsgGyADQQJ0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyIR",
  "IQogGwR7IBsgAEECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiEyEMIAQhACAeIANBAnRqISRBACEjA0AgCCAjSgRA",
  "IAogAP0JAgAiCyAk/QAEACIO/eYB/eQBIQogDCALICT9AAQQIg395gH95AEhDCARIAAgAWr9CQIAIgsgDv3mAf3kASER",
  "IBMgCyAN/eYB/eQBIRMgACACaiEAIAYgJGohJCAjQQFqISMMAQsLIAcgCWwgA2pBA3QhHyAFBEAgBSAfaiIAIAr9X/0L",
  "BAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAaIB9qIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9",
  "DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJ",
  "CgsMDQ4P/V/9CwQQCyAfQSBqIQYgBQRAIAUgBmoiACAM/V/9CwQAIAAgDCAM/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQ",
  "CyAaBEAgBiAaaiIAIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAA",
  "AAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCAfaiEGIAUEQCAFIAZq",
  "IgAgEf1f/QsEACAAIBEgEf0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAAAAAAAAAA",
  "AAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJ",
  "CgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIBP9X/0LBAAgACATIBP9DQgJCgsMDQ4PCAkKCwwN",
  "Dg/9X/0LBBALIBoEQCAGIBpqIgAgEyAT/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyADQQhqIQMMAQsL",
  "IANBBGogJkwEQCAJQQJ0IQAgGwR7IBsgA0ECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiESEKIAQhBiAeIANBAnRq",
  "ISRBACEjA0AgCCAjSgRAIAogBv0JAgAgJP0ABAAiC/3mAf3kASEKIBEgASAGav0JAgAgC/3mAf3kASERIAIgBmohBiAA",
  "ICRqISQgI0EBaiEjDAELCyAHIAlsIANqQQN0IQYgBQRAIAUgBmoiACAK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9CwQQCyAaBEAgBiAaaiIAIAogCv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCAGaiEG",
  "IAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAA",
  "AAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAg",
  "ACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIANBBGohAwsgJiADayIAQQNGBEAgCUECdCEGIAMhACAbBHsgGyAD",
  "QQJ0aiID/V0DACADKgII/SACBf0MAAAAAAAAAAAAAAAAAAAAAAsiESEKIB4gAEECdGohA0EAISMDQCAIICNKBEAgCiAE",
  "/QkCACAD/V0DACADKgII/SACIgv95gH95AEhCiARIAEgBGr9CQIAIAv95gH95AEhESACIARqIQQgAyAGaiEDICNBAWoh",
  "IwwBCwsgByAJbCAAakEDdCEDIAUEQCADIAVqIgAgCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsD",
  "AAALIBoEQCADIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAA",
  "AAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgCUEDdCADaiEDIAUE",
  "QCADIAVqIgAgEf1f/QsEACAAQRBqIBEgEf0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIBoEQCADIBpqIgAgESAR/QwA",
  "AAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQA",
  "IABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsFIABBAkYEQCAJQQJ0IQYgAyEAIBsEeyAbIANBAnRq/V0D",
  "AAX9DAAAAAAAAAAAAAAAAAAAAAALIhEhCiAeIABBAnRqIQNBACEjA0AgCCAjSgRAIAogBP0JAgAgA/1dAwAiC/3mAf3k",
  "ASEKIBEgASAEav0JAgAgC/3mAf3kASERIAIgBGohBCADIAZqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQAgBQRAIAAg",
  "BWogCv1f/QsEAAsgGgRAIAAgGmogCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgCUEDdCAAaiEAIAUEQCAAIAVqIBH9X/0LBAALIBoEQCAAIBpqIBEgEf0M",
  "AAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAAL",
  "BSAAQQFGBEAgCUECdCEGIAMhACAbBHsgGyADQQJ0av1cAgAF/QwAAAAAAAAAAAAAAAAAAAAACyIRIQogHiAAQQJ0aiED",
  "QQAhIwNAIAggI0oEQCAKIAT9CQIAIAP9XAIAIgv95gH95AEhCiARIAEgBGr9CQIAIAv95gH95AEhESACIARqIQQgAyAG",
  "aiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEAIAUEQCAAIAVqIAr9X/1bAwAACyAaBEAgACAaaiAKIAr9DAAAAAAAAAAA",
  "AAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgCUEDdCAA",
  "aiEAIAUEQCAAIAVqIBH9X/1bAwAACyAaBEAgACAaaiARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/",
  "AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsLCwsgB0ECaiEHCyAHIB1IBEAgHCABIAdsaiEEIBkh",
  "AwNAIANBCGogJkwEQCAJQQJ0IR8gA0EEaiEAIBsEeyAbIANBAnRq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIQogGwR7",
  "IBsgAEECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAshDCAEIQYgHiADQQJ0aiEAQQAhIwNAIAggI0oEQCAKIAb9CQIA",
  "IgsgAP0ABAD95gH95AEhCiAMIAsgAP0ABBD95gH95AEhDCACIAZqIQYgACAfaiEAICNBAWohIwwBCwsgByAJbCADakED",
  "dCEGIAUEQCAFIAZqIgAgCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAKIAr9",
  "DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0L",
  "BAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIAz9X/0LBAAgACAMIAz9DQgJ",
  "CgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgDCAM/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACA",
  "PwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQ",
  "CyADQQhqIQMMAQsLIANBBGogJkwEQCAJQQJ0IR8gGwR7IBsgA0ECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAshCiAE",
  "IQYgHiADQQJ0aiEAQQAhIwNAIAggI0oEQCAKIAb9CQIAIAD9AAQA/eYB/eQBIQogAiAGaiEGIAAgH2ohACAjQQFqISMM",
  "AQsLIAcgCWwgA2pBA3QhBiAFBEAgBSAGaiIAIAr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoE",
  "QCAGIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAA",
  "AAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyADQQRqIQMLICYgA2siAEEDRgRAIAlB",
  "AnQhHyADIQYgGwR7IBsgA0ECdGoiAP1dAwAgACoCCP0gAgX9DAAAAAAAAAAAAAAAAAAAAAALIQogHiAGQQJ0aiEDQQAh",
  "AANAIAAgCEgEQCAKIAT9CQIAIAP9XQMAIAMqAgj9IAL95gH95AEhCiACIARqIQQgAyAfaiEDIABBAWohAAwBCwsgByAJ",
  "bCAGakEDdCEDIAUEQCADIAVqIgAgCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIBoEQCAD",
  "IBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAA",
  "AP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsFIABBAkYEQCAJQQJ0IR8gAyEGIBsE",
  "eyAbIANBAnRq/V0DAAX9DAAAAAAAAAAAAAAAAAAAAAALIQogHiAGQQJ0aiEDQQAhAANAIAAgCEgEQCAKIAT9CQIAIAP9",
  "XQMA/eYB/eQBIQogAiAEaiEEIAMgH2ohAyAAQQFqIQAMAQsLIAcgCWwgBmpBA3QhACAFBEAgACAFaiAK/V/9CwQACyAa",
  "BEAgACAaaiAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQB/V/9CwQACwUgAEEBRgRAIAlBAnQhHyADIQYgGwR7IBsgA0ECdGr9XAIABf0MAAAAAAAAAAAAAAAAAAAAAAsh",
  "CiAeIAZBAnRqIQNBACEAA0AgACAISARAIAogBP0JAgAgA/1cAgD95gH95AEhCiACIARqIQQgAyAfaiEDIABBAWohAAwB",
  "CwsgByAJbCAGakEDdCEAIAUEQCAAIAVqIAr9X/1bAwAACyAaBEAgACAaaiAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0M",
  "AACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsLCwsLIBkgJWohGQwBCwsL/4IB",
  "Ag97Dn8gACEcIAMhHiAEIRsgBiEaIAchHUEIQYCADEEBIAhBAnQiACAAQQBMG21BeHEiACAAQQhIGyElA0AgCSAZSgRA",
  "IAkgGSAlaiIAIAAgCUobISZBACEHA0AgB0EGaiAdTARAIBwgASAHbGohBCAZIQMDQCADQQhqICZMBEAgCUECdCEiIANB",
  "BGohACAbBHsgGyADQQJ0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyIRIgohEiAbBHsgGyAAQQJ0av0ABAAF/QwAAAAA",
  "AAAAAAAAAAAAAAAACyITIgwhFCAKIgsiGCEXIAwiDSIWIRUgAUEBdCIhIAFqISAgIUEBdCIfIAFqIQYgBCEAIB4gA0EC",
  "dGohJEEAISMDQCAIICNKBEAgAP0JAgAiDiAk/QAEACIPIAr9hQIhCiAOICT9AAQQIhAgDP2FAiEMIAAgAWr9CQIAIg4g",
  "DyAR/YUCIREgDiAQIBP9hQIhEyAAICFq/QkCACIOIA8gEv2FAiESIA4gECAU/YUCIRQgACAgav0JAgAiDiAPIAv9hQIh",
  "CyAOIBAgDf2FAiENIAAgH2r9CQIAIg4gDyAY/YUCIRggDiAQIBb9hQIhFiAAIAZq/QkCACIOIA8gF/2FAiEXIA4gECAV",
  "/YUCIRUgACACaiEAICIgJGohJCAjQQFqISMMAQsLIAcgCWwgA2pBA3QhICAFBEAgBSAgaiIAIAr9X/0LBAAgACAKIAr9",
  "DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAaICBqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/",
  "AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9",
  "CwQQCyAgQSBqIQYgBQRAIAUgBmoiACAM/V/9CwQAIAAgDCAM/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAa",
  "aiIAIAwgDP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "5AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCIfICBqIQYgBQRAIAUgBmoiACAR/V/9",
  "CwQAIAAgESAR/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E",
  "/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8I",
  "CQoLDA0OD/1f/QsEEAsgBkEgaiEGIAUEQCAFIAZqIgAgE/1f/QsEACAAIBMgE/0NCAkKCwwNDg8ICQoLDA0OD/1f/QsE",
  "EAsgGgRAIAYgGmoiACATIBP9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAA",
  "AAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0EBdGohBiAFBEAgBSAG",
  "aiIAIBL9X/0LBAAgACASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEiAS/QwAAAAAAAAAAAAA",
  "AAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0I",
  "CQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoiACAU/V/9CwQAIAAgFCAU/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBQgFP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgICAfQQNsaiEG",
  "IAUEQCAFIAZqIgAgC/1f/QsEACAAIAsgC/0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACALIAv9DAAA",
  "AAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAg",
  "ACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIA39X/0LBAAgACANIA39DQgJCgsM",
  "DQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgDSAN/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAA",
  "gD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAg",
  "IB9BAnRqIQYgBQRAIAUgBmoiACAY/V/9CwQAIAAgGCAY/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIA",
  "IBggGP0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEi",
  "Cv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgBkEgaiEGIAUEQCAFIAZqIgAgFv1f/QsEACAAIBYg",
  "Fv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAWIBb9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAA",
  "gD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9",
  "X/0LBBALICAgH0EFbGohBiAFBEAgBSAGaiIAIBf9X/0LBAAgACAXIBf9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoE",
  "QCAGIBpqIgAgFyAX/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAA",
  "AAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoiACAV/V/9",
  "CwQAIAAgFSAV/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBUgFf0MAAAAAAAAAAAAAAAAAAAAAP1E",
  "/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8I",
  "CQoLDA0OD/1f/QsEEAsgA0EIaiEDDAELCyADQQRqICZMBEAgCUECdCEiIBsEeyAbIANBAnRq/QAEAAX9DAAAAAAAAAAA",
  "AAAAAAAAAAALIhEiCiESIAoiCyIYIRcgAUEBdCIhIAFqISAgIUEBdCIfIAFqIQAgBCEGIB4gA0ECdGohJEEAISMDQCAI",
  "ICNKBEAgBv0JAgAgJP0ABAAiDCAK/YUCIQogASAGav0JAgAgDCAR/YUCIREgBiAhav0JAgAgDCAS/YUCIRIgBiAgav0J",
  "AgAgDCAL/YUCIQsgBiAfav0JAgAgDCAY/YUCIRggACAGav0JAgAgDCAX/YUCIRcgAiAGaiEGICIgJGohJCAjQQFqISMM",
  "AQsLIAcgCWwgA2pBA3QhICAFBEAgBSAgaiIAIAr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoE",
  "QCAaICBqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAA",
  "AAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAJQQN0Ih8gIGohBiAFBEAgBSAGaiIA",
  "IBH9X/0LBAAgACARIBH9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgESAR/QwAAAAAAAAAAAAAAAAA",
  "AAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoL",
  "DA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9BAXRqIQYgBQRAIAUgBmoiACAS/V/9CwQAIAAgEiAS/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgICAfQQNsaiEG",
  "IAUEQCAFIAZqIgAgC/1f/QsEACAAIAsgC/0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACALIAv9DAAA",
  "AAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAg",
  "ACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0ECdGohBiAFBEAgBSAGaiIAIBj9X/0LBAAgACAYIBj9DQgJ",
  "CgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgGCAY/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACA",
  "PwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQ",
  "CyAgIB9BBWxqIQYgBQRAIAUgBmoiACAX/V/9CwQAIAAgFyAX/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAa",
  "aiIAIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "5AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgA0EEaiEDCyAmIANrIgBBA0YEQCAJQQJ0ISIg",
  "AyEAIBsEeyAbIANBAnRqIgP9XQMAIAMqAgj9IAIF/QwAAAAAAAAAAAAAAAAAAAAACyIRIgohEiAKIgsiGCEXIAFBAXQi",
  "ISABaiEgICFBAXQiHyABaiEGIB4gAEECdGohA0EAISMDQCAIICNKBEAgBP0JAgAgA/1dAwAgAyoCCP0gAiIMIAr9hQIh",
  "CiABIARq/QkCACAMIBH9hQIhESAEICFq/QkCACAMIBL9hQIhEiAEICBq/QkCACAMIAv9hQIhCyAEIB9q/QkCACAMIBj9",
  "hQIhGCAEIAZq/QkCACAMIBf9hQIhFyACIARqIQQgAyAiaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEGIAUEQCAFIAZq",
  "IgAgCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIBoEQCAGIBpqIgAgCiAK/QwAAAAAAAAA",
  "AAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGog",
  "CiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgBiAJQQN0IgRqIQMgBQRAIAMgBWoiACAR/V/9CwQAIABBEGogESAR",
  "/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAA",
  "gD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwN",
  "Dg/9X/1bAwAACyAGIARBAXRqIQMgBQRAIAMgBWoiACAS/V/9CwQAIABBEGogEiAS/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9",
  "WwMAAAsgGgRAIAMgGmoiACASIBL9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAA",
  "AAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAGIARBA2xqIQMg",
  "BQRAIAMgBWoiACAL/V/9CwQAIABBEGogCyAL/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACALIAv9",
  "DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0L",
  "BAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAGIARBAnRqIQMgBQRAIAMgBWoiACAY/V/9CwQAIABB",
  "EGogGCAY/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAMgGmoiACAYIBj9DAAAAAAAAAAAAAAAAAAAAAD9RP0M",
  "AACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4P",
  "CAkKCwwNDg/9X/1bAwAACyAGIARBBWxqIQMgBQRAIAMgBWoiACAX/V/9CwQAIABBEGogFyAX/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9WwMAAAsgGgRAIAMgGmoiACAXIBf9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB",
  "/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACwUgAEEC",
  "RgRAIAlBAnQhIiADIQAgGwR7IBsgA0ECdGr9XQMABf0MAAAAAAAAAAAAAAAAAAAAAAsiESIKIRIgCiILIhghFyABQQF0",
  "IiEgAWohICAhQQF0Ih8gAWohBiAeIABBAnRqIQNBACEjA0AgCCAjSgRAIAT9CQIAIAP9XQMAIgwgCv2FAiEKIAEgBGr9",
  "CQIAIAwgEf2FAiERIAQgIWr9CQIAIAwgEv2FAiESIAQgIGr9CQIAIAwgC/2FAiELIAQgH2r9CQIAIAwgGP2FAiEYIAQg",
  "Bmr9CQIAIAwgF/2FAiEXIAIgBGohBCADICJqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQQgBQRAIAQgBWogCv1f/QsE",
  "AAsgGgRAIAQgGmogCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAA",
  "AAAAAAAAAP3kAf1f/QsEAAsgCUEDdCIDIARqIQAgBQRAIAAgBWogEf1f/QsEAAsgGgRAIAAgGmogESAR/QwAAAAAAAAA",
  "AAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgBCADQQF0",
  "aiEAIAUEQCAAIAVqIBL9X/0LBAALIBoEQCAAIBpqIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8A",
  "AIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAQgA0EDbGohACAFBEAgACAFaiAL/V/9CwQACyAaBEAg",
  "ACAaaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA",
  "/eQB/V/9CwQACyAEIANBAnRqIQAgBQRAIAAgBWogGP1f/QsEAAsgGgRAIAAgGmogGCAY/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgBCADQQVsaiEAIAUEQCAA",
  "IAVqIBf9X/0LBAALIBoEQCAAIBpqIBcgF/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALBSAAQQFGBEAgCUECdCEiIAMhACAbBHsgGyADQQJ0av1cAgAF/QwAAAAA",
  "AAAAAAAAAAAAAAAACyIRIgohEiAKIgsiGCEXIAFBAXQiISABaiEgICFBAXQiHyABaiEGIB4gAEECdGohA0EAISMDQCAI",
  "ICNKBEAgBP0JAgAgA/1cAgAiDCAK/YUCIQogASAEav0JAgAgDCAR/YUCIREgBCAhav0JAgAgDCAS/YUCIRIgBCAgav0J",
  "AgAgDCAL/YUCIQsgBCAfav0JAgAgDCAY/YUCIRggBCAGav0JAgAgDCAX/YUCIRcgAiAEaiEEIAMgImohAyAjQQFqISMM",
  "AQsLIAcgCWwgAGpBA3QhBCAFBEAgBCAFaiAK/V/9WwMAAAsgGgRAIAQgGmogCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9",
  "DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALIAlBA3QiAyAEaiEAIAUEQCAA",
  "IAVqIBH9X/1bAwAACyAaBEAgACAaaiARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB",
  "/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQF0aiEAIAUEQCAAIAVqIBL9X/1bAwAACyAaBEAgACAaaiAS",
  "IBL9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9",
  "WwMAAAsgBCADQQNsaiEAIAUEQCAAIAVqIAv9X/1bAwAACyAaBEAgACAaaiALIAv9DAAAAAAAAAAAAAAAAAAAAAD9RP0M",
  "AACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQJ0aiEAIAUEQCAAIAVq",
  "IBj9X/1bAwAACyAaBEAgACAaaiAYIBj9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwA",
  "AAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsgBCADQQVsaiEAIAUEQCAAIAVqIBf9X/1bAwAACyAaBEAgACAaaiAXIBf9",
  "DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMA",
  "AAsLCwsgB0EGaiEHDAELCyAHQQRqIB1MBEAgHCABIAdsaiEEIBkhAwNAIANBCGogJkwEQCAJQQJ0ISAgA0EEaiEAIBsE",
  "eyAbIANBAnRq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEiCiESIBsEeyAbIABBAnRq/QAEAAX9DAAAAAAAAAAAAAAA",
  "AAAAAAALIhMiDCEUIAohCyAMIQ0gAUEBdCIfIAFqIQYgBCEAIB4gA0ECdGohJEEAISMDQCAIICNKBEAgAP0JAgAiDiAk",
  "/QAEACIQIAr9hQIhCiAOICT9AAQQIg8gDP2FAiEMIAAgAWr9CQIAIg4gECAR/YUCIREgDiAPIBP9hQIhEyAAIB9q/QkC",
  "ACIOIBAgEv2FAiESIA4gDyAU/YUCIRQgACAGav0JAgAiDiAQIAv9hQIhCyAOIA8gDf2FAiENIAAgAmohACAgICRqISQg",
  "I0EBaiEjDAELCyAHIAlsIANqQQN0ISAgBQRAIAUgIGoiACAK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9",
  "CwQQCyAaBEAgGiAgaiIAIAogCv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAA",
  "AAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgIEEgaiEGIAUEQCAFIAZq",
  "IgAgDP1f/QsEACAAIAwgDP0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACAMIAz9DAAAAAAAAAAAAAAA",
  "AAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJ",
  "CgsMDQ4PCAkKCwwNDg/9X/0LBBALIAlBA3QiHyAgaiEGIAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkKCwwNDg8I",
  "CQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O",
  "/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGoh",
  "BiAFBEAgBSAGaiIAIBP9X/0LBAAgACATIBP9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEyAT/QwA",
  "AAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQA",
  "IAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9BAXRqIQYgBQRAIAUgBmoiACAS/V/9CwQAIAAgEiAS/Q0I",
  "CQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAA",
  "gD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsE",
  "EAsgBkEgaiEGIAUEQCAFIAZqIgAgFP1f/QsEACAAIBQgFP0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoi",
  "ACAUIBT9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB",
  "Igr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALICAgH0EDbGohBiAFBEAgBSAGaiIAIAv9X/0LBAAg",
  "ACALIAv9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgCyAL/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAA",
  "gD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsM",
  "DQ4P/V/9CwQQCyAGQSBqIQYgBQRAIAUgBmoiACAN/V/9CwQAIAAgDSAN/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAa",
  "BEAgBiAaaiIAIA0gDf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAA",
  "AAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgA0EIaiEDDAELCyADQQRqICZMBEAg",
  "CUECdCEgIBsEeyAbIANBAnRq/QAEAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEiCiESIAohCyABQQF0Ih8gAWohACAEIQYg",
  "HiADQQJ0aiEkQQAhIwNAIAggI0oEQCAG/QkCACAk/QAEACIMIAr9hQIhCiABIAZq/QkCACAMIBH9hQIhESAGIB9q/QkC",
  "ACAMIBL9hQIhEiAAIAZq/QkCACAMIAv9hQIhCyACIAZqIQYgICAkaiEkICNBAWohIwwBCwsgByAJbCADakEDdCEgIAUE",
  "QCAFICBqIgAgCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIBogIGoiACAKIAr9DAAAAAAA",
  "AAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAK",
  "IAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAlBA3QiHyAgaiEGIAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkK",
  "CwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/",
  "AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBAL",
  "ICAgH0EBdGohBiAFBEAgBSAGaiIAIBL9X/0LBAAgACASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpq",
  "IgAgEiAS/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3k",
  "ASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAgIB9BA2xqIQYgBQRAIAUgBmoiACAL/V/9CwQA",
  "IAAgCyAL/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIAsgC/0MAAAAAAAAAAAAAAAAAAAAAP1E/QwA",
  "AIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoL",
  "DA0OD/1f/QsEEAsgA0EEaiEDCyAmIANrIgBBA0YEQCAJQQJ0ISAgAyEAIBsEeyAbIANBAnRqIgP9XQMAIAMqAgj9IAIF",
  "/QwAAAAAAAAAAAAAAAAAAAAACyIRIgohEiAKIQsgAUEBdCIfIAFqIQYgHiAAQQJ0aiEDQQAhIwNAIAggI0oEQCAE/QkC",
  "ACAD/V0DACADKgII/SACIgwgCv2FAiEKIAEgBGr9CQIAIAwgEf2FAiERIAQgH2r9CQIAIAwgEv2FAiESIAQgBmr9CQIA",
  "IAwgC/2FAiELIAIgBGohBCADICBqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQYgBQRAIAUgBmoiACAK/V/9CwQAIABB",
  "EGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsgGgRAIAYgGmoiACAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0M",
  "AACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgAEEQaiAKIAr9DQgJCgsMDQ4P",
  "CAkKCwwNDg/9X/1bAwAACyAGIAlBA3QiBGohAyAFBEAgAyAFaiIAIBH9X/0LBAAgAEEQaiARIBH9DQgJCgsMDQ4PCAkK",
  "CwwNDg/9X/1bAwAACyAaBEAgAyAaaiIAIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U79",
  "5gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIAYg",
  "BEEBdGohAyAFBEAgAyAFaiIAIBL9X/0LBAAgAEEQaiASIBL9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAaBEAgAyAa",
  "aiIAIBIgEv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD9",
  "5AEiCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIAYgBEEDbGohAyAFBEAgAyAFaiIAIAv9",
  "X/0LBAAgAEEQaiALIAv9DQgJCgsMDQ4PCAkKCwwNDg/9X/1bAwAACyAaBEAgAyAaaiIAIAsgC/0MAAAAAAAAAAAAAAAA",
  "AAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAQRBqIAogCv0N",
  "CAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALBSAAQQJGBEAgCUECdCEgIAMhACAbBHsgGyADQQJ0av1dAwAF/QwAAAAAAAAA",
  "AAAAAAAAAAAACyIRIgohEiAKIQsgAUEBdCIfIAFqIQYgHiAAQQJ0aiEDQQAhIwNAIAggI0oEQCAE/QkCACAD/V0DACIM",
  "IAr9hQIhCiABIARq/QkCACAMIBH9hQIhESAEIB9q/QkCACAMIBL9hQIhEiAEIAZq/QkCACAMIAv9hQIhCyACIARqIQQg",
  "AyAgaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEEIAUEQCAEIAVqIAr9X/0LBAALIBoEQCAEIBpqIAogCv0MAAAAAAAA",
  "AAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAlBA3Qi",
  "AyAEaiEAIAUEQCAAIAVqIBH9X/0LBAALIBoEQCAAIBpqIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAA",
  "gD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALIAQgA0EBdGohACAFBEAgACAFaiAS/V/9CwQACyAa",
  "BEAgACAaaiASIBL9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQB/V/9CwQACyAEIANBA2xqIQAgBQRAIAAgBWogC/1f/QsEAAsgGgRAIAAgGmogCyAL/QwAAAAAAAAAAAAAAAAA",
  "AAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsFIABBAUYEQCAJQQJ0",
  "ISAgAyEAIBsEeyAbIANBAnRq/VwCAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEiCiESIAohCyABQQF0Ih8gAWohBiAeIABB",
  "AnRqIQNBACEjA0AgCCAjSgRAIAT9CQIAIAP9XAIAIgwgCv2FAiEKIAEgBGr9CQIAIAwgEf2FAiERIAQgH2r9CQIAIAwg",
  "Ev2FAiESIAQgBmr9CQIAIAwgC/2FAiELIAIgBGohBCADICBqIQMgI0EBaiEjDAELCyAHIAlsIABqQQN0IQQgBQRAIAQg",
  "BWogCv1f/VsDAAALIBoEQCAEIBpqIAogCv0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AH9X/1bAwAACyAJQQN0IgMgBGohACAFBEAgACAFaiAR/V/9WwMAAAsgGgRAIAAgGmog",
  "ESAR/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f",
  "/VsDAAALIAQgA0EBdGohACAFBEAgACAFaiAS/V/9WwMAAAsgGgRAIAAgGmogEiAS/QwAAAAAAAAAAAAAAAAAAAAA/UT9",
  "DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALIAQgA0EDbGohACAFBEAgACAF",
  "aiAL/V/9WwMAAAsgGgRAIAAgGmogCyAL/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3kAf1f/VsDAAALCwsLIAdBBGohBwsgB0ECaiAdTARAIBwgASAHbGohBCAZIQMDQCADQQhq",
  "ICZMBEAgCUECdCEGIANBBGohACAbBHsgGyADQQJ0av0ABAAF/QwAAAAAAAAAAAAAAAAAAAAACyIRIQogGwR7IBsgAEEC",
  "dGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiEyEMIAQhACAeIANBAnRqISRBACEjA0AgCCAjSgRAIAD9CQIAIgsgJP0A",
  "BAAiDiAK/YUCIQogCyAk/QAEECINIAz9hQIhDCAAIAFq/QkCACILIA4gEf2FAiERIAsgDSAT/YUCIRMgACACaiEAIAYg",
  "JGohJCAjQQFqISMMAQsLIAcgCWwgA2pBA3QhHyAFBEAgBSAfaiIAIAr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwN",
  "Dg/9X/0LBBALIBoEQCAaIB9qIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAfQSBqIQYgBQRA",
  "IAUgBmoiACAM/V/9CwQAIAAgDCAM/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIAwgDP0MAAAAAAAA",
  "AAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAAIAog",
  "Cv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCAfaiEGIAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkKCwwN",
  "Dg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACA",
  "P/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZB",
  "IGohBiAFBEAgBSAGaiIAIBP9X/0LBAAgACATIBP9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgEyAT",
  "/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9",
  "CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyADQQhqIQMMAQsLIANBBGogJkwEQCAJQQJ0IQAgGwR7IBsg",
  "A0ECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAsiESEKIAQhBiAeIANBAnRqISRBACEjA0AgCCAjSgRAIAb9CQIAICT9",
  "AAQAIgsgCv2FAiEKIAEgBmr9CQIAIAsgEf2FAiERIAIgBmohBiAAICRqISQgI0EBaiEjDAELCyAHIAlsIANqQQN0IQYg",
  "BQRAIAUgBmoiACAK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyAaBEAgBiAaaiIAIAogCv0MAAAA",
  "AAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9DAAAAAAAAAAAAAAAAAAAAAD95AEiCv1f/QsEACAA",
  "IAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsgCUEDdCAGaiEGIAUEQCAFIAZqIgAgEf1f/QsEACAAIBEgEf0NCAkK",
  "CwwNDg8ICQoLDA0OD/1f/QsEEAsgGgRAIAYgGmoiACARIBH9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/",
  "AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBAL",
  "IANBBGohAwsgJiADayIAQQNGBEAgCUECdCEGIAMhACAbBHsgGyADQQJ0aiID/V0DACADKgII/SACBf0MAAAAAAAAAAAA",
  "AAAAAAAAAAsiESEKIB4gAEECdGohA0EAISMDQCAIICNKBEAgBP0JAgAgA/1dAwAgAyoCCP0gAiILIAr9hQIhCiABIARq",
  "/QkCACALIBH9hQIhESACIARqIQQgAyAGaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEDIAUEQCADIAVqIgAgCv1f/QsE",
  "ACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsDAAALIBoEQCADIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoL",
  "DA0ODwgJCgsMDQ4P/V/9WwMAAAsgCUEDdCADaiEDIAUEQCADIAVqIgAgEf1f/QsEACAAQRBqIBEgEf0NCAkKCwwNDg8I",
  "CQoLDA0OD/1f/VsDAAALIBoEQCADIBpqIgAgESAR/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9",
  "Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsF",
  "IABBAkYEQCAJQQJ0IQYgAyEAIBsEeyAbIANBAnRq/V0DAAX9DAAAAAAAAAAAAAAAAAAAAAALIhEhCiAeIABBAnRqIQNB",
  "ACEjA0AgCCAjSgRAIAT9CQIAIAP9XQMAIgsgCv2FAiEKIAEgBGr9CQIAIAsgEf2FAiERIAIgBGohBCADIAZqIQMgI0EB",
  "aiEjDAELCyAHIAlsIABqQQN0IQAgBQRAIAAgBWogCv1f/QsEAAsgGgRAIAAgGmogCiAK/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kAf1f/QsEAAsgCUEDdCAAaiEAIAUEQCAA",
  "IAVqIBH9X/0LBAALIBoEQCAAIBpqIBEgEf0MAAAAAAAAAAAAAAAAAAAAAP1E/QwAAIA/AACAPwAAgD8AAIA//U795gH9",
  "DAAAAAAAAAAAAAAAAAAAAAD95AH9X/0LBAALBSAAQQFGBEAgCUECdCEGIAMhACAbBHsgGyADQQJ0av1cAgAF/QwAAAAA",
  "AAAAAAAAAAAAAAAACyIRIQogHiAAQQJ0aiEDQQAhIwNAIAggI0oEQCAE/QkCACAD/VwCACILIAr9hQIhCiABIARq/QkC",
  "ACALIBH9hQIhESACIARqIQQgAyAGaiEDICNBAWohIwwBCwsgByAJbCAAakEDdCEAIAUEQCAAIAVqIAr9X/1bAwAACyAa",
  "BEAgACAaaiAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAA",
  "AAAA/eQB/V/9WwMAAAsgCUEDdCAAaiEAIAUEQCAAIAVqIBH9X/1bAwAACyAaBEAgACAaaiARIBH9DAAAAAAAAAAAAAAA",
  "AAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsLCwsgB0ECaiEH",
  "CyAHIB1IBEAgHCABIAdsaiEEIBkhAwNAIANBCGogJkwEQCAJQQJ0IR8gA0EEaiEAIBsEeyAbIANBAnRq/QAEAAX9DAAA",
  "AAAAAAAAAAAAAAAAAAALIQogGwR7IBsgAEECdGr9AAQABf0MAAAAAAAAAAAAAAAAAAAAAAshDCAEIQYgHiADQQJ0aiEA",
  "QQAhIwNAIAggI0oEQCAG/QkCACILIAD9AAQAIAr9hQIhCiALIAD9AAQQIAz9hQIhDCACIAZqIQYgACAfaiEAICNBAWoh",
  "IwwBCwsgByAJbCADakEDdCEGIAUEQCAFIAZqIgAgCv1f/QsEACAAIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEEAsg",
  "GgRAIAYgGmoiACAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAA",
  "AAAAAAAA/eQBIgr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIAZBIGohBiAFBEAgBSAGaiIAIAz9",
  "X/0LBAAgACAMIAz9DQgJCgsMDQ4PCAkKCwwNDg/9X/0LBBALIBoEQCAGIBpqIgAgDCAM/QwAAAAAAAAAAAAAAAAAAAAA",
  "/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0O",
  "DwgJCgsMDQ4P/V/9CwQQCyADQQhqIQMMAQsLIANBBGogJkwEQCAJQQJ0IR8gGwR7IBsgA0ECdGr9AAQABf0MAAAAAAAA",
  "AAAAAAAAAAAAAAshCiAEIQYgHiADQQJ0aiEAQQAhIwNAIAggI0oEQCAG/QkCACAA/QAEACAK/YUCIQogAiAGaiEGIAAg",
  "H2ohACAjQQFqISMMAQsLIAcgCWwgA2pBA3QhBiAFBEAgBSAGaiIAIAr9X/0LBAAgACAKIAr9DQgJCgsMDQ4PCAkKCwwN",
  "Dg/9X/0LBBALIBoEQCAGIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0M",
  "AAAAAAAAAAAAAAAAAAAAAP3kASIK/V/9CwQAIAAgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9CwQQCyADQQRqIQMLICYg",
  "A2siAEEDRgRAIAlBAnQhHyADIQYgGwR7IBsgA0ECdGoiAP1dAwAgACoCCP0gAgX9DAAAAAAAAAAAAAAAAAAAAAALIQog",
  "HiAGQQJ0aiEDQQAhAANAIAAgCEgEQCAE/QkCACAD/V0DACADKgII/SACIAr9hQIhCiACIARqIQQgAyAfaiEDIABBAWoh",
  "AAwBCwsgByAJbCAGakEDdCEDIAUEQCADIAVqIgAgCv1f/QsEACAAQRBqIAogCv0NCAkKCwwNDg8ICQoLDA0OD/1f/VsD",
  "AAALIBoEQCADIBpqIgAgCiAK/QwAAAAAAAAAAAAAAAAAAAAA/UT9DAAAgD8AAIA/AACAPwAAgD/9Tv3mAf0MAAAAAAAA",
  "AAAAAAAAAAAAAP3kASIK/V/9CwQAIABBEGogCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9WwMAAAsFIABBAkYEQCAJQQJ0",
  "IR8gAyEGIBsEeyAbIANBAnRq/V0DAAX9DAAAAAAAAAAAAAAAAAAAAAALIQogHiAGQQJ0aiEDQQAhAANAIAAgCEgEQCAE",
  "/QkCACAD/V0DACAK/YUCIQogAiAEaiEEIAMgH2ohAyAAQQFqIQAMAQsLIAcgCWwgBmpBA3QhACAFBEAgACAFaiAK/V/9",
  "CwQACyAaBEAgACAaaiAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAA",
  "AAAAAAAAAAAA/eQB/V/9CwQACwUgAEEBRgRAIAlBAnQhHyADIQYgGwR7IBsgA0ECdGr9XAIABf0MAAAAAAAAAAAAAAAA",
  "AAAAAAshCiAeIAZBAnRqIQNBACEAA0AgACAISARAIAT9CQIAIAP9XAIAIAr9hQIhCiACIARqIQQgAyAfaiEDIABBAWoh",
  "AAwBCwsgByAJbCAGakEDdCEAIAUEQCAAIAVqIAr9X/1bAwAACyAaBEAgACAaaiAKIAr9DAAAAAAAAAAAAAAAAAAAAAD9",
  "RP0MAACAPwAAgD8AAIA/AACAP/1O/eYB/QwAAAAAAAAAAAAAAAAAAAAA/eQB/V/9WwMAAAsLCwsLIBkgJWohGQwBCwsL",
  "mQIDBH8BewF9IANBA3QhBwNAIAVBBGogA0wEQP0MAAAAAAAAAAAAAAAAAAAAACEIIAAgBUEDdGohBEEAIQYDQCACIAZK",
  "BEAgCCAE/QAEAP1eIAT9AAQQ/V79DQABAgMEBQYHEBESExQVFhf95AEhCCAEIAdqIQQgBkEBaiEGDAELCyABIAVBA3Rq",
  "IgQgCP1f/QsEACAEIAggCP0NCAkKCwwNDg8ICQoLDA0OD/1f/QsEECAFQQRqIQUMAQsLA0AgAyAFSgRAQwAAAAAhCSAA",
  "IAVBA3RqIQRBACEGA0AgAiAGSgRAIAkgBCsDALaSIQkgBCAHaiEEIAZBAWohBgwBCwsgASAFQQN0aiAJuzkDACAFQQFq",
  "IQUMAQsLCw=="
].join("");

// lib/kernels/module_bytes.ts
var HELPED = [
  "gemm",
  "gemmExact",
  "gemm32",
  "gemm32Exact",
  "narrow"
];
function moduleBytes() {
  return Uint8Array.from(atob(KERNELS_WASM), (c) => c.charCodeAt(0));
}
function leb128(bytes2, at2) {
  let value = 0, shift = 0, p = at2;
  for (; ; ) {
    const byte = bytes2[p++];
    value += (byte & 127) * 2 ** shift;
    shift += 7;
    if ((byte & 128) === 0) return [
      value,
      p
    ];
  }
}
var IMPORT_SECTION = 2;
var FUNCTION = 0;
var TABLE = 1;
var MEMORY = 2;
var GLOBAL = 3;
var HAS_MAXIMUM = 1;
var SHARED = 2;
function pastLimits(bytes2, at2) {
  let p = leb128(bytes2, at2 + 1)[1];
  if ((bytes2[at2] & HAS_MAXIMUM) !== 0) p = leb128(bytes2, p)[1];
  return p;
}
function withSharedMemory(bytes2) {
  const out = bytes2.slice();
  let p = 8;
  while (p < out.length) {
    const id = out[p];
    const [size2, content] = leb128(out, p + 1);
    if (id === IMPORT_SECTION) {
      let [count, q] = leb128(out, content);
      for (; count > 0; count--) {
        const names = [];
        for (let name = 0; name < 2; name++) {
          const [length, start] = leb128(out, q);
          names.push(new TextDecoder().decode(out.slice(start, start + length)));
          q = start + length;
        }
        const kind = out[q++];
        if (kind === MEMORY) {
          if ((out[q] & HAS_MAXIMUM) === 0) {
            throw new Error(`the kernels' memory import ${names.join(".")} has no maximum size, which a shared memory needs`);
          }
          out[q] |= SHARED;
          return out;
        }
        if (kind === FUNCTION) q = leb128(out, q)[1];
        else if (kind === TABLE) q = pastLimits(out, q + 1);
        else if (kind === GLOBAL) q += 2;
        else throw new Error(`the kernels' import ${names.join(".")} has an unknown kind ${kind}`);
      }
    }
    p = content + size2;
  }
  throw new Error("the kernels' module imports no memory");
}

// lib/kernels/wasm_kernels.ts
var ALIGN = 64;
var CAPACITIES = [
  16384,
  4096,
  1024,
  256
];
function blockBytes(length) {
  const bytes2 = Math.max(ALIGN, length * 8);
  const step = Math.max(ALIGN, 2 ** (Math.floor(Math.log2(bytes2)) - 2));
  return Math.ceil(bytes2 / step) * step;
}
var A = 0;
var B = 1;
var BIAS = 2;
var OUT = 3;
var ACTIVATED = 4;
var TRANSPOSED = 5;
var PACKED = 6;
var A32 = 7;
var B32 = 8;
var BIAS32 = 9;
var HELPER_PACKED = 10;
var ROLES = 11;
var PACK_LENGTH = 4 * 256;
var SMALL_PRODUCT = 64;
var SMALL_SCREEN = 64;
var DEBUG_MEMORY_VARIABLE = "BACKPROP_DEBUG_MEMORY";
function debugRequested() {
  const deno = globalThis.Deno;
  try {
    const query = {
      name: "env",
      variable: DEBUG_MEMORY_VARIABLE
    };
    return deno?.permissions.querySync(query).state === "granted" && deno.env.get(DEBUG_MEMORY_VARIABLE) === "1";
  } catch {
    return false;
  }
}
var FULL = new RangeError("the WebAssembly memory is full");
function tooShort(array, length) {
  throw new RangeError(`wasm kernels: an operand of ${array.length} numbers where ${length} are needed`);
}
function uncounted(what) {
  return new RangeError(`wasm kernels: cannot ${what} a view of the kernels' memory that no block counts; make views with subview (matrix.ts), not subarray`);
}
function instantiate(capacities, shared) {
  const bytes2 = shared ? withSharedMemory(moduleBytes()) : moduleBytes();
  let module;
  try {
    module = new WebAssembly.Module(bytes2);
  } catch {
    return null;
  }
  for (const pages of capacities) {
    let memory;
    try {
      memory = new WebAssembly.Memory({
        initial: pages,
        maximum: pages,
        shared
      });
    } catch {
      continue;
    }
    const instance = new WebAssembly.Instance(module, {
      env: {
        memory
      }
    });
    return {
      module,
      memory,
      exports: instance.exports
    };
  }
  return null;
}
var GEMM = HELPED.indexOf("gemm");
var GEMM_EXACT = HELPED.indexOf("gemmExact");
var GEMM32 = HELPED.indexOf("gemm32");
var GEMM32_EXACT = HELPED.indexOf("gemm32Exact");
var NARROW = HELPED.indexOf("narrow");
var GEMM_ARGUMENTS = 11;
var SPLIT_NARROW = 32768;
var SPLIT_ROWS = 12;
function createWasmKernels(capacities = CAPACITIES, options = {}) {
  const wasm = instantiate(capacities, options.shared ?? false);
  if (wasm === null) return null;
  const { exports } = wasm;
  const buffer = wasm.memory.buffer;
  const debug = options.debug ?? debugRequested();
  const suffix = options.suffix ?? "";
  const free = /* @__PURE__ */ new Map();
  let top = ALIGN;
  const registry = typeof FinalizationRegistry === "function" ? new FinalizationRegistry((block) => {
    if (--block.views === 0) release(block.offset, block.bytes);
  }) : null;
  const blocks2 = /* @__PURE__ */ new WeakMap();
  let packed = 0;
  let helperPacked = 0;
  const scratch = Array.from({
    length: ROLES
  }, () => new Float64Array(0));
  function counted(view, block) {
    block.views++;
    blocks2.set(view, block);
    registry.register(view, block);
    return view;
  }
  countViews(buffer, (data, begin, end) => {
    const view = data.subarray(begin, end);
    const block = blocks2.get(data);
    if (block !== void 0) return counted(view, block);
    if (debug) throw uncounted("make a view of");
    return view;
  });
  function release(offset, bytes2) {
    if (debug) new Float64Array(buffer, offset, bytes2 / 8).fill(NaN);
    const list = free.get(bytes2);
    if (list === void 0) free.set(bytes2, [
      offset
    ]);
    else list.push(offset);
  }
  function reserve(bytes2) {
    const reused = free.get(bytes2)?.pop();
    if (reused !== void 0) {
      new Uint8Array(buffer, reused, bytes2).fill(0);
      return reused;
    }
    const end = top + bytes2;
    if (end > buffer.byteLength) throw FULL;
    top = end;
    return end - bytes2;
  }
  function own(array, length) {
    if (array.buffer !== buffer) return false;
    if (debug && !blocks2.has(array)) throw uncounted("use");
    if (array.length < length) tooShort(array, length);
    return true;
  }
  function scratchOf(role, length) {
    const view = scratch[role];
    if (length <= view.length) return view;
    const bytes2 = blockBytes(length);
    const offset = reserve(bytes2);
    if (view.length > 0) release(view.byteOffset, view.byteLength);
    return scratch[role] = new Float64Array(buffer, offset, bytes2 / 8);
  }
  function small(size2, a, la, b, lb, out, lo) {
    if (size2 > SMALL_PRODUCT) return false;
    checked(a, la);
    checked(b, lb);
    checked(out, lo);
    return true;
  }
  function checked(array, length) {
    if (array === null) return;
    if (debug) own(array, length);
    if (array.length < length) tooShort(array, length);
  }
  function pack() {
    return packed !== 0 ? packed : packed = scratchOf(PACKED, PACK_LENGTH).byteOffset;
  }
  function helperPack() {
    return helperPacked !== 0 ? helperPacked : helperPacked = scratchOf(HELPER_PACKED, PACK_LENGTH).byteOffset;
  }
  let helper = null, minimumWork = Infinity;
  const helped = HELPED.map((name) => exports[name]);
  const job = new Array(GEMM_ARGUMENTS).fill(0);
  function gemm(id, a, rs, cs, b, bias, z, r, m, len, n) {
    const float64 = id === GEMM || id === GEMM_EXACT;
    const run = helped[id], packing = float64 ? pack() : 0;
    if (!shares(m, len, n)) return run(a, rs, cs, b, bias, z, r, m, len, n, packing);
    const mine = Math.max(SPLIT_ROWS, Math.round(m / (2 * SPLIT_ROWS)) * SPLIT_ROWS);
    const skip = mine * n * 8;
    job[0] = a + mine * rs;
    job[1] = rs;
    job[2] = cs;
    job[3] = b;
    job[4] = bias;
    job[5] = z === 0 ? 0 : z + skip;
    job[6] = r === 0 ? 0 : r + skip;
    job[7] = m - mine;
    job[8] = len;
    job[9] = n;
    job[10] = float64 ? helperPack() : 0;
    helper.start(id, job);
    try {
      run(a, rs, cs, b, bias, z, r, mine, len, n, packing);
    } catch (error) {
      abandon();
      throw error;
    }
    helper.finish();
  }
  function shares(m, len, n) {
    return helper !== null && m >= 2 * SPLIT_ROWS && m * len * n >= minimumWork;
  }
  function abandon() {
    try {
      helper.finish();
    } catch {
    }
  }
  function input(array, length, role) {
    if (own(array, length)) return array.byteOffset;
    if (array.length < length) tooShort(array, length);
    const view = scratchOf(role, length);
    if (array.length === length) view.set(array);
    else for (let i = 0; i < length; i++) view[i] = array[i];
    return view.byteOffset;
  }
  function target(array, length, role) {
    if (own(array, length)) return array.byteOffset;
    if (array.length < length) tooShort(array, length);
    return scratchOf(role, length).byteOffset;
  }
  function output(array, at2, length, role) {
    const view = scratch[role];
    if (at2 !== view.byteOffset) return;
    for (let i = 0; i < length; i++) array[i] = view[i];
  }
  function guarded(js, work) {
    return Object.freeze({
      matmulBias(a, b, bias, out, m, k, n) {
        if (small(m * k * n, a, m * k, b, k * n, out, m * n)) {
          checked(bias, n);
        } else {
          try {
            return work.forward(a, b, bias, out, null, m, k, n);
          } catch (error) {
            full(error);
          }
        }
        js.matmulBias(a, b, bias, out, m, k, n);
      },
      matmulBiasRelu(a, b, bias, z, activated, m, k, n) {
        if (small(m * k * n, a, m * k, b, k * n, z, m * n)) {
          checked(bias, n);
          checked(activated, m * n);
        } else {
          try {
            return work.forward(a, b, bias, z, activated, m, k, n);
          } catch (error) {
            full(error);
          }
        }
        jsBiasRelu(js, a, b, bias, z, activated, m, k, n);
      },
      matmulTransA(a, b, out, m, k, n) {
        if (!small(m * k * n, a, m * k, b, m * n, out, k * n)) {
          try {
            return work.matmulTransA(a, b, out, m, k, n);
          } catch (error) {
            full(error);
          }
        }
        js.matmulTransA(a, b, out, m, k, n);
      },
      matmulTransB(a, b, out, m, n, k) {
        if (!small(m * k * n, a, m * n, b, k * n, out, m * k)) {
          try {
            return work.matmulTransB(a, b, out, m, n, k);
          } catch (error) {
            full(error);
          }
        }
        js.matmulTransB(a, b, out, m, n, k);
      },
      columnSums(a, out, m, n) {
        if (m * n <= SMALL_SCREEN) {
          checked(a, m * n);
          checked(out, n);
        } else {
          try {
            return work.columnSums(a, out, m, n);
          } catch (error) {
            full(error);
          }
        }
        js.columnSums(a, out, m, n);
      }
    });
  }
  function float64Work(id, gemmTransB) {
    return {
      forward(a, b, bias, z, activated, m, k, n) {
        const pa = input(a, m * k, A), pb = input(b, k * n, B);
        const pBias = bias === null ? 0 : input(bias, n, BIAS);
        const pz = z === null ? 0 : target(z, m * n, OUT);
        const pActivated = activated === null ? 0 : target(activated, m * n, ACTIVATED);
        gemm(id, pa, k * 8, 8, pb, pBias, pz, pActivated, m, k, n);
        if (z !== null) output(z, pz, m * n, OUT);
        if (activated !== null) output(activated, pActivated, m * n, ACTIVATED);
      },
      matmulTransA(a, b, out, m, k, n) {
        const pa = input(a, m * k, A), pb = input(b, m * n, B), po = target(out, k * n, OUT);
        gemm(id, pa, 8, k * 8, pb, 0, po, 0, k, m, n);
        output(out, po, k * n, OUT);
      },
      matmulTransB(a, b, out, m, n, k) {
        const pa = input(a, m * n, A), pb = input(b, k * n, B), po = target(out, m * k, OUT);
        const pt = scratchOf(TRANSPOSED, k * n).byteOffset;
        if (shares(m, n, k)) {
          exports.transpose(pb, pt, k, n);
          gemm(id, pa, n * 8, 8, pt, 0, po, 0, m, n, k);
        } else {
          gemmTransB(pa, pb, pt, po, m, n, k, pack());
        }
        output(out, po, m * k, OUT);
      },
      columnSums(a, out, m, n) {
        const pa = input(a, m * n, A), po = target(out, n, OUT);
        exports.columnSums(pa, po, m, n);
        output(out, po, n, OUT);
      }
    };
  }
  function narrowed(array, length, role, role32) {
    const from = input(array, length, role);
    const to = scratchOf(role32, Math.ceil(length / 2)).byteOffset;
    if (helper === null || length < SPLIT_NARROW) {
      exports.narrow(from, to, length);
      return to;
    }
    const mine = length >> 1 & ~3;
    job[0] = from + mine * 8;
    job[1] = to + mine * 4;
    job[2] = length - mine;
    helper.start(NARROW, job);
    try {
      exports.narrow(from, to, mine);
    } catch (error) {
      abandon();
      throw error;
    }
    helper.finish();
    return to;
  }
  function float32Work(id) {
    return {
      forward(a, b, bias, z, activated, m, k, n) {
        const pa = narrowed(a, m * k, A, A32), pb = narrowed(b, k * n, B, B32);
        const pBias = bias === null ? 0 : narrowed(bias, n, BIAS, BIAS32);
        const pz = z === null ? 0 : target(z, m * n, OUT);
        const pActivated = activated === null ? 0 : target(activated, m * n, ACTIVATED);
        gemm(id, pa, k * 4, 4, pb, pBias, pz, pActivated, m, k, n);
        if (z !== null) output(z, pz, m * n, OUT);
        if (activated !== null) output(activated, pActivated, m * n, ACTIVATED);
      },
      matmulTransA(a, b, out, m, k, n) {
        const pa = narrowed(a, m * k, A, A32), pb = narrowed(b, m * n, B, B32);
        const po = target(out, k * n, OUT);
        gemm(id, pa, 4, k * 4, pb, 0, po, 0, k, m, n);
        output(out, po, k * n, OUT);
      },
      matmulTransB(a, b, out, m, n, k) {
        const pa = narrowed(a, m * n, A, A32), pb = input(b, k * n, B);
        const pt = scratchOf(B32, Math.ceil(k * n / 2)).byteOffset;
        exports.narrowTranspose(pb, pt, k, n);
        const po = target(out, m * k, OUT);
        gemm(id, pa, n * 4, 4, pt, 0, po, 0, m, n, k);
        output(out, po, m * k, OUT);
      },
      columnSums(a, out, m, n) {
        const pa = input(a, m * n, A), po = target(out, n, OUT);
        exports.columnSums32(pa, po, m, n);
        output(out, po, n, OUT);
      }
    };
  }
  function allocate2(length) {
    if (!Number.isInteger(length) || length < 0) {
      throw new RangeError(`allocate needs a length that is a non-negative integer, got ${length}`);
    }
    if (length === 0 || registry === null) return new Float64Array(length);
    const bytes2 = blockBytes(length);
    let offset;
    try {
      offset = reserve(bytes2);
    } catch (error) {
      full(error);
      return new Float64Array(length);
    }
    return counted(new Float64Array(buffer, offset, length), {
      offset,
      bytes: bytes2,
      views: 0
    });
  }
  function full(error) {
    if (error !== FULL) throw error;
  }
  function flavour(name, float64, float322) {
    return Object.freeze({
      name,
      ...guarded(jsKernels, float64),
      allFinite(a) {
        const n = a.length;
        if (n <= SMALL_SCREEN) {
          let s = 0;
          for (let i = 0; i < n; i++) s += a[i];
          return s - s === 0;
        }
        if (a.buffer === buffer) return exports.allFinite(a.byteOffset, n) !== 0;
        return Number.isFinite(sum(a));
      },
      allocate: allocate2,
      float32: guarded(jsKernels.float32, float322)
    });
  }
  return {
    fused: flavour(`wasm${suffix}`, float64Work(GEMM, exports.gemmTransB), float32Work(GEMM32)),
    exact: flavour(`wasm-exact${suffix}`, float64Work(GEMM_EXACT, exports.gemmTransBExact), float32Work(GEMM32_EXACT)),
    module: wasm.module,
    memory: wasm.memory,
    help(next, minimum) {
      helper = next;
      minimumWork = minimum;
    }
  };
}
function jsBiasRelu(products, a, b, bias, z, activated, m, k, n) {
  const into = z ?? activated;
  products.matmulBias(a, b, bias, into, m, k, n);
  for (let i = 0; i < m * n; i++) {
    const v = into[i];
    activated[i] = v * +(v > 0) + 0;
  }
}
var flavours = createWasmKernels();
var wasmKernels = flavours?.fused ?? null;
var wasmExactKernels = flavours?.exact ?? null;

// lib/kernels/backend.ts
var kernels = wasmKernels ?? jsKernels;
var KERNEL_METHODS = [
  "matmulBias",
  "matmulTransA",
  "matmulTransB",
  "columnSums"
];
var OPTIONAL_METHODS = [
  "matmulBiasRelu",
  "allFinite",
  "allocate"
];
function nonFiniteAt(a) {
  return kernels.allFinite?.(a) ? -1 : firstNonFinite(a);
}
function allocate(length) {
  return kernels.allocate === void 0 ? new Float64Array(length) : kernels.allocate(length);
}
function resident(m) {
  if (kernels.allocate === void 0) return m;
  const copy2 = new Matrix(m.rows, m.cols, kernels.allocate(m.data.length));
  copy2.data.set(m.data);
  return copy2;
}
function setKernels(backend) {
  if (typeof backend === "string") return setKernels(named(backend));
  const candidate = backend;
  if (candidate === null || typeof candidate !== "object") {
    throw new TypeError(`setKernels needs a Kernels object, got ${String(backend)}`);
  }
  if (typeof candidate.name !== "string" || candidate.name === "") {
    throw new TypeError("setKernels: the backend needs a non-empty string name");
  }
  checkMethods(candidate.name, candidate, "", OPTIONAL_METHODS);
  checkFloat32(candidate.name, candidate.float32);
  const previous = kernels;
  kernels = backend;
  return previous;
}
function checkFloat32(name, float322) {
  if (float322 === void 0) return;
  if (float322 === null || typeof float322 !== "object") {
    throw new TypeError(`setKernels: backend "${name}" has a float32 member that is not an object of products`);
  }
  checkMethods(name, float322, "float32.", [
    "matmulBiasRelu"
  ]);
}
function checkMethods(name, object, prefix, optional) {
  for (const method of KERNEL_METHODS) {
    if (typeof object[method] !== "function") {
      throw new TypeError(`setKernels: backend "${name}" has no ${prefix}${method} function`);
    }
  }
  for (const method of optional) {
    if (object[method] !== void 0 && typeof object[method] !== "function") {
      throw new TypeError(`setKernels: backend "${name}" has an optional ${prefix}${method} that is not a function`);
    }
  }
}
function productsOf(dtype) {
  return dtype === "float64" ? kernels : kernels.float32 ?? jsKernels.float32;
}
function getKernels() {
  return kernels;
}
var BACKENDS = {
  wasm: wasmKernels,
  "wasm-exact": wasmExactKernels,
  js: jsKernels
};
function named(backend) {
  if (!Object.hasOwn(BACKENDS, backend)) {
    throw new RangeError(`setKernels: unknown backend "${backend}"; expected "wasm", "wasm-exact" or "js"`);
  }
  const found = BACKENDS[backend];
  if (found === null) {
    throw new RangeError(`setKernels: backend "${backend}" is not available here: this runtime cannot compile WebAssembly with 128-bit and relaxed SIMD`);
  }
  return found;
}

// lib/primitives/random.ts
function createRandom(seed) {
  const random = uniform53(xoshiro128(seedWords(seed)).next32);
  const normal2 = polarNormal(random);
  return {
    random,
    normal: normal2
  };
}
function seedWords(seed) {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`Seed must be a safe integer, got ${seed}`);
  }
  let x = seed >>> 0 ^ Math.imul(Math.floor(seed / 2 ** 32) >>> 0, 2654435769);
  const splitmix = () => {
    x = x + 2654435769 | 0;
    let z = x;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return (z ^ z >>> 16) >>> 0;
  };
  const words = [
    splitmix(),
    splitmix(),
    splitmix(),
    splitmix()
  ];
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return words;
}
function xoshiro128(words) {
  let [s0, s1, s2, s3] = words;
  const next32 = () => {
    const result2 = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result2;
  };
  return {
    next32,
    state: () => [
      s0 >>> 0,
      s1 >>> 0,
      s2 >>> 0,
      s3 >>> 0
    ]
  };
}
function uniform53(next32) {
  return () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
}
function polarNormal(random, numpyOrder = false) {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u, v, s;
    do {
      u = 2 * random() - 1;
      v = 2 * random() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt(-2 * Math.log(s) / s);
    hasSpare = true;
    spare = numpyOrder ? u * f : v * f;
    return numpyOrder ? v * f : u * f;
  };
}
function rotl(v, k) {
  return v << k | v >>> 32 - k;
}
function resolveRandom(options = {}) {
  const { random } = options;
  if (random !== void 0) {
    if (random === null || typeof random.random !== "function" || typeof random.normal !== "function") {
      throw new TypeError("random must have random() and normal() methods, as createRandom gives");
    }
    return random;
  }
  if (options.seed !== void 0) return createRandom(options.seed);
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return createRandom(word[0]);
}

// lib/kernels/row_buffer.ts
var VIEWS = 4;
function rowBuffer(cols) {
  let storage = new Float64Array(0);
  const views = [];
  return (rows) => {
    for (let v = 0; v < views.length; v++) {
      if (views[v].rows === rows) return views[v];
    }
    if (rows * cols > storage.length) {
      storage = allocate(Math.max(rows * cols, 2 * storage.length));
      views.length = 0;
    }
    const view = new Matrix(rows, cols, subview(storage, 0, rows * cols));
    if (views.length === VIEWS) views.shift();
    views.push(view);
    return view;
  };
}

// lib/network/dense.ts
var Dense = class {
  /** `"dense"`, as model files name it. */
  type = "dense";
  /** Number of inputs (features in). */
  inputs;
  /** Number of outputs (units). */
  outputs;
  /**
   * Weights, inputs × outputs. Like the bias and the gradients, its storage
   * comes from the kernels' `allocate`: with WebAssembly, a view of its memory,
   * which `structuredClone` or `postMessage` copies whole (send `slice()`).
   */
  weights;
  /** Bias, one per output, or `null` for a layer without bias. */
  bias;
  /** The activation applied to `Z`. */
  activation;
  /** `∂L/∂W` from the last backward pass, inputs × outputs. */
  weightGradient;
  /** `∂L/∂b` from the last backward pass, or `null` without bias. */
  biasGradient;
  /** The trainable tensors with their gradients and optimizer state. */
  parameters;
  /** L1 penalty factor on the weights (0: none). */
  l1;
  /** L2 penalty factor on the weights (0: none). */
  l2;
  /**
   * The number format of the layer's products. With `"float64"`, the default,
   * everything runs in float64. With `"float32"`, each product (forward, both
   * gradients, the bias gradient) reads its operands rounded to float32 and
   * multiplies and adds in float32, with twice the numbers per SIMD vector, and
   * the layer's output is rounded to float32. The weights, the bias and the
   * optimizer's state stay float64, a master copy that keeps updates smaller
   * than a float32 step: what the layer computes with is the weights rounded
   * to float32, and every product's result is a float32 value (a weight
   * penalty's gradient, added in float64 from the float64 weights, is not), so
   * the layer agrees with its float64 twin to float32 precision (about 1e-7
   * relative per product).
   *
   * @example A float32 layer gives float32 values
   * ```ts
   * import { Dense, Matrix } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const layer = new Dense(1, 1, { dtype: "float32", seed: 0 });
   * layer.weights.data.set([0.1]);
   * const [[y]] = layer.forward(Matrix.from([[3]])).toArray();
   * assert.equal(y, Math.fround(Math.fround(0.1) * 3)); // 0.30000001192092896
   * assert.notEqual(y, 0.1 * 3);
   * ```
   */
  dtype;
  #trainable = true;
  #input = null;
  /** Whether the last forward pass kept what the backward pass needs. */
  #kept = false;
  #z = new Matrix(0, 0);
  #a = new Matrix(0, 0);
  #zBuffer;
  #aBuffer;
  #deltaBuffer;
  #inputGradientBuffer;
  /**
   * Creates a layer with initialised weights, then biases (zero by default).
   *
   * @param inputs Number of inputs, a positive integer.
   * @param outputs Number of outputs, a positive integer.
   * @param options Activation, bias, initializer and its random source.
   * @throws {RangeError} If a size is not a positive integer, or a name is unknown.
   */
  constructor(inputs, outputs, options = {}) {
    const known2 = checkOptions("Dense", options, [
      "activation",
      "bias",
      "init",
      "biasInit",
      "random",
      "seed",
      "l1",
      "l2",
      "dtype"
    ]);
    for (const [what, n] of [
      [
        "inputs",
        inputs
      ],
      [
        "outputs",
        outputs
      ]
    ]) {
      if (!Number.isInteger(n) || n < 1) {
        throw new RangeError(`Dense ${what} must be a positive integer, got ${n}`);
      }
    }
    this.inputs = inputs;
    this.outputs = outputs;
    this.activation = activations.resolve(options.activation ?? "linear", "Dense activation");
    this.l1 = numberOption("Dense", known2, "l1", 0, NON_NEGATIVE);
    this.l2 = numberOption("Dense", known2, "l2", 0, NON_NEGATIVE);
    this.dtype = dtypeOption(options.dtype, "Dense dtype");
    if (options.bias !== void 0 && typeof options.bias !== "boolean") {
      throw new TypeError(`Dense bias must be true or false, got ${String(options.bias)}`);
    }
    if (options.bias === false && options.biasInit !== void 0) {
      throw new RangeError("Dense biasInit needs a layer with bias; bias is false");
    }
    const init = resolveInitializer(options.init ?? glorotUniform, "Dense init");
    const biasInit = resolveInitializer(options.biasInit ?? zeros, "Dense biasInit");
    const random = resolveRandom(options);
    this.weights = new Matrix(inputs, outputs, allocate(inputs * outputs));
    init(this.weights.data, inputs, outputs, random);
    checkFinite(this.weights.data, outputs, "init", "weight");
    this.bias = options.bias === false ? null : allocate(outputs);
    if (this.bias !== null) {
      biasInit(this.bias, 1, outputs, random);
      checkFinite(this.bias, outputs, "biasInit", "bias");
    }
    this.weightGradient = new Matrix(inputs, outputs, allocate(inputs * outputs));
    this.biasGradient = this.bias === null ? null : allocate(outputs);
    const parameters = [
      parameter("weights", this.weights.data, this.weightGradient.data)
    ];
    if (this.bias !== null && this.biasGradient !== null) {
      parameters.push(parameter("bias", this.bias, this.biasGradient));
    }
    this.parameters = parameters;
    this.#zBuffer = rowBuffer(outputs);
    this.#aBuffer = rowBuffer(outputs);
    this.#deltaBuffer = rowBuffer(outputs);
    this.#inputGradientBuffer = rowBuffer(inputs);
  }
  /**
   * Whether training updates this layer; default true. A frozen layer
   * (`false`) keeps its weights and bias through `fit` and `trainStep`: the
   * optimizer skips it, while the gradients are still computed so that the
   * layers below it train. Saved with the model.
   *
   * @example Train only the last layer
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "tanh" },
   *   { inputDim: 3, outputDim: 1 },
   * ], { seed: 1 });
   * model.layers[0].trainable = false;
   * const frozen = model.layers[0].weights.data.slice();
   * const last = model.layers[1].weights.data.slice();
   * model.fit([[1, 2], [3, 4]], [[1], [2]], { loss: "mse", epochs: 5 });
   * assert.deepEqual(model.layers[0].weights.data, frozen);
   * assert.notDeepEqual(model.layers[1].weights.data, last);
   * ```
   */
  get trainable() {
    return this.#trainable;
  }
  set trainable(value) {
    if (typeof value !== "boolean") {
      throw new TypeError(`Dense trainable must be true or false, got ${String(value)}`);
    }
    this.#trainable = value;
  }
  /** Number of trainable values. */
  get parameterCount() {
    return this.inputs * this.outputs + (this.bias === null ? 0 : this.outputs);
  }
  /**
   * `Z` from the last forward pass (an internal buffer, overwritten by the next
   * pass). After `forward(x, false)` it holds no defined values.
   */
  get z() {
    return this.#z;
  }
  /** `A = f(Z)` from the last forward pass (an internal buffer). */
  get a() {
    return this.#a;
  }
  /**
   * `Z = X·W + b`, `A = f(Z)`. Remembers `X` and `Z` for the backward pass,
   * unless `keep` is false: an inference pass, where a ReLU layer skips writing
   * `Z` when the kernels fuse the ReLU (`matmulBiasRelu`), and the backward pass
   * throws until the next `forward(x)`.
   *
   * @param x Input batch, rows × inputs.
   * @param keep Whether a backward pass may follow (default true).
   * @returns `A`, an internal buffer valid until the next forward pass.
   */
  forward(x, keep = true) {
    if (!(x instanceof Matrix) || x.cols !== this.inputs) {
      const got = x instanceof Matrix ? `${x.cols} columns` : "no Matrix";
      throw new RangeError(`Dense ${this.inputs} \u2192 ${this.outputs} needs a Matrix of ${this.inputs} columns, got ${got}`);
    }
    const m = x.rows;
    const z = this.#z = this.#zBuffer(m);
    const a = this.#a = this.#aBuffer(m);
    this.#input = x;
    this.#kept = false;
    const { inputs, outputs } = this;
    const dtype = float64Only ? "float64" : this.dtype;
    const products = productsOf(dtype);
    if (this.activation.kernel === "relu" && products.matmulBiasRelu !== void 0) {
      products.matmulBiasRelu(x.data, this.weights.data, this.bias, keep ? z.data : null, a.data, m, inputs, outputs);
    } else {
      products.matmulBias(x.data, this.weights.data, this.bias, z.data, m, inputs, outputs);
      this.activation.forward(z, a);
      if (dtype === "float32") roundToFloat32(a.data);
    }
    this.#kept = keep;
    return a;
  }
  /**
   * `δ = ∂L/∂Z = f'(Z)ᵀ·∂L/∂A`, the activation's vector-Jacobian product.
   *
   * @param dA `∂L/∂A`, rows × outputs.
   * @returns `δ`, an internal buffer.
   */
  delta(dA) {
    const delta = this.deltaBuffer();
    this.activation.backward(this.#z, this.#a, dA, delta);
    return delta;
  }
  /** The buffer that holds `δ` for the current batch size (for fused output deltas). */
  deltaBuffer() {
    this.#requireInput();
    return this.#deltaBuffer(this.#z.rows);
  }
  /** The weight penalty `l1·Σ|W| + l2·ΣW²` that the loss gains; 0 without one. */
  penalty() {
    const { l1, l2 } = this;
    if (l1 === 0 && l2 === 0) return 0;
    const w = this.weights.data;
    let absolute = 0, square = 0;
    for (let k = 0; k < w.length; k++) {
      absolute += Math.abs(w[k]);
      square += w[k] * w[k];
    }
    return l1 * absolute + l2 * square;
  }
  /**
   * Parameter gradients from `δ`: `∂L/∂W = Xᵀ·δ`, `∂L/∂b = Σ_rows δ`; with a
   * penalty, `∂L/∂W` gains its gradient `l1·sign(W) + 2·l2·W`.
   *
   * @param delta `∂L/∂Z`, rows × outputs.
   */
  accumulate(delta) {
    const x = this.#requireInput();
    const { inputs, outputs, l1, l2 } = this;
    const g = this.weightGradient.data;
    const products = productsOf(this.dtype);
    products.matmulTransA(x.data, delta.data, g, x.rows, inputs, outputs);
    if (this.biasGradient !== null) {
      products.columnSums(delta.data, this.biasGradient, delta.rows, outputs);
    }
    if (l1 === 0 && l2 === 0) return;
    const w = this.weights.data;
    for (let k = 0; k < w.length; k++) g[k] += l1 * Math.sign(w[k]) + 2 * l2 * w[k];
  }
  /**
   * `∂L/∂X = δ·Wᵀ`, what the layer below receives as its `∂L/∂A`.
   *
   * @param delta `∂L/∂Z`, rows × outputs.
   * @returns `∂L/∂X`, an internal buffer, rows × inputs.
   */
  inputGradient(delta) {
    const m = delta.rows;
    const dx = this.#inputGradientBuffer(m);
    productsOf(this.dtype).matmulTransB(delta.data, this.weights.data, dx.data, m, this.outputs, this.inputs);
    return dx;
  }
  /** The layer as a model file holds it (see `ModelJSON`). */
  toJSON() {
    const record4 = {
      type: "dense",
      inputs: this.inputs,
      outputs: this.outputs,
      activation: this.activation.name,
      weights: this.weights.toArray(),
      bias: this.bias === null ? null : Array.from(this.bias)
    };
    if (this.activation.options !== void 0) {
      record4.activationOptions = {
        ...this.activation.options
      };
    }
    if (!this.trainable) record4.trainable = false;
    if (this.l1 !== 0) record4.l1 = this.l1;
    if (this.l2 !== 0) record4.l2 = this.l2;
    if (this.dtype === "float32") record4.dtype = "float32";
    return record4;
  }
  #requireInput() {
    if (this.#input === null) {
      throw new RangeError("Dense backward pass called before any forward pass");
    }
    if (!this.#kept) {
      throw new RangeError("Dense backward pass called after an inference pass, forward(x, false), which keeps no Z; run forward(x) first");
    }
    return this.#input;
  }
};
var float64Only = false;
function inFloat64(f) {
  const before = float64Only;
  float64Only = true;
  try {
    return f();
  } finally {
    float64Only = before;
  }
}
function dtypeOption(value, where) {
  if (value === void 0) return "float64";
  if (value === "float32" || value === "float64") return value;
  const got = typeof value === "string" ? `"${value}"` : String(value);
  throw new RangeError(`${where} must be "float32" or "float64", got ${got}`);
}
function roundToFloat32(values2) {
  const round = Math.fround;
  for (let i = 0; i < values2.length; i++) values2[i] = round(values2[i]);
}
function checkFinite(values2, cols, init, what) {
  const bad = firstNonFinite(values2);
  if (bad < 0) return;
  const at2 = what === "bias" ? `${bad}` : `${Math.floor(bad / cols)}, ${bad % cols}`;
  throw new RangeError(`Dense ${init} gave a non-finite ${what} at [${at2}]: ${values2[bad]}`);
}
function parameter(kind, value, gradient) {
  return {
    name: kind,
    kind,
    value,
    gradient,
    state: {
      slots: {},
      counters: {}
    }
  };
}

// lib/network/dropout.ts
var Dropout = class {
  /** `"dropout"`, as model files name it. */
  type = "dropout";
  /** The probability that an input is zeroed in a training step, in [0, 1). */
  rate;
  /** The seed of the masks' generator (drawn at random when none was given). */
  seed;
  /** `linear`: the layer's output is its masked input. */
  activation = activations.get("linear");
  /** None: dropout has nothing to train. */
  parameters = [];
  /** 0. */
  parameterCount = 0;
  #random;
  #state;
  #width = 0;
  /** Whether the last forward pass applied `#mask` (a training or replay pass). */
  #masked = false;
  /** Rows of the last mask drawn; 0 before any. */
  #maskRows = 0;
  #mask = rowBuffer(0);
  #out = rowBuffer(0);
  #deltaBuffer = rowBuffer(0);
  #inputGradientBuffer = rowBuffer(0);
  #a = new Matrix(0, 0);
  /**
   * Creates a dropout layer; its width is set when a model places it.
   *
   * @param rate The probability of zeroing each input in training, in [0, 1).
   * @param options The seed of its masks.
   * @throws {RangeError} If `rate` is outside [0, 1) or the seed is not a safe integer.
   */
  constructor(rate, options = {}) {
    checkOptions("Dropout", options, [
      "seed",
      "state"
    ]);
    this.rate = numberOption("Dropout", {
      rate
    }, "rate", 0, UNIT);
    let seed = options.seed;
    if (seed === void 0) {
      const word = new Uint32Array(1);
      crypto.getRandomValues(word);
      seed = word[0];
    }
    if (!Number.isSafeInteger(seed)) {
      throw new RangeError(`Dropout seed must be a safe integer, got ${String(seed)}`);
    }
    const generator = xoshiro128(options.state === void 0 ? seedWords(seed) : stateWords(options.state));
    this.#random = uniform53(generator.next32);
    this.#state = generator.state;
    this.seed = seed;
  }
  /** Number of inputs: the width it was given in a model (0 before). */
  get inputs() {
    return this.#width;
  }
  /** Number of outputs, equal to `inputs`. */
  get outputs() {
    return this.#width;
  }
  /**
   * Always true: dropout has no parameters to freeze, so `false` is refused.
   *
   * @throws {TypeError} On assigning anything but true.
   */
  get trainable() {
    return true;
  }
  set trainable(value) {
    if (value !== true) {
      throw new TypeError(`Dropout has no parameters to freeze; trainable stays true, got ${String(value)}`);
    }
  }
  /** The layer's output of the last pass (its masked input); `z` and `a` are one buffer. */
  get z() {
    return this.#a;
  }
  /** The layer's output of the last pass. */
  get a() {
    return this.#a;
  }
  /**
   * Takes its width from a model, once; a second model must give the same width.
   *
   * @throws {RangeError} If the layer already has another width.
   */
  connect(width) {
    if (this.#width === width) return;
    if (this.#width !== 0) {
      throw new RangeError(`Dropout already has width ${this.#width} in another model; it cannot also take width ${width} (use a new Dropout layer)`);
    }
    this.#width = width;
    this.#mask = rowBuffer(width);
    this.#out = rowBuffer(width);
    this.#deltaBuffer = rowBuffer(width);
    this.#inputGradientBuffer = rowBuffer(width);
  }
  /**
   * `X ⊙ M` with a new mask in `"training"` mode, with the last mask in
   * `"replay"` mode, and `X` itself (copied) in `"inference"` mode.
   *
   * @param x Input batch, rows × width.
   * @param _keep Unused: the backward pass needs only the mask.
   * @param mode Whether to draw a mask, reuse the last one or pass `x` through; default inference.
   * @returns The output, an internal buffer valid until the next pass.
   * @throws {RangeError} If `x` has the wrong width, or a replay's rows differ from the last mask's.
   */
  forward(x, _keep = true, mode = "inference") {
    if (!(x instanceof Matrix) || x.cols !== this.#width || this.#width === 0) {
      const got = x instanceof Matrix ? `${x.cols} columns` : "no Matrix";
      throw new RangeError(this.#width === 0 ? "Dropout has no width until a Sequential model places it" : `Dropout of width ${this.#width} needs a Matrix of ${this.#width} columns, got ${got}`);
    }
    const rows = x.rows, n = rows * this.#width, xd = x.data;
    const a = this.#a = this.#out(rows);
    const out = a.data;
    this.#masked = mode !== "inference" && this.rate > 0;
    if (!this.#masked) {
      for (let k = 0; k < n; k++) out[k] = xd[k];
      return a;
    }
    if (mode === "replay" && rows !== this.#maskRows) {
      throw new RangeError(`Dropout cannot replay its last mask (${this.#maskRows} rows) on ${rows} rows`);
    }
    const m = this.#mask(rows).data;
    if (mode === "training") {
      const keep = 1 - this.rate, scale = 1 / keep, random = this.#random;
      for (let k = 0; k < n; k++) m[k] = random() < keep ? scale : 0;
      this.#maskRows = rows;
    }
    for (let k = 0; k < n; k++) out[k] = xd[k] * m[k];
    return a;
  }
  /** No penalty: 0. */
  penalty() {
    return 0;
  }
  /** `δ = ∂L/∂A` (the activation is linear), copied into the layer's buffer. */
  delta(dA) {
    const delta = this.deltaBuffer(), out = delta.data, d = dA.data;
    for (let k = 0; k < out.length; k++) out[k] = d[k];
    return delta;
  }
  /** The buffer that holds `δ` for the last batch size. */
  deltaBuffer() {
    return this.#deltaBuffer(this.#a.rows);
  }
  /** Nothing to accumulate: dropout has no parameters. */
  accumulate(_delta) {
  }
  /** `∂L/∂X = δ ⊙ M` after a masked pass, else `δ`. */
  inputGradient(delta) {
    const dx = this.#inputGradientBuffer(delta.rows);
    const d = delta.data, out = dx.data, n = out.length;
    if (!this.#masked) {
      for (let k = 0; k < n; k++) out[k] = d[k];
      return dx;
    }
    const m = this.#mask(delta.rows).data;
    for (let k = 0; k < n; k++) out[k] = d[k] * m[k];
    return dx;
  }
  /** The layer as a model file holds it. */
  toJSON() {
    return {
      type: "dropout",
      inputs: this.#width,
      outputs: this.#width,
      rate: this.rate,
      seed: this.seed,
      state: this.#state()
    };
  }
};
function stateWords(words) {
  if (!Array.isArray(words) || words.length !== 4 || !words.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32) || words.every((w) => w === 0)) {
    throw new RangeError("Dropout state must be four integers from 0 to 2\xB3\xB2 \u2212 1, not all 0, as toJSON gives it");
  }
  return [
    ...words
  ];
}

// lib/model/network_display.ts
var MAX_UNITS = 10;
function networkSvg(layers) {
  const dense2 = layers.filter((layer) => layer instanceof Dense);
  const widths = [
    dense2[0]?.inputs ?? 0,
    ...dense2.map((layer) => layer.outputs)
  ];
  const gap = 110, unit = 26, top = 30;
  const tallest = Math.min(MAX_UNITS, Math.max(...widths));
  const height = top + tallest * unit + 40, width = 60 + (widths.length - 1) * gap + 60;
  const x = (column2) => 40 + column2 * gap;
  const y = (column2, i) => {
    const n = Math.min(MAX_UNITS, widths[column2]);
    return top + (tallest - n) * unit / 2 + i * unit + unit / 2;
  };
  const parts = [];
  dense2.forEach((layer, k) => {
    const w = layer.weights;
    let largest2 = 0;
    for (const v of w.data) largest2 = Math.max(largest2, Math.abs(v));
    for (let i = 0; i < Math.min(MAX_UNITS, w.rows); i++) {
      for (let j = 0; j < Math.min(MAX_UNITS, w.cols); j++) {
        const v = w.get(i, j);
        const stroke = (0.3 + 2.7 * (largest2 === 0 ? 0 : Math.abs(v) / largest2)).toFixed(2);
        parts.push(`<line x1="${x(k)}" y1="${y(k, i)}" x2="${x(k + 1)}" y2="${y(k + 1, j)}" stroke="${v >= 0 ? COLORS.blue : COLORS.orange}" stroke-width="${stroke}" opacity="0.7"/>`);
      }
    }
  });
  widths.forEach((n, column2) => {
    for (let i = 0; i < Math.min(MAX_UNITS, n); i++) {
      parts.push(`<circle cx="${x(column2)}" cy="${y(column2, i)}" r="7" fill="#fff" stroke="#333"/>`);
    }
    if (n > MAX_UNITS) {
      parts.push(`<text x="${x(column2)}" y="${height - 8}" text-anchor="middle" font-size="10">+${n - MAX_UNITS}</text>`);
    }
    const label = column2 === 0 ? `input ${n}` : `${dense2[column2 - 1].activation.name} ${n}`;
    parts.push(`<text x="${x(column2)}" y="14" text-anchor="middle" font-size="11">${escapeHtml(label)}</text>`);
  });
  let column = 0;
  for (const layer of layers) {
    if (layer instanceof Dense) column++;
    else {
      parts.push(`<text x="${x(column)}" y="${height - 20}" text-anchor="middle" font-size="10" fill="#555">dropout ${layer.rate}</text>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">${parts.join("")}</svg>`;
}
function modelDisplay(summary, layers) {
  return {
    "text/plain": summary,
    "text/html": `<pre>${escapeHtml(summary)}</pre>${networkSvg(layers)}`
  };
}
function traceDisplay(trace) {
  const text2 = [
    `${trace.lossName} loss ${trace.loss}`
  ];
  const html = [
    `<p>${escapeHtml(trace.lossName)} loss ${trace.loss}</p>`
  ];
  for (let k = trace.layers.length - 1; k >= 0; k--) {
    const { delta, weightGradient, biasGradient } = trace.layers[k];
    const bias = biasGradient === null ? null : {
      rows: 1,
      cols: biasGradient.length,
      data: biasGradient
    };
    text2.push(`layer ${k}: \u03B4 ${delta.rows}\xD7${delta.cols}, \u2202L/\u2202W ${weightGradient.rows}\xD7${weightGradient.cols}` + (bias === null ? ", no bias" : `, \u2202L/\u2202b 1\xD7${bias.cols}`));
    html.push(`<h4>Layer ${k}</h4><div style="display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start">` + matrixTable(delta, "\u03B4 = \u2202L/\u2202Z") + matrixTable(weightGradient, "\u2202L/\u2202W = A\u1D40\xB7\u03B4") + (bias === null ? "" : matrixTable(bias, "\u2202L/\u2202b")) + "</div>");
  }
  return {
    "text/plain": text2.join("\n"),
    "text/html": html.join("")
  };
}

// lib/network/layer.ts
function layerLabel(index, layer) {
  const name = layer.type.charAt(0).toUpperCase() + layer.type.slice(1);
  return `layer ${index} (${name} ${layer.inputs} \u2192 ${layer.outputs})`;
}

// lib/network/batch.ts
function checkInput(layers, x, name = "X") {
  const input = toMatrix(x, name);
  if (input.rows > 0 && input.cols !== layers[0].inputs) {
    throw new RangeError(`${name} has ${input.cols} columns but ${layerLabel(0, layers[0])} expects ${layers[0].inputs}`);
  }
  return input;
}
var XY = [
  "X",
  "Y"
];
function resolveBatch(layers, x, y, lossSpec, names = XY) {
  const loss = losses.resolve(lossSpec, "loss");
  const [xName, yName] = names;
  const input = checkInput(layers, x, xName);
  if (input.rows === 0) throw new RangeError(`${xName} has no rows`);
  const target = toMatrix(y, yName);
  if (target.rows !== input.rows) {
    throw new RangeError(`${xName} has ${input.rows} rows but ${yName} has ${target.rows}`);
  }
  const last2 = layers[layers.length - 1];
  if (loss.targets === "index") {
    checkIndices(target, yName, loss.name, last2.outputs);
  } else if (target.cols !== last2.outputs) {
    throw new RangeError(`${yName} has ${target.cols} columns but the model's output (${layerLabel(layers.length - 1, last2)}) has ${last2.outputs}${target.cols === 1 && loss.targets === "distribution" ? `; ${loss.name} needs one-hot targets (sparseCrossEntropy takes class indices)` : ""}`);
  } else {
    checkTargets(target, yName, loss.name, loss.targets);
  }
  let fused;
  const forms = loss.fused;
  if (forms !== void 0) {
    for (let f = 0; f < forms.length; f++) {
      if (forms[f].activation === last2.activation) fused = forms[f];
    }
  }
  return {
    x: input,
    y: target,
    loss,
    fused
  };
}
function checkIndices(y, name, loss, classes) {
  if (y.cols !== 1) {
    throw new RangeError(`${loss} needs one column of class indices; ${name} has ${y.cols} columns` + (y.cols === classes ? " (for one-hot targets use crossEntropy)" : ""));
  }
  for (let i = 0; i < y.rows; i++) {
    const c = y.data[i];
    if (!Number.isInteger(c) || c < 0 || c >= classes) {
      throw new RangeError(`${loss} needs class indices from 0 to ${classes - 1} (the model has ${classes} outputs); ${name} has ${c} at row ${i}`);
    }
  }
}
function checkTargets(y, name, loss, kind) {
  if (kind === "real") return;
  const { rows, cols, data } = y;
  for (let i = 0; i < rows; i++) {
    let sum2 = 0;
    for (let j = 0; j < cols; j++) {
      const t = data[i * cols + j];
      if (t < 0 || t > 1) {
        throw new RangeError(`${loss} needs targets in [0, 1]; ${name} has ${t} at row ${i}, column ${j}`);
      }
      sum2 += t;
    }
    if (kind === "distribution" && Math.abs(sum2 - 1) > 1e-6) {
      throw new RangeError(`${loss} needs one-hot (or probability) rows that sum to 1; ${name} row ${i} sums to ${sum2}`);
    }
  }
}
function checkSampleWeights(weights, rows, loss, owner) {
  if (!Array.isArray(weights) && !(weights instanceof Float64Array)) {
    throw new TypeError(`${owner} must be an array of numbers, one per row`);
  }
  if (loss.weighted !== true) {
    throw new RangeError(`${owner} needs a loss that takes sample weights (weighted: true); ${loss.name} does not`);
  }
  if (weights.length !== rows) {
    throw new RangeError(`${owner} has ${weights.length} weights for ${rows} rows`);
  }
  const out = new Float64Array(rows);
  let sum2 = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i];
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new RangeError(`${owner}[${i}] is ${String(w)}; expected a finite number \u2265 0`);
    }
    out[i] = w;
    sum2 += w;
  }
  if (sum2 === 0) throw new RangeError(`${owner} is 0 for every row: nothing would be learnt`);
  return out;
}

// lib/network/architecture.ts
function layersOf(architecture, options) {
  if (!Array.isArray(architecture) || architecture.length === 0) {
    throw new TypeError("architecture: expected a non-empty array of layers");
  }
  checkOptions("fromArchitecture", options, [
    "bias",
    "init",
    "biasInit",
    "random",
    "seed",
    "dtype"
  ]);
  const random = resolveRandom(options);
  const dtype = dtypeOption(options.dtype, "fromArchitecture dtype");
  let previousOutputs = 0;
  const layers = architecture.map((entry, i) => {
    const where = `architecture[${i}]`;
    if (entry === null || typeof entry !== "object") {
      throw new TypeError(`${where}: expected an object, got ${String(entry)}`);
    }
    const spec = checkOptions(where, entry, LAYER_KEYS);
    const inputs = dimension(spec, "inputDim", "input_dim", where);
    const outputs = dimension(spec, "outputDim", "output_dim", where);
    if (i > 0 && inputs !== previousOutputs) {
      throw new RangeError(`${where}.inputDim: expected ${previousOutputs} to match architecture[${i - 1}].outputDim, got ${inputs}`);
    }
    previousOutputs = outputs;
    const activation2 = spec.activation ?? "linear";
    const bias = spec.bias ?? options.bias ?? true;
    if (typeof bias !== "boolean") {
      throw new TypeError(`${where}.bias: expected true or false, got ${String(bias)}`);
    }
    return new Dense(inputs, outputs, {
      activation: activations.resolve(activation2, `${where}.activation`),
      bias,
      init: options.init,
      biasInit: bias ? options.biasInit : void 0,
      random,
      l1: numberOption(where, spec, "l1", 0, NON_NEGATIVE),
      l2: numberOption(where, spec, "l2", 0, NON_NEGATIVE),
      dtype
    });
  });
  return layers;
}
var LAYER_KEYS = [
  "inputDim",
  "outputDim",
  "input_dim",
  "output_dim",
  "activation",
  "bias",
  "l1",
  "l2"
];
function dimension(spec, key2, snakeKey, where) {
  const v = spec[key2] ?? spec[snakeKey];
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
    throw new TypeError(`${where}.${key2}: expected a positive integer, got ${String(v)}`);
  }
  return v;
}

// lib/primitives/evaluation_error.ts
var EvaluationError = class extends RangeError {
  /** The row whose loss is not finite, from 0 over the whole data. */
  row;
  /** The loss of that row: NaN, Infinity or −Infinity. */
  value;
  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where The row and its loss.
   */
  constructor(message, where) {
    super(message);
    this.name = "EvaluationError";
    this.row = where.row;
    this.value = where.value;
  }
};

// lib/primitives/prediction_error.ts
var PredictionError = class extends RangeError {
  /** The input row whose prediction failed, from 0. */
  row;
  /** The column of the failing value in the output where it appeared. */
  column;
  /** The value: NaN, Infinity or −Infinity. */
  value;
  /** The layer whose output it was, from 0, or `undefined` when it appeared after the last layer (undoing the target scaler). */
  layer;
  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where The input row, the output column, the value, and the layer when it was a layer's output.
   */
  constructor(message, where) {
    super(message);
    this.name = "PredictionError";
    this.row = where.row;
    this.column = where.column;
    this.value = where.value;
    this.layer = where.layer;
  }
};

// lib/network/engine.ts
var BLOCK = 1024;
var UNCHANGED = "; no weights were updated";
var TRAINING_HINT = "Lower the learning rate, scale the inputs or targets, or check custom plugins";
var INPUT_HINT = "Check that row's inputs: values far outside the range the model was trained on can overflow";
var Engine = class {
  #layers;
  /** Every parameter, named by place (`layers[0].weights`), in layer order. */
  parameters;
  /** The parameters the optimizer updates: those of layers with `trainable` true. */
  #trainable = [];
  /** Each layer's `trainable` when `#trainable` was last built. */
  #trainableFlags = [];
  #outputGradient;
  #snapshot = new Snapshot();
  constructor(layers) {
    this.#layers = [
      ...layers
    ];
    this.output = this.#layers[this.#layers.length - 1];
    this.#outputGradient = rowBuffer(this.output.outputs);
    this.parameters = this.#layers.flatMap((layer, i) => layer.parameters.map((p) => ({
      ...p,
      name: `layers[${i}].${p.kind}`
    })));
  }
  /** The last layer, whose `a` holds the output of the last pass. */
  output;
  /**
   * The layers in turn on `x`, each output screened. `keep`: whether a
   * backward pass may follow; `inference`: a prediction, whose failure is a
   * {@linkcode PredictionError} naming the input row (`firstRow` + its row here);
   * `mode`: whether dropout draws masks (see {@linkcode Mode}).
   *
   * @returns The last layer's output buffer, overwritten by the next pass.
   */
  forward(x, firstRow = 0, keep = true, inference = false, mode = "inference") {
    const layers = this.#layers;
    let a = x;
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i];
      a = layer.forward(a, keep, mode);
      const k = nonFiniteAt(a.data);
      if (k < 0) continue;
      const row = Math.floor(k / a.cols), column = k - row * a.cols, value = a.data[k];
      const what = `${layerLabel(i, layer)} gave ${value} at row ${firstRow + row}, column ${column} (activation ${layer.activation.name})`;
      if (!inference) throw new RangeError(`${what}. ${TRAINING_HINT}`);
      throw new PredictionError(`${what}. ${INPUT_HINT}`, {
        row: firstRow + row,
        column,
        value,
        layer: i
      });
    }
    return a;
  }
  /** An inference pass on checked inputs (network units), the last layer's buffer. */
  infer(x) {
    return this.forward(x, 0, false, true);
  }
  /**
   * The output for every row of `x`, a block of rows at a time, through
   * `scaler` when given; `keep`: whether the layers keep `Z` (for a caller
   * that reads it). Failures name the row of `x`.
   *
   * @returns A new matrix, rows × outputs.
   */
  outputs(x, scaler, keep) {
    const inputs = this.#layers[0].inputs, outputs = this.output.outputs;
    const out = new Matrix(x.rows, outputs);
    const block = Math.min(x.rows, BLOCK);
    const scaled2 = scaler === null ? null : new Matrix(block, inputs, allocate(block * inputs));
    for (let start = 0; start < x.rows; start += block) {
      const rows = Math.min(block, x.rows - start);
      let view = rowView(x, start, rows);
      if (scaler !== null) {
        view = scaler.transform(view, rows === block ? scaled2 : rowView(scaled2, 0, rows));
      }
      out.data.set(this.forward(view, start, keep, true).data, start * outputs);
    }
    return out;
  }
  /**
   * Forward pass and the finite loss of a checked batch, with the layers'
   * penalties. With `firstRow`, the batch is data being evaluated, not trained
   * on, from that row of it on: a failure names the row and points at it, not
   * at the training. `mode` applies without `firstRow`.
   *
   * @throws {RangeError} If the loss is not finite (training).
   * @throws {EvaluationError} If a row's loss is not finite (evaluation).
   */
  loss(batch, firstRow, suffix = "", mode = "inference") {
    if (firstRow === void 0) {
      this.forward(batch.x, 0, true, false, mode);
      return finiteLoss(this.#lossValue(batch), batch.loss, suffix);
    }
    this.forward(batch.x, firstRow, true, true);
    const value = this.#lossValue(batch);
    if (Number.isFinite(value)) return value;
    const { x, y, loss, fused, weights } = batch, last2 = this.output;
    for (let i = 0; i < x.rows; i++) {
      const one = rowView(y, i, 1);
      const w = weights === void 0 ? void 0 : Float64Array.of(weights[i]);
      const rowLoss = fused === void 0 ? loss.value(rowView(last2.a, i, 1), one, w) : fused.value(rowView(last2.z, i, 1), one, w);
      if (Number.isFinite(rowLoss)) continue;
      throw new EvaluationError(`The ${loss.name} loss of row ${firstRow + i} is ${rowLoss}, though its prediction is finite. Check that row's target and inputs: values far outside the range the model was trained on can overflow`, {
        row: firstRow + i,
        value: rowLoss
      });
    }
    throw new RangeError(`The ${loss.name} loss of rows ${firstRow}\u2013${firstRow + x.rows - 1} is ${value}: each row's is finite, but not their mean. Check for targets and inputs far outside the range the model was trained on`);
  }
  #lossValue({ y, loss, fused, weights }) {
    const last2 = this.output, layers = this.#layers;
    let value = fused === void 0 ? loss.value(last2.a, y, weights) : fused.value(last2.z, y, weights);
    for (let i = 0; i < layers.length; i++) value += layers[i].penalty();
    return value;
  }
  /**
   * Backpropagation after a forward pass: `δ_L` from the loss (fused with the
   * output activation when the loss offers it), then for each layer from the
   * last: its parameters' gradients from `δ`, and `δ_below` from `∂L/∂X`
   * through the activation below (for a dense layer, `∂L/∂W = Xᵀ·δ`,
   * `∂L/∂b = Σ δ` and `δ_below = f'(Z_below)ᵀ·(δ·Wᵀ)`).
   */
  backward({ y, loss, fused, weights }) {
    const layers = this.#layers, last2 = this.output;
    let delta;
    if (fused !== void 0) {
      delta = last2.deltaBuffer();
      fused.delta(last2.a, y, delta, weights);
    } else {
      const dA = this.#outputGradient(last2.a.rows);
      loss.gradient(last2.a, y, dA, weights);
      delta = last2.delta(dA);
    }
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i];
      layer.accumulate(delta);
      if (i > 0) delta = layers[i - 1].delta(layer.inputGradient(delta));
    }
  }
  /**
   * One training step on a checked batch: forward (in training mode), backward, then the
   * optimizer's update of the trainable layers' parameters. A gradient or an
   * updated value that is not finite undoes the step.
   *
   * @returns The loss before the update.
   */
  step(batch, optimizer) {
    const value = this.loss(batch, void 0, UNCHANGED, "training");
    this.backward(batch);
    const parameters = this.#trainableParameters();
    for (let i = 0; i < parameters.length; i++) {
      const k = nonFiniteAt(parameters[i].gradient);
      if (k >= 0) badGradient(parameters[i], k);
    }
    this.#snapshot.save(this.parameters);
    optimizer.step(parameters);
    for (let i = 0; i < parameters.length; i++) {
      const k = nonFiniteAt(parameters[i].value);
      if (k >= 0) this.#undo(optimizer, parameters[i], k);
    }
    return value;
  }
  /** The parameters of layers with `trainable` true, rebuilt only when a flag changed. */
  #trainableParameters() {
    const layers = this.#layers, flags = this.#trainableFlags;
    let changed = flags.length !== layers.length;
    for (let i = 0; i < layers.length && !changed; i++) changed = flags[i] !== layers[i].trainable;
    if (changed) {
      this.#trainableFlags = layers.map((layer) => layer.trainable);
      const owners = layers.flatMap((layer, i) => layer.parameters.map(() => i));
      this.#trainable = this.parameters.filter((_, k) => layers[owners[k]].trainable);
    }
    return this.#trainable;
  }
  #undo(optimizer, p, k) {
    const bad = p.value[k];
    this.#snapshot.restore(this.parameters);
    optimizer.revert?.();
    throw new RangeError(`The ${optimizer.name} update made ${p.name} ${bad} at index ${k}; the step was undone. ${TRAINING_HINT}`);
  }
};
function badGradient(p, k) {
  throw new RangeError(`The gradient of ${p.name} is ${p.gradient[k]} at index ${k}${UNCHANGED}. ${TRAINING_HINT}`);
}
function finiteLoss(value, loss, suffix) {
  if (!Number.isFinite(value)) {
    throw new RangeError(`The ${loss.name} loss is ${value}${suffix}. ${TRAINING_HINT}`);
  }
  return value;
}
var Snapshot = class {
  #values = [];
  #slots = [];
  #counters = [];
  save(parameters) {
    for (let i = 0; i < parameters.length; i++) {
      const { value, state } = parameters[i];
      copy(value, this.#values[i] ??= new Float64Array(value.length));
      const slots = this.#slots[i] ??= {};
      for (const key2 in slots) if (!(key2 in state.slots)) delete slots[key2];
      for (const key2 in state.slots) {
        (slots[key2] ??= new Float64Array(state.slots[key2].length)).set(state.slots[key2]);
      }
      copyCounters(state.counters, this.#counters[i] ??= {});
    }
  }
  restore(parameters) {
    for (let i = 0; i < parameters.length; i++) {
      const { value, state } = parameters[i];
      value.set(this.#values[i]);
      const saved = this.#slots[i];
      for (const key2 in state.slots) {
        if (key2 in saved) state.slots[key2].set(saved[key2]);
        else delete state.slots[key2];
      }
      copyCounters(this.#counters[i], state.counters);
    }
  }
};
function copy(from, to) {
  const n = from.length;
  if (n > 64) to.set(from);
  else for (let k = 0; k < n; k++) to[k] = from[k];
}
function copyCounters(from, to) {
  for (const key2 in to) if (!(key2 in from)) delete to[key2];
  for (const key2 in from) to[key2] = from[key2];
}

// lib/data/data.ts
function shuffleIndices(indices, random) {
  if (!(indices instanceof Uint32Array)) {
    throw new TypeError(`shuffleIndices: indices must be a Uint32Array, got ${describe(indices)}`);
  }
  if (typeof random?.random !== "function") {
    throw new TypeError("shuffleIndices: random must have a random() method, as createRandom gives");
  }
  for (let i = indices.length - 1; i > 0; i--) {
    const u = random.random();
    if (!(u >= 0 && u < 1)) {
      throw new RangeError(`shuffleIndices: random.random() returned ${u}; expected a number in [0, 1)`);
    }
    const j = Math.floor(u * (i + 1));
    const t = indices[i];
    indices[i] = indices[j];
    indices[j] = t;
  }
}
function permutation(n, options) {
  checkOptions("permutation", options, [
    "random",
    "seed"
  ]);
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 32) {
    throw new RangeError(`permutation: n must be an integer in [0, 2\xB3\xB2], got ${describe(n)}`);
  }
  const indices = range(n);
  shuffleIndices(indices, resolveRandom(options));
  return indices;
}
function range(n) {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  return indices;
}
function takeRows(m, indices, name = "matrix") {
  const matrix = toMatrix(m, name);
  const { rows, cols } = matrix;
  if (indices === null || typeof indices !== "object" || typeof indices.length !== "number") {
    throw new TypeError(`takeRows: indices must be an array of row numbers, got ${describe(indices)}`);
  }
  const out = new Matrix(indices.length, cols);
  for (let i = 0; i < indices.length; i++) {
    const r = indices[i];
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new RangeError(`takeRows: indices[${i}] is ${describe(r)}; expected an integer in [0, ${rows}) (${name} has ${rows} rows)`);
    }
  }
  copyRows(matrix, indices, 0, out);
  return out;
}
function copyRows(from, indices, start, to) {
  const cols = from.cols;
  for (let i = 0; i < to.rows; i++) {
    for (let j = 0, a = indices[start + i] * cols, b = i * cols; j < cols; j++) {
      to.data[b + j] = from.data[a + j];
    }
  }
}
function pairedRows(owner, x, y) {
  const X = toMatrix(x, "X"), Y = toMatrix(y, "Y");
  if (X.rows !== Y.rows) {
    throw new RangeError(`${owner}: X has ${X.rows} rows but Y has ${Y.rows}`);
  }
  return [
    X,
    Y
  ];
}
function shuffle(x, y, options) {
  checkOptions("shuffle", options, [
    "random",
    "seed"
  ]);
  const [X, Y] = pairedRows("shuffle", x, y);
  const order = permutation(X.rows, options);
  return {
    x: takeRows(X, order, "X"),
    y: takeRows(Y, order, "Y")
  };
}
function trainTestSplit(x, y, options) {
  const opts = checkOptions("trainTestSplit", options, [
    "testFraction",
    "shuffle",
    "stratify",
    "random",
    "seed"
  ]);
  const testFraction = numberOption("trainTestSplit", opts, "testFraction", 0.25, OPEN_UNIT);
  const shuffled = booleanOption("trainTestSplit", opts, "shuffle", true);
  const stratify = booleanOption("trainTestSplit", opts, "stratify", false);
  const [X, Y] = pairedRows("trainTestSplit", x, y);
  const n = X.rows;
  if (n < 2) throw new RangeError(`trainTestSplit needs at least 2 rows, got ${n}`);
  const nTrain = n - Math.min(n - 1, Math.max(1, Math.round(n * testFraction)));
  if (!stratify) {
    const [xTrain2, yTrain2, xTest2, yTest2] = splitRows(X, Y, nTrain, shuffled ? resolveRandom(options) : null);
    return {
      xTrain: xTrain2,
      yTrain: yTrain2,
      xTest: xTest2,
      yTest: yTest2
    };
  }
  if (!shuffled) {
    throw new RangeError("trainTestSplit stratify needs shuffle: each class's test rows are drawn at random");
  }
  const order = stratifiedOrder(Y, n - nTrain, resolveRandom(options));
  const [xTrain, yTrain, xTest, yTest] = [
    X,
    Y,
    X,
    Y
  ].map((m, k) => rowsInOrder(m, order, k < 2 ? 0 : nTrain, k < 2 ? nTrain : n));
  return {
    xTrain,
    yTrain,
    xTest,
    yTest
  };
}
function stratifiedOrder(y, nTest, random) {
  const n = y.rows;
  const members = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const key2 = y.cols === 1 ? y.data[i] : rowArgmax(y, i);
    const list = members.get(key2);
    if (list === void 0) members.set(key2, [
      i
    ]);
    else list.push(i);
  }
  const classes = [
    ...members.entries()
  ];
  for (const [key2, rows] of classes) {
    if (rows.length < 2) {
      throw new RangeError(`trainTestSplit stratify needs at least 2 rows of each class, but class ${key2} has 1 (is y a class label or one-hot, not a number to predict?)`);
    }
  }
  const quotas = classes.map(([, rows]) => Math.floor(nTest * rows.length / n));
  const remainders = classes.map(([, rows], c) => nTest * rows.length / n - quotas[c]);
  const byRemainder = classes.map((_, c) => c).sort((a, b) => remainders[b] - remainders[a] || a - b);
  for (let k = 0, left = nTest - quotas.reduce((a, b) => a + b, 0); k < left; k++) {
    quotas[byRemainder[k]]++;
  }
  const train = [], test = [];
  classes.forEach(([, rows], c) => {
    const order2 = Uint32Array.from(rows);
    shuffleIndices(order2, random);
    const cut = order2.length - quotas[c];
    for (let k = 0; k < order2.length; k++) (k < cut ? train : test).push(order2[k]);
  });
  const trainOrder = Uint32Array.from(train), testOrder = Uint32Array.from(test);
  shuffleIndices(trainOrder, random);
  shuffleIndices(testOrder, random);
  const order = new Uint32Array(n);
  order.set(trainOrder);
  order.set(testOrder, trainOrder.length);
  return order;
}
function rowsInOrder(m, order, from, to) {
  const rows = new Matrix(to - from, m.cols);
  copyRows(m, order, from, rows);
  return rows;
}
function splitRows(x, y, nTrain, random) {
  const [[xTrain, yTrain], [xRest, yRest]] = splitMatrices([
    x,
    y
  ], nTrain, random);
  return [
    xTrain,
    yTrain,
    xRest,
    yRest
  ];
}
function splitMatrices(matrices, nTrain, random) {
  const n = matrices[0].rows;
  const order = range(n);
  if (random !== null) shuffleIndices(order, random);
  return [
    matrices.map((m) => rowsInOrder(m, order, 0, nTrain)),
    matrices.map((m) => rowsInOrder(m, order, nTrain, n))
  ];
}
function oneHot(labels2, classes) {
  if (labels2 === null || typeof labels2 !== "object" || typeof labels2.length !== "number") {
    throw new TypeError(`oneHot: labels must be an array of class indices, got ${describe(labels2)}`);
  }
  if (labels2.length === 0) {
    throw new RangeError("oneHot: labels is empty; expected at least one label");
  }
  if (classes !== void 0 && (!Number.isSafeInteger(classes) || classes < 1)) {
    throw new RangeError(`oneHot: classes must be a positive integer, got ${describe(classes)}`);
  }
  const bound = classes ?? Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (let i = 0; i < labels2.length; i++) {
    const c = labels2[i];
    if (!Number.isInteger(c) || c < 0 || c >= bound) {
      const expected = classes === void 0 ? "a non-negative integer" : `an integer in [0, ${classes})`;
      throw new RangeError(`oneHot: labels[${i}] is ${describe(c)}; expected ${expected}`);
    }
    if (c > max) max = c;
  }
  const k = classes ?? max + 1;
  const out = new Matrix(labels2.length, k);
  for (let i = 0; i < labels2.length; i++) out.data[i * k + labels2[i]] = 1;
  return out;
}
function argmax(m) {
  const matrix = toMatrix(m, "argmax input");
  if (matrix.cols === 0 && matrix.rows > 0) {
    throw new RangeError(`argmax: the matrix has ${matrix.rows} rows but no columns`);
  }
  return Array.from({
    length: matrix.rows
  }, (_, i) => rowArgmax(matrix, i));
}
function rowArgmax(m, i) {
  const { cols, data } = m, base = i * cols;
  let best = 0;
  for (let j = 1; j < cols; j++) if (data[base + j] > data[base + best]) best = j;
  return best;
}

// lib/training/history_display.ts
function historyText(history) {
  const last2 = (values2) => values2.length === 0 ? "" : values2.at(-1).toPrecision(4);
  const parts = [
    `${history.epochs} epoch${history.epochs === 1 ? "" : "s"}`,
    `loss ${history.loss.length === 0 ? "\u2013" : `${history.loss[0].toPrecision(4)} \u2192 ${last2(history.loss)}`}`
  ];
  if (history.valLoss.length > 0) parts.push(`validation loss ${last2(history.valLoss)}`);
  for (const [name, values2] of Object.entries(history.metrics)) {
    if (values2.length > 0) parts.push(`${name} ${last2(values2)}`);
  }
  const stop = history.stopReason === "epochs" ? "" : `; ${history.stopMessage}`;
  return `History: ${parts.join(", ")}${stop}`;
}
function historyDisplay(history) {
  const series = [
    {
      name: "loss",
      values: history.loss,
      color: COLORS.blue
    }
  ];
  if (history.valLoss.length > 0) {
    series.push({
      name: "validation",
      values: history.valLoss,
      color: COLORS.orange
    });
  }
  const text2 = historyText(history);
  return {
    "text/plain": text2,
    "text/html": `<div>${escapeHtml(text2)}</div>${lineChart(series, "epoch", "loss")}`
  };
}
function displayable(history) {
  return withDisplay(history, historyDisplay);
}

// lib/training/scores.ts
function confusionMatrix(yTrue, yPred, classes) {
  const [t, p] = pair("confusionMatrix", yTrue, yPred);
  const seen = Math.max(largest(labels("confusionMatrix", "yTrue", t)), largest(labels("confusionMatrix", "yPred", p))) + 1;
  const k = classes ?? seen;
  if (!Number.isSafeInteger(k) || k < 1 || k < seen) {
    throw new RangeError(`confusionMatrix classes must be an integer of at least ${seen} (the largest label + 1), got ${k}`);
  }
  const table = Array.from({
    length: k
  }, () => new Array(k).fill(0));
  for (let i = 0; i < t.length; i++) table[t[i]][p[i]]++;
  return table;
}
function precision(yTrue, yPred, options = {}) {
  return averaged("precision", yTrue, yPred, options, CLASS_SCORES.precision);
}
function recall(yTrue, yPred, options = {}) {
  return averaged("recall", yTrue, yPred, options, CLASS_SCORES.recall);
}
function f1(yTrue, yPred, options = {}) {
  return averaged("f1", yTrue, yPred, options, CLASS_SCORES.f1);
}
function rocAuc(yTrue, scores) {
  const [t, s] = pair("rocAuc", yTrue, scores);
  labels("rocAuc", "yTrue", t);
  for (let i = 0; i < t.length; i++) {
    if (t[i] > 1) throw new RangeError(`rocAuc yTrue[${i}] is ${t[i]}; expected 0 or 1`);
    if (!Number.isFinite(s[i])) {
      throw new RangeError(`rocAuc scores[${i}] is ${s[i]}; expected a finite number`);
    }
  }
  const positives = t.reduce((n, v) => n + v, 0), negatives = t.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError(`rocAuc needs both classes in yTrue, but every label is ${positives === 0 ? 0 : 1}`);
  }
  const order = Array.from(t, (_, i) => i).sort((a, b) => s[a] - s[b]);
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && s[order[end]] === s[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (t[order[k]] === 1) rankSum += rank;
    start = end;
  }
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
var auc = rocAuc;
function r2(yTrue, yPred) {
  const [t, p] = pair("r2", yTrue, yPred);
  for (let i = 0; i < t.length; i++) {
    if (!Number.isFinite(t[i]) || !Number.isFinite(p[i])) {
      throw new RangeError(`r2 needs finite values, got ${t[i]} and ${p[i]} at index ${i}`);
    }
  }
  const mean = t.reduce((a, v) => a + v, 0) / t.length;
  let residual = 0, total = 0;
  for (let i = 0; i < t.length; i++) {
    residual += (t[i] - p[i]) ** 2;
    total += (t[i] - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
function pair(owner, a, b) {
  const x = Array.from(values(owner, a, "the first argument"));
  const y = Array.from(values(owner, b, "the second argument"));
  if (x.length === 0) throw new RangeError(`${owner} needs at least one sample`);
  if (x.length !== y.length) {
    throw new RangeError(`${owner} got ${x.length} true values but ${y.length} predictions`);
  }
  return [
    x,
    y
  ];
}
function values(owner, input, what) {
  if (input instanceof Matrix) {
    if (input.cols !== 1) {
      throw new RangeError(`${owner}: ${what} is a Matrix of ${input.cols} columns; expected one`);
    }
    return input.data;
  }
  if (input === null || typeof input !== "object" || typeof input.length !== "number") {
    throw new TypeError(`${owner}: ${what} must be an array of numbers, got ${describe(input)}`);
  }
  return input;
}
function labels(owner, name, out) {
  out.forEach((label, i) => {
    if (!Number.isSafeInteger(label) || label < 0) {
      throw new RangeError(`${owner} ${name}[${i}] is ${label}; expected a class index (an integer \u2265 0)`);
    }
  });
  return out;
}
function largest(v) {
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  return m;
}
function ratio(a, b) {
  return b === 0 ? 0 : a / b;
}
var CLASS_SCORES = {
  precision: (tp, fp) => ratio(tp, tp + fp),
  recall: (tp, _fp, fn) => ratio(tp, tp + fn),
  f1: (tp, fp, fn) => ratio(2 * tp, 2 * tp + fp + fn)
};
function macroAverage(score, tp, fp, fn) {
  let sum2 = 0, present = 0;
  for (let c = 0; c < tp.length; c++) {
    if (tp[c] + fp[c] + fn[c] === 0) continue;
    sum2 += score(tp[c], fp[c], fn[c]);
    present++;
  }
  return sum2 / present;
}
function averaged(owner, yTrue, yPred, options, score) {
  const average = options.average ?? "binary";
  if (average !== "binary" && average !== "macro") {
    throw new RangeError(`${owner} average must be "binary" or "macro", got ${String(average)}`);
  }
  const table = confusionMatrix(yTrue, yPred);
  const k = table.length;
  const tp = new Float64Array(k), fp = new Float64Array(k), fn = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < k; j++) {
      if (j === c) tp[c] = table[c][c];
      else {
        fp[c] += table[j][c];
        fn[c] += table[c][j];
      }
    }
  }
  if (average === "binary") {
    if (k > 2) {
      throw new RangeError(`${owner} with average "binary" needs labels 0 and 1, but there are ${k} classes; pass { average: "macro" }`);
    }
    return k === 1 ? 0 : score(tp[1], fp[1], fn[1]);
  }
  return macroAverage(score, tp, fp, fn);
}

// lib/training/metrics.ts
var METRIC_NAMES = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "auc",
  "mse",
  "mae",
  "rmse",
  "r2"
];
var CLASSIFIER_METRICS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "auc"
];
function checkMetrics(metrics, model, owner, loss) {
  const { layers, targetScaler } = model;
  const last2 = layers.length - 1;
  const { outputs } = layers[last2];
  const activation2 = layers[last2].activation.name;
  const probability = layers[last2].activation.probability;
  const output = `${layerLabel(last2, layers[last2])} has activation ${activation2}`;
  if (metrics !== void 0 && !Array.isArray(metrics)) {
    throw new TypeError(`${owner} metrics must be an array of names such as ["accuracy"]`);
  }
  const names = (metrics ?? []).map((name, k) => {
    if (!METRIC_NAMES.includes(name)) {
      throw new TypeError(`${owner} metrics[${k}] is ${JSON.stringify(name)}; known metrics: ${METRIC_NAMES.join(", ")}`);
    }
    const metric = `${owner} metric ${name}`;
    if (CLASSIFIER_METRICS.includes(name)) {
      if (probability === void 0) {
        throw new RangeError(`${metric} needs a classifier (an output of probabilities, such as softmax or sigmoid), but ${output}`);
      }
      if (targetScaler !== null) {
        throw new RangeError(`${metric} needs a classifier, but the model has a target scaler, which makes it a regressor`);
      }
      if (name !== "accuracy" && probability === "independent" && outputs > 1) {
        throw new RangeError(`${metric} needs one sigmoid output (two classes) or a softmax, but ${layerLabel(last2, layers[last2])} gives ${outputs} independent labels; use accuracy`);
      }
      if (name === "auc" && probability !== "independent") {
        throw new RangeError(`${metric} is the binary ROC AUC: it needs one sigmoid output, but ${output}`);
      }
    } else if (loss?.targets === "index") {
      throw new RangeError(`${metric} compares outputs with targets of the same width, but ${loss.name}'s targets are class indices; use accuracy`);
    }
    return name;
  });
  return {
    names,
    softmax: probability === "distribution",
    scale: targetScaler?.scale ?? null,
    outputs
  };
}
function checkAucTargets(scoring, y, owner, what) {
  if (!scoring.names.includes("auc") || y.rows === 0) return;
  let positives = 0;
  for (let i = 0; i < y.rows; i++) if (y.data[i] > 0.5) positives++;
  if (positives === 0 || positives === y.rows) {
    throw new RangeError(`${owner} metric auc needs both classes among ${what}, but every one is ${positives === 0 ? 0 : 1}`);
  }
}
function logName(prefix, name) {
  return prefix === "" ? name : `${prefix}${name[0].toUpperCase()}${name.slice(1)}`;
}
function metricSums(scoring) {
  const parts = scoring.names.map((name) => accumulator(name, scoring));
  return {
    parts,
    reset: () => parts.forEach((part) => part.reset())
  };
}
function accumulateMetrics(sums, a, y) {
  const { parts } = sums;
  for (let k = 0; k < parts.length; k++) parts[k].add(a, y);
}
function finishMetrics({ names }, sums, into, prefix = "") {
  const { parts } = sums;
  for (let k = 0; k < names.length; k++) into[logName(prefix, names[k])] = parts[k].value();
}
function accumulator(name, scoring) {
  switch (name) {
    case "accuracy":
      return ratioOf((a, y) => scoring.softmax ? argmaxHits(a, y) : thresholdHits(a, y), (a) => scoring.softmax ? a.rows : a.data.length);
    case "mse":
      return ratioOf((a, y) => squaredErrors(a, y, scoring.scale), (a) => a.data.length);
    case "rmse": {
      const mse2 = ratioOf((a, y) => squaredErrors(a, y, scoring.scale), (a) => a.data.length);
      return {
        ...mse2,
        value: () => Math.sqrt(mse2.value())
      };
    }
    case "mae":
      return ratioOf((a, y) => absoluteErrors(a, y, scoring.scale), (a) => a.data.length);
    case "precision":
    case "recall":
    case "f1":
      return classScore(name, scoring);
    case "auc":
      return rocAucOf();
    case "r2":
      return r2Of(scoring.outputs);
  }
}
function ratioOf(sum2, count) {
  let total = 0, n = 0;
  return {
    reset() {
      total = 0;
      n = 0;
    },
    add(a, y) {
      total += sum2(a, y);
      n += count(a);
    },
    value: () => total / n
  };
}
function classScore(name, scoring) {
  const classes = scoring.softmax ? scoring.outputs : 2;
  const tp = new Float64Array(classes), fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  const score = CLASS_SCORES[name];
  return {
    reset() {
      tp.fill(0);
      fp.fill(0);
      fn.fill(0);
    },
    add(a, y) {
      for (let i = 0; i < a.rows; i++) {
        const predicted = scoring.softmax ? rowArgmax(a, i) : Number(a.data[i] > 0.5);
        const truth = scoring.softmax ? targetClass(y, i, a.cols) : Number(y.data[i] > 0.5);
        if (predicted === truth) tp[truth]++;
        else {
          fp[predicted]++;
          fn[truth]++;
        }
      }
    },
    value: () => scoring.softmax ? macroAverage(score, tp, fp, fn) : score(tp[1], fp[1], fn[1])
  };
}
function rocAucOf() {
  let scores = new Float64Array(1024), labels2 = new Float64Array(1024), n = 0;
  return {
    reset() {
      n = 0;
    },
    add(a, y) {
      if (n + a.rows > scores.length) {
        const size2 = Math.max(2 * scores.length, n + a.rows);
        const grownScores = new Float64Array(size2), grownLabels = new Float64Array(size2);
        grownScores.set(scores);
        grownLabels.set(labels2);
        [scores, labels2] = [
          grownScores,
          grownLabels
        ];
      }
      for (let i = 0; i < a.rows; i++) {
        scores[n] = a.data[i];
        labels2[n++] = Number(y.data[i] > 0.5);
      }
    },
    value: () => rocAuc(labels2.slice(0, n), scores.slice(0, n))
  };
}
function r2Of(columns2) {
  const mean = new Float64Array(columns2), total = new Float64Array(columns2);
  const residual = new Float64Array(columns2);
  let n = 0;
  return {
    reset() {
      mean.fill(0);
      total.fill(0);
      residual.fill(0);
      n = 0;
    },
    add(a, y) {
      for (let i = 0; i < a.rows; i++) {
        n++;
        for (let j = 0; j < columns2; j++) {
          const t = y.data[i * columns2 + j], e = t - a.data[i * columns2 + j];
          const d = t - mean[j];
          mean[j] += d / n;
          total[j] += d * (t - mean[j]);
          residual[j] += e * e;
        }
      }
    },
    value() {
      let sum2 = 0;
      for (let j = 0; j < columns2; j++) {
        sum2 += total[j] === 0 ? residual[j] === 0 ? 1 : 0 : 1 - residual[j] / total[j];
      }
      return sum2 / columns2;
    }
  };
}
function targetClass(y, i, classes) {
  return y.cols === 1 && classes > 1 ? y.data[i] : rowArgmax(y, i);
}
function argmaxHits(a, y) {
  let hits = 0;
  for (let i = 0; i < a.rows; i++) if (rowArgmax(a, i) === targetClass(y, i, a.cols)) hits++;
  return hits;
}
function thresholdHits(a, y) {
  let hits = 0;
  for (let k = 0; k < a.data.length; k++) if (a.data[k] > 0.5 === y.data[k] > 0.5) hits++;
  return hits;
}
function squaredErrors(a, y, scale) {
  let sum2 = 0;
  for (let k = 0; k < a.data.length; k++) {
    const d = (a.data[k] - y.data[k]) * (scale === null ? 1 : scale[k % a.cols]);
    sum2 += d * d;
  }
  return sum2;
}
function absoluteErrors(a, y, scale) {
  let sum2 = 0;
  for (let k = 0; k < a.data.length; k++) {
    sum2 += Math.abs((a.data[k] - y.data[k]) * (scale === null ? 1 : scale[k % a.cols]));
  }
  return sum2;
}

// lib/training/monitor.ts
function monitorMode(monitor) {
  return /(accuracy|precision|recall|f1|auc|r2)$/i.test(monitor) ? "max" : "min";
}
function defaultMonitor(validation) {
  return validation ? "valLoss" : "loss";
}
function unloggedMonitor(owner, monitor, logged) {
  return new RangeError(`${owner} monitors "${monitor}", which training does not log; it logs ${logged.map((k) => `"${k}"`).join(", ")}`);
}
function monitorValue(logs, monitor, owner) {
  const value = logs[monitor];
  if (typeof value !== "number") throw unloggedMonitor(owner, monitor, Object.keys(logs));
  return value;
}
function improves(mode, value, best, minDelta = 0) {
  if (best === void 0) return true;
  return mode === "min" ? value < best - minDelta : value > best + minDelta;
}

// lib/training/training_error.ts
var TrainingError = class extends Error {
  /** The epoch that failed, from 1. */
  epoch;
  /** The batch that failed within it, from 1 (0 when validation failed). */
  batch;
  /** The last finite training loss, if any step succeeded. */
  lastLoss;
  /** What was logged up to the last complete epoch. */
  history;
  /**
   * Creates the error.
   *
   * @param message The whole message.
   * @param where Epoch, batch and last finite loss.
   * @param history The history so far.
   * @param cause The error from the failing step.
   */
  constructor(message, where, history, cause) {
    super(message, {
      cause
    });
    this.name = "TrainingError";
    this.epoch = where.epoch;
    this.batch = where.batch;
    this.lastLoss = where.lastLoss;
    this.history = history;
  }
};

// lib/training/weights.ts
function sampleWeights(sampleWeight, data) {
  if (sampleWeight === void 0) return void 0;
  return checkSampleWeights(sampleWeight, data.y.rows, data.loss, "fit sampleWeight");
}
function withClassWeight(classWeight, data, outputs) {
  if (classWeight === void 0) return data.weights;
  const rows = data.y.rows;
  const weights = data.weights?.slice() ?? new Float64Array(rows).fill(1);
  if (data.loss.weighted !== true) {
    throw new RangeError(`fit classWeight needs a loss that takes sample weights (weighted: true); ${data.loss.name} does not`);
  }
  const { classes, count } = classesOf(data, outputs);
  const perClass = classWeight === "balanced" ? balanced(classes, count) : checkClassWeight(classWeight, count);
  let sum2 = 0;
  for (let i = 0; i < rows; i++) sum2 += weights[i] *= perClass[classes[i]];
  if (sum2 === 0) {
    throw new RangeError("fit classWeight makes every row's weight 0: nothing would be learnt");
  }
  return weights;
}
function classesOf({ y, loss }, outputs) {
  if (loss.targets === "real") {
    throw new RangeError(`fit classWeight needs class targets, but ${loss.name}'s are real numbers; use sampleWeight`);
  }
  if (loss.targets === "probability" && y.cols > 1) {
    throw new RangeError(`fit classWeight needs one class per row, but the targets have ${y.cols} independent labels; use sampleWeight`);
  }
  const classes = new Uint32Array(y.rows);
  for (let i = 0; i < y.rows; i++) {
    if (loss.targets === "index") classes[i] = y.data[i];
    else if (y.cols === 1) classes[i] = y.data[i] > 0.5 ? 1 : 0;
    else classes[i] = rowArgmax(y, i);
  }
  return {
    classes,
    count: Math.max(outputs, 2)
  };
}
function balanced(classes, count) {
  const counts = new Float64Array(count);
  for (const c of classes) counts[c]++;
  const present = counts.filter((n) => n > 0).length;
  return counts.map((n) => n === 0 ? 0 : classes.length / (present * n));
}
function checkClassWeight(spec, count) {
  if (spec === null || typeof spec !== "object" || Array.isArray(spec)) {
    throw new TypeError('fit classWeight must be { class: weight, ... } (class indices from 0) or "balanced"');
  }
  const out = new Float64Array(count).fill(NaN);
  for (const [key2, value] of Object.entries(spec)) {
    const c = Number(key2);
    if (!Number.isInteger(c) || c < 0 || String(c) !== key2) {
      throw new RangeError(`fit classWeight key "${key2}" is not a class index (0, 1, \u2026)`);
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`fit classWeight[${key2}] is ${String(value)}; expected a finite number \u2265 0`);
    }
    if (c >= count) {
      throw new RangeError(`fit classWeight has class ${c}, but the targets have classes 0 to ${count - 1}`);
    }
    out[c] = value;
  }
  const missing = out.findIndex(Number.isNaN);
  if (missing >= 0) {
    throw new RangeError(`fit classWeight gives no weight for class ${missing}; give every class from 0 to ${count - 1}`);
  }
  return out;
}

// lib/training/evaluate.ts
var EVALUATE_BLOCK = 1024;
function blocks(data, size2) {
  const out = [];
  const x = resident(data.x);
  for (let start = 0; start < x.rows; start += size2) {
    const rows = Math.min(size2, x.rows - start);
    out.push({
      ...data,
      x: rowView(x, start, rows),
      y: rowView(data.y, start, rows),
      weights: data.weights?.slice(start, start + rows)
    });
  }
  return out;
}
function evaluateBlocks(engine, parts, withLoss, scoring, logs, prefix, training2 = true) {
  const last2 = engine.output;
  const sums = metricSums(scoring);
  let lossSum = 0, rows = 0;
  for (const part of parts) {
    if (withLoss) lossSum += engine.loss(part, training2 ? void 0 : rows) * part.x.rows;
    accumulateMetrics(sums, withLoss ? last2.a : engine.infer(part.x), part.y);
    rows += part.x.rows;
  }
  if (withLoss) logs[logName(prefix, "loss")] = lossSum / rows;
  finishMetrics(scoring, sums, logs, prefix);
}
function evaluateModel({ model, engine }, x, y, options) {
  const known2 = checkOptions("evaluate", options, [
    "loss",
    "metrics",
    "batchSize"
  ]);
  const loss = known2.loss === void 0 ? void 0 : losses.resolve(known2.loss, "evaluate loss");
  const scoring = checkMetrics(known2.metrics, model, "evaluate", loss);
  if (loss === void 0 && scoring.names.length === 0) {
    throw new TypeError('evaluate needs a loss or metrics, such as { loss: "mse", metrics: ["mae"] }');
  }
  const block = integerOption("evaluate", known2, "batchSize", EVALUATE_BLOCK);
  const data = scaled(model, x, y, loss ?? "mse", [
    "X",
    "Y"
  ]);
  checkAucTargets(scoring, data.y, "evaluate", "the targets");
  const scores = {};
  evaluateBlocks(engine, blocks(data, block), known2.loss !== void 0, scoring, scores, "", false);
  return scores;
}
function scaled(model, x, y, loss, names) {
  const input = checkInput(model.layers, x, names[0]);
  let target = toMatrix(y, names[1]);
  if (target.rows === input.rows && target.cols === model.outputs && model.targetScaler !== null) {
    target = model.targetScaler.transform(target);
  }
  const batch = resolveBatch(model.layers, input, target, loss, names);
  return model.inputScaler === null ? batch : {
    ...batch,
    x: model.inputScaler.transform(batch.x)
  };
}

// lib/training/plan.ts
var FIT_OPTIONS = [
  "loss",
  "optimizer",
  "epochs",
  "batchSize",
  "shuffle",
  "seed",
  "random",
  "validationSplit",
  "validationData",
  "metrics",
  "callbacks",
  "earlyStopping",
  "verbose",
  "log",
  "classWeight",
  "sampleWeight"
];
function prepare(trainee, x, y, options) {
  const { model } = trainee;
  const o = checkOptions("fit", options, FIT_OPTIONS);
  if (o.loss === void 0) {
    throw new TypeError(`fit needs a loss, such as { loss: "mse" }; known losses: ${losses.names().join(", ")}`);
  }
  const loss = losses.resolve(o.loss, "fit loss");
  const optimizer = optimizers.resolve(o.optimizer ?? "adam", "fit optimizer");
  const epochs = integerOption("fit", o, "epochs", 1);
  const shuffle2 = booleanOption("fit", o, "shuffle", true);
  const scoring = checkMetrics(o.metrics, model, "fit", loss);
  if (o.validationSplit !== void 0 && o.validationData !== void 0) {
    throw new TypeError("fit takes validationSplit or validationData, not both");
  }
  const needsRandom = shuffle2 || o.validationSplit !== void 0 || o.seed !== void 0 || o.random !== void 0;
  const random = needsRandom ? resolveRandom({
    random: o.random,
    seed: o.seed
  }) : null;
  let data = scaled(model, x, y, loss, [
    "X",
    "Y"
  ]);
  data.weights = sampleWeights(o.sampleWeight, data);
  let validation = null;
  if (o.validationSplit !== void 0) {
    const fraction = numberOption("fit", o, "validationSplit", 0, OPEN_UNIT);
    [data, validation] = split(data, fraction, shuffle2 ? random : null);
  } else if (o.validationData !== void 0) {
    const [vx, vy] = validationPair(o.validationData);
    validation = scaled(model, vx, vy, loss, [
      "validationData X",
      "validationData Y"
    ]);
  }
  data.weights = withClassWeight(o.classWeight, data, model.outputs);
  if (data.weights?.every((w) => w === 0)) {
    throw new RangeError("fit sampleWeight is 0 for every training row: nothing would be learnt");
  }
  checkAucTargets(scoring, data.y, "fit", "the training targets");
  if (validation !== null) checkAucTargets(scoring, validation.y, "fit", "the validation targets");
  const n = data.x.rows;
  const batchSize = Math.min(integerOption("fit", o, "batchSize", n <= 32 ? n : 32), n);
  const keys = logKeys(scoring.names, validation !== null);
  const early = earlyStopping(o.earlyStopping);
  const monitor = early?.monitor ?? defaultMonitor(validation !== null);
  if (!keys.includes(monitor)) throw unloggedMonitor("fit earlyStopping", monitor, keys);
  return {
    trainee,
    optimizer,
    epochs,
    batchSize,
    shuffle: shuffle2,
    random,
    data,
    validation: validation === null ? null : blocks(validation, EVALUATE_BLOCK),
    scoring,
    callbacks: callbackList(o.callbacks),
    keys,
    monitor,
    patience: early?.patience ?? Infinity,
    minDelta: early?.minDelta ?? 0,
    restoreBest: early?.restoreBest ?? false,
    every: verbosity(o.verbose),
    log: logger(o.log)
  };
}
function split(data, fraction, random) {
  const n = data.x.rows;
  const held = Math.round(n * fraction);
  if (held < 1 || held >= n) {
    throw new RangeError(`fit validationSplit ${fraction} of ${n} rows leaves ${held} validation and ${n - held} training rows; both need at least one`);
  }
  const { weights } = data;
  const columns2 = [
    data.x,
    data.y
  ];
  if (weights !== void 0) columns2.push(new Matrix(n, 1, weights));
  const [[x, y, w], [xHeld, yHeld]] = splitMatrices(columns2, n - held, random);
  return [
    {
      ...data,
      x,
      y,
      weights: w?.data
    },
    {
      ...data,
      x: xHeld,
      y: yHeld,
      weights: void 0
    }
  ];
}
function validationPair(data) {
  if (Array.isArray(data) && data.length === 2) return [
    data[0],
    data[1]
  ];
  if (data !== null && typeof data === "object" && "x" in data && "y" in data) {
    return [
      data.x,
      data.y
    ];
  }
  throw new TypeError("fit validationData must be [X, Y] or { x, y }");
}
function earlyStopping(spec) {
  if (spec === void 0 || spec === false) return null;
  const owner = "fit earlyStopping";
  const o = checkOptions(owner, spec === true ? {} : spec, [
    "monitor",
    "patience",
    "minDelta",
    "restoreBest"
  ]);
  const monitor = o.monitor;
  if (monitor !== void 0 && typeof monitor !== "string") {
    throw new TypeError(`${owner} monitor must be a log name such as "valLoss"`);
  }
  return {
    monitor,
    patience: integerOption(owner, o, "patience", 5),
    minDelta: numberOption(owner, o, "minDelta", 0, NON_NEGATIVE),
    restoreBest: booleanOption(owner, o, "restoreBest", true)
  };
}
function callbackList(spec) {
  if (spec === void 0) return [];
  const list = Array.isArray(spec) ? spec : [
    spec
  ];
  list.forEach((callback, i) => {
    const hooks = callback;
    const where = Array.isArray(spec) ? `fit callbacks[${i}]` : "fit callbacks";
    if (hooks === null || typeof hooks !== "object") {
      throw new TypeError(`${where} must be an object with onBatchEnd and/or onEpochEnd`);
    }
    for (const hook of [
      "onBatchEnd",
      "onEpochEnd"
    ]) {
      if (hooks[hook] !== void 0 && typeof hooks[hook] !== "function") {
        throw new TypeError(`${where}.${hook} must be a function`);
      }
    }
    if (hooks.onBatchEnd === void 0 && hooks.onEpochEnd === void 0) {
      throw new TypeError(`${where} has neither onBatchEnd nor onEpochEnd`);
    }
  });
  return [
    ...list
  ];
}
function verbosity(verbose) {
  if (verbose === void 0 || verbose === false || verbose === 0) return 0;
  return verbose === true ? 1 : integerOption("fit", {
    verbose
  }, "verbose", 1);
}
function logger(log) {
  if (log === void 0) return (line) => console.log(line);
  if (typeof log !== "function") throw new TypeError("fit log must be a function of one line");
  return log;
}
function logKeys(metrics, validation) {
  const keys = [
    "loss",
    ...metrics
  ];
  return validation ? [
    ...keys,
    ...keys.map((k) => logName("val", k))
  ] : keys;
}

// lib/training/fit.ts
var YIELD_MS = 16;
function fitModel(trainee, x, y, options) {
  const plan = prepare(trainee, x, y, options);
  const outside = plan.optimizer.epoch;
  try {
    const run = training(plan, never);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return step.value;
      if (step.value !== void 0) {
        step.value.catch(() => {
        });
        throw new TypeError("A fit callback returned a promise; use fitAsync to train with asynchronous callbacks");
      }
    }
  } finally {
    if (outside !== void 0) plan.optimizer.epoch = outside;
  }
}
async function fitModelAsync(trainee, x, y, options) {
  let last2 = Date.now();
  const due = () => Date.now() - last2 >= YIELD_MS;
  const plan = prepare(trainee, x, y, options);
  const outside = plan.optimizer.epoch;
  try {
    const run = training(plan, due);
    for (let step = run.next(); ; step = run.next()) {
      if (step.done) return step.value;
      if (step.value !== void 0) await step.value;
      if (due()) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        last2 = Date.now();
      }
    }
  } finally {
    if (outside !== void 0) plan.optimizer.epoch = outside;
  }
}
function never() {
  return false;
}
function* training(plan, pause) {
  const { trainee, data, batchSize, scoring, callbacks } = plan;
  const { model, engine } = trainee;
  const n = data.x.rows;
  const history = emptyHistory(plan);
  const parameters = model.parameters;
  const last2 = model.layers[model.layers.length - 1];
  const batches = Math.ceil(n / batchSize);
  const shuffled = plan.shuffle ? shuffledBatches(data, batchSize) : null;
  const views = shuffled === null ? blocks(data, batchSize) : [];
  const sums = metricSums(scoring);
  const batchHooks = callbacks.some((callback) => callback.onBatchEnd !== void 0);
  const bestWeights = plan.restoreBest ? parameters.map((p) => p.value.slice()) : null;
  const mode = monitorMode(plan.monitor);
  let best;
  let wait = 0;
  let lastLoss;
  let stopMessage = null;
  const stop = (reason) => {
    stopMessage = typeof reason === "string" && reason !== "" ? reason : "A callback stopped training";
  };
  const { optimizer } = plan;
  for (let epoch = 1; epoch <= plan.epochs; epoch++) {
    if (shuffled !== null) shuffleIndices(shuffled.indices, plan.random);
    if (optimizer.epoch !== void 0) optimizer.epoch = epoch - 1;
    sums.reset();
    let lossSum = 0, seen = 0;
    for (let b = 0; b < batches; b++) {
      const start = b * batchSize;
      const size2 = Math.min(batchSize, n - start);
      const batch = shuffled === null ? views[b] : gather(data, shuffled.indices, start, size2 === batchSize ? shuffled.full : shuffled.tail);
      let value;
      try {
        value = engine.step(batch, optimizer);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, {
          epoch,
          batch: b + 1,
          lastLoss
        }, history);
      }
      lastLoss = value;
      lossSum += value * size2;
      seen += size2;
      accumulateMetrics(sums, last2.a, batch.y);
      if (batchHooks) {
        const event2 = {
          epoch,
          batch: b + 1,
          size: size2,
          loss: value,
          model,
          stop
        };
        for (const callback of callbacks) {
          const result2 = callback.onBatchEnd?.(event2);
          if (isThenable(result2)) yield result2;
        }
      }
      if (stopMessage !== null) break;
      if (pause()) yield;
    }
    const logs = {
      loss: lossSum / seen
    };
    finishMetrics(scoring, sums, logs);
    if (plan.validation !== null) {
      try {
        evaluateBlocks(engine, plan.validation, true, scoring, logs, "val");
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw diverged(error, {
          epoch,
          batch: 0,
          lastLoss
        }, history);
      }
    }
    record(history, logs);
    if (typeof optimizer.learningRate === "number") {
      history.learningRate.push(optimizer.learningRate);
    }
    const current = logs[plan.monitor];
    if (improves(mode, current, best, plan.minDelta)) {
      best = current;
      history.bestEpoch = epoch;
      wait = 0;
      bestWeights?.forEach((saved, i) => saved.set(parameters[i].value));
    } else {
      wait++;
    }
    const event = {
      epoch,
      loss: logs.loss,
      valLoss: logs.valLoss,
      logs: {
        ...logs
      },
      model,
      optimizer,
      stop
    };
    for (const callback of callbacks) {
      const result2 = callback.onEpochEnd?.(event);
      if (isThenable(result2)) yield result2;
    }
    if (stopMessage !== null) {
      history.stopReason = "callback";
    } else if (wait >= plan.patience) {
      history.stopReason = "earlyStopping";
      stopMessage = `${plan.monitor} did not improve for ${wait} epochs; the best was ${format(best)} at epoch ${history.bestEpoch}`;
    }
    if (plan.every > 0 && (epoch % plan.every === 0 || epoch === plan.epochs || stopMessage)) {
      plan.log(`Epoch ${epoch}/${plan.epochs}: ${Object.entries(logs).map(([k, v]) => `${k} ${format(v)}`).join(" \xB7 ")}`);
    }
    if (stopMessage !== null) break;
  }
  const trained = `Trained ${history.epochs} epoch${history.epochs === 1 ? "" : "s"}`;
  const restored = bestWeights !== null && history.bestEpoch < history.epochs;
  if (restored) {
    bestWeights.forEach((saved, i) => parameters[i].value.set(saved));
    stopMessage = `${stopMessage ?? trained}; restored the weights of epoch ${history.bestEpoch}`;
  }
  history.stopMessage = stopMessage ?? trained;
  if (plan.every > 0 && (history.stopReason !== "epochs" || restored)) {
    plan.log(history.stopMessage);
  }
  return history;
}
function emptyHistory(plan) {
  const metrics = {};
  for (const key2 of plan.keys) {
    if (key2 !== "loss" && key2 !== "valLoss") metrics[key2] = [];
  }
  return displayable({
    epochs: 0,
    loss: [],
    valLoss: [],
    metrics,
    learningRate: [],
    monitor: plan.monitor,
    bestEpoch: 0,
    stopReason: "epochs",
    stopMessage: ""
  });
}
function record(history, logs) {
  history.epochs++;
  for (const [key2, value] of Object.entries(logs)) {
    if (key2 === "loss") history.loss.push(value);
    else if (key2 === "valLoss") history.valLoss.push(value);
    else history.metrics[key2].push(value);
  }
}
function diverged(error, where, history) {
  const place = where.batch === 0 ? `Validation after epoch ${where.epoch} failed` : `Training diverged in epoch ${where.epoch}, batch ${where.batch}`;
  const kept = where.batch === 0 ? "The model keeps its finite weights" : "The model keeps its weights from before this step";
  const lastLoss = where.lastLoss === void 0 ? "" : `; the last finite training loss was ${where.lastLoss}`;
  const message = `${place}: ${error.message}. ${kept}${lastLoss}.`;
  history.stopReason = "diverged";
  history.stopMessage = message;
  return new TrainingError(message, where, history, error);
}
function isThenable(value) {
  return typeof value?.then === "function";
}
function format(v) {
  return String(Number(v.toPrecision(6)));
}
function buffers(data, rows) {
  const x = new Matrix(rows, data.x.cols, allocate(rows * data.x.cols));
  const weights = data.weights === void 0 ? void 0 : new Float64Array(rows);
  return {
    ...data,
    x,
    y: new Matrix(rows, data.y.cols),
    weights
  };
}
function shuffledBatches(data, size2) {
  const n = data.x.rows;
  const full = buffers(data, size2);
  return {
    indices: range(n),
    full,
    tail: n % size2 === 0 ? full : buffers(data, n % size2)
  };
}
function gather(data, indices, start, batch) {
  copyRows(data.x, indices, start, batch.x);
  copyRows(data.y, indices, start, batch.y);
  const from = data.weights, to = batch.weights;
  if (from !== void 0 && to !== void 0) {
    for (let k = 0; k < to.length; k++) to[k] = from[indices[start + k]];
  }
  return batch;
}

// lib/primitives/model_format_error.ts
var ModelFormatError = class extends TypeError {
  /** Path of the bad field, such as `layers[1].weights[2]`. */
  field;
  /**
   * Creates the error; the message becomes `field: message`.
   *
   * @param field Path of the bad field.
   * @param message What was expected and what was found.
   */
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.name = "ModelFormatError";
    this.field = field;
  }
};
function rejectUnknownKeys(record4, known2, where) {
  for (const key2 of Object.keys(record4)) {
    if (!known2.includes(key2)) {
      throw new ModelFormatError(where === "" ? key2 : `${where}.${key2}`, `unknown field; expected only ${known2.join(", ")}`);
    }
  }
}

// lib/network/reloadable.ts
function checkReloadable(activation2, where) {
  const { name, options } = activation2;
  if (!activations.has(name)) {
    throw new ModelFormatError(`${where}.activation`, `the activation "${name}" is not registered, so the saved model could not be loaded; register it before saving and loading: activations.register("${name}", activation)`);
  }
  let registered;
  try {
    registered = activations.get(name, options === void 0 ? void 0 : {
      ...options
    });
  } catch (error) {
    throw new ModelFormatError(`${where}.activationOptions`, error.message);
  }
  if (registered !== activation2 && !sameFunction(registered, activation2)) {
    throw new ModelFormatError(`${where}.activation`, `this layer's activation computes something other than the activation registered as "${name}", which a load would use instead; give it a name of its own and register it under that name`);
  }
}
var PROBE = [
  -30,
  -2.5,
  -1,
  -0.3,
  -1e-3,
  0,
  1e-3,
  0.3,
  1,
  2.5,
  30,
  7
];
function sameFunction(a, b) {
  const z = new Matrix(2, 6, Float64Array.from(PROBE));
  const out = (f) => {
    const act = new Matrix(2, 6), dz = new Matrix(2, 6);
    f.forward(z, act);
    f.backward(z, act, new Matrix(2, 6, Float64Array.from(PROBE, (v) => 0.5 - v / 60)), dz);
    return [
      ...act.data,
      ...dz.data
    ];
  };
  const x = out(a), y = out(b);
  return x.every((v, i) => Object.is(v, y[i]));
}

// lib/data/scaler.ts
var NOISE = 10 * Number.EPSILON;
var TINY = 2 ** -1022;
function fitStandardScaler(x) {
  const m = nonEmpty(x, "fitStandardScaler");
  const { rows, cols, data } = m;
  const [lo, hi] = columnRanges(m);
  const unit = new Float64Array(cols), inv = new Float64Array(cols);
  const mean = new Float64Array(cols), s1 = new Float64Array(cols), s2 = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const big = Math.max(-lo[j], hi[j]);
    const e = Math.max(-1022, Math.min(1023, Math.floor(Math.log2(big))));
    unit[j] = 2 ** e;
    inv[j] = 2 ** -e;
  }
  for (let j = 0; j < cols; j++) mean[j] = data[j] * inv[j];
  for (let k = cols; k < data.length; ) {
    for (let j = 0; j < cols; j++, k++) s1[j] += data[k] * inv[j] - mean[j];
  }
  for (let j = 0; j < cols; j++) mean[j] += s1[j] / rows;
  s1.fill(0);
  for (let k = 0; k < data.length; ) {
    for (let j = 0; j < cols; j++, k++) {
      const d = data[k] * inv[j] - mean[j];
      s1[j] += d;
      s2[j] += d * d;
    }
  }
  const offset = new Float64Array(cols);
  const scale = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const big = Math.max(-lo[j], hi[j]);
    const variance = Math.max(0, (s2[j] - s1[j] * s1[j] / rows) / rows);
    const centre = (mean[j] + s1[j] / rows) * unit[j];
    offset[j] = Math.min(hi[j], Math.max(lo[j], centre));
    const std = Math.min(big * inv[j], Math.sqrt(variance)) * unit[j];
    scale[j] = std > Math.max(NOISE * big, TINY) ? std : 1;
  }
  return createScaler("standard", offset, scale);
}
function fitMinMaxScaler(x, options = {}) {
  checkOptions("fitMinMaxScaler", options, [
    "min",
    "max"
  ]);
  const { min = 0, max = 1 } = options;
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) {
    throw new RangeError(`fitMinMaxScaler needs finite min < max, got min ${String(min)} and max ${String(max)}`);
  }
  const m = nonEmpty(x, "fitMinMaxScaler");
  const [lo, hi] = columnRanges(m);
  const offset = new Float64Array(m.cols);
  const scale = new Float64Array(m.cols);
  const width = max - min;
  for (let j = 0; j < m.cols; j++) {
    const range2 = hi[j] - lo[j];
    const cannot = (why, fix) => new RangeError(`fitMinMaxScaler cannot map column ${j} onto [${min}, ${max}]: its values run from ${lo[j]} to ${hi[j]}, so ${why}; ${fix}`);
    let s = 1;
    if (range2 > Math.max(NOISE * Math.max(-lo[j], hi[j]), TINY)) {
      s = range2 < Infinity && width < Infinity ? range2 / width : (hi[j] * 0.5 - lo[j] * 0.5) / (max * 0.5 - min * 0.5);
      if (!(s <= Number.MAX_VALUE)) {
        throw cannot("its range over the target's width (the scale) is beyond the largest double, 1.8e308", "divide the column by a constant first, or widen the target range");
      }
      if (s < TINY) {
        throw cannot("its range over the target's width (the scale) is below the smallest normal double, 2.2e-308", "multiply the column by a constant first, or narrow the target range");
      }
    }
    let o = lo[j] - min * s;
    if (!Number.isFinite(o)) o = (lo[j] * 0.5 - min * 0.5 * s) * 2;
    if (!Number.isFinite(o)) {
      throw cannot("the raw value that maps to 0 (the offset) is beyond the largest double", "use a target range that contains 0");
    }
    scale[j] = s;
    offset[j] = o;
  }
  return createScaler("minMax", offset, scale);
}
function scalerFromJSON(json, where = "scaler") {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ModelFormatError(where, `expected an object, got ${describe(json)}`);
  }
  const { kind, offset, scale } = json;
  rejectUnknownKeys(json, [
    "kind",
    "offset",
    "scale"
  ], where);
  if (kind !== "standard" && kind !== "minMax") {
    throw new ModelFormatError(`${where}.kind`, `expected "standard" or "minMax", got ${describe(kind)}`);
  }
  const offsets = finiteArray(offset, `${where}.offset`);
  const scales = finiteArray(scale, `${where}.scale`);
  if (scales.length !== offsets.length) {
    throw new ModelFormatError(`${where}.scale`, `expected ${offsets.length} numbers like offset, got ${scales.length}`);
  }
  const zero = scales.indexOf(0);
  if (zero >= 0) {
    throw new ModelFormatError(`${where}.scale[${zero}]`, "expected a non-zero number, got 0");
  }
  return createScaler(kind, Float64Array.from(offsets), Float64Array.from(scales));
}
function createScaler(kind, offset, scale) {
  const cols = offset.length;
  const prepare2 = (x, out, what) => {
    const m = toMatrix(x, what);
    if (m.cols !== cols) {
      throw new RangeError(`${what} has ${m.cols} columns but the scaler has ${cols}`);
    }
    const target = out ?? new Matrix(m.rows, cols);
    if (target.rows !== m.rows || target.cols !== cols) {
      throw new RangeError(`${what}: out is ${target.rows} \xD7 ${target.cols}, expected ${m.rows} \xD7 ${cols}`);
    }
    return [
      m,
      target
    ];
  };
  return {
    kind,
    offset,
    scale,
    transform(x, out) {
      const [m, target] = prepare2(x, out, "Scaler transform input");
      const { data } = m, to = target.data;
      for (let k = 0; k < data.length; ) {
        for (let j = 0; j < cols; j++, k++) {
          const v = data[k];
          let z = (v - offset[j]) / scale[j];
          if (z - z !== 0) {
            const w = v / scale[j] - offset[j] / scale[j];
            if (w - w === 0) z = w;
          }
          to[k] = z;
        }
      }
      return target;
    },
    inverse(x, out) {
      const [m, target] = prepare2(x, out, "Scaler inverse input");
      const { data } = m, to = target.data;
      for (let k = 0; k < data.length; ) {
        for (let j = 0; j < cols; j++, k++) {
          const v = data[k];
          let z = v * scale[j] + offset[j];
          if (z - z !== 0) {
            const w = (v * 0.5 * scale[j] + offset[j] * 0.5) * 2;
            if (w - w === 0) z = w;
          }
          to[k] = z;
        }
      }
      return target;
    },
    toJSON: () => ({
      kind,
      offset: Array.from(offset),
      scale: Array.from(scale)
    })
  };
}
function columnRanges(m) {
  const lo = new Float64Array(m.cols).fill(Infinity);
  const hi = new Float64Array(m.cols).fill(-Infinity);
  const { data, cols } = m;
  for (let k = 0; k < data.length; ) {
    for (let j = 0; j < cols; j++, k++) {
      const v = data[k];
      if (v < lo[j]) lo[j] = v;
      if (v > hi[j]) hi[j] = v;
    }
  }
  return [
    lo,
    hi
  ];
}
function nonEmpty(x, owner) {
  const m = toMatrix(x, `${owner} input`);
  if (m.rows === 0) throw new RangeError(`${owner} needs at least one row`);
  return m;
}
function finiteArray(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ModelFormatError(where, `expected a non-empty array of numbers, got ${describe(value)}`);
  }
  value.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new ModelFormatError(`${where}[${k}]`, `expected a finite number, got ${describe(v)}`);
    }
  });
  return value;
}

// lib/network/model_json.ts
var MODEL_FORMAT = "backprop.sequential";
var MODEL_VERSION = 3;
var FLOAT32_SINCE = 3;
var BEFORE_FLOAT32 = 2;
var ROOT_KEYS = [
  "format",
  "version",
  "layers",
  "inputScaler",
  "targetScaler",
  "metadata"
];
var LAYER_KEYS2 = [
  "type",
  "inputs",
  "outputs",
  "activation",
  "activationOptions",
  "weights",
  "bias",
  "trainable",
  "l1",
  "l2",
  "dtype"
];
var DROPOUT_KEYS = [
  "type",
  "inputs",
  "outputs",
  "rate",
  "seed",
  "state"
];
function sequentialToJSON(layers, inputScaler2, targetScaler, metadata) {
  const records = layers.map((layer, i) => {
    checkReloadable(layer.activation, `layers[${i}]`);
    return layer.toJSON();
  });
  const float322 = records.some((record4) => record4.type === "dense" && record4.dtype === "float32");
  const json = {
    format: MODEL_FORMAT,
    version: float322 ? FLOAT32_SINCE : BEFORE_FLOAT32,
    layers: records
  };
  if (inputScaler2 !== null) json.inputScaler = inputScaler2.toJSON();
  if (targetScaler !== null) json.targetScaler = targetScaler.toJSON();
  if (Object.keys(metadata).length > 0) json.metadata = metadata;
  return json;
}
function parseModelJSON(json) {
  const root = record2(json, "model");
  rejectUnknownKeys(root, ROOT_KEYS, "");
  if (root.format !== MODEL_FORMAT) {
    fail("format", `expected "${MODEL_FORMAT}"`, root.format);
  }
  if (root.version !== 1 && root.version !== 2 && root.version !== MODEL_VERSION) {
    throw new ModelFormatError("version", `this library reads versions 1 to ${MODEL_VERSION}, got ${describe(root.version)}`);
  }
  const version = root.version;
  if (!Array.isArray(root.layers) || root.layers.length === 0) {
    fail("layers", "expected a non-empty array", root.layers);
  }
  const entries2 = root.layers;
  const layers = entries2.map((entry, i) => {
    const where = `layers[${i}]`;
    const layer = record2(entry, where);
    if (layer.type === "dropout" && version !== 1) return dropoutOf(layer, where, entries2, i);
    if (layer.type !== "dense") {
      fail(`${where}.type`, version === 1 ? `expected "dense" in version 1` : `expected "dense" or "dropout"`, layer.type);
    }
    rejectUnknownKeys(layer, LAYER_KEYS2, where);
    const inputs = positiveInteger(layer.inputs, `${where}.inputs`);
    const outputs = positiveInteger(layer.outputs, `${where}.outputs`);
    if (i > 0) {
      const previous = entries2[i - 1].outputs;
      if (inputs !== previous) {
        fail(`${where}.inputs`, `expected ${previous} to match layers[${i - 1}].outputs`, inputs);
      }
    }
    if (typeof layer.activation !== "string") {
      fail(`${where}.activation`, "expected an activation name", layer.activation);
    }
    const options = layer.activationOptions === void 0 ? void 0 : record2(layer.activationOptions, `${where}.activationOptions`);
    const name = layer.activation;
    const path = activations.has(name) ? `${where}.activationOptions` : `${where}.activation`;
    let activation2;
    try {
      activation2 = activations.get(name, options);
    } catch (error) {
      throw new ModelFormatError(path, error.message);
    }
    if (!Array.isArray(layer.weights) || layer.weights.length !== inputs) {
      fail(`${where}.weights`, `expected ${inputs} rows`, layer.weights, true);
    }
    const rows = layer.weights.map((row, r) => numbers(row, outputs, `${where}.weights[${r}]`));
    const bias = layer.bias === null ? null : numbers(layer.bias, outputs, `${where}.bias`);
    const penalties = {};
    for (const key2 of [
      "l1",
      "l2"
    ]) {
      if (layer[key2] === void 0) continue;
      if (version === 1) {
        throw new ModelFormatError(`${where}.${key2}`, "version 1 has no weight penalties");
      }
      const value = layer[key2];
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        fail(`${where}.${key2}`, "expected a number \u2265 0", value);
      }
      penalties[key2] = value;
    }
    if (layer.dtype !== void 0) {
      if (version < FLOAT32_SINCE) {
        throw new ModelFormatError(`${where}.dtype`, `version ${version} has no float32 layers`);
      }
      if (layer.dtype !== "float32") {
        fail(`${where}.dtype`, `expected "float32" or no field (float64)`, layer.dtype);
      }
    }
    const dense2 = new Dense(inputs, outputs, {
      activation: activation2,
      bias: bias !== null,
      init: "zeros",
      seed: 0,
      ...penalties,
      dtype: layer.dtype === "float32" ? "float32" : "float64"
    });
    rows.forEach((row, r) => dense2.weights.data.set(row, r * outputs));
    if (bias !== null) dense2.bias?.set(bias);
    if (layer.trainable !== void 0) {
      if (layer.trainable !== false) {
        fail(`${where}.trainable`, "expected false (a frozen layer) or no field", layer.trainable);
      }
      dense2.trainable = false;
    }
    return dense2;
  });
  if (layers.every((layer) => layer instanceof Dropout)) {
    throw new ModelFormatError("layers", "expected at least one dense layer, got dropout only");
  }
  const scaler = (key2, columns2) => {
    if (root[key2] === void 0) return null;
    const parsed = scalerFromJSON(root[key2], key2);
    if (parsed.offset.length !== columns2) {
      fail(`${key2}.offset`, `expected ${columns2} numbers, one per column`, parsed.offset.length);
    }
    return parsed;
  };
  return {
    layers,
    inputScaler: scaler("inputScaler", layers[0].inputs),
    targetScaler: scaler("targetScaler", layers[layers.length - 1].outputs),
    metadata: root.metadata === void 0 ? {} : checkMetadata(root.metadata, "metadata")
  };
}
function dropoutOf(layer, where, entries2, i) {
  rejectUnknownKeys(layer, DROPOUT_KEYS, where);
  const inputs = positiveInteger(layer.inputs, `${where}.inputs`);
  const outputs = positiveInteger(layer.outputs, `${where}.outputs`);
  if (outputs !== inputs) fail(`${where}.outputs`, `expected ${inputs}, equal to inputs`, outputs);
  if (i > 0) {
    const previous = entries2[i - 1].outputs;
    if (inputs !== previous) {
      fail(`${where}.inputs`, `expected ${previous} to match layers[${i - 1}].outputs`, inputs);
    }
  }
  const { rate, seed, state } = layer;
  if (typeof rate !== "number" || !(rate >= 0 && rate < 1)) {
    fail(`${where}.rate`, "expected a number in [0, 1)", rate);
  }
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) {
    fail(`${where}.seed`, "expected a safe integer", seed);
  }
  let dropout;
  try {
    dropout = new Dropout(rate, {
      seed,
      state
    });
  } catch (error) {
    throw new ModelFormatError(`${where}.state`, error.message);
  }
  dropout.connect(inputs);
  return dropout;
}
function checkMetadata(value, where) {
  record2(value, where);
  jsonValue(value, where, /* @__PURE__ */ new Set());
  return structuredClone(value);
}
var MAX_METADATA_DEPTH = 64;
function jsonValue(value, where, open, depth = 1) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(where, "expected a finite number", value);
    return;
  }
  if (typeof value !== "object") fail(where, "expected a JSON value", value);
  if (open.has(value)) throw new ModelFormatError(where, "refers back to itself");
  if (depth > MAX_METADATA_DEPTH) {
    throw new ModelFormatError(where, `nested deeper than ${MAX_METADATA_DEPTH} levels`);
  }
  open.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, i) => jsonValue(item, `${where}[${i}]`, open, depth + 1));
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      const kind = proto?.constructor?.name ?? "an object";
      throw new ModelFormatError(where, `expected plain JSON data, got a ${kind}`);
    }
    for (const [key2, item] of Object.entries(value)) {
      jsonValue(item, `${where}.${key2}`, open, depth + 1);
    }
  }
  open.delete(value);
}
function record2(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(where, "expected an object", value);
  }
  return value;
}
function positiveInteger(value, where) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    fail(where, "expected a positive integer", value);
  }
  return value;
}
function numbers(value, length, where) {
  if (!Array.isArray(value) || value.length !== length) {
    fail(where, `expected ${length} numbers`, value, true);
  }
  const list = value;
  list.forEach((v, k) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(`${where}[${k}]`, "expected a finite number", v);
    }
  });
  return list;
}
function fail(where, expected, got, count = false) {
  const shown2 = got === void 0 ? "nothing" : count && Array.isArray(got) ? String(got.length) : describe(got);
  throw new ModelFormatError(where, `${expected}, got ${shown2}`);
}

// lib/model/sequential.ts
var Sequential = class _Sequential {
  /**
   * The layers, input side first. The list is fixed when the model is built:
   * adding, removing or replacing a layer is refused (build a new model, e.g.
   * `new Sequential([...model.layers, layer])`).
   */
  layers;
  /** Every trainable tensor, named by place (`layers[0].weights`), in layer order; fixed like `layers`. */
  parameters;
  /**
   * Anything JSON can hold that should travel with the model: column names,
   * class names, where the data came from. Saved by `toJSON` (when not empty)
   * and restored by `fromJSON`; the library itself never reads it.
   *
   * @example Class names saved with the model
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([{ inputDim: 4, outputDim: 3, activation: "softmax" }]);
   * model.metadata.classes = ["setosa", "versicolor", "virginica"];
   * const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
   * assert.deepEqual(copy.metadata, { classes: ["setosa", "versicolor", "virginica"] });
   * model.metadata.when = new Date();
   * assert.throws(() => model.toJSON(), /^ModelFormatError: metadata\.when: expected plain JSON data, got a Date$/);
   * ```
   */
  metadata = {};
  /** `layers` without the guard. */
  #layers;
  /** The passes over the layers; `parameters` is a guarded view of its list. */
  #engine;
  /** What `fit` and `evaluate` drive. */
  #trainee;
  #inputScaler = null;
  #targetScaler = null;
  /**
   * Stacks layers into a model.
   *
   * @param layers At least one layer, one of them `Dense`; each one's inputs must
   *   equal the previous one's outputs. A `Dropout` takes the width of the layer
   *   before it (of the first `Dense` when it comes first).
   * @param none Nothing: layers carry their own seeds and options.
   * @throws {TypeError} If a layer is not a Dense or Dropout layer, or a second argument is given.
   * @throws {RangeError} If there are no layers or two consecutive layers do not chain.
   */
  constructor(layers, ...none) {
    if (none.length > 0) {
      throw new TypeError("Sequential takes only its layers; options such as a seed belong to each layer (new Dense(inputs, outputs, { seed })), or build the model with Sequential.fromArchitecture(layers, { seed })");
    }
    if (!Array.isArray(layers) || layers.length === 0) {
      throw new RangeError("Sequential needs a non-empty array of layers");
    }
    const seen = /* @__PURE__ */ new Map();
    layers.forEach((layer, i) => {
      if (!(layer instanceof Dense) && !(layer instanceof Dropout)) {
        throw new TypeError(`Sequential layer ${i} is not a Dense or Dropout layer`);
      }
      const first = seen.get(layer);
      if (first !== void 0) {
        throw new RangeError(`Sequential layer ${i} is the same object as layer ${first}`);
      }
      seen.set(layer, i);
    });
    connectWidths(layers);
    layers.forEach((layer, i) => {
      const below = layers[i - 1];
      if (i > 0 && below.outputs !== layer.inputs) {
        throw new RangeError(`${layerLabel(i, layer)} expects ${layer.inputs} inputs but ${layerLabel(i - 1, below)} gives ${below.outputs} outputs`);
      }
    });
    this.#layers = [
      ...layers
    ];
    this.#engine = new Engine(layers);
    this.#trainee = {
      model: this,
      engine: this.#engine
    };
    this.layers = fixed(layers, "layers", "build a new model, e.g. new Sequential([...model.layers, layer])");
    this.parameters = fixed(this.#engine.parameters, "parameters", "they follow the layers; freeze a layer with layer.trainable = false");
  }
  /**
   * Builds a model from an architecture given as data, as NumPy notebooks
   * write it (`NN_ARCHITECTURE`). Layers draw their weights in order from one generator.
   *
   * @param architecture One entry per layer.
   * @param options Bias, initializer and random source.
   * @returns The model.
   * @throws {TypeError} If an entry is malformed; the message gives its path.
   * @throws {RangeError} If sizes do not chain or a name is unknown.
   *
   * @example A moons classifier's architecture
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 25, activation: "relu" },
   *   { inputDim: 25, outputDim: 1, activation: "sigmoid" },
   * ], { seed: 101 });
   * assert.equal(model.parameterCount, 2 * 25 + 25 + 25 + 1);
   * ```
   */
  static fromArchitecture(architecture, options = {}) {
    const layers = layersOf(architecture, options);
    return new _Sequential(layers);
  }
  /**
   * Rebuilds a model from {@linkcode Sequential.prototype.toJSON}'s output, checking every field.
   *
   * @param json A parsed model file.
   * @returns The model, exactly as saved.
   * @throws {TypeError} If a field is missing or malformed; the message starts with its path.
   *
   * @example Exact round trip
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([{ inputDim: 3, outputDim: 2, activation: "tanh" }], { seed: 7 });
   * const copy = Sequential.fromJSON(JSON.parse(JSON.stringify(model)));
   * assert.deepEqual(copy.toJSON(), model.toJSON());
   * assert.throws(
   *   () => Sequential.fromJSON({ ...model.toJSON(), version: 99 }),
   *   /version: this library reads versions 1 to 3, got 99/,
   * );
   * ```
   */
  static fromJSON(json) {
    const parsed = parseModelJSON(json);
    const model = new _Sequential(parsed.layers);
    model.inputScaler = parsed.inputScaler;
    model.targetScaler = parsed.targetScaler;
    model.metadata = parsed.metadata;
    model.#probe();
    return model;
  }
  /**
   * Refuses a model that cannot predict: one whose prediction for a typical
   * input (the input scaler's offset, the training data's centre, or zeros) is
   * not finite, as when a weight or scale was edited to an extreme value.
   */
  #probe() {
    const row = this.#inputScaler?.offset ?? new Float64Array(this.inputs);
    const input = this.#inputScaler === null ? "zeros" : "the input scaler's offset";
    try {
      this.predict(new Matrix(1, this.inputs, Float64Array.from(row)));
    } catch (error) {
      if (!(error instanceof PredictionError)) throw error;
      const field = error.layer === void 0 ? "targetScaler" : `layers[${error.layer}]`;
      throw new ModelFormatError(field, `the model predicts ${error.value} for ${input}, so it cannot be used: ${error.message.replace(/\. Check that row's inputs.*$/, "")}`);
    }
  }
  /** Number of inputs the model takes. */
  get inputs() {
    return this.#layers[0].inputs;
  }
  /** Number of outputs the model gives. */
  get outputs() {
    return this.#layers[this.#layers.length - 1].outputs;
  }
  /**
   * The number format of the dense layers' products (see `Dense.dtype`): `"float32"` or
   * `"float64"` when they all agree, else `"mixed"`.
   */
  get dtype() {
    const dense2 = this.#layers.filter((layer) => layer instanceof Dense);
    const first = dense2[0].dtype;
    return dense2.every((layer) => layer.dtype === first) ? first : "mixed";
  }
  /** Number of trainable values. */
  get parameterCount() {
    return this.#layers.reduce((n, layer) => n + layer.parameterCount, 0);
  }
  /**
   * The network's output for a batch, in network units (the model's scalers are
   * not applied; {@linkcode Sequential.prototype.predict} applies them). Large
   * inputs are processed in blocks of rows, so memory beyond the result stays small.
   * Each layer keeps its `z` and `a` of the last block for inspection;
   * `predict`, an inference pass, keeps only `a`.
   *
   * @param x Inputs, one row per sample.
   * @returns A new matrix, rows × outputs.
   * @throws {TypeError} If `x` holds a non-finite value (row and column named).
   * @throws {RangeError} If `x` has the wrong width.
   * @throws {PredictionError} If a layer's output is not finite (the input row named).
   */
  forward(x) {
    return this.#engine.outputs(checkInput(this.#layers, x), null, true);
  }
  /**
   * Predictions for raw inputs, through the model's scalers when it has them.
   * With a target scaler the model is a regressor: the outputs in target units.
   * Otherwise, for a classifier, the class of each row: the argmax of a softmax
   * output, or `1` when a single sigmoid output exceeds 0.5; for a multi-output
   * sigmoid, a matrix of 0/1 labels (each output above 0.5); for anything else,
   * the output values. Rows are processed in blocks, so a million rows need no
   * million-row hidden activations.
   *
   * The TypeScript type of the result follows the architecture when
   * {@linkcode Sequential.fromArchitecture} can tell it (`number[]` for a
   * softmax output, `Matrix` for an output that is not a probability).
   *
   * @param x Inputs, one row per sample.
   * @returns Class indices, or a new matrix of outputs.
   * @throws {PredictionError} If a prediction is not finite (NaN or infinite,
   *   also after undoing the target scaler); its `row` is the input row.
   *
   * @example A regressor that carries its scalers
   * ```ts
   * import { fitStandardScaler, Sequential, sgd } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const X = [[100], [200], [300]], Y = [[1000], [3000], [5000]];
   * const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
   * model.inputScaler = fitStandardScaler(X);
   * model.targetScaler = fitStandardScaler(Y);
   * model.fit(X, Y, { loss: "mse", optimizer: sgd({ learningRate: 0.1 }), epochs: 200 });
   * const [[y]] = (model.predict([[250]]) as { toArray(): number[][] }).toArray();
   * assert.ok(Math.abs(y - 4000) < 1e-6);
   * ```
   */
  predict(x) {
    const out = this.#engine.outputs(checkInput(this.#layers, x), this.#inputScaler, false);
    if (this.#targetScaler !== null) {
      this.#targetScaler.inverse(out, out);
      screenPredictions(out, "after undoing the target scaler");
      return out;
    }
    const probability = this.#layers[this.#layers.length - 1].activation.probability;
    if (probability === "distribution") return argmax(out);
    if (probability !== "independent") return out;
    for (let k = 0; k < out.data.length; k++) out.data[k] = out.data[k] > 0.5 ? 1 : 0;
    return out.cols === 1 ? Array.from(out.data) : out;
  }
  /**
   * Class probabilities for raw inputs, through the input scaler: for a softmax
   * output, each row's distribution over the classes; for a sigmoid output,
   * each label's probability of being 1. What `predict` turns into classes.
   *
   * @param x Inputs, one row per sample, in raw units.
   * @returns A new matrix, rows × outputs, of probabilities.
   * @throws {RangeError} If the model's outputs are not probabilities (the
   *   output activation has no `probability`), or it has a target scaler.
   * @throws {PredictionError} If an output is not finite.
   *
   * @example Probabilities that sum to 1, with an input scaler applied
   * ```ts
   * import { fitStandardScaler, Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const X = [[100, 1], [300, 2], [200, 9]];
   * const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 3, activation: "softmax" }], { seed: 1 });
   * model.inputScaler = fitStandardScaler(X);
   * const p = model.predictProba(X);
   * for (let i = 0; i < 3; i++) assert.ok(Math.abs(p.row(i).reduce((s, v) => s + v) - 1) < 1e-12);
   * assert.deepEqual(model.predict(X), p.toArray().map((row) => row.indexOf(Math.max(...row))));
   * ```
   */
  predictProba(x) {
    const last2 = this.#layers.length - 1;
    const { activation: activation2 } = this.#layers[last2];
    if (activation2.probability === void 0) {
      throw new RangeError(`predictProba needs a classifier, but ${layerLabel(last2, this.#layers[last2])} has activation ${activation2.name}, whose outputs are not probabilities; use predict`);
    }
    if (this.#targetScaler !== null) {
      throw new RangeError("predictProba needs a classifier, but the model has a target scaler, which makes it a regressor; use predict");
    }
    return this.#engine.outputs(checkInput(this.#layers, x), this.#inputScaler, false);
  }
  /**
   * Scaler applied to raw inputs by `predict`, `fit` and `evaluate`, saved with
   * the model; `null` for none.
   *
   * @throws {RangeError} On assignment, if its width is not the model's input width.
   */
  get inputScaler() {
    return this.#inputScaler;
  }
  set inputScaler(scaler) {
    this.#inputScaler = checkScaler(scaler, this.inputs, "inputScaler", "inputs");
  }
  /**
   * Scaler of the targets: `fit` and `evaluate` scale raw targets with it, and
   * `predict` returns outputs in raw target units through its inverse. Saved
   * with the model; `null` for none.
   *
   * @throws {RangeError} On assignment, if its width is not the model's output
   *   width, or the outputs are a distribution over classes (softmax).
   */
  get targetScaler() {
    return this.#targetScaler;
  }
  set targetScaler(scaler) {
    const last2 = this.#layers.length - 1;
    const { activation: activation2 } = this.#layers[last2];
    if (scaler !== null && activation2.probability === "distribution") {
      throw new RangeError(`targetScaler cannot scale the outputs of ${layerLabel(last2, this.#layers[last2])}: activation ${activation2.name} gives a distribution over classes, not values`);
    }
    this.#targetScaler = checkScaler(scaler, this.outputs, "targetScaler", "outputs");
  }
  /**
   * Trains on raw data (through the model's scalers) for a number of epochs of
   * mini-batch steps, with optional validation, metrics, callbacks and early
   * stopping. If the loss, a gradient or a weight stops being finite, training
   * stops with a {@linkcode TrainingError} and the model keeps its weights from
   * before that step.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options The loss (required), optimizer, epochs and the rest.
   * @returns The history: values per epoch, the best epoch and why training stopped.
   *
   * @example XOR to 100% accuracy
   * ```ts
   * import { adam, Sequential, xor } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const { x, y } = xor();
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 8, activation: "tanh" },
   *   { inputDim: 8, outputDim: 1, activation: "sigmoid" },
   * ], { seed: 1 });
   * const history = model.fit(x, y, {
   *   loss: "logLoss",
   *   optimizer: adam({ learningRate: 0.05 }),
   *   epochs: 200,
   *   metrics: ["accuracy"],
   *   seed: 1,
   * });
   * assert.equal(history.metrics.accuracy.at(-1), 1);
   * assert.deepEqual(model.predict(x), [0, 1, 1, 0]);
   * ```
   */
  fit(x, y, options) {
    return fitModel(this.#trainee, x, y, options);
  }
  /**
   * {@linkcode Sequential.prototype.fit} that lets the event loop run at least
   * every 16 ms (so a page or a progress bar stays live) and awaits callbacks
   * that return promises.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options As for `fit`.
   * @returns The history.
   */
  fitAsync(x, y, options) {
    return fitModelAsync(this.#trainee, x, y, options);
  }
  /**
   * The loss and metrics on raw data (through the model's scalers), computed a
   * block of rows at a time. Error metrics (`mse`, `mae`, `rmse`) are in target
   * units; the loss is in the units the network trains in.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param options The loss and/or metrics to report.
   * @returns The values by name: `loss`, `accuracy`, `mse`, …
   * @throws {PredictionError} If a prediction is not finite (the row named).
   * @throws {EvaluationError} If the loss of a row is not finite though its prediction is.
   *
   * @example Mean absolute error of a fixed model
   * ```ts
   * import { Dense, Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const layer = new Dense(1, 1, { seed: 0 });
   * layer.weights.data[0] = 2;
   * const model = new Sequential([layer]);
   * const scores = model.evaluate([[1], [2]], [[2], [5]], { loss: "mse", metrics: ["mae"] });
   * assert.deepEqual(scores, { loss: 0.5, mae: 0.5 });
   * ```
   */
  evaluate(x, y, options) {
    return evaluateModel(this.#trainee, x, y, options);
  }
  /**
   * The loss on a batch, without changing anything.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param loss The loss, by name or instance.
   * @returns The loss, mean over the batch.
   */
  loss(x, y, loss) {
    return this.#engine.loss(resolveBatch(this.#layers, x, y, loss));
  }
  /**
   * The loss and its gradient for every weight and bias; nothing is updated.
   * Dropout layers pass their input through, as in `evaluate`.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample, as wide as the output.
   * @param loss The loss, by name or instance.
   * @returns The loss and one `{ weights, bias }` per layer.
   *
   * @example Gradients have the parameters' shapes
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "relu" },
   *   { inputDim: 3, outputDim: 1, activation: "linear" },
   * ], { seed: 1 });
   * const { loss, gradients } = model.lossAndGradients([[1, 2]], [[0.5]], "mse");
   * assert.ok(loss >= 0);
   * assert.equal(gradients[0].weights.rows, 2);
   * assert.equal(gradients[1].bias?.length, 1);
   * ```
   */
  lossAndGradients(x, y, loss) {
    const batch = resolveBatch(this.#layers, x, y, loss);
    const value = this.#engine.loss(batch);
    this.#engine.backward(batch);
    return {
      loss: value,
      gradients: this.#layers.map((layer) => ({
        weights: weightGradientOf(layer),
        bias: biasGradientOf(layer)
      }))
    };
  }
  /**
   * Every intermediate of one forward and backward pass, layer by layer: the
   * numbers a backpropagation lesson writes out. Computed by the same pass that
   * training uses, except that dropout layers pass their input through (as in
   * `evaluate`); nothing is updated. Like `forward` and `trainStep`, it works
   * in network units: the model's scalers are not applied.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample, as wide as the output.
   * @param loss The loss, by name or instance.
   * @returns The loss and, per layer, `A_prev`, `Z`, `A`, `∂L/∂A`, `δ` and the gradients.
   *
   * @example δ passes down through Wᵀ and the activation's derivative
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 2, activation: "sigmoid" },
   *   { inputDim: 2, outputDim: 1, activation: "linear" },
   * ], { seed: 4 });
   * const { layers: [hidden, output] } = model.trace([[1, 2]], [[3]], "mse");
   * const w = model.layers[1].weights;
   * assert.equal(output.delta.get(0, 0), output.dA.get(0, 0)); // linear: f' = 1
   * for (let j = 0; j < 2; j++) {
   *   const a = hidden.a.get(0, j);
   *   assert.equal(hidden.dA.get(0, j), output.delta.get(0, 0) * w.get(j, 0));
   *   assert.equal(hidden.delta.get(0, j), hidden.dA.get(0, j) * a * (1 - a));
   *   assert.equal(output.weightGradient.get(j, 0), a * output.delta.get(0, 0));
   * }
   * ```
   */
  trace(x, y, loss) {
    const batch = resolveBatch(this.#layers, x, y, loss);
    const value = this.#engine.loss(batch);
    this.#engine.backward(batch);
    const last2 = this.#layers.length - 1;
    const layers = this.#layers.map((layer, i) => {
      let dA;
      if (i < last2) {
        const above = this.#layers[i + 1];
        dA = above.inputGradient(above.deltaBuffer()).clone();
      } else {
        dA = new Matrix(batch.y.rows, batch.y.cols);
        batch.loss.gradient(layer.a, batch.y, dA);
      }
      return {
        input: (i === 0 ? batch.x : this.#layers[i - 1].a).clone(),
        z: layer.z.clone(),
        a: layer.a.clone(),
        dA,
        delta: layer.deltaBuffer().clone(),
        weightGradient: weightGradientOf(layer),
        biasGradient: biasGradientOf(layer)
      };
    });
    const fused = batch.fused === void 0 ? null : this.#layers[last2].activation.name;
    return withDisplay({
      loss: value,
      lossName: batch.loss.name,
      fused,
      layers
    }, traceDisplay);
  }
  /**
   * One step of training on a batch: forward (dropout layers draw their masks),
   * backward, then the optimizer's update. It works in network units: the
   * model's scalers are not applied.
   *
   * @param x Inputs, one row per sample.
   * @param y Targets, one row per sample.
   * @param loss The loss, by name or instance.
   * @param optimizer The optimizer, by name (default options) or instance.
   * @returns The loss before the update.
   * @throws {RangeError} If the loss, a gradient or an updated weight is not finite; the
   *   weights and optimizer state are then left as they were before the step.
   */
  trainStep(x, y, loss, optimizer) {
    const batch = resolveBatch(this.#layers, x, y, loss);
    return this.#engine.step(batch, optimizers.resolve(optimizer, "trainStep optimizer"));
  }
  /**
   * The model as plain data: the versioned format documented in `ModelJSON`.
   * `JSON.stringify(model)` uses it.
   *
   * @throws {TypeError} If `metadata` holds something JSON cannot (NaN, a Date,
   *   a cycle); the message gives its path.
   */
  toJSON() {
    return sequentialToJSON(this.#layers, this.#inputScaler, this.#targetScaler, checkMetadata(this.metadata, "metadata"));
  }
  /**
   * A table of the layers with their shapes, activations and parameter counts.
   *
   * @example A small XOR network without biases
   * ```ts
   * import { Sequential } from "@backprop/core";
   * import assert from "node:assert/strict";
   *
   * const model = Sequential.fromArchitecture([
   *   { inputDim: 2, outputDim: 3, activation: "relu" },
   *   { inputDim: 3, outputDim: 2, activation: "softmax" },
   * ], { bias: false, seed: 0 });
   * assert.equal(model.summary(), [
   *   "Layer  Type   Shape  Activation  Bias  Parameters",
   *   "0      Dense  2 → 3  relu        no             6",
   *   "1      Dense  3 → 2  softmax     no             6",
   *   "Total parameters: 12",
   * ].join("\n"));
   * ```
   */
  summary() {
    const rows = [
      [
        "Layer",
        "Type",
        "Shape",
        "Activation",
        "Bias",
        "Parameters"
      ],
      ...this.#layers.map((layer, i) => layer instanceof Dense ? [
        String(i),
        layer.dtype === "float32" ? "Dense float32" : "Dense",
        `${layer.inputs} \u2192 ${layer.outputs}`,
        layer.activation.name,
        layer.bias === null ? "no" : "yes",
        String(layer.parameterCount)
      ] : [
        String(i),
        `Dropout ${layer.rate}`,
        `${layer.inputs} \u2192 ${layer.outputs}`,
        "",
        "",
        "0"
      ])
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const lines = rows.map((r) => r.map((cell, c) => c === r.length - 1 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])).join("  "));
    return [
      ...lines,
      `Total parameters: ${this.parameterCount}`
    ].join("\n");
  }
  /**
   * Jupyter's display hook (Deno's kernel): the summary, and the network drawn
   * with an edge per weight (blue positive, orange negative, wider for larger |w|).
   */
  [JUPYTER_DISPLAY]() {
    return modelDisplay(this.summary(), this.#layers);
  }
};
function connectWidths(layers) {
  const first = layers.find((layer) => layer instanceof Dense);
  if (first === void 0) {
    throw new RangeError("Sequential needs at least one Dense layer: a Dropout layer takes its width from its neighbours");
  }
  if (layers[layers.length - 1] instanceof Dropout) {
    throw new RangeError(`Sequential layer ${layers.length - 1} is a Dropout, which cannot be the output: it would zero and rescale the predictions in training; put it before a Dense layer`);
  }
  let width = first.inputs;
  for (const layer of layers) {
    if (layer instanceof Dropout) layer.connect(width);
    width = layer.outputs;
  }
}
function weightGradientOf(layer) {
  if (!(layer instanceof Dense)) return new Matrix(0, 0);
  return layer.weightGradient.clone();
}
function biasGradientOf(layer) {
  if (!(layer instanceof Dense) || layer.biasGradient === null) return null;
  return layer.biasGradient.slice();
}
function screenPredictions(out, stage) {
  const k = nonFiniteAt(out.data);
  if (k < 0) return;
  const row = Math.floor(k / out.cols), column = k - row * out.cols, value = out.data[k];
  throw new PredictionError(`The prediction for row ${row}, output ${column} is ${value} ${stage}. ${INPUT_HINT}`, {
    row,
    column,
    value
  });
}
function fixed(items, what, instead) {
  const refuse = () => {
    throw new TypeError(`Sequential ${what} are fixed when the model is built; ${instead}`);
  };
  return new Proxy(Object.freeze([
    ...items
  ]), {
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse
  });
}
function checkScaler(scaler, width, what, side) {
  if (scaler === null) return null;
  if (typeof scaler !== "object" || !(scaler.offset instanceof Float64Array) || typeof scaler.transform !== "function" || typeof scaler.inverse !== "function") {
    throw new TypeError(`${what} must be a Scaler (from fitStandardScaler or fitMinMaxScaler) or null`);
  }
  if (scaler.offset.length !== width) {
    throw new RangeError(`${what} has ${scaler.offset.length} columns but the model has ${width} ${side}`);
  }
  return scaler;
}

// lib/kernels/helper_thread.ts
var LAYOUT = Object.freeze({
  sequence: 0,
  done: 1,
  failed: 2,
  fn: 3,
  args: 4,
  count: 11,
  stop: -1,
  spinMs: 0.2
});
var CONTROL_SLOTS = LAYOUT.args + LAYOUT.count;
var LOST_MS = 6e4;
function serve(control, exports, layout) {
  let sleep = true;
  try {
    Atomics.wait(control, layout.fn, -2, 0);
  } catch {
    sleep = false;
  }
  const args = new Array(layout.count).fill(0);
  let seen = Atomics.load(control, layout.done);
  for (; ; ) {
    const started = performance.now();
    for (let spins = 1; Atomics.load(control, layout.sequence) === seen; spins++) {
      if ((spins & 255) === 0 && sleep && performance.now() - started > layout.spinMs) {
        Atomics.wait(control, layout.sequence, seen, 100);
      }
    }
    seen = Atomics.load(control, layout.sequence);
    if (seen === layout.stop) return;
    for (let i = 0; i < layout.count; i++) args[i] = control[layout.args + i];
    try {
      exports[control[layout.fn]](...args);
    } catch {
      Atomics.store(control, layout.failed, 1);
    }
    Atomics.store(control, layout.done, seen);
    Atomics.notify(control, layout.done);
  }
}
function listen(serveCalls) {
  const scope = globalThis;
  scope.onmessage = (event) => {
    scope.onmessage = null;
    const { module, memory, control, names, layout } = event.data;
    const { exports } = new WebAssembly.Instance(module, {
      env: {
        memory
      }
    });
    scope.postMessage("ready");
    serveCalls(control, names.map((name) => exports[name]), layout);
    scope.close();
  };
}
function helperScript() {
  return `(${listen.toString()})(${serve.toString()});
`;
}
function caller(control, names) {
  let sleep = true;
  try {
    Atomics.wait(control, LAYOUT.fn, -2, 0);
  } catch {
    sleep = false;
  }
  const counts = names.map(() => 0);
  let sequence = Atomics.load(control, LAYOUT.sequence), index = 0, count = 0;
  const last2 = () => {
    const args = Array.from({
      length: count
    }, (_, i) => control[LAYOUT.args + i]);
    return `${names[index]}(${args.join(", ")})`;
  };
  return {
    counts,
    start(fn, args) {
      if (args.length > LAYOUT.count) {
        throw new RangeError(`a helper call takes at most ${LAYOUT.count} arguments`);
      }
      index = fn;
      count = args.length;
      counts[fn]++;
      control[LAYOUT.fn] = fn;
      for (let i = 0; i < args.length; i++) control[LAYOUT.args + i] = args[i];
      sequence = sequence === 2147483647 ? 1 : sequence + 1;
      Atomics.store(control, LAYOUT.sequence, sequence);
      Atomics.notify(control, LAYOUT.sequence);
    },
    finish() {
      const started = performance.now();
      for (let spins = 1; ; spins++) {
        const done = Atomics.load(control, LAYOUT.done);
        if (done === sequence) break;
        if ((spins & 255) !== 0) continue;
        const waited = performance.now() - started;
        if (waited > LOST_MS) {
          throw new Error(`the kernels' helper thread did not answer ${last2()} within ${LOST_MS / 1e3} s`);
        }
        if (sleep && waited > LAYOUT.spinMs) Atomics.wait(control, LAYOUT.done, done, 100);
      }
      if (Atomics.exchange(control, LAYOUT.failed, 0) !== 0) {
        throw new Error(`the kernels' helper thread failed in ${last2()}`);
      }
    },
    stop() {
      Atomics.store(control, LAYOUT.sequence, LAYOUT.stop);
      Atomics.notify(control, LAYOUT.sequence);
    }
  };
}

// lib/kernels/threads.ts
var MINIMUM_WORK = 5e4;
async function startThreads(options) {
  const o = checkOptions("startThreads", options, [
    "threads",
    "minimumWork"
  ]);
  if (o.threads !== 2) {
    throw new RangeError(`startThreads threads must be 2, got ${String(o.threads)}`);
  }
  const minimumWork = o.minimumWork ?? MINIMUM_WORK;
  if (typeof minimumWork !== "number" || !(minimumWork >= 0)) {
    throw new RangeError(`startThreads minimumWork must be a number \u2265 0, got ${String(o.minimumWork)}`);
  }
  if (typeof SharedArrayBuffer !== "function" || typeof Worker !== "function") {
    throw new Error("startThreads needs SharedArrayBuffer and workers: in a browser, a cross-origin isolated page");
  }
  const flavours2 = createWasmKernels(void 0, {
    shared: true,
    suffix: "\xD72"
  });
  if (flavours2 === null) {
    throw new Error("startThreads needs WebAssembly with 128-bit and relaxed SIMD and a shared memory");
  }
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * 4));
  const script = URL.createObjectURL(new Blob([
    helperScript()
  ], {
    type: "text/javascript"
  }));
  const worker = new Worker(script, {
    type: "module"
  });
  try {
    await new Promise((resolve, reject) => {
      const silent = setTimeout(() => reject(new Error("the kernels' helper thread did not start within 60 s")), 6e4);
      const fail4 = (message) => {
        clearTimeout(silent);
        reject(new Error(`the kernels' helper thread did not start: ${message}`));
      };
      worker.onmessage = () => {
        clearTimeout(silent);
        resolve();
      };
      worker.onmessageerror = () => fail4("its message could not be read");
      worker.onerror = (event) => {
        event.preventDefault();
        fail4(event.message);
      };
      const { module, memory } = flavours2;
      const start = {
        module,
        memory,
        control,
        names: HELPED,
        layout: LAYOUT
      };
      worker.postMessage(start);
    });
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    URL.revokeObjectURL(script);
  }
  const calls = caller(control, HELPED);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    flavours2.help(null, Infinity);
    calls.stop();
    worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    close();
  };
  flavours2.help({
    start: calls.start,
    finish() {
      try {
        calls.finish();
      } catch (error) {
        close();
        throw error;
      }
    }
  }, minimumWork);
  const { fused, exact } = flavours2;
  return {
    wasm: fused,
    wasmExact: exact,
    get shared() {
      return calls.counts.reduce((sum2, n, i) => HELPED[i] === "narrow" ? sum2 : sum2 + n, 0);
    },
    twin(kernels2) {
      if (kernels2 === wasmKernels || kernels2 === fused) return fused;
      if (kernels2 === wasmExactKernels || kernels2 === exact) return exact;
      throw new RangeError(`startThreads has two-thread twins of the wasm and wasm-exact kernels, not of ${kernels2.name}`);
    },
    close
  };
}

// lib/primitives/mt19937.ts
var N = 624;
var M = 397;
var UPPER = 2147483648;
var LOWER = 2147483647;
var MATRIX_A = 2567483615;
function numpyRandom(seed) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) {
    throw new RangeError(`numpyRandom seed must be an integer in [0, 2^32 - 1], got ${seed}`);
  }
  const mt = new Uint32Array(N);
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
    mt[i] = Math.imul(1812433253, prev) + i >>> 0;
  }
  let index = N;
  const twist = () => {
    for (let i = 0; i < N; i++) {
      const y = mt[i] & UPPER | mt[(i + 1) % N] & LOWER;
      mt[i] = mt[(i + M) % N] ^ y >>> 1 ^ (y & 1 ? MATRIX_A : 0);
    }
    index = 0;
  };
  const nextUint32 = () => {
    if (index >= N) twist();
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= y << 7 & 2636928640;
    y ^= y << 15 & 4022730752;
    y ^= y >>> 18;
    return y >>> 0;
  };
  const random = uniform53(nextUint32);
  const normal2 = polarNormal(random, true);
  return {
    random,
    normal: normal2,
    uniform: (low, high) => low + (high - low) * random(),
    nextUint32
  };
}

// lib/interop/protobuf.ts
var encoder = new TextEncoder();
function varint(value) {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Varint needs a safe integer, got ${value}`);
  }
  let v = value < 0 ? (1n << 64n) + BigInt(value) : BigInt(value);
  const out = [];
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? low | 128 : low);
  } while (v > 0n);
  return Uint8Array.from(out);
}
function key(number, wire) {
  return varint(number * 8 + wire);
}
function join(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at2 = 0;
  for (const part of parts) {
    out.set(part, at2);
    at2 += part.length;
  }
  return out;
}
function int(number, value) {
  return join([
    key(number, 0),
    varint(value)
  ]);
}
function bytes(number, value) {
  const body = value instanceof Uint8Array ? value : join(value);
  return join([
    key(number, 2),
    varint(body.length),
    body
  ]);
}
function string(number, value) {
  return bytes(number, encoder.encode(value));
}
function readVarint(buffer, at2, where) {
  let value = 0n, shift = 0n;
  for (let i = at2; i < buffer.length && i < at2 + 10; i++) {
    value |= BigInt(buffer[i] & 127) << shift;
    if ((buffer[i] & 128) === 0) return [
      value,
      i + 1
    ];
    shift += 7n;
  }
  throw new ModelFormatError(where, `a varint at byte ${at2} runs past the end of the message`);
}
function decode(buffer, where) {
  const fields = [];
  const empty = new Uint8Array(0);
  let at2 = 0;
  while (at2 < buffer.length) {
    const [tag, next] = readVarint(buffer, at2, where);
    const number = Number(tag >> 3n), wire = Number(tag & 7n);
    if (number === 0) {
      throw new ModelFormatError(where, `field number 0 at byte ${at2}`);
    }
    at2 = next;
    if (wire === 0) {
      const [value, end] = readVarint(buffer, at2, where);
      fields.push({
        number,
        wire,
        varint: value,
        bytes: empty
      });
      at2 = end;
      continue;
    }
    let length;
    if (wire === 2) {
      const [n, start] = readVarint(buffer, at2, where);
      at2 = start;
      length = Number(n);
    } else if (wire === 1 || wire === 5) {
      length = wire === 1 ? 8 : 4;
    } else {
      throw new ModelFormatError(where, `field ${number} has wire type ${wire}, which ONNX never uses`);
    }
    if (at2 + length > buffer.length) {
      throw new ModelFormatError(where, `field ${number} needs ${length} bytes at byte ${at2}, but the message ends at ${buffer.length}`);
    }
    fields.push({
      number,
      wire,
      varint: 0n,
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + at2, length)
    });
    at2 += length;
  }
  return fields;
}
function signed(field, where) {
  const value = BigInt.asIntN(64, field.varint);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ModelFormatError(where, `field ${field.number} holds ${value}, beyond a safe integer`);
  }
  return Number(value);
}
function integers(fields, number, where) {
  const out = [];
  for (const field of fields) {
    if (field.number !== number) continue;
    if (field.wire === 0) {
      out.push(signed(field, where));
      continue;
    }
    let at2 = 0;
    while (at2 < field.bytes.length) {
      const [value, next] = readVarint(field.bytes, at2, where);
      out.push(signed({
        number,
        wire: 0,
        varint: value,
        bytes: field.bytes
      }, where));
      at2 = next;
    }
  }
  return out;
}
var decoder = new TextDecoder("utf-8", {
  fatal: true
});
function text(field, where) {
  try {
    return decoder.decode(field.bytes);
  } catch {
    throw new ModelFormatError(where, `field ${field.number} is not UTF-8 text`);
  }
}

// lib/interop/onnx.ts
var METADATA_KEY = "backprop.metadata";
var SCALER_KINDS_KEY = "backprop.scalers";
var ONNX_OPSET = 13;
var ELEMENT = {
  float32: 1,
  float64: 11
};
var INT_ATTRIBUTE = 2;
function toOnnx(model, options = {}) {
  const o = checkOptions("toOnnx", options, [
    "dtype"
  ]);
  const dtype = o.dtype ?? (model.dtype === "float32" ? "float32" : "float64");
  if (dtype !== "float32" && dtype !== "float64") {
    throw new RangeError(`toOnnx dtype must be "float32" or "float64", got ${String(dtype)}`);
  }
  const json = model.toJSON();
  const graph = newGraph(dtype);
  let x = "input";
  if (json.inputScaler !== void 0) {
    const { offset, scale } = json.inputScaler;
    x = graph.op("Div", [
      graph.op("Sub", [
        x,
        graph.tensor(offset, [
          offset.length
        ])
      ]),
      graph.tensor(scale, [
        scale.length
      ])
    ]);
  }
  json.layers.forEach((layer, i) => {
    if (layer.type === "dropout") return;
    x = dense(graph, layer, x, i);
  });
  const last2 = json.layers.findLast((layer) => layer.type === "dense");
  if (json.targetScaler !== void 0) x = unscale(graph, json.targetScaler, x);
  const classifier = json.targetScaler === void 0 && (last2.activation === "softmax" || last2.activation === "sigmoid");
  const output = classifier ? "probabilities" : "output";
  graph.op("Identity", [
    x
  ], [], output);
  const inputs = json.layers[0].inputs;
  const outputs = json.layers.at(-1).outputs;
  return join([
    int(1, 8),
    string(2, "backprop"),
    bytes(7, [
      ...graph.nodes,
      string(2, "backprop"),
      ...graph.initializers,
      bytes(11, valueInfo("input", ELEMENT[dtype], inputs)),
      bytes(12, valueInfo(output, ELEMENT[dtype], outputs))
    ]),
    bytes(8, [
      string(1, ""),
      int(2, ONNX_OPSET)
    ]),
    ...properties(json)
  ]);
}
function properties(json) {
  const entry = (key2, value) => bytes(14, [
    string(1, key2),
    string(2, JSON.stringify(value))
  ]);
  const kinds = Object.fromEntries([
    "inputScaler",
    "targetScaler"
  ].flatMap((key2) => json[key2] === void 0 ? [] : [
    [
      key2,
      json[key2].kind
    ]
  ]));
  return [
    ...json.metadata === void 0 ? [] : [
      entry(METADATA_KEY, json.metadata)
    ],
    ...Object.keys(kinds).length === 0 ? [] : [
      entry(SCALER_KINDS_KEY, kinds)
    ]
  ];
}
function newGraph(dtype) {
  const nodes = [], initializers2 = [];
  const scalars = /* @__PURE__ */ new Map();
  let count = 0;
  const graph = {
    dtype,
    nodes,
    initializers: initializers2,
    op(type, inputs, attributes = [], name) {
      const output = name ?? `${type.toLowerCase()}_${count++}`;
      nodes.push(bytes(1, [
        ...inputs.map((input) => string(1, input)),
        string(2, output),
        string(3, `${output}_node`),
        string(4, type),
        ...attributes.map((attribute2) => bytes(5, attribute2))
      ]));
      return output;
    },
    tensor(values2, dims) {
      const name = `w_${count++}`;
      initializers2.push(bytes(5, [
        ...dims.map((d) => int(1, d)),
        int(2, ELEMENT[dtype]),
        string(8, name),
        bytes(9, raw(values2, dtype))
      ]));
      return name;
    },
    scalar(value) {
      let name = scalars.get(value);
      if (name === void 0) {
        scalars.set(value, name = graph.tensor([
          value
        ], []));
      }
      return name;
    }
  };
  return graph;
}
function raw(values2, dtype) {
  const size2 = dtype === "float32" ? 4 : 8;
  const view = new DataView(new ArrayBuffer(values2.length * size2));
  for (let k = 0; k < values2.length; k++) {
    if (size2 === 4) view.setFloat32(k * size2, values2[k], true);
    else view.setFloat64(k * size2, values2[k], true);
  }
  return new Uint8Array(view.buffer);
}
function valueInfo(name, element, columns2) {
  const shape = [
    bytes(1, [
      string(2, "N")
    ]),
    bytes(1, [
      int(1, columns2)
    ])
  ];
  return [
    string(1, name),
    bytes(2, [
      bytes(1, [
        int(1, element),
        bytes(2, shape)
      ])
    ])
  ];
}
function dense(graph, layer, x, index) {
  const w = graph.tensor(layer.weights.flat(), [
    layer.inputs,
    layer.outputs
  ]);
  let z = graph.op("MatMul", [
    x,
    w
  ]);
  if (layer.bias !== null) {
    z = graph.op("Add", [
      z,
      graph.tensor(layer.bias, [
        layer.outputs
      ])
    ]);
  }
  return activation(graph, layer, z, index);
}
function unscale(graph, scaler, x) {
  const { offset, scale } = scaler;
  return graph.op("Add", [
    graph.op("Mul", [
      x,
      graph.tensor(scale, [
        scale.length
      ])
    ]),
    graph.tensor(offset, [
      offset.length
    ])
  ]);
}
function activation(graph, layer, z, index) {
  const { op, scalar } = graph;
  const alpha = layer.activationOptions?.alpha;
  const positive = () => op("Greater", [
    z,
    scalar(0)
  ]);
  const expm1 = () => {
    const t = op("Tanh", [
      op("Mul", [
        z,
        scalar(0.5)
      ])
    ]);
    return op("Div", [
      op("Mul", [
        scalar(2),
        t
      ]),
      op("Sub", [
        scalar(1),
        t
      ])
    ]);
  };
  const log1p = (u) => {
    const w = op("Add", [
      scalar(1),
      u
    ]), d = op("Sub", [
      w,
      scalar(1)
    ]);
    const ratio2 = op("Div", [
      op("Mul", [
        u,
        op("Log", [
          w
        ])
      ]),
      d
    ]);
    return op("Where", [
      op("Equal", [
        d,
        scalar(0)
      ]),
      u,
      ratio2
    ]);
  };
  const softplus3 = () => op("Add", [
    op("Relu", [
      z
    ]),
    log1p(op("Exp", [
      op("Neg", [
        op("Abs", [
          z
        ])
      ])
    ]))
  ]);
  const elu2 = (a) => op("Where", [
    positive(),
    z,
    op("Mul", [
      scalar(a),
      expm1()
    ])
  ]);
  switch (layer.activation) {
    case "linear":
      return z;
    case "relu":
      return op("Relu", [
        z
      ]);
    case "sigmoid":
      return op("Sigmoid", [
        z
      ]);
    case "tanh":
      return op("Tanh", [
        z
      ]);
    case "softmax":
      return op("Softmax", [
        z
      ], [
        join([
          string(1, "axis"),
          int(3, 1),
          int(20, INT_ATTRIBUTE)
        ])
      ]);
    case "leakyRelu":
      return op("Where", [
        positive(),
        z,
        op("Mul", [
          z,
          scalar(alpha ?? 0.01)
        ])
      ]);
    case "elu":
      return elu2(alpha ?? 1);
    case "selu": {
      const negative = op("Mul", [
        scalar(SELU_SCALE),
        op("Mul", [
          scalar(SELU_ALPHA),
          expm1()
        ])
      ]);
      return op("Where", [
        positive(),
        op("Mul", [
          z,
          scalar(SELU_SCALE)
        ]),
        negative
      ]);
    }
    case "softplus":
      return softplus3();
    case "silu":
    case "swish":
      return op("Mul", [
        z,
        op("Sigmoid", [
          z
        ])
      ]);
    case "mish":
      return op("Mul", [
        z,
        op("Tanh", [
          softplus3()
        ])
      ]);
    case "hardSigmoid":
      return op("Max", [
        scalar(0),
        op("Min", [
          scalar(1),
          op("Add", [
            op("Mul", [
              z,
              scalar(1 / 6)
            ]),
            scalar(0.5)
          ])
        ])
      ]);
    case "gelu":
      if (graph.dtype === "float64") return op("Mul", [
        z,
        normalCdf2(graph, z)
      ]);
      return op("Mul", [
        op("Mul", [
          z,
          scalar(0.5)
        ]),
        op("Add", [
          scalar(1),
          op("Erf", [
            op("Mul", [
              z,
              scalar(Math.SQRT1_2)
            ])
          ])
        ])
      ]);
    case "geluTanh": {
      const cube = op("Mul", [
        op("Mul", [
          z,
          z
        ]),
        z
      ]);
      const inner = op("Mul", [
        scalar(Math.sqrt(2 / Math.PI)),
        op("Add", [
          z,
          op("Mul", [
            scalar(0.044715),
            cube
          ])
        ])
      ]);
      return op("Mul", [
        op("Mul", [
          z,
          scalar(0.5)
        ]),
        op("Add", [
          scalar(1),
          op("Tanh", [
            inner
          ])
        ])
      ]);
    }
  }
  throw new RangeError(`toOnnx: layers[${index}] has activation ${layer.activation}, which has no ONNX form; export a model of built-in activations`);
}
var ERF_SWITCH = 2.5;
var ERF_SERIES_TERMS = 36;
var ERFC_FRACTION_DEPTH = 40;
function normalCdf2(graph, z) {
  const { op, scalar } = graph;
  const a = op("Abs", [
    op("Mul", [
      z,
      scalar(Math.SQRT1_2)
    ])
  ]);
  const s = op("Min", [
    a,
    scalar(ERF_SWITCH)
  ]);
  const s2 = op("Mul", [
    s,
    s
  ]), twoS2 = op("Mul", [
    scalar(2),
    s2
  ]);
  let sum2 = scalar(1);
  for (let n = ERF_SERIES_TERMS; n >= 0; n--) {
    sum2 = op("Add", [
      scalar(1),
      op("Mul", [
        op("Mul", [
          sum2,
          twoS2
        ]),
        scalar(1 / (2 * n + 3))
      ])
    ]);
  }
  const erfSeries2 = op("Mul", [
    op("Mul", [
      scalar(2 / Math.sqrt(Math.PI)),
      op("Exp", [
        op("Neg", [
          s2
        ])
      ])
    ]),
    op("Mul", [
      s,
      sum2
    ])
  ]);
  const c = op("Max", [
    a,
    scalar(ERF_SWITCH)
  ]);
  let fraction = c;
  for (let n = ERFC_FRACTION_DEPTH; n >= 1; n--) {
    fraction = op("Add", [
      c,
      op("Div", [
        scalar(n / 2),
        fraction
      ])
    ]);
  }
  const erfcFraction = op("Div", [
    op("Mul", [
      scalar(1 / Math.sqrt(Math.PI)),
      op("Exp", [
        op("Neg", [
          op("Mul", [
            c,
            c
          ])
        ])
      ])
    ]),
    fraction
  ]);
  const erfc2 = op("Where", [
    op("Less", [
      a,
      scalar(ERF_SWITCH)
    ]),
    op("Sub", [
      scalar(1),
      erfSeries2
    ]),
    erfcFraction
  ]);
  const half = op("Mul", [
    scalar(0.5),
    erfc2
  ]);
  return op("Where", [
    op("Greater", [
      z,
      scalar(0)
    ]),
    op("Sub", [
      scalar(1),
      half
    ]),
    half
  ]);
}

// lib/interop/tfjs_read.ts
var HARD_SIGMOID_TO_TFJS = 5 / 6;
var HARD_SIGMOID_FROM_TFJS = 6 / 5;
function scaleLayer(layer, factor) {
  return {
    ...layer,
    weights: layer.weights.map((row) => row.map((w) => w * factor)),
    bias: layer.bias?.map((b) => b * factor) ?? null
  };
}
var TFJS_NAMES = new Map(Object.entries({
  linear: "linear",
  relu: "relu",
  sigmoid: "sigmoid",
  tanh: "tanh",
  softmax: "softmax",
  elu: "elu",
  selu: "selu",
  softplus: "softplus",
  silu: "swish",
  mish: "mish",
  gelu: "gelu"
}));
var FROM_TFJS = new Map([
  ...[
    ...TFJS_NAMES
  ].map(([ours, theirs]) => [
    theirs,
    ours
  ]),
  [
    "silu",
    "silu"
  ],
  [
    "gelu_new",
    "geluTanh"
  ],
  [
    "geluNew",
    "geluTanh"
  ],
  [
    "hard_sigmoid",
    "hardSigmoid"
  ]
]);
var READ_ACTIVATIONS = "linear, relu, sigmoid, tanh, softmax, elu, selu, softplus, swish (or silu), mish, gelu and gelu_new";
var DENSE_LACKS = [
  "bias_regularizer",
  "activity_regularizer",
  "kernel_constraint",
  "bias_constraint"
];
var REGULARIZERS = new Map(Object.entries({
  L1L2: [
    "l1",
    "l2"
  ],
  L1: [
    "l1"
  ],
  L2: [
    "l2"
  ]
}));
var READS = "fromTfjs reads Dense, Dropout, Activation, LeakyReLU and ELU layers";
function readTfjs(modelJson, weightData) {
  const root = record3(modelJson, "model.json");
  if (root.format !== void 0 && root.format !== "layers-model") {
    fail2("format", 'expected "layers-model" (fromTfjs reads layers models)', root.format);
  }
  const weights = readWeights(root.weightsManifest, bytesOf(weightData));
  const layers = readLayers(topologyLayers(root.modelTopology), weights);
  for (const [name, weight] of weights) {
    if (!weight.used) {
      throw new ModelFormatError(weight.where, `weight '${name}' belongs to no layer read`);
    }
  }
  const json = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    layers
  };
  const metadata = root.userDefinedMetadata;
  if (metadata !== void 0) {
    if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
      throw new ModelFormatError("userDefinedMetadata", "expected an object");
    }
    json.metadata = metadata;
  }
  return json;
}
function topologyLayers(value) {
  let where = "modelTopology";
  let topology = record3(value, where);
  if (topology.model_config !== void 0) {
    where = "modelTopology.model_config";
    topology = record3(topology.model_config, where);
  }
  if (topology.class_name !== "Sequential") {
    fail2(`${where}.class_name`, 'expected "Sequential" (fromTfjs reads Sequential models)', topology.class_name);
  }
  let entries2 = topology.config;
  if (Array.isArray(entries2)) {
    where = `${where}.config`;
  } else {
    entries2 = record3(entries2, `${where}.config`).layers;
    where = `${where}.config.layers`;
  }
  if (!Array.isArray(entries2) || entries2.length === 0) {
    fail2(where, "expected a non-empty array of layers", entries2);
  }
  return {
    where,
    entries: entries2
  };
}
function readLayers({ where, entries: entries2 }, weights) {
  const layers = [];
  let width;
  entries2.forEach((value, i) => {
    const entry = entryOf(value, `${where}[${i}]`, i);
    width ??= inputWidth(entry);
    switch (entry.kind) {
      case "InputLayer":
        return checkInputLayer(entry, i, width);
      case "Dense": {
        const dense2 = denseOf(entry, width, weights);
        for (const layer of layers) {
          if (layer.inputs === 0) layer.inputs = layer.outputs = dense2.inputs;
        }
        layers.push(dense2);
        width = dense2.outputs;
        return;
      }
      case "Dropout":
        layers.push(dropoutOf2(entry, width ?? 0, i));
        return;
      case "Activation":
      case "LeakyReLU":
      case "ELU":
        return foldActivation(entry, layers);
      default:
        throw new ModelFormatError(`${entry.where}.class_name`, `${entry.label} is not supported: ${READS}`);
    }
  });
  if (!layers.some((layer) => layer.type === "dense")) {
    throw new ModelFormatError(where, "expected at least one Dense layer");
  }
  return layers;
}
function checkInputLayer({ where, label }, index, width) {
  if (index > 0) {
    throw new ModelFormatError(`${where}.class_name`, `${label} must be first`);
  }
  if (width === void 0) {
    throw new ModelFormatError(`${where}.config.batch_input_shape`, `${label} has no input shape`);
  }
}
function foldActivation(entry, layers) {
  const { where, label, kind, config } = entry;
  const activation2 = kind === "Activation" ? activationName(config.activation, `${where}.config.activation`, label) : kind === "LeakyReLU" ? "leakyRelu" : "elu";
  const options = kind === "LeakyReLU" ? {
    alpha: alphaOf(entry, 0.3)
  } : kind === "ELU" ? {
    alpha: alphaOf(entry, 1)
  } : void 0;
  if (activation2 === "linear") return;
  const previous = layers.at(-1);
  if (previous?.type !== "dense" || previous.activation !== "linear") {
    throw new ModelFormatError(`${where}.class_name`, `${label} must follow a Dense layer of linear activation, into which it folds`);
  }
  const folded = activation2 === "hardSigmoid" ? scaleLayer(previous, HARD_SIGMOID_FROM_TFJS) : {
    ...previous
  };
  folded.activation = activation2;
  if (options !== void 0) folded.activationOptions = options;
  layers[layers.length - 1] = folded;
}
function entryOf(value, where, index) {
  const layer = record3(value, where);
  if (typeof layer.class_name !== "string") {
    fail2(`${where}.class_name`, "expected a layer class name", layer.class_name);
  }
  const config = record3(layer.config, `${where}.config`);
  const name = typeof config.name === "string" ? config.name : "";
  const label = `layer ${index} (${layer.class_name}${name === "" ? "" : `, '${name}'`})`;
  return {
    where,
    kind: layer.class_name,
    label,
    name,
    config
  };
}
function inputWidth({ where, label, config }) {
  const key2 = config.batch_input_shape !== void 0 ? "batch_input_shape" : "batch_shape";
  const shape = config[key2];
  if (shape === void 0 || shape === null) return void 0;
  const [batch, width] = Array.isArray(shape) ? shape : [];
  if (!Array.isArray(shape) || shape.length !== 2 || batch !== null || !Number.isInteger(width) || width < 1) {
    throw new ModelFormatError(`${where}.config.${key2}`, `${label} has input shape ${JSON.stringify(shape)}; fromTfjs reads flat inputs, [null, n]`);
  }
  return width;
}
function denseOf(entry, width, weights) {
  const { where, label, config } = entry;
  const units = config.units;
  if (typeof units !== "number" || !Number.isInteger(units) || units < 1) {
    fail2(`${where}.config.units`, "expected a positive integer", units);
  }
  const useBias = config.use_bias ?? true;
  if (typeof useBias !== "boolean") {
    fail2(`${where}.config.use_bias`, "expected true or false", useBias);
  }
  for (const key2 of DENSE_LACKS) {
    if (config[key2] === void 0 || config[key2] === null) continue;
    const what = key2.replace("_", " ");
    throw new ModelFormatError(`${where}.config.${key2}`, `${label} has a ${what}, which this library's dense layers lack; set it to null`);
  }
  const kernel = weightOf(entry, weights, "kernel");
  const inputs = width ?? kernel.shape[0];
  checkShape(kernel, entry, "kernel", [
    inputs,
    units
  ]);
  const layer = {
    type: "dense",
    inputs,
    outputs: units,
    activation: activationName(config.activation, `${where}.config.activation`, label),
    weights: Array.from({
      length: inputs
    }, (_, r) => Array.from(kernel.values.slice(r * units, (r + 1) * units))),
    bias: null
  };
  if (useBias) {
    const bias = weightOf(entry, weights, "bias");
    checkShape(bias, entry, "bias", [
      units
    ]);
    layer.bias = Array.from(bias.values);
  }
  const regularizer = `${where}.config.kernel_regularizer`;
  Object.assign(layer, penaltiesOf(config.kernel_regularizer, regularizer, label));
  if (config.trainable !== void 0 && typeof config.trainable !== "boolean") {
    throw new ModelFormatError(`${where}.config.trainable`, `expected true or false, got ${JSON.stringify(config.trainable)}`);
  }
  if (config.trainable === false) layer.trainable = false;
  return layer.activation === "hardSigmoid" ? scaleLayer(layer, HARD_SIGMOID_FROM_TFJS) : layer;
}
function penaltiesOf(value, where, label) {
  if (value === void 0 || value === null) return {};
  const regularizer = record3(value, where);
  const kind = regularizer.class_name;
  const keys = REGULARIZERS.get(kind);
  if (keys === void 0) {
    fail2(`${where}.class_name`, `expected L1L2, L1 or L2 (${label}'s kernel regularizer)`, kind);
  }
  const config = record3(regularizer.config ?? {}, `${where}.config`);
  const penalties = {};
  for (const key2 of keys) {
    const factor = config[key2] ?? 0.01;
    if (typeof factor !== "number" || !Number.isFinite(factor) || factor < 0) {
      fail2(`${where}.config.${key2}`, "expected a number \u2265 0", factor);
    }
    if (factor !== 0) penalties[key2] = factor;
  }
  return penalties;
}
function dropoutOf2({ where, label, config }, width, index) {
  const { rate, noise_shape: noiseShape, seed } = config;
  if (typeof rate !== "number" || !(rate >= 0 && rate < 1)) {
    fail2(`${where}.config.rate`, "expected a number in [0, 1)", rate);
  }
  if (noiseShape !== void 0 && noiseShape !== null) {
    throw new ModelFormatError(`${where}.config.noise_shape`, `${label} has a noise shape, which this library's dropout lacks; set it to null`);
  }
  return {
    type: "dropout",
    inputs: width,
    outputs: width,
    rate,
    seed: Number.isSafeInteger(seed) ? seed : index
  };
}
function alphaOf({ where, config }, fallback) {
  const key2 = config.alpha === void 0 && config.negative_slope !== void 0 ? "negative_slope" : "alpha";
  const alpha = config[key2] ?? fallback;
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha < 0) {
    fail2(`${where}.config.${key2}`, "expected a finite number \u2265 0", alpha);
  }
  return alpha;
}
function activationName(value, where, label) {
  if (value === void 0 || value === null) return "linear";
  if (typeof value !== "string") {
    fail2(where, "expected an activation name", value);
  }
  const name = FROM_TFJS.get(value);
  if (name !== void 0) return name;
  throw new ModelFormatError(where, `${label} has activation ${value}, which this library lacks; fromTfjs reads ${READ_ACTIVATIONS}`);
}
function weightOf({ label, name }, weights, part) {
  const weight = weights.get(`${name}/${part}`);
  if (weight === void 0) {
    throw new ModelFormatError("weightsManifest", `has no weight '${name}/${part}', which ${label} needs`);
  }
  weight.used = true;
  return weight;
}
function checkShape(weight, { label }, part, expected) {
  if (weight.shape.join() !== expected.join()) {
    throw new ModelFormatError(`${weight.where}.shape`, `${label} expects a ${part} of shape [${expected.join(", ")}], got [${weight.shape.join(", ")}]`);
  }
}
function readWeights(value, bytes2) {
  if (!Array.isArray(value) || value.length === 0) {
    fail2("weightsManifest", "expected a non-empty array of weight groups", value);
  }
  const specs = [];
  value.forEach((group, g) => {
    const list = record3(group, `weightsManifest[${g}]`).weights;
    if (!Array.isArray(list)) {
      fail2(`weightsManifest[${g}].weights`, "expected an array", list);
    }
    list.forEach((item, k) => specs.push(specOf(item, `weightsManifest[${g}].weights[${k}]`)));
  });
  const expected = specs.reduce((sum2, spec) => sum2 + 4 * size(spec.shape), 0);
  if (expected !== bytes2.byteLength) {
    throw new ModelFormatError("weightsManifest", `the weights listed take ${expected} bytes, but weightData has ${bytes2.byteLength}`);
  }
  const view = new DataView(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  const weights = /* @__PURE__ */ new Map();
  let offset = 0;
  for (const { where, name, shape, optimizer } of specs) {
    const values2 = new Float64Array(size(shape));
    for (let k = 0; k < values2.length; k++, offset += 4) {
      values2[k] = view.getFloat32(offset, true);
      if (!Number.isFinite(values2[k])) {
        throw new ModelFormatError(where, `weight '${name}' has ${values2[k]} at index ${k}`);
      }
    }
    if (optimizer) continue;
    if (weights.has(name)) {
      throw new ModelFormatError(`${where}.name`, `weight '${name}' is listed twice`);
    }
    weights.set(name, {
      where,
      shape,
      values: values2,
      used: false
    });
  }
  return weights;
}
function specOf(item, where) {
  const spec = record3(item, where);
  if (typeof spec.name !== "string") {
    fail2(`${where}.name`, "expected a weight name", spec.name);
  }
  const name = spec.name;
  const shape = spec.shape;
  if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
    fail2(`${where}.shape`, "expected an array of sizes", shape);
  }
  if (spec.quantization !== void 0) {
    throw new ModelFormatError(`${where}.quantization`, `weight '${name}' is quantized; fromTfjs reads float32 weights only`);
  }
  if (spec.dtype !== "float32") {
    throw new ModelFormatError(`${where}.dtype`, `weight '${name}' is ${describe(spec.dtype)}; fromTfjs reads float32 weights only`);
  }
  return {
    where,
    name,
    shape,
    optimizer: spec.group === "optimizer"
  };
}
function size(shape) {
  return shape.reduce((product, d) => product * d, 1);
}
function bytesOf(data) {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) {
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (Array.isArray(data) && data.every((part) => part instanceof ArrayBuffer)) {
    const joined = new Uint8Array(data.reduce((sum2, part) => sum2 + part.byteLength, 0));
    let offset = 0;
    for (const part of data) {
      joined.set(new Uint8Array(part), offset);
      offset += part.byteLength;
    }
    return joined;
  }
  throw new TypeError(`fromTfjs: weightData must be an ArrayBuffer, a typed array or an array of ArrayBuffers, got ${describe(data)}`);
}
function record3(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail2(where, "expected an object", value);
  }
  return value;
}
function fail2(where, expected, got) {
  throw new ModelFormatError(where, `${expected}, got ${got === void 0 ? "nothing" : describe(got)}`);
}

// lib/interop/tfjs.ts
var NO_TFJS_FORM = new Map(Object.entries({
  geluTanh: "TF.js 4 has it as gelu_new but cannot load that name from a model file"
}));
function toTfjs(model) {
  const json = model.toJSON();
  const out = {
    layers: [],
    weights: [],
    values: [],
    named: namer()
  };
  foldScalers(json).forEach((layer, i) => {
    if (layer.type === "dense") return writeDense(layer, i, out);
    const config = {
      rate: layer.rate,
      noise_shape: null,
      seed: layer.seed
    };
    out.layers.push({
      class_name: "Dropout",
      config: {
        ...config,
        name: out.named("dropout"),
        trainable: true
      }
    });
  });
  Object.assign(out.layers[0].config, {
    batch_input_shape: [
      null,
      json.layers[0].inputs
    ],
    dtype: "float32"
  });
  const modelJson = {
    format: "layers-model",
    generatedBy: "backprop",
    convertedBy: "backprop toTfjs",
    modelTopology: {
      class_name: "Sequential",
      config: {
        name: "sequential",
        layers: out.layers
      }
    },
    weightsManifest: [
      {
        paths: [
          "weights.bin"
        ],
        weights: out.weights
      }
    ]
  };
  if (json.metadata !== void 0) modelJson.userDefinedMetadata = json.metadata;
  return {
    modelJson,
    weightData: float32Bytes(out.values, json)
  };
}
function writeDense(original, index, out) {
  const layer = original.activation === "hardSigmoid" ? scaleLayer(original, HARD_SIGMOID_TO_TFJS) : original;
  const name = out.named("dense");
  const config = denseConfig(layer, name, activationOf(layer, index));
  out.layers.push({
    class_name: "Dense",
    config
  });
  out.weights.push({
    name: `${name}/kernel`,
    shape: [
      layer.inputs,
      layer.outputs
    ],
    dtype: "float32"
  });
  layer.weights.forEach((row, r) => row.forEach((value, c) => out.values.push({
    where: `layers[${index}].weights[${r}][${c}]`,
    value
  })));
  if (layer.bias !== null) {
    out.weights.push({
      name: `${name}/bias`,
      shape: [
        layer.outputs
      ],
      dtype: "float32"
    });
    layer.bias.forEach((value, c) => out.values.push({
      where: `layers[${index}].bias[${c}]`,
      value
    }));
  }
  if (layer.activation === "leakyRelu") {
    const alpha = layer.activationOptions?.alpha ?? 0.01;
    out.layers.push({
      class_name: "LeakyReLU",
      config: {
        alpha,
        name: out.named("leaky_re_lu"),
        trainable: true
      }
    });
  }
}
function namer() {
  const counts = /* @__PURE__ */ new Map();
  return (kind) => {
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    return `${kind}_${count}`;
  };
}
function denseConfig(layer, name, activation2) {
  const penalties = layer.l1 === void 0 && layer.l2 === void 0 ? null : {
    class_name: "L1L2",
    config: {
      l1: layer.l1 ?? 0,
      l2: layer.l2 ?? 0
    }
  };
  return {
    units: layer.outputs,
    activation: activation2,
    use_bias: layer.bias !== null,
    kernel_initializer: {
      class_name: "VarianceScaling",
      config: {
        scale: 1,
        mode: "fan_avg",
        distribution: "uniform",
        seed: null
      }
    },
    bias_initializer: {
      class_name: "Zeros",
      config: {}
    },
    kernel_regularizer: penalties,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    bias_constraint: null,
    name,
    trainable: layer.trainable !== false
  };
}
function activationOf(layer, index) {
  const { activation: activation2 } = layer;
  if (activation2 === "leakyRelu") return "linear";
  if (activation2 === "hardSigmoid") return "hard_sigmoid";
  const alpha = layer.activationOptions?.alpha;
  if (activation2 === "elu" && alpha !== void 0 && alpha !== 1) {
    throw new RangeError(`toTfjs: layers[${index}] has activation elu with alpha ${alpha}, which has no TF.js form: TF.js's elu activation and ELU layer take alpha 1 only`);
  }
  const reason = NO_TFJS_FORM.get(activation2);
  if (reason !== void 0) {
    throw new RangeError(`toTfjs: layers[${index}] has activation ${activation2}, which has no TF.js form: ${reason}`);
  }
  const name = TFJS_NAMES.get(activation2);
  if (name === void 0) {
    throw new RangeError(`toTfjs: layers[${index}] has activation ${activation2}, which has no TF.js form; export a model of built-in activations`);
  }
  return name;
}
function foldScalers(json) {
  const layers = [
    ...json.layers
  ];
  const first = layers.findIndex((layer) => layer.type === "dense");
  const last2 = layers.findLastIndex((layer) => layer.type === "dense");
  if (json.inputScaler !== void 0) {
    layers[first] = foldInput(layers[first], json.inputScaler);
  }
  if (json.targetScaler !== void 0) {
    const layer = layers[last2];
    if (layer.activation !== "linear") {
      throw new RangeError(`toTfjs: the target scaler can only be folded into a linear last layer, but layers[${last2}] has activation ${layer.activation}; TF.js's layers format has no layer for it`);
    }
    layers[last2] = foldTarget(layer, json.targetScaler);
  }
  return layers;
}
function foldInput(layer, { offset, scale }) {
  const weights = layer.weights.map((row, i) => row.map((w) => w / scale[i]));
  const bias = Array.from({
    length: layer.outputs
  }, (_, j) => {
    let shift = 0;
    for (let i = 0; i < layer.inputs; i++) shift += offset[i] / scale[i] * layer.weights[i][j];
    return (layer.bias?.[j] ?? 0) - shift;
  });
  return {
    ...layer,
    weights,
    bias
  };
}
function foldTarget(layer, { offset, scale }) {
  const weights = layer.weights.map((row) => row.map((w, j) => w * scale[j]));
  const bias = offset.map((m, j) => (layer.bias?.[j] ?? 0) * scale[j] + m);
  return {
    ...layer,
    weights,
    bias
  };
}
function float32Bytes(values2, json) {
  const view = new DataView(new ArrayBuffer(values2.length * 4));
  const folded = json.inputScaler !== void 0 || json.targetScaler !== void 0;
  values2.forEach(({ where, value }, k) => {
    if (!Number.isFinite(Math.fround(value))) {
      throw new RangeError(`toTfjs: ${where} is ${value}${folded ? " with the scalers folded in" : ""}, beyond float32's range (\xB13.4e38)`);
    }
    view.setFloat32(4 * k, value, true);
  });
  return view.buffer;
}
function fromTfjs(modelJson, weightData) {
  return Sequential.fromJSON(readTfjs(modelJson, weightData));
}

// lib/interop/onnx_elementwise.ts
var attribute = (node, name, fallback) => {
  const a = node.attributes.get(name);
  return a?.float ?? a?.int ?? fallback;
};
var sigmoid2 = (x) => 1 / (1 + Math.exp(-x));
var softplus2 = (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
var erf = (x) => 1 - erfc(x);
var UNARY = {
  Identity: (x) => x,
  Dropout: (x) => x,
  Relu: (x) => Math.max(x, 0),
  Sigmoid: sigmoid2,
  Tanh: Math.tanh,
  Exp: Math.exp,
  Log: Math.log,
  Abs: Math.abs,
  Neg: (x) => -x,
  Sqrt: Math.sqrt,
  Reciprocal: (x) => 1 / x,
  Erf: erf,
  Softplus: softplus2,
  Softsign: (x) => x / (1 + Math.abs(x)),
  LeakyRelu: (x, node) => x >= 0 ? x : attribute(node, "alpha", 0.01) * x,
  Elu: (x, node) => x >= 0 ? x : attribute(node, "alpha", 1) * Math.expm1(x),
  Selu: (x, node) => attribute(node, "gamma", 1.0507009873554805) * (x > 0 ? x : attribute(node, "alpha", 1.6732632423543772) * Math.expm1(x)),
  HardSigmoid: (x, node) => Math.max(0, Math.min(1, attribute(node, "alpha", 0.2) * x + attribute(node, "beta", 0.5))),
  HardSwish: (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5)),
  Mish: (x) => x * Math.tanh(softplus2(x)),
  Gelu: (x, node) => node.attributes.get("approximate")?.string === "tanh" ? 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))) : 0.5 * x * (1 + erf(x * Math.SQRT1_2))
};
var BINARY = {
  Add: (a, b) => a + b,
  Sub: (a, b) => a - b,
  Mul: (a, b) => a * b,
  Div: (a, b) => a / b,
  Pow: (a, b) => a ** b,
  Max: Math.max,
  Min: Math.min,
  Greater: (a, b) => +(a > b),
  Less: (a, b) => +(a < b),
  Equal: (a, b) => +(a === b),
  GreaterOrEqual: (a, b) => +(a >= b),
  LessOrEqual: (a, b) => +(a <= b)
};
function arityOf(opType) {
  if (opType === "Where") return [
    3,
    3
  ];
  if (opType === "Clip" || opType === "Dropout") return [
    1,
    3
  ];
  if (opType === "Max" || opType === "Min") return [
    1,
    Infinity
  ];
  if (opType in BINARY) return [
    2,
    2
  ];
  return [
    1,
    1
  ];
}
function isElementwise(opType) {
  return opType in UNARY || opType in BINARY || opType === "Where" || opType === "Clip";
}
var at = (x, i) => typeof x === "number" ? x : x[i];
function evaluate(node, inputs, n) {
  const out = new Float64Array(n);
  const [a, b, c] = inputs;
  const unary = UNARY[node.opType], binary = BINARY[node.opType];
  if (unary !== void 0) {
    for (let i = 0; i < n; i++) out[i] = unary(at(a, i), node);
  } else if (binary !== void 0) {
    for (let i = 0; i < n; i++) {
      let value = at(a, i);
      for (let k = 1; k < inputs.length; k++) {
        value = binary(value, at(inputs[k], i));
      }
      out[i] = value;
    }
  } else if (node.opType === "Where") {
    for (let i = 0; i < n; i++) out[i] = at(a, i) !== 0 ? at(b, i) : at(c, i);
  } else if (node.opType === "Clip") {
    const low = b ?? attribute(node, "min", -Infinity), high = c ?? attribute(node, "max", Infinity);
    for (let i = 0; i < n; i++) {
      out[i] = Math.min(Math.max(at(a, i), at(low, i)), at(high, i));
    }
  } else {
    throw new RangeError(`No elementwise form for ${node.opType}`);
  }
  return out;
}

// lib/interop/onnx_graph.ts
var FLOAT = 1;
var DOUBLE = 11;
var ELEMENT_NAMES = {
  1: "float",
  2: "uint8",
  3: "int8",
  5: "int16",
  6: "int32",
  7: "int64",
  9: "bool",
  10: "float16",
  11: "double",
  16: "bfloat16"
};
function elementName(code) {
  return ELEMENT_NAMES[code] ?? `element type ${code}`;
}
var all = (fields, number) => fields.filter((field) => field.number === number);
var last = (fields, number) => all(fields, number).at(-1);
function textOf(fields, number, where) {
  const field = last(fields, number);
  return field === void 0 ? "" : text(field, where);
}
function readOnnx(bytes2) {
  if (!(bytes2 instanceof Uint8Array)) {
    throw new TypeError(`fromOnnx expects the bytes of an .onnx file (a Uint8Array)`);
  }
  let model;
  try {
    model = decode(bytes2, "model");
  } catch (error) {
    if (!(error instanceof ModelFormatError)) throw error;
    throw new ModelFormatError("model", `these bytes are not an ONNX model (${error.message})`);
  }
  const graphField = last(model, 7);
  if (graphField === void 0 || graphField.wire !== 2) {
    throw new ModelFormatError("model.graph", "missing: these bytes are not an ONNX model");
  }
  let opset;
  for (const [k, field] of all(model, 8).entries()) {
    const where = `model.opset_import[${k}]`;
    const entry = decode(field.bytes, where);
    const domain = textOf(entry, 1, where);
    const version = last(entry, 2);
    if ((domain === "" || domain === "ai.onnx") && version !== void 0) {
      opset = signed(version, where);
    }
  }
  if (opset === void 0) {
    throw new ModelFormatError("model.opset_import", "no version of the default operator set");
  }
  const graph = decode(graphField.bytes, "model.graph");
  const initializers2 = /* @__PURE__ */ new Map();
  all(graph, 5).forEach((field, k) => {
    const tensor = readTensor(field.bytes, `model.graph.initializer[${k}]`);
    initializers2.set(tensor.name, tensor);
  });
  return {
    producer: textOf(model, 2, "model.producer_name"),
    properties: new Map(all(model, 14).map((field, k) => {
      const where = `model.metadata_props[${k}]`;
      const entry = decode(field.bytes, where);
      return [
        textOf(entry, 1, where),
        textOf(entry, 2, where)
      ];
    })),
    opset,
    nodes: all(graph, 1).map((field, k) => readNode(field.bytes, k)),
    initializers: initializers2,
    inputs: all(graph, 11).map((field, k) => readValue(field.bytes, `model.graph.input[${k}]`)),
    outputs: all(graph, 12).map((field, k) => readValue(field.bytes, `model.graph.output[${k}]`))
  };
}
function readNode(bytes2, index) {
  const where = `model.graph.node[${index}]`;
  const fields = decode(bytes2, where);
  const attributes = /* @__PURE__ */ new Map();
  for (const [k, field] of all(fields, 5).entries()) {
    const at2 = `${where}.attribute[${k}]`;
    const attribute2 = decode(field.bytes, at2);
    attributes.set(textOf(attribute2, 1, at2), readAttribute(attribute2, at2));
  }
  return {
    index,
    name: textOf(fields, 3, where),
    opType: textOf(fields, 4, where),
    domain: textOf(fields, 7, where),
    inputs: all(fields, 1).map((field) => text(field, where)),
    outputs: all(fields, 2).map((field) => text(field, where)),
    attributes
  };
}
function readAttribute(fields, where) {
  const f = last(fields, 2), i = last(fields, 3), s = last(fields, 4), t = last(fields, 5);
  if (f !== void 0 && f.wire === 5) {
    return {
      float: new DataView(f.bytes.buffer, f.bytes.byteOffset, 4).getFloat32(0, true)
    };
  }
  if (i !== void 0) return {
    int: signed(i, where)
  };
  if (t !== void 0) return {
    tensor: readTensor(t.bytes, `${where}.t`)
  };
  if (s !== void 0) return {
    string: text(s, where)
  };
  const type = last(fields, 20);
  return {
    other: type === void 0 ? "an empty attribute" : `an attribute of type ${type.varint}`
  };
}
function readValue(bytes2, where) {
  const fields = decode(bytes2, where);
  const name = textOf(fields, 1, where);
  const type = last(fields, 2);
  const tensorType = type && last(decode(type.bytes, `${where}.type`), 1);
  if (tensorType === void 0) {
    return {
      name,
      elementType: 0,
      shape: void 0
    };
  }
  const tensor = decode(tensorType.bytes, `${where}.type.tensor_type`);
  const element = last(tensor, 1);
  const shapeField = last(tensor, 2);
  const shape = shapeField && all(decode(shapeField.bytes, `${where}.type.tensor_type.shape`), 1).map((dim) => {
    const d = decode(dim.bytes, `${where}.type.tensor_type.shape.dim`);
    const value = last(d, 1);
    return value !== void 0 ? signed(value, where) : textOf(d, 2, where);
  });
  return {
    name,
    elementType: element === void 0 ? 0 : signed(element, where),
    shape
  };
}
function readTensor(bytes2, where) {
  const fields = decode(bytes2, where);
  const name = textOf(fields, 8, where);
  const at2 = name === "" ? where : `${where} ("${name}")`;
  const dims = integers(fields, 1, where);
  const typeField = last(fields, 2);
  const type = typeField === void 0 ? 0 : signed(typeField, where);
  if (last(fields, 14) !== void 0 && last(fields, 14).varint === 1n) {
    throw new ModelFormatError(at2, "its data is in an external file; save the model with its data inside");
  }
  if (type !== FLOAT && type !== DOUBLE) {
    throw new ModelFormatError(at2, `holds ${elementName(type)} values; expected float or double`);
  }
  if (dims.some((d) => d < 0)) {
    throw new ModelFormatError(at2, `shape [${dims.join(", ")}] has a negative dimension`);
  }
  const size2 = type === FLOAT ? 4 : 8;
  const raw2 = last(fields, 9);
  let data;
  if (raw2 !== void 0) {
    data = raw2.bytes;
  } else {
    const list = all(fields, type === FLOAT ? 4 : 10);
    data = new Uint8Array(list.reduce((n, field) => n + field.bytes.length, 0));
    let offset = 0;
    for (const field of list) {
      data.set(field.bytes, offset);
      offset += field.bytes.length;
    }
  }
  const count = dims.reduce((n, d) => n * d, 1);
  if (data.length !== count * size2) {
    throw new ModelFormatError(at2, `shape [${dims.join(", ")}] needs ${count * size2} bytes of ${elementName(type)}, got ${data.length}`);
  }
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  const values2 = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    values2[k] = size2 === 4 ? view.getFloat32(k * 4, true) : view.getFloat64(k * 8, true);
  }
  return {
    name,
    dims,
    dtype: type === FLOAT ? "float32" : "float64",
    values: values2
  };
}

// lib/interop/from_onnx.ts
var SUPPORTED = "MatMul, Gemm, Add, Identity, Dropout, Softmax and elementwise operators (Relu, Sigmoid, Tanh, LeakyRelu, Elu, Selu, Softplus, Softsign, HardSigmoid, HardSwish, Gelu, Mish, Erf, Exp, Log, Sqrt, Reciprocal, Abs, Neg, Sub, Mul, Div, Pow, Max, Min, Clip, Where and comparisons)";
function fromOnnx(bytes2) {
  const graph = readOnnx(bytes2);
  if (graph.opset < 7) {
    throw new ModelFormatError("model.opset_import", `opset ${graph.opset} predates broadcasting (opset 7); convert the model to a newer opset`);
  }
  const stages = stagesOf(graph);
  const float322 = [
    ...stages.constants.values()
  ].some((t) => t.dtype === "float32");
  const json = {
    format: "backprop.sequential",
    version: 2,
    layers: []
  };
  const first = stages.list[0];
  if (first.nodes.length > 0) json.inputScaler = inputScaler(stages, first);
  for (let k = 1; k < stages.list.length; k++) {
    const last2 = k === stages.list.length - 1;
    const { layer, targetScaler } = denseOf2(stages, stages.list[k], last2, float322);
    json.layers.push(layer);
    if (targetScaler !== void 0) json.targetScaler = targetScaler;
  }
  checkWidths(graph, json);
  const metadata = graph.properties.get(METADATA_KEY);
  if (metadata !== void 0) json.metadata = parseProperty(METADATA_KEY, metadata);
  const kinds = graph.properties.get(SCALER_KINDS_KEY);
  if (kinds !== void 0) {
    for (const [key2, kind] of Object.entries(parseProperty(SCALER_KINDS_KEY, kinds))) {
      const scaler = key2 === "inputScaler" || key2 === "targetScaler" ? json[key2] : void 0;
      if (scaler === void 0 || kind !== "standard" && kind !== "minMax") {
        throw new ModelFormatError(`model.metadata_props["${SCALER_KINDS_KEY}"].${key2}`, `expected "standard" or "minMax" for a scaler the graph has, got ${JSON.stringify(kind)}`);
      }
      scaler.kind = kind;
    }
  }
  return Sequential.fromJSON(json);
}
function parseProperty(key2, text2) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new ModelFormatError(`model.metadata_props["${key2}"]`, `expected JSON, got an error: ${error.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ModelFormatError(`model.metadata_props["${key2}"]`, "expected a JSON object");
  }
  return value;
}
function nameOf(node) {
  return `model.graph.node[${node.index}] (${node.name === "" ? "" : `"${node.name}", `}${node.opType})`;
}
function fail3(node, message) {
  throw new ModelFormatError(nameOf(node), message);
}
function stagesOf(graph) {
  const constants = new Map(graph.initializers);
  const inputs = graph.inputs.filter((input) => !constants.has(input.name));
  if (inputs.length !== 1) {
    throw new ModelFormatError("model.graph.input", `expected one input (rows \xD7 features), got ${inputs.length}: ` + (inputs.map((input) => input.name).join(", ") || "none"));
  }
  if (graph.outputs.length !== 1) {
    throw new ModelFormatError("model.graph.output", `expected one output, got ${graph.outputs.length}: ` + graph.outputs.map((output2) => output2.name).join(", "));
  }
  const list = [
    {
      product: void 0,
      start: inputs[0].name,
      nodes: [],
      end: ""
    }
  ];
  const stageOf = /* @__PURE__ */ new Map([
    [
      inputs[0].name,
      0
    ]
  ]);
  const producers = /* @__PURE__ */ new Map(), consumers = /* @__PURE__ */ new Map();
  const later = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) {
    if (node.domain !== "" && node.domain !== "ai.onnx") {
      fail3(node, `operators of domain "${node.domain}" are not supported; fromOnnx reads ${SUPPORTED}`);
    }
    checkOutputs(node, (name) => stageOf.has(name) || constants.has(name) || later.has(name));
    if (node.opType === "Constant") {
      constants.set(node.outputs[0], constantOf(node));
      continue;
    }
    const product = node.opType === "MatMul" || node.opType === "Gemm";
    if (!product && node.opType !== "Softmax" && !isElementwise(node.opType)) {
      fail3(node, `this operator is not supported; fromOnnx reads ${SUPPORTED}`);
    }
    checkArity(node);
    if (node.opType === "Clip" && graph.opset >= 11 && (node.attributes.has("min") || node.attributes.has("max"))) {
      fail3(node, `min and max are inputs since opset 11, not attributes (this file is opset ${graph.opset})`);
    }
    const data = node.inputs.filter((input) => input !== "" && !constants.has(input));
    for (const input of data) {
      const other = later.get(input);
      if (other !== void 0) {
        fail3(node, `it uses "${input}", a later output of ${nameOf(other)}; only first outputs are read`);
      }
      if (!stageOf.has(input)) {
        fail3(node, `its input "${input}" is computed by no earlier node`);
      }
      consumers.set(input, [
        ...consumers.get(input) ?? [],
        node
      ]);
    }
    for (const output2 of node.outputs.slice(1)) if (output2 !== "") later.set(output2, node);
    const latest = list.length - 1;
    const from = data.map((input) => stageOf.get(input));
    if (from.length === 0) {
      fail3(node, "it computes from constants only; fold it into a constant");
    }
    if (from.some((s) => s !== latest)) {
      fail3(node, "it uses a value from before the previous layer: only a chain of layers is read");
    }
    producers.set(node.outputs[0], node);
    if (product) {
      if (data.length !== 1 || data[0] !== node.inputs[0]) {
        fail3(node, "expected the data as its first input and constant weights as its second");
      }
      list[latest].end = data[0];
      list.push({
        product: node,
        start: node.outputs[0],
        nodes: [],
        end: ""
      });
      stageOf.set(node.outputs[0], latest + 1);
      continue;
    }
    list[latest].nodes.push(node);
    stageOf.set(node.outputs[0], latest);
  }
  const output = graph.outputs[0].name;
  if (stageOf.get(output) !== list.length - 1) {
    throw new ModelFormatError("model.graph.output", `"${output}" is not computed from the last layer`);
  }
  list[list.length - 1].end = output;
  if (list.length === 1) {
    throw new ModelFormatError("model.graph", "no MatMul or Gemm: the graph has no dense layer");
  }
  return {
    list,
    constants,
    producers,
    consumers
  };
}
function checkOutputs(node, defined) {
  if (node.outputs.length === 0 || node.outputs[0] === "") fail3(node, "it has no output");
  for (const output of node.outputs) {
    if (output !== "" && defined(output)) {
      fail3(node, `its output "${output}" is already defined; each value must be computed once`);
    }
  }
}
function checkArity(node) {
  const [least, most] = node.opType === "MatMul" ? [
    2,
    2
  ] : node.opType === "Gemm" ? [
    2,
    3
  ] : node.opType === "Softmax" ? [
    1,
    1
  ] : arityOf(node.opType);
  const count = node.inputs.length;
  if (count < least || count > most) {
    const expected = least === most ? `${least}` : `${least} to ${most === Infinity ? "any" : most}`;
    fail3(node, `it has ${count} input${count === 1 ? "" : "s"}; ${node.opType} takes ${expected}`);
  }
}
function constantOf(node) {
  const value = node.attributes.get("value");
  if (value?.tensor !== void 0) {
    return {
      ...value.tensor,
      name: node.outputs[0]
    };
  }
  const float = node.attributes.get("value_float")?.float;
  if (float !== void 0) {
    return {
      name: node.outputs[0],
      dims: [],
      dtype: "float32",
      values: Float64Array.of(float)
    };
  }
  fail3(node, "expected a float tensor in its value attribute");
}
function columnConstant(stages, node, value, scalar = false) {
  if (node === void 0 || ![
    "Add",
    "Sub",
    "Mul",
    "Div"
  ].includes(node.opType)) return void 0;
  if (node.inputs.length !== 2) return void 0;
  const [a, b] = node.inputs;
  const constant = stages.constants.get(a === value ? b : a);
  if (constant === void 0 || a !== value && b !== value) return void 0;
  if (a !== value && (node.opType === "Sub" || node.opType === "Div")) {
    return void 0;
  }
  return constant.dims.length === 0 && !scalar ? void 0 : constant;
}
function columns(tensor, width, node) {
  const trailing = tensor.dims.slice(0, -1).every((d) => d === 1);
  const size2 = tensor.values.length;
  if (trailing && (size2 === width || size2 === 1)) {
    return size2 === width ? tensor.values : new Float64Array(width).fill(tensor.values[0]);
  }
  fail3(node, `its constant "${tensor.name}" has shape [${tensor.dims}]; expected [${width}]` + (width === 1 ? "" : " or [1]"));
}
function soleConsumer(stages, value) {
  const users = stages.consumers.get(value) ?? [];
  return users.length === 1 ? users[0] : void 0;
}
function inputScaler(stages, stage) {
  const width = widthOf(stages, stages.list[1]);
  const offset = new Float64Array(width), scale = new Float64Array(width).fill(1);
  let value = stage.start;
  while (value !== stage.end) {
    const node = soleConsumer(stages, value);
    if (node === void 0) {
      throw new ModelFormatError("model.graph", `"${value}" feeds several nodes before the first layer`);
    }
    if (node.opType === "Identity" || node.opType === "Dropout") {
      value = node.outputs[0];
      continue;
    }
    const constant = columnConstant(stages, node, value, true);
    if (constant === void 0 || !stage.nodes.includes(node)) {
      fail3(node, "before the first layer, expected per-column Sub, Div, Mul or Add (a scaler)");
    }
    const c = columns(constant, width, node);
    for (let j = 0; j < width; j++) {
      if (node.opType === "Sub") offset[j] += c[j] * scale[j];
      else if (node.opType === "Add") offset[j] -= c[j] * scale[j];
      else if (node.opType === "Div") scale[j] *= c[j];
      else scale[j] /= c[j];
    }
    value = node.outputs[0];
  }
  return {
    kind: "standard",
    offset: Array.from(offset),
    scale: Array.from(scale)
  };
}
function widthOf(stages, stage) {
  return weightsOf(stages, stage.product).inputs;
}
function weightsOf(stages, node) {
  const b = stages.constants.get(node.inputs[1]);
  if (b === void 0 || b.dims.length !== 2) {
    fail3(node, `expected a constant matrix as its second input, got "${node.inputs[1]}"`);
  }
  const int2 = (name, fallback) => node.attributes.get(name)?.int ?? fallback;
  const float = (name) => node.attributes.get(name)?.float ?? 1;
  const transA = int2("transA", 0), transB = int2("transB", 0);
  if (node.opType === "Gemm" && transA !== 0) {
    fail3(node, `transA = ${transA}: expected 0 (the data's rows as samples)`);
  }
  if (node.opType === "Gemm" && transB !== 0 && transB !== 1) {
    fail3(node, `transB = ${transB}: expected 0 or 1`);
  }
  const transposed = node.opType === "Gemm" && transB === 1;
  const alpha = node.opType === "Gemm" ? float("alpha") : 1;
  const [rows, cols] = b.dims;
  const inputs = transposed ? cols : rows, outputs = transposed ? rows : cols;
  const weights = Array.from({
    length: inputs
  }, (_, i) => Array.from({
    length: outputs
  }, (_2, j) => alpha * b.values[transposed ? j * cols + i : i * cols + j]));
  let bias;
  const c = node.opType === "Gemm" && node.inputs[2] ? stages.constants.get(node.inputs[2]) : void 0;
  if (node.opType === "Gemm" && node.inputs[2] && c === void 0) {
    fail3(node, `expected a constant bias as its third input, got "${node.inputs[2]}"`);
  }
  if (c !== void 0) {
    bias = columns(c, outputs, node).map((v) => float("beta") * v);
  }
  return {
    inputs,
    outputs,
    weights,
    bias
  };
}
function denseOf2(stages, stage, last2, float322) {
  const { inputs, outputs, weights, bias: own } = weightsOf(stages, stage.product);
  let bias = own;
  let start = stage.start;
  const next = soleConsumer(stages, start);
  const added = columnConstant(stages, next, start);
  if (added !== void 0 && (next.opType === "Add" || next.opType === "Sub")) {
    const c = columns(added, outputs, next);
    const sign = next.opType === "Add" ? 1 : -1;
    bias = Float64Array.from(c, (v, j) => (bias?.[j] ?? 0) + sign * v);
    start = next.outputs[0];
  }
  let end = stage.end;
  let targetScaler;
  if (last2) [end, targetScaler] = targetScalerOf(stages, start, end, outputs);
  const middle = stage.nodes.filter((node) => isBetween(stages, node, start, end));
  const activation2 = activationOf2(stages, middle, start, end, float322);
  const layer = {
    type: "dense",
    inputs,
    outputs,
    activation: activation2.name,
    weights,
    bias: bias === void 0 ? null : Array.from(bias)
  };
  if (activation2.options !== void 0) {
    layer.activationOptions = activation2.options;
  }
  return {
    layer,
    targetScaler
  };
}
function targetScalerOf(stages, start, end, width) {
  const found = [];
  let value = end;
  for (; ; ) {
    let node = stages.producers.get(value);
    while (node?.opType === "Identity" && value !== start) {
      value = node.inputs[0];
      node = stages.producers.get(value);
    }
    if (node === void 0 || value === start) break;
    const data = node.inputs.find((input) => !stages.constants.has(input));
    const constant = columnConstant(stages, node, data);
    if (constant === void 0 || soleConsumer(stages, data) !== node) break;
    found.unshift({
      node,
      c: columns(constant, width, node)
    });
    value = data;
  }
  if (found.length === 0) return [
    end,
    void 0
  ];
  const offset = new Float64Array(width), scale = new Float64Array(width).fill(1);
  for (const { node, c } of found) {
    for (let j = 0; j < width; j++) {
      if (node.opType === "Mul") scale[j] *= c[j], offset[j] *= c[j];
      else if (node.opType === "Div") scale[j] /= c[j], offset[j] /= c[j];
      else if (node.opType === "Add") offset[j] += c[j];
      else offset[j] -= c[j];
    }
  }
  return [
    value,
    {
      kind: "standard",
      offset: Array.from(offset),
      scale: Array.from(scale)
    }
  ];
}
function isBetween(stages, node, start, end) {
  const reaches = (value, seen) => {
    if (value === start) return true;
    if (seen.has(value)) return false;
    seen.add(value);
    const producer = stages.producers.get(value);
    return producer !== void 0 && producer.inputs.some((input) => !stages.constants.has(input) && reaches(input, seen));
  };
  const feeds = (value, seen) => {
    if (value === end) return true;
    if (seen.has(value)) return false;
    seen.add(value);
    return (stages.consumers.get(value) ?? []).some((user) => user.outputs.some((output) => feeds(output, seen)));
  };
  return node.inputs.some((input) => reaches(input, /* @__PURE__ */ new Set())) && node.outputs.some((output) => feeds(output, /* @__PURE__ */ new Set()));
}
var PROBES = Float64Array.from([
  ...Array.from({
    length: 97
  }, (_, i) => -12 + i * 0.25),
  ...[
    1e-3,
    3e-7,
    0.1,
    20,
    50,
    1e3,
    1e6
  ].flatMap((v) => [
    -v,
    v
  ]),
  -1
]);
var LARGE = 20;
var CANDIDATES = [
  "linear",
  "relu",
  "sigmoid",
  "tanh",
  "softplus",
  "silu",
  "mish",
  "gelu",
  "geluTanh",
  "hardSigmoid",
  "selu",
  "leakyRelu",
  "elu"
];
function activationOf2(stages, nodes, start, end, float322) {
  const softmax2 = nodes.find((node) => node.opType === "Softmax");
  if (softmax2 !== void 0) {
    const axis = softmax2.attributes.get("axis")?.int ?? -1;
    const rest = nodes.filter((node) => node !== softmax2);
    if (axis !== -1 && axis !== 1) {
      fail3(softmax2, `axis ${axis}: expected the last axis (-1 or 1)`);
    }
    if (softmax2.inputs[0] !== start || rest.some((n) => ![
      "Identity",
      "Dropout"
    ].includes(n.opType))) {
      fail3(softmax2, "expected Softmax right after the layer's product and bias, alone");
    }
    return {
      name: "softmax"
    };
  }
  const values2 = /* @__PURE__ */ new Map([
    [
      start,
      PROBES
    ]
  ]);
  for (const node of nodes) {
    const inputs = node.inputs.map((input) => {
      if (input === "") return void 0;
      const constant = stages.constants.get(input);
      if (constant === void 0) return values2.get(input);
      if (constant.values.length !== 1) {
        fail3(node, `its constant "${input}" has shape [${constant.dims}]; expected one number here`);
      }
      return constant.values[0];
    });
    values2.set(node.outputs[0], evaluate(node, inputs, PROBES.length));
  }
  const f = values2.get(end);
  const tolerance = float322 ? 1e-6 : 1e-9;
  const scalars = nodes.flatMap((node) => [
    ...node.inputs.flatMap((input) => {
      const constant = stages.constants.get(input);
      if (constant === void 0) return [];
      return Array.from(constant.values, (value) => ({
        value,
        float32: constant.dtype === "float32"
      }));
    }),
    ...[
      node.attributes.get("alpha")?.float ?? []
    ].flat().map((value) => ({
      value,
      float32: true
    }))
  ]);
  for (const name of CANDIDATES) {
    const options = optionsFor(name, f, float322, scalars);
    const a = new Matrix(1, PROBES.length);
    activations.get(name, options).forward(new Matrix(1, PROBES.length, PROBES), a);
    const close = a.data.every((v, i) => Math.abs(v - f[i]) <= tolerance * Math.max(1, Math.abs(v)) || !Number.isFinite(f[i]) && !Number.isNaN(f[i]) && Math.abs(PROBES[i]) >= LARGE);
    if (close) return options === void 0 ? {
      name
    } : {
      name,
      options
    };
  }
  throw new ModelFormatError(nodes.length === 0 ? "model.graph" : nameOf(nodes[0]), `the operators from here to "${end}" compute no built-in activation (compared with each at ${PROBES.length} points from \u22121e6 to 1e6)`);
}
function optionsFor(name, f, float322, scalars) {
  const plugin = activations.get(name);
  if (plugin.options === void 0 || !("alpha" in plugin.options)) {
    return void 0;
  }
  const g = new Matrix(1, 1);
  activations.get(name, {
    alpha: 1
  }).forward(Matrix.from([
    [
      -1
    ]
  ]), g);
  const ratio2 = f[PROBES.length - 1] / g.data[0];
  if (!Number.isFinite(ratio2) || ratio2 < 0) return void 0;
  const exact = scalars.find(({ value }) => Math.abs(value - ratio2) <= 1e-12 * Math.max(1, ratio2));
  const alpha = exact?.value ?? ratio2;
  return {
    alpha: exact?.float32 ?? float322 ? shortestFloat32(alpha) : alpha
  };
}
function shortestFloat32(x) {
  const target = Math.fround(x);
  for (let digits = 1; digits < 10; digits++) {
    const v = Number(x.toPrecision(digits));
    if (Math.fround(v) === target) return v;
  }
  return target;
}
function checkWidths(graph, json) {
  const declared = [
    [
      graph.inputs.find((input) => !graph.initializers.has(input.name)),
      json.layers[0].inputs
    ],
    [
      graph.outputs[0],
      json.layers.at(-1).outputs
    ]
  ];
  for (const [value, width] of declared) {
    const where = `model.graph ${value === graph.outputs[0] ? "output" : "input"} "${value.name}"`;
    if (value.elementType !== 0 && value.elementType !== 1 && value.elementType !== 11) {
      throw new ModelFormatError(where, `has ${elementName(value.elementType)} elements; expected float or double`);
    }
    if (value.shape === void 0) continue;
    if (value.shape.length !== 2) {
      throw new ModelFormatError(where, `has rank ${value.shape.length}; expected rows \xD7 columns`);
    }
    const columns2 = value.shape[1];
    if (typeof columns2 === "number" && columns2 > 0 && columns2 !== width) {
      throw new ModelFormatError(where, `has ${columns2} columns; the layers read have ${width}`);
    }
  }
}

// lib/training/reduce_lr_on_plateau.ts
function reduceLROnPlateau(options = {}) {
  const o = checkOptions("reduceLROnPlateau", options, [
    "monitor",
    "factor",
    "patience",
    "minDelta",
    "cooldown",
    "minLearningRate"
  ]);
  if (o.monitor !== void 0 && typeof o.monitor !== "string") {
    throw new TypeError(`reduceLROnPlateau monitor must be a log name, got ${String(o.monitor)}`);
  }
  const factor = numberOption("reduceLROnPlateau", o, "factor", 0.1, OPEN_UNIT);
  const patience = integerOption("reduceLROnPlateau", o, "patience", 10, 1);
  const minDelta = numberOption("reduceLROnPlateau", o, "minDelta", 1e-4, NON_NEGATIVE);
  const cooldown = integerOption("reduceLROnPlateau", o, "cooldown", 0, 0);
  const minLearningRate = numberOption("reduceLROnPlateau", o, "minLearningRate", 0, NON_NEGATIVE);
  const named2 = o.monitor;
  let monitor, best, wait = 0, cooling = 0;
  return {
    onEpochEnd({ epoch, logs, valLoss, optimizer }) {
      const scale = optimizer.learningRateScale, rate = optimizer.learningRate;
      if (typeof scale !== "number" || typeof rate !== "number") {
        throw new TypeError(`reduceLROnPlateau needs an optimizer with learningRate and learningRateScale, as the built-in ones have; ${optimizer.name} has not`);
      }
      if (epoch === 1) {
        monitor = best = void 0;
        wait = cooling = 0;
      }
      monitor ??= named2 ?? defaultMonitor(valLoss !== void 0);
      const current = monitorValue(logs, monitor, "reduceLROnPlateau");
      if (cooling > 0) {
        cooling--;
        wait = 0;
      }
      if (improves(monitorMode(monitor), current, best, minDelta)) {
        best = current;
        wait = 0;
      } else if (cooling === 0 && ++wait >= patience) {
        if (rate > minLearningRate) {
          optimizer.learningRateScale = rate * factor >= minLearningRate ? scale * factor : scale * (minLearningRate / rate);
          cooling = cooldown;
          wait = 0;
        }
      }
    }
  };
}

// lib/data/datasets.ts
function linspace(start, stop, num, endpoint) {
  const out = new Float64Array(num);
  const div = endpoint ? num - 1 : num;
  const step = div > 0 ? (stop - start) / div : 0;
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}
function labelColumn(labels2) {
  return new Matrix(labels2.length, 1, Float64Array.from(labels2));
}
function addNoise(m, noise2, random) {
  if (noise2 === 0) return;
  for (let k = 0; k < m.data.length; k++) m.data[k] += noise2 * random.normal();
}
function xor(options) {
  const opts = checkOptions("xor", options, [
    "oneHot"
  ]);
  const labels2 = [
    0,
    1,
    1,
    0
  ];
  const x = Matrix.from([
    [
      0,
      0
    ],
    [
      0,
      1
    ],
    [
      1,
      0
    ],
    [
      1,
      1
    ]
  ]);
  const y = booleanOption("xor", opts, "oneHot", false) ? oneHot(labels2, 2) : labelColumn(labels2);
  return {
    x,
    y,
    labels: labels2
  };
}
var TWO_CLASS_KEYS = [
  "n",
  "noise",
  "shuffle",
  "random",
  "seed"
];
function twoClassSampling(owner, opts, options) {
  return {
    n: integerOption(owner, opts, "n", 100, 2),
    noise: numberOption(owner, opts, "noise", 0, NON_NEGATIVE),
    shuffle: booleanOption(owner, opts, "shuffle", true),
    random: resolveRandom(options)
  };
}
function twoClasses(points, nOut, s) {
  const sorted = Array.from({
    length: points.rows
  }, (_, i) => i < nOut ? 0 : 1);
  const order = s.shuffle ? permutation(points.rows, {
    random: s.random
  }) : void 0;
  const x = order ? takeRows(points, order, "points") : points;
  const labels2 = order ? Array.from(order, (i) => sorted[i]) : sorted;
  addNoise(x, s.noise, s.random);
  return {
    x,
    y: labelColumn(labels2),
    labels: labels2
  };
}
function moons(options) {
  const opts = checkOptions("moons", options, TWO_CLASS_KEYS);
  const s = twoClassSampling("moons", opts, options);
  const nOut = Math.floor(s.n / 2), nIn = s.n - nOut;
  const points = new Matrix(s.n, 2), d = points.data;
  const tOut = linspace(0, Math.PI, nOut, true), tIn = linspace(0, Math.PI, nIn, true);
  for (let i = 0; i < nOut; i++) {
    d[2 * i] = Math.cos(tOut[i]);
    d[2 * i + 1] = Math.sin(tOut[i]);
  }
  for (let i = 0, k = 2 * nOut; i < nIn; i++, k += 2) {
    d[k] = 1 - Math.cos(tIn[i]);
    d[k + 1] = 1 - Math.sin(tIn[i]) - 0.5;
  }
  return twoClasses(points, nOut, s);
}
function circles(options) {
  const opts = checkOptions("circles", options, [
    ...TWO_CLASS_KEYS,
    "factor"
  ]);
  const s = twoClassSampling("circles", opts, options);
  const factor = numberOption("circles", opts, "factor", 0.8, OPEN_UNIT);
  const nOut = Math.floor(s.n / 2), nIn = s.n - nOut;
  const points = new Matrix(s.n, 2), d = points.data;
  const tOut = linspace(0, 2 * Math.PI, nOut, false), tIn = linspace(0, 2 * Math.PI, nIn, false);
  for (let i = 0; i < nOut; i++) {
    d[2 * i] = Math.cos(tOut[i]);
    d[2 * i + 1] = Math.sin(tOut[i]);
  }
  for (let i = 0, k = 2 * nOut; i < nIn; i++, k += 2) {
    d[k] = factor * Math.cos(tIn[i]);
    d[k + 1] = factor * Math.sin(tIn[i]);
  }
  return twoClasses(points, nOut, s);
}
function spirals(options) {
  const opts = checkOptions("spirals", options, [
    "n",
    "classes",
    "noise",
    "random",
    "seed"
  ]);
  const classes = integerOption("spirals", opts, "classes", 2, 2);
  const n = integerOption("spirals", opts, "n", 100, classes, " (one point per class)");
  const noise2 = numberOption("spirals", opts, "noise", 0.2, NON_NEGATIVE);
  const random = resolveRandom(options);
  const x = new Matrix(n, 2), d = x.data;
  const labels2 = [];
  for (let k = 0; k < classes; k++) {
    const m = Math.floor(n / classes) + (k < n % classes ? 1 : 0);
    const r = linspace(0, 1, m, true), t = linspace(4 * k, 4 * (k + 1), m, true);
    for (let i = 0; i < m; i++) {
      const angle = noise2 === 0 ? t[i] : t[i] + noise2 * random.normal();
      const row = labels2.push(k) - 1;
      d[2 * row] = r[i] * Math.sin(angle);
      d[2 * row + 1] = r[i] * Math.cos(angle);
    }
  }
  return {
    x,
    y: classes === 2 ? labelColumn(labels2) : oneHot(labels2, classes),
    labels: labels2
  };
}
function expSin(options) {
  const opts = checkOptions("expSin", options, [
    "n",
    "random",
    "seed"
  ]);
  const n = integerOption("expSin", opts, "n", 1e4, 1);
  const random = resolveRandom(options);
  const x = new Matrix(n, 2), y = new Matrix(n, 2);
  for (let k = 0; k < x.data.length; k++) {
    x.data[k] = random.random();
    y.data[k] = 300 * Math.exp(Math.sin(x.data[k]));
  }
  return {
    x,
    y
  };
}
function heartCurve(options) {
  const opts = checkOptions("heartCurve", options, [
    "n"
  ]);
  const n = integerOption("heartCurve", opts, "n", 100, 1);
  const x = new Matrix(n, 1), y = new Matrix(n, 2);
  for (let k = 0; k < n; k++) {
    x.data[k] = k / n;
    const t = 2 * Math.PI * x.data[k];
    const hx = 16 * Math.sin(t) ** 3;
    const hy = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
    y.data[2 * k] = 0.5 + hx / 40;
    y.data[2 * k + 1] = 0.5 + hy / 40;
  }
  return {
    x,
    y
  };
}

// lib/checks/grad_check.ts
function gradCheck(model, loss, x, y, options = {}) {
  checkOptions("gradCheck", options, [
    ...CHECK_KEYS,
    "sample",
    "sampleWeight"
  ]);
  const check = settings(options, model.dtype !== "float64");
  const input = toMatrix(x, "X"), target = toMatrix(y, "Y");
  const batch = resolveBatch(model.layers, input, target, loss);
  if (options.sampleWeight !== void 0) {
    batch.weights = checkSampleWeights(options.sampleWeight, input.rows, batch.loss, "gradCheck sampleWeight");
  }
  const engine = new Engine(model.layers);
  engine.loss(batch, void 0, "", "training");
  engine.backward(batch);
  const gradients = model.layers.map((layer) => layer.parameters.map((p) => p.gradient.slice()));
  const f = () => inFloat64(() => engine.loss(batch, void 0, "", "replay"));
  const f0 = f();
  const random = createRandom(options.seed ?? 0);
  model.layers.forEach((layer, l) => {
    for (const [i, p] of layer.parameters.entries()) {
      const analytic = gradients[l][i];
      const columns2 = p.kind === "weights" ? layer.outputs : 0;
      for (const k of entries(p.value.length, options.sample, random)) {
        const numeric = estimate(check, p.value, k, f, f0);
        const index = columns2 > 0 ? [
          Math.floor(k / columns2),
          k % columns2
        ] : [
          k
        ];
        check.tally(`layers[${l}].${p.kind}`, l, index, analytic[k], numeric);
      }
    }
  });
  return check.tally.result();
}
function checkActivation(activation2, options = {}) {
  const plugin = activations.resolve(activation2, "checkActivation");
  checkOptions("checkActivation", options, [
    ...CHECK_KEYS,
    "rows",
    "cols"
  ]);
  const check = settings(options);
  const { tally } = check;
  const rows = options.rows ?? 3, cols = options.cols ?? 4;
  const random = createRandom(options.seed ?? 0);
  const z = new Matrix(rows, cols), a = new Matrix(rows, cols), upstream = new Matrix(rows, cols);
  for (let k = 0; k < z.data.length; k++) {
    const u = 2 * random.random() - 1;
    z.data[k] = Math.sign(u) * (0.05 + 2.95 * Math.abs(u));
    upstream.data[k] = random.normal();
  }
  plugin.forward(z, a);
  const dz = new Matrix(rows, cols);
  plugin.backward(z, a, upstream, dz);
  const out = new Matrix(rows, cols);
  compareEntries(check, "backward", z, dz.data, () => {
    plugin.forward(z, out);
    return dot(out.data, upstream.data);
  });
  const inPlace = upstream.clone();
  plugin.backward(z, a, inPlace, inPlace);
  if (inPlace.data.some((v, k) => v !== dz.data[k])) {
    tally.problem(`${plugin.name}.backward gives a different result when dz is the same matrix as da`);
  }
  const extreme = Matrix.from([
    [
      -1e3,
      1e3,
      0,
      1e3
    ],
    [
      1e3,
      -1e3,
      1e3,
      -1e3
    ]
  ]);
  const ea = new Matrix(2, 4), ed = new Matrix(2, 4);
  plugin.forward(extreme, ea);
  plugin.backward(extreme, ea, Matrix.from([
    [
      1,
      1,
      1,
      1
    ],
    [
      1,
      1,
      1,
      1
    ]
  ]), ed);
  if (!ea.data.every(Number.isFinite) || !ed.data.every(Number.isFinite)) {
    tally.problem(`${plugin.name} is not finite for inputs of \xB11000`);
  }
  return tally.result();
}
function checkLoss(loss, options = {}) {
  const plugin = losses.resolve(loss, "checkLoss");
  checkOptions("checkLoss", options, [
    ...CHECK_KEYS,
    "rows",
    "cols"
  ]);
  const check = settings(options);
  const rows = options.rows ?? 3, cols = options.cols ?? 4;
  const random = createRandom(options.seed ?? 0);
  const y = targetsFor(plugin, rows, cols, random);
  const weights = plugin.weighted === true ? [
    void 0,
    Float64Array.from({
      length: rows
    }, () => 0.25 + 2 * random.random())
  ] : [
    void 0
  ];
  for (const w of weights) checkLossWith(check, plugin, y, cols, w, random);
  return check.tally.result();
}
function checkLossWith(check, plugin, y, cols, w, random) {
  const { tally } = check, { rows } = y;
  const weighted = w === void 0 ? "" : "weighted ";
  const fusedForms = plugin.fused ?? [];
  const yHat = new Matrix(rows, cols);
  if (fusedForms.length > 0) {
    fusedForms[0].activation.forward(randomLogits(rows, cols, random), yHat);
  } else {
    for (let k = 0; k < yHat.data.length; k++) {
      yHat.data[k] = plugin.targets === "real" ? random.normal() : 0.05 + 0.9 * random.random();
    }
  }
  const gradient = new Matrix(rows, cols);
  plugin.gradient(yHat, y, gradient, w);
  compareEntries(check, `${weighted}gradient`, yHat, gradient.data, () => plugin.value(yHat, y, w));
  for (const fused of fusedForms) {
    const { activation: activation2 } = fused;
    const name = activation2.name;
    const z = randomLogits(rows, cols, random), a = new Matrix(rows, cols);
    activation2.forward(z, a);
    const plain = plugin.value(a, y, w), direct = fused.value(z, y, w);
    if (!(Math.abs(plain - direct) <= 1e-9 * Math.max(1, Math.abs(plain)))) {
      tally.problem(`${weighted}fused ${name} value ${direct} differs from value after ${name} ${plain}`);
    }
    const delta = new Matrix(rows, cols);
    fused.delta(a, y, delta, w);
    compareEntries(check, `${weighted}fused ${name} delta`, z, delta.data, () => fused.value(z, y, w));
    const big = new Matrix(rows, cols);
    for (let k = 0; k < big.data.length; k++) big.data[k] = k % 2 === 0 ? 1e3 : -1e3;
    const bigA = new Matrix(rows, cols);
    activation2.forward(big, bigA);
    fused.delta(bigA, y, delta, w);
    if (!Number.isFinite(fused.value(big, y, w)) || !delta.data.every(Number.isFinite)) {
      tally.problem(`fused ${name} is not finite for logits of \xB11000`);
    }
  }
}
var CHECK_KEYS = [
  "epsilon",
  "tolerance",
  "floor",
  "seed"
];
function settings(options, float322 = false) {
  const epsilon = options.epsilon ?? 1e-4;
  const tolerance = options.tolerance ?? (float322 ? 1e-3 : 1e-6);
  const floor = options.floor ?? 1e-4;
  for (const [name, v] of [
    [
      "epsilon",
      epsilon
    ],
    [
      "tolerance",
      tolerance
    ],
    [
      "floor",
      floor
    ]
  ]) {
    if (!(v > 0) || !Number.isFinite(v)) {
      throw new RangeError(`Gradient check ${name} must be a positive number, got ${v}`);
    }
  }
  let worst = null;
  let checked = 0, kinks = 0;
  const problems = [];
  const tally = (what, layer, index, analytic, d) => {
    checked++;
    const scale = absoluteScale(floor, d.value);
    let relativeError = Infinity;
    if (d.shape === "kink") {
      kinks++;
      const slack = tolerance * Math.max(Math.abs(d.forward), Math.abs(d.backward), scale) + Math.abs(d.gap - d.halfGap);
      const low = Math.min(d.forward, d.backward) - slack;
      const high = Math.max(d.forward, d.backward) + slack;
      relativeError = analytic >= low && analytic <= high ? 0 : Math.min(Math.abs(analytic - low), Math.abs(analytic - high)) / Math.max(Math.abs(d.forward), Math.abs(d.backward), scale);
    } else if (Number.isFinite(analytic) && Number.isFinite(d.central)) {
      relativeError = Math.abs(analytic - d.central) / Math.max(Math.abs(analytic), Math.abs(d.central), scale);
    }
    if (worst === null || !(relativeError <= worst.relativeError)) {
      worst = {
        what,
        layer,
        index,
        analytic,
        numeric: d.central,
        relativeError
      };
    }
  };
  tally.problem = (message) => problems.push(message);
  tally.result = () => {
    const maxRelativeError = worst?.relativeError ?? 0;
    return {
      passed: maxRelativeError <= tolerance && problems.length === 0,
      maxRelativeError,
      worst,
      checked,
      kinks,
      problems
    };
  };
  return {
    epsilon,
    tolerance,
    floor,
    tally
  };
}
function noise(value, h) {
  return 20 * Number.EPSILON * Math.max(1, Math.abs(value)) / h;
}
function isKink(d, h) {
  return Math.abs(d.halfGap) > noise(d.value, h) && Math.abs(d.halfGap - d.gap) <= 0.1 * Math.abs(d.gap);
}
function estimate(check, values2, k, f, f0) {
  const scale = absoluteScale(check.floor, f0);
  let h = check.epsilon;
  let d = difference(values2, k, h, f, f0);
  for (let refinements = 0; ; refinements++) {
    if (isKink(d, h)) return {
      ...d,
      shape: "kink"
    };
    if (refinements === 4) return {
      ...d,
      shape: "smooth"
    };
    const finer = difference(values2, k, h / 10, f, f0);
    const allowed = check.tolerance * Math.max(Math.abs(d.central), scale) + noise(f0, h / 10);
    if (Math.abs(finer.central - d.central) <= allowed) return {
      ...d,
      shape: "smooth"
    };
    d = finer;
    h /= 10;
  }
}
function absoluteScale(floor, loss) {
  return floor * Math.max(1, Math.abs(loss));
}
function difference(values2, k, h, f, f0) {
  const saved = values2[k];
  const at2 = (x) => {
    values2[k] = x;
    return f();
  };
  const plus = at2(saved + h), minus = at2(saved - h);
  const plusHalf = at2(saved + h / 2), minusHalf = at2(saved - h / 2);
  values2[k] = saved;
  const wide = (plus - minus) / (2 * h), narrow = (plusHalf - minusHalf) / h;
  return {
    value: f0,
    central: (4 * narrow - wide) / 3,
    forward: (plusHalf - f0) / (h / 2),
    backward: (f0 - minusHalf) / (h / 2),
    gap: (plus - 2 * f0 + minus) / h,
    halfGap: (plusHalf - 2 * f0 + minusHalf) / (h / 2)
  };
}
function compareEntries(check, what, m, analytic, f) {
  const f0 = f();
  for (let k = 0; k < m.data.length; k++) {
    const numeric = estimate(check, m.data, k, f, f0);
    check.tally(what, -1, [
      Math.floor(k / m.cols),
      k % m.cols
    ], analytic[k], numeric);
  }
}
function entries(length, sample, random) {
  const all2 = Array.from({
    length
  }, (_, k) => k);
  if (sample === void 0 || sample >= length) return all2;
  if (!Number.isInteger(sample) || sample < 1) {
    throw new RangeError(`Gradient check sample must be a positive integer, got ${sample}`);
  }
  for (let k = 0; k < sample; k++) {
    const j = k + Math.floor(random.random() * (length - k));
    [all2[k], all2[j]] = [
      all2[j],
      all2[k]
    ];
  }
  return all2.slice(0, sample).sort((p, q) => p - q);
}
function targetsFor(loss, rows, cols, random) {
  if (loss.targets === "index") {
    return new Matrix(rows, 1, Float64Array.from({
      length: rows
    }, () => Math.floor(random.random() * cols)));
  }
  const y = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) {
    const hot = Math.floor(random.random() * cols);
    for (let j = 0; j < cols; j++) {
      y.data[i * cols + j] = loss.targets === "real" ? random.normal() : loss.targets === "probability" ? random.random() : Number(j === hot);
    }
  }
  return y;
}
function randomLogits(rows, cols, random) {
  const z = new Matrix(rows, cols);
  for (let k = 0; k < z.data.length; k++) z.data[k] = 2 * random.normal();
  return z;
}
function dot(a, b) {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

// worker/messages.ts
function isFitRequest(data) {
  return typeof data === "object" && data !== null && data.type === "backprop.fit";
}
function encodeMatrix(m) {
  if (!(m instanceof Matrix)) return m;
  return {
    matrix: {
      rows: m.rows,
      cols: m.cols,
      data: m.data
    }
  };
}
function decodeMatrix(m) {
  if (typeof m !== "object" || m === null || !("matrix" in m)) return m;
  const { rows, cols, data } = m.matrix;
  return new Matrix(rows, cols, data);
}
function encodeError(error) {
  if (!(error instanceof Error)) return {
    name: "Error",
    message: String(error),
    base: "Error"
  };
  const { name, message } = error;
  const base = error instanceof TypeError ? "TypeError" : error instanceof RangeError ? "RangeError" : "Error";
  if (!(error instanceof TrainingError)) return {
    name,
    message,
    base
  };
  const { epoch, batch, lastLoss, history } = error;
  const cause = error.cause === void 0 ? void 0 : encodeError(error.cause);
  return {
    name,
    message,
    base,
    training: {
      epoch,
      batch,
      lastLoss,
      history,
      cause
    }
  };
}
function decodeError(wire) {
  if (wire.training !== void 0) {
    const { history, cause, ...where } = wire.training;
    return new TrainingError(wire.message, where, history, cause && decodeError(cause));
  }
  const error = new BUILT_IN[wire.base](wire.message);
  if (error.name !== wire.name) error.name = wire.name;
  return error;
}
var BUILT_IN = {
  TypeError,
  RangeError,
  Error
};
function optimizerState(model) {
  return model.parameters.map(({ state }) => state);
}
function restoreOptimizerState(model, state) {
  model.parameters.forEach((parameter2, i) => {
    Object.assign(parameter2.state.slots, state[i].slots);
    Object.assign(parameter2.state.counters, state[i].counters);
  });
}

// worker/wire_options.ts
var WHY = {
  callbacks: "callbacks run on the thread that trains; follow the epochs with fitInWorker's onEpoch setting instead",
  random: "a generator is a function; pass seed instead"
};
function wireOptions(options) {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return options;
  }
  const { loss, optimizer, validationData, log, ...rest } = options;
  for (const [key2, value] of Object.entries(rest)) {
    if (Object.hasOwn(WHY, key2) && value !== void 0) throw refusal(key2, WHY[key2]);
    const path = functionPath(value, key2);
    if (path !== null) throw refusal(path, "it is a function");
  }
  const wire = {
    ...rest,
    loss: wireLoss(loss)
  };
  if (optimizer !== void 0) wire.optimizer = wireOptimizer(optimizer);
  if (validationData !== void 0) wire.validationData = wireValidation(validationData);
  if (log !== void 0 && typeof log !== "function") wire.log = log;
  return wire;
}
function refusal(option, why) {
  return new TypeError(`fitInWorker option ${option} cannot cross to a worker: ${why}`);
}
function functionPath(value, path) {
  if (typeof value === "function") return path;
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return null;
  for (const [key2, inner] of Object.entries(value)) {
    const found = functionPath(inner, `${path}.${key2}`);
    if (found !== null) return found;
  }
  return null;
}
function wireLoss(loss) {
  if (typeof loss !== "object" || loss === null) return loss;
  const { name } = loss;
  if (typeof name === "string" && losses.has(name) && losses.get(name) === loss) return name;
  throw refusal("loss", `the loss ${JSON.stringify(name)} is not the one registered under its name; register it in a worker script that then calls serveFit, and pass its name`);
}
function wireOptimizer(optimizer) {
  if (typeof optimizer !== "object" || optimizer === null) return optimizer;
  const { name, options, learningRateScale = 1 } = optimizer;
  const rebuilt = typeof name === "string" && options !== void 0 && optimizers.has(name) ? rebuild(name, options) : void 0;
  if (rebuilt !== void 0 && JSON.stringify(rebuilt.options) === JSON.stringify(options)) {
    return {
      name,
      options,
      learningRateScale
    };
  }
  const schedule = options !== void 0 && !("learningRate" in options) && rebuilt?.options !== void 0 && "learningRate" in rebuilt.options;
  throw refusal("optimizer", schedule ? `the learningRate of the optimizer "${name}" is a schedule, a function; give it a number` : `the optimizer ${JSON.stringify(name)} cannot be rebuilt from a registered name and its options; register its factory in a worker script that then calls serveFit, and pass an optimizer it builds`);
}
function rebuild(name, options) {
  try {
    return optimizers.get(name, options);
  } catch {
    return void 0;
  }
}
function wireValidation(data) {
  const pair2 = Array.isArray(data) ? data : data !== null && typeof data === "object" && "x" in data && "y" in data ? [
    data.x,
    data.y
  ] : null;
  if (pair2 === null || pair2.length !== 2) return data;
  return [
    encodeMatrix(pair2[0]),
    encodeMatrix(pair2[1])
  ];
}

// worker/fit_in_worker.ts
var requests = 0;
async function fitInWorker(model, x, y, options, settings2 = {}) {
  checkOptions("fitInWorker settings", settings2, [
    "worker",
    "onEpoch",
    "signal"
  ]);
  if (settings2.onEpoch !== void 0 && typeof settings2.onEpoch !== "function") {
    throw new TypeError("fitInWorker onEpoch must be a function of the epoch's values");
  }
  if (!(model instanceof Sequential)) {
    throw new TypeError(`fitInWorker model must be a Sequential, got ${describe(model)}`);
  }
  const { signal } = settings2;
  if (signal !== void 0 && !(signal instanceof AbortSignal)) {
    throw new TypeError("fitInWorker signal must be an AbortSignal");
  }
  signal?.throwIfAborted();
  const request = fitRequest(model, x, y, options, settings2.onEpoch !== void 0);
  const log = typeof options?.log === "function" ? options.log : console.log;
  const given = settings2.worker;
  if (given instanceof Worker) return exchange(given, request, log, settings2.onEpoch, signal);
  const { worker, stop } = startWorker(given ?? defaultWorkerUrl());
  try {
    return await exchange(worker, request, log, settings2.onEpoch, signal);
  } finally {
    stop();
  }
}
function fitRequest(model, x, y, options, epochs) {
  return {
    type: "backprop.fit",
    id: ++requests,
    model: model.toJSON(),
    state: optimizerState(model),
    kernels: builtInKernels(),
    x: encodeMatrix(x),
    y: encodeMatrix(y),
    options: wireOptions(options),
    epochs
  };
}
function defaultWorkerUrl(moduleUrl = import.meta.url) {
  const extension = /(\.min)?\.[jt]s$/.exec(new URL(moduleUrl).pathname)?.[0] ?? ".js";
  return new URL(`./fit_worker${extension}`, moduleUrl);
}
function startWorker(url) {
  if (typeof url !== "string" && !(url instanceof URL)) {
    throw new TypeError(`fitInWorker worker must be a Worker, a URL or a string, got ${typeof url}`);
  }
  const page = globalThis.location;
  const script = new URL(url, page?.href);
  if (page === void 0 || script.origin === page.origin || script.protocol === "data:") {
    const worker2 = new Worker(script, {
      type: "module"
    });
    return {
      worker: worker2,
      stop: () => worker2.terminate()
    };
  }
  const source = `import ${JSON.stringify(script.href)};
`;
  const blob = URL.createObjectURL(new Blob([
    source
  ], {
    type: "text/javascript"
  }));
  const worker = new Worker(blob, {
    type: "module"
  });
  return {
    worker,
    stop() {
      worker.terminate();
      URL.revokeObjectURL(blob);
    }
  };
}
function builtInKernels() {
  const active = getKernels();
  const known2 = {
    wasm: wasmKernels,
    "wasm-exact": wasmExactKernels,
    js: jsKernels
  };
  if (known2[active.name] === active) return active.name;
  throw new TypeError(`fitInWorker cannot name the active kernels "${active.name}" to a worker: only the built-in backends cross ("wasm", "wasm-exact", "js"); call setKernels with one of them`);
}
function exchange(worker, request, log, onEpoch, signal) {
  return new Promise((resolve, reject) => {
    const done = (outcome) => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("messageerror", onMessageError);
      worker.removeEventListener("error", onError);
      signal?.removeEventListener("abort", onAbort);
      if ("value" in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const onMessage = (event) => {
      const reply = event.data;
      if (reply?.id !== request.id) return;
      try {
        if (reply.type === "log") log(reply.line);
        else if (reply.type === "epoch") onEpoch?.(epochEvent(reply));
        else if (reply.type === "done") done({
          value: result(reply)
        });
        else done({
          error: decodeError(reply.error)
        });
      } catch (error) {
        done({
          error
        });
      }
    };
    const onError = (event) => {
      event.preventDefault();
      const why = event.message || "it could not be loaded";
      done({
        error: new TypeError(`fitInWorker: the worker script failed: ${why}`)
      });
    };
    const onMessageError = () => done({
      error: new TypeError("fitInWorker: a message from the worker could not be read")
    });
    const onAbort = () => done({
      error: signal.reason
    });
    worker.addEventListener("message", onMessage);
    worker.addEventListener("messageerror", onMessageError);
    worker.addEventListener("error", onError);
    signal?.addEventListener("abort", onAbort);
    try {
      worker.postMessage(request);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "DataCloneError")) throw error;
      done({
        error: new TypeError(`fitInWorker: an option cannot be copied to a worker: ${error.message}`)
      });
    }
  });
}
function epochEvent(reply) {
  const { epoch, loss, valLoss, logs } = reply;
  return {
    epoch,
    loss,
    valLoss,
    logs
  };
}
function result(reply) {
  const model = Sequential.fromJSON(reply.model);
  restoreOptimizerState(model, reply.state);
  return {
    model,
    history: displayable(reply.history)
  };
}

// worker/serve_fit.ts
function serveFit(scope = globalThis) {
  let queue = Promise.resolve();
  scope.addEventListener("message", (event) => {
    if (!isFitRequest(event.data)) return;
    const request = event.data;
    queue = queue.then(() => answer(request, (reply) => scope.postMessage(reply)));
  });
}
async function answer(request, post) {
  const { id } = request;
  try {
    setKernels(request.kernels);
    const model = Sequential.fromJSON(request.model);
    restoreOptimizerState(model, request.state);
    const x = decodeMatrix(request.x), y = decodeMatrix(request.y);
    const history = await model.fitAsync(x, y, fitOptions(request, post));
    post({
      id,
      type: "done",
      model: model.toJSON(),
      state: optimizerState(model),
      history
    });
  } catch (error) {
    post({
      id,
      type: "error",
      error: encodeError(error)
    });
  }
}
function fitOptions(request, post) {
  const { id, options } = request;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return options;
  }
  const { optimizer, validationData, ...rest } = options;
  const fit = {
    ...rest,
    log: rest.log ?? ((line) => post({
      id,
      type: "log",
      line
    }))
  };
  if (optimizer !== void 0) fit.optimizer = rebuildOptimizer(optimizer);
  if (validationData !== void 0) {
    fit.validationData = Array.isArray(validationData) && validationData.length === 2 ? [
      decodeMatrix(validationData[0]),
      decodeMatrix(validationData[1])
    ] : validationData;
  }
  if (request.epochs) {
    fit.callbacks = {
      onEpochEnd: ({ epoch, loss, valLoss, logs }) => post({
        id,
        type: "epoch",
        epoch,
        loss,
        valLoss,
        logs: {
          ...logs
        }
      })
    };
  }
  return fit;
}
function rebuildOptimizer(wire) {
  if (typeof wire !== "object" || wire === null) return wire;
  const optimizer = optimizers.get(wire.name, wire.options);
  if (wire.learningRateScale !== 1) optimizer.learningRateScale = wire.learningRateScale;
  return optimizer;
}
export {
  Dense,
  Dropout,
  EvaluationError,
  JUPYTER_DISPLAY,
  METRIC_NAMES,
  MINIMUM_WORK,
  MODEL_FORMAT,
  MODEL_VERSION,
  Matrix,
  ModelFormatError,
  ONNX_OPSET,
  PredictionError,
  SELU_ALPHA,
  SELU_SCALE,
  Sequential,
  TrainingError,
  activations,
  adam,
  adamw,
  argmax,
  auc,
  checkActivation,
  checkLoss,
  circles,
  confusionMatrix,
  cosineDecay,
  createRandom,
  createRegistry,
  crossEntropy,
  elu,
  expSin,
  exponentialDecay,
  f1,
  fitInWorker,
  fitMinMaxScaler,
  fitStandardScaler,
  fromOnnx,
  fromTfjs,
  gelu,
  geluTanh,
  getKernels,
  glorotNormal,
  glorotUniform,
  gradCheck,
  hardSigmoid,
  heNormal,
  heUniform,
  heartCurve,
  initializers,
  jsKernels,
  leakyRelu,
  linear,
  logLoss,
  logistic,
  losses,
  mish,
  moons,
  mse,
  normal,
  numpyRandom,
  oneHot,
  optimizers,
  permutation,
  piecewiseConstant,
  precision,
  r2,
  recall,
  reduceLROnPlateau,
  relu,
  rocAuc,
  scalerFromJSON,
  selu,
  serveFit,
  setKernels,
  sgd,
  shuffle,
  shuffleIndices,
  sigmoid,
  silu,
  softmax,
  softplus,
  sparseCrossEntropy,
  spirals,
  startThreads,
  stepDecay,
  takeRows,
  tanh,
  toMatrix,
  toOnnx,
  toTfjs,
  trainTestSplit,
  transposedDraw,
  uniform,
  wasmExactKernels,
  wasmKernels,
  xor,
  zeros
};
