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
  cosineDecay,
  type DType,
  exponentialDecay,
  fitStandardScaler,
  getKernels,
  type History,
  type MetricName,
  type ModelJSON,
  type ModelLayer,
  type Optimizer,
  type Prediction,
  reduceLROnPlateau,
  Sequential,
  sgd,
  stepDecay,
  TrainingError,
  trainTestSplit,
} from "../../mod.ts";
import { saveModel } from "../../io/mod.ts";
import { messageOf } from "../message.ts";
import { fractionFlag, integerFlag, listFlag, positiveFlag } from "../flags.ts";
import { checkChartFolder, train } from "../scenario.ts";
import {
  type Command,
  delimiterFlag,
  DTYPE_HELP,
  dtypeFlag,
  type Flags,
  layersFlag,
  lossFlag,
  type Output,
  required,
} from "./command.ts";
import { type CsvFile, DataError, openCsv } from "./csv.ts";
import { trainingWarnings } from "./diagnose.ts";
import { checkOutFile, saveCharts } from "./files.ts";
import { readArchitecture, type Regularization, stackLayers } from "./model.ts";
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
import {
  checkMetricsFor,
  METRICS_HELP,
  metricsFlag,
  outputsOf,
  score,
  scoreLines,
  significant,
} from "./scores.ts";
import {
  classCounts,
  classesOf,
  columnIndex,
  encodeFile,
  inferTargets,
  scanColumns,
} from "./table.ts";

/**
 * The defaults of `nn train`, chosen so that a run with only `--data`,
 * `--target` and `--out` learns on real tabular data (docs/cli.md has the
 * comparison with scikit-learn's defaults).
 */
export const DEFAULTS = {
  layers: "64",
  activation: "relu",
  learningRate: 0.001,
  epochs: 200,
  batchSize: 32,
  /** Held out for early stopping, when the file has at least `validationRows` rows. */
  validationSplit: 0.2,
  validationRows: 50,
  /** Epochs without improvement before training stops (and the best epoch is restored). */
  patience: 20,
} as const;

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
  /** `null`: the default, which depends on the number of rows. */
  validationSplit: number | null;
  /** `null`: no early stopping. */
  patience: number | null;
  seed: number;
  /** `--dtype`: the number format of every layer's products. */
  dtype: DType;
  standardize: boolean;
  out: string;
  plots: string | null;
  regularization: Regularization;
  /** Metrics reported besides the standard ones (`--metrics`). */
  metrics: MetricName[];
  /** `--lr-schedule`, parsed; `null` for a constant rate. */
  schedule: LrSchedule | null;
  /** `--class-weight balanced`. */
  balanced: boolean;
}

/** A `--lr-schedule` value. */
type LrSchedule =
  | { kind: "exponential"; rate: number }
  | { kind: "step"; every: number; gamma: number }
  | { kind: "cosine" }
  | { kind: "plateau"; patience: number; factor: number };

const LR_SCHEDULE_HELP = "how the rate changes: exponential:R (times R after each epoch), " +
  "step:N:G (times G every N epochs), cosine (cosine decay to 0 over all epochs), " +
  "plateau[:N] (halve after N epochs, default 10, in which the validation loss, or the training " +
  "loss without validation, did not fall by more than 1e-4)";

/** The factor of `--lr-schedule step:N:G`, in (0, 1). */
function gammaFlag(text: string): number {
  const gamma = fractionFlag("--lr-schedule step", text, 0);
  if (gamma === 0) throw new RangeError(`--lr-schedule step: G must be above 0, got "${text}"`);
  return gamma;
}

/** Parses `--lr-schedule`. */
function scheduleFlag(text: string | undefined): LrSchedule | null {
  if (text === undefined) return null;
  const [kind, ...args] = text.split(":");
  const wrong = () =>
    new RangeError(`--lr-schedule must be one of: ${LR_SCHEDULE_HELP}; got "${text}"`);
  if (kind === "exponential" && args.length === 1) {
    return { kind, rate: positiveFlag("--lr-schedule exponential", args[0], 1) };
  }
  if (kind === "step" && args.length === 2) {
    return {
      kind,
      every: integerFlag("--lr-schedule step", args[0], 1, 1, 1e7),
      gamma: gammaFlag(args[1]),
    };
  }
  if (kind === "cosine" && args.length === 0) return { kind };
  if (kind === "plateau" && args.length <= 1) {
    return {
      kind,
      patience: integerFlag("--lr-schedule plateau", args[0], 10, 1, 1e7),
      factor: 0.5,
    };
  }
  throw wrong();
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
  if (text("arch") !== undefined && (text("l2") !== undefined || text("dropout") !== undefined)) {
    throw new RangeError(
      '--arch gives every layer; put "l2" in its entries, and leave out --l2 and --dropout',
    );
  }
  if (flags.standardize === true && flags["no-standardize"] === true) {
    throw new RangeError("--standardize and --no-standardize contradict each other; give one");
  }
  const split = text("validation-split");
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
    hidden: layersFlag(text("layers") ?? DEFAULTS.layers),
    activation: text("activation") ?? DEFAULTS.activation,
    arch: text("arch") ?? null,
    loss,
    optimizer,
    learningRate: positiveFlag("--lr", text("lr"), DEFAULTS.learningRate),
    momentum: fractionFlag("--momentum", text("momentum"), 0),
    epochs: integerFlag("--epochs", text("epochs"), DEFAULTS.epochs, 1, 1e7),
    batchSize: integerFlag("--batch-size", text("batch-size"), DEFAULTS.batchSize, 1, 1e9),
    validationSplit: split === undefined ? null : fractionFlag("--validation-split", split, 0),
    patience: integerFlag("--early-stopping", text("early-stopping"), DEFAULTS.patience, 0, 1e7) ||
      null,
    seed: integerFlag("--seed", text("seed"), 0, 0, 2 ** 32 - 1),
    dtype: dtypeFlag(text("dtype")),
    standardize: flags["no-standardize"] !== true,
    out: required(flags, "out", "train"),
    plots: text("plots") ?? null,
    regularization: {
      l2: positiveFlag("--l2", text("l2"), 0),
      dropout: fractionFlag("--dropout", text("dropout"), 0),
    },
    metrics: metricsFlag(text("metrics")),
    schedule: scheduleFlag(text("lr-schedule")),
    balanced: classWeightFlag(text("class-weight")),
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
  const { task, reason, targets } = inferTargets(file, scan, settings.targets, settings.task);
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
  return { file, scan, schema, reason, x, y };
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
async function buildModel(
  settings: Settings,
  schema: Schema,
): Promise<Sequential<Prediction, ModelLayer>> {
  const inputs = inputWidth(schema), outputs = outputWidth(schema);
  const wanted = outputActivation(schema);
  if (settings.arch === null) {
    return stackLayers(
      [inputs, ...settings.hidden, outputs],
      settings.activation,
      wanted,
      settings.seed,
      settings.regularization,
      settings.dtype,
    );
  }
  const path = settings.arch;
  const model = await readArchitecture(path, settings.seed, settings.dtype);
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

/** `--class-weight`: `balanced` or `none`. */
function classWeightFlag(text: string | undefined): boolean {
  if (text === undefined || text === "none") return false;
  if (text === "balanced") return true;
  throw new RangeError(`--class-weight must be balanced or none, got "${text}"`);
}

/** The optimizer, its rate following `--lr-schedule` over `steps` steps per epoch. */
function optimizerOf(settings: Settings, steps: number): Optimizer {
  const { learningRate: lr, schedule } = settings;
  const learningRate = schedule?.kind === "exponential"
    ? exponentialDecay({
      initialLearningRate: lr,
      decaySteps: steps,
      decayRate: schedule.rate,
      staircase: true,
    })
    : schedule?.kind === "step"
    ? stepDecay({ initialLearningRate: lr, stepSize: schedule.every, gamma: schedule.gamma })
    : schedule?.kind === "cosine"
    ? cosineDecay({ initialLearningRate: lr, decaySteps: steps * settings.epochs })
    : lr;
  return settings.optimizer === "adam"
    ? adam({ learningRate })
    : sgd({ learningRate, momentum: settings.momentum });
}

/** A line on how the learning rate changes, or `null` for a constant one. */
function scheduleLine(schedule: LrSchedule | null): string | null {
  switch (schedule?.kind) {
    case undefined:
      return null;
    case "exponential":
      return `Learning rate: times ${schedule.rate} each epoch`;
    case "step":
      return `Learning rate: times ${schedule.gamma} every ${schedule.every} epochs`;
    case "cosine":
      return "Learning rate: cosine decay to 0 over all epochs";
    case "plateau":
      return `Learning rate: halved after ${schedule.patience} epochs without a lower loss`;
  }
}

/** The lines that describe the data before training. */
function dataLines(file: CsvFile, data: Awaited<ReturnType<typeof readData>>): string[] {
  const { schema, scan, reason, y } = data;
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
  lines.push(`Task: ${schema.task} (${reason})`);
  return lines;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * The best completed epoch's model, for Ctrl-C. An epoch counts when every one of its batches
 * trained, whenever the Ctrl-C came; the epoch it cut short does not.
 */
function bestKeeper(validating: boolean, batchesPerEpoch: number) {
  const best = { epoch: 0, value: Infinity, json: null as ModelJSON | null };
  let batches = 0;
  const callback: Callback = {
    onBatchEnd() {
      batches++;
    },
    onEpochEnd({ epoch, loss, valLoss, model }) {
      const complete = batches === batchesPerEpoch;
      batches = 0;
      const value = validating ? valLoss! : loss;
      if (complete && Number.isFinite(value) && value < best.value) {
        Object.assign(best, { epoch, value, json: model.toJSON() });
      }
    },
  };
  return { best, callback };
}

/**
 * Ctrl-C at any moment of `nn train`. While the data is read nothing has been written, so the run
 * quits at once. During training the current batch ends (the caller saves the best completed
 * epoch); a second Ctrl-C quits without saving. After training, what is under way (scoring, the
 * atomic save) finishes and the rest is skipped: `--out` is never left half written, and a
 * leftover temporary file is never made.
 */
function interruptible(out: string) {
  const state = { phase: "reading" as "reading" | "training" | "finishing", interrupted: false };
  const listener = () => {
    if (state.phase === "reading") {
      console.error(`\nInterrupted before training: nothing saved; ${out} is unchanged`);
      Deno.exit(130);
    }
    if (state.phase === "training" && state.interrupted) {
      console.error(`\nQuit without saving: ${out} is unchanged`);
      Deno.exit(130);
    }
    if (!state.interrupted) {
      console.error(
        state.phase === "training"
          ? "\nInterrupted: stopping after this batch (Ctrl-C again to quit without saving)"
          : "\nInterrupted: stopping once the file being written is complete",
      );
    }
    state.interrupted = true;
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
  const stop = interruptible(settings.out);
  Deno.addSignalListener("SIGINT", stop.listener);
  try {
    return await trainAndSave(settings, output, stop);
  } finally {
    Deno.removeSignalListener("SIGINT", stop.listener);
  }
}

async function trainAndSave(
  settings: Settings,
  output: Output,
  stop: ReturnType<typeof interruptible>,
): Promise<number> {
  await checkOutFile(settings.out, "--out", {
    "--data": settings.data,
    "--arch": settings.arch,
  });
  if (settings.plots !== null) await checkChartFolder(settings.plots);
  const data = await readData(settings);
  const { file, schema } = data;
  checkMetricsFor(settings.metrics, schema);
  if (settings.balanced && schema.task !== "classification") {
    throw new RangeError(
      "--class-weight balanced needs a classification, but this is a regression",
    );
  }
  const model = await buildModel(settings, schema);
  const fraction = settings.validationSplit ??
    (data.x.rows >= DEFAULTS.validationRows ? DEFAULTS.validationSplit : 0);
  if (fraction > 0 && data.x.rows < 2) {
    throw new DataError(
      `${file.path} has ${data.x.rows} row; --validation-split needs at least 2 (one to train on, one to validate)`,
    );
  }
  const split = fraction > 0
    ? trainTestSplit(data.x, data.y, { testFraction: fraction, seed: settings.seed })
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
  log(validationLine(settings, split?.xTest.rows ?? 0, fraction));
  log(`Inputs: ${settings.standardize ? "standardized" : "as they are (--no-standardize)"}`);
  log("");
  log(model.summary());
  log(
    `Loss ${schema.loss}${
      settings.regularization.l2 > 0 ? ` + L2 ${settings.regularization.l2}·ΣW²` : ""
    }, optimizer ${settings.optimizer} (lr ${settings.learningRate}), ` +
      `up to ${settings.epochs} epochs, batch size ${settings.batchSize}, seed ${settings.seed}, ` +
      `kernels ${getKernels().name}${settings.dtype === "float32" ? " (float32)" : ""}`,
  );
  const rateLine = scheduleLine(settings.schedule);
  if (rateLine !== null) log(rateLine);
  if (settings.balanced) log("Class weights: balanced (n / (classes · rows of the class))");
  if (settings.patience !== null) {
    log(
      `Early stopping: after ${settings.patience} epochs without a lower ${
        split === null ? "training" : "validation"
      } loss, keeping the best epoch's weights (--early-stopping 0 for off)`,
    );
  }
  log("");

  const keeper = bestKeeper(split !== null, Math.ceil(x.rows / settings.batchSize));
  stop.state.phase = "training";
  const started = performance.now();
  let history: History;
  try {
    history = await train(model, x, y, {
      loss: schema.loss,
      optimizer: optimizerOf(settings, Math.ceil(x.rows / settings.batchSize)),
      epochs: settings.epochs,
      batchSize: settings.batchSize,
      seed: settings.seed,
      validationData: split === null ? undefined : [split.xTest, split.yTest],
      metrics: schema.task === "classification" ? ["accuracy"] : ["rmse"],
      earlyStopping: settings.patience === null
        ? undefined
        : { patience: settings.patience, restoreBest: true },
      callbacks: [
        stop.callback,
        keeper.callback,
        ...(settings.schedule?.kind === "plateau"
          ? [reduceLROnPlateau({ patience: settings.schedule.patience, factor: 0.5 })]
          : []),
      ],
      classWeight: settings.balanced ? "balanced" : undefined,
    }, output);
  } catch (error) {
    if (error instanceof TrainingError) {
      throw new Error(`${error.message}\n${settings.out} was not written; try a smaller --lr`);
    }
    throw error;
  } finally {
    stop.state.phase = "finishing";
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

  // The charts show the validation rows (else the training rows).
  const out = outputsOf(model, schema, x);
  const validation = split === null
    ? null
    : { x: split.xTest, y: split.yTest, out: outputsOf(model, schema, split.xTest) };
  const [chartX, chartY, chartOut] = validation === null
    ? [x, y, out]
    : [validation.x, validation.y, validation.out];
  const scores = {
    training: score(model, schema, x, y, settings.metrics, out),
    validation: validation === null
      ? null
      : score(model, schema, validation.x, validation.y, settings.metrics, validation.out),
  };
  const warnings = trainingWarnings(model, schema, {
    x,
    y,
    out,
    ...scores,
    standardized: settings.standardize,
  });
  await saveModel(settings.out, model);
  if (stop.state.interrupted) {
    console.error(
      `Interrupted after training: the model is saved to ${settings.out}` +
        (settings.plots === null ? "" : `; the charts in ${settings.plots} were not written`),
    );
    return 130;
  }
  const charts = settings.plots === null ? [] : await saveCharts(
    settings.plots,
    schema,
    history,
    [chartX, chartY, chartOut],
    scores.validation ?? scores.training,
  ).catch((error) => {
    throw new Error(`${settings.out} was saved, but the charts failed: ${messageOf(error)}`);
  });
  if (stop.state.interrupted) {
    console.error(
      `Interrupted after training: the model is saved to ${settings.out}, the charts to ${settings.plots}`,
    );
    return 130;
  }

  if (output.json) {
    console.log(JSON.stringify({
      command: "train",
      data: { file: file.path, rows: data.x.rows, delimiter: file.delimiter },
      task: schema.task,
      taskReason: data.reason,
      features: schema.features,
      targets: schema.targets,
      inputs: inputWidth(schema),
      epochs: history.epochs,
      bestEpoch: history.bestEpoch,
      stopReason: history.stopReason,
      learningRate: history.learningRate,
      seconds,
      kernels: getKernels().name,
      dtype: settings.dtype,
      ...scores,
      model: settings.out,
      charts,
      warnings,
    }));
    printWarnings(warnings);
    return 0;
  }
  log(`${history.stopMessage} (${seconds.toFixed(1)} s)`);
  scoreLines("Training", scores.training).forEach((line) => log(line));
  if (scores.validation) scoreLines("Validation", scores.validation).forEach((line) => log(line));
  log(`Model saved to ${settings.out}`);
  if (charts.length > 0) log(`Charts: ${charts.join(", ")}`);
  printWarnings(warnings);
  return 0;
}

/** What the report says about validation: how many rows, and where the fraction came from. */
function validationLine(settings: Settings, rows: number, fraction: number): string {
  if (settings.validationSplit !== null) {
    return rows === 0
      ? "Validation: none (--validation-split 0)"
      : `Validation: ${rows} rows held out (--validation-split ${fraction})`;
  }
  return rows === 0
    ? `Validation: none (the file has fewer than ${DEFAULTS.validationRows} rows; ` +
      "--validation-split F holds a fraction out)"
    : `Validation: ${rows} rows held out (${
      Math.round(100 * fraction)
    }%, the default; --validation-split 0 trains on every row)`;
}

/** Warnings go to stderr, whatever the output mode: they matter more than the report. */
function printWarnings(warnings: string[]): void {
  for (const warning of warnings) console.error(`Warning: ${warning}`);
}

/** The `train` command. */
export const trainCommand: Command = {
  name: "train",
  summary: "train a network on a CSV file and save it",
  usage: "--data FILE.csv --target COL[,COL...] --out MODEL.json [options]",
  flags: {
    data: [
      "string",
      "FILE.csv",
      "training data: a header row, then one row per sample, in UTF-8; /dev/stdin reads a pipe",
    ],
    target: ["string", "COLS", "the column(s) to predict (see --task for the task chosen)"],
    features: ["string", "COLS", "input columns (default: every other column)"],
    categorical: ["string", "COLS", "text feature columns to one-hot encode"],
    task: [
      "string",
      "TASK",
      "auto (default): text, or integers with at most 20 different values and no more than " +
      "half as many as rows → classification; other numbers → regression; numbers with a stray " +
      "text cell → an error. classification or regression: force one",
    ],
    layers: [
      "string",
      "SIZES",
      `hidden layer sizes, e.g. 32,16, or "none" (default ${DEFAULTS.layers})`,
    ],
    activation: [
      "string",
      "NAME",
      "hidden activation: relu (default), leakyRelu, elu, selu, gelu, geluTanh, silu (swish), mish, softplus, tanh, sigmoid, hardSigmoid, linear",
    ],
    arch: [
      "string",
      "FILE.json",
      "the whole network as [{inputDim, outputDim, activation, l2}, ...]",
    ],
    l2: ["string", "X", "L2 penalty on every layer's weights: the loss gains X·ΣW² (default 0)"],
    dropout: [
      "string",
      "R",
      "dropout after every hidden layer: each unit zeroed with probability R in training (default 0)",
    ],
    metrics: ["string", "NAMES", METRICS_HELP],
    "lr-schedule": ["string", "NAME", LR_SCHEDULE_HELP],
    "class-weight": [
      "string",
      "balanced",
      "weigh each class's rows by n / (classes · its rows), so rare classes count as much (default none)",
    ],
    loss: ["string", "NAME", "auto (default), mse, logLoss or crossEntropy"],
    optimizer: ["string", "NAME", "adam (default) or sgd"],
    lr: ["string", "X", `learning rate (default ${DEFAULTS.learningRate})`],
    momentum: ["string", "X", "momentum for sgd, in [0, 1) (default 0)"],
    epochs: ["string", "N", `the most passes over the data (default ${DEFAULTS.epochs})`],
    "batch-size": ["string", "N", `rows per step (default ${DEFAULTS.batchSize})`],
    "validation-split": [
      "string",
      "F",
      `fraction of rows held out for validation and early stopping (default ${DEFAULTS.validationSplit} ` +
      `for ${DEFAULTS.validationRows} rows or more, else 0)`,
    ],
    "early-stopping": [
      "string",
      "N",
      `stop after N epochs without a lower validation (else training) loss and keep the best ` +
      `epoch (default ${DEFAULTS.patience}; 0: off)`,
    ],
    seed: ["string", "N", "seed of the weights, the split and the shuffling (default 0)"],
    dtype: DTYPE_HELP,
    standardize: [
      "boolean",
      "",
      "scale every input to mean 0, std 1, saved with the model (the default)",
    ],
    "no-standardize": ["boolean", "", "use the inputs as they are"],
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
    "nn train --data houses.csv --target price --layers 32,16 --epochs 500 --out houses.json",
    "cat data.csv | nn train --data /dev/stdin --target label --out model.json",
    "nn train --data pets.csv --target adopted --categorical color --validation-split 0.2 --early-stopping 10 --out pets.json --plots charts",
  ],
  run,
};
