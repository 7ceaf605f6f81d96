/**
 * What dist/backprop.js exports (scripts/bundle.ts bundles this file): the
 * library, as mod.ts, and training in a worker, as worker/mod.ts.
 *
 * @module
 */
export * from "../mod.ts";
export * from "../worker/mod.ts";
