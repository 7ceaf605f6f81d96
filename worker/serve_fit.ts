/**
 * `serveFit`: the worker's side of `fitInWorker`.
 *
 * @module
 */
import { Sequential } from "../lib/model/sequential.ts";
import { setKernels } from "../lib/kernels/backend.ts";
import { optimizers } from "../plugins/optimizers.ts";
import type { Optimizer } from "../plugins/optimizer.ts";
import type { FitOptions, ValidationData } from "../lib/training/types.ts";
import {
  decodeMatrix,
  encodeError,
  type FitReply,
  type FitRequest,
  isFitRequest,
  optimizerState,
  restoreOptimizerState,
  type WireOptimizer,
} from "./messages.ts";

/** The part of a worker's global scope that `serveFit` uses. */
export interface WorkerScope {
  /** Listens for the requests. */
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  /** Sends the replies. */
  postMessage(message: unknown): void;
}

/**
 * Makes this worker answer {@linkcode fitInWorker}'s requests, one at a time,
 * until it is terminated. The default worker script (`worker/fit_worker.ts`,
 * `dist/fit_worker.js`) is this call alone; a script of your own calls it
 * after registering the plugins its models and options name.
 *
 * @param scope The worker's global scope; default `globalThis`.
 *
 * @example A worker script that knows a custom activation
 * ```ts ignore
 * import { activations } from "@backprop/core";
 * import { serveFit } from "@backprop/core/worker";
 * import { cube } from "./cube.ts"; // the same registration runs on the calling thread
 *
 * activations.register("cube", cube);
 * serveFit();
 * ```
 */
export function serveFit(scope: WorkerScope = globalThis as unknown as WorkerScope): void {
  let queue = Promise.resolve();
  scope.addEventListener("message", (event) => {
    if (!isFitRequest(event.data)) return;
    const request = event.data;
    queue = queue.then(() => answer(request, (reply) => scope.postMessage(reply)));
  });
}

/** Trains as the request says and posts the outcome; never throws. */
async function answer(request: FitRequest, post: (reply: FitReply) => void): Promise<void> {
  const { id } = request;
  try {
    setKernels(request.kernels);
    const model = Sequential.fromJSON(request.model);
    restoreOptimizerState(model, request.state);
    const x = decodeMatrix(request.x), y = decodeMatrix(request.y);
    const history = await model.fitAsync(x, y, fitOptions(request, post));
    post({ id, type: "done", model: model.toJSON(), state: optimizerState(model), history });
  } catch (error) {
    post({ id, type: "error", error: encodeError(error) });
  }
}

/** The request's options as `fit` takes them, with `log` and the epoch events sent back. */
function fitOptions(request: FitRequest, post: (reply: FitReply) => void): FitOptions {
  const { id, options } = request;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return options as unknown as FitOptions; // fit says what is wrong with it
  }
  const { optimizer, validationData, ...rest } = options;
  const fit: FitOptions = { ...rest, log: rest.log ?? ((line) => post({ id, type: "log", line })) };
  if (optimizer !== undefined) fit.optimizer = rebuildOptimizer(optimizer);
  if (validationData !== undefined) {
    fit.validationData = Array.isArray(validationData) && validationData.length === 2
      ? [decodeMatrix(validationData[0]), decodeMatrix(validationData[1])]
      : validationData as unknown as ValidationData;
  }
  if (request.epochs) {
    fit.callbacks = {
      onEpochEnd: ({ epoch, loss, valLoss, logs }) =>
        post({ id, type: "epoch", epoch, loss, valLoss, logs: { ...logs } }),
    };
  }
  return fit;
}

function rebuildOptimizer(wire: string | WireOptimizer): string | Optimizer {
  if (typeof wire !== "object" || wire === null) return wire;
  const optimizer = optimizers.get(wire.name, wire.options);
  if (wire.learningRateScale !== 1) optimizer.learningRateScale = wire.learningRateScale;
  return optimizer;
}
