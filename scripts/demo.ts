/**
 * All five notebook scenarios, one after the other, with their defaults.
 * Flags given are passed to each (`--quiet`, `--no-plots`, `--json`, …).
 *
 * Run: `deno task demo` (charts go to `out/<scenario>/`)
 *
 * @module
 */
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

if (import.meta.main) {
  const banner = !Deno.args.some((arg) => ["--quiet", "--json", "--help", "-h"].includes(arg));
  for (const scenario of SCENARIOS) {
    if (banner) console.log(`\n=== ${scenario.name}: ${scenario.description} ===\n`);
    const code = await main(scenario, Deno.args);
    if (code !== 0) Deno.exit(code);
  }
}
