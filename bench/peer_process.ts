/**
 * A contender in a process of its own that answers one line per command on
 * stdin: `"ready"` once started, then, for `run`, the seconds one run took
 * (timed inside the process, so the pipe is not counted). The NumPy peers
 * (`numpy_peer.ts`) and our own configurations (`ours_peer.ts`) run so, each
 * in a process as a user's program would.
 *
 * @module
 */

/** A started peer process. */
export interface PeerProcess {
  /** Its answer to `command`. */
  ask(command: string): Promise<string>;
  /** Its answer to `command` as a number (`"nan"` is NaN). */
  number(command: string): Promise<number>;
  /** Ends the process (by closing its stdin) and runs the clean-up. */
  close(): Promise<void>;
}

/** The last non-empty line of a program's stderr, for an error message. */
export function lastLine(text: string): string {
  return text.trim().split("\n").at(-1)?.trim() || "no message";
}

/** Reads a byte stream line by line; `undefined` at its end. */
function lineReader(stream: ReadableStream<Uint8Array>): () => Promise<string | undefined> {
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return async () => {
    for (;;) {
      const end = buffer.indexOf("\n");
      if (end >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        return line;
      }
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += value;
    }
  };
}

/**
 * Starts `program` with `args` (and `env` on top of ours) and waits for its `"ready"`. `label`
 * names it in messages (`"NumPy peer for W1"`); `cleanUp` runs once it has ended, and also when
 * it cannot start.
 *
 * @throws {Error} If the process cannot start or fails; the message ends with the last line it
 *   wrote to stderr.
 */
export async function startPeerProcess(
  label: string,
  program: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  cleanUp: () => Promise<void> = async () => {},
): Promise<PeerProcess> {
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(program, {
      args: [...args],
      env: { ...env },
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const stderr = new Response(child.stderr).text();
  const writer = child.stdin.getWriter();
  const encoder = new TextEncoder();
  const readLine = lineReader(child.stdout);
  let closed = false;

  /** Ends the process (by closing its stdin) and cleans up; the exit status. */
  const finish = async (): Promise<Deno.CommandStatus> => {
    closed = true;
    await writer.close().catch(() => {});
    const status = await child.status;
    await cleanUp();
    return status;
  };

  /** The answer to `command` (`undefined`: only wait for the first line, "ready"). */
  const ask = async (command: string | undefined): Promise<string> => {
    if (closed) throw new Error(`${label}: expected a running peer, got a closed one`);
    if (command !== undefined) await writer.write(encoder.encode(`${command}\n`)).catch(() => {});
    const line = await readLine();
    if (line !== undefined) return line;
    const status = await finish();
    throw new Error(
      `${label}: expected an answer to "${command ?? "start"}", but the process exited with ` +
        `code ${status.code}: ${lastLine(await stderr)}`,
    );
  };

  const ready = await ask(undefined);
  if (ready !== "ready") {
    await finish();
    throw new Error(`${label}: expected "ready", got "${ready}"`);
  }
  return {
    ask,
    async number(command) {
      const answer = await ask(command);
      if (answer === "nan") return NaN; // Python's repr of a NaN loss (none stepped yet)
      const value = Number(answer);
      if (answer.trim() === "" || Number.isNaN(value)) {
        throw new Error(`${label}: expected a number for "${command}", got "${answer}"`);
      }
      return value;
    },
    async close() {
      if (closed) return;
      const status = await finish();
      if (!status.success) {
        throw new Error(`${label} exited with code ${status.code}: ${lastLine(await stderr)}`);
      }
    },
  };
}
