/** An error's message for the scripts' output. */

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a file could not be read: "no such file", else the error's message. */
export function readFailure(error: unknown): string {
  return error instanceof Deno.errors.NotFound ? "no such file" : messageOf(error);
}
