/**
 * The design's own commands, with no permission flags: `deno run scripts/xor.ts`
 * and the other scenarios train, print their results, say how to get the
 * charts, and exit 0.
 */
import assert from "node:assert/strict";
import { DEMO_SCENARIOS, runScript } from "../fixtures/command.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** Runs a script with no permission flags, as the design writes it. */
function bare(script: string, args: string[] = []) {
  return runScript(script, args, { flags: ["--quiet"] });
}

test("deno run scripts/xor.ts without permissions trains, reports, and says how to get the charts", async () => {
  const { code, stdout, stderr } = await bare("scripts/xor.ts");
  assert.equal(code, 0, stderr);
  assert.match(stdout, /accuracy 100%/);
  assert.equal(
    stderr.trim(),
    'xor: no charts: this run may not write to out/xor. Run "deno task xor", or add ' +
      "--allow-read=out --allow-write=out, to get them; --no-plots skips them.",
  );
});

/** Whether util-linux's `script`, which runs a command in a terminal, is installed. */
const hasScript = (() => {
  try {
    return Deno.statSync("/usr/bin/script").isFile;
  } catch {
    return false;
  }
})();

test("in a terminal, deno run scripts/xor.ts does not stop to ask for permission", {
  ignore: !hasScript,
}, async () => {
  const command = `${Deno.execPath()} run scripts/xor.ts --epochs 50`;
  const { code, stdout } = await new Deno.Command("/usr/bin/script", {
    args: ["-qec", command, "/dev/null"],
    cwd: new URL("../..", import.meta.url),
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  const text = new TextDecoder().decode(stdout);
  assert.doesNotMatch(text, /Allow\?/);
  assert.match(text, /xor: no charts: this run may not write to out\/xor/);
  assert.equal(code, 0, text);
});

test("every scenario of the demo runs without permissions, with --json too", async () => {
  const { code, stdout, stderr } = await bare("scripts/demo.ts", ["--json"]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((line) => line.scenario), DEMO_SCENARIOS);
  for (const line of lines) assert.deepEqual(line.charts, []);
  assert.equal(stderr.match(/no charts: this run may not write/g)?.length, 5);
});

test("a chart folder the user chose but may not write is still an error", async () => {
  const { code, stderr } = await bare("scripts/xor.ts", ["--plots", "charts"]);
  assert.equal(code, 1);
  assert.match(stderr, /^xor: cannot write charts to charts: Requires write access/);
});
