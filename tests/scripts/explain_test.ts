import assert from "node:assert/strict";
import { adam, Matrix, Sequential } from "../../mod.ts";
import { explainStep } from "../../scripts/explain.ts";

const X = Matrix.from([[0.5, -1], [2, 0.25], [-0.5, 1]]);

function net(output: string): Sequential {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 2, activation: output },
  ], { seed: 9 });
}

Deno.test("explainStep: mse goes through ∂L/∂A and f'(Z); biases get Σ rows of δ", () => {
  const model = net("tanh");
  const y = Matrix.from([[0.1, 0.2], [0.3, -0.4], [0, 0.5]]);
  const lines: string[] = [];
  explainStep(model, X, y, "mse", "sgd", (line) => lines.push(line));
  const [, output] = model.trace(X, y, "mse").layers;
  const first = (values: ArrayLike<number>) =>
    `[${Array.from(values, (v) => Number(v.toPrecision(6))).join(", ")}]`;
  for (
    const expected of [
      "One training step, explained (3 samples, loss mse):",
      "  Z₂ = A₁·W₂ + b₂ (3×2), A₂ = tanh(Z₂)",
      `  ∂L/∂A₂ = ∂L/∂Ŷ from mse  (3×2)  first row ${first(output.dA.data.subarray(0, 2))}`,
      "  δ₂ = ∂L/∂A₂ ∗ tanh'(Z₂)  (3×2)",
      `      first row ${first(output.delta.data.subarray(0, 2))}`,
      `  ∂L/∂b₂ = Σ rows of δ₂  (2)  ${first(output.biasGradient!)}`,
      "  δ₁ = ∂L/∂A₁ ∗ tanh'(Z₁)  (3×3)",
    ]
  ) assert.ok(lines.includes(expected), `missing ${expected} in\n${lines.join("\n")}`);
});

Deno.test("explainStep: sigmoid with log-loss over n outputs divides by m·n", () => {
  const model = net("sigmoid");
  const y = Matrix.from([[1, 0], [0, 1], [1, 1]]);
  const lines: string[] = [];
  explainStep(model, X, y, "logLoss", "sgd", (line) => lines.push(line));
  assert.ok(lines.includes("  δ₂ = ∂L/∂Z₂ = (Ŷ − Y)/(m·n)   sigmoid and logLoss combined  (3×2)"));
  const { layers: [, output] } = model.trace(X, y, "logLoss");
  const yHat = output.a.data;
  assert.deepEqual(
    Array.from(output.delta.data, (d) => Number(d.toPrecision(12))),
    Array.from(yHat, (p, k) => Number(((p - y.data[k]) / 6).toPrecision(12))),
  );
});

Deno.test("explainStep works on a copy: the model and its Adam state are unchanged", () => {
  const model = net("linear");
  const y = Matrix.from([[1, 2], [3, 4], [5, 6]]);
  const optimizer = adam({ learningRate: 0.1 });
  const before = JSON.stringify(model);
  const lines: string[] = [];
  explainStep(model, X, y, "mse", optimizer, (line) => lines.push(line));
  assert.equal(JSON.stringify(model), before);
  const [, loss, after] = lines.at(-1)!.match(
    /^Update: one adam step from these gradients\. Loss (\S+) → (\S+)$/,
  )!;
  assert.equal(Number(loss), Number(model.loss(X, y, "mse").toPrecision(8)));
  assert.ok(Number(after) < Number(loss));
  for (const p of model.parameters) assert.deepEqual(p.state, { slots: {}, counters: {} });
});
