import assert from "node:assert/strict";
import { moonsModel, moonsScenario, runMoons } from "../../scripts/moons.ts";
import { percent, scenarioOptions } from "../../scripts/scenario.ts";
import { runScript } from "../fixtures/command.ts";
import { escape, withTempDir } from "../fixtures/files.ts";
import { assertSvg, marks } from "../fixtures/svg.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

test("moons: notebook 003's W1 and Z1 are printed, and the test accuracy reaches 95%", async () => {
  await withTempDir(async (dir) => {
    const lines: string[] = [];
    const result = await runMoons(
      scenarioOptions(moonsScenario, { plots: dir, log: (line) => lines.push(line) }),
    );
    const text = lines.join("\n");
    for (
      const expected of [
        "1000 points on two moons (noise 0.2): 900 to train, 100 to test.",
        "W1 (first 2 units, as the notebook prints it, outputs × inputs):\n[[0.27068498 0.06281327]\n [0.09079694 0.05038258]]",
        "Z1 for the input [1, 1] (first 5): [[ 0.25796572  0.10653767  0.04788267 -0.07215597 -0.07192768]]",
        '  {"input_dim":50,"output_dim":25,"activation":"relu"}',
        "Total parameters: 5226",
      ]
    ) assert.ok(text.includes(expected), `missing:\n${expected}\nin:\n${text}`);
    const { testAccuracy, trainAccuracy } = result.metrics as Record<string, number>;
    assert.ok(testAccuracy >= 0.95, `test accuracy ${testAccuracy}`);
    assert.equal(testAccuracy, 0.98); // the README's figure: the run is deterministic
    assert.ok(trainAccuracy >= 0.95, `training accuracy ${trainAccuracy}`);
    assert.match(
      text,
      new RegExp(`Test set: {2}loss \\d\\.\\d{4}, accuracy ${escape(percent(testAccuracy))}`),
    );
    assert.deepEqual(result.charts, [`${dir}/loss.svg`, `${dir}/decision_boundary.svg`]);
    const boundary = await Deno.readTextFile(`${dir}/decision_boundary.svg`);
    assertSvg(boundary);
    // 100 test points drawn over the 60 × 60 probability grid.
    assert.equal(marks(boundary, "mark-rect")[0].length, 60 * 60);
    assert.equal(marks(boundary, "mark-symbol")[0].length, 100);
    const loss = await Deno.readTextFile(`${dir}/loss.svg`);
    assert.ok(loss.includes(">test</text>") && loss.includes(">training</text>"));
  });
});

Deno.test("moons: the same seed gives bit-identical results; another seed other data", async () => {
  const run = (seed: number) => runMoons(scenarioOptions(moonsScenario, { seed, epochs: 3 }));
  const [a, b, c] = [await run(5), await run(5), await run(6)];
  assert.deepEqual(a.metrics, b.metrics);
  assert.deepEqual(a.model.toJSON(), b.model.toJSON());
  assert.notDeepEqual(a.metrics, c.metrics);
  assert.notDeepEqual(moonsModel(5).toJSON(), moonsModel(6).toJSON());
});

test("scripts/moons.ts --json runs as a command", async () => {
  const { code, stdout, stderr } = await runScript("scripts/moons.ts", [
    "--json",
    "--no-plots",
    "--epochs",
    "2",
  ]);
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.scenario, "moons");
  assert.deepEqual(Object.keys(result), [
    "scenario",
    "trainLoss",
    "trainAccuracy",
    "testLoss",
    "testAccuracy",
    "charts",
  ]);
  assert.ok(result.testAccuracy > 0.5 && result.testAccuracy <= 1);
  assert.equal(stdout.trim().split("\n").length, 1);
  // The command's figures are exactly those of the same run in this process.
  const inProcess = await runMoons(scenarioOptions(moonsScenario, { epochs: 2 }));
  assert.deepEqual(result, { scenario: "moons", ...inProcess.metrics, charts: [] });
});
