import assert from "node:assert/strict";
import { bundleFiles, staleFiles } from "../../scripts/bundle.ts";
import { KERNELS_WASM } from "../../lib/kernels/generated/wasm_module.ts";
import { withTempDir } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run");

test("the committed dist/ is a fresh bundle of the sources", async () => {
  assert.deepEqual(await staleFiles(), [], "dist/ is stale: run `deno task bundle`");
});

test("two bundles are the same bytes, with the WebAssembly kernels inside", async () => {
  const first = await bundleFiles(), second = await bundleFiles();
  assert.deepEqual(Object.keys(first), [
    "backprop.js",
    "backprop.min.js",
    "fit_worker.js",
    "fit_worker.min.js",
  ]);
  assert.deepEqual(second, first);
  for (const name of ["backprop.js", "backprop.min.js"]) {
    // The module is kept as lines of 92 base64 characters, joined at load: look for its first
    // and its last line.
    const last = KERNELS_WASM.length % 92 || 92;
    for (const end of [KERNELS_WASM.slice(0, 92), KERNELS_WASM.slice(-last)]) {
      assert.ok(first[name].includes(end), `${name} lacks the kernels' ${end}`);
    }
  }
  // Minified, the code (not the module's base64, which cannot shrink) is under 60% of its size.
  const code = (name: string) => first[name].length - KERNELS_WASM.length;
  assert.ok(code("backprop.min.js") < code("backprop.js") * 0.6);
  assert.match(first["fit_worker.min.js"], /import\{serveFit\}from"\.\/backprop\.min\.js";/);
});

test("the staleness check names each file that differs or is missing", () =>
  withTempDir(async (dir) => {
    const files = await bundleFiles();
    for (const [name, text] of Object.entries(files)) {
      await Deno.writeTextFile(`${dir}/${name}`, text);
    }
    assert.deepEqual(await staleFiles(dir), []);
    await Deno.writeTextFile(`${dir}/backprop.min.js`, files["backprop.min.js"] + ";");
    await Deno.remove(`${dir}/fit_worker.js`);
    assert.deepEqual(await staleFiles(dir), ["backprop.min.js", "fit_worker.js"]);
  }));
