/**
 * What `fitInWorker` and `serveFit` send each other: plain data that survives
 * `postMessage` (structured clone), with the conversions of matrices, errors
 * and optimizer state both sides share.
 *
 * @module
 */
import { Matrix, type MatrixLike } from "../lib/primitives/matrix.ts";
import type { Backend } from "../lib/kernels/backend.ts";
import type { OptimizerState } from "../plugins/optimizer.ts";
import type { ModelJSON } from "../lib/network/model_json.ts";
import type { FitOptions, History } from "../lib/training/types.ts";
import { TrainingError } from "../lib/training/training_error.ts";

/** A matrix as it crosses a thread: nested arrays as they are, a `Matrix` as its shape and data. */
export type WireMatrix = ArrayLike<ArrayLike<number>> | {
  readonly matrix: { readonly rows: number; readonly cols: number; readonly data: Float64Array };
};

/** An optimizer rebuilt in the worker from its registered name and options. */
export interface WireOptimizer {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly learningRateScale: number;
}

/** `fit`'s options as they cross: plugins by name, matrices as {@linkcode WireMatrix}. */
export type WireOptions = Omit<FitOptions, "optimizer" | "validationData"> & {
  optimizer?: string | WireOptimizer;
  validationData?: readonly [WireMatrix, WireMatrix];
};

/** What the calling thread sends: one training run. */
export interface FitRequest {
  readonly type: "backprop.fit";
  readonly id: number;
  readonly model: ModelJSON;
  /** The optimizer state of each of `model.parameters`, in order. */
  readonly state: readonly OptimizerState[];
  readonly kernels: Backend;
  readonly x: WireMatrix;
  readonly y: WireMatrix;
  readonly options: WireOptions;
  /** Whether to send an `epoch` reply after each epoch. */
  readonly epochs: boolean;
}

/** An error as it crosses: its class, message and, for a `TrainingError`, where it failed. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  /** The built-in class it extends, rebuilt on the other side. */
  readonly base: "TypeError" | "RangeError" | "Error";
  readonly training?: {
    readonly epoch: number;
    readonly batch: number;
    readonly lastLoss: number | undefined;
    readonly history: History;
    readonly cause: WireError | undefined;
  };
}

/** What the worker sends back about one request. */
export type FitReply =
  & { readonly id: number }
  & (
    | {
      readonly type: "epoch";
      readonly epoch: number;
      readonly loss: number;
      readonly valLoss: number | undefined;
      readonly logs: Readonly<Record<string, number>>;
    }
    | { readonly type: "log"; readonly line: string }
    | {
      readonly type: "done";
      readonly model: ModelJSON;
      readonly state: readonly OptimizerState[];
      readonly history: History;
    }
    | { readonly type: "error"; readonly error: WireError }
  );

/** Whether `data` is a request of this protocol. */
export function isFitRequest(data: unknown): data is FitRequest {
  return typeof data === "object" && data !== null &&
    (data as { type?: unknown }).type === "backprop.fit";
}

/** `m` ready to cross a thread. */
export function encodeMatrix(m: MatrixLike): WireMatrix {
  if (!(m instanceof Matrix)) return m;
  return { matrix: { rows: m.rows, cols: m.cols, data: m.data } };
}

/** A crossed matrix back as `fit` takes it. */
export function decodeMatrix(m: WireMatrix): MatrixLike {
  if (typeof m !== "object" || m === null || !("matrix" in m)) return m;
  const { rows, cols, data } = m.matrix;
  return new Matrix(rows, cols, data);
}

/** Any thrown value as plain data. */
export function encodeError(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), base: "Error" };
  const { name, message } = error;
  const base = error instanceof TypeError
    ? "TypeError"
    : error instanceof RangeError
    ? "RangeError"
    : "Error";
  if (!(error instanceof TrainingError)) return { name, message, base };
  const { epoch, batch, lastLoss, history } = error;
  const cause = error.cause === undefined ? undefined : encodeError(error.cause);
  return { name, message, base, training: { epoch, batch, lastLoss, history, cause } };
}

/**
 * The error again on this side: a `TrainingError` with its epoch, batch,
 * history and cause; else an error of the built-in class the original
 * extends, with the original's name and message.
 */
export function decodeError(wire: WireError): Error {
  if (wire.training !== undefined) {
    const { history, cause, ...where } = wire.training;
    return new TrainingError(wire.message, where, history, cause && decodeError(cause));
  }
  const error = new BUILT_IN[wire.base](wire.message);
  if (error.name !== wire.name) error.name = wire.name;
  return error;
}

const BUILT_IN = { TypeError, RangeError, Error } as const;

/** The optimizer state of every parameter of `model`, in order (copied by `postMessage`). */
export function optimizerState(
  model: { readonly parameters: readonly { state: OptimizerState }[] },
) {
  return model.parameters.map(({ state }) => state);
}

/** Puts crossed optimizer state into the matching parameters of a rebuilt model. */
export function restoreOptimizerState(
  model: { readonly parameters: readonly { state: OptimizerState }[] },
  state: readonly OptimizerState[],
): void {
  model.parameters.forEach((parameter, i) => {
    Object.assign(parameter.state.slots, state[i].slots);
    Object.assign(parameter.state.counters, state[i].counters);
  });
}
