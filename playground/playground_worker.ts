/**
 * The entry of dist/playground_worker.js: the playground's worker on this
 * worker's global scope.
 *
 * @module
 */
import { type Scope, servePlayground } from "./worker.ts";

servePlayground(globalThis as unknown as Scope);
