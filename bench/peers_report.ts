/**
 * The parts of the peer comparison that need neither TF.js nor python: its
 * command line and its table of ratios (`peers.ts` runs the comparison).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type Unit, type Workload, WORKLOADS } from "./workloads.ts";

/** A TF.js backend this harness compares against. */
export type TfjsBackend = "cpu" | "wasm";

/** Every TF.js backend, in report order. */
const TFJS_BACKENDS: readonly TfjsBackend[] = ["cpu", "wasm"];

/** A peer this harness compares against: a TF.js backend, or NumPy (`numpy_peer.py`). */
export type Peer = TfjsBackend | "numpy";

/** Every peer, in report order. */
const PEERS: readonly Peer[] = [...TFJS_BACKENDS, "numpy"];

/** What a contender is called in the JSON lines. */
export type ContenderName = "backprop" | `tfjs-${TfjsBackend}` | "numpy";

/** The contender that stands for `peer`. */
export function contenderOf(peer: Peer): ContenderName {
  return peer === "numpy" ? "numpy" : `tfjs-${peer}`;
}

/** One workload's medians, by contender. */
export interface Result {
  workload: string;
  unit: Unit;
  figures: Partial<Record<ContenderName, number>>;
}

const UNIT_LABELS: Record<Unit, string> = { samples_per_s: "samples/s", us_per_step: "µs/step" };

/** A figure for the table: 4 significant digits, thousands separated; "–" when not measured. */
function cell(value: number | undefined): string {
  if (value === undefined) return "–";
  return value.toLocaleString("en-US", { maximumSignificantDigits: 4 });
}

/** How many times faster we are than `peer` (> 1: faster), whatever the unit; 3 digits. */
function speedUp(result: Result, peer: Peer): string {
  const theirs = result.figures[contenderOf(peer)];
  const mine = result.figures.backprop;
  if (theirs === undefined || mine === undefined) return "–";
  const ratio = result.unit === "us_per_step" ? theirs / mine : mine / theirs;
  return String(Number(ratio.toPrecision(3)));
}

/** The Markdown table of all results, and the line on reading its ratios. */
export function table(results: readonly Result[]): string {
  const lines = [
    "| workload | unit | backprop | TF.js cpu | TF.js wasm | NumPy | " +
    "backprop ÷ cpu | backprop ÷ wasm | backprop ÷ numpy |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) =>
      `| ${r.workload} | ${UNIT_LABELS[r.unit]} | ${cell(r.figures.backprop)} | ` +
      `${PEERS.map((peer) => cell(r.figures[contenderOf(peer)])).join(" | ")} | ` +
      `${PEERS.map((peer) => speedUp(r, peer)).join(" | ")} |`
    ),
    "",
    "Ratios above 1 mean backprop is faster: ours ÷ theirs for samples/s, " +
    "theirs ÷ ours for µs/step.",
  ];
  return lines.join("\n");
}

const USAGE = `Usage: deno run -A bench/peers.ts [options]

Times backprop against TensorFlow.js (cpu and wasm backends) and NumPy
(python3, one BLAS thread) on the workloads W1, W1-infer, W2 and W3,
interleaved round by round, and prints medians and ratios. Without python3
or numpy the NumPy column is skipped.

Options:
  --runs N                timed rounds per workload (default 3)
  --only W1,W3            only these workloads (of W1, W1-infer, W2, W3)
  --peers cpu,wasm,numpy  only these peers: TF.js backends, numpy (default all available)
  -h, --help              this text`;

/** The harness's options, checked. */
export interface Options {
  runs: number;
  workloads: Workload[];
  peers: Peer[];
}

/** Picks the names in a comma-separated `list` out of `known`; throws on an unknown one. */
function pick<T extends string>(flag: string, list: string, known: readonly T[]): T[] {
  const names = list.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const unknown = names.filter((name) => !known.includes(name as T));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`--${flag}: expected some of ${known.join(", ")}, got "${list}"`);
  }
  return known.filter((name) => names.includes(name));
}

/** Parses the command line; `undefined` after printing the usage for `--help`. */
export function parseOptions(args: string[]): Options | undefined {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: "string", default: "3" },
      only: { type: "string" },
      peers: { type: "string", default: PEERS.join(",") },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`--runs: expected a whole number of at least 1, got "${values.runs}"`);
  }
  const all = WORKLOADS.map((make) => make());
  const names = all.map((w) => w.name);
  const chosen = values.only === undefined ? names : pick("only", values.only, names);
  return {
    runs,
    workloads: all.filter((w) => chosen.includes(w.name)),
    peers: pick("peers", values.peers, PEERS),
  };
}
