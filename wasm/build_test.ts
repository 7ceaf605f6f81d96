/** The committed module is what the AssemblyScript source compiles to. */
import assert from "node:assert/strict";
import { committed, compile } from "./build.ts";

Deno.test("the committed WebAssembly module is a fresh build of wasm/assembly/kernels.ts", async () => {
  assert.deepEqual(await committed(), await compile());
});
