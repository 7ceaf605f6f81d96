import assert from "node:assert/strict";
import { Sequential } from "../../mod.ts";
import { notebookProgress } from "../../io/mod.ts";

Deno.test("notebookProgress shows one display and updates it in place after every epoch", async () => {
  const sent: { type: string; content: Record<string, unknown> }[] = [];
  const jupyter = {
    broadcast: (type: string, content: Record<string, unknown>) =>
      Promise.resolve(void sent.push({ type, content })),
  };
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 0 });
  const x = [[0], [1], [2], [3]], y = [[1], [3], [5], [7]];
  const history = await model.fitAsync(x, y, {
    loss: "mse",
    epochs: 3,
    validationData: [x, y],
    callbacks: [notebookProgress({ epochs: 3, jupyter })],
  });
  assert.deepEqual(sent.map((s) => s.type), [
    "display_data",
    "update_display_data",
    "update_display_data",
  ]);
  const ids = sent.map((s) => (s.content.transient as { display_id: string }).display_id);
  assert.equal(new Set(ids).size, 1);
  const data = sent[2].content.data as Record<string, string>;
  assert.equal(
    data["text/plain"],
    `epoch 3 / 3 · loss ${history.loss[2].toPrecision(4)} · valLoss ${
      history.valLoss[2].toPrecision(4)
    }`,
  );
  assert.equal([...data["text/html"].matchAll(/<polyline /g)].length, 2);
});

Deno.test("notebookProgress outside a notebook says where it works", () => {
  assert.throws(() => notebookProgress(), {
    message:
      "notebookProgress needs Deno's Jupyter kernel (deno jupyter); outside a notebook, use " +
      "fitAsync's onEpochEnd or the nn tool's progress line",
  });
});

Deno.test("notebookProgress refuses options it would ignore", () => {
  const jupyter = { broadcast: () => Promise.resolve() };
  assert.throws(() => notebookProgress({ epoch: 5, jupyter } as never), {
    message: 'notebookProgress has no option "epoch"; known options: epochs, jupyter',
  });
  assert.throws(() => notebookProgress({ epochs: -3, jupyter }), {
    message: "notebookProgress epochs must be a positive integer, got -3",
  });
});
