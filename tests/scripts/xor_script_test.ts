import assert from "node:assert/strict";
import { runXor, X, xorModel, xorScenario, Y } from "../../scripts/xor.ts";
import { scenarioOptions } from "../../scripts/scenario.ts";
import { runScript } from "../fixtures/command.ts";
import { assertClose } from "../fixtures/close.ts";
import { NOTEBOOK_000_FORWARD } from "../fixtures/notebooks.ts";
import { withTempDir } from "../fixtures/files.ts";
import { assertSvg, marks } from "../fixtures/svg.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

test("xor: notebook 000's table, then training to [0 1 1 0] at 100%", async () => {
  await withTempDir(async (dir) => {
    const lines: string[] = [];
    const result = await runXor(
      scenarioOptions(xorScenario, { plots: dir, log: (line) => lines.push(line) }),
    );
    assertClose(result.untrained.data, NOTEBOOK_000_FORWARD, 1e-8);
    assert.deepEqual(result.predictions, [0, 1, 1, 0]);
    assert.equal(result.metrics.accuracy, 1);
    // Without biases [0, 0] always maps to [0.5, 0.5], so the loss cannot go below ln 2 / 4.
    assert.deepEqual(result.probabilities.row(0), [0.5, 0.5]);
    assertClose(result.metrics.loss as number, Math.LN2 / 4, 1e-5);
    const text = lines.join("\n");
    for (
      const expected of [
        "Forwarding X:\n[[0.5        0.5       ]\n [0.52153874 0.47846126]\n [0.65079658 0.34920342]\n [0.62154818 0.37845182]]",
        "The model's predictions: [0 0 0 0]",
        "X:\n[[0 0]\n [0 1]\n [1 0]\n [1 1]]",
        "Total parameters: 12",
        "Predictions: [0 1 1 0], accuracy 100%",
      ]
    ) assert.ok(text.includes(expected), `missing:\n${expected}\nin:\n${text}`);
    assert.deepEqual(result.charts, [`${dir}/loss.svg`, `${dir}/decision_boundary.svg`]);
    const boundary = await Deno.readTextFile(`${dir}/decision_boundary.svg`);
    assertSvg(boundary);
    assert.equal(marks(boundary, "mark-rect")[0].length, 60 * 60);
    assert.equal(marks(boundary, "mark-symbol")[0].length, 4);
    assert.equal(marks(await Deno.readTextFile(`${dir}/loss.svg`), "mark-line").length, 1);
  });
});

Deno.test("xor --explain prints notebook 000's δ₂ = (Ŷ − Y)/m and trains exactly as without it", async () => {
  const lines: string[] = [];
  const explained = await runXor(
    scenarioOptions(xorScenario, { explain: true, log: (line) => lines.push(line) }),
  );
  const plain = await runXor(scenarioOptions(xorScenario));
  assert.deepEqual(explained.probabilities, plain.probabilities);
  const text = lines.join("\n");
  for (
    const expected of [
      "One training step, explained (4 samples, loss crossEntropy):",
      "  Z₁ = A₀·W₁ (4×3), A₁ = relu(Z₁)",
      "  δ₂ = ∂L/∂Z₂ = (Ŷ − Y)/m   softmax and crossEntropy combined  (4×2)",
      "      first row [-0.125, 0.125]", // (Ŷ − Y)/4 for X = [0 0]: ([0.5 0.5] − [1 0])/4
      "  ∂L/∂W₂ = A₁ᵀ·δ₂  (3×2)",
      "  passes down: ∂L/∂A₁ = δ₂·W₂ᵀ  (4×3)",
      "  δ₁ = ∂L/∂A₁ ∗ relu'(Z₁)  (4×3)",
      "  ∂L/∂W₁ = A₀ᵀ·δ₁  (2×3)",
    ]
  ) assert.ok(text.includes(expected), `missing:\n${expected}\nin:\n${text}`);
  const update = lines.find((line) =>
    line.startsWith("Update: one sgd step from these gradients.")
  );
  const [before, after] = update!.match(/Loss (\S+) → (\S+)$/)!.slice(1).map(Number);
  assertClose(before, xorModel(0).loss(X, Y, "crossEntropy"), 1e-7);
  assert.ok(after < before, String(update));
});

test("scripts/xor.ts --json prints one JSON line with the final metrics", async () => {
  const { code, stdout, stderr } = await runScript("scripts/xor.ts", ["--json", "--no-plots"]);
  assert.equal(code, 0, stderr);
  assert.equal(stdout.trim().split("\n").length, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.scenario, "xor");
  assert.equal(result.accuracy, 1);
  assert.deepEqual(result.predictions, [0, 1, 1, 0]);
  assert.deepEqual(result.charts, []);
});

test("scripts/xor.ts refuses bad options with a message and exit code 1", async () => {
  const cases: [string[], string][] = [
    [["--lr=-3"], 'xor: --lr must be a positive number, got "-3"'],
    [["--epochs", "abc"], 'xor: --epochs must be an integer from 1 to 10000000, got "abc"'],
    [["--seed", "1.5"], 'xor: --seed must be an integer from 0 to 4294967295, got "1.5"'],
    [["--epochs", "0x10"], 'xor: --epochs must be an integer from 1 to 10000000, got "0x10"'],
    [["--epochs", "1e3"], 'xor: --epochs must be an integer from 1 to 10000000, got "1e3"'],
    [["--lr", "0x10"], 'xor: --lr must be a positive number, got "0x10"'],
    [["--lr", "Infinity"], 'xor: --lr must be a positive number, got "Infinity"'],
    [
      ["--lr", "-3"],
      "xor: Option '--lr' argument is ambiguous.\nDid you forget to specify the option argument for '--lr'?\nTo specify an option argument starting with a dash use '--lr=-XYZ'.",
    ],
    [["--rate", "3"], "xor: Unknown option '--rate'"],
    [["--plots", "x", "--no-plots"], "xor: --plots and --no-plots contradict each other; give one"],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await runScript("scripts/xor.ts", args);
    assert.equal(code, 1, args.join(" "));
    assert.equal(stdout, "");
    assert.equal(stderr, `${message}\nRun with --help for the options.\n`);
  }
});

Deno.test("xor: the accuracy it reports is that of the predictions it prints", async () => {
  // At 18 epochs the last update changes a prediction; the accuracy must be scored after it.
  for (const epochs of [5, 18, 40]) {
    const lines: string[] = [];
    const { metrics } = await runXor(
      scenarioOptions(xorScenario, { epochs, log: (line) => lines.push(line) }),
    );
    const predictions = metrics.predictions as number[];
    const right = predictions.filter((p, i) => p === [0, 1, 1, 0][i]).length;
    assert.equal(metrics.accuracy, right / 4, `${epochs} epochs: ${predictions}`);
    const printed = `accuracy ${(right * 25).toFixed(0)}%`;
    assert.ok(lines.some((line) => line.endsWith(printed)), `${epochs} epochs: ${printed}`);
  }
});
