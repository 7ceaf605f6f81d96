// @backprop/core 0.1.0 for browsers: mod.ts and worker/mod.ts, written by `deno task bundle`; do not edit.
import { serveFit } from "./backprop.js";

serveFit();
