/**
 * `nn train` with its defaults against scikit-learn's, on real public data.
 *
 * `sklearn_peer.py` exports the data sets that ship with scikit-learn to CSV
 * (one seeded split into train.csv and test.csv each) and scores
 * `StandardScaler` + `MLPClassifier`/`MLPRegressor` with their defaults on it.
 * Then, for each set, this runs `nn train --data train.csv --target target
 * --out model.json` (nothing else but `--seed` for seeds after the first) and
 * `nn evaluate` on test.csv, and prints a markdown table of test accuracy or R².
 *
 * Run: `BACKPROP_PYTHON=/usr/bin/python3 deno run -A bench/cli_defaults.ts [--seeds N]
 * [--keep DIR] [--train-flags="FLAGS"]`. The interpreter needs scikit-learn
 * (Debian: python3-sklearn). `--seeds` (default 5) runs both sides with seeds
 * 0 to N−1 on the same split; `--train-flags` adds flags to every `nn train`,
 * to try other settings; `--keep` leaves the CSV files and models in DIR.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { integerFlag } from "../scripts/flags.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PEER = fileURLToPath(new URL("sklearn_peer.py", import.meta.url));
const NN = fileURLToPath(new URL("../scripts/nn.ts", import.meta.url));

/** One data set as `sklearn_peer.py` describes it. */
interface PeerSet {
  name: string;
  task: "classification" | "regression";
  metric: "accuracy" | "r2";
  features: number;
  classes: number | null;
  train: number;
  test: number;
  folder: string;
  /** Test scores of scikit-learn's defaults, one per `random_state` from 0. */
  sklearn: number[];
  /** Regression only: the same with the target standardized too, as nn does. */
  sklearn_scaled_target: number[] | null;
}

/** What `nn` gave on one set with one seed. */
interface Run {
  score: number;
  task: string;
  epochs: number;
  warnings: string[];
}

/** Runs a program to its end; its stdout and stderr. Throws if it fails. */
async function run(command: string, args: string[]): Promise<[string, string]> {
  const output = await new Deno.Command(command, { args, cwd: ROOT, stdin: "null" }).output();
  const text = new TextDecoder();
  const [stdout, stderr] = [text.decode(output.stdout), text.decode(output.stderr)];
  if (!output.success) throw new Error(`${command} ${args.join(" ")} failed:\n${stderr}`);
  return [stdout, stderr];
}

/** `nn ...args --json`: its report, and stderr's lines. */
async function nn(args: string[]): Promise<{ report: Record<string, unknown>; stderr: string[] }> {
  const [stdout, stderr] = await run(Deno.execPath(), ["run", "-A", NN, ...args, "--json"]);
  return { report: JSON.parse(stdout), stderr: stderr.split("\n") };
}

/** Trains with the defaults (and `extra` flags) on the set's train.csv, scores on its test.csv. */
async function ours(set: PeerSet, seed: number, extra: string[]): Promise<Run> {
  const model = `${set.folder}/model-${seed}.json`;
  const seedFlags = seed === 0 ? [] : ["--seed", String(seed)];
  const data = ["--data", `${set.folder}/train.csv`, "--target", "target"];
  const trained = await nn(["train", ...data, "--out", model, ...seedFlags, ...extra]);
  const test = await nn(["evaluate", "--model", model, "--data", `${set.folder}/test.csv`]);
  const { accuracy, targets } = test.report as { accuracy?: number; targets: { r2?: number }[] };
  return {
    score: set.metric === "accuracy" ? accuracy! : targets[0].r2!,
    task: trained.report.task as string,
    epochs: trained.report.epochs as number,
    warnings: trained.stderr.filter((line) => line.startsWith("Warning")),
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The table row of a set: our scores and scikit-learn's, and whether ours are within the margin. */
function tableRow(set: PeerSet, runs: Run[]): string {
  const f = (x: number) => shown(x, set.metric);
  const scores = runs.map((r) => r.score);
  // A run that took the wrong task has no score to compare: the cells say what it chose.
  const wrong = runs.find((r) => r.task !== set.task)?.task;
  const ours = (x: number) => wrong === undefined ? f(x) : `(chose ${wrong})`;
  const scaled = set.sklearn_scaled_target;
  const best = Math.max(
    mean(set.sklearn),
    scaled === null ? -Infinity : mean(scaled),
  );
  const difference = mean(scores) - best;
  const margin = set.metric === "accuracy" ? 0.02 : 0.03;
  const verdict = wrong !== undefined
    ? "✗"
    : `${
      set.metric === "accuracy" ? `${(100 * difference).toFixed(1)} points` : difference.toFixed(3)
    } ${difference >= -margin ? "✓" : "✗"}`;
  const cells = [
    set.name,
    set.classes === null ? set.task : `${set.task} (${set.classes} classes)`,
    `${set.train} / ${set.test}`,
    String(set.features),
    set.metric === "r2" ? "R²" : "accuracy",
    ours(scores[0]),
    f(set.sklearn[0]),
    ours(mean(scores)),
    f(mean(set.sklearn)),
    scaled === null ? "" : f(mean(scaled)),
    verdict,
  ];
  return `| ${cells.join(" | ")} |`;
}

function shown(x: number, metric: string): string {
  return metric === "accuracy" ? `${(100 * x).toFixed(1)}%` : x.toFixed(3);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      seeds: { type: "string" },
      keep: { type: "string" },
      "train-flags": { type: "string" },
    },
  });
  const seeds = integerFlag("--seeds", values.seeds, 5, 1, 100);
  const extra = values["train-flags"]?.split(/\s+/).filter((s) => s !== "") ?? [];
  const python = Deno.env.get("BACKPROP_PYTHON") || "python3";
  const dir = values.keep ?? await Deno.makeTempDir({ prefix: "cli-defaults-" });
  try {
    const [json] = await run(python, [PEER, dir, "--seeds", String(seeds)]);
    const peer = JSON.parse(json) as { sklearn: string; sets: PeerSet[] };
    const rows: string[] = [];
    const notes: string[] = [];
    for (const set of peer.sets) {
      const runs: Run[] = [];
      for (let seed = 0; seed < seeds; seed++) runs.push(await ours(set, seed, extra));
      rows.push(tableRow(set, runs));
      const wrong = runs.filter((r) => r.task !== set.task);
      if (wrong.length > 0) {
        notes.push(`${set.name}: nn chose ${wrong[0].task} in ${wrong.length} of ${seeds} runs`);
      }
      runs.forEach((r, seed) =>
        r.warnings.forEach((w) => notes.push(`${set.name}, seed ${seed}: ${w}`))
      );
      notes.push(`${set.name}: epochs run ${runs.map((r) => r.epochs).join(", ")}`);
    }
    console.log(
      `nn train defaults against scikit-learn ${peer.sklearn} (StandardScaler + MLP defaults), ` +
        `test scores on one seeded split; means over seeds 0–${seeds - 1}\n`,
    );
    console.log(
      "| data set | task | train / test rows | features | metric | nn (seed 0) | " +
        "scikit-learn (random_state 0) | nn, mean | scikit-learn, mean | " +
        "scikit-learn with target scaled, mean | nn − best scikit-learn mean |",
    );
    console.log(
      "| --- | --- | --: | --: | --- | --: | --: | --: | --: | --: | --: |",
    );
    rows.forEach((row) => console.log(row));
    console.log("");
    notes.forEach((note) => console.log(`- ${note}`));
  } finally {
    if (values.keep === undefined) await Deno.remove(dir, { recursive: true });
  }
}
