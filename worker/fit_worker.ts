/**
 * The default worker script of `fitInWorker`: it answers training requests.
 * Start it as a module worker.
 *
 * @module
 */
import { serveFit } from "./serve_fit.ts";

serveFit();
