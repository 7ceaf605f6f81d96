/**
 * What `nn train` makes of its data: the task a target column asks for (and
 * the error for a column of numbers with a stray cell in it), data read from
 * a pipe or a FIFO, and bytes that are not UTF-8.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { loadModel } from "../../io/mod.ts";
import { runScript } from "../fixtures/command.ts";
import { escape, withTempDir, write } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

const NN = "scripts/nn.ts";

/** `n` rows of `x1,x2,y` with `y` from `target(i)`. */
function table(n: number, target: (i: number) => string | number): string {
  const rows = Array.from({ length: n }, (_, i) => `${i % 7},${(i * 3) % 11},${target(i)}`);
  return ["x1,x2,y", ...rows, ""].join("\n");
}

/** Runs `nn train` for one epoch on `csv` with `flags`; the exit code, the report and stderr. */
async function train(csv: string, ...flags: string[]) {
  let result!: Awaited<ReturnType<typeof runScript>> & { data: string };
  await withTempDir(async (dir) => {
    const data = await write(dir, "data.csv", csv);
    const run = await runScript(NN, [
      ...["train", "--data", data, "--target", "y", "--out", join(dir, "m.json")],
      ...["--epochs", "1", ...flags],
    ]);
    result = { ...run, data };
  });
  return result;
}

/** The "Task: ..." line of a successful training report. */
async function taskLine(csv: string, ...flags: string[]): Promise<string> {
  const { code, stdout, stderr } = await train(csv, ...flags);
  assert.equal(code, 0, stderr);
  return stdout.split("\n").find((line) => line.startsWith("Task: "))!;
}

test("integer targets with few values are classes; many values or fractions are regression", async () => {
  // Ten digit classes over 100 rows, as in handwritten-digit data.
  assert.equal(
    await taskLine(table(100, (i) => i % 10)),
    'Task: classification (target "y" has 10 integer values; use --task regression to override)',
  );
  // Two integer values are classes however few the rows, as 0/1 always were.
  assert.equal(
    await taskLine(table(4, (i) => 1 + (i % 2))),
    'Task: classification (target "y" has 2 integer values; use --task regression to override)',
  );
  // 60 different integers (a count, a price in whole units) is a quantity.
  assert.equal(
    await taskLine(table(120, (i) => 25 + (i % 60))),
    'Task: regression (target "y" has 60 different integer values, more than 20; ' +
      "use --task classification to override)",
  );
  // 8 integers in 12 rows: too many for the rows to be classes.
  assert.equal(
    await taskLine(table(12, (i) => i % 8)),
    'Task: regression (target "y" has 8 different integer values, more than half the 12 rows; ' +
      "use --task classification to override)",
  );
  assert.equal(
    await taskLine(table(50, (i) => (i % 3) + 0.5)),
    'Task: regression (target "y" holds numbers that are not integers; ' +
      "use --task classification to override)",
  );
  assert.equal(
    await taskLine(table(6, (i) => ["cat", "dog"][i % 2])),
    'Task: classification (target "y" holds text)',
  );
  assert.equal(
    await taskLine(table(100, (i) => i % 10), "--task", "regression"),
    "Task: regression (--task regression)",
  );
});

test("the report and the model file follow the task chosen for integer labels", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "digits.csv", table(100, (i) => (i % 3) * 2));
    const out = join(dir, "m.json");
    const run = await runScript(NN, [
      ...["train", "--data", data, "--target", "y", "--out", out, "--epochs", "1", "--json"],
    ]);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(report.task, "classification");
    assert.equal(
      report.taskReason,
      'target "y" has 3 integer values; use --task regression to override',
    );
    assert.deepEqual(report.targets, [{ name: "y", classes: ["0", "2", "4"] }]);
    const model = await loadModel(out);
    assert.equal(model.layers.at(-1)!.activation.name, "softmax");
    assert.equal(model.targetScaler, null);
  });
});

test("a numeric target with one stray cell is an error naming the cell, not a classifier", async () => {
  const cases: [string, string][] = [
    ["abc", '"abc"'],
    ["NaN", '"NaN", which is not a finite number'],
    ["Infinity", '"Infinity", which is not a finite number'],
    ["1e400", '"1e400", which is too large for a 64-bit float'],
  ];
  for (const [cell, shown] of cases) {
    // A regression target (60 values); the stray cell on line 42 (row 41).
    const { code, stderr, data } = await train(
      table(120, (i) => i === 40 ? cell : (i % 60) * 1.5),
    );
    assert.equal(code, 1, stderr);
    assert.equal(
      stderr,
      `nn train: ${data}: line 42, column 3 ("y"): expected a number like 119 other cells of ` +
        `the target, got ${shown}; if "y" holds class labels, use --task classification\n`,
    );
  }
  // With --task classification the cell is a class label, as asked.
  const forced = await train(table(40, (i) => i === 3 ? "NaN" : i % 2), "--task", "classification");
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stdout, /\nTarget y: 3 classes: 0 \(20\), 1 \(19\), NaN \(1\)\n/);
  // With --task regression the same cell is refused.
  const regression = await train(table(40, (i) => i === 3 ? "1e400" : i), "--task", "regression");
  assert.equal(regression.code, 1);
  assert.match(
    regression.stderr,
    new RegExp(
      `^nn train: ${
        escape(regression.data)
      }: line 5, column 3 \\("y"\\): expected a number for regression, ` +
        `got "1e400", which is too large for a 64-bit float\\n$`,
    ),
  );
});

test("a feature cell that overflows says so, with no advice to treat a number as text", async () => {
  const { code, stderr, data } = await train("x,y\n1,a\n1e999,b\n");
  assert.equal(code, 1);
  assert.equal(
    stderr,
    `nn train: ${data}: line 3, column 1 ("x"): expected a number, got "1e999", which is too ` +
      "large for a 64-bit float\n",
  );
});

test("train refuses a file that is not UTF-8 with the line of the first bad byte", async () => {
  const latin1 = new Uint8Array([
    ...new TextEncoder().encode("x,label\n1,cafe\n2,caf"),
    0xe9,
    ...new TextEncoder().encode("\n3,tea\n"),
  ]);
  await withTempDir(async (dir) => {
    const data = await write(dir, "latin1.csv", latin1);
    const out = join(dir, "m.json");
    const { code, stderr } = await runScript(NN, [
      ...["train", "--data", data, "--target", "label", "--out", out],
    ]);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `nn train: ${data}: line 3: byte 21 of the file (0xE9) is not valid UTF-8; nn reads UTF-8 ` +
        `text: convert the file first, for example with iconv -f latin1 -t utf-8 ${data} > ` +
        "converted.csv\n",
    );
  });
});

/**
 * Runs `nn ...args` as a child process, with `input` written to its stdin through a pipe when
 * given. A time limit makes code that blocks forever on a FIFO fail instead of hanging.
 */
function child(args: string[], input?: string) {
  return runScript(NN, args, { input, timeoutMs: 60_000 });
}

test("train and predict read --data /dev/stdin from a pipe", async () => {
  await withTempDir(async (dir) => {
    const csv = table(120, (i) => ["low", "high"][i % 7 < 3 ? 0 : 1]);
    const out = join(dir, "m.json");
    const trained = await child([
      ...["train", "--data", "/dev/stdin", "--target", "y", "--out", out, "--epochs", "2"],
      "--json",
    ], csv);
    assert.equal(trained.code, 0, trained.stderr);
    const report = JSON.parse(trained.stdout);
    assert.deepEqual(report.data, { file: "/dev/stdin", rows: 120, delimiter: "," });
    assert.deepEqual(report.targets, [{ name: "y", classes: ["high", "low"] }]);

    const predicted = await child(["predict", "--model", out, "--data", "/dev/stdin"], csv);
    assert.equal(predicted.code, 0, predicted.stderr);
    const lines = predicted.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 121);
    assert.equal(lines[0], "x1,x2,y,predicted_y,probability_y_high,probability_y_low");
    assert.match(lines[120], /^0,5,low,(high|low),0\.\d+,0\.\d+$/);
    // The same as from a file.
    const file = await write(dir, "data.csv", csv);
    const fromFile = await runScript(NN, ["predict", "--model", out, "--data", file]);
    assert.equal(predicted.stdout, fromFile.stdout);

    const empty = await child(
      ["train", "--data", "/dev/stdin", "--target", "y", "--out", out],
      "",
    );
    assert.equal(empty.code, 1);
    assert.equal(
      empty.stderr,
      "nn train: /dev/stdin: nothing to read (the pipe or device gave no data)\n",
    );
  });
});

test({
  name: "train reads a FIFO once: two passes over the data, one writer; an empty one is an error",
  ignore: Deno.build.os !== "linux",
  fn: async () => {
    await withTempDir(async (dir) => {
      const fifo = join(dir, "data.fifo");
      assert.ok((await new Deno.Command("mkfifo", { args: [fifo] }).output()).success);
      const out = join(dir, "m.json");
      const train = ["train", "--data", fifo, "--target", "y", "--out", out, "--epochs", "2"];
      /** Runs `train` while `text` is written to the FIFO once, by one writer. */
      const feed = async (text: string) => {
        const run = child([...train, "--json"]);
        const writer = await Deno.open(fifo, { write: true });
        await writer.write(new TextEncoder().encode(text));
        writer.close();
        return await run;
      };
      const { code, stdout, stderr } = await feed(table(60, (i) => (i % 4 < 2 ? 0 : 1)));
      assert.equal(code, 0, stderr);
      assert.equal(JSON.parse(stdout).data.rows, 60);
      assert.deepEqual((await loadModel(out)).metadata.targets, [
        { name: "y", classes: ["0", "1"] },
      ]);
      const empty = await feed("");
      assert.equal(empty.code, 1);
      assert.equal(
        empty.stderr,
        `nn train: ${fifo}: nothing to read (the pipe or device gave no data)\n`,
      );
    });
  },
});
