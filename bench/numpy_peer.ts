/**
 * The NumPy peer of `peers.ts`: `numpy_peer.py`, the workloads written as the
 * teaching notebooks write their networks (vectorised float64 NumPy, backward
 * pass by hand, plain SGD), run by `python3` with BLAS on one thread.
 *
 * The data and the starting weights are ours: this side writes the workload's
 * `x`, `y` and the weights of `network(w)` as raw little-endian float64 files
 * into a temporary folder, with a `spec.json` of the settings, and the python
 * process reads them with `np.fromfile`. It stays alive for the whole workload
 * and answers one line per command on stdin (`run`: the seconds one run took,
 * timed in python around the run alone), so the harness can warm it up and
 * interleave it with the other contenders. Only the shuffling of `"fit"` mode
 * is NumPy's own (`np.random.default_rng(SEED).permutation`).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { network, SEED, type Workload } from "./workloads.ts";
import { lastLine, startPeerProcess } from "./peer_process.ts";

/** The python program that runs the workloads. */
const NUMPY_PEER_SCRIPT: string = fileURLToPath(new URL("numpy_peer.py", import.meta.url));

/** The environment the python process gets on top of ours: BLAS on one thread. */
const SINGLE_THREAD_ENV: Readonly<Record<string, string>> = {
  OPENBLAS_NUM_THREADS: "1",
  OMP_NUM_THREADS: "1",
  MKL_NUM_THREADS: "1",
};

/** What `numpy_peer.py --info` reports. */
export interface NumpyInfo {
  /** `numpy.__version__`. */
  numpy: string;
  /** The Python version. */
  python: string;
  /** The BLAS NumPy was built with, name and version (from `np.show_config`). */
  blas: string;
  /** The thread count OpenBLAS reports under `SINGLE_THREAD_ENV`; `null` if unreadable. */
  blas_threads: number | null;
}

/** `detectNumpy`'s answer: the versions, or why the NumPy peer cannot run. */
export type NumpyDetection = { info: NumpyInfo } | { reason: string };

/**
 * The interpreter of the NumPy peer: `$BACKPROP_PYTHON`, or `python3` from the
 * PATH. CI sets the variable because `npx` puts the global npm bin folder (here
 * `/usr/bin`, with a python3 that lacks numpy) first on the PATH.
 */
function defaultPython(): string {
  return Deno.env.get("BACKPROP_PYTHON") || "python3";
}

/**
 * Whether `python` can run the NumPy peer: runs `numpy_peer.py --info`, which
 * imports numpy. Never throws; a missing interpreter or numpy gives a reason.
 */
export async function detectNumpy(python = defaultPython()): Promise<NumpyDetection> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(python, {
      args: [NUMPY_PEER_SCRIPT, "--info"],
      env: { ...SINGLE_THREAD_ENV },
      stdin: "null",
    }).output();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return { reason: `${python} was not found` };
    return { reason: `${python} did not start: ${(error as Error).message}` };
  }
  const decoder = new TextDecoder();
  if (!output.success) {
    return {
      reason: `${python} could not run numpy_peer.py --info (exit code ${output.code}): ` +
        lastLine(decoder.decode(output.stderr)),
    };
  }
  try {
    return { info: JSON.parse(decoder.decode(output.stdout)) as NumpyInfo };
  } catch {
    return {
      reason: `numpy_peer.py --info printed no JSON line: ${decoder.decode(output.stdout)}`,
    };
  }
}

/** The versions for the harness's header: NumPy, Python, BLAS and its threads. */
export function describeNumpy(info: NumpyInfo): string {
  const threads = info.blas_threads === null
    ? "threads unknown, OPENBLAS_NUM_THREADS=1"
    : `${info.blas_threads} thread${info.blas_threads === 1 ? "" : "s"}`;
  return `NumPy ${info.numpy} (Python ${info.python}, BLAS ${info.blas}, ${threads})`;
}

/** `values` as raw little-endian float64 bytes, what `np.fromfile(path, "<f8")` reads. */
export function float64Bytes(values: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < values.length; k++) view.setFloat64(k * 8, values[k], true);
  return bytes;
}

/** Options of {@linkcode startNumpy}. */
export interface NumpyOptions {
  /** Whether `"fit"` mode shuffles the rows every epoch; default true, as ours. */
  shuffle?: boolean;
  /** The interpreter; default {@linkcode defaultPython}. */
  python?: string;
  /** The element type NumPy computes in; default `"float64"`. */
  dtype?: "float64" | "float32";
}

/** A running NumPy peer for one workload. */
export interface NumpyPeer {
  /** One run of the workload (training the network further); the seconds python timed. */
  run(): Promise<number>;
  /** The loss of the last training step, before its update. */
  loss(): Promise<number>;
  /** Every layer's weights (row-major, inputs × outputs) then its bias, input side first. */
  weights(): Promise<Float64Array[]>;
  /** Ends the python process and removes its temporary folder. */
  close(): Promise<void>;
}

/** Writes `w`'s settings, data and the starting weights of `network(w)` into `dir`. */
async function writeWorkload(
  w: Workload,
  dir: string,
  shuffle: boolean,
  dtype: "float64" | "float32",
): Promise<void> {
  const spec = {
    sizes: w.sizes,
    output: w.output,
    mode: w.mode,
    count: w.count,
    batch_size: w.batchSize,
    learning_rate: w.learningRate,
    rows: w.x.rows,
    shuffle,
    seed: SEED,
    dtype,
  };
  await Deno.writeTextFile(`${dir}/spec.json`, JSON.stringify(spec));
  await Deno.writeFile(`${dir}/x.f64`, float64Bytes(w.x.data));
  await Deno.writeFile(`${dir}/y.f64`, float64Bytes(w.y.data));
  for (const [i, layer] of network(w).layers.entries()) {
    await Deno.writeFile(`${dir}/W${i}.f64`, float64Bytes(layer.weights.data));
    await Deno.writeFile(`${dir}/b${i}.f64`, float64Bytes(layer.bias!)); // workloads have biases
  }
}

/**
 * Starts `numpy_peer.py` on `w`, from the same data and starting weights as
 * our runner `ours(w)`, and waits until it has read them.
 *
 * @throws {Error} If python cannot start or the peer fails; the message ends
 *   with the last line python wrote to stderr.
 */
export async function startNumpy(w: Workload, options: NumpyOptions = {}): Promise<NumpyPeer> {
  const dir = await Deno.makeTempDir({ prefix: "backprop-numpy-" });
  const cleanUp = () => Deno.remove(dir, { recursive: true });
  try {
    await writeWorkload(w, dir, options.shuffle ?? true, options.dtype ?? "float64");
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const peer = await startPeerProcess(
    `NumPy peer for ${w.name}`,
    options.python ?? defaultPython(),
    [NUMPY_PEER_SCRIPT, dir],
    SINGLE_THREAD_ENV,
    cleanUp,
  );
  return {
    run: () => peer.number("run"),
    loss: () => peer.number("loss"),
    weights: async () =>
      (JSON.parse(await peer.ask("weights")) as number[][]).map((v) => Float64Array.from(v)),
    close: () => peer.close(),
  };
}
