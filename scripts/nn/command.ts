/**
 * The shape of an `nn` command: its flags, its help text and what it runs.
 *
 * @module
 */
import { parseArgs } from "node:util";

/** Values of parsed flags, by long name. */
export type Flags = Record<string, string | boolean | undefined>;

/** Where a command's report goes. */
export interface Output {
  /** A line of the human-readable report; silent with `--quiet` or `--json`. */
  log(line: string): void;
  /** Whether the command should print one JSON document instead of a report. */
  json: boolean;
  /** Whether to show a progress line while training. */
  progress: boolean;
}

/** One `nn` command. */
export interface Command {
  /** The word after `nn`. */
  name: string;
  /** One line for `nn --help`. */
  summary: string;
  /** Usage line without `nn <name>`. */
  usage: string;
  /** Flags besides `--json`, `--quiet` and `--help`: name → [type, value name or "", help]. */
  flags: Record<string, [type: "string" | "boolean", value: string, help: string]>;
  /** Worked command lines for `--help`. */
  examples: string[];
  /** Runs with parsed flags; resolves to the exit code. */
  run(flags: Flags, output: Output): Promise<number>;
}

const COMMON: Command["flags"] = {
  json: ["boolean", "", "print one JSON document instead of the report"],
  quiet: ["boolean", "", "print nothing but errors (and predictions on stdout)"],
  help: ["boolean", "", "show this help"],
};

/** Parses a command's arguments strictly; `"help"` when `--help`/`-h` is among them. */
export function parseFlags(command: Command, args: string[]): Flags | "help" {
  const all = { ...command.flags, ...COMMON };
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: Object.fromEntries(
      Object.entries(all).map((
        [name, [type]],
      ) => [name, name === "help" ? { type, short: "h" } : { type }]),
    ),
  });
  if (values.help) return "help";
  if (positionals.length > 0) {
    throw new RangeError(
      `nn ${command.name} takes no arguments without a flag, got "${positionals[0]}"`,
    );
  }
  return values as Flags;
}

/** The `--help` text of a command. */
export function commandHelp(command: Command): string {
  const rows = Object.entries({ ...command.flags, ...COMMON }).map(
    ([name, [, value, help]]): [string, string] => [
      `--${name}${value === "" ? "" : ` ${value}`}${name === "help" ? ", -h" : ""}`,
      help,
    ],
  );
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return [
    `nn ${command.name}: ${command.summary}`,
    "",
    `Usage: nn ${command.name} ${command.usage}`,
    "",
    "Options:",
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    "",
    "Examples:",
    ...command.examples.map((line) => `  ${line}`),
  ].join("\n");
}

/** The value of a string flag the command cannot run without. */
export function required(flags: Flags, name: string, command: string): string {
  const value = flags[name];
  if (typeof value !== "string") {
    throw new RangeError(`nn ${command} needs --${name}; run nn ${command} --help for the options`);
  }
  return value;
}
