/**
 * `fit`'s options made ready to cross to a worker: plugins by registered
 * name, matrices as plain data, and a clear refusal for anything that cannot
 * cross (functions, generators, unregistered plugins).
 *
 * @module
 */
import { losses } from "../plugins/losses.ts";
import { optimizers } from "../plugins/optimizers.ts";
import type { Loss } from "../plugins/loss.ts";
import type { Optimizer } from "../plugins/optimizer.ts";
import type { FitOptions, ValidationData } from "../lib/training/types.ts";
import { encodeMatrix, type WireOptimizer, type WireOptions } from "./messages.ts";

const WHY: Readonly<Record<string, string>> = {
  callbacks: "callbacks run on the thread that trains; follow the epochs with fitInWorker's " +
    "onEpoch setting instead",
  random: "a generator is a function; pass seed instead",
};

/** `options` as they cross, without `log` (which stays on this side); throws what cannot cross. */
export function wireOptions(options: FitOptions): WireOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return options as unknown as WireOptions; // fit says what is wrong with it
  }
  const { loss, optimizer, validationData, log, ...rest } = options;
  for (const [key, value] of Object.entries(rest)) {
    if (Object.hasOwn(WHY, key) && value !== undefined) throw refusal(key, WHY[key]);
    const path = functionPath(value, key);
    if (path !== null) throw refusal(path, "it is a function");
  }
  const wire: WireOptions = { ...rest, loss: wireLoss(loss) };
  if (optimizer !== undefined) wire.optimizer = wireOptimizer(optimizer);
  if (validationData !== undefined) wire.validationData = wireValidation(validationData);
  if (log !== undefined && typeof log !== "function") wire.log = log;
  return wire;
}

function refusal(option: string, why: string): TypeError {
  return new TypeError(`fitInWorker option ${option} cannot cross to a worker: ${why}`);
}

/** The path below `path` of the first function inside `value`, or `null`. */
function functionPath(value: unknown, path: string): string | null {
  if (typeof value === "function") return path;
  if (typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = functionPath(inner, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

function wireLoss(loss: FitOptions["loss"]): FitOptions["loss"] {
  if (typeof loss !== "object" || loss === null) return loss;
  const { name } = loss as Loss;
  if (typeof name === "string" && losses.has(name) && losses.get(name) === loss) return name;
  throw refusal(
    "loss",
    `the loss ${JSON.stringify(name)} is not the one registered under its name; register it ` +
      "in a worker script that then calls serveFit, and pass its name",
  );
}

/** A registered optimizer as its name and options, checked to rebuild into the same optimizer. */
function wireOptimizer(optimizer: string | Optimizer): string | WireOptimizer {
  if (typeof optimizer !== "object" || optimizer === null) return optimizer;
  const { name, options, learningRateScale = 1 } = optimizer;
  const rebuilt = typeof name === "string" && options !== undefined && optimizers.has(name)
    ? rebuild(name, options)
    : undefined;
  if (rebuilt !== undefined && JSON.stringify(rebuilt.options) === JSON.stringify(options)) {
    return { name, options: options!, learningRateScale };
  }
  const schedule = options !== undefined && !("learningRate" in options) &&
    rebuilt?.options !== undefined && "learningRate" in rebuilt.options;
  throw refusal(
    "optimizer",
    schedule
      ? `the learningRate of the optimizer "${name}" is a schedule, a function; give it a number`
      : `the optimizer ${
        JSON.stringify(name)
      } cannot be rebuilt from a registered name and its options; register its factory in a ` +
        "worker script that then calls serveFit, and pass an optimizer it builds",
  );
}

function rebuild(name: string, options: Readonly<Record<string, unknown>>): Optimizer | undefined {
  try {
    return optimizers.get(name, options);
  } catch {
    return undefined;
  }
}

function wireValidation(data: ValidationData): WireOptions["validationData"] {
  const pair = Array.isArray(data)
    ? data
    : data !== null && typeof data === "object" && "x" in data && "y" in data
    ? [data.x, data.y]
    : null;
  if (pair === null || pair.length !== 2) return data as WireOptions["validationData"];
  return [encodeMatrix(pair[0]), encodeMatrix(pair[1])];
}
