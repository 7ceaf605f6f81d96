/**
 * The notebooks in notebooks/: committed without outputs, their code
 * type-checks and lints, and each runs headless in Deno's Jupyter kernel
 * (`jupyter nbconvert --execute`, into a temporary folder) with no error,
 * showing the library's rich displays and the numbers its scenario script
 * reaches.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Matrix, moons, trainTestSplit } from "../../mod.ts";
import { scenarioOptions } from "../../scripts/scenario.ts";
import { runXor, xorScenario } from "../../scripts/xor.ts";
import { lineDetectorScenario, runLineDetector } from "../../scripts/line_detector.ts";
import { runSigmoid3, sigmoid3Scenario } from "../../scripts/sigmoid3.ts";
import { DATA, moonsScenario, runMoons } from "../../scripts/moons.ts";
import { expsinScenario, runExpsin } from "../../scripts/expsin.ts";
import { NOTEBOOK_000_FORWARD } from "../fixtures/notebooks.ts";
import { withTempDir } from "../fixtures/files.ts";
import { missing, testsNeeding } from "../fixtures/permissions.ts";

const ROOT = new URL("../../", import.meta.url);
const FOLDER = new URL("notebooks/", ROOT);
const NAMES = ["000_xor", "001_line_detector", "002_sigmoid3", "003_moons", "004_expsin"] as const;
type Name = typeof NAMES[number];

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, unknown>;
}

interface Cell {
  cell_type: string;
  source: string | string[];
  execution_count?: number | null;
  outputs?: Output[];
}

interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name?: string; language?: string } };
}

const joined = (text: unknown) => Array.isArray(text) ? text.join("") : String(text ?? "");
const source = (cell: Cell) => joined(cell.source);
const code = (notebook: Notebook) => notebook.cells.filter((cell) => cell.cell_type === "code");
const markdown = (notebook: Notebook) =>
  notebook.cells.filter((cell) => cell.cell_type === "markdown").map(source).join("\n");

async function readNotebook(path: string | URL): Promise<Notebook> {
  return JSON.parse(await Deno.readTextFile(path));
}

testsNeeding("read")(
  "the committed notebooks have no outputs, name Deno's kernel and import the library by relative path",
  async () => {
    const files = Array.from(Deno.readDirSync(FOLDER), (entry) => entry.name)
      .filter((name) => name.endsWith(".ipynb")).sort();
    assert.deepEqual(files, NAMES.map((name) => `${name}.ipynb`));
    for (const name of NAMES) {
      const notebook = await readNotebook(new URL(`${name}.ipynb`, FOLDER));
      assert.deepEqual(notebook.metadata.kernelspec, {
        display_name: "Deno",
        language: "typescript",
        name: "deno",
      });
      for (const cell of code(notebook)) {
        assert.deepEqual(cell.outputs, [], `${name}: a cell was committed with outputs`);
        assert.equal(cell.execution_count, null, `${name}: a cell was committed executed`);
      }
      const first = source(code(notebook)[0]);
      assert.match(first, /from "\.\.\/mod\.ts";/, name);
      const text = markdown(notebook);
      assert.match(text, /https:\/\/<host>\/<path>\/mod\.ts/, name);
      assert.match(text, /## What this version corrects\n/, name);
    }
  },
);

/** A notebook's code cells as one module, its relative imports made absolute. */
function asModule(notebook: Notebook): string {
  return code(notebook).map(source).join("\n\n")
    .replaceAll(`from "../`, `from "${ROOT.href}`)
    .replaceAll(`from "./`, `from "${FOLDER.href}`) + "\n";
}

async function deno(args: string[]): Promise<{ success: boolean; output: string }> {
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    env: { NO_COLOR: "1" },
  }).output();
  const text = new TextDecoder();
  return { success, output: text.decode(stdout) + text.decode(stderr) };
}

testsNeeding("read", "write", "run", "env")(
  "the notebooks' code passes deno check and deno lint",
  () =>
    withTempDir(async (dir) => {
      const paths: string[] = [];
      for (const name of NAMES) {
        const path = join(dir, `${name}.ts`);
        await Deno.writeTextFile(
          path,
          asModule(await readNotebook(new URL(`${name}.ipynb`, FOLDER))),
        );
        paths.push(path);
      }
      const config = fileURLToPath(new URL("deno.json", ROOT));
      const checked = await deno(["check", "--config", config, ...paths]);
      assert.ok(checked.success, checked.output);
      const linted = await deno(["lint", "--config", config, ...paths]);
      assert.ok(linted.success, linted.output);
    }),
);

/** `jupyter` (Debian's first), if it has nbconvert and the deno kernel is installed. */
async function jupyterWithDeno(): Promise<string | null> {
  for (const jupyter of ["/usr/bin/jupyter", "jupyter"]) {
    try {
      const nbconvert = await new Deno.Command(jupyter, {
        args: ["nbconvert", "--version"],
        stdout: "null",
        stderr: "null",
      }).output();
      const paths = await new Deno.Command(jupyter, { args: ["--paths", "--json"] }).output();
      if (!nbconvert.success || !paths.success) continue;
      const { data } = JSON.parse(new TextDecoder().decode(paths.stdout)) as { data: string[] };
      if (data.some((dir) => kernelRuns(join(dir, "kernels", "deno", "kernel.json")))) {
        return jupyter;
      }
    } catch {
      // not installed
    }
  }
  return null;
}

/** Whether the kernelspec at `path` exists and names a program that exists. */
function kernelRuns(path: string): boolean {
  try {
    const { argv } = JSON.parse(Deno.readTextFileSync(path)) as { argv: string[] };
    return !argv[0].startsWith("/") || Deno.statSync(argv[0]).isFile;
  } catch {
    return false;
  }
}

/** Runs a notebook headless into `dir` and returns the executed copy. */
async function execute(jupyter: string, name: Name, dir: string): Promise<Notebook> {
  const { success, stderr } = await new Deno.Command(jupyter, {
    args: [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=120",
      "--output-dir",
      dir,
      fileURLToPath(new URL(`${name}.ipynb`, FOLDER)),
    ],
    env: { NO_COLOR: "1" },
    stdout: "null",
    signal: AbortSignal.timeout(240_000),
  }).output();
  assert.ok(success, `${name}: ${new TextDecoder().decode(stderr)}`);
  return await readNotebook(join(dir, `${name}.ipynb`));
}

/** What a notebook showed: every output's text, and by kind. */
interface Shown {
  /** Every stream's text and every display's content, of every mime type. */
  all: string;
  /** The `text/html` of every display. */
  html: string[];
  /** The `image/svg+xml` of every display. */
  svg: string[];
}

function shown(notebook: Notebook): Shown {
  const outputs = code(notebook).flatMap((cell) => cell.outputs ?? []);
  const data = outputs.map((output) => output.data ?? {});
  return {
    all: outputs.map((output) =>
      output.text === undefined
        ? Object.values(output.data ?? {}).map(joined).join("\n")
        : joined(output.text)
    ).join("\n"),
    html: data.filter((d) => "text/html" in d).map((d) => joined(d["text/html"])),
    svg: data.filter((d) => "image/svg+xml" in d).map((d) => joined(d["image/svg+xml"])),
  };
}

/** No error, a display under every cell but the imports, and the displays every notebook uses. */
function assertRanClean(name: Name, notebook: Notebook, out: Shown): void {
  const cells = code(notebook);
  for (const cell of cells) {
    for (const output of cell.outputs ?? []) {
      assert.notEqual(output.output_type, "error", `${name}: ${JSON.stringify(output)}`);
      if (output.name === "stderr") assert.doesNotMatch(joined(output.text), /error/i, name);
    }
  }
  cells.slice(1).forEach((cell, i) =>
    assert.ok((cell.outputs ?? []).length > 0, `${name}: code cell ${i + 2} showed nothing`)
  );
  const html = (what: string, test: (h: string) => boolean) =>
    assert.ok(out.html.some(test), `${name}: no ${what} among the displays`);
  html("model summary and drawing", (h) => h.includes("Total parameters") && h.includes("<svg"));
  html("matrix table", (h) => h.startsWith("<table"));
  html("trace", (h) => h.includes("δ") && h.includes("∂L/∂W") && h.includes("<table"));
  html("history chart", (h) => h.includes("History: ") && h.includes("<svg"));
  assert.ok(out.svg.some((s) => s.startsWith("<svg")), `${name}: no chart`);
}

/** The live progress display, as its last update left it: the last epoch, and its chart. */
function assertProgress(out: Shown, epochs: number): void {
  const line = `epoch ${epochs} / ${epochs} · loss `;
  assert.ok(out.html.some((h) => h.includes(line) && h.includes("<svg")), `no "${line}"`);
}

/** Asserts every number `pattern` captures in `text` is below `limit`. */
function assertSmall(text: string, pattern: RegExp, limit = 1e-12): void {
  const found = [...text.matchAll(pattern)];
  assert.ok(found.length > 0, `no match for ${pattern}`);
  for (const match of found) {
    for (const value of match.slice(1)) assert.ok(Math.abs(Number(value)) < limit, match[0]);
  }
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** Each notebook's own figures, against what its script reaches with the same defaults. */
const CHECKS: Record<Name, (out: Shown) => Promise<void>> = {
  async "000_xor"(out) {
    const script = await runXor(scenarioOptions(xorScenario));
    const table = new Matrix(4, 2, Float64Array.from(NOTEBOOK_000_FORWARD)).toString();
    assert.ok(out.all.includes(table), `the untrained table ${table}`);
    assert.ok(out.all.includes("Untrained predictions: [0 0 0 0]"));
    assertSmall(out.all, /δ₂ (\S+), ∂L\/∂W₂ (\S+), δ₁ (\S+)$/gm);
    assert.ok(out.all.includes(
      `Predictions [0 1 1 0], accuracy 100%, loss ${(script.metrics.loss as number).toFixed(6)}`,
    ));
    assertProgress(out, xorScenario.defaults.epochs);
  },
  async "001_line_detector"(out) {
    const { metrics, confusion } = await runLineDetector(scenarioOptions(lineDetectorScenario));
    const right = confusion.truePositives + confusion.trueNegatives;
    assert.ok(out.all.includes(
      `Training images: accuracy ${percent(metrics.trainAccuracy as number)}. Test images: ` +
        `accuracy ${percent(metrics.testAccuracy as number)} (${right} of 102)`,
    ));
    assertSmall(out.all, /against the chain: (\S+); against \(Ŷ − Y\)\/m: (\S+);/g);
    assert.ok(out.all.includes("512 images of 9 pixels; 247 have label 1, 265 label 0"));
    assertProgress(out, lineDetectorScenario.defaults.epochs);
  },
  async "002_sigmoid3"(out) {
    const { metrics } = await runSigmoid3(scenarioOptions(sigmoid3Scenario));
    assert.ok(out.all.includes(
      `Untrained loss (MSE): ${(metrics.untrainedLoss as number).toFixed(6)}`,
    ));
    assertSmall(out.all, /δ₃ by hand against the trace: largest difference (\S+)/g);
    assert.ok(out.all.includes(
      `Final loss (MSE) ${(metrics.loss as number).toExponential(4)}, RMSE per coordinate ${
        (metrics.rmse as number).toFixed(5)
      }, largest distance from a target point ${(metrics.maxError as number).toFixed(5)}`,
    ));
    assert.ok(out.all.includes("History: 5000 epochs"));
  },
  async "003_moons"(out) {
    const { metrics } = await runMoons(scenarioOptions(moonsScenario));
    // The reference notebook's printed W1 (first rows) and Z1 on [1, 1], NumPy seed 101.
    assert.ok(out.all.includes(
      "[[ 2.70684984e-01  6.28132709e-02]\n [ 9.07969446e-02  5.03825754e-02]\n",
    ));
    assert.ok(out.all.includes("[[ 0.25796572  0.10653767  0.04788267 -0.07215597 -0.07192768"));
    assert.ok(out.all.includes("[[0.25796572 0.10653767 0.04788267 0.         0.        "));
    assert.ok(out.all.includes(
      `Training points: accuracy ${percent(metrics.trainAccuracy as number)}, loss ${
        (metrics.trainLoss as number).toFixed(4)
      }. Test points: accuracy ${percent(metrics.testAccuracy as number)}`,
    ));
    const { seed } = moonsScenario.defaults;
    const { x, y } = moons({ n: DATA.n, noise: DATA.noise, seed });
    const { yTest } = trainTestSplit(x, y, { testFraction: DATA.testFraction, seed });
    const ones = yTest.data.filter((label) => label === 1).length / yTest.rows;
    assert.ok(out.all.includes(
      `Test accuracy with the threshold at 0: ${percent(ones)}; at 0.5: ${
        percent(metrics.testAccuracy as number)
      }`,
    ));
    assert.ok(out.all.includes('Unknown activation "sigmoyd"'));
    assertProgress(out, moonsScenario.defaults.epochs);
  },
  async "004_expsin"(out) {
    const scaled = await runExpsin(scenarioOptions(expsinScenario));
    const raw = await runExpsin(scenarioOptions(expsinScenario, { flags: { unscaled: true } }));
    const [before, after] = /Loss before the step (\S+), after (\S+)$/m.exec(out.all)!.slice(1)
      .map(Number);
    assert.ok(after < before, `the one-sample step raised the loss: ${before} → ${after}`);
    assertSmall(out.all, /δ₁ from the loops against the trace: largest difference (\S+)$/gm);
    const m = scaled.metrics, r = raw.metrics;
    assert.ok(out.all.includes(
      `Test RMSE ${(m.testRmse as number).toFixed(3)}, MAE ${(m.testMae as number).toFixed(3)}`,
    ));
    assert.ok(out.all.includes(
      `Raw targets: test RMSE ${(r.testRmse as number).toFixed(1)} against ${
        (r.baselineRmse as number).toFixed(1)
      } for the mean`,
    ));
    assertProgress(out, expsinScenario.defaults.epochs);
  },
};

const NEEDS = ["read", "write", "run", "env"] as const;
const permitted = missing(...NEEDS).length === 0;
const jupyter = permitted ? await jupyterWithDeno() : null;
testsNeeding(...NEEDS)(
  "every notebook runs headless in Deno's kernel, showing its rich displays and its script's numbers" +
    (permitted && jupyter === null
      ? " (needs jupyter nbconvert and the deno kernel: apt-get install jupyter-nbconvert " +
        "python3-nbclient python3-jupyter-client, then deno jupyter --install)"
      : ""),
  { ignore: jupyter === null },
  (t) =>
    withTempDir(async (dir) => {
      // One kernel at a time: under load, parallel kernels were seen to drop displays.
      const executed: Notebook[] = [];
      for (const name of NAMES) executed.push(await execute(jupyter!, name, dir));
      for (const [i, name] of NAMES.entries()) {
        await t.step(name, async () => {
          const out = shown(executed[i]);
          assertRanClean(name, executed[i], out);
          await CHECKS[name](out);
        });
      }
    }),
);
