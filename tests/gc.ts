/**
 * A full garbage collection on demand, with or without `--v8-flags=--expose-gc`:
 * V8's flag is set at run time and `gc` taken from a fresh context.
 *
 * @module
 */
import v8 from "node:v8";
import vm from "node:vm";

let gc = (globalThis as { gc?: () => void }).gc;

/** Collects all garbage now; finalizers run at the next turn of the event loop. */
export function collectGarbage(): void {
  if (gc === undefined) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc") as () => void;
  }
  gc();
}
