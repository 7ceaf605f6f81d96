/**
 * Writes dist/: the library and its worker helper as one ES module for
 * browsers, plain and minified (`deno bundle` of scripts/bundle_entry.ts, the
 * WebAssembly kernels inside as base64), and the worker script beside each.
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

/** The names of the files of `dir` (default dist/) that differ from a fresh bundle or are missing. */
export async function staleFiles(dir = `${ROOT}dist`): Promise<string[]> {
  const stale: string[] = [];
  for (const [name, text] of Object.entries(await bundleFiles())) {
    const committed = await Deno.readTextFile(`${dir}/${name}`).catch(() => null);
    if (committed !== text) stale.push(name);
  }
  return stale;
}

async function denoBundle(flags: string[]): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["bundle", "--platform", "browser", ...flags, ENTRY],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!success) {
    throw new Error(`deno bundle ${ENTRY} failed:\n${new TextDecoder().decode(stderr)}`);
  }
  return new TextDecoder().decode(stdout);
}

async function main(args: string[]): Promise<number> {
  if (args.length > 1 || (args.length === 1 && args[0] !== "--check")) {
    console.error(`Usage: deno task bundle [--check]; got ${args.join(" ")}`);
    return 2;
  }
  if (args[0] === "--check") {
    const stale = await staleFiles();
    if (stale.length === 0) {
      console.log("dist/ is up to date");
      return 0;
    }
    console.error(`dist/ is stale (${stale.join(", ")}): run \`deno task bundle\``);
    return 1;
  }
  await Deno.mkdir(`${ROOT}dist`, { recursive: true });
  for (const [name, text] of Object.entries(await bundleFiles())) {
    await Deno.writeTextFile(`${ROOT}dist/${name}`, text);
    console.log(`dist/${name}: ${new TextEncoder().encode(text).length} bytes`);
  }
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
