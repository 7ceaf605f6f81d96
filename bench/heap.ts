/**
 * Heap use of steady-state training and inference: how many bytes each run
 * allocates, and how much the heap keeps after garbage collection once many
 * more runs have gone by (which should be nothing).
 *
 * Needs V8's `gc()` and a young generation large enough that no collection
 * runs while one run is measured:
 *
 * Run: deno task bench:heap [RUNS WARMUP [float64|float32]] (default 20 20 float64)
 *
 * @module
 */
import {
  dtypeArgument,
  ours,
  type Runner,
  stepsOf,
  w1,
  w1Infer,
  w3,
  type Workload,
} from "./workloads.ts";
import type { DType } from "../mod.ts";

/** The V8 flags this probe needs (deno.json's `bench:heap` task spells out the same). */
export const HEAP_FLAGS = "--expose-gc,--min-semi-space-size=64,--max-semi-space-size=64";

/** What {@linkcode probe} measured for one scenario. */
export interface HeapFigures {
  /** The scenario: a workload name. */
  scenario: string;
  /** Steps (training) or forward passes (inference) in one run. */
  steps: number;
  /** Bytes of V8 heap allocated by one run after warm-up (no collection in between). */
  allocatedPerRun: number;
  /** Growth of the heap and typed-array storage over the last `runs` runs, between two full collections, in bytes. */
  retained: number;
  /** Runs in each of the two measured windows. */
  runs: number;
}

type Gc = () => void;

function collector(): Gc {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc !== "function") {
    throw new TypeError(`The heap probe needs gc(); run it with --v8-flags=${HEAP_FLAGS}`);
  }
  return gc;
}

/**
 * Warms `w` up with `warmup` runs, measures the bytes the next run allocates,
 * finishes a first window of `runs` runs (in which V8 may still compile), then
 * measures the heap's growth over a second window of `runs` runs, each reading
 * taken after a full collection. A leak of a few bytes per step shows in it.
 */
function probe(w: Workload, runs: number, warmup: number, dtype: DType): HeapFigures {
  const gc = collector();
  const run: Runner = ours(w, dtype);
  const used = (): number => Deno.memoryUsage().heapUsed;
  // Retention also counts external memory, where typed arrays keep their storage, so a leaked
  // buffer shows; allocation does not, as V8 releases earlier storage at unforeseen times.
  const held = (): number => {
    const { heapUsed, external } = Deno.memoryUsage();
    return heapUsed + external;
  };
  for (let r = 0; r < warmup; r++) run();
  gc();
  const before = used();
  run();
  const allocatedPerRun = used() - before;
  for (let r = 1; r < runs; r++) run();
  gc();
  const middle = held();
  for (let r = 0; r < runs; r++) run();
  gc();
  return { scenario: w.name, steps: stepsOf(w), allocatedPerRun, retained: held() - middle, runs };
}

/** W1-infer with 10 forward passes a run, so that a window of runs stays short. */
function w1InferShort(): Workload {
  return { ...w1Infer(), count: 10 };
}

/**
 * Prints one JSON line per scenario: W1 trained with `fit` (shuffled, with a
 * smaller last batch), W3 with `trainStep`, W1-infer with `forward`, with layers of `dtype`.
 */
function main(runs = 20, warmup = 20, dtype: DType = "float64"): void {
  for (const make of [w1, w3, w1InferShort]) {
    const figures = probe(make(), runs, warmup, dtype);
    console.log(JSON.stringify({
      ...figures,
      dtype,
      allocatedPerStep: Math.round(figures.allocatedPerRun / figures.steps),
    }));
  }
}

if (import.meta.main) {
  const dtype = dtypeArgument(Deno.args[2], "the third argument");
  main(Number(Deno.args[0] ?? 20), Number(Deno.args[1] ?? 20), dtype);
}
