/**
 * One of our configurations as a peer process of `peers.ts`: a workload, its
 * layers' dtype and the threads, in a Deno process of its own, so that each
 * configuration runs as a user's program would, its code compiled for it
 * alone (measured in one process, four configurations made the shared code
 * paths polymorphic and slowed each of them down).
 *
 * Run: deno run -A --config bench/deno.json bench/ours_peer.ts W1 float32 2
 * (then `run` on stdin answers the seconds one run took; the end of stdin ends it)
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { type DType, getKernels, setKernels, startThreads } from "../mod.ts";
import { dtypeArgument, ours, WORKLOADS } from "./workloads.ts";
import { type PeerProcess, startPeerProcess } from "./peer_process.ts";

/** This script, for the harness to start. */
const OURS_PEER_SCRIPT: string = fileURLToPath(import.meta.url);

/** The config file of the benchmarks, which this script runs under. */
const BENCH_CONFIG: string = fileURLToPath(new URL("deno.json", import.meta.url));

/** Starts this script on workload `name` with layers of `dtype` on `threads` threads. */
export function startOurs(name: string, dtype: DType, threads: 1 | 2): Promise<PeerProcess> {
  return startPeerProcess(
    `backprop (${dtype}, ${threads} thread${threads === 1 ? "" : "s"}) for ${name}`,
    Deno.execPath(),
    ["run", "--config", BENCH_CONFIG, "-A", OURS_PEER_SCRIPT, name, dtype, String(threads)],
    { NO_COLOR: "1" },
  );
}

/** Serves `run` on stdin until its end: the process side of {@linkcode startOurs}. */
async function serve(args: readonly string[]): Promise<void> {
  const [name, dtypeText, threadsText] = args;
  const make = WORKLOADS.find((make) => make().name === name);
  if (make === undefined) throw new RangeError(`expected a workload name, got "${name}"`);
  const dtype = dtypeArgument(dtypeText, "the dtype");
  if (threadsText !== "1" && threadsText !== "2") {
    throw new RangeError(`expected 1 or 2 threads, got "${threadsText}"`);
  }
  const threads = threadsText === "2" ? await startThreads({ threads: 2 }) : null;
  try {
    if (threads !== null) setKernels(threads.twin(getKernels()));
    const run = ours(make(), dtype);
    console.log("ready");
    const lines = Deno.stdin.readable.pipeThrough(new TextDecoderStream());
    let buffer = "";
    for await (const chunk of lines) {
      buffer += chunk;
      for (let end = buffer.indexOf("\n"); end >= 0; end = buffer.indexOf("\n")) {
        const command = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        if (command !== "run") throw new RangeError(`expected the command run, got "${command}"`);
        console.log(String(await run()));
      }
    }
  } finally {
    threads?.close();
  }
}

if (import.meta.main) {
  try {
    await serve(Deno.args);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    Deno.exit(1);
  }
}
