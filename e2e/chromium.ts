/**
 * Headless Chromium for the end-to-end tests (Debian's `chromium`, driven by
 * npm:puppeteer-core): where it is, a test that runs in it or is ignored with
 * the reason in its name, and tabs that record console and page errors.
 * puppeteer-core is a dependency of these tests alone (bench/deno.json's
 * lock), so that a user of the library never downloads it.
 *
 * @module
 */
import type { Browser, Page } from "npm:puppeteer-core@^25";
import { missing, testsNeeding } from "../tests/fixtures/permissions.ts";

const NEEDS = ["read", "write", "run", "env", "net"] as const;

/** Chromium's path: `$BACKPROP_CHROMIUM`, else Debian's, where it is installed. */
function chromium(): string | null {
  const path = Deno.env.get("BACKPROP_CHROMIUM") ?? "/usr/bin/chromium";
  try {
    return Deno.statSync(path).isFile ? path : null;
  } catch {
    return null;
  }
}

const granted = missing(...NEEDS).length === 0;
const executable = granted ? chromium() : null;

/**
 * A test that runs `body` with a headless Chromium (closed afterwards), or is
 * ignored where Chromium is missing, saying so in its name.
 */
export function testInChromium(
  name: string,
  body: (browser: Browser, t: Deno.TestContext) => Promise<void>,
): void {
  testsNeeding(...NEEDS)(
    name + (granted && executable === null ? " (needs Chromium: apt-get install chromium)" : ""),
    { ignore: executable === null },
    async (t) => {
      const { default: puppeteer } = await import("npm:puppeteer-core@^25");
      const browser = await puppeteer.launch({
        executablePath: executable!,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
      });
      try {
        await body(browser, t);
      } finally {
        await browser.close();
      }
    },
  );
}

/** A new tab that records console errors and page errors in `problems`. */
export async function watchedTab(browser: Browser, problems: string[]): Promise<Page> {
  const tab = await browser.newPage();
  tab.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  tab.on("pageerror", (error) => problems.push(`page: ${String(error)}`));
  return tab;
}
