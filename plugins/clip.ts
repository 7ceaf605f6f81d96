/**
 * Gradient clipping, an option of every built-in optimizer.
 *
 * @module
 */
import { numberOption, POSITIVE } from "../lib/primitives/number_option.ts";
import type { PluginOptions } from "../lib/primitives/registry.ts";
import type { Parameter } from "./optimizer.ts";

/** How an optimizer clips gradients before its step; at most one of the two. */
export interface Clipping {
  /** Scale every gradient so that their joint L2 norm, over all parameters, is at most this. */
  readonly clipNorm?: number;
  /** Clamp every gradient entry to [−clipValue, clipValue]. */
  readonly clipValue?: number;
}

/**
 * The checked `clipNorm` or `clipValue` of an optimizer's options.
 *
 * @throws {RangeError} If one is not a positive number, or both are given.
 */
export function clippingOf(owner: string, options: PluginOptions): Clipping {
  const { clipNorm, clipValue } = options;
  if (clipNorm !== undefined && clipValue !== undefined) {
    throw new RangeError(`${owner} takes clipNorm or clipValue, not both`);
  }
  if (clipNorm !== undefined) {
    return { clipNorm: numberOption(owner, options, "clipNorm", 0, POSITIVE) };
  }
  if (clipValue !== undefined) {
    return { clipValue: numberOption(owner, options, "clipValue", 0, POSITIVE) };
  }
  return {};
}

/**
 * Clips the gradients of `parameters` in place, as PyTorch's
 * `clip_grad_norm_` (scale by `clipNorm / (norm + 10⁻⁶)` when that is below 1,
 * with the norm over every gradient entry of every parameter) or
 * `clip_grad_value_` do.
 */
export function clip(parameters: readonly Parameter[], { clipNorm, clipValue }: Clipping): void {
  if (clipValue !== undefined) {
    for (const { gradient: g } of parameters) {
      for (let k = 0; k < g.length; k++) g[k] = Math.min(clipValue, Math.max(-clipValue, g[k]));
    }
  } else if (clipNorm !== undefined) {
    let squares = 0;
    for (const { gradient: g } of parameters) {
      for (let k = 0; k < g.length; k++) squares += g[k] * g[k];
    }
    const factor = clipNorm / (Math.sqrt(squares) + 1e-6);
    if (factor >= 1) return;
    for (const { gradient: g } of parameters) for (let k = 0; k < g.length; k++) g[k] *= factor;
  }
}
