/**
 * All five notebook scenarios, one after the other, with their defaults.
 * Flags given are passed to each (`--quiet`, `--no-plots`, `--json`, …).
 *
 * Run: `deno task demo` (charts go to `out/<scenario>/`)
 *
 * @module
 */
import { join } from "node:path";
import { expsinScenario } from "./expsin.ts";
import { lineDetectorScenario } from "./line_detector.ts";
import { moonsScenario } from "./moons.ts";
import { main, type Scenario } from "./scenario.ts";
import { sigmoid3Scenario } from "./sigmoid3.ts";
import { xorScenario } from "./xor.ts";

/** The scenarios in the order of their notebooks, 000 to 004. */
export const SCENARIOS: readonly Scenario[] = [
  xorScenario,
  lineDetectorScenario,
  sigmoid3Scenario,
  moonsScenario,
  expsinScenario,
];

/**
 * The arguments for one scenario: `args` without the flags that only other
 * scenarios declare (so `--unscaled` reaches expsin alone), and with a
 * `--plots DIR` of its own, `DIR/<scenario>`, so that the scenarios' charts
 * (several share a file name) do not overwrite each other.
 */
export function argsFor(scenario: Scenario, args: readonly string[]): string[] {
  const own = new Set(Object.keys(scenario.flags ?? {}));
  const others = new Set(SCENARIOS.flatMap((s) => Object.keys(s.flags ?? {})));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--plots=")) {
      out.push(`--plots=${join(arg.slice("--plots=".length), scenario.name)}`);
    } else if (arg === "--plots" && i + 1 < args.length) {
      out.push(arg, join(args[++i], scenario.name));
    } else if (!arg.startsWith("--") || own.has(arg.slice(2)) || !others.has(arg.slice(2))) {
      out.push(arg);
    }
  }
  return out;
}

const USAGE = `demo: the five notebook scenarios (${
  SCENARIOS.map((s) => s.name).join(", ")
}), one after the other

Usage: deno task demo [options]

Every option goes to each scenario (see deno run -A scripts/xor.ts --help); a
scenario's own flag (expsin's --unscaled) goes to that scenario only, and
--plots DIR becomes DIR/<scenario> for each.`;

if (import.meta.main) {
  if (Deno.args.includes("--help") || Deno.args.includes("-h")) {
    console.log(USAGE);
    Deno.exit(0);
  }
  const banner = !Deno.args.some((arg) => ["--quiet", "--json"].includes(arg));
  for (const scenario of SCENARIOS) {
    if (banner) console.log(`\n=== ${scenario.name}: ${scenario.description} ===\n`);
    const code = await main(scenario, argsFor(scenario, Deno.args));
    if (code !== 0) Deno.exit(code);
  }
}
