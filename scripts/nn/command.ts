/**
 * The shape of an `nn` command: its flags, its help text and what it runs.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { type Backend, type DType, getKernels, setKernels, startThreads } from "../../mod.ts";
import { integerFlag, listFlag } from "../flags.ts";
import { parseDelimiter } from "./csv.ts";
import { nearestName } from "../suggest.ts";
import { messageOf } from "../message.ts";

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
  /** Flags besides the common `--backend`, `--threads`, `--json`, `--quiet` and `--help`: name → [type, value name or "", help]. */
  flags: Record<string, [type: "string" | "boolean", value: string, help: string]>;
  /** Worked command lines for `--help`. */
  examples: string[];
  /** Runs with parsed flags; resolves to the exit code. */
  run(flags: Flags, output: Output): Promise<number>;
}

const COMMON: Command["flags"] = {
  backend: [
    "string",
    "NAME",
    "matrix kernels: wasm (the default where WebAssembly SIMD compiles), wasm-exact or js " +
    "(these two give the same bits on every machine)",
  ],
  threads: [
    "string",
    "N",
    "1 (the default) or 2: large products on two threads (wasm and wasm-exact), the same bits",
  ],
  json: ["boolean", "", "print one JSON document instead of the report"],
  quiet: ["boolean", "", "print nothing but warnings and errors (and predictions on stdout)"],
  help: ["boolean", "", "show this help"],
};

/**
 * Parses a command's arguments strictly; `"help"` when `--help`/`-h` is among
 * them. Node's messages for an unknown flag or a dash-led value are replaced by
 * ours, which suggest the flag meant or the `--flag=-1` form.
 */
export function parseFlags(command: Command, args: string[]): Flags | "help" {
  const all = { ...command.flags, ...COMMON };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        Object.entries(all).map((
          [name, [type]],
        ) => [name, name === "help" ? { type, short: "h" } : { type }]),
      ),
    });
  } catch (error) {
    throw new RangeError(flagProblem(command, Object.keys(all), args, error as Error));
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (positionals.length > 0) {
    throw new RangeError(
      `unexpected argument "${positionals[0]}": every value follows its flag (see --help)`,
    );
  }
  if (typeof values.backend === "string") useBackend(values.backend);
  return values as Flags;
}

/**
 * Runs `run` with `--threads` honoured: for `2`, the two-thread twin of the active WebAssembly
 * kernels (`startThreads`), stopped and the kernels restored afterwards; for `1` or none, as they
 * are.
 */
export async function withThreads<T>(text: unknown, run: () => Promise<T>): Promise<T> {
  if (text === undefined || text === "1") return await run();
  if (text !== "2") throw new RangeError(`--threads must be 1 or 2, got "${String(text)}"`);
  const threads = await startThreads({ threads: 2 });
  let previous;
  try {
    previous = setKernels(threads.twin(getKernels()));
  } catch (error) {
    threads.close();
    throw new RangeError(`--threads 2: ${messageOf(error)}`);
  }
  try {
    return await run();
  } finally {
    setKernels(previous);
    threads.close();
  }
}

/** Makes the `--backend` kernels the active ones, with `setKernels`' message for a bad name. */
function useBackend(name: string): void {
  try {
    setKernels(name as Backend);
  } catch (error) {
    throw new RangeError(`--backend: ${(error as Error).message.replace(/^setKernels: /, "")}`);
  }
}

function flagProblem(command: Command, names: string[], args: string[], error: Error): string {
  const code = (error as { code?: string }).code;
  const flag = error.message.match(/'(-[^' ]*)/)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const name = flag.replace(/^-+/, "").split("=")[0];
    const near = nearestName(name, names);
    const hint = near === undefined ? "" : `; did you mean --${near}?`;
    return `unknown flag ${flag}${hint} (run nn ${command.name} --help for the options)`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = flag.replace(/^-+/, "").split("=")[0];
    if (command.flags[name]?.[0] === "boolean" || name in COMMON) return `--${name} takes no value`;
    const at = args.indexOf(flag);
    const value = at < 0 ? undefined : args[at + 1];
    if (value?.startsWith("-")) {
      return `${flag} ${value}: a value starting with "-" must be joined to its flag, as ${flag}=${value}`;
    }
    return `${flag} needs a value`;
  }
  return error.message;
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
    throw new RangeError(`--${name} is required (run nn ${command} --help for the options)`);
  }
  return value;
}

/** The losses a command line can name. */
export const LOSSES = ["mse", "logLoss", "crossEntropy"];

/** A `--loss` value, checked against {@linkcode LOSSES} (and `auto` where the command has it). */
export function lossFlag(loss: string, auto = false): string {
  const accepted = auto ? ["auto", ...LOSSES] : LOSSES;
  if (!accepted.includes(loss)) {
    throw new RangeError(`--loss must be one of ${accepted.join(", ")}, got "${loss}"`);
  }
  return loss;
}

/** The `--delimiter` flag's character, or `undefined` to detect it. */
export function delimiterFlag(flags: Flags): string | undefined {
  return typeof flags.delimiter === "string" ? parseDelimiter(flags.delimiter) : undefined;
}

/** A `--dtype` value: `float64` (the default when absent) or `float32`. */
export function dtypeFlag(text: string | undefined): DType {
  if (text === undefined || text === "float64" || text === "float32") return text ?? "float64";
  throw new RangeError(`--dtype must be float32 or float64, got "${text}"`);
}

/** The help line of `--dtype`. */
export const DTYPE_HELP: Command["flags"][string] = [
  "string",
  "TYPE",
  "float64 (default) or float32: the number format of the layers' products (twice as many per SIMD step)",
];

/** Hidden layer sizes from `--layers`: `16,8`, or `none`. */
export function layersFlag(text: string): number[] {
  if (text === "none") return [];
  return listFlag("--layers", text).map((size) => integerFlag("--layers", size, 0, 1, 1e6));
}
