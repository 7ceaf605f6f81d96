import assert from "node:assert/strict";
import { withTempDir } from "./files.ts";
import { fileURLToPath } from "node:url";

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

Deno.test("mod.ts imports from a URL with no configuration", async () => {
  const requested: string[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (request) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    requested.push(path);
    if (path.includes("..") || !path.endsWith(".ts")) {
      return new Response("not found", { status: 404 });
    }
    try {
      const body = await Deno.readFile(ROOT + path.slice(1));
      return new Response(body, { headers: { "content-type": "application/typescript" } });
    } catch {
      return new Response("not found", { status: 404 });
    }
  });
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
          /^\/(mod\.ts|lib\/[a-z0-9_]+\.ts|plugins\/[a-z0-9_]+\.ts)$/,
          `requested ${path}`,
        );
      }
    });
  } finally {
    await server.shutdown();
  }
});
