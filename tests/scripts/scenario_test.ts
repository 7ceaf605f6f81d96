import assert from "node:assert/strict";
import {
  formatMatrix,
  formatVector,
  lossSeries,
  percent,
  scenarioOptions,
  usage,
} from "../../scripts/scenario.ts";
import { runXor, xorScenario } from "../../scripts/xor.ts";
import { Sequential } from "../../mod.ts";
import { DEMO_SCENARIOS, runScript } from "../fixtures/command.ts";
import { argsFor } from "../../scripts/demo.ts";
import { expsinScenario } from "../../scripts/expsin.ts";
import { entries, escape, withTempDir } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

Deno.test("formatMatrix prints as NumPy does (reference strings from NumPy 2.4.6)", () => {
  assert.equal(formatMatrix([[0, -0.25], [1.5, 10]]), "[[ 0.   -0.25]\n [ 1.5  10.  ]]");
  assert.equal(formatMatrix([[1, 2, 3]]), "[[1 2 3]]");
  assert.equal(
    formatMatrix([[0.5, 0.5], [0.521538741, 0.478461259]]),
    "[[0.5        0.5       ]\n [0.52153874 0.47846126]]",
  );
  assert.equal(formatVector([0, 1, 1, 0]), "[0 1 1 0]");
  assert.equal(percent(0.975), "97.5%");
});

Deno.test("scenarioOptions: the scenario's defaults, silent, no charts, overridable", () => {
  const options = scenarioOptions(xorScenario, { epochs: 3 });
  assert.deepEqual({ ...options, log: undefined }, {
    seed: 0,
    epochs: 3,
    learningRate: 1,
    explain: false,
    plots: null,
    progress: false,
    flags: {},
    log: undefined,
  });
});

Deno.test("lossSeries numbers epochs from 1 and carries the validation loss only when there is one", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
  const x = [[0], [1]], y = [[1], [2]];
  const plain = model.fit(x, y, { loss: "mse", epochs: 3 });
  assert.deepEqual(lossSeries(plain), { epoch: [1, 2, 3], loss: plain.loss });
  const validated = model.fit(x, y, { loss: "mse", epochs: 2, validationData: [x, y] });
  assert.deepEqual(lossSeries(validated), {
    epoch: [1, 2],
    loss: validated.loss,
    valLoss: validated.valLoss,
  });
});

test("--help lists every common flag with the scenario's defaults and exits 0", async () => {
  const text = usage(xorScenario);
  for (
    const line of [
      "Usage: deno run -A scripts/xor.ts [options]",
      "  --seed N     seed of the weights and data (default 0)",
      "  --epochs N   training epochs (default 200)",
      "  --lr X       learning rate (default 1)",
      "  --plots DIR  write SVG charts to DIR (default out/xor/)",
      "  --no-plots   write no charts",
      "  --json       print only one JSON line with the final metrics",
      "  --explain    print one training step, explained layer by layer, before training",
    ]
  ) assert.ok(text.split("\n").includes(line), `missing ${JSON.stringify(line)} in\n${text}`);
  const { code, stdout } = await runScript("scripts/xor.ts", ["--help"]);
  assert.equal(code, 0);
  assert.equal(stdout, `${text}\n`);
});

test("without a terminal, progress comes as plain lines", async () => {
  const { code, stdout, stderr } = await runScript("scripts/xor.ts", [
    "--no-plots",
    "--epochs",
    "30",
  ]);
  assert.equal(code, 0, stderr);
  const lines = stdout.split("\n");
  assert.ok(lines.includes("epoch 0/30 | loss … | ETA 0s"), stdout);
  assert.ok(lines.some((line) => /^epoch 30\/30 \| loss 0\.\d{5} \| ETA 0s$/.test(line)), stdout);
});

test("the demo runs the five scenarios in notebook order, passing the flags on", async () => {
  const { code, stdout, stderr } = await runScript("scripts/demo.ts", [
    "--json",
    "--no-plots",
    "--epochs",
    "2",
  ]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((line) => line.scenario), DEMO_SCENARIOS);
  assert.ok(lines.every((line) => line.charts.length === 0));
  // --epochs 2 reached the scenarios: xor's line is that of a 2-epoch run in this process.
  const xor = await runXor(scenarioOptions(xorScenario, { epochs: 2 }));
  assert.deepEqual(lines[0], { scenario: "xor", ...xor.metrics, charts: [] });
});

const ESC = "\u001b";
const SCRIPT = "/usr/bin/script"; // util-linux: runs a command on a pseudo-terminal
const hasScript = (() => {
  try {
    return Deno.statSync(SCRIPT).isFile;
  } catch {
    return false;
  }
})();

Deno.test({
  name: "on a terminal, progress is one line redrawn in place",
  ignore: !hasScript,
  async fn() {
    const command = `"${Deno.execPath()}" run -A scripts/xor.ts --no-plots --epochs 30`;
    const output = await new Deno.Command(SCRIPT, {
      args: ["-qec", command, "/dev/null"],
      cwd: new URL("../..", import.meta.url),
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(output.stdout);
    assert.equal(output.code, 0, text);
    // Each redraw moves to column 1 (ESC [1G) and clears the rest of the line (ESC [0K).
    const redraw = (line: string) => new RegExp(`${ESC}\\[1G${line}${ESC}\\[0K`);
    assert.match(text, redraw("epoch 0/30 \\| loss … \\| ETA 0s"));
    assert.match(text, redraw("epoch 30/30 \\| loss 0\\.\\d{5} \\| ETA 0s"));
    assert.ok(!/^epoch 30\/30/m.test(text), "no plain progress lines on a terminal");
  },
});

test("--quiet prints nothing; --plots DIR gets the charts; --lr 1e-1 is a number", async () => {
  await withTempDir(async (dir) => {
    const { code, stdout, stderr } = await runScript("scripts/xor.ts", [
      "--quiet",
      "--plots",
      `${dir}/charts`,
      "--lr",
      "1e-1",
      "--epochs",
      "3",
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, "");
    assert.equal(stderr, "");
    assert.deepEqual(entries(`${dir}/charts`), ["decision_boundary.svg", "loss.svg"]);
  });
});

test("an unwritable chart folder is refused before any training", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/file`, "");
    const { code, stdout, stderr } = await runScript("scripts/moons.ts", [
      "--plots",
      `${dir}/file/charts`,
    ]);
    assert.equal(code, 1);
    assert.equal(stdout, "");
    assert.match(
      stderr,
      new RegExp(`^moons: cannot write charts to ${escape(`${dir}/file/charts`)}: Not a directory`),
    );
  });
});

test("demo: --help has its own text; a scenario's own flag reaches that scenario only", async () => {
  const args = ["--json", "--unscaled", "--epochs", "2"];
  assert.deepEqual(argsFor(xorScenario, args), ["--json", "--epochs", "2"]);
  assert.deepEqual(argsFor(expsinScenario, args), args);
  // Each scenario its own chart folder; values are never taken for flags.
  assert.deepEqual(argsFor(xorScenario, ["--plots", "unscaled", "--plots=c"]), [
    "--plots",
    "unscaled/xor",
    "--plots=c/xor",
  ]);
  assert.deepEqual(argsFor(expsinScenario, ["--plots", "charts"]), ["--plots", "charts/expsin"]);
  const { code, stdout } = await runScript("scripts/demo.ts", ["--help"]);
  assert.equal(code, 0);
  assert.match(
    stdout,
    /^demo: the five notebook scenarios \(xor, line_detector, sigmoid3, moons, expsin\)/,
  );
});
