/**
 * The library as the playground's worker sees it. In the sources this is
 * mod.ts; `deno task bundle` leaves this module out of
 * dist/playground_worker.js and imports `./backprop.js` in its place, so the
 * page loads one copy of the library.
 *
 * @module
 */
export * from "../mod.ts";
