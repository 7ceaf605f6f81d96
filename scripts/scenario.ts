/**
 * What the five notebook scripts share: the common command line (`--seed`,
 * `--epochs`, `--lr`, `--quiet`, `--json`, `--plots DIR`, `--no-plots`,
 * `--explain`, `--help`), a progress line during training, chart files, and
 * NumPy-style printing of matrices.
 *
 * A script describes itself as a {@linkcode Scenario} and ends with
 * `if (import.meta.main) Deno.exit(await main(scenario, Deno.args));`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import process from "node:process";
import cliProgress from "npm:cli-progress@^3";
import {
  type Callback,
  type FitOptions,
  type History,
  type MatrixLike,
  type ModelLayer,
  type Prediction,
  type Sequential,
  toMatrix,
} from "../mod.ts";
import { messageOf } from "./message.ts";
import { integerFlag, positiveFlag } from "./flags.ts";
import { type LossSeries, writeChart } from "./plots.ts";

/** The settings every scenario runs with. */
export interface ScenarioOptions {
  /** Seed of the weights and of every other random draw. */
  seed: number;
  /** Number of training epochs. */
  epochs: number;
  /** Learning rate. */
  learningRate: number;
  /** Whether to print one training step, explained, before training. */
  explain: boolean;
  /** Folder for chart files, or `null` for no charts. */
  plots: string | null;
  /** Whether to show a progress line during training. */
  progress: boolean;
  /** The scenario's own switches (such as `--unscaled`), by name. */
  flags: Record<string, boolean>;
  /** Where the human-readable report goes. */
  log: (line: string) => void;
}

/** What a scenario reports when it is done. */
export interface ScenarioResult {
  /** Final figures by name, for `--json` and for tests. */
  metrics: Record<string, number | number[]>;
  /** Paths of the chart files written. */
  charts: string[];
}

/** A notebook scenario as a command. */
export interface Scenario<R extends ScenarioResult = ScenarioResult> {
  /** Command name, also the default chart folder `out/<name>/` and the `--json` tag. */
  name: string;
  /** What it shows, for `--help`. */
  description: string;
  /** Defaults of the common numeric flags. */
  defaults: { seed: number; epochs: number; learningRate: number };
  /** Extra boolean flags: name → help text. */
  flags?: Record<string, string>;
  /** Runs the scenario. */
  run(options: ScenarioOptions): Promise<R>;
}

/**
 * Options for a run from code: the scenario's defaults, no output, no charts,
 * no progress, overridden by `overrides`.
 */
export function scenarioOptions(
  scenario: Scenario,
  overrides: Partial<ScenarioOptions> = {},
): ScenarioOptions {
  return {
    ...scenario.defaults,
    explain: false,
    plots: null,
    progress: false,
    flags: Object.fromEntries(Object.keys(scenario.flags ?? {}).map((f) => [f, false])),
    log: () => {},
    ...overrides,
  };
}

/**
 * Runs a scenario as a command: parses `args`, makes sure the chart folder can
 * be written, runs the scenario, prints the report (or one JSON line with
 * `--json`) and returns the exit code. A bad flag or a failed run prints
 * `<name>: <message>` on stderr and gives 1.
 *
 * @param scenario The scenario.
 * @param args The command-line arguments, as `Deno.args`.
 * @returns The exit code: 0, or 1 after an error.
 */
export async function main(scenario: Scenario, args: string[]): Promise<number> {
  if (!process.stdout.listeners("error").includes(ignoreBrokenPipe)) {
    process.stdout.on("error", ignoreBrokenPipe);
  }
  let options: ScenarioOptions;
  let json: boolean;
  let chosen: boolean;
  try {
    const parsed = parseCommandLine(scenario, args);
    if (parsed === "help") {
      console.log(usage(scenario));
      return 0;
    }
    ({ options, json, chosen } = parsed);
  } catch (error) {
    console.error(`${scenario.name}: ${messageOf(error)}`);
    console.error(`Run with --help for the options.`);
    return 1;
  }
  try {
    const skipped = options.plots !== null && !(await chartsAllowed(options.plots, chosen));
    if (skipped) options = { ...options, plots: null };
    const result = await scenario.run(options);
    if (json) {
      console.log(
        JSON.stringify({ scenario: scenario.name, ...result.metrics, charts: result.charts }),
      );
    } else if (result.charts.length > 0) {
      options.log(`\nCharts: ${result.charts.join(", ")}`);
    }
    if (skipped) {
      console.error(
        `\n${scenario.name}: no charts: this run may not write to out/${scenario.name}. ` +
          `Run "deno task ${scenario.name}", or add --allow-read=out --allow-write=out, to get ` +
          "them; --no-plots skips them.",
      );
    }
    return 0;
  } catch (error) {
    console.error(`${scenario.name}: ${messageOf(error)}`);
    return 1;
  }
}

/** A reader that stops early (`| head`) closes the pipe: not an error of the run. */
export function ignoreBrokenPipe(error: Error & { code?: string }): void {
  if (error.code !== "EPIPE") throw error;
}

/**
 * Whether charts can go to `dir`: checked as {@linkcode checkChartFolder} does.
 * A folder the user did not choose (the default) that this run has no
 * permission to write is `false`, not an error: the results matter more; nor
 * does the run stop to ask for that permission in a terminal.
 */
async function chartsAllowed(dir: string, chosen: boolean): Promise<boolean> {
  if (!chosen) {
    for (const name of ["read", "write"] as const) {
      if ((await Deno.permissions.query({ name, path: dir })).state !== "granted") return false;
    }
  }
  try {
    await checkChartFolder(dir);
    return true;
  } catch (error) {
    const denied = error instanceof Error &&
      (error.cause instanceof Deno.errors.NotCapable ||
        error.cause instanceof Deno.errors.PermissionDenied);
    if (chosen || !denied) throw error;
    return false;
  }
}

/** Creates the chart folder and proves it writable, before any training time is spent. */
export async function checkChartFolder(dir: string): Promise<void> {
  const probe = `${dir}/.write-test-${crypto.randomUUID()}`;
  try {
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(probe, "");
    await Deno.remove(probe);
  } catch (error) {
    throw new Error(`cannot write charts to ${dir}: ${messageOf(error)}`, { cause: error });
  }
}

function parseCommandLine(
  scenario: Scenario,
  args: string[],
): "help" | { options: ScenarioOptions; json: boolean; chosen: boolean } {
  const extra = Object.keys(scenario.flags ?? {});
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      seed: { type: "string" },
      epochs: { type: "string" },
      lr: { type: "string" },
      quiet: { type: "boolean" },
      json: { type: "boolean" },
      plots: { type: "string" },
      "no-plots": { type: "boolean" },
      explain: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(extra.map((f) => [f, { type: "boolean" as const }])),
    },
  });
  if (values.help) return "help";
  if (values.plots !== undefined && values["no-plots"]) {
    throw new RangeError("--plots and --no-plots contradict each other; give one");
  }
  const { defaults } = scenario;
  const json = values.json === true;
  const quiet = json || values.quiet === true;
  const options: ScenarioOptions = {
    seed: integerFlag("--seed", values.seed, defaults.seed, 0, 2 ** 32 - 1),
    epochs: integerFlag("--epochs", values.epochs, defaults.epochs, 1, 1e7),
    learningRate: positiveFlag("--lr", values.lr, defaults.learningRate),
    explain: values.explain === true,
    plots: values["no-plots"] ? null : (values.plots ?? `out/${scenario.name}`),
    progress: !quiet,
    flags: Object.fromEntries(
      extra.map((f) => [f, (values as Record<string, unknown>)[f] === true]),
    ),
    log: quiet ? () => {} : (line) => console.log(line),
  };
  return { options, json, chosen: values.plots !== undefined };
}

/** The `--help` text of a scenario. */
export function usage(scenario: Scenario): string {
  const { name, description, defaults } = scenario;
  const rows: [string, string][] = [
    ["--seed N", `seed of the weights and data (default ${defaults.seed})`],
    ["--epochs N", `training epochs (default ${defaults.epochs})`],
    ["--lr X", `learning rate (default ${defaults.learningRate})`],
    ["--explain", "print one training step, explained layer by layer, before training"],
    ["--plots DIR", `write SVG charts to DIR (default out/${name}/)`],
    ["--no-plots", "write no charts"],
    ["--quiet", "print nothing but errors"],
    ["--json", "print only one JSON line with the final metrics"],
    ...Object.entries(scenario.flags ?? {}).map(([f, help]): [string, string] => [`--${f}`, help]),
    ["--help, -h", "show this help"],
  ];
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `${name}: ${description}`,
    "",
    `Usage: deno run -A scripts/${name}.ts [options]`,
    "",
    "Options:",
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
  ].join("\n");
}

/**
 * `model.fitAsync` with a progress line (epoch, loss, ETA) when
 * `options.progress` is on: redrawn in place on a terminal, plain lines every
 * two seconds otherwise.
 */
export async function train(
  model: Sequential<Prediction, ModelLayer>,
  x: MatrixLike,
  y: MatrixLike,
  fit: FitOptions,
  options: Pick<ScenarioOptions, "progress">,
): Promise<History> {
  if (!options.progress) return await model.fitAsync(x, y, fit);
  const bar = new cliProgress.SingleBar({
    format: "epoch {value}/{total} | loss {loss} | ETA {eta_formatted}",
    noTTYOutput: true,
    notTTYSchedule: 2000,
    stream: process.stdout,
    hideCursor: false,
  });
  const epochs = fit.epochs ?? 1;
  bar.start(epochs, 0, { loss: "…" });
  const progress: Callback = {
    onEpochEnd: ({ epoch, loss }) => bar.update(epoch, { loss: loss.toPrecision(5) }),
  };
  try {
    return await model.fitAsync(x, y, {
      ...fit,
      callbacks: [...[fit.callbacks ?? []].flat(), progress],
    });
  } finally {
    bar.stop();
  }
}

/** A history's losses per epoch, as {@linkcode lossChart} takes them. */
export function lossSeries(history: History): LossSeries {
  const epoch = Array.from(history.loss, (_, i) => i + 1);
  return history.valLoss.length === 0
    ? { epoch, loss: history.loss }
    : { epoch, loss: history.loss, valLoss: history.valLoss };
}

/**
 * Writes a chart to the scenario's folder, unless charts are off, and adds its
 * path to `charts`.
 */
export async function saveChart(
  options: ScenarioOptions,
  charts: string[],
  name: string,
  render: () => Promise<string>,
): Promise<void> {
  if (options.plots === null) return;
  charts.push(await writeChart(options.plots, name, await render()));
}

/** Rows or a matrix as NumPy prints them (see `Matrix.prototype.toString`). */
export function formatMatrix(m: MatrixLike): string {
  return toMatrix(m).toString();
}

/** `97.5%` for 0.975. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** `[0 1 1 0]`, as NumPy prints a vector of integers. */
export function formatVector(values: ArrayLike<number>): string {
  return `[${Array.from(values).join(" ")}]`;
}
