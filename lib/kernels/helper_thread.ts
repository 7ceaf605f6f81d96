/**
 * How the calling thread and a helper thread share a product: a control block
 * of 32-bit integers in a `SharedArrayBuffer`, written with `Atomics`. The
 * caller writes the export's index and its arguments, then bumps the sequence
 * number; the helper runs the call and sets its `done` slot to that number.
 * Each side spins a little before it sleeps in `Atomics.wait`, so that the
 * products of one training step, which come close together, hand over in
 * about a microsecond.
 *
 * The helper's code ({@linkcode serve} and {@linkcode listen}) is
 * self-contained, every constant passed in as a {@linkcode Layout}, so that
 * its source text makes the worker's script: a worker started from a `blob:`
 * URL needs no file or network permission and works in a bundle.
 *
 * @module
 */

/** Where the control block keeps what, and how long a side spins before it sleeps. */
export interface Layout {
  /** Slot of the sequence number of the last call handed over. */
  sequence: number;
  /** Slot of the sequence number of the last call answered. */
  done: number;
  /** Slot that is 1 after a call threw. */
  failed: number;
  /** Slot of the export's index. */
  fn: number;
  /** First slot of the arguments. */
  args: number;
  /** How many argument slots follow. */
  count: number;
  /** The sequence number that tells the helper to stop. */
  stop: number;
  /** Milliseconds a side spins before it sleeps. */
  spinMs: number;
}

/** The control block's layout: room for 11 arguments. */
export const LAYOUT: Layout = Object.freeze({
  sequence: 0,
  done: 1,
  failed: 2,
  fn: 3,
  args: 4,
  count: 11,
  stop: -1,
  spinMs: 0.2,
});

/** The control block's length in slots. */
export const CONTROL_SLOTS = LAYOUT.args + LAYOUT.count;

/** How long the caller waits for a call before it gives the helper up for lost, in milliseconds. */
const LOST_MS = 60_000;

/**
 * The helper's loop: runs each call the control block announces with `exports[index]`, until
 * told to stop. A call that throws sets the `failed` slot; the loop goes on. Self-contained (its
 * source text runs in the worker): it refers to nothing outside its parameters.
 */
export function serve(
  control: Int32Array,
  exports: readonly ((...args: number[]) => void)[],
  layout: Layout,
): void {
  let sleep = true;
  try {
    Atomics.wait(control, layout.fn, -2, 0); // returns at once; throws where waiting is not allowed
  } catch {
    sleep = false;
  }
  const args: number[] = new Array(layout.count).fill(0);
  // The last call answered, not the last handed over: one may come before this line runs.
  let seen = Atomics.load(control, layout.done);
  for (;;) {
    const started = performance.now();
    for (let spins = 1; Atomics.load(control, layout.sequence) === seen; spins++) {
      if ((spins & 255) === 0 && sleep && performance.now() - started > layout.spinMs) {
        Atomics.wait(control, layout.sequence, seen, 100);
      }
    }
    seen = Atomics.load(control, layout.sequence);
    if (seen === layout.stop) return;
    for (let i = 0; i < layout.count; i++) args[i] = control[layout.args + i];
    try {
      exports[control[layout.fn]](...args);
    } catch {
      Atomics.store(control, layout.failed, 1);
    }
    Atomics.store(control, layout.done, seen);
    Atomics.notify(control, layout.done);
  }
}

/** What the thread that starts a helper sends it. */
export interface HelperStart {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  control: Int32Array;
  /** The exports it runs, by index. */
  names: readonly string[];
  layout: Layout;
}

/**
 * The worker's entry: on its first message (a {@linkcode HelperStart}) it instantiates the
 * module on the shared memory, answers `"ready"`, and serves until told to stop. Self-contained,
 * like {@linkcode serve}, which it is given.
 */
export function listen(serveCalls: typeof serve): void {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<HelperStart>) => void) | null;
    postMessage(message: string): void;
    close(): void;
  };
  scope.onmessage = (event) => {
    scope.onmessage = null;
    const { module, memory, control, names, layout } = event.data;
    const { exports } = new WebAssembly.Instance(module, { env: { memory } });
    scope.postMessage("ready");
    serveCalls(control, names.map((name) => exports[name] as (...args: number[]) => void), layout);
    scope.close();
  };
}

/** The helper worker's script: {@linkcode listen} called with {@linkcode serve}. */
export function helperScript(): string {
  return `(${listen.toString()})(${serve.toString()});\n`;
}

/** The calling thread's side of a control block. */
export interface Caller {
  /** Hands the helper a call of export `index` with `args` (at most `LAYOUT.count`), and returns at once. */
  start(index: number, args: readonly number[]): void;
  /**
   * Waits until the helper has answered the last call.
   *
   * @throws {Error} If the call failed in the helper (naming it), or the helper did not answer
   * within a minute.
   */
  finish(): void;
  /** Tells the helper to stop. */
  stop(): void;
  /** How many calls of each export (by index) the helper has been handed. */
  readonly counts: readonly number[];
}

/**
 * The calling side of `control`, a block of {@linkcode CONTROL_SLOTS} slots that a helper serves
 * with the exports `names` (for messages).
 */
export function caller(control: Int32Array, names: readonly string[]): Caller {
  let sleep = true;
  try {
    Atomics.wait(control, LAYOUT.fn, -2, 0);
  } catch {
    sleep = false; // a browser's main thread: spin
  }
  const counts = names.map(() => 0);
  let sequence = Atomics.load(control, LAYOUT.sequence), index = 0, count = 0;
  /** The last call, as `name(arguments)`, read back from the control block for a message. */
  const last = () => {
    const args = Array.from({ length: count }, (_, i) => control[LAYOUT.args + i]);
    return `${names[index]}(${args.join(", ")})`;
  };
  return {
    counts,
    start(fn, args) {
      if (args.length > LAYOUT.count) {
        throw new RangeError(`a helper call takes at most ${LAYOUT.count} arguments`);
      }
      index = fn;
      count = args.length;
      counts[fn]++;
      control[LAYOUT.fn] = fn;
      for (let i = 0; i < args.length; i++) control[LAYOUT.args + i] = args[i];
      sequence = sequence === 0x7fffffff ? 1 : sequence + 1;
      Atomics.store(control, LAYOUT.sequence, sequence);
      Atomics.notify(control, LAYOUT.sequence);
    },
    finish() {
      const started = performance.now();
      for (let spins = 1;; spins++) {
        const done = Atomics.load(control, LAYOUT.done);
        if (done === sequence) break;
        if ((spins & 255) !== 0) continue;
        const waited = performance.now() - started;
        if (waited > LOST_MS) {
          throw new Error(
            `the kernels' helper thread did not answer ${last()} within ${LOST_MS / 1000} s`,
          );
        }
        if (sleep && waited > LAYOUT.spinMs) Atomics.wait(control, LAYOUT.done, done, 100);
      }
      if (Atomics.exchange(control, LAYOUT.failed, 0) !== 0) {
        throw new Error(`the kernels' helper thread failed in ${last()}`);
      }
    },
    stop() {
      Atomics.store(control, LAYOUT.sequence, LAYOUT.stop);
      Atomics.notify(control, LAYOUT.sequence);
    },
  };
}
