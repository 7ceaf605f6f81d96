/**
 * The playground's worker (dist/playground_worker.js, a module worker): it
 * holds the run, trains it while playing, paced to the configured speed, and
 * posts a snapshot after each slice of steps, at most about 30 a second, so
 * the page only draws.
 *
 * @module
 */
import type { Config } from "./config.ts";
import type { Reply, Request } from "./messages.ts";
import {
  checkGradients,
  createRun,
  explainNext,
  exportModel,
  type Run,
  setupOf,
  snapshotOf,
  trainSteps,
} from "./trainer.ts";

/** Milliseconds between snapshots while playing (about 30 a second). */
const FRAME_MS = 33;
/** Milliseconds of training per slice, at most. */
const BUDGET_MS = 24;

/** The part of a worker's global scope the playground uses. */
export interface Scope {
  addEventListener(type: "message", listener: (event: MessageEvent<Request>) => void): void;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}

/** The worker's state: one run, and whether and how far it plays. */
interface State {
  run: Run | null;
  runId: number;
  playing: boolean;
  stopAt: number | null;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Steps owed to the pace, carried between slices. */
  owed: number;
  lastSlice: number;
  /** Steps per millisecond, as measured. */
  rate: number;
}

/**
 * Answers the page's requests on `scope` until the worker ends.
 *
 * @param scope The worker's global scope.
 */
export function servePlayground(scope: Scope): void {
  const state: State = {
    run: null,
    runId: 0,
    playing: false,
    stopAt: null,
    timer: undefined,
    owed: 0,
    lastSlice: 0,
    rate: 1,
  };
  const post = (reply: Reply) => scope.postMessage(reply, transfers(reply));
  scope.addEventListener("message", (event) => {
    try {
      handle(state, event.data, post);
    } catch (error) {
      fail(state, error, post);
    }
  });
}

function handle(state: State, request: Request, post: (reply: Reply) => void): void {
  if (request.type === "reset") {
    stop(state);
    state.run = createRun(request.config);
    state.runId = request.runId;
    post(setupOf(state.run, state.runId));
    post(snapshotOf(state.run, state.runId, false, explainNext(state.run)));
    return;
  }
  const run = state.run;
  if (run === null) throw new Error(`The worker got "${request.type}" before any "reset"`);
  switch (request.type) {
    case "play":
      state.stopAt = request.stopAt;
      start(state, post);
      return;
    case "pause":
      stop(state);
      post(snapshotOf(run, state.runId, false, null));
      return;
    case "speed":
      run.config.speed = request.speed;
      return;
    case "step": {
      stop(state);
      const explain = trainSteps(run, 1, true);
      post(snapshotOf(run, state.runId, false, explain));
      return;
    }
    case "gradcheck":
      post(checkGradients(run, state.runId));
      return;
    case "export":
      post({ type: "export", runId: state.runId, ...exportModel(run) });
      return;
  }
}

function start(state: State, post: (reply: Reply) => void): void {
  if (state.playing) return;
  state.playing = true;
  state.owed = 0;
  state.lastSlice = performance.now();
  state.timer = setTimeout(() => slice(state, post), 0);
}

function stop(state: State): void {
  state.playing = false;
  clearTimeout(state.timer);
  state.timer = undefined;
}

/** One slice: the steps the pace owes (as many as fit in the budget), then a snapshot. */
function slice(state: State, post: (reply: Reply) => void): void {
  const run = state.run!, started = performance.now();
  try {
    const count = stepsDue(state, run.config, run.batchesPerEpoch, started);
    const explain = count > 0 ? trainSteps(run, count, true) : null;
    if (count > 0) {
      state.rate = 0.7 * state.rate + 0.3 * count / Math.max(0.5, performance.now() - started);
    }
    const finished = state.stopAt !== null && run.step >= state.stopAt;
    if (finished) {
      stop(state);
      state.stopAt = null;
    }
    post(snapshotOf(run, state.runId, state.playing, explain, finished));
  } catch (error) {
    fail(state, error, post);
    return;
  }
  if (state.playing) {
    const wait = Math.max(0, FRAME_MS - (performance.now() - started));
    state.timer = setTimeout(() => slice(state, post), wait);
  }
}

/** Steps to take now: what the speed owes since the last slice, within the budget and `stopAt`. */
function stepsDue(state: State, config: Config, batchesPerEpoch: number, now: number): number {
  const capacity = Math.max(1, Math.floor(state.rate * BUDGET_MS));
  if (config.speed === 0) {
    state.owed = capacity;
  } else {
    state.owed += (config.speed * batchesPerEpoch * (now - state.lastSlice)) / 1000;
    state.owed = Math.min(state.owed, 2 * capacity);
  }
  state.lastSlice = now;
  let count = Math.min(capacity, Math.floor(state.owed));
  if (state.stopAt !== null) count = Math.min(count, Math.max(0, state.stopAt - state.run!.step));
  state.owed -= count;
  return count;
}

function fail(state: State, error: unknown, post: (reply: Reply) => void): void {
  stop(state);
  const text = error instanceof Error ? error.message : String(error);
  const message = /[.!?]$/.test(text) ? text : `${text}.`;
  post({
    type: "error",
    runId: state.runId,
    message: state.run === null
      ? message
      : `Training stopped at step ${state.run.step + 1}: ${message}`,
  });
}

/** The buffers a reply can hand over instead of copying. */
function transfers(reply: Reply): ArrayBuffer[] {
  if (reply.type === "snapshot") {
    return [reply.output.values.buffer, ...reply.units.flat().map((map) => map.values.buffer)];
  }
  if (reply.type === "setup") return reply.features.map((map) => map.values.buffer);
  if (reply.type === "export") return [reply.onnx.buffer];
  return [];
}
