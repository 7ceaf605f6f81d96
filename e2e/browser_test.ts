/**
 * The bundle in a real browser: headless Chromium loads a page that imports
 * dist/backprop.js as a module from its own origin, then one that imports
 * dist/backprop.min.js from another (a CDN, as far as the page can tell), runs
 * browser_checks.js (XOR, moons, fitInWorker with the default worker, a
 * training error from a worker) and reports. Both pages must pass the checks
 * the sources pass here, with no error in the console, and train to the same
 * bits. Chromium's moons weights must be within 1e-9 of Deno's (measured:
 * 8.9e-16), not equal: their V8 versions round `Math.exp`, `Math.sin` and a
 * few others differently in rare cases.
 * Where Chromium is missing the test is ignored, and its name says why.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import type { Browser } from "npm:puppeteer-core@^25";
import * as sources from "../scripts/bundle_entry.ts";
import { browserChecks } from "../tests/browser/browser_checks.js";
import { testInChromium, watchedTab } from "./chromium.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SERVED = ["/dist/", "/tests/browser/browser_checks.js"];

/** A page that imports the bundle at `bundle` and the checks, and leaves their results. */
function page(bundle: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>backprop</title></head>
<body><script type="module">
import * as lib from "${bundle}";
import { browserChecks } from "/tests/browser/browser_checks.js";
browserChecks(lib).then(
  (results) => { window.results = JSON.stringify(results); },
  (error) => { window.results = JSON.stringify({ failed: String(error?.stack ?? error) }); },
);
</script></body></html>`;
}

/**
 * Serves the repository's `SERVED` files on loopback, as a site or (with
 * `cors`) as a CDN that any page may import from, recording each path asked
 * for; `pages` maps a path to a page.
 */
function serve(
  requested: string[],
  { cors = false, pages = {} }: { cors?: boolean; pages?: Record<string, string> },
): Deno.HttpServer<Deno.NetAddr> {
  const headers = (type: string) => ({
    "content-type": type,
    ...(cors ? { "access-control-allow-origin": "*" } : {}),
  });
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (request) => {
    const path = new URL(request.url).pathname;
    requested.push(path);
    if (path in pages) return new Response(pages[path], { headers: headers("text/html") });
    if (!SERVED.some((prefix) => path.startsWith(prefix)) || path.includes("..")) {
      return new Response("not found", { status: 404 });
    }
    try {
      const body = await Deno.readFile(ROOT + path.slice(1));
      return new Response(body, { headers: headers("text/javascript") });
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
}

/** Loads `urls` in turn: each page's results, and any console or page error. */
async function runPages(browser: Browser, urls: string[]) {
  const runs = [];
  for (const url of urls) {
    const problems: string[] = [];
    const tab = await watchedTab(browser, problems);
    await tab.goto(url);
    const handle = await tab.waitForFunction(
      () => (globalThis as { results?: string }).results,
      { timeout: 120_000 },
    );
    runs.push({ results: JSON.parse(await handle.jsonValue() as string), problems });
    await tab.close();
  }
  return runs;
}

/** What every run of the checks must show, in Chromium as in Deno. */
// deno-lint-ignore no-explicit-any
function assertChecks(results: any, where: string): void {
  assert.equal(results.failed, undefined, where);
  assert.equal(results.defaultKernels, "wasm", where);
  assert.deepEqual(results.xor.predictions, [0, 1, 1, 0], where);
  assert.ok(results.moons.accuracy >= 0.95, `${where}: moons accuracy ${results.moons.accuracy}`);
  assert.equal(results.worker.sameModel, true, where);
  assert.equal(results.worker.sameHistory, true, where);
  assert.deepEqual(results.worker.epochs, range(results.worker.epochs.length), where);
  assert.ok(results.worker.epochs.length >= 5, where);
  assert.deepEqual(results.workerError, {
    message: "Training diverged in epoch 21, batch 1: The mse loss is Infinity; no weights were " +
      "updated. Lower the learning rate, scale the inputs or targets, or check custom plugins. " +
      "The model keeps its weights from before this step; the last finite training loss was " +
      "5.093879523746224e+297.",
    epoch: 21,
    epochsInHistory: 20,
  }, where);
}

testInChromium(
  "the bundle trains in Chromium, plain and minified, as the sources do in Deno",
  async (browser) => {
    const here = JSON.parse(JSON.stringify(await browserChecks(sources)));
    assertChecks(here, "Deno");
    const onSite: string[] = [], onCdn: string[] = [];
    const cdn = serve(onCdn, { cors: true });
    const site = serve(onSite, {
      pages: {
        "/plain.html": page("/dist/backprop.js"),
        "/cdn-min.html": page(`http://127.0.0.1:${cdn.addr.port}/dist/backprop.min.js`),
      },
    });
    try {
      const origin = `http://127.0.0.1:${site.addr.port}`;
      const [plain, min] = await runPages(browser, [
        `${origin}/plain.html`,
        `${origin}/cdn-min.html`,
      ]);
      for (
        const [{ results, problems }, where] of [[plain, "same origin"], [min, "CDN"]] as const
      ) {
        assert.deepEqual(problems, [], where);
        assertChecks(results, `Chromium, ${where}`);
        const apart = largestDifference(results.moons.model, here.moons.model);
        assert.ok(apart < 1e-9, `${where}: moons weights ${apart} from Deno's`);
      }
      assert.deepEqual(min.results, plain.results, "the minified bundle trains to other bits");
      assert.ok(onSite.includes("/dist/fit_worker.js"), onSite.join(", "));
      assert.ok(onCdn.includes("/dist/fit_worker.min.js"), onCdn.join(", "));
      assert.ok(!onSite.includes("/dist/backprop.min.js"), onSite.join(", "));
    } finally {
      await site.shutdown();
      await cdn.shutdown();
    }
  },
);

/** The largest difference between the numbers of two values of the same shape. */
function largestDifference(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b);
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    assert.equal(a, b);
    return 0;
  }
  const inner = b as Record<string, unknown>;
  assert.deepEqual(Object.keys(a), Object.keys(inner));
  return Math.max(
    0,
    ...Object.entries(a).map(([key, value]) => largestDifference(value, inner[key])),
  );
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
