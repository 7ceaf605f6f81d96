/**
 * Writes dist/: the library and its worker helper as one ES module for
 * browsers, plain and minified (`deno bundle` of scripts/bundle_entry.ts, the
 * WebAssembly kernels inside as base64), and the worker script beside each;
 * then the playground's page and worker (playground/), which import the
 * library from `./backprop.js` instead of holding a copy.
 * With `--check` it writes nothing and says whether dist/ is stale.
 *
 *     deno task bundle            # write dist/
 *     deno task bundle --check    # exit 1, naming the files, if dist/ differs from a fresh bundle
 *
 * @module
 */
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "scripts/bundle_entry.ts";
/** The playground's bundles and their entries. */
const PLAYGROUND = {
  "playground.js": "playground/main.ts",
  "playground_worker.js": "playground/playground_worker.ts",
};
/** The module through which the playground imports the library; `./backprop.js` in dist/. */
const LIBRARY_SEAM = "playground/library.ts";

/** The files of dist/ by name, as a fresh bundle writes them. */
export async function bundleFiles(): Promise<Record<string, string>> {
  const { version } = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
  const banner = `// @backprop/core ${version} for browsers: mod.ts and worker/mod.ts, ` +
    "written by `deno task bundle`; do not edit.\n";
  return {
    "backprop.js": banner + await denoBundle([]),
    "backprop.min.js": banner + await denoBundle(["--minify"]),
    "fit_worker.js": `${banner}import { serveFit } from "./backprop.js";\n\nserveFit();\n`,
    "fit_worker.min.js": `${banner}import{serveFit}from"./backprop.min.js";serveFit();\n`,
  };
}

/**
 * The playground's files of dist/, as a fresh bundle writes them: the page
 * (no library inside) and its worker, which imports the library from
 * `./backprop.js`.
 */
export async function playgroundFiles(): Promise<Record<string, string>> {
  const banner = "// The backprop playground (playground/), written by `deno task bundle`; " +
    "do not edit.\n";
  const files: Record<string, string> = {};
  for (const [name, entry] of Object.entries(PLAYGROUND)) {
    // With --external, deno bundle 2.9 prints nothing unless given an output file.
    const code = await denoBundle(["--external", `./${LIBRARY_SEAM}`, "-o", "/dev/stdout"], entry);
    files[name] = banner + code.replaceAll(JSON.stringify(ROOT + LIBRARY_SEAM), '"./backprop.js"');
  }
  return files;
}

/**
 * The names of the files of `dir` (default dist/) that differ from `files`
 * (default a fresh bundle of the library) or are missing.
 */
export async function staleFiles(
  dir = `${ROOT}dist`,
  files?: Record<string, string>,
): Promise<string[]> {
  const stale: string[] = [];
  for (const [name, text] of Object.entries(files ?? await bundleFiles())) {
    const committed = await Deno.readTextFile(`${dir}/${name}`).catch(() => null);
    if (committed !== text) stale.push(name);
  }
  return stale;
}

async function denoBundle(flags: string[], entry = ENTRY): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["bundle", "--platform", "browser", ...flags, entry],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!success) {
    throw new Error(`deno bundle ${entry} failed:\n${new TextDecoder().decode(stderr)}`);
  }
  return new TextDecoder().decode(stdout);
}

async function main(args: string[]): Promise<number> {
  if (args.length > 1 || (args.length === 1 && args[0] !== "--check")) {
    console.error(`Usage: deno task bundle [--check]; got ${args.join(" ")}`);
    return 2;
  }
  const all = async () => ({ ...await bundleFiles(), ...await playgroundFiles() });
  if (args[0] === "--check") {
    const stale = await staleFiles(undefined, await all());
    if (stale.length === 0) {
      console.log("dist/ is up to date");
      return 0;
    }
    console.error(`dist/ is stale (${stale.join(", ")}): run \`deno task bundle\``);
    return 1;
  }
  await Deno.mkdir(`${ROOT}dist`, { recursive: true });
  for (const [name, text] of Object.entries(await all())) {
    await Deno.writeTextFile(`${ROOT}dist/${name}`, text);
    console.log(`dist/${name}: ${new TextEncoder().encode(text).length} bytes`);
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
