/**
 * Preloaded into an `nn` child by tests (`deno run --preload=...`): the first rename of a
 * temporary file, the last step of an atomic save, first sends this process a real SIGINT and
 * waits for its listeners to run, so that Ctrl-C lands inside the save.
 *
 * @module
 */
const rename = Deno.rename;
let sent = false;
Deno.rename = async (from: string | URL, to: string | URL) => {
  if (!sent && String(from).endsWith(".tmp")) {
    sent = true;
    Deno.kill(Deno.pid, "SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return await rename(from, to);
};
