/**
 * `deno task playground`: serves the playground page on 127.0.0.1 and prints
 * its URL. It serves playground/index.html, playground/style.css and the
 * JavaScript files of dist/ (the page, its worker and the library, written by
 * `deno task bundle`), and nothing else.
 *
 *     deno task playground               # http://127.0.0.1:8000/
 *     deno task playground --port 0      # any free port
 *
 * @module
 */
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_PORT = 8000;
const USAGE = "Usage: deno task playground [--port N] (N from 0 to 65535; 0 picks a free port)";

/** The files the server answers with, by path: the file in the repository and its type. */
const FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "playground/index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "playground/index.html", type: "text/html; charset=utf-8" },
  "/style.css": { file: "playground/style.css", type: "text/css; charset=utf-8" },
};

/** The scripts of dist/: a plain name, nothing that could leave the folder. */
const DIST_SCRIPT = /^\/dist\/([a-z_]+(?:\.min)?\.js)$/;

/**
 * The repository file that serves `pathname`, or `null` for anything else.
 *
 * @param pathname A request's path, as `new URL(request.url).pathname` gives it.
 * @returns The file, relative to the repository, and its content type.
 */
export function fileFor(pathname: string): { file: string; type: string } | null {
  if (Object.hasOwn(FILES, pathname)) return FILES[pathname];
  const script = DIST_SCRIPT.exec(pathname);
  return script === null ? null : { file: `dist/${script[1]}`, type: "text/javascript" };
}

/**
 * Reads the command line: `--port N` or `--port=N`, or `--help`.
 *
 * @param args The arguments.
 * @returns The port, or `null` when help was asked for.
 * @throws {Error} If an argument is unknown or the port is not a whole number from 0 to 65535.
 */
export function parseArgs(args: readonly string[]): { port: number } | null {
  let port = DEFAULT_PORT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--help" || arg === "-h") return null;
    if (arg !== "--port" && !arg.startsWith("--port=")) {
      throw new Error(`Unknown argument ${JSON.stringify(arg)}. ${USAGE}`);
    }
    const text = arg === "--port" ? args[++i] : arg.slice("--port=".length);
    if (text === undefined) {
      throw new Error("--port needs a value: a whole number from 0 to 65535 (0 picks a free port)");
    }
    port = portOf(text);
  }
  return { port };
}

function portOf(text: string): number {
  const port = Number(text);
  if (/^\d+$/.test(text) && port <= 65535) return port;
  throw new Error(
    `--port must be a whole number from 0 to 65535 (0 picks a free port), got ${
      JSON.stringify(text)
    }`,
  );
}

/**
 * Answers GET and HEAD requests for the playground's files from `root`; 404
 * for any other path, 405 for other methods.
 *
 * @param root The repository's folder, ending in `/`.
 * @returns The request handler.
 */
export function playgroundHandler(root = ROOT): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return new Response("Only GET and HEAD are served\n", { status: 405 });
    }
    const found = fileFor(new URL(request.url).pathname);
    if (found === null) return new Response("Not found\n", { status: 404 });
    try {
      const body = await Deno.readFile(root + found.file);
      const headers = { "content-type": found.type, "cache-control": "no-store" };
      return new Response(request.method === "HEAD" ? null : body, { headers });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      return new Response(`Not found: ${found.file} is missing (run \`deno task bundle\`)\n`, {
        status: 404,
      });
    }
  };
}

/** Options of {@linkcode startPlayground}. */
export interface PlaygroundOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 8000. */
  port?: number;
  /** The repository's folder, ending in `/`; default the one this file is in. */
  root?: string;
  /** Where the URL line goes; default `console.log`. */
  log?: (line: string) => void;
}

/**
 * Starts the server on 127.0.0.1 and logs its URL once it listens.
 *
 * @param options Port, folder and log.
 * @returns The server; `shutdown()` stops it.
 */
export function startPlayground(options: PlaygroundOptions = {}): Deno.HttpServer<Deno.NetAddr> {
  const { port = DEFAULT_PORT, root = ROOT, log = console.log } = options;
  return Deno.serve({
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => log(`backprop playground: http://127.0.0.1:${port}/ (Ctrl-C stops it)`),
  }, playgroundHandler(root));
}

async function main(args: string[]): Promise<number> {
  let parsed: { port: number } | null;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (parsed === null) {
    console.log(`${USAGE}\nServes the playground page; see docs/playground.md.`);
    return 0;
  }
  const missing = ["dist/playground.js", "dist/playground_worker.js", "dist/backprop.js"]
    .filter((file) => !exists(ROOT + file));
  if (missing.length > 0) {
    console.error(`${missing.join(", ")} missing: run \`deno task bundle\` first`);
    return 1;
  }
  try {
    await startPlayground({ port: parsed.port }).finished;
  } catch (error) {
    if (!(error instanceof Deno.errors.AddrInUse)) throw error;
    console.error(`Port ${parsed.port} on 127.0.0.1 is in use: pass --port 0 for any free port`);
    return 1;
  }
  return 0;
}

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
