/**
 * Whether a layer's activation survives a save and a load.
 *
 * @module
 */
import type { Activation } from "../../plugins/activation.ts";
import { activations } from "../../plugins/activations.ts";
import { Matrix } from "../primitives/matrix.ts";
import { ModelFormatError } from "../primitives/model_format_error.ts";

/**
 * Refuses to save an activation that a load would not rebuild: one whose name
 * is not registered, or another function under a registered name (a load
 * would silently use the registered one). Two activations are the same
 * function when they give the same bits on a probe batch, forward and backward.
 */
export function checkReloadable(activation: Activation, where: string): void {
  const { name, options } = activation;
  if (!activations.has(name)) {
    throw new ModelFormatError(
      `${where}.activation`,
      `the activation "${name}" is not registered, so the saved model could not be loaded; ` +
        `register it before saving and loading: activations.register("${name}", activation)`,
    );
  }
  let registered: Activation;
  try {
    registered = activations.get(name, options === undefined ? undefined : { ...options });
  } catch (error) {
    throw new ModelFormatError(`${where}.activationOptions`, (error as Error).message);
  }
  if (registered !== activation && !sameFunction(registered, activation)) {
    throw new ModelFormatError(
      `${where}.activation`,
      `this layer's activation computes something other than the activation registered as "${name}", ` +
        "which a load would use instead; give it a name of its own and register it under that name",
    );
  }
}

/** Pre-activations that tell activations apart: both signs, zero, tiny, large; two rows of 6, for softmax. */
const PROBE = [-30, -2.5, -1, -0.3, -1e-3, 0, 1e-3, 0.3, 1, 2.5, 30, 7];

function sameFunction(a: Activation, b: Activation): boolean {
  const z = new Matrix(2, 6, Float64Array.from(PROBE));
  const out = (f: Activation) => {
    const act = new Matrix(2, 6), dz = new Matrix(2, 6);
    f.forward(z, act);
    f.backward(z, act, new Matrix(2, 6, Float64Array.from(PROBE, (v) => 0.5 - v / 60)), dz);
    return [...act.data, ...dz.data];
  };
  const x = out(a), y = out(b);
  return x.every((v, i) => Object.is(v, y[i]));
}
