/** Rich display in notebooks: what Deno's Jupyter kernel gets from a matrix, a model, a history and a trace. */
import assert from "node:assert/strict";
import { Dense, Dropout, Matrix, Sequential, sgd } from "../../mod.ts";
import { escapeHtml, lineChart } from "../../lib/primitives/display.ts";

const DISPLAY = Symbol.for("Jupyter.display");
type Displayable = { [DISPLAY](): Record<string, string> };
const bundle = (value: unknown) => (value as Displayable)[DISPLAY]();
/** The text of each `<td>` of a table, row by row. */
const cells = (html: string) =>
  [...html.matchAll(/<tr>(.*?)<\/tr>/g)].slice(1).map((row) =>
    [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1])
  );

Deno.test("a matrix displays as a table with its shape, and its text as it prints", () => {
  const m = Matrix.from([[1, 2.5], [-3, 0.125]]);
  const { "text/plain": text, "text/html": html } = bundle(m);
  assert.equal(text, m.toString());
  assert.match(html, /<caption[^>]*>2 × 2<\/caption>/);
  assert.deepEqual(cells(html), [["1.", "2.5"], ["-3.", "0.125"]]);
});

Deno.test("a large matrix shows its first and last five rows and columns, as NumPy elides", () => {
  const m = new Matrix(20, 15, Float64Array.from({ length: 300 }, (_, k) => k));
  const rows = cells(bundle(m)["text/html"]);
  assert.equal(rows.length, 11);
  assert.deepEqual(rows[0], ["0", "1", "2", "3", "4", "…", "10", "11", "12", "13", "14"]);
  assert.deepEqual(rows[5], ["⋮", "⋮", "⋮", "⋮", "⋮", "⋱", "⋮", "⋮", "⋮", "⋮", "⋮"]);
  assert.deepEqual(rows[10].slice(-2), ["298", "299"]);
});

Deno.test("a model displays its summary and one edge per weight, coloured by sign", () => {
  const model = new Sequential([
    new Dense(2, 3, { activation: "relu", seed: 1 }),
    new Dropout(0.2, { seed: 1 }),
    new Dense(3, 1, { activation: "sigmoid", seed: 2 }),
  ]);
  const { "text/plain": text, "text/html": html } = bundle(model);
  assert.equal(text, model.summary());
  const edges = [...html.matchAll(/<line [^>]*stroke="(#[0-9a-f]+)"/g)].map((m) => m[1]);
  const weights = model.layers.flatMap((l) => l instanceof Dense ? Array.from(l.weights.data) : []);
  assert.deepEqual(edges, weights.map((w) => w >= 0 ? "#0072b2" : "#e69f00"));
  assert.equal([...html.matchAll(/<circle /g)].length, 2 + 3 + 1);
  assert.match(html, />relu 3</);
  assert.match(html, />dropout 0.2</);
});

Deno.test("a wide layer draws ten units and says how many more there are", () => {
  const model = new Sequential([new Dense(2, 40, { activation: "tanh", seed: 1 })]);
  const html = bundle(model)["text/html"];
  assert.equal([...html.matchAll(/<circle /g)].length, 2 + 10);
  assert.match(html, />\+30</);
  assert.equal([...html.matchAll(/<line /g)].length, 2 * 10);
});

Deno.test("a history displays its loss curves, and the display is not one of its fields", () => {
  const model = new Sequential([new Dense(1, 1, { seed: 0 })]);
  const x = [[0], [1], [2], [3]], y = [[1], [3], [5], [7]];
  const history = model.fit(x, y, {
    loss: "mse",
    optimizer: sgd({ learningRate: 0.05 }),
    epochs: 4,
    validationData: [x, y],
  });
  const { "text/plain": text, "text/html": html } = bundle(history);
  const f = (v: number) => v.toPrecision(4);
  assert.equal(
    text,
    `History: 4 epochs, loss ${f(history.loss[0])} → ${f(history.loss[3])}, ` +
      `validation loss ${f(history.valLoss[3])}`,
  );
  assert.equal([...html.matchAll(/<polyline /g)].length, 2);
  assert.equal(Object.getOwnPropertyDescriptor(history, DISPLAY)?.enumerable, false);
  assert.deepEqual(Object.getOwnPropertySymbols(history), [DISPLAY]);
  assert.equal(JSON.stringify(history).includes("Jupyter"), false);
  assert.deepEqual(structuredClone(history).loss, history.loss);
});

Deno.test("a trace displays δ, ∂L/∂W and ∂L/∂b per layer, output layer first", () => {
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1, activation: "sigmoid" },
  ], { seed: 1 });
  const trace = model.trace([[1, 2], [3, 4]], [[0], [1]], "logLoss");
  const { "text/plain": text, "text/html": html } = bundle(trace);
  assert.deepEqual(text.split("\n"), [
    `logLoss loss ${trace.loss}`,
    "layer 1: δ 2×1, ∂L/∂W 3×1, ∂L/∂b 1×1",
    "layer 0: δ 2×3, ∂L/∂W 2×3, ∂L/∂b 1×3",
  ]);
  const captions = [...html.matchAll(/<caption[^>]*>(.*?)<\/caption>/g)].map((m) => m[1]);
  assert.deepEqual(captions, [
    "δ = ∂L/∂Z: 2 × 1",
    "∂L/∂W = Aᵀ·δ: 3 × 1",
    "∂L/∂b: 1 × 1",
    "δ = ∂L/∂Z: 2 × 3",
    "∂L/∂W = Aᵀ·δ: 2 × 3",
    "∂L/∂b: 1 × 3",
  ]);
});

Deno.test("charts scale y logarithmically over more than two decades, and escape names", () => {
  assert.match(
    lineChart([{ name: "a", values: [100, 10, 0.1], color: "#000" }], "x", "y"),
    /y \(log\)/,
  );
  assert.doesNotMatch(
    lineChart([{ name: "a", values: [3, 2, 1], color: "#000" }], "x", "y"),
    /\(log\)/,
  );
  assert.equal(escapeHtml('<a & "b">'), "&lt;a &amp; &quot;b&quot;&gt;");
});

Deno.test("a chart of 150,000 epochs draws about 1,000 points and its last value", () => {
  const values = Array.from({ length: 150_000 }, (_, i) => 1 / (i + 1));
  const svg = lineChart([{ name: "loss", values, color: "#000" }], "epoch", "loss");
  const points = svg.match(/points="([^"]*)"/)![1].split(" ");
  assert.equal(points.length, 1001);
  assert.match(svg, />150000</);
  assert.match(svg, />loss 0\.00000667</);
});
