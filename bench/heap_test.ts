import assert from "node:assert/strict";
import { HEAP_FLAGS } from "./heap.ts";
import { testsNeeding } from "../tests/fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

test("steady-state training and inference do not grow the heap", async () => {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", `--v8-flags=${HEAP_FLAGS}`, "bench/heap.ts", "10", "15"],
    cwd: new URL("..", import.meta.url),
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 0, stderr);
  const lines = new TextDecoder().decode(output.stdout).trim().split("\n").map((line) =>
    JSON.parse(line)
  );
  assert.deepEqual(lines.map((line) => line.scenario), ["W1", "W3", "W1-infer"]);
  for (const { scenario, retained, runs, steps } of lines) {
    // 10 runs are 3200 steps of W1, 50,000 of W3 and 100 forward passes of 1000 rows: keeping
    // 10 bytes a step of W1 (32,000 bytes), or one output of W1-infer (8,000 bytes of storage
    // and its object) every 4 passes, would exceed this bound.
    assert.ok(
      retained < 30_000,
      `${scenario}: the heap grew by ${retained} bytes over ${runs} runs of ${steps} steps`,
    );
  }
});
