/**
 * Our library, with float64 layers and with float32 ones, on one thread and on
 * two (`startThreads`), each configuration in a Deno process of its own
 * (`ours_peer.ts`), against TensorFlow.js and NumPy on the four performance
 * workloads of `workloads.ts` (W1, W1-infer, W2, W3): TF.js 4, in this
 * process, with its "cpu" backend (plain JavaScript) and its "wasm" backend
 * (the SIMD build, single-threaded); NumPy in float64 and in float32, each in
 * a python3 process of its own (`numpy_peer.ts`), BLAS on one thread. Every
 * process times its runs itself. TF.js gets the same networks (`tf.sequential` of
 * `tf.layers.dense`, its default glorotUniform kernels and zero biases), the
 * same data as float32, `tf.train.sgd` with the same learning rate and the
 * matching loss; W1 and W2 train with `model.fit`, W1-infer runs
 * `model.predict` on all 1000 rows as one batch, W3 calls
 * `model.trainOnBatch` once per step. NumPy runs `numpy_peer.py`, the
 * notebooks' vectorised float64 forward and backward passes written out by
 * hand, from our data and our starting weights, and times each run itself
 * (the pipe to it is not timed). Without python3 or numpy its column is
 * skipped, with a line on stderr.
 *
 * Every contender is warmed up with `warmUp`; then each round runs each
 * contender once, in turn (interleaved, so that drift in the machine's speed
 * hits all of them alike), and the median over the rounds is reported.
 *
 * Run: `deno run -A bench/peers.ts [--runs N] [--only W1,W3] [--peers cpu,wasm,numpy,numpy-f32]`
 *
 * Prints a line on the machine and the peers' versions, one JSON line per
 * workload and contender (`backprop`, `backprop-f32`, `backprop-x2`,
 * `backprop-f32-x2`, `tfjs-cpu`, `tfjs-wasm`, `numpy`, `numpy-f32`), then a
 * Markdown table with the ratios. A full run takes a few minutes (W2 on
 * TF.js cpu alone takes about 14 s a run).
 *
 * @module
 */
import * as tf from "npm:@tensorflow/tfjs@^4";
import * as tfWasm from "npm:@tensorflow/tfjs-backend-wasm@^4";
import { describeNumpy, detectNumpy, startNumpy } from "./numpy_peer.ts";
import type { DType } from "../mod.ts";
import { startOurs } from "./ours_peer.ts";
import {
  type ContenderName,
  contenderOf,
  parseOptions,
  type Peer,
  type Result,
  table,
  type TfjsBackend,
} from "./peers_report.ts";
import {
  figure,
  layerSpecs,
  median,
  rounded,
  type Runner,
  warmUp,
  type Workload,
} from "./workloads.ts";

/** A contender's runner for one workload, and how to free what it holds. */
interface Contender {
  name: ContenderName;
  run: Runner;
  dispose(): void | Promise<void>;
}

/** The wasm binary the "wasm" peer runs: SIMD, without threads. */
const SIMD_BINARY = "tfjs-backend-wasm-simd.wasm";

/** The file names `setWasmPaths` wants an entry for. */
const WASM_BINARY_NAMES = [
  "tfjs-backend-wasm.wasm",
  SIMD_BINARY,
  "tfjs-backend-wasm-threaded-simd.wasm",
];

/**
 * Readies the "wasm" backend on the SIMD binary with one thread, and returns
 * a description of it. The binaries ship in the npm package, next to its entry
 * point; `import.meta.resolve` gives their `file:` URLs in Deno's npm cache,
 * which the backend's Emscripten loader reads from disk. Multithreading is
 * turned off (TF.js already does so under Node-compatible runtimes) and every
 * name maps to the SIMD file, so that no other binary can be loaded: without
 * SIMD support the backend fails to start instead of silently running the
 * plain build.
 */
async function initWasm(): Promise<string> {
  const simd = import.meta.resolve(`npm:@tensorflow/tfjs-backend-wasm@^4/dist/${SIMD_BINARY}`);
  tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
  tfWasm.setThreadsCount(1);
  tfWasm.setWasmPaths(Object.fromEntries(WASM_BINARY_NAMES.map((name) => [name, simd])));
  if (!(await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT"))) {
    throw new Error("this runtime's WebAssembly has no SIMD support");
  }
  await use("wasm");
  return `${SIMD_BINARY}, ${tfWasm.getThreadsCount()} thread`;
}

/** Makes `backend` TF.js's active backend (starting it the first time). */
async function use(backend: TfjsBackend): Promise<void> {
  if (tf.getBackend() === backend) return;
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend "${backend}" did not start`);
  await tf.ready();
}

/**
 * TF.js's contender for `w` on `backend`. The model and its float32 tensors
 * are made once, while `backend` is active, so they live on it; each run
 * switches to `backend` before its timer starts, so no tensor moves between
 * backends. Each run trains the model further, like ours.
 */
export async function tfjs(w: Workload, backend: TfjsBackend): Promise<Contender> {
  await use(backend);
  const model = tf.sequential();
  layerSpecs(w).forEach((layer, i) =>
    model.add(tf.layers.dense({
      units: layer.outputDim!,
      activation: layer.activation as "relu" | Workload["output"],
      ...(i === 0 ? { inputShape: [layer.inputDim!] } : {}),
    }))
  );
  const optimizer = tf.train.sgd(w.learningRate);
  model.compile({
    optimizer,
    loss: w.output === "sigmoid" ? "binaryCrossentropy" : "categoricalCrossentropy",
  });
  const x = tf.tensor2d(Float32Array.from(w.x.data), [w.x.rows, w.x.cols]);
  const y = tf.tensor2d(Float32Array.from(w.y.data), [w.y.rows, w.y.cols]);
  // yieldEvery "never": by default TF.js's fit awaits a frame every 125 ms; ours never pauses.
  const fitOptions = {
    epochs: w.count,
    batchSize: w.batchSize,
    shuffle: true,
    verbose: 0,
    yieldEvery: "never" as const,
  };
  return {
    name: contenderOf(backend),
    run: async () => {
      await use(backend);
      const started = performance.now();
      if (w.mode === "forward") {
        for (let r = 0; r < w.count; r++) {
          // One batch of all rows, as ours: predict's default splits them into batches of 32.
          const output = model.predict(x, { batchSize: w.batchSize }) as tf.Tensor;
          output.dataSync();
          output.dispose();
        }
      } else if (w.mode === "steps") {
        for (let step = 0; step < w.count; step++) await model.trainOnBatch(x, y);
      } else {
        await model.fit(x, y, fitOptions);
      }
      return (performance.now() - started) / 1000;
    },
    dispose: () => {
      model.dispose();
      optimizer.dispose();
      tf.dispose([x, y]);
    },
  };
}

/**
 * NumPy's contender for `w` in float64 (`"numpy"`) or float32 (`"numpy-f32"`): a python process
 * of its own, from our data and starting weights.
 */
export async function numpy(w: Workload, name: "numpy" | "numpy-f32"): Promise<Contender> {
  const peer = await startNumpy(w, { dtype: name === "numpy" ? "float64" : "float32" });
  return { name, run: peer.run, dispose: () => peer.close() };
}

/**
 * Warms up each contender on `w`, times `runs` interleaved rounds and returns
 * the median figure of each. Warns on stderr if TF.js holds more tensors after
 * the rounds than before them (a leak would skew later runs). If a contender
 * fails, the others are freed (the NumPy peer's process ended, its files
 * removed) before the error goes on.
 */
async function compare(
  w: Workload,
  peers: readonly Peer[],
  runs: number,
): Promise<Result> {
  const contenders: Contender[] = [];
  let result: Result;
  try {
    for (const [name, dtype, threads] of CONFIGURATIONS) {
      const peer = await startOurs(w.name, dtype, threads).catch((error) => {
        if (threads === 1) throw error;
        console.error(`${name} skipped: ${error instanceof Error ? error.message : error}`);
        return null;
      });
      if (peer !== null) {
        contenders.push({ name, run: () => peer.number("run"), dispose: () => peer.close() });
      }
    }
    for (const peer of peers) {
      contenders.push(
        await (peer === "numpy" || peer === "numpy-f32" ? numpy(w, peer) : tfjs(w, peer)),
      );
    }
    for (const contender of contenders) await warmUp(contender.run);
    // tf.memory() would start a TF.js backend: only count tensors when one is running.
    const usesTfjs = peers.some((peer) => peer === "cpu" || peer === "wasm");
    const tensors = usesTfjs ? tf.memory().numTensors : 0;
    const seconds = contenders.map((): number[] => []);
    for (let round = 0; round < runs; round++) {
      for (const [i, contender] of contenders.entries()) seconds[i].push(await contender.run());
    }
    const leaked = usesTfjs ? tf.memory().numTensors - tensors : 0;
    if (leaked !== 0) console.error(`warning: ${w.name}: TF.js holds ${leaked} more tensors`);
    result = { workload: w.name, unit: w.unit, figures: {} };
    for (const [i, contender] of contenders.entries()) {
      result.figures[contender.name] = median(seconds[i].map((s) => figure(w, s)));
    }
  } catch (error) {
    await disposeAll(contenders);
    throw error;
  }
  const failure = await disposeAll(contenders);
  if (failure !== null) throw failure;
  return result;
}

/** Our configurations, each run in a process of its own: name, dtype, threads. */
const CONFIGURATIONS: readonly [ContenderName, DType, 1 | 2][] = [
  ["backprop", "float64", 1],
  ["backprop-f32", "float32", 1],
  ["backprop-x2", "float64", 2],
  ["backprop-f32-x2", "float32", 2],
];

/** Frees every contender, even when one fails to; returns the first failure, or null. */
async function disposeAll(contenders: readonly Contender[]): Promise<unknown> {
  let failure: unknown = null;
  for (const contender of contenders) {
    try {
      await contender.dispose();
    } catch (error) {
      failure ??= error;
    }
  }
  return failure;
}

/** CPU model, cores, and the versions of Deno, V8, TF.js and (when it runs) NumPy, in one line. */
function machine(wasm: string | undefined, numpy: string | undefined): string {
  let cpu = "unknown CPU";
  try {
    cpu = Deno.readTextFileSync("/proc/cpuinfo").match(/^model name\s*:\s*(.+)$/m)?.[1] ?? cpu;
  } catch {
    // Not Linux, or no read permission: the model stays unknown.
  }
  const backends = wasm === undefined ? "" : ` (wasm: ${wasm})`;
  return `machine: ${cpu}, ${navigator.hardwareConcurrency} cores; Deno ${Deno.version.deno}, ` +
    `V8 ${Deno.version.v8}, TF.js ${tf.version.tfjs}${backends}` +
    (numpy === undefined ? "" : `; ${numpy}`);
}

/** Runs the comparison the command line asks for and prints its lines and table. */
async function main(args: string[]): Promise<void> {
  const options = parseOptions(args);
  if (options === undefined) return;
  let peers = options.peers;
  let numpyVersions: string | undefined;
  if (peers.includes("numpy") || peers.includes("numpy-f32")) {
    const found = await detectNumpy();
    if ("info" in found) {
      numpyVersions = describeNumpy(found.info);
    } else {
      console.error(`NumPy peers skipped: ${found.reason}`);
      peers = peers.filter((peer) => peer !== "numpy" && peer !== "numpy-f32");
    }
  }
  const wasm = peers.includes("wasm") ? await initWasm() : undefined;
  console.log(machine(wasm, numpyVersions));
  const results: Result[] = [];
  for (const w of options.workloads) {
    const result = await compare(w, peers, options.runs);
    for (const [contender, value] of Object.entries(result.figures)) {
      console.log(JSON.stringify({ workload: w.name, contender, [w.unit]: rounded(value) }));
    }
    results.push(result);
  }
  console.log(`\n${table(results)}`);
}

if (import.meta.main) {
  try {
    await main(Deno.args);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    Deno.exit(1);
  }
}
