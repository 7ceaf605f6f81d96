/**
 * Hostile model files fail fast with the field and place named: too large,
 * nested too deep, keys given twice, and models that load but cannot predict.
 */
import assert from "node:assert/strict";
import { fitStandardScaler, ModelFormatError, Sequential } from "../../mod.ts";
import { loadModel, loadModelSync, ModelFileError, saveModel } from "../../io/mod.ts";
import { withTempDir } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

function model(): Sequential {
  const m = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 3, activation: "tanh" },
    { inputDim: 3, outputDim: 1 },
  ], { seed: 1 });
  m.inputScaler = fitStandardScaler([[0, 10], [2, 30]]);
  return m;
}

/** Both loaders reject `path` with `message` (after the path) and `field`. */
async function rejects(
  path: string,
  message: string | RegExp,
  field: string | undefined,
  options = {},
): Promise<void> {
  const check = (error: unknown) => {
    assert.ok(error instanceof ModelFileError, String(error));
    const rest = error.message.slice(path.length + 2);
    if (typeof message === "string") assert.equal(rest, message);
    else assert.match(rest, message);
    assert.equal(error.field, field);
    return true;
  };
  await assert.rejects(loadModel(path, options), check);
  assert.throws(() => loadModelSync(path, options), check);
}

test("megabytes of '[' fail at the depth limit, not in the parser", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/brackets.json`;
    await Deno.writeTextFile(path, "[".repeat(2_000_000));
    await rejects(
      path,
      "[0]".repeat(100) +
        ": nested deeper than 100 levels (the maxDepth option raises the limit), at line 1, column 101",
      "[0]".repeat(100),
      {},
    );
  });
});

test("deeply nested metadata is refused with its path, in files and in fromJSON", async () => {
  await withTempDir(async (dir) => {
    const json = model().toJSON() as unknown as Record<string, unknown>;
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    json.metadata = deep as Record<string, unknown>;
    assert.throws(() => Sequential.fromJSON(json), (error) => {
      assert.ok(error instanceof ModelFormatError);
      assert.equal(error.field, "metadata" + ".a".repeat(64));
      assert.match(error.message, /: nested deeper than 64 levels$/);
      return true;
    });
    const path = `${dir}/deep.json`;
    await Deno.writeTextFile(
      path,
      `{"format":"backprop.sequential","metadata":${'{"a":'.repeat(10_000)}1${"}".repeat(10_001)}`,
    );
    const field = "metadata" + ".a".repeat(99);
    await rejects(
      path,
      new RegExp(`^${field.replaceAll(".", "\\.")}: nested deeper than 100 levels`),
      field,
    );
    // A lower limit is the caller's choice, and bad options are refused.
    await rejects(
      path,
      /^metadata\.a\.a: nested deeper than 3 levels \(the maxDepth option raises the limit\)/,
      "metadata.a.a",
      {
        maxDepth: 3,
      },
    );
    await assert.rejects(loadModel(path, { maxDepth: 0 }), {
      name: "RangeError",
      message: "loadModel maxDepth must be a positive integer, got 0",
    });
    await assert.rejects(loadModel(path, { maxSize: 5 } as never), {
      name: "TypeError",
      message: 'loadModel has no option "maxSize"; known options: maxBytes, maxDepth',
    });
  });
});

test("a file over maxBytes is refused before it is read", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveModel(path, model());
    const size = (await Deno.stat(path)).size;
    await rejects(
      path,
      `the file has ${size} bytes, more than the 100 a model file may have (the maxBytes option raises the limit)`,
      undefined,
      { maxBytes: 100 },
    );
    assert.equal((await loadModel(path, { maxBytes: size })).inputs, 2);
  });
});

test("a device or a pipe is read no further than maxBytes", async () => {
  await rejects(
    "/dev/zero",
    "the file has at least 1001 bytes, more than the 1000 a model file may have (the maxBytes option raises the limit)",
    undefined,
    { maxBytes: 1000 },
  );
});

test("a key given twice is an error with its object's path, line and column", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/twice.json`;
    const text = JSON.stringify(model().toJSON(), null, 1)
      .replace('"version": 2,', '"version": 2,\n "version": 2,');
    await Deno.writeTextFile(path, text);
    const line = text.split("\n").findIndex((l, i) => i > 2 && l.includes('"version"')) + 1;
    await rejects(path, `the key "version" appears twice, at line ${line}, column 2`, undefined);
    const layer = JSON.stringify(model().toJSON()).replace(
      '"bias":',
      '"weights":[[1],[2],[3]],"bias":',
    );
    await Deno.writeTextFile(path, layer);
    await rejects(
      path,
      /^layers\[0\]: the key "weights" appears twice, at line 1, column \d+$/,
      "layers[0]",
    );
    // An escaped spelling of the same key is the same key.
    await Deno.writeTextFile(
      path,
      JSON.stringify(model().toJSON()).replace('"format"', '"\\u0066ormat":"x","format"'),
    );
    await rejects(path, /^the key "format" appears twice/, undefined);
  });
});

test("a file that loads predicts: extreme edited values are refused at load", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/edited.json`;
    const json = model().toJSON();
    json.layers[1].weights[0][0] = 1e308;
    json.layers[1].weights[1][0] = 1e308;
    json.layers[1].weights[2][0] = 1e308;
    json.layers[0].bias = [20, 20, 20]; // tanh → 1 for every input: the sum overflows
    await Deno.writeTextFile(path, JSON.stringify(json));
    await rejects(
      path,
      /^layers\[1\]: the model predicts Infinity for the input scaler's offset, so it cannot be used: layer 1 \(Dense 3 → 1\) gave Infinity at row 0, column 0 \(activation linear\)$/,
      "layers[1]",
    );
  });
});
