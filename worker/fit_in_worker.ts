/**
 * `fitInWorker`: `fit` on another thread, for a page that must stay live or a
 * program that trains several models at once.
 *
 * @module
 */
import { displayable } from "../lib/training/history_display.ts";
import { Sequential } from "../lib/model/sequential.ts";
import type { ModelLayer, Prediction } from "../lib/model/sequential.ts";
import { describe, type MatrixLike } from "../lib/primitives/matrix.ts";
import { checkOptions } from "../lib/primitives/options.ts";
import {
  type Backend,
  getKernels,
  jsKernels,
  wasmExactKernels,
  wasmKernels,
} from "../lib/kernels/backend.ts";
import type { FitOptions, History } from "../lib/training/types.ts";
import {
  decodeError,
  encodeMatrix,
  type FitReply,
  type FitRequest,
  optimizerState,
  restoreOptimizerState,
} from "./messages.ts";
import { wireOptions } from "./wire_options.ts";

/** What `onEpoch` receives after each epoch: `EpochEvent`'s plain values. */
export interface WorkerEpochEvent {
  /** The epoch just finished, counted from 1. */
  readonly epoch: number;
  /** Training loss of the epoch. */
  readonly loss: number;
  /** Validation loss after the epoch, or `undefined` without validation data. */
  readonly valLoss: number | undefined;
  /** Every logged value of the epoch by name: `loss`, `valLoss`, `accuracy`, … */
  readonly logs: Readonly<Record<string, number>>;
}

/** How {@linkcode fitInWorker} reaches its worker and reports progress. */
export interface WorkerFitSettings {
  /**
   * The worker: a running `Worker` whose script calls `serveFit` (left running,
   * for more requests), or the URL of such a script (started as a module worker
   * and ended after this run). Default: `fit_worker` beside this module,
   * `worker/fit_worker.ts` in the sources, `dist/fit_worker.js` beside the bundle.
   */
  worker?: Worker | URL | string;
  /** Called on this thread after each epoch, while the worker trains on. */
  onEpoch?: (event: WorkerEpochEvent) => void;
  /**
   * Ends the wait: when it aborts, the promise rejects with its reason and a
   * worker started for this run is ended. A worker that closes itself or is
   * terminated mid-run sends no event a page can hear, so bound the wait with
   * one, such as `AbortSignal.timeout(ms)`.
   */
  signal?: AbortSignal;
}

/** What {@linkcode fitInWorker} resolves to. */
export interface WorkerFitResult {
  /** The trained model: a new one; the model given is left as it was. */
  readonly model: Sequential<Prediction, ModelLayer>;
  /** The history `fit` returned in the worker. */
  readonly history: History;
}

let requests = 0;

/**
 * Trains a copy of `model` in a module worker with `fitAsync`, exactly as
 * `model.fit(x, y, options)` would on this thread: the same weights to the bit,
 * for the same seed. The model crosses as its JSON with its optimizer state,
 * and the worker uses the same kernels (`getKernels()`) as this thread.
 *
 * Options that cannot cross a thread are refused, with the option named:
 * `callbacks` (use `onEpoch`), `random` (use `seed`), any function, and a loss
 * or optimizer object that its registered name and options do not rebuild (a
 * learning-rate schedule, an unregistered plugin). `log` stays on this thread
 * and receives the worker's `verbose` lines.
 *
 * @param model The model to train; it is not changed.
 * @param x Inputs, one row per sample.
 * @param y Targets, one row per sample.
 * @param options As for `fit`.
 * @param settings The worker to use, `onEpoch`, and a `signal` that ends the wait.
 * @returns The trained model and the history.
 * @throws {TypeError} (a rejected promise) If an option cannot cross, or if the worker
 *   script fails to load; an error in the worker, such as a `TrainingError`, rejects the
 *   promise with that error's class name and message.
 *
 * @example Train XOR in a worker
 * ```ts
 * import { Sequential, xor } from "@backprop/core";
 * import { fitInWorker } from "@backprop/core/worker";
 * import assert from "node:assert/strict";
 *
 * const { x, y } = xor();
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 8, activation: "tanh" },
 *   { inputDim: 8, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 1 });
 * const epochs: number[] = [];
 * const { model: trained, history } = await fitInWorker(model, x, y, {
 *   loss: "logLoss",
 *   optimizer: "adam",
 *   epochs: 300,
 *   seed: 1,
 * }, { onEpoch: ({ epoch }) => epochs.push(epoch) });
 * assert.equal(epochs.length, 300);
 * assert.equal(history.epochs, 300);
 * assert.deepEqual(trained.predict(x), [0, 1, 1, 0]);
 * ```
 */
export async function fitInWorker(
  model: Sequential<Prediction, ModelLayer>,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
  settings: WorkerFitSettings = {},
): Promise<WorkerFitResult> {
  checkOptions("fitInWorker settings", settings, ["worker", "onEpoch", "signal"]);
  if (settings.onEpoch !== undefined && typeof settings.onEpoch !== "function") {
    throw new TypeError("fitInWorker onEpoch must be a function of the epoch's values");
  }
  if (!(model instanceof Sequential)) {
    throw new TypeError(`fitInWorker model must be a Sequential, got ${describe(model)}`);
  }
  const { signal } = settings;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TypeError("fitInWorker signal must be an AbortSignal");
  }
  signal?.throwIfAborted();
  const request = fitRequest(model, x, y, options, settings.onEpoch !== undefined);
  const log = typeof options?.log === "function" ? options.log : console.log;
  const given = settings.worker;
  if (given instanceof Worker) return exchange(given, request, log, settings.onEpoch, signal);
  const { worker, stop } = startWorker(given ?? defaultWorkerUrl());
  try {
    return await exchange(worker, request, log, settings.onEpoch, signal);
  } finally {
    stop();
  }
}

function fitRequest(
  model: Sequential<Prediction, ModelLayer>,
  x: MatrixLike,
  y: MatrixLike,
  options: FitOptions,
  epochs: boolean,
): FitRequest {
  return {
    type: "backprop.fit",
    id: ++requests,
    model: model.toJSON(),
    state: optimizerState(model),
    kernels: builtInKernels(),
    x: encodeMatrix(x),
    y: encodeMatrix(y),
    options: wireOptions(options),
    epochs,
  };
}

/**
 * The default worker script: `fit_worker` beside `moduleUrl`, with its
 * extension (`.ts` in the sources, `.js` or `.min.js` beside the bundle).
 */
export function defaultWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const extension = /(\.min)?\.[jt]s$/.exec(new URL(moduleUrl).pathname)?.[0] ?? ".js";
  return new URL(`./fit_worker${extension}`, moduleUrl);
}

/**
 * A module worker running the script at `url`, and how to end it. A page may
 * start workers only from its own origin, so a script elsewhere (the bundle
 * imported from another host) is started through a same-origin `blob:` module
 * that imports it.
 */
function startWorker(url: URL | string): { worker: Worker; stop(): void } {
  if (typeof url !== "string" && !(url instanceof URL)) {
    throw new TypeError(
      `fitInWorker worker must be a Worker, a URL or a string, got ${typeof url}`,
    );
  }
  const page = (globalThis as { location?: { href: string; origin: string } }).location;
  const script = new URL(url, page?.href);
  if (page === undefined || script.origin === page.origin || script.protocol === "data:") {
    const worker = new Worker(script, { type: "module" });
    return { worker, stop: () => worker.terminate() };
  }
  const source = `import ${JSON.stringify(script.href)};\n`;
  const blob = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(blob, { type: "module" });
  return {
    worker,
    stop() {
      worker.terminate();
      URL.revokeObjectURL(blob);
    },
  };
}

/** The name of the active kernels, which must be a built-in backend to be named to a worker. */
function builtInKernels(): Backend {
  const active = getKernels();
  const known: Record<string, unknown> = {
    wasm: wasmKernels,
    "wasm-exact": wasmExactKernels,
    js: jsKernels,
  };
  if (known[active.name] === active) return active.name as Backend;
  throw new TypeError(
    `fitInWorker cannot name the active kernels "${active.name}" to a worker: only the ` +
      'built-in backends cross ("wasm", "wasm-exact", "js"); call setKernels with one of them',
  );
}

/** Sends `request` and settles with the worker's answer to it. */
function exchange(
  worker: Worker,
  request: FitRequest,
  log: (line: string) => void,
  onEpoch: ((event: WorkerEpochEvent) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<WorkerFitResult> {
  return new Promise((resolve, reject) => {
    const done = (outcome: { value: WorkerFitResult } | { error: unknown }) => {
      worker.removeEventListener("message", onMessage);
      worker.removeEventListener("messageerror", onMessageError);
      worker.removeEventListener("error", onError);
      signal?.removeEventListener("abort", onAbort);
      if ("value" in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    const onMessage = (event: MessageEvent) => {
      const reply = event.data as FitReply;
      if (reply?.id !== request.id) return;
      try {
        if (reply.type === "log") log(reply.line);
        else if (reply.type === "epoch") onEpoch?.(epochEvent(reply));
        else if (reply.type === "done") done({ value: result(reply) });
        else done({ error: decodeError(reply.error) });
      } catch (error) {
        done({ error });
      }
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      const why = event.message || "it could not be loaded";
      done({ error: new TypeError(`fitInWorker: the worker script failed: ${why}`) });
    };
    const onMessageError = () =>
      done({ error: new TypeError("fitInWorker: a message from the worker could not be read") });
    const onAbort = () => done({ error: signal!.reason });
    worker.addEventListener("message", onMessage);
    worker.addEventListener("messageerror", onMessageError);
    worker.addEventListener("error", onError);
    signal?.addEventListener("abort", onAbort);
    try {
      worker.postMessage(request);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "DataCloneError")) throw error;
      done({
        error: new TypeError(
          `fitInWorker: an option cannot be copied to a worker: ${error.message}`,
        ),
      });
    }
  });
}

function epochEvent(reply: Extract<FitReply, { type: "epoch" }>): WorkerEpochEvent {
  const { epoch, loss, valLoss, logs } = reply;
  return { epoch, loss, valLoss, logs };
}

function result(reply: Extract<FitReply, { type: "done" }>): WorkerFitResult {
  const model = Sequential.fromJSON(reply.model);
  restoreOptimizerState(model, reply.state);
  return { model, history: displayable(reply.history) };
}
