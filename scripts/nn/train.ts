/**
 * `nn train`: from a CSV file to a saved model, its scores and charts.
 *
 * What it builds is what the library builds from the same settings:
 * `Sequential.fromArchitecture(layers, { seed })`, `trainTestSplit(x, y,
 * { testFraction, seed })` when validating, standard scalers fitted on the
 * training rows, and `fitAsync` with `seed`.
 *
 * @module
 */
import {
  adam,
  type Callback,
  fitStandardScaler,
  getKernels,
  type History,
  type ModelJSON,
  type Optimizer,
  Sequential,
  sgd,
  TrainingError,
  trainTestSplit,
} from "../../mod.ts";
import { saveModel } from "../../io/mod.ts";
import { messageOf } from "../../io/_steps.ts";
import { fractionFlag, integerFlag, listFlag, positiveFlag } from "../flags.ts";
import { checkChartFolder, train } from "../scenario.ts";
import {
  type Command,
  delimiterFlag,
  type Flags,
  layersFlag,
  lossFlag,
  type Output,
  required,
} from "./command.ts";
import { type CsvFile, DataError, openCsv } from "./csv.ts";
import { checkOutFile, saveCharts } from "./files.ts";
import { readArchitecture, stackLayers } from "./model.ts";
import {
  defaultLoss,
  type Feature,
  inputNames,
  inputWidth,
  isMulticlass,
  outputActivation,
  outputWidth,
  type Schema,
  schemaMetadata,
  type Task,
} from "./schema.ts";
import { outputsOf, score, scoreLines, significant } from "./scores.ts";
import {
  classCounts,
  classesOf,
  columnIndex,
  encodeFile,
  inferTargets,
  scanColumns,
} from "./table.ts";

/** Every setting of a training run, checked before any data is read. */
interface Settings {
  data: string;
  delimiter: string | undefined;
  targets: string[];
  features: string[] | null;
  categorical: string[];
  task: Task | "auto";
  hidden: number[];
  activation: string;
  arch: string | null;
  loss: string;
  optimizer: "adam" | "sgd";
  learningRate: number;
  momentum: number;
  epochs: number;
  batchSize: number;
  validationSplit: number;
  patience: number | null;
  seed: number;
  standardize: boolean;
  out: string;
  plots: string | null;
}

function settingsOf(flags: Flags): Settings {
  const text = (name: string) => flags[name] as string | undefined;
  const optimizer = text("optimizer") ?? "adam";
  if (optimizer !== "adam" && optimizer !== "sgd") {
    throw new RangeError(`--optimizer must be adam or sgd, got "${optimizer}"`);
  }
  if (text("momentum") !== undefined && optimizer !== "sgd") {
    throw new RangeError("--momentum needs --optimizer sgd (adam keeps its own moments)");
  }
  const loss = lossFlag(text("loss") ?? "auto", true);
  const task = text("task") ?? "auto";
  if (task !== "auto" && task !== "classification" && task !== "regression") {
    throw new RangeError(`--task must be auto, classification or regression, got "${task}"`);
  }
  if (
    text("arch") !== undefined && (text("layers") !== undefined || text("activation") !== undefined)
  ) {
    throw new RangeError("--arch gives every layer; leave out --layers and --activation");
  }
  const patience = text("early-stopping");
  const names = (flag: string) => {
    const list = text(flag);
    return list === undefined ? null : unique(`--${flag}`, listFlag(`--${flag}`, list));
  };
  return {
    data: required(flags, "data", "train"),
    delimiter: delimiterFlag(flags),
    targets: unique("--target", listFlag("--target", required(flags, "target", "train"))),
    features: names("features"),
    categorical: names("categorical") ?? [],
    task,
    hidden: layersFlag(text("layers") ?? "16,8"),
    activation: text("activation") ?? "relu",
    arch: text("arch") ?? null,
    loss,
    optimizer,
    learningRate: positiveFlag("--lr", text("lr"), 0.01),
    momentum: fractionFlag("--momentum", text("momentum"), 0),
    epochs: integerFlag("--epochs", text("epochs"), 100, 1, 1e7),
    batchSize: integerFlag("--batch-size", text("batch-size"), 32, 1, 1e9),
    validationSplit: fractionFlag("--validation-split", text("validation-split"), 0),
    patience: patience === undefined ? null : integerFlag("--early-stopping", patience, 0, 1, 1e7),
    seed: integerFlag("--seed", text("seed"), 0, 0, 2 ** 32 - 1),
    standardize: flags.standardize === true,
    out: required(flags, "out", "train"),
    plots: text("plots") ?? null,
  };
}

function unique(flag: string, names: string[]): string[] {
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new RangeError(`${flag} names "${twice}" twice`);
  return names;
}

/** The feature columns: `--features`, or every column but the targets. */
function featureColumns(file: CsvFile, settings: Settings): Feature[] {
  for (const name of settings.targets) columnIndex(file, name, "--target");
  const names = settings.features ?? file.header.filter((name) => !settings.targets.includes(name));
  for (const name of settings.features ?? []) {
    columnIndex(file, name, "--features");
    if (settings.targets.includes(name)) {
      throw new DataError(`--features names the target "${name}"; a target cannot be a feature`);
    }
  }
  for (const name of settings.categorical) {
    columnIndex(file, name, "--categorical");
    if (!names.includes(name)) {
      throw new DataError(`--categorical names "${name}", which is not a feature column`);
    }
  }
  if (names.length === 0) {
    throw new DataError(`${file.path} has no feature columns besides the target`);
  }
  return names.map((name) => ({ name }));
}

/** Reads the data and works out the schema: two passes over the file. */
async function readData(settings: Settings) {
  const file = await openCsv(settings.data, { delimiter: settings.delimiter });
  const features = featureColumns(file, settings);
  const numeric = features.map((f) => f.name).filter((name) =>
    !settings.categorical.includes(name)
  );
  const scan = await scanColumns(file, [...settings.targets, ...settings.categorical], numeric);
  const { task, targets } = inferTargets(file, scan, settings.targets, settings.task);
  for (const feature of features) {
    if (!settings.categorical.includes(feature.name)) continue;
    const categories = classesOf(scan.columns.get(feature.name)!, true);
    if (categories === null) {
      throw new DataError(
        `${file.path}: --categorical column "${feature.name}" has too many different values to one-hot encode`,
      );
    }
    feature.categories = categories;
  }
  const schema: Schema = { task, features, targets, loss: "" };
  schema.loss = settings.loss === "auto" ? defaultLoss(schema) : checkLoss(settings.loss, schema);
  const { x, y } = await encodeFile(file, schema, scan.rows);
  return { file, scan, schema, x, y };
}

function checkLoss(loss: string, schema: Schema): string {
  if (loss !== "mse" && loss !== defaultLoss(schema)) {
    throw new RangeError(
      `--loss ${loss} does not fit ${
        schema.task === "regression"
          ? "a regression target"
          : isMulticlass(schema)
          ? "a softmax over several classes"
          : "two-class targets (one sigmoid output each)"
      }; use --loss auto (${defaultLoss(schema)})`,
    );
  }
  return loss;
}

/** The network: `--arch`, or `--layers` hidden layers and the output layer the task needs. */
async function buildModel(settings: Settings, schema: Schema): Promise<Sequential> {
  const inputs = inputWidth(schema), outputs = outputWidth(schema);
  const wanted = outputActivation(schema);
  if (settings.arch === null) {
    return stackLayers(
      [inputs, ...settings.hidden, outputs],
      settings.activation,
      wanted,
      settings.seed,
    );
  }
  const path = settings.arch;
  const model = await readArchitecture(path, settings.seed);
  if (model.inputs !== inputs || model.outputs !== outputs) {
    throw new DataError(
      `${path}: the network takes ${count(model.inputs, "input")} and gives ${
        count(model.outputs, "output")
      }, but the data need ${count(inputs, "input")} (${inputNames(schema).join(", ")}) and ${
        count(outputs, "output")
      }`,
    );
  }
  const last = model.layers[model.layers.length - 1].activation.name;
  if (schema.task === "classification" && last !== wanted) {
    throw new DataError(
      `${path}: the last layer's activation is ${last}, but ${
        isMulticlass(schema) ? "a target with several classes" : "two-class targets"
      } need ${wanted}`,
    );
  }
  return model;
}

function optimizerOf(settings: Settings): Optimizer {
  return settings.optimizer === "adam"
    ? adam({ learningRate: settings.learningRate })
    : sgd({ learningRate: settings.learningRate, momentum: settings.momentum });
}

/** The lines that describe the data before training. */
function dataLines(file: CsvFile, data: Awaited<ReturnType<typeof readData>>): string[] {
  const { schema, scan, y } = data;
  const lines = [
    `Data: ${file.path}, ${scan.rows} rows, delimiter ${JSON.stringify(file.delimiter)}`,
    `Features (${schema.features.length}, ${inputWidth(schema)} network inputs): ${
      schema.features.map((f) =>
        f.categories ? `${f.name} (${f.categories.length} categories)` : f.name
      ).join(", ")
    }`,
  ];
  schema.targets.forEach((target, t) => {
    if (target.classes) {
      const counts = classCounts(scan.columns.get(target.name)!, target.classes);
      lines.push(
        `Target ${target.name}: ${target.classes.length} classes: ${
          target.classes.map((c, k) => `${c} (${counts[k]})`).join(", ")
        }`,
      );
    } else {
      let sum = 0, min = Infinity, max = -Infinity;
      for (let i = 0; i < y.rows; i++) {
        const v = y.data[i * y.cols + t];
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      lines.push(
        `Target ${target.name}: numeric, mean ${significant(sum / y.rows, 4)}, from ${
          significant(min, 4)
        } to ${significant(max, 4)}`,
      );
    }
  });
  lines.push(`Task: ${schema.task}`);
  return lines;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Tracks the best epoch's model, for Ctrl-C. */
function bestKeeper(validating: boolean, stop: { interrupted: boolean }) {
  const best = { epoch: 0, value: Infinity, json: null as ModelJSON | null };
  const callback: Callback = {
    onEpochEnd({ epoch, loss, valLoss, model }) {
      if (stop.interrupted) return;
      const value = validating ? valLoss! : loss;
      if (Number.isFinite(value) && value < best.value) {
        Object.assign(best, { epoch, value, json: model.toJSON() });
      }
    },
  };
  return { best, callback };
}

/** Ctrl-C stops training after the current batch; a second one quits at once. */
function interruptible() {
  const state = { interrupted: false };
  const listener = () => {
    if (state.interrupted) Deno.exit(130);
    state.interrupted = true;
    console.error("\nInterrupted: stopping after this batch (Ctrl-C again to quit without saving)");
  };
  const callback: Callback = {
    onBatchEnd(event) {
      if (state.interrupted) event.stop("interrupted (Ctrl-C)");
    },
  };
  return { state, listener, callback };
}

async function run(flags: Flags, output: Output): Promise<number> {
  const settings = settingsOf(flags);
  await checkOutFile(settings.out, "--out", {
    "--data": settings.data,
    "--arch": settings.arch,
  });
  if (settings.plots !== null) await checkChartFolder(settings.plots);
  const data = await readData(settings);
  const { file, schema } = data;
  const model = await buildModel(settings, schema);
  if (settings.validationSplit > 0 && data.x.rows < 2) {
    throw new DataError(
      `${file.path} has ${data.x.rows} row; --validation-split needs at least 2 (one to train on, one to validate)`,
    );
  }
  const split = settings.validationSplit > 0
    ? trainTestSplit(data.x, data.y, {
      testFraction: settings.validationSplit,
      seed: settings.seed,
    })
    : null;
  const x = split?.xTrain ?? data.x, y = split?.yTrain ?? data.y;
  if (settings.standardize) model.inputScaler = fitStandardScaler(x);
  if (schema.task === "regression") model.targetScaler = fitStandardScaler(y);
  model.metadata = schemaMetadata(schema, {
    file: file.path,
    rows: data.x.rows,
    seed: settings.seed,
  });

  const log = output.log;
  dataLines(file, data).forEach((line) => log(line));
  if (split !== null) {
    log(
      `Validation: ${split.xTest.rows} rows held out (--validation-split ${settings.validationSplit})`,
    );
  }
  log("");
  log(model.summary());
  log(
    `Loss ${schema.loss}, optimizer ${settings.optimizer} (lr ${settings.learningRate}), ` +
      `${settings.epochs} epochs, batch size ${settings.batchSize}, seed ${settings.seed}, ` +
      `kernels ${getKernels().name}`,
  );
  log("");

  const stop = interruptible();
  const keeper = bestKeeper(split !== null, stop.state);
  Deno.addSignalListener("SIGINT", stop.listener);
  const started = performance.now();
  let history: History;
  try {
    history = await train(model, x, y, {
      loss: schema.loss,
      optimizer: optimizerOf(settings),
      epochs: settings.epochs,
      batchSize: settings.batchSize,
      seed: settings.seed,
      validationData: split === null ? undefined : [split.xTest, split.yTest],
      metrics: schema.task === "classification" ? ["accuracy"] : ["rmse"],
      earlyStopping: settings.patience === null
        ? undefined
        : { patience: settings.patience, restoreBest: true },
      callbacks: [stop.callback, keeper.callback],
    }, output);
  } catch (error) {
    if (error instanceof TrainingError) {
      throw new Error(`${error.message}\n${settings.out} was not written; try a smaller --lr`);
    }
    throw error;
  } finally {
    Deno.removeSignalListener("SIGINT", stop.listener);
  }
  const seconds = (performance.now() - started) / 1000;

  if (stop.state.interrupted) {
    const { best } = keeper;
    if (best.epoch === 0) {
      console.error(
        `Interrupted before the first epoch ended: nothing saved; ${settings.out} is unchanged`,
      );
      return 130;
    }
    await saveModel(settings.out, Sequential.fromJSON(best.json));
    const monitor = split === null ? "loss" : "validation loss";
    console.error(
      `Interrupted in epoch ${history.epochs}: saved the best model so far (epoch ${best.epoch}, ${monitor} ${
        significant(best.value, 4)
      }) to ${settings.out}`,
    );
    return 130;
  }

  // The charts show the validation rows (else the training rows), scored once.
  const [chartX, chartY] = split === null ? [x, y] : [split.xTest, split.yTest];
  const chartOut = outputsOf(model, schema, chartX);
  const scores = {
    training: split === null ? score(model, schema, x, y, chartOut) : score(model, schema, x, y),
    validation: split === null ? null : score(model, schema, chartX, chartY, chartOut),
  };
  await saveModel(settings.out, model);
  const charts = settings.plots === null ? [] : await saveCharts(
    settings.plots,
    schema,
    history,
    [chartX, chartY, chartOut],
    scores.validation ?? scores.training,
  ).catch((error) => {
    throw new Error(`${settings.out} was saved, but the charts failed: ${messageOf(error)}`);
  });

  if (output.json) {
    console.log(JSON.stringify({
      command: "train",
      data: { file: file.path, rows: data.x.rows, delimiter: file.delimiter },
      task: schema.task,
      features: schema.features,
      targets: schema.targets,
      inputs: inputWidth(schema),
      epochs: history.epochs,
      bestEpoch: history.bestEpoch,
      stopReason: history.stopReason,
      seconds,
      kernels: getKernels().name,
      ...scores,
      model: settings.out,
      charts,
    }));
    return 0;
  }
  log(`${history.stopMessage} (${seconds.toFixed(1)} s)`);
  scoreLines("Training", scores.training).forEach((line) => log(line));
  if (scores.validation) scoreLines("Validation", scores.validation).forEach((line) => log(line));
  log(`Model saved to ${settings.out}`);
  if (charts.length > 0) log(`Charts: ${charts.join(", ")}`);
  return 0;
}

/** The `train` command. */
export const trainCommand: Command = {
  name: "train",
  summary: "train a network on a CSV file and save it",
  usage: "--data FILE.csv --target COL[,COL...] --out MODEL.json [options]",
  flags: {
    data: ["string", "FILE.csv", "training data: a header row, then one row per sample"],
    target: [
      "string",
      "COLS",
      "the column(s) to predict; text or 0/1 → classification, numbers → regression",
    ],
    features: ["string", "COLS", "input columns (default: every other column)"],
    categorical: ["string", "COLS", "text feature columns to one-hot encode"],
    task: ["string", "TASK", "auto (default), classification or regression"],
    layers: ["string", "SIZES", 'hidden layer sizes, e.g. 16,8 (default), or "none"'],
    activation: [
      "string",
      "NAME",
      "hidden activation: relu (default), tanh, sigmoid, leakyRelu, linear",
    ],
    arch: ["string", "FILE.json", "the whole network as [{inputDim, outputDim, activation}, ...]"],
    loss: ["string", "NAME", "auto (default), mse, logLoss or crossEntropy"],
    optimizer: ["string", "NAME", "adam (default) or sgd"],
    lr: ["string", "X", "learning rate (default 0.01)"],
    momentum: ["string", "X", "momentum for sgd, in [0, 1) (default 0)"],
    epochs: ["string", "N", "passes over the data (default 100)"],
    "batch-size": ["string", "N", "rows per step (default 32)"],
    "validation-split": ["string", "F", "fraction of rows held out for validation (default 0)"],
    "early-stopping": ["string", "N", "stop after N epochs without improvement; keep the best"],
    seed: ["string", "N", "seed of the weights, the split and the shuffling (default 0)"],
    standardize: ["boolean", "", "scale every input to mean 0, std 1 (saved with the model)"],
    delimiter: ["string", "C", "field delimiter (default: detected from the header)"],
    out: [
      "string",
      "MODEL.json",
      "where to save the model (replaced only after training succeeds)",
    ],
    plots: [
      "string",
      "DIR",
      "write SVG charts (loss, confusion matrix or predicted vs true) to DIR",
    ],
  },
  examples: [
    "nn train --data iris.csv --target species --out iris.json",
    "nn train --data houses.csv --target price --standardize --layers 32,16 --epochs 200 --out houses.json",
    "nn train --data pets.csv --target adopted --categorical color --validation-split 0.2 --early-stopping 10 --out pets.json --plots charts",
  ],
  run,
};
