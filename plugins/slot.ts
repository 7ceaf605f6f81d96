/**
 * Optimizer state buffers.
 *
 * @module
 */
import type { Parameter } from "./optimizer.ts";

/** The state buffer `key` of a parameter, created (zeros) on first use. */
export function slot(p: Parameter, key: string): Float64Array {
  return p.state.slots[key] ??= new Float64Array(p.value.length);
}
