import assert from "node:assert/strict";
import {
  fitMinMaxScaler,
  fitStandardScaler,
  leakyRelu,
  type Matrix,
  type ModelLayer,
  type Prediction,
  Sequential,
} from "../../mod.ts";
import { entries, escape, withTempDir, writeFailure } from "../fixtures/files.ts";
import {
  loadModel,
  loadModelSync,
  ModelFileError,
  saveModel,
  saveModelSync,
  writeFileAtomic,
  writeFileAtomicSync,
} from "../../io/mod.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const IO_MODULE = new URL("../../io/mod.ts", import.meta.url).href;
const X = [[0.5, -1], [2, 0.25], [-3, 4]];

function model(seed = 7): Sequential {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 4, activation: "relu" },
    { inputDim: 4, outputDim: 3, activation: leakyRelu({ alpha: 0.2 }), bias: false },
    { inputDim: 3, outputDim: 2, activation: "softmax" },
  ], { seed });
}

function assertSameModel(
  copy: Sequential<Prediction, ModelLayer>,
  original: Sequential,
): void {
  assert.deepEqual(copy.toJSON(), original.toJSON());
  assert.deepEqual(copy.forward(X).data, original.forward(X).data);
}

function assertLayerPerLine(text: string, original: Sequential): void {
  assert.deepEqual(JSON.parse(text), original.toJSON());
  const layerLines = text.split("\n").filter((line) => line.trimStart().startsWith('{"type"'));
  assert.deepEqual(
    layerLines.map((line) => JSON.parse(line.replace(/,$/, ""))),
    original.toJSON().layers,
  );
  assert.match(text, /^\{\n {2}"format": "backprop\.sequential",\n {2}"version": 2,\n/);
}

test("saveModel and loadModel round-trip exactly, one layer per line", async () => {
  await withTempDir(async (dir) => {
    const original = model();
    const path = `${dir}/model.json`;
    await saveModel(path, original);
    assertLayerPerLine(await Deno.readTextFile(path), original);
    assertSameModel(await loadModel(path), original);
    assert.deepEqual(entries(dir), ["model.json"]);
  });
});

test("saveModelSync and loadModelSync round-trip exactly", async () => {
  await withTempDir((dir) => {
    const original = model(11);
    const path = `${dir}/model.json`;
    saveModelSync(path, original);
    assertLayerPerLine(Deno.readTextFileSync(path), original);
    assertSameModel(loadModelSync(path), original);
  });
});

test("a model with scalers saved and loaded predicts identically in raw units", async () => {
  await withTempDir(async (dir) => {
    const original = Sequential.fromArchitecture([
      { inputDim: 2, outputDim: 5, activation: "tanh" },
      { inputDim: 5, outputDim: 2 },
    ], { seed: 5 });
    original.inputScaler = fitStandardScaler([[10, -3], [20, 4], [35, 0]]);
    original.targetScaler = fitMinMaxScaler([[100, 1], [900, 2]], { min: -1, max: 1 });
    const raw = [[12, 1], [40, -7], [25, 2]];
    await saveModel(`${dir}/scaled.json`, original);
    const copy = await loadModel(`${dir}/scaled.json`);
    assert.deepEqual(copy.toJSON(), original.toJSON());
    assert.deepEqual((copy.predict(raw) as Matrix).data, (original.predict(raw) as Matrix).data);
    const text = await Deno.readTextFile(`${dir}/scaled.json`);
    assert.match(text, /\n {2}"inputScaler": \{"kind":"standard","offset":\[/);
  });
});

test("saveModel writes whatever top-level fields toJSON gives", async () => {
  await withTempDir(async (dir) => {
    const base = model();
    const extra = {
      ...base.toJSON(),
      inputScaler: { kind: "standard", mean: [1, -2], std: [0.5, 3] },
      notes: undefined,
      tags: [],
    };
    const duck = { toJSON: () => extra } as unknown as Sequential;
    await saveModel(`${dir}/extra.json`, duck);
    const text = await Deno.readTextFile(`${dir}/extra.json`);
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(extra)));
    assert.match(
      text,
      /\n {2}"inputScaler": \{"kind":"standard","mean":\[1,-2\],"std":\[0\.5,3\]\},\n/,
    );
    assert.match(text, /\n {2}"tags": \[\]\n\}\n$/);
  });
});

test("saving over a model replaces it and keeps its permission bits", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveModel(path, model(1));
    if (Deno.build.os !== "windows") await Deno.chmod(path, 0o640);
    await saveModel(path, model(2));
    assertSameModel(loadModelSync(path), model(2));
    if (Deno.build.os !== "windows") assert.equal((await Deno.stat(path)).mode! & 0o777, 0o640);
    assert.deepEqual(entries(dir), ["model.json"]);
  });
});

test("saveModel refuses a non-finite weight and keeps the previous file", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    saveModelSync(path, model(1));
    const before = await Deno.readTextFile(path);
    const broken = model(2);
    broken.layers[1].weights.data[3] = NaN;
    const expected = writeFailure(path, "layers\\[1\\] holds NaN, which JSON cannot store");
    await assert.rejects(saveModel(path, broken), expected);
    assert.throws(() => saveModelSync(path, broken), expected);
    assert.equal(await Deno.readTextFile(path), before);
    assert.deepEqual(entries(dir), ["model.json"]);
  });
});

Deno.test("saveModel needs a model and a path", async () => {
  await assert.rejects(
    saveModel("model.json", {} as Sequential),
    new TypeError("saveModel needs a model (a Sequential), got an object"),
  );
  assert.throws(
    () => saveModelSync("", model()),
    new TypeError('saveModelSync needs a file path as a non-empty string, got ""'),
  );
  assert.throws(
    () => loadModelSync(42 as unknown as string),
    new TypeError("loadModelSync needs a file path as a non-empty string, got 42"),
  );
});

function* failAfterFirstChunk(): Generator<string> {
  yield '{ "half": ';
  throw new Error("the source failed");
}

async function* failAfterFirstChunkAsync(): AsyncGenerator<string> {
  yield* failAfterFirstChunk();
}

test("a failed atomic write leaves the previous file and no temporary file", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/data.json`;
    await Deno.writeTextFile(path, '{ "old": true }\n');
    const expected = writeFailure(path, "the source failed");
    const attempts: (() => Promise<void>)[] = [
      () => writeFileAtomic(path, failAfterFirstChunk()),
      () => writeFileAtomic(path, failAfterFirstChunkAsync()),
      () => Promise.resolve().then(() => writeFileAtomicSync(path, failAfterFirstChunk())),
    ];
    for (const attempt of attempts) {
      await assert.rejects(attempt(), (error: Error) => {
        assert.match(String(error), expected);
        assert.equal((error.cause as Error).message, "the source failed");
        return true;
      });
      assert.equal(await Deno.readTextFile(path), '{ "old": true }\n');
      assert.deepEqual(entries(dir), ["data.json"]);
    }
  });
});

test("writeFileAtomic writes every chunk of a large or async source in full", async () => {
  await withTempDir(async (dir) => {
    const big = "0123456789abcdef".repeat(1 << 18) + "é€😀";
    async function* source() {
      yield "start ";
      yield big;
      yield " end";
    }
    await writeFileAtomic(`${dir}/a.txt`, source());
    assert.equal(await Deno.readTextFile(`${dir}/a.txt`), `start ${big} end`);
    writeFileAtomicSync(`${dir}/b.txt`, big);
    assert.equal(await Deno.readTextFile(`${dir}/b.txt`), big);
    await writeFileAtomic(`${dir}/c.txt`, []);
    assert.equal(await Deno.readTextFile(`${dir}/c.txt`), "");
    assert.deepEqual(entries(dir), ["a.txt", "b.txt", "c.txt"]);
  });
});

test("writeFileAtomic checks its data and reports a missing folder", async () => {
  await withTempDir(async (dir) => {
    assert.throws(
      () => writeFileAtomicSync(`${dir}/x`, failAfterFirstChunkAsync() as unknown as string[]),
      new TypeError(
        "The data to write must be a string, bytes (Uint8Array) or an iterable of strings or bytes, got an object",
      ),
    );
    await assert.rejects(
      writeFileAtomic(`${dir}/x`, 42 as unknown as string),
      new TypeError(
        "The data to write must be a string, bytes (Uint8Array) or an iterable or async iterable of strings or bytes, got 42",
      ),
    );
    await assert.rejects(
      writeFileAtomic(`${dir}/x`, ["a", 42 as unknown as string]),
      writeFailure(`${dir}/x`, "chunk 1 is 42, expected a string or bytes"),
    );
    // Bytes are written as they are, whole or as chunks.
    writeFileAtomicSync(`${dir}/b.bin`, Uint8Array.of(0, 255, 7));
    await writeFileAtomic(`${dir}/c.bin`, [Uint8Array.of(1, 2), "é"]);
    assert.deepEqual(Array.from(await Deno.readFile(`${dir}/b.bin`)), [0, 255, 7]);
    assert.deepEqual(Array.from(await Deno.readFile(`${dir}/c.bin`)), [1, 2, 0xc3, 0xa9]);
    await Deno.remove(`${dir}/b.bin`);
    await Deno.remove(`${dir}/c.bin`);
    const missing = `${dir}/no/such/folder/model.json`;
    await assert.rejects(
      saveModel(missing, model()),
      writeFailure(missing, ".+"),
    );
    assert.deepEqual(entries(dir), []);
  });
});

const CRASHING_WRITER = (first: string) => `
import { writeFileAtomicSync } from ${JSON.stringify(IO_MODULE)};
const [target, marker] = Deno.args;
function* chunks() {
  yield ${JSON.stringify(first)};
  Deno.writeTextFileSync(marker, "");
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
  yield "}";
}
writeFileAtomicSync(target, chunks());
`;

async function waitFor(path: string, child: Deno.ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await Deno.stat(path);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`The child never created ${path}`);
}

/** Starts a save of `target` in another process and kills it once it has written `first`. */
async function killMidSave(dir: string, target: string, first: string): Promise<void> {
  const marker = `${dir}/writing`;
  await Deno.remove(marker).catch(() => {});
  await Deno.writeTextFile(`${dir}/writer.ts`, CRASHING_WRITER(first));
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", "--no-lock", "writer.ts", target, marker],
    cwd: dir,
    env: { NO_COLOR: "1" },
    stdout: "null",
    stderr: "piped",
  }).spawn();
  await waitFor(marker, child);
  child.kill("SIGKILL");
  const { success, signal, stderr } = await child.output();
  assert.equal(success, false, new TextDecoder().decode(stderr));
  assert.equal(signal, "SIGKILL");
}

test("a process killed in the middle of saving leaves the previous model intact", async () => {
  await withTempDir(async (dir) => {
    const target = `${dir}/model.json`;
    const original = model(3);
    await saveModel(target, original);
    const before = await Deno.readTextFile(target);
    const first = '{"format": "backprop.sequential", "version": 1, "layers": [';
    await killMidSave(dir, target, first);

    assert.equal(await Deno.readTextFile(target), before);
    assert.deepEqual(JSON.parse(before), original.toJSON());
    assertSameModel(await loadModel(target), original);
    const leftovers = entries(dir).filter((name) => name.endsWith(".tmp"));
    assert.deepEqual(leftovers, [".model.json.tmp"]);
    assert.equal(await Deno.readTextFile(`${dir}/${leftovers[0]}`), first);
  });
});

test("leftovers of killed saves do not pile up: the next save reuses and removes the one", async () => {
  await withTempDir(async (dir) => {
    const target = `${dir}/model.json`;
    await saveModel(target, model(1));
    for (let kill = 0; kill < 4; kill++) {
      await killMidSave(dir, target, `{"kill": ${kill}, "padding": "${"x".repeat(100_000)}"`);
      assert.deepEqual(entries(dir).filter((name) => name.endsWith(".tmp")), [".model.json.tmp"]);
    }
    const latest = model(2);
    saveModelSync(target, latest);
    assert.deepEqual(entries(dir).filter((name) => name.endsWith(".tmp")), []);
    assertSameModel(await loadModel(target), latest);
  });
});

test("saving through a symbolic link replaces the file it points to and keeps the link", async () => {
  await withTempDir(async (dir) => {
    await Deno.mkdir(`${dir}/models`);
    const real = `${dir}/models/v1.json`;
    await saveModel(real, model(1));
    await Deno.symlink("models/v1.json", `${dir}/current.json`);
    const next = model(2);
    await saveModel(`${dir}/current.json`, next);
    assert.ok((await Deno.lstat(`${dir}/current.json`)).isSymlink, "the link is still a link");
    assertSameModel(await loadModel(real), next);
    // A link to a file that does not exist yet creates that file.
    await Deno.symlink("models/v2.json", `${dir}/dangling.json`);
    saveModelSync(`${dir}/dangling.json`, next);
    assert.ok((await Deno.lstat(`${dir}/dangling.json`)).isSymlink);
    assertSameModel(await loadModel(`${dir}/models/v2.json`), next);
    assert.deepEqual(entries(`${dir}/models`).filter((name) => name.endsWith(".tmp")), []);
  });
});

/** Checks that both loaders fail on `path` with the message `path: rest` and the given field. */
async function assertLoadFails(path: string, rest: RegExp, field?: string): Promise<Error> {
  const expected = new RegExp(`^${escape(path)}: ${rest.source}$`);
  const check = (error: unknown): error is ModelFileError => {
    assert.ok(error instanceof ModelFileError, String(error));
    assert.equal(error.name, "ModelFileError");
    assert.match(error.message, expected);
    assert.equal(error.path, path);
    assert.equal(error.field, field);
    return true;
  };
  let thrown: unknown;
  await assert.rejects(loadModel(path), (error) => check(thrown = error));
  assert.throws(() => loadModelSync(path), check);
  return thrown as Error;
}

interface EditableModel {
  version: unknown;
  layers: { activation: unknown; weights: unknown[][] }[];
  metadata?: unknown;
}

async function saveEdited(path: string, edit: (json: EditableModel) => void): Promise<void> {
  const json = model().toJSON() as unknown as EditableModel;
  edit(json);
  await Deno.writeTextFile(path, JSON.stringify(json, null, 2));
}

test("a truncated model file is reported as truncated, with the line and column", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveModel(path, model());
    const text = await Deno.readTextFile(path);
    const half = text.slice(0, Math.floor(text.length / 2));
    await Deno.writeTextFile(path, half);
    const lines = half.split("\n");
    const error = await assertLoadFails(
      path,
      new RegExp(
        `not valid JSON \\(truncated\\?\\) at line ${lines.length}, column ${
          lines[lines.length - 1].length + 1
        }: [A-Z][^:]+`,
      ),
    );
    assert.ok(error.cause instanceof SyntaxError);
  });
});

test("a JSON syntax error gives V8's line and column", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveModel(path, model());
    const text = (await Deno.readTextFile(path)).replace('"version": 2,', '"version": 2;');
    await Deno.writeTextFile(path, text);
    await assertLoadFails(
      path,
      /not valid JSON at line 3, column 15: Expected ',' or '\}' after property value/,
    );
    assert.throws(() => JSON.parse(text), /in JSON at position \d+ \(line 3 column 15\)$/);
  });
});

test("an unexpected character is placed from V8's excerpt", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveModel(path, model());
    const lines = (await Deno.readTextFile(path)).split("\n");
    lines[4] = lines[4].replace(/"weights":\[\[[^,]+/, '"weights":[[NaN');
    await Deno.writeTextFile(path, lines.join("\n"));
    const column = lines[4].indexOf("NaN") + 1;
    await assertLoadFails(
      path,
      new RegExp(`not valid JSON at line 5, column ${column}: Unexpected token 'N'`),
    );

    await Deno.writeTextFile(path, "<!DOCTYPE html>\n<html><body>Not Found</body></html>\n");
    await assertLoadFails(path, /not valid JSON at line 1, column 1: Unexpected token '<'/);
  });
});

test("a model file of the wrong version names the field", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveEdited(path, (json) => (json.version = 4));
    await assertLoadFails(path, /version: this library reads versions 1 to 3, got 4/, "version");
  });
});

test("a hand-edited weight of the wrong type names the field", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveEdited(path, (json) => (json.layers[0].weights[1][0] = "0.5"));
    const error = await assertLoadFails(
      path,
      /layers\[0\]\.weights\[1\]\[0\]: expected a finite number, got "0\.5"/,
      "layers[0].weights[1][0]",
    );
    assert.equal((error.cause as Error).name, "ModelFormatError");
  });
});

test("a weight row of the wrong length names the row", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveEdited(path, (json) => (json.layers[1].weights[2] = [1, 2]));
    await assertLoadFails(
      path,
      /layers\[1\]\.weights\[2\]: expected 3 numbers, got 2/,
      "layers[1].weights[2]",
    );
  });
});

test("an unknown activation names the layer", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await saveEdited(path, (json) => (json.layers[2].activation = "sinusoid"));
    await assertLoadFails(
      path,
      /layers\[2\]\.activation: Unknown activation "sinusoid"; known activations: .*relu.*/,
      "layers[2].activation",
    );
  });
});

test("JSON that is not a model says so", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await Deno.writeTextFile(path, "[1, 2, 3]\n");
    await assertLoadFails(path, /model: expected an object, got an array of length 3/, "model");
  });
});

test("empty, binary, missing and directory paths give plain messages", async () => {
  await withTempDir(async (dir) => {
    const empty = `${dir}/empty.json`;
    await Deno.writeTextFile(empty, "");
    await assertLoadFails(empty, /the file is empty/);

    const binary = `${dir}/model.bin`;
    await Deno.writeFile(binary, new Uint8Array([0xff, 0xfe, 0x00, 0x80]));
    await assertLoadFails(binary, /not a text file \(not valid UTF-8\)/);

    const missing = `${dir}/missing.json`;
    const error = await assertLoadFails(missing, /no such file/);
    assert.ok(error.cause instanceof Deno.errors.NotFound);

    await Deno.mkdir(`${dir}/folder.json`);
    await assertLoadFails(`${dir}/folder.json`, /is a directory, not a model file/);
  });
});

test("metadata travels with the model file, copied, and only when there is some", async () => {
  await withTempDir(async (dir) => {
    const original = model();
    await saveModel(`${dir}/plain.json`, original);
    assert.doesNotMatch(await Deno.readTextFile(`${dir}/plain.json`), /metadata/);
    assert.deepEqual((await loadModel(`${dir}/plain.json`)).metadata, {});
    const classes = ["cat", "dog"];
    original.metadata = { classes, source: { file: "pets.csv", rows: 120 }, note: null };
    await saveModel(`${dir}/tagged.json`, original);
    const text = await Deno.readTextFile(`${dir}/tagged.json`);
    assert.match(
      text,
      /\n {2}"metadata": \{"classes":\["cat","dog"\],"source":\{"file":"pets.csv"/,
    );
    const copy = await loadModel(`${dir}/tagged.json`);
    assert.deepEqual(copy.metadata, original.metadata);
    classes.push("bird");
    assert.deepEqual(copy.metadata.classes, ["cat", "dog"]);
    assert.deepEqual(original.toJSON().metadata?.classes, ["cat", "dog", "bird"]);
  });
});

test("metadata that JSON cannot hold is refused with its path, on save and on load", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    const bad = model();
    bad.metadata = { scores: [0.5, NaN] };
    await assert.rejects(
      saveModel(path, bad),
      /^ModelFormatError: metadata\.scores\[1\]: expected a finite number, got NaN$/,
    );
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    bad.metadata = { cycle };
    assert.throws(
      () => bad.toJSON(),
      /^ModelFormatError: metadata\.cycle\.self: refers back to itself$/,
    );
    assert.deepEqual(entries(dir), []);
    await saveEdited(path, (json) => (json.metadata = ["a"]));
    await assertLoadFails(
      path,
      /metadata: expected an object, got an array of length 1/,
      "metadata",
    );
  });
});
