import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { fileFor, parseArgs, startPlayground } from "../../playground/serve.ts";
import { playgroundFiles, staleFiles } from "../../scripts/bundle.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

Deno.test("the server maps the page, its style and dist's scripts, and no other path", () => {
  assert.deepEqual(fileFor("/"), {
    file: "playground/index.html",
    type: "text/html; charset=utf-8",
  });
  assert.deepEqual(fileFor("/style.css"), {
    file: "playground/style.css",
    type: "text/css; charset=utf-8",
  });
  assert.deepEqual(fileFor("/dist/playground_worker.js"), {
    file: "dist/playground_worker.js",
    type: "text/javascript",
  });
  for (
    const path of [
      "/deno.json",
      "/../deno.json",
      "/dist/../deno.json",
      "/dist/..%2fdeno.json",
      "/dist/%2e%2e/deno.json",
      "/dist/.js",
      "/dist/sub/x.js",
      "/playground/serve.ts",
      "/constructor",
      "/__proto__",
    ]
  ) {
    assert.equal(fileFor(path), null, path);
  }
});

Deno.test("--port takes 0 to 65535 and says what is wrong otherwise", () => {
  assert.deepEqual(parseArgs([]), { port: 8000 });
  assert.deepEqual(parseArgs(["--port", "0"]), { port: 0 });
  assert.deepEqual(parseArgs(["--port=65535"]), { port: 65535 });
  assert.equal(parseArgs(["--help"]), null);
  const wrong = (value: string) =>
    `--port must be a whole number from 0 to 65535 (0 picks a free port), got "${value}"`;
  for (const value of ["abc", "65536", "-1", "8.5", "", " 80"]) {
    assert.throws(() => parseArgs(["--port", value]), { message: wrong(value) });
  }
  assert.throws(() => parseArgs(["--port"]), {
    message: "--port needs a value: a whole number from 0 to 65535 (0 picks a free port)",
  });
  assert.throws(() => parseArgs(["--host", "0.0.0.0"]), {
    message: 'Unknown argument "--host". Usage: deno task playground [--port N] ' +
      "(N from 0 to 65535; 0 picks a free port)",
  });
});

const test = testsNeeding("read", "net", "run");

/** A raw HTTP/1.1 GET of `path`, unnormalized: the status line and the body. */
async function rawGet(port: number, path: string): Promise<string> {
  const connection = await Deno.connect({ hostname: "127.0.0.1", port });
  await connection.write(
    new TextEncoder().encode(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    ),
  );
  const chunks: Uint8Array[] = [];
  const buffer = new Uint8Array(4096);
  for (let n = await connection.read(buffer); n !== null; n = await connection.read(buffer)) {
    chunks.push(buffer.slice(0, n));
  }
  connection.close();
  return new TextDecoder().decode(new Uint8Array(chunks.flatMap((c) => [...c])));
}

test("the server serves the page and the scripts, 404 elsewhere, even for raw ../ paths", async () => {
  const lines: string[] = [];
  const server = startPlayground({ port: 0, log: (line) => lines.push(line) });
  try {
    const origin = `http://127.0.0.1:${server.addr.port}`;
    assert.deepEqual(lines, [`backprop playground: ${origin}/ (Ctrl-C stops it)`]);
    const page = await fetch(`${origin}/`);
    assert.equal(page.headers.get("content-type"), "text/html; charset=utf-8");
    const html = await page.text();
    for (const id of ["boundary", "loss", "epoch", "explain"]) {
      assert.match(html, new RegExp(`id="${id}"`));
    }
    for (
      const [path, type] of [
        ["/style.css", "text/css"],
        ["/dist/playground.js", "text/javascript"],
        ["/dist/backprop.js", "text/javascript"],
      ]
    ) {
      const response = await fetch(origin + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get("content-type")!, new RegExp(`^${type}`), path);
      await response.body?.cancel();
    }
    for (const path of ["/deno.json", "/playground/serve.ts", "/dist/missing.js", "/dist/"]) {
      const response = await fetch(origin + path);
      assert.equal(response.status, 404, path);
      await response.body?.cancel();
    }
    const post = await fetch(`${origin}/`, { method: "POST" });
    assert.equal(post.status, 405);
    await post.body?.cancel();
    for (
      const path of [
        "/../deno.json",
        "/dist/../deno.json",
        "/dist/..%2fdeno.json",
        "/%2e%2e/deno.json",
        "//etc/passwd",
      ]
    ) {
      const response = await rawGet(server.addr.port, path);
      assert.match(response, /^HTTP\/1\.1 (404|400)/, path);
      assert.ok(!response.includes("@backprop/core") && !response.includes("root:"), path);
    }
  } finally {
    await server.shutdown();
  }
});

test("`deno task playground` prints its URL and serves it; a bad --port exits with code 2", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "-q", "playground", "--port", "0"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  try {
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!text.includes("\n")) text += (await reader.read()).value ?? "";
    const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(text)?.[0];
    assert.ok(url, text);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<canvas\s+id="boundary"/);
    reader.releaseLock();
  } finally {
    child.kill();
    await child.status;
    await child.stdout.cancel().catch(() => {});
    await child.stderr.cancel();
  }
  const bad = await new Deno.Command(Deno.execPath(), {
    args: ["task", "-q", "playground", "--port", "http"],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(bad.code, 2);
  assert.equal(
    new TextDecoder().decode(bad.stderr).trim(),
    '--port must be a whole number from 0 to 65535 (0 picks a free port), got "http"',
  );
});

testsNeeding("read", "run")(
  "the committed dist/playground*.js are a fresh bundle of playground/",
  async () => {
    const files = await playgroundFiles();
    assert.deepEqual(Object.keys(files), ["playground.js", "playground_worker.js"]);
    assert.deepEqual(
      await staleFiles(undefined, files),
      [],
      "dist/ is stale: run `deno task bundle`",
    );
    const worker = files["playground_worker.js"], page = files["playground.js"];
    assert.match(worker, /^import \{[^}]*\bSequential\b[^}]*\} from "\.\/backprop\.js";$/m);
    assert.ok(!/from "(?!\.\/backprop\.js")/.test(worker), "the worker imports something else");
    assert.ok(!/^import /m.test(page), "the page imports a module");
    assert.ok(
      worker.length < 60_000 && page.length < 60_000,
      `${worker.length}, ${page.length} bytes`,
    );
  },
);
