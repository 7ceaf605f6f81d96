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

/**
 * A peer this harness compares against: a TF.js backend, or NumPy (`numpy_peer.py`) in float64
 * or float32.
 */
export type Peer = TfjsBackend | "numpy" | "numpy-f32";

/** Every peer, in report order. */
const PEERS: readonly Peer[] = [...TFJS_BACKENDS, "numpy", "numpy-f32"];

/** Our configurations: float64 layers (`"backprop"`) and float32 ones, on one thread and on two. */
export const OURS = ["backprop", "backprop-f32", "backprop-x2", "backprop-f32-x2"] as const;

/** Our configurations on one thread. */
const ONE_THREAD: readonly (typeof OURS)[number][] = ["backprop", "backprop-f32"];

/** What a contender is called in the JSON lines. */
export type ContenderName = (typeof OURS)[number] | `tfjs-${TfjsBackend}` | "numpy" | "numpy-f32";

/** The contender that stands for `peer`. */
export function contenderOf(peer: Peer): ContenderName {
  return peer === "numpy" || peer === "numpy-f32" ? peer : `tfjs-${peer}`;
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

/** How many times faster `mine` is than `theirs` (> 1: faster), whatever the unit; 3 digits. */
function ratio(
  unit: Unit,
  mine: number | undefined,
  theirs: number | undefined,
): string {
  if (theirs === undefined || mine === undefined) return "–";
  const r = unit === "us_per_step" ? theirs / mine : mine / theirs;
  return String(Number(r.toPrecision(3)));
}

/**
 * Our fastest configuration on `result`'s workload (of `among`, default all), or undefined when
 * none was measured.
 */
export function fastest(
  result: Result,
  among: readonly (typeof OURS)[number][] = OURS,
): (typeof OURS)[number] | undefined {
  const measured = among.filter((name) => result.figures[name] !== undefined);
  const better = (a: number, b: number) => result.unit === "us_per_step" ? a < b : a > b;
  return measured.reduce<(typeof OURS)[number] | undefined>(
    (best, name) =>
      best === undefined || better(result.figures[name]!, result.figures[best]!) ? name : best,
    undefined,
  );
}

const PEER_LABELS: Record<Peer, string> = {
  cpu: "TF.js cpu",
  wasm: "TF.js wasm",
  numpy: "NumPy",
  "numpy-f32": "NumPy f32",
};

const OUR_LABELS: Record<(typeof OURS)[number], string> = {
  backprop: "backprop",
  "backprop-f32": "backprop f32",
  "backprop-x2": "backprop ×2",
  "backprop-f32-x2": "backprop f32 ×2",
};

/**
 * The Markdown table of all results: every contender's figure (our fastest configuration in
 * bold), the ratios of our fastest to each peer, of our fastest on one thread to NumPy, and of
 * our float64 layers on one thread to NumPy float64 (the like-for-like ratio).
 */
export function table(results: readonly Result[]): string {
  const lines = [
    `| workload | unit | ${OURS.map((name) => OUR_LABELS[name]).join(" | ")} | ` +
    PEERS.map((peer) => PEER_LABELS[peer]).join(" | ") + " | " +
    PEERS.map((peer) => `best ÷ ${PEER_LABELS[peer]}`).join(" | ") +
    " | 1 thread ÷ NumPy | f64 ÷ NumPy |",
    `| --- | --- | ${Array(OURS.length + 2 * PEERS.length + 2).fill("---:").join(" | ")} |`,
    ...results.map((r) => {
      const best = fastest(r);
      const ours = OURS.map((name) => {
        const text = cell(r.figures[name]);
        return name === best ? `**${text}**` : text;
      });
      const peers = PEERS.map((peer) => cell(r.figures[contenderOf(peer)]));
      const ratios = PEERS.map((peer) =>
        ratio(r.unit, best && r.figures[best], r.figures[contenderOf(peer)])
      );
      const single = fastest(r, ONE_THREAD);
      const oneThread = ratio(
        r.unit,
        single && r.figures[single],
        r.figures.numpy,
      );
      const same = ratio(r.unit, r.figures.backprop, r.figures.numpy);
      return `| ${r.workload} | ${UNIT_LABELS[r.unit]} | ${
        [...ours, ...peers, ...ratios, oneThread, same].join(" | ")
      } |`;
    }),
    "",
    "Ratios above 1 mean backprop is faster: ours ÷ theirs for samples/s, " +
    'theirs ÷ ours for µs/step. "best" is our fastest configuration (in bold), ' +
    '"1 thread" our fastest on one thread.',
  ];
  return lines.join("\n");
}

const USAGE = `Usage: deno run -A bench/peers.ts [options]

Times backprop (float64 and float32 layers, on one thread and on two) against
TensorFlow.js (cpu and wasm backends) and NumPy (float64 and float32; python3, one BLAS thread) on
the workloads W1, W1-infer, W2 and W3, interleaved round by round, and prints
medians and ratios. Without python3 or numpy the NumPy columns are skipped.

Options:
  --runs N                timed rounds per workload (default 3)
  --only W1,W3            only these workloads (of W1, W1-infer, W2, W3)
  --peers cpu,wasm,numpy,numpy-f32
                          only these peers: TF.js backends, NumPy float64 and float32
                          (default all available)
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
