import assert from "node:assert/strict";
import { sourceFiles, withTempDir } from "./fixtures/files.ts";
import { importsOf } from "./fixtures/imports.ts";
import { fileURLToPath } from "node:url";
import { testsNeeding } from "./fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env", "net");

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const CLIENT = (port: number) => `
import { Dense, Sequential, sgd } from "http://127.0.0.1:${port}/mod.ts";
const model = new Sequential([
  new Dense(2, 8, { activation: "tanh", seed: 1 }),
  new Dense(8, 1, { activation: "sigmoid", seed: 2 }),
]);
const X = [[0, 0], [0, 1], [1, 0], [1, 1]];
const Y = [[0], [1], [1], [0]];
const optimizer = sgd({ learningRate: 0.5, momentum: 0.9 });
let loss = 0;
for (let i = 0; i < 500; i++) loss = model.trainStep(X, Y, "logLoss", optimizer);
console.log(JSON.stringify({ loss, predictions: model.predict(X) }));
`;

/** Serves the repository's `.ts` and `.json` files on loopback, recording each path asked for. */
function serveRepository(requested: string[]): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    requested.push(path);
    const type = path.endsWith(".ts")
      ? "application/typescript"
      : path.endsWith(".json")
      ? "application/json"
      : undefined;
    if (path.includes("..") || type === undefined) {
      return new Response("not found", { status: 404 });
    }
    try {
      const body = await Deno.readFile(ROOT + path.slice(1));
      return new Response(body, { headers: { "content-type": type } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
}

test("mod.ts imports from a URL with no configuration", async () => {
  const requested: string[] = [];
  const server = serveRepository(requested);
  try {
    await withTempDir(async (dir) => {
      const port = server.addr.port;
      await Deno.writeTextFile(`${dir}/client.ts`, CLIENT(port));
      const output = await new Deno.Command(Deno.execPath(), {
        args: ["run", `--allow-import=127.0.0.1:${port}`, "--no-config", "--no-lock", "client.ts"],
        cwd: dir,
        env: { DENO_DIR: `${dir}/cache`, NO_COLOR: "1" },
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(output.stderr);
      assert.equal(output.code, 0, stderr);
      const result = JSON.parse(new TextDecoder().decode(output.stdout));
      assert.deepEqual(result.predictions, [0, 1, 1, 0]);
      assert.ok(result.loss < 0.05, `loss ${result.loss}`);
      assert.ok(requested.includes("/mod.ts"));
      for (const path of requested) {
        assert.match(
          path,
          /^\/(mod\.ts|lib\/[a-z0-9_/]+\.ts|plugins\/[a-z0-9_]+\.ts)$/,
          `requested ${path}`,
        );
      }
    });
  } finally {
    await server.shutdown();
  }
});

/**
 * Runs a script of the served repository from its URL with a fresh `deno run`
 * and no configuration, in `cwd`; returns its JSON output, after asserting exit 0.
 */
async function runFromUrl(
  server: Deno.HttpServer<Deno.NetAddr>,
  script: string,
  args: string[],
  cwd?: string,
): Promise<Record<string, unknown>> {
  const host = `127.0.0.1:${server.addr.port}`;
  const output = await new Deno.Command(Deno.execPath(), {
    args: [
      ...["run", `--allow-import=${host}`, "--allow-read", "--allow-write", "--no-config"],
      // --reload: a port used before may have its files in the shared cache, never asked for.
      ...["--no-lock", `--reload=http://${host}/`, `http://${host}/${script}`, ...args],
    ],
    cwd,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(output.stderr);
  assert.equal(output.code, 0, stderr);
  return JSON.parse(new TextDecoder().decode(output.stdout));
}

test("a notebook script runs from a URL with no configuration", async () => {
  const requested: string[] = [];
  const server = serveRepository(requested);
  try {
    const result = await runFromUrl(server, "scripts/moons.ts", [
      ...["--json", "--no-plots", "--epochs", "1"],
    ]);
    assert.equal(result.scenario, "moons");
    assert.ok(requested.includes("/scripts/moons_architecture.json"));
  } finally {
    await server.shutdown();
  }
});

test("the core imports only its own relative .ts files", () => {
  const files = ["mod.ts", ...["lib", "plugins", "io"].flatMap(sourceFiles)];
  const imports = files.flatMap(importsOf);
  for (const { from, specifier } of imports) {
    assert.match(specifier, /^\.\.?\/[a-z0-9_/.]+\.ts$/, `${from} imports ${specifier}`);
  }
  assert.ok(
    imports.length > 50,
    `only ${imports.length} imports found; is the pattern still right?`,
  );
});

test("the nn tool runs from a URL with no configuration", async () => {
  const requested: string[] = [];
  const server = serveRepository(requested);
  try {
    await withTempDir(async (dir) => {
      const rows = Array.from({ length: 20 }, (_, i) => `${i},${i % 2 === 0 ? "even" : "odd"}`);
      await Deno.writeTextFile(`${dir}/data.csv`, ["n,parity", ...rows].join("\n"));
      const report = await runFromUrl(server, "scripts/nn.ts", [
        ...["train", "--data", "data.csv", "--target", "parity"],
        ...["--epochs", "2", "--out", "model.json", "--json"],
      ], dir);
      assert.deepEqual(report.targets, [{ name: "parity", classes: ["even", "odd"] }]);
      assert.equal(report.model, "model.json");
      assert.ok(requested.includes("/scripts/nn/csv.ts"));
      const saved = JSON.parse(await Deno.readTextFile(`${dir}/model.json`));
      assert.equal(saved.metadata.task, "classification");
    });
  } finally {
    await server.shutdown();
  }
});
