/**
 * Bad input to the `nn` command-line tool: every error is one message (two
 * lines at most) on stderr that starts with `nn <command>: `, names the file,
 * line, column and value where they apply, exits with 1 without a stack
 * trace, and leaves existing output files as they were.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { Sequential } from "../../mod.ts";
import { saveModel } from "../../io/mod.ts";
import { type CommandOutput, runScript } from "../fixtures/command.ts";
import { entries, escape, withTempDir, write } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** Two numeric features, a two-class text target. */
const POINTS = "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n";

/** A numeric and a categorical feature, a two-class text target. */
const PETS = "x,color,label\n1,red,a\n2,blue,b\n3,red,a\n4,blue,b\n";

/** Runs `deno run -A scripts/nn.ts ...args`. */
function nn(...args: string[]): Promise<CommandOutput> {
  return runScript("scripts/nn.ts", args);
}

/** Runs `nn ...args` as a step that must succeed (exit 0), before the errors under test. */
async function ok(...args: string[]): Promise<CommandOutput> {
  const result = await nn(...args);
  assert.equal(result.code, 0, `nn ${args.join(" ")}\n${result.stderr}`);
  return result;
}

/**
 * A regular expression for a whole text: the literal parts are regular-expression
 * source (`\(` for a parenthesis, `\n` for a line break), the interpolated values
 * are matched literally (paths, column names).
 */
function re(strings: TemplateStringsArray, ...values: unknown[]): RegExp {
  return new RegExp(`^${String.raw(strings, ...values.map((v) => escape(String(v))))}$`);
}

/**
 * Runs `nn ...args` and asserts that it exits with 1 and prints exactly
 * `message` (and a line break) on stderr, with no stack trace.
 */
async function fails(args: string[], message: RegExp): Promise<CommandOutput> {
  const result = await nn(...args);
  const command = `nn ${args.join(" ")}`;
  assert.equal(result.code, 1, `${command} exited with ${result.code}\n${result.stderr}`);
  assert.doesNotMatch(result.stderr, /^\s+at /m, `${command} printed a stack trace`);
  assert.doesNotMatch(result.stderr, /Uncaught/, `${command} threw`);
  assert.ok(result.stderr.endsWith("\n"), `${command}: stderr ${JSON.stringify(result.stderr)}`);
  assert.match(result.stderr.slice(0, -1), message, command);
  return result;
}

/** Every file of `dir` (sorted by name) with its bytes. */
async function snapshot(dir: string): Promise<[string, Uint8Array][]> {
  return await Promise.all(
    entries(dir).map(async (name): Promise<[string, Uint8Array]> => [
      name,
      await Deno.readFile(join(dir, name)),
    ]),
  );
}

/** Trains a small model on {@linkcode PETS} with `nn train`; returns the model's path. */
async function trainPets(dir: string): Promise<string> {
  const data = await write(dir, "pets.csv", PETS);
  const model = join(dir, "pets.json");
  await ok(
    "train",
    ...["--data", data, "--target", "label", "--categorical", "color"],
    ...["--epochs", "2", "--out", model, "--quiet"],
  );
  return model;
}

test("train reports a missing, empty, blank or header-only data file", async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, "model.json");
    const train = (data: string) => ["train", "--data", data, "--target", "label", "--out", out];
    const missing = join(dir, "missing.csv");
    await fails(train(missing), re`nn train: ${missing}: no such file`);
    const empty = await write(dir, "empty.csv", "");
    await fails(train(empty), re`nn train: ${empty}: the file is empty`);
    const blank = await write(dir, "blank.csv", "\uFEFF\n  \r\n\t\n");
    await fails(train(blank), re`nn train: ${blank}: the file is empty`);
    const header = await write(dir, "header.csv", "x,y,label\n");
    await fails(train(header), re`nn train: ${header}: no data rows after the header`);
    assert.deepEqual(entries(dir), ["blank.csv", "empty.csv", "header.csv"]);
  });
});

test("an unknown --backend is named with the choices", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    await fails(
      [
        "train",
        "--data",
        data,
        "--target",
        "label",
        "--out",
        join(dir, "m.json"),
        "--backend",
        "gpu",
      ],
      re`nn train: --backend: unknown backend "gpu"; expected "wasm", "wasm-exact" or "js"`,
    );
  });
});

test("train names an unknown --target, --features or --categorical column and lists the columns", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const train = ["train", "--data", data, "--out", join(dir, "model.json")];
    await fails(
      [...train, "--target", "Label"],
      re`nn train: ${data} has no column "Label" \(--target\); its columns are: "x", "y", "label" \(did you mean "label"\? names are case-sensitive\)`,
    );
    await fails(
      [...train, "--target", "label", "--features", "x,z"],
      re`nn train: ${data} has no column "z" \(--features\); its columns are: "x", "y", "label"`,
    );
    await fails(
      [...train, "--target", "label", "--categorical", "colour"],
      re`nn train: ${data} has no column "colour" \(--categorical\); its columns are: "x", "y", "label"`,
    );
    assert.deepEqual(entries(dir), ["points.csv"]);
  });
});

test("train points at a text cell in a number column, an empty feature cell and an empty target cell", async () => {
  await withTempDir(async (dir) => {
    const train = (data: string) => [
      ...["train", "--data", data, "--target", "label"],
      ...["--out", join(dir, "model.json")],
    ];
    const text = await write(dir, "text.csv", "x,y,label\n1,2,a\n3,4,b\n5,six,a\n");
    await fails(
      train(text),
      re`nn train: ${text}: line 4, column 2 \("y"\): expected a number, got "six" \(to one-hot encode a text column, add --categorical y\)`,
    );
    const comma = await write(dir, "comma.csv", "x;y;label\n1;2,5;a\n3;4;b\n");
    await fails(
      [...train(comma), "--delimiter", ";"],
      re`nn train: ${comma}: line 2, column 2 \("y"\): expected a number, got "2,5", which has a decimal comma: write 2.5`,
    );
    const feature = await write(dir, "feature.csv", "x,y,label\n1,2,a\n,4,b\n");
    await fails(
      train(feature),
      re`nn train: ${feature}: line 3, column 1 \("x"\): the cell is empty; nn needs a value in every cell it uses`,
    );
    const target = await write(dir, "target.csv", "x,y,label\n1,2,a\n3,4,b\n\n5,6,\n");
    await fails(
      train(target),
      re`nn train: ${target}: line 5, column 3 \("label"\): the cell is empty; nn needs a value in every cell it uses`,
    );
  });
});

test("train reports a ragged row and a target with a single class", async () => {
  await withTempDir(async (dir) => {
    const train = (data: string) => [
      ...["train", "--data", data, "--target", "label"],
      ...["--out", join(dir, "model.json")],
    ];
    const ragged = await write(dir, "ragged.csv", "x,y,label\n1,2,a\n3,4,b\n5,6\n7,8,a\n");
    await fails(train(ragged), re`nn train: ${ragged}: line 4 has 2 fields, the header has 3`);
    const single = await write(dir, "single.csv", "x,y,label\n1,2,a\n3,4,a\n5,6,a\n");
    await fails(
      train(single),
      re`nn train: ${single}: target "label" has a single class \("a"\) in all 3 rows; a classifier needs at least two`,
    );
  });
});

test("evaluate and predict report a missing data file and a file without a feature column", async () => {
  await withTempDir(async (dir) => {
    const model = await trainPets(dir);
    const missing = join(dir, "missing.csv");
    await fails(
      ["evaluate", "--model", model, "--data", missing],
      re`nn evaluate: ${missing}: no such file`,
    );
    await fails(
      ["predict", "--model", model, "--data", missing],
      re`nn predict: ${missing}: no such file`,
    );
    const colorless = await write(dir, "colorless.csv", "label,x,size\na,1,2\nb,2,3\n");
    const lacks =
      re`nn (evaluate|predict): ${colorless} has no column "color" \(a feature of the model\); its columns are: "label", "x", "size"`;
    const evaluated = await fails(["evaluate", "--model", model, "--data", colorless], lacks);
    assert.match(evaluated.stderr, /^nn evaluate: /);
    const predicted = await fails(["predict", "--model", model, "--data", colorless], lacks);
    assert.match(predicted.stderr, /^nn predict: /);
    assert.equal(predicted.stdout, "");
  });
});

test("predict reports an unknown category and evaluate an unknown class, with line and column", async () => {
  await withTempDir(async (dir) => {
    const model = await trainPets(dir);
    const green = await write(dir, "green.csv", "color,x\nred,1\nblue,2\ngreen,3\n");
    await fails(
      ["predict", "--model", model, "--data", green],
      re`nn predict: ${green}: line 4, column 1 \("color"\): unknown category "green"; the model knows "blue", "red"`,
    );
    const classes = await write(dir, "classes.csv", "x,label,color\n1,a,red\n2,c,blue\n");
    await fails(
      ["evaluate", "--model", model, "--data", classes],
      re`nn evaluate: ${classes}: line 3, column 2 \("label"\): unknown class "c"; the model knows "a", "b"`,
    );
  });
});

test("predict reports a missing model file, one that is not JSON, not a model, or not saved by nn train", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const predict = (model: string) => ["predict", "--model", model, "--data", data];
    const missing = join(dir, "missing.json");
    await fails(predict(missing), re`nn predict: ${missing}: no such file`);
    const broken = await write(
      dir,
      "broken.json",
      '{\n  "format": "backprop.sequential",\n  oops\n}\n',
    );
    await fails(
      predict(broken),
      re`nn predict: ${broken}: not valid JSON at line 3, column 3: Expected double-quoted property name\n--model takes the JSON model file that nn train --out wrote`,
    );
    const other = await write(dir, "other.json", '{"hello": "world"}\n');
    await fails(
      predict(other),
      re`nn predict: ${other}: hello: unknown field; expected only format, version, layers, inputScaler, targetScaler, metadata`,
    );
    const plain = join(dir, "plain.json");
    await saveModel(
      plain,
      Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1, activation: "sigmoid" }]),
    );
    await fails(
      predict(plain),
      re`nn predict: ${plain} has no column names \(metadata\.features and metadata\.targets\): it was not saved by nn train, so nn cannot match it to a CSV file's columns`,
    );
  });
});

test("train that fails on a bad cell leaves an existing --out file as it was, with no temporary file", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS + "9,ten,b\n");
    const out = await write(dir, "model.json", '{"previous": "model"}\n');
    const before = await snapshot(dir);
    await fails(
      ["train", "--data", data, "--target", "label", "--out", out],
      re`nn train: ${data}: line 6, column 2 \("y"\): expected a number, got "ten" \(to one-hot encode a text column, add --categorical y\)`,
    );
    assert.equal(await Deno.readTextFile(out), '{"previous": "model"}\n');
    assert.deepEqual(await snapshot(dir), before);
  });
});

test("train that diverges exits with 1, says --out was not written and leaves it as it was", async () => {
  await withTempDir(async (dir) => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i + 1},${3 * (i + 1)}`);
    const data = await write(dir, "line.csv", ["x,y", ...rows, ""].join("\n"));
    const out = await write(dir, "model.json", '{"previous": "model"}\n');
    const before = await snapshot(dir);
    await fails(
      [
        ...["train", "--data", data, "--target", "y", "--out", out],
        ...["--layers", "none", "--optimizer", "sgd", "--lr", "1e6", "--epochs", "100"],
        ...["--early-stopping", "0", "--quiet"],
      ],
      re`nn train: Training diverged in epoch \d+, batch \d+: .*\n${out} was not written; try a smaller --lr`,
    );
    assert.equal(await Deno.readTextFile(out), '{"previous": "model"}\n');
    assert.deepEqual(await snapshot(dir), before);
  });
});

test("predict --out that fails at the last of 3000 rows leaves the existing file as it was", async () => {
  await withTempDir(async (dir) => {
    const model = await trainPets(dir);
    const rows = Array.from({ length: 2999 }, (_, i) => `${i},${i % 2 === 0 ? "red" : "blue"}`);
    const data = await write(dir, "many.csv", ["x,color", ...rows, "3000,green", ""].join("\n"));
    const out = await write(dir, "predictions.csv", "previous,predictions\n1,2\n");
    const before = await snapshot(dir);
    await fails(
      ["predict", "--model", model, "--data", data, "--out", out],
      re`nn predict: ${data}: line 3001, column 2 \("color"\): unknown category "green"; the model knows "blue", "red"\n${out} was not written`,
    );
    assert.equal(await Deno.readTextFile(out), "previous,predictions\n1,2\n");
    assert.deepEqual(await snapshot(dir), before);
  });
});

test("a prediction that is not finite names the file and line of its row and writes nothing", async () => {
  await withTempDir(async (dir) => {
    // y ≈ 1e10·x: an input of 1e300 gives a prediction past 1.8e308 once the target scaler is undone.
    const rows = Array.from({ length: 60 }, (_, i) => `${i % 10},${(i % 10) * 1e10 + (i % 3)}`);
    const data = await write(dir, "line.csv", ["x,y", ...rows, ""].join("\n"));
    const model = join(dir, "line.json");
    await ok(
      "train",
      "--data",
      data,
      "--target",
      "y",
      "--out",
      model,
      "--layers",
      "none",
      "--quiet",
    );
    // Row 1200, on line 1202, in the second block of 1024 rows.
    const inputs = Array.from({ length: 1500 }, (_, i) => i === 1200 ? "1e300" : String(i % 10));
    const big = await write(dir, "big.csv", ["x", ...inputs, ""].join("\n"));
    const out = await write(dir, "predictions.csv", "previous,predictions\n1,2\n");
    const before = await snapshot(dir);
    const problem = (command: string, file: string, after = "") =>
      new RegExp(
        `^${
          escape(
            `nn ${command}: ${file}: line 1202: the model's prediction for this row is Infinity, ` +
              "not a finite number; its inputs are probably far outside the range of the " +
              `training data${after}`,
          )
        }$`,
      );
    await fails(
      ["predict", "--model", model, "--data", big, "--out", out],
      problem("predict", big, `\n${out} was not written`),
    );
    await fails(["predict", "--model", model, "--data", big, "--quiet"], problem("predict", big));
    const labelled = await write(
      dir,
      "labelled.csv",
      ["x,y", ...inputs.map((x) => `${x},1`)].join("\n"),
    );
    await fails(["evaluate", "--model", model, "--data", labelled], problem("evaluate", labelled));
    // A finite prediction, but a target whose squared error overflows: line 1202 again.
    const targets = Array.from({ length: 1500 }, (_, i) => `${i % 10},${i === 1200 ? 1e200 : 1}`);
    const farTarget = await write(dir, "far_target.csv", ["x,y", ...targets, ""].join("\n"));
    await fails(
      ["evaluate", "--model", model, "--data", farTarget],
      re`nn evaluate: ${farTarget}: line 1202: the mse loss for this row is Infinity, though the model's prediction is finite; its target or inputs are probably far outside the range of the training data`,
    );
    assert.equal(await Deno.readTextFile(out), "previous,predictions\n1,2\n");
    assert.deepEqual(
      (await snapshot(dir)).filter(([name]) => !["labelled.csv", "far_target.csv"].includes(name)),
      before,
    );

    // A classifier: x has a standard deviation of 0.0005, so 1.7e308 (finite) overflows once
    // scaled; line 1030 is in the second block.
    const small = await write(dir, "small.csv", "x,label\n0.001,a\n0.002,b\n0.001,a\n0.002,b\n");
    const classifier = join(dir, "small.json");
    await ok("train", "--data", small, "--target", "label", "--out", classifier, "--quiet");
    const xs = Array.from({ length: 1100 }, (_, i) => i === 1028 ? "1.7e308" : "0.001");
    const far = await write(dir, "far.csv", ["x", ...xs, ""].join("\n"));
    await fails(
      ["predict", "--model", classifier, "--data", far, "--out", out],
      re`nn predict: ${far}: line 1030: the model's prediction for this row is (-?Infinity|NaN), not a finite number; its inputs are probably far outside the range of the training data\n${out} was not written`,
    );
    assert.equal(await Deno.readTextFile(out), "previous,predictions\n1,2\n");
  });
});

test("nn rejects an unknown command, an unknown flag and a missing required flag of train", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const out = join(dir, "model.json");
    await fails(
      ["fit", "--data", data],
      re`nn: unknown command "fit"; the commands are train, evaluate, predict, summary, export, import, gradcheck`,
    );
    await fails(
      ["train", "--data", data, "--target", "label", "--out", out, "--epoch", "5"],
      re`nn train: unknown flag --epoch; did you mean --epochs\? \(run nn train --help for the options\)`,
    );
    await fails(
      ["train", "--data", data, "--target", "label", "--out", out, "extra"],
      re`nn train: unexpected argument "extra": every value follows its flag \(see --help\)`,
    );
    const needs = (flag: string) =>
      re`nn train: --${flag} is required \(run nn train --help for the options\)`;
    await fails(["train", "--target", "label", "--out", out], needs("data"));
    await fails(["train", "--data", data, "--out", out], needs("target"));
    await fails(["train", "--data", data, "--target", "label"], needs("out"));
    assert.deepEqual(entries(dir), ["points.csv"]);
  });
});

test("train rejects bad flag values before reading the data", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const train = ["train", "--data", data, "--target", "label", "--out", join(dir, "model.json")];
    await fails(
      [...train, "--epochs", "2.5"],
      re`nn train: --epochs must be an integer from 1 to 10000000, got "2\.5"`,
    );
    await fails([...train, "--lr=-1"], re`nn train: --lr must be a positive number, got "-1"`);
    await fails(
      [...train, "--lr", "-1"],
      re`nn train: --lr -1: a value starting with "-" must be joined to its flag, as --lr=-1`,
    );
    await fails([...train, "--lr"], re`nn train: --lr needs a value`);
    await fails(
      [...train, "--validation-split", "1"],
      re`nn train: --validation-split must be a number from 0 up to \(not including\) 1, got "1"`,
    );
    await fails(
      [...train, "--momentum", "0.9"],
      re`nn train: --momentum needs --optimizer sgd \(adam keeps its own moments\)`,
    );
    await fails(
      [...train, "--activation", "nonsense"],
      re`nn train: --activation: Unknown activation "nonsense"; known activations: elu, gelu, geluTanh, hardSigmoid, leakyRelu, linear, mish, relu, selu, sigmoid, silu, softmax, softplus, swish, tanh`,
    );
    assert.deepEqual(entries(dir), ["points.csv"]);
  });
});

test("train rejects a loss or an --arch file that does not fit the data", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const train = ["train", "--data", data, "--target", "label", "--out", join(dir, "model.json")];
    await fails(
      [...train, "--loss", "crossEntropy"],
      re`nn train: --loss crossEntropy does not fit two-class targets \(one sigmoid output each\); use --loss auto \(logLoss\)`,
    );
    const arch = await write(
      dir,
      "arch.json",
      JSON.stringify([
        { inputDim: 3, outputDim: 4, activation: "relu" },
        { inputDim: 4, outputDim: 1, activation: "sigmoid" },
      ]),
    );
    await fails(
      [...train, "--arch", arch],
      re`nn train: ${arch}: the network takes 3 inputs and gives 1 output, but the data need 2 inputs \(x, y\) and 1 output`,
    );
    assert.deepEqual(entries(dir), ["arch.json", "points.csv"]);
  });
});

test("--out in a missing folder or at a folder fails before any data is read", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const folder = join(dir, "models");
    await Deno.mkdir(folder);
    const nowhere = join(dir, "missing", "model.json");
    const train = (out: string) => ["train", "--data", data, "--target", "label", "--out", out];
    const missing = await fails(
      train(nowhere),
      re`nn train: --out ${nowhere}: the folder ${join(dir, "missing")} does not exist`,
    );
    assert.equal(missing.stdout, "");
    const atFolder = await fails(
      train(folder),
      re`nn train: --out ${folder} is a folder; give a file name`,
    );
    assert.equal(atFolder.stdout, "");
    const predictions = join(dir, "missing", "predictions.csv");
    await fails(
      ["predict", "--model", join(dir, "model.json"), "--data", data, "--out", predictions],
      re`nn predict: --out ${predictions}: the folder ${join(dir, "missing")} does not exist`,
    );
    assert.deepEqual(entries(dir), ["models", "points.csv"]);
    assert.deepEqual(entries(folder), []);
  });
});

test("gradcheck needs exactly one of --arch, --layers and --model", async () => {
  await fails(
    ["gradcheck", "--loss", "mse"],
    re`nn gradcheck: give exactly one of --model, --arch and --layers`,
  );
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const model = join(dir, "model.json");
    await ok("train", "--data", data, "--target", "label", "--epochs", "1", "--out", model);
    await fails(
      ["gradcheck", "--model", model, "--layers", "4"],
      re`nn gradcheck: give exactly one of --model, --arch and --layers, got --model and --layers`,
    );
    // The choice of source is checked before the model file is read.
    await fails(
      ["gradcheck", "--model", join(dir, "missing.json"), "--layers", "4"],
      re`nn gradcheck: give exactly one of --model, --arch and --layers, got --model and --layers`,
    );
    await fails(
      ["gradcheck", "--model", model, "--dtype", "float32"],
      re`nn gradcheck: --dtype applies to --arch and --layers networks; a model file records its own`,
    );
    await fails(
      ["gradcheck", "--layers", "4", "--dtype", "float16"],
      re`nn gradcheck: --dtype must be float32 or float64, got "float16"`,
    );
    // gradcheck has no "auto" loss, and its message does not offer one.
    await fails(
      ["gradcheck", "--layers", "4", "--loss", "auto"],
      re`nn gradcheck: --loss must be one of mse, logLoss, crossEntropy, got "auto"`,
    );
  });
});

test("--out that names an input file is refused before it can destroy it", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "points.csv", POINTS);
    const model = join(dir, "model.json");
    await fails(
      ["train", "--data", data, "--target", "label", "--out", data],
      re`nn train: --out ${data} is the --data file; writing there would destroy it`,
    );
    await ok("train", "--data", data, "--target", "label", "--epochs", "1", "--out", model);
    const before = await snapshot(dir);
    await fails(
      ["predict", "--model", model, "--data", data, "--out", model],
      re`nn predict: --out ${model} is the --model file; writing there would destroy it`,
    );
    await fails(
      ["predict", "--model", model, "--data", data, "--json"],
      re`nn predict: --json needs --out: without it the predictions themselves go to stdout`,
    );
    assert.deepEqual(await snapshot(dir), before);
  });
});

test("a boolean flag given a value, and a 0/1 target with one value, are errors", async () => {
  await withTempDir(async (dir) => {
    const data = await write(dir, "zeros.csv", "a,y\n1,0\n2,0\n3,0.0\n");
    const out = join(dir, "m.json");
    await fails(
      ["train", "--data", data, "--target", "y", "--out", out, "--standardize=yes"],
      re`nn train: --standardize takes no value`,
    );
    await fails(
      ["train", "--data", data, "--target", "y", "--out", out],
      re`nn train: ${data}: target "y" has a single class \("0"\) in all 3 rows; a classifier needs at least two \(if it is a number to predict, --task regression treats it as one\)`,
    );
    assert.deepEqual(entries(dir), ["zeros.csv"]);
  });
});
