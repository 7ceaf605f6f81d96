/**
 * `nn`: train, evaluate and use dense networks on your own CSV files, without
 * writing code.
 *
 * ```sh
 * deno task nn train --data iris.csv --target species --out iris.json
 * deno task nn evaluate --model iris.json --data iris-test.csv
 * deno task nn predict --model iris.json --data new.csv --out predictions.csv
 * deno run -A https://<host>/scripts/nn.ts summary --model iris.json
 * ```
 *
 * Every error prints one message (file, line, column and value where they
 * apply) and exits with 1; Ctrl-C during training exits with 130 after saving
 * the best model so far.
 *
 * @module
 */
import process from "node:process";
import { messageOf } from "./message.ts";
import { ignoreBrokenPipe } from "./scenario.ts";
import { type Command, commandHelp, type Output, parseFlags, withThreads } from "./nn/command.ts";
import { evaluateCommand } from "./nn/evaluate.ts";
import { exportCommand } from "./nn/export.ts";
import { importCommand } from "./nn/import.ts";
import { gradcheckCommand } from "./nn/gradcheck.ts";
import { predictCommand } from "./nn/predict.ts";
import { summaryCommand } from "./nn/summary.ts";
import { trainCommand } from "./nn/train.ts";

/** The commands, in the order `nn --help` lists them. */
export const COMMANDS: readonly Command[] = [
  trainCommand,
  evaluateCommand,
  predictCommand,
  summaryCommand,
  exportCommand,
  importCommand,
  gradcheckCommand,
];

/** `nn --help`. */
export function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "nn: train, evaluate and use dense neural networks on CSV files",
    "",
    "Usage: nn <command> [options]       (deno task nn <command> ..., or deno run -A scripts/nn.ts ...)",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run nn <command> --help for a command's options and examples.",
  ].join("\n");
}

/**
 * Runs `nn` with command-line arguments and resolves to the exit code: 0,
 * 1 after an error (one message on stderr, no stack trace), 130 after Ctrl-C.
 */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    console.error(help());
    return 1;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    console.error(
      `nn: unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`,
    );
    return 1;
  }
  try {
    const flags = parseFlags(command, rest);
    if (flags === "help") {
      console.log(commandHelp(command));
      return 0;
    }
    const json = flags.json === true, quiet = json || flags.quiet === true;
    const output: Output = {
      json,
      progress: !quiet,
      log: quiet ? () => {} : (line) => console.log(line),
    };
    return await withThreads(flags.threads, () => command.run(flags, output));
  } catch (error) {
    console.error(`nn ${name}: ${messageOf(error)}`);
    return 1;
  }
}

if (import.meta.main) {
  process.stdout.on("error", ignoreBrokenPipe);
  Deno.exit(await main(Deno.args));
}
