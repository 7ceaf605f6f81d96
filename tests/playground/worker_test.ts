import assert from "node:assert/strict";
import { Sequential } from "../../mod.ts";
import { type Config, copyConfig, DEFAULT_CONFIG } from "../../playground/config.ts";
import type { Reply, Request, Snapshot } from "../../playground/messages.ts";
import { createRun, losses, trainSteps } from "../../playground/trainer.ts";
import { type Scope, servePlayground } from "../../playground/worker.ts";

/** A worker scope in this thread: `send` delivers a request, `replies` collects the answers. */
function fakeWorker() {
  const replies: Reply[] = [];
  let listener: ((event: MessageEvent<Request>) => void) | null = null;
  const scope: Scope = {
    addEventListener: (_type, fn) => {
      listener = fn;
    },
    postMessage: (reply) => replies.push(reply),
  };
  servePlayground(scope);
  const send = (request: Request) => listener!(new MessageEvent("message", { data: request }));
  const until = async (found: (reply: Reply) => boolean): Promise<Reply> => {
    for (let waited = 0; waited < 10_000; waited += 5) {
      const reply = replies.find(found);
      if (reply !== undefined) return reply;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`No such reply among ${replies.map((r) => r.type).join(", ")}`);
  };
  return { replies, send, until };
}

function config(overrides: Partial<Config> = {}): Config {
  return { ...copyConfig(DEFAULT_CONFIG), speed: 0, ...overrides };
}

Deno.test("the worker answers a reset with the setup and a snapshot explaining the next step", () => {
  const worker = fakeWorker();
  worker.send({ type: "reset", runId: 7, config: config() });
  const [setup, snapshot] = worker.replies;
  assert.equal(setup.type, "setup");
  assert.equal(snapshot.type, "snapshot");
  const first = snapshot as Snapshot;
  assert.deepEqual([first.runId, first.step, first.playing, first.finished], [7, 0, false, false]);
  assert.deepEqual([first.explain?.step, first.explain?.taken], [1, false]);
  worker.send({ type: "step" });
  const stepped = worker.replies[2] as Snapshot;
  assert.deepEqual([stepped.step, stepped.explain?.step, stepped.explain?.taken], [1, 1, true]);
});

Deno.test("playing stops at the step asked for, with the loss a direct run gives", async () => {
  const worker = fakeWorker();
  worker.send({ type: "reset", runId: 1, config: config() });
  worker.send({ type: "play", stopAt: 333 });
  const last = await worker.until((r) => r.type === "snapshot" && r.finished) as Snapshot;
  assert.deepEqual([last.step, last.playing, last.explain?.step], [333, false, 333]);
  const direct = createRun(config());
  trainSteps(direct, 333);
  assert.equal(last.trainLoss, losses(direct).train);
  const snapshots = worker.replies.filter((r): r is Snapshot => r.type === "snapshot");
  const epochs = snapshots.flatMap((s) => s.history.epochs);
  assert.deepEqual(epochs, Array.from({ length: 16 }, (_, i) => i + 1));
});

Deno.test("the speed paces the steps: 10 epochs a second of 20 batches is about 200 steps", async () => {
  const worker = fakeWorker();
  worker.send({ type: "reset", runId: 1, config: config({ speed: 10 }) });
  const started = performance.now();
  worker.send({ type: "play", stopAt: null });
  await new Promise((resolve) => setTimeout(resolve, 500));
  worker.send({ type: "pause" });
  const elapsed = performance.now() - started;
  const last = worker.replies.at(-1) as Snapshot;
  assert.equal(last.playing, false);
  const owed = (200 * elapsed) / 1000;
  assert.ok(
    last.step >= 0.6 * owed && last.step <= owed + 2,
    `${last.step} steps in ${elapsed} ms`,
  );
  // The reset's and the pause's, and one a slice: slices begin at least 33 ms apart.
  const snapshots = worker.replies.filter((r) => r.type === "snapshot").length;
  assert.ok(snapshots <= 2 + 1 + elapsed / 33, `${snapshots} snapshots in ${elapsed} ms`);
});

Deno.test("the worker checks gradients, exports the model, and reports a diverging run", async () => {
  const worker = fakeWorker();
  worker.send({ type: "reset", runId: 2, config: config({ layers: [4] }) });
  worker.send({ type: "gradcheck" });
  const check = worker.replies.find((r) => r.type === "gradcheck");
  assert.ok(
    check?.type === "gradcheck" && check.passed && check.checked === 17,
    JSON.stringify(check),
  );
  worker.send({ type: "export" });
  const exported = worker.replies.find((r) => r.type === "export");
  assert.ok(exported?.type === "export");
  assert.equal(Sequential.fromJSON(JSON.parse(exported.json)).parameterCount, 17);
  assert.equal(exported.onnx[0], 0x08);

  worker.send({
    type: "reset",
    runId: 3,
    config: config({ dataset: "plane", loss: "mse", layers: [], learningRate: 10, momentum: 0.9 }),
  });
  worker.send({ type: "play", stopAt: null });
  const error = await worker.until((r) => r.type === "error");
  assert.equal(error.runId, 3);
  assert.match(
    (error as { message: string }).message,
    /^Training stopped at step \d+: The mse loss is Infinity; no weights were updated\. Lower the learning rate.*\.$/,
  );
  const failedAt = Number((error as { message: string }).message.match(/step (\d+)/)![1]);
  assert.ok(failedAt > 1);
});

Deno.test("a request before any reset is refused, in words", () => {
  const worker = fakeWorker();
  worker.send({ type: "step" });
  assert.deepEqual(worker.replies, [{
    type: "error",
    runId: 0,
    message: 'The worker got "step" before any "reset".',
  }]);
});
