/** Test helper: runs a script of this repository as a command. */

/** The scenarios `scripts/demo.ts` runs, in the order of the notebooks. */
export const DEMO_SCENARIOS: readonly string[] = [
  "xor",
  "line_detector",
  "sigmoid3",
  "moons",
  "expsin",
];

/** What a finished command printed and returned. */
export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** How {@linkcode runScript} runs a script. */
export interface ScriptOptions {
  /** The flags of `deno run` before the script; default `["-A"]`. */
  flags?: string[];
  /** Written to the child's stdin through a pipe; without it, stdin is closed. */
  input?: string;
  /** Kills the child after this many milliseconds (code that blocks forever then fails). */
  timeoutMs?: number;
}

/** Runs `deno run <flags> <script> ...args` from the repository root. */
export async function runScript(
  script: string,
  args: string[],
  options: ScriptOptions = {},
): Promise<CommandOutput> {
  const { flags = ["-A"], input, timeoutMs } = options;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", ...flags, script, ...args],
    cwd: new URL("..", import.meta.url),
    env: { NO_COLOR: "1" },
    stdin: input === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  }).spawn();
  if (input !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(input));
    await writer.close();
  }
  const output = await child.output();
  const text = new TextDecoder();
  return {
    code: output.code,
    stdout: text.decode(output.stdout),
    stderr: text.decode(output.stderr),
  };
}
