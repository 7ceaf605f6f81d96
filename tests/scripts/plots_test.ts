import assert from "node:assert/strict";
import { join } from "node:path";
import {
  confusionChart,
  curveChart,
  decisionBoundaryChart,
  lossChart,
  MAX_POINTS,
  renderSvg,
  scatterChart,
  writeChart,
} from "../../scripts/plots.ts";
import { entries, withTempDir, writeFailure } from "../fixtures/files.ts";
import { assertSvg, marks, texts } from "../fixtures/svg.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** The vertices of a line item's path, in drawing order. */
function vertices(path: string): [number, number][] {
  const d = path.match(/ d="([^"]*)"/)?.[1] ?? "";
  return Array.from(d.matchAll(/[ML](-?[\d.e+-]+),(-?[\d.e+-]+)/g), (m) => [+m[1], +m[2]]);
}

/** Asserts that `promise` rejects with exactly this error class and message. */
async function rejectsWith(
  promise: () => Promise<unknown>,
  type: ErrorConstructor,
  message: string,
): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof type, `expected ${type.name}, got ${error}`);
    assert.equal(error.message, message);
    return true;
  });
}

Deno.test("renderSvg renders any vega-lite spec headless", async () => {
  const svg = await renderSvg({
    data: { values: [{ a: "x", b: 1 }, { a: "y", b: 3 }, { a: "z", b: 2 }] },
    mark: "bar",
    encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
  });
  assertSvg(svg);
  assert.equal(marks(svg, "mark-rect")[0].length, 3);
  await rejectsWith(
    () => renderSvg(null as unknown as object),
    TypeError,
    "renderSvg: spec must be a vega-lite spec object, got null",
  );
});

Deno.test("lossChart draws one line per series, every epoch, with a legend", async () => {
  const epoch = [1, 2, 3, 4, 5];
  const svg = await lossChart(
    { epoch, loss: [0.9, 0.6, 0.4, 0.3, 0.25], valLoss: [1, 0.7, 0.5, 0.45, 0.44] },
    { title: "XOR loss", yTitle: "cross-entropy" },
  );
  assertSvg(svg);
  const lines = marks(svg, "mark-line");
  assert.equal(lines.length, 2);
  for (const [path] of lines) assert.equal(vertices(path).length, epoch.length);
  const shown = texts(svg);
  for (const label of ["XOR loss", "cross-entropy", "epoch", "training", "validation"]) {
    assert.ok(shown.includes(label), label);
  }
});

Deno.test("lossChart without validation loss, on a log scale, with own labels", async () => {
  const svg = await lossChart(
    { epoch: [0, 10, 20], loss: [1, 0.1, 0.01] },
    { logScale: true, lossLabel: "train" },
  );
  assertSvg(svg);
  assert.equal(marks(svg, "mark-line").length, 1);
  const shown = texts(svg);
  assert.ok(shown.includes("train") && !shown.includes("validation"));
  assert.ok(shown.includes("Loss") && shown.includes("loss"), "default titles");
  // Log ticks: powers of ten.
  for (const tick of ["0.01", "0.1", "1"]) assert.ok(shown.includes(tick), tick);
});

Deno.test("lossChart names the argument and index of bad data", async () => {
  const cases: [() => Promise<string>, ErrorConstructor, string][] = [
    [
      () => lossChart({ epoch: [1, 2, 3, 4], loss: [1, 2, 3, NaN] }),
      RangeError,
      "lossChart: loss[3] is NaN; values must be finite",
    ],
    [
      () => lossChart({ epoch: [1, 2], loss: [1, Infinity] }),
      RangeError,
      "lossChart: loss[1] is Infinity; values must be finite",
    ],
    [
      () => lossChart({ epoch: [1, 2, 3], loss: [1, 2] }),
      RangeError,
      "lossChart: loss has 2 values but epoch has 3; lengths must match",
    ],
    [
      () => lossChart({ epoch: [1, 2], loss: [1, 2], valLoss: [1] }),
      RangeError,
      "lossChart: valLoss has 1 values but epoch has 2; lengths must match",
    ],
    [
      () => lossChart({ epoch: [], loss: [] }),
      RangeError,
      "lossChart: epoch is empty; give at least one value",
    ],
    [
      () => lossChart({ epoch: [1, 2], loss: [1, "2"] as unknown as number[] }),
      TypeError,
      "lossChart: loss[1] is a string; values must be numbers",
    ],
    [
      () => lossChart({ epoch: 3 as unknown as number[], loss: [1] }),
      TypeError,
      "lossChart: epoch must be an array of numbers, got a number",
    ],
    [
      () => lossChart({ epoch: [1, 2], loss: [1, 0.5], valLoss: [1, 0] }, { logScale: true }),
      RangeError,
      "lossChart: valLoss[1] is 0; values must be positive on a log scale",
    ],
    [
      () => lossChart({ epoch: [1], loss: [1], valLoss: [1] }, { lossLabel: "a", valLabel: "a" }),
      RangeError,
      'lossChart: lossLabel and valLabel must differ, both are "a"',
    ],
    [
      () => lossChart({ epoch: [1], loss: [1] }, { title: 5 as unknown as string }),
      TypeError,
      "lossChart: title must be a string, got a number",
    ],
  ];
  for (const [call, type, message] of cases) await rejectsWith(call, type, message);
});

/** Two clusters and a logistic model of class 1 along x1 + x2. */
const X = [[0, 0], [0.2, 0.1], [0.1, 0.3], [1, 1], [0.9, 0.8], [1.1, 0.9], [0.5, 0.6]];
const LABELS = [0, 0, 0, 1, 1, 1, 1];
const logistic = (rows: number[][]) => rows.map(([a, b]) => 1 / (1 + Math.exp(-6 * (a + b - 1))));

Deno.test("decisionBoundaryChart: a grid of rects under one symbol per point", async () => {
  let calls = 0;
  let gridSize = 0;
  const svg = await decisionBoundaryChart({
    x: X,
    labels: LABELS,
    probability: (rows) => {
      calls++;
      gridSize = rows.length;
      for (const row of rows) assert.equal(row.length, 2);
      return Float64Array.from(logistic(rows));
    },
    resolution: 20,
    title: "Clusters",
  });
  assertSvg(svg);
  assert.equal(calls, 1);
  assert.equal(gridSize, 20 * 20);
  const [cells] = marks(svg, "mark-rect");
  const [points] = marks(svg, "mark-symbol");
  assert.equal(cells.length, 20 * 20);
  assert.equal(points.length, X.length);
  // The heatmap is drawn first, the points on top of it.
  assert.ok(
    svg.indexOf('class="mark-rect role-mark') < svg.indexOf('class="mark-symbol role-mark'),
  );
  // Both class colors appear among the points, and both ends of the scale among the cells.
  assert.equal(new Set(points.map((p) => p.match(/fill="([^"]*)"/)?.[1])).size, 2);
  assert.ok(new Set(cells.map((c) => c.match(/fill="([^"]*)"/)?.[1])).size > 10);
  const shown = texts(svg);
  for (const label of ["Clusters", "P(class 1)", "class", "0", "1", "x1", "x2"]) {
    assert.ok(shown.includes(label), label);
  }
});

Deno.test("decisionBoundaryChart: the default grid, an async model, one point", async () => {
  const svg = await decisionBoundaryChart({
    x: [[3, 4]],
    labels: [1],
    probability: (rows) => Promise.resolve(rows.map(() => 0.5)),
  });
  assertSvg(svg);
  assert.equal(marks(svg, "mark-rect")[0].length, 60 * 60);
  assert.equal(marks(svg, "mark-symbol")[0].length, 1);
});

Deno.test("decisionBoundaryChart names the argument and index of bad data", async () => {
  const call = (changes: Record<string, unknown>) => () =>
    decisionBoundaryChart({ x: X, labels: LABELS, probability: logistic, ...changes });
  const cases: [() => Promise<string>, ErrorConstructor, string][] = [
    [
      call({ x: [[0, 0], [1, NaN]], labels: [0, 1] }),
      RangeError,
      "decisionBoundaryChart: x[1][1] is NaN; values must be finite",
    ],
    [
      call({ x: [[0, 0], [1, 1, 1]], labels: [0, 1] }),
      RangeError,
      "decisionBoundaryChart: x[1] has 3 values; rows must have 2 features",
    ],
    [
      call({ x: [] }),
      RangeError,
      "decisionBoundaryChart: x is empty; give at least one row",
    ],
    [
      call({ labels: [0, 1] }),
      RangeError,
      "decisionBoundaryChart: labels has 2 values but x has 7; lengths must match",
    ],
    [
      call({ labels: [0, 0, 0, 1, 2, 1, 1] }),
      RangeError,
      "decisionBoundaryChart: labels[4] is 2; labels must be 0 or 1",
    ],
    [
      call({ probability: [0.5] }),
      TypeError,
      "decisionBoundaryChart: probability must be a function, got an array",
    ],
    [
      call({ resolution: 1.5 }),
      RangeError,
      "decisionBoundaryChart: resolution must be an integer from 2 to 400, got 1.5",
    ],
    [
      call({ resolution: "60" }),
      RangeError,
      'decisionBoundaryChart: resolution must be an integer from 2 to 400, got "60"',
    ],
    [
      call({ margin: -1 }),
      RangeError,
      "decisionBoundaryChart: margin must be a finite number >= 0, got -1",
    ],
    [
      call({ resolution: 2, probability: () => [0.5, 0.5, 0.5] }),
      RangeError,
      "decisionBoundaryChart: probability(grid) has 3 values but the grid has 4; lengths must match",
    ],
    [
      call({
        x: [[0, 0], [1, 1]],
        labels: [0, 1],
        margin: 0,
        resolution: 2,
        probability: () => [0, 1, 1.5, 0],
      }),
      RangeError,
      "decisionBoundaryChart: probability(grid)[2] is 1.5 at [0.75, 0.25]; " +
      "probabilities must be within [0, 1]",
    ],
    [
      call({ resolution: 2, probability: () => [0, NaN, 1, 0] }),
      RangeError,
      "decisionBoundaryChart: probability(grid)[1] is NaN; values must be finite",
    ],
  ];
  for (const [run, type, message] of cases) await rejectsWith(run, type, message);
});

Deno.test("curveChart joins points in the given order, one line per series", async () => {
  // x goes 0, 2, 1: sorted by x the middle vertex would be the last one.
  const svg = await curveChart({
    series: [
      { name: "target", x: [0, 2, 1], y: [0, 1, 2] },
      { name: "learned", x: [0.1, 1.9, 1.1, 0.5], y: [0, 1.1, 1.9, 1] },
    ],
    title: "Shapes",
    xTitle: "u",
    yTitle: "v",
  });
  assertSvg(svg);
  const lines = marks(svg, "mark-line");
  assert.equal(lines.length, 2);
  const target = vertices(lines[0][0]);
  assert.equal(target.length, 3);
  assert.ok(target[0][0] < target[2][0] && target[2][0] < target[1][0], JSON.stringify(target));
  assert.equal(vertices(lines[1][0]).length, 4);
  const shown = texts(svg);
  for (const label of ["Shapes", "u", "v", "target", "learned"]) assert.ok(shown.includes(label));
});

Deno.test("curveChart closes each curve when asked", async () => {
  const t = Array.from({ length: 12 }, (_, i) => (2 * Math.PI * i) / 12);
  const svg = await curveChart({
    series: [{ name: "circle", x: t.map(Math.cos), y: t.map(Math.sin) }],
    closed: true,
  });
  const circle = vertices(marks(svg, "mark-line")[0][0]);
  assert.equal(circle.length, 13);
  assert.deepEqual(circle[12], circle[0]);
});

Deno.test("curveChart rejects bad series", async () => {
  const cases: [unknown, ErrorConstructor, string][] = [
    [{ series: [] }, RangeError, "curveChart: series is empty; give at least one"],
    [{ series: {} }, TypeError, "curveChart: series must be an array of curves, got an object"],
    [
      { series: [{ name: "a", x: [1, 2], y: [1, 2] }, { name: "a", x: [1, 2], y: [1, 2] }] },
      RangeError,
      'curveChart: series[1].name "a" repeats; names must be unique',
    ],
    [
      { series: [{ name: "", x: [1, 2], y: [1, 2] }] },
      TypeError,
      'curveChart: series[0].name must be a non-empty string, got ""',
    ],
    [
      { series: [{ name: "a", x: [1, 2], y: [1, 2, 3] }] },
      RangeError,
      "curveChart: series[0].y has 3 values but series[0].x has 2; lengths must match",
    ],
    [
      { series: [{ name: "a", x: [1, 2], y: [1, -Infinity] }] },
      RangeError,
      "curveChart: series[0].y[1] is -Infinity; values must be finite",
    ],
    [
      { series: [{ name: "a", x: [1], y: [1] }] },
      RangeError,
      "curveChart: series[0] has 1 point; a curve needs at least 2",
    ],
  ];
  for (const [input, type, message] of cases) {
    await rejectsWith(() => curveChart(input as Parameters<typeof curveChart>[0]), type, message);
  }
});

Deno.test("scatterChart: one symbol per point, the diagonal only when asked", async () => {
  const x = [1, 2, 3, 4], y = [1.1, 1.8, 3.3, 3.9];
  const plain = await scatterChart({ x, y, xTitle: "target", yTitle: "output" });
  assertSvg(plain);
  assert.equal(marks(plain, "mark-symbol")[0].length, 4);
  assert.equal(marks(plain, "mark-rule").length, 0);
  const shown = texts(plain);
  for (const label of ["Predicted versus true", "target", "output"]) {
    assert.ok(shown.includes(label));
  }

  const withDiagonal = await scatterChart({ x, y, diagonal: true });
  assert.equal(marks(withDiagonal, "mark-symbol")[0].length, 4);
  const [[rule]] = marks(withDiagonal, "mark-rule");
  // From the lower left to the upper right corner: dx > 0, dy < 0 (SVG y points down), equal.
  const dx = Number(rule.match(/ x2="([^"]*)"/)?.[1]);
  const dy = Number(rule.match(/ y2="([^"]*)"/)?.[1]);
  assert.ok(dx > 0 && Math.abs(dx + dy) < 1e-6, rule);
});

Deno.test("scatterChart draws 3300 points and thins huge data evenly", async () => {
  const n = 3300;
  const x = Array.from({ length: n }, (_, i) => Math.sin(i));
  const svg = await scatterChart({ x, y: x.map((v) => v * 0.9), diagonal: true });
  assert.equal(marks(svg, "mark-symbol")[0].length, n);

  const big = Array.from({ length: 3 * MAX_POINTS }, (_, i) => i);
  const thinned = await scatterChart({ x: big, y: big });
  assert.equal(marks(thinned, "mark-symbol")[0].length, MAX_POINTS);
});

Deno.test("scatterChart rejects bad data", async () => {
  await rejectsWith(
    () => scatterChart({ x: [1, 2], y: [1] }),
    RangeError,
    "scatterChart: y has 1 values but x has 2; lengths must match",
  );
  await rejectsWith(
    () => scatterChart({ x: [1, 2, NaN], y: [1, 2, 3] }),
    RangeError,
    "scatterChart: x[2] is NaN; values must be finite",
  );
  await rejectsWith(
    () => scatterChart({ x: [1], y: [1], diagonal: "yes" as unknown as boolean }),
    TypeError,
    "scatterChart: diagonal must be a boolean, got a string",
  );
});

test("writeChart creates the folder, writes <name>.svg and leaves no temporary file", async () => {
  await withTempDir(async (root) => {
    const dir = join(root, "out", "charts");
    const first = await scatterChart({ x: [1, 2], y: [2, 1] });
    const path = await writeChart(dir, "scatter", first);
    assert.equal(path, join(dir, "scatter.svg"));
    assert.equal(await Deno.readTextFile(path), first);
    assert.deepEqual(entries(dir), ["scatter.svg"]);

    const second = await scatterChart({ x: [1, 2, 3], y: [2, 1, 3] });
    await writeChart(dir, "scatter", second);
    assert.equal(await Deno.readTextFile(path), second);
    assert.deepEqual(entries(dir), ["scatter.svg"]);
  });
});

test("writeChart removes its temporary file when the rename fails", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(join(dir, "taken.svg", "inside"), { recursive: true });
    const svg = await scatterChart({ x: [1], y: [1] });
    await assert.rejects(
      () => writeChart(dir, "taken", svg),
      (error) => writeFailure(join(dir, "taken.svg"), ".+rename.+").test(String(error)),
    );
    assert.deepEqual(entries(dir), ["taken.svg"]);
    assert.deepEqual(entries(join(dir, "taken.svg")), ["inside"]);
  });
});

Deno.test("writeChart rejects bad arguments", async () => {
  await rejectsWith(
    () => writeChart("out", "a/b", "<svg></svg>"),
    TypeError,
    'writeChart: name must be a file name without "/" or "\\", got "a/b"',
  );
  await rejectsWith(
    () => writeChart("", "a", "<svg></svg>"),
    TypeError,
    'writeChart: dir must be a non-empty string, got ""',
  );
  await rejectsWith(
    () => writeChart("out", "a", Promise.resolve("<svg></svg>") as unknown as string),
    TypeError,
    'writeChart: svg must be SVG text starting with "<svg", got a promise (missing await?)',
  );
});

Deno.test("confusionChart shades one cell per pair of classes and labels each with its count", async () => {
  const svg = await confusionChart({
    classes: ["cat", "dog", "owl"],
    counts: [[50, 0, 1], [0, 47, 3], [2, 0, 48]],
    title: "pets",
  });
  assertSvg(svg);
  assert.equal(marks(svg, "mark-rect")[0].length, 9);
  const shown = texts(svg);
  assert.ok(shown.includes("pets"));
  for (const label of ["cat", "dog", "owl", "actual", "predicted"]) {
    assert.ok(shown.includes(label), label);
  }
  const counts = shown.filter((t) => /^\d+$/.test(t)).map(Number);
  for (const n of [50, 1, 47, 3, 2, 48]) assert.ok(counts.includes(n), `count ${n} in ${counts}`);
  await rejectsWith(
    () => confusionChart({ classes: ["a", "b"], counts: [[1, 2]] }),
    RangeError,
    "confusionChart: counts must have one row per class (2)",
  );
  await rejectsWith(
    () => confusionChart({ classes: ["a", "b"], counts: [[1, 2], [3, 0.5]] }),
    RangeError,
    "confusionChart: counts[1][1] is 0.5; counts must be whole numbers",
  );
});
