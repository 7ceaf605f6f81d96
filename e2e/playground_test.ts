/// <reference lib="dom" />
/**
 * The playground in a real browser: headless Chromium (e2e/chromium.ts)
 * loads the page from the playground's own
 * server and is driven as a user would: autoplay, keys, the URL, the buttons.
 * It also measures the frame rate while a 2-8-8-1 network trains and writes
 * the screenshot of docs/playground.md (docs/images/playground.png).
 * Where Chromium is missing the test is ignored, and its name says why.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "npm:puppeteer-core@^25";
import { Sequential } from "../mod.ts";
import { parseQuery } from "../playground/config.ts";
import { startPlayground } from "../playground/serve.ts";
import { createRun, losses, trainSteps } from "../playground/trainer.ts";
import { testInChromium, watchedTab } from "./chromium.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCREENSHOT = `${ROOT}docs/images/playground.png`;

/** A tab on `url` that records console errors and page errors in `problems`. */
async function open(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const tab = await watchedTab(browser, problems);
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(url);
  await tab.waitForFunction(() => document.getElementById("explain")!.children.length > 0);
  return tab;
}

/** What the page shows: the losses (full precision), the counters, the play button's state. */
function read(tab: Page) {
  return tab.evaluate(() => {
    const text = (id: string) => document.getElementById(id)!.textContent!;
    return {
      loss: Number(document.getElementById("loss")!.dataset.value),
      epoch: Number(text("epoch")),
      step: Number(text("step-count")),
      playing: document.getElementById("play")!.getAttribute("aria-pressed") === "true",
      messages: text("messages"),
    };
  });
}

/** SHA-256 of the #boundary canvas's pixels, in hex. */
function boundaryHash(tab: Page): Promise<string> {
  return tab.evaluate(async () => {
    const canvas = document.getElementById("boundary") as HTMLCanvasElement;
    const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    const digest = await crypto.subtle.digest("SHA-256", pixels);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
  });
}

/** The explained step's shapes: for each layer, input side first, δ, ∂L/∂W and ∂L/∂b. */
function explainedShapes(tab: Page): Promise<string[][]> {
  return tab.evaluate(() =>
    Array.from(document.querySelectorAll("#explain .explain-layer"))
      .sort((a, b) =>
        Number((a as HTMLElement).dataset.layer) - Number((b as HTMLElement).dataset.layer)
      )
      .map((layer) =>
        ["delta", "weightGradient", "biasGradient"].map((name) =>
          layer.querySelector(`[data-name="${name}"] .shape`)?.textContent ?? "none"
        )
      )
  );
}

/** Animation frames per second over `ms` milliseconds. */
function frameRate(tab: Page, ms: number): Promise<number> {
  return tab.evaluate((ms: number) =>
    new Promise<number>((resolve) => {
      let frames = 0;
      const start = performance.now();
      const frame = (now: number) => {
        frames++;
        if (now - start < ms) requestAnimationFrame(frame);
        else resolve((frames * 1000) / (now - start));
      };
      requestAnimationFrame(frame);
    }), ms);
}

/** Waits until the run has paused at `step`. */
async function pausedAt(tab: Page, step: number): Promise<void> {
  await tab.waitForFunction(
    (step: number) =>
      document.getElementById("step-count")!.textContent === String(step) &&
      document.getElementById("play")!.getAttribute("aria-pressed") === "false",
    { timeout: 20_000 },
    step,
  );
}

testInChromium(
  "the playground trains in Chromium, from the URL and the keys, and replays a seed",
  async (browser, t) => {
    const server = startPlayground({ port: 0, log: () => {} });
    const origin = `http://127.0.0.1:${server.addr.port}`;
    const problems: string[] = [];
    try {
      await t.step("autoplay trains: the loss falls, the boundary changes, ~60 fps", async () => {
        const tab = await open(browser, `${origin}/?autoplay=1`, problems);
        await tab.waitForFunction(() => Number(document.getElementById("epoch")!.textContent) >= 1);
        const before = await read(tab), hashBefore = await boundaryHash(tab);
        assert.equal(before.playing, true);
        const fps = await frameRate(tab, 3000);
        const after = await read(tab), hashAfter = await boundaryHash(tab);
        console.log(
          `  ${fps.toFixed(1)} frames/s training 2-8-8-1; loss ${before.loss} → ${after.loss}`,
        );
        assert.ok(fps >= 30, `${fps} frames/s`);
        assert.ok(after.epoch >= before.epoch + 30, `epochs ${before.epoch} → ${after.epoch}`);
        assert.ok(after.loss < 0.5 * before.loss, `loss ${before.loss} → ${after.loss}`);
        assert.notEqual(hashAfter, hashBefore);
        const unlabelled = await tab.evaluate(() =>
          Array.from(document.querySelectorAll("input, select"))
            .filter((control) => (control as HTMLInputElement).labels?.length === 0)
            .map((control) => control.id)
        );
        assert.deepEqual(unlabelled, []);

        await tab.keyboard.press("Space");
        await tab.waitForFunction(() =>
          document.getElementById("play")!.getAttribute("aria-pressed") === "false"
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        const paused = await read(tab);
        await tab.keyboard.press("s");
        await tab.waitForFunction(
          (n: number) => document.getElementById("step-count")!.textContent === String(n),
          {},
          paused.step + 1,
        );
        await tab.keyboard.press("ArrowRight");
        await tab.waitForFunction(
          (n: number) => document.getElementById("step-count")!.textContent === String(n),
          {},
          paused.step + 2,
        );
        assert.equal(
          await tab.$eval(".explain-head", (p) => p.textContent!.split(" (")[0]),
          `Step ${paused.step + 2}, just taken`,
        );
        assert.deepEqual(await explainedShapes(tab), [
          ["10 × 8", "2 × 8", "1 × 8"],
          ["10 × 8", "8 × 8", "1 × 8"],
          ["10 × 1", "8 × 1", "1 × 1"],
        ]);
        await tab.close();
      });

      await t.step(
        "the URL's configuration is applied, refused values are named, changes go back to the URL",
        async () => {
          const tab = await open(
            browser,
            `${origin}/?seed=7&layers=3,5&activation=relu&dataset=moons&batch=4&noise=7`,
            problems,
          );
          const values = await tab.evaluate(() =>
            ["seed", "activation", "dataset", "batch", "noise"].map((id) =>
              (document.getElementById(id) as HTMLInputElement).value
            )
          );
          assert.deepEqual(values, ["7", "relu", "moons", "4", "0.1"]);
          assert.equal(
            (await read(tab)).messages,
            'URL parameter noise="7" was ignored: expected a number from 0 to 1.',
          );
          assert.equal(await tab.$$eval("#network .node", (nodes) => nodes.length), 2 + 3 + 5 + 1);
          assert.deepEqual(
            await tab.$$eval("#network .detail", (d) => d.map((e) => e.textContent)),
            [
              "2 features",
              "3 units, relu",
              "5 units, relu",
              "sigmoid",
            ],
          );
          assert.deepEqual(await explainedShapes(tab), [
            ["4 × 3", "2 × 3", "1 × 3"],
            ["4 × 5", "3 × 5", "1 × 5"],
            ["4 × 1", "5 × 1", "1 × 1"],
          ]);
          await tab.select("#activation", "tanh");
          await tab.click('[aria-label="Add a unit to hidden layer 2"]');
          await tab.waitForFunction(() =>
            document.querySelectorAll("#network .node").length === 12
          );
          const query = new URLSearchParams(await tab.evaluate(() => location.search));
          assert.deepEqual(
            ["seed", "layers", "activation", "dataset", "batch"].map((key) => query.get(key)),
            ["7", "3,6", "tanh", "moons", "4"],
          );
          await tab.close();
        },
      );

      await t.step(
        "the same seed gives the same loss after 150 steps, in Chromium as in Deno",
        async () => {
          const lossAfter = async (query: string) => {
            const tab = await open(browser, `${origin}/${query}&autoplay=1&steps=150`, problems);
            await pausedAt(tab, 150);
            const { loss } = await read(tab);
            await tab.close();
            return loss;
          };
          const first = await lossAfter("?seed=5"), second = await lossAfter("?seed=5");
          const other = await lossAfter("?seed=6");
          assert.equal(second, first);
          assert.notEqual(other, first);
          const run = createRun(parseQuery("?seed=5").config);
          trainSteps(run, 150);
          const deno = losses(run).train;
          // Chromium's V8 rounds Math.tanh and Math.exp differently from Deno's for a few arguments.
          assert.ok(Math.abs(first - deno) < 1e-9 * Math.max(1, deno), `${first} against ${deno}`);
        },
      );

      await t.step(
        "a preset trains to the script's figure; gradients check; the model exports",
        async () => {
          const tab = await open(
            browser,
            `${origin}/?preset=xor&speed=0&autoplay=1&steps=200`,
            problems,
          );
          await pausedAt(tab, 200);
          const { loss } = await read(tab);
          assert.ok(Math.abs(loss - 0.17329) < 1e-5, String(loss));
          assert.match(
            await tab.$eval("#preset-note", (p) => p.textContent!),
            /^Notebook 000 as scripts\/xor\.ts/,
          );
          await tab.click("#gradcheck");
          await tab.waitForFunction(() =>
            document.getElementById("gradcheck-result")!.dataset.passed
          );
          assert.match(
            await tab.$eval(
              "#gradcheck-result",
              (out) => `${(out as HTMLElement).dataset.passed} ${out.textContent}`,
            ),
            /^true Passed: 12 gradient entries on the next batch \(4 rows, after step 200\)/,
          );
          await tab.click("#export");
          await tab.waitForSelector("#download-onnx");
          const files = await tab.evaluate(async () => {
            const json = document.getElementById("download-json") as HTMLAnchorElement;
            const onnx = document.getElementById("download-onnx") as HTMLAnchorElement;
            const bytes = new Uint8Array(await (await fetch(onnx.href)).arrayBuffer());
            return {
              json: await (await fetch(json.href)).text(),
              name: json.download,
              first: bytes[0],
              size: bytes.length,
            };
          });
          assert.deepEqual([files.name, files.first], ["playground-model.json", 0x08]);
          assert.ok(files.size > 200, `${files.size} ONNX bytes`);
          const model = Sequential.fromJSON(JSON.parse(files.json));
          assert.deepEqual(model.predict([[0, 0], [0, 1], [1, 0], [1, 1]]), [0, 1, 1, 0]);
          await tab.close();
        },
      );

      await t.step("a screenshot for docs/playground.md", async () => {
        const tab = await open(browser, `${origin}/?autoplay=1&steps=1000&speed=0`, problems);
        await pausedAt(tab, 1000);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await tab.screenshot({ path: SCREENSHOT, clip: { x: 0, y: 0, width: 1280, height: 720 } });
        const png = await Deno.readFile(SCREENSHOT);
        assert.deepEqual(Array.from(png.subarray(1, 4)), [0x50, 0x4e, 0x47]);
        await tab.close();
      });
      assert.deepEqual(problems, []);
    } finally {
      await server.shutdown();
    }
  },
);
