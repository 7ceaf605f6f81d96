import assert from "node:assert/strict";
import { runXor, X } from "../scripts/xor.ts";

Deno.test("the XOR scenario trains to 100% accuracy", () => {
  const lines: string[] = [];
  const result = runXor({ seed: 17, epochs: 2000, learningRate: 0.1, log: (l) => lines.push(l) });
  assert.deepEqual(result.predictions, [0, 1, 1, 0]);
  assert.equal(result.accuracy, 1);
  // Without biases, [0, 0] always maps to [0.5, 0.5]; the other rows become confident.
  assert.deepEqual(result.probabilities.row(0), [0.5, 0.5]);
  for (const [i, cls] of [[1, 1], [2, 1], [3, 0]]) {
    assert.ok(result.probabilities.get(i, cls) > 0.99);
  }
  assert.ok(result.loss < Math.LN2 / 4 + 0.01, `loss ${result.loss}`);
  const text = lines.join("\n");
  assert.match(text, /Untrained predictions: \[0 1 0 1\]/);
  assert.match(text, /Predictions: \[0 1 1 0\], accuracy 100%/);
  assert.match(text, /Total parameters: 12/);
  assert.equal(X.length, 4);
});

Deno.test("scripts/xor.ts runs as a command", async () => {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", "scripts/xor.ts", "--quiet", "--epochs", "2000"],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(output.code, 0, new TextDecoder().decode(output.stderr));
  const result = JSON.parse(new TextDecoder().decode(output.stdout));
  assert.equal(result.accuracy, 1);
});

Deno.test("scripts/xor.ts rejects bad options with a message and exit code 1", async () => {
  const cases: [string[], string][] = [
    [["--lr=-3"], "xor: --lr must be a positive number, got -3"],
    [["--epochs", "abc"], "xor: --epochs must be a positive integer, got abc"],
    [["--lr", "-3"], "xor: Option '--lr' argument is ambiguous."],
    [["--rate", "3"], "xor: Unknown option '--rate'"],
  ];
  for (const [args, message] of cases) {
    const output = await new Deno.Command(Deno.execPath(), {
      args: ["run", "scripts/xor.ts", ...args],
      cwd: new URL("..", import.meta.url),
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(output.code, 1);
    assert.ok(new TextDecoder().decode(output.stderr).startsWith(message), args.join(" "));
  }
});
