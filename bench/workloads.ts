/**
 * The performance workloads W1, W1-infer, W2 and W3, defined once: their data,
 * networks and training settings, for our library here and for the peers in
 * `peers.ts`.
 *
 * Run: deno task bench:workloads [--warmup SECONDS] [--backend wasm|wasm-exact|js]
 * [--dtype float64|float32] [--threads 1|2] (a JSON line naming the kernels, then one per
 * workload, with the dtype and threads it ran with)
 *
 * @module
 */
import { parseArgs } from "node:util";
import {
  type Backend,
  createRandom,
  type DType,
  getKernels,
  type LayerSpec,
  Matrix,
  moons,
  oneHot,
  Sequential,
  setKernels,
  sgd,
  startThreads,
  xor,
} from "../mod.ts";

/** A workload's figure: training or inference samples per second, or microseconds per step. */
export type Unit = "samples_per_s" | "us_per_step";

/** One workload: its name, data, network and how it is run. */
export interface Workload {
  /** `"W1"`, `"W1-infer"`, `"W2"` or `"W3"`. */
  name: string;
  /** What the figure measures. */
  unit: Unit;
  /** Layer widths, input first. */
  sizes: readonly number[];
  /** The output layer's activation (hidden layers use ReLU); it decides the loss. */
  output: "sigmoid" | "softmax";
  /** Inputs, one row per sample. */
  x: Matrix;
  /** Targets: a 0/1 column for sigmoid, one-hot rows for softmax. */
  y: Matrix;
  /**
   * How a run goes: `"fit"` trains `count` epochs of shuffled batches, `"steps"` takes `count`
   * training steps on all rows as one batch, `"forward"` runs `count` forward passes on all rows.
   */
  mode: "fit" | "steps" | "forward";
  /** Epochs, steps or forward passes in one run, as `mode` says. */
  count: number;
  /** Rows per step. */
  batchSize: number;
  /** SGD learning rate. */
  learningRate: number;
}

/** What one run processes, the figure's numerator: samples, or steps for `"steps"`. */
export function workOf(w: Workload): number {
  return w.mode === "steps" ? w.count : w.count * w.x.rows;
}

/** Optimizer steps (or forward passes) in one run. */
export function stepsOf(w: Workload): number {
  return w.mode === "fit" ? w.count * Math.ceil(w.x.rows / w.batchSize) : w.count;
}

/** The seed of every draw the workloads make. */
export const SEED = 42;

/** W1 "moons": 2-25-50-50-25-1, 1000 two-moons samples, batch 64, 20 shuffled epochs. */
export function w1(): Workload {
  const { x, y } = moons({ n: 1000, noise: 0.2, seed: SEED });
  return {
    name: "W1",
    unit: "samples_per_s",
    sizes: [2, 25, 50, 50, 25, 1],
    output: "sigmoid",
    x,
    y,
    mode: "fit",
    count: 20,
    batchSize: 64,
    learningRate: 0.01,
  };
}

/** W1-infer: W1's network, `forward` on its 1000 rows at once; a run repeats it 100 times. */
export function w1Infer(): Workload {
  return { ...w1(), name: "W1-infer", mode: "forward", count: 100, batchSize: 1000 };
}

/** W2 "mnist-like": 784-128-64-10, 8192 uniform rows in [0, 1) with random labels, batch 128, 3 epochs. */
export function w2(): Workload {
  const random = createRandom(SEED);
  const n = 8192;
  const x = new Matrix(n, 784);
  for (let k = 0; k < x.data.length; k++) x.data[k] = random.random();
  const labels = Array.from({ length: n }, () => Math.floor(random.random() * 10));
  return {
    name: "W2",
    unit: "samples_per_s",
    sizes: [784, 128, 64, 10],
    output: "softmax",
    x,
    y: oneHot(labels, 10),
    mode: "fit",
    count: 3,
    batchSize: 128,
    learningRate: 0.01,
  };
}

/** W3 "xor": 2-3-2, the four XOR rows as one batch, 5000 SGD steps. */
export function w3(): Workload {
  const { x, y } = xor({ oneHot: true });
  return {
    name: "W3",
    unit: "us_per_step",
    sizes: [2, 3, 2],
    output: "softmax",
    x,
    y,
    mode: "steps",
    count: 5000,
    batchSize: 4,
    learningRate: 0.01,
  };
}

/** Every workload, in report order. */
export const WORKLOADS: readonly (() => Workload)[] = [w1, w1Infer, w2, w3];

/** The workload's layers: ReLU hidden layers, then its output activation. */
export function layerSpecs(w: Workload): LayerSpec[] {
  const last = w.sizes.length - 2;
  return w.sizes.slice(1).map((outputDim, i) => ({
    inputDim: w.sizes[i],
    outputDim,
    activation: i === last ? w.output : "relu",
  }));
}

/** The workload's network, weights drawn from `seed`, its layers of `dtype`. */
export function network(w: Workload, seed = SEED, dtype: DType = "float64"): Sequential {
  return Sequential.fromArchitecture(layerSpecs(w), { seed, dtype });
}

/** The loss that goes with the workload's output. */
export function lossOf(w: Workload): "logLoss" | "crossEntropy" {
  return w.output === "sigmoid" ? "logLoss" : "crossEntropy";
}

/** Runs a workload once and returns the seconds it took (a promise for asynchronous peers). */
export type Runner = () => number | Promise<number>;

/**
 * This library's runner for `w`, its layers of `dtype`: the network is built once, then each run
 * trains it further (`"fit"` with `fit`, `"steps"` with `trainStep` on the one
 * batch) or runs `forward` on all rows (`"forward"`).
 */
export function ours(w: Workload, dtype: DType = "float64"): Runner {
  const model = network(w, SEED, dtype);
  const optimizer = sgd({ learningRate: w.learningRate });
  const loss = lossOf(w);
  const options = { loss, optimizer, epochs: w.count, batchSize: w.batchSize, seed: SEED };
  return () => {
    const started = performance.now();
    if (w.mode === "forward") {
      for (let r = 0; r < w.count; r++) model.forward(w.x);
    } else if (w.mode === "steps") {
      for (let step = 0; step < w.count; step++) model.trainStep(w.x, w.y, loss, optimizer);
    } else {
      model.fit(w.x, w.y, options);
    }
    return (performance.now() - started) / 1000;
  };
}

/** The figure of one run that took `seconds`. */
export function figure(w: Workload, seconds: number): number {
  return w.unit === "us_per_step" ? (seconds * 1e6) / workOf(w) : workOf(w) / seconds;
}

/** The median of a few numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Seconds of repeated runs before timing starts. V8 moves the per-step code to
 * its optimising compiler only after a few thousand steps; before the
 * WebAssembly kernels, W1 ran 18% faster after it than after one warm-up run.
 * Every contender gets the same warm-up.
 */
const WARMUP_SECONDS = 3;

/** Runs `run` until `seconds` have passed (at least once). */
export async function warmUp(run: Runner, seconds = WARMUP_SECONDS): Promise<void> {
  const started = performance.now();
  do await run(); while (performance.now() - started < seconds * 1000);
}

/** A dtype from a command line (`what` names the argument in the message); float64 by default. */
export function dtypeArgument(text: string | undefined, what: string): DType {
  if (text === undefined || text === "float64" || text === "float32") return text ?? "float64";
  throw new RangeError(`${what}: expected float64 or float32, got "${text}"`);
}

/** Rounds a figure to 4 significant digits for printing. */
export function rounded(value: number): number {
  return Number(value.toPrecision(4));
}

/**
 * Warms each workload up, times `runs` runs with layers of `dtype`, and prints the median as one
 * JSON line each.
 */
async function main(
  runs: number,
  warmup: number,
  dtype: DType,
  threads: number,
): Promise<void> {
  for (const make of WORKLOADS) {
    const w = make();
    const run = ours(w, dtype);
    await warmUp(run, warmup);
    const figures: number[] = [];
    for (let r = 0; r < runs; r++) figures.push(figure(w, await run()));
    const line = {
      workload: w.name,
      dtype,
      threads,
      [w.unit]: rounded(median(figures)),
    };
    console.log(JSON.stringify(line));
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      warmup: { type: "string" },
      backend: { type: "string" },
      dtype: { type: "string" },
      threads: { type: "string" },
    },
  });
  const warmup = Number(values.warmup ?? WARMUP_SECONDS);
  if (!(warmup >= 0)) {
    throw new RangeError(
      `--warmup: expected seconds ≥ 0, got ${values.warmup}`,
    );
  }
  const dtype = dtypeArgument(values.dtype, "--dtype");
  const threads = Number(values.threads ?? 1);
  if (threads !== 1 && threads !== 2) {
    throw new RangeError(`--threads: expected 1 or 2, got "${values.threads}"`);
  }
  if (values.backend !== undefined) setKernels(values.backend as Backend);
  const helped = threads === 2 ? await startThreads({ threads: 2 }) : null;
  try {
    if (helped !== null) setKernels(helped.twin(getKernels()));
  } catch (error) {
    helped?.close();
    throw error;
  }
  console.log(JSON.stringify({ kernels: getKernels().name }));
  try {
    await main(3, warmup, dtype, threads);
  } finally {
    helped?.close();
  }
}
