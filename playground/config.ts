/**
 * The playground's configuration: what a run is (data, network, training,
 * seed), its defaults, the notebook presets, and its form in the URL's query
 * string, so that a link reproduces a run. Plain data and functions, shared by
 * the page and the worker; nothing here imports the library.
 *
 * @module
 */
import { nearestName } from "../scripts/suggest.ts";

/** The data sets, by name: what the data select offers. */
export const DATASETS = {
  circles: { label: "Circles", kind: "classification", domain: { cx: 0, cy: 0, half: 1.5 } },
  xor: { label: "XOR (quadrants)", kind: "classification", domain: { cx: 0, cy: 0, half: 1.5 } },
  gaussians: {
    label: "Two Gaussians",
    kind: "classification",
    domain: { cx: 0, cy: 0, half: 1.5 },
  },
  spirals: { label: "Spirals", kind: "classification", domain: { cx: 0, cy: 0, half: 1.2 } },
  moons: { label: "Moons", kind: "classification", domain: { cx: 0.5, cy: 0.25, half: 2 } },
  xor4: {
    label: "XOR (the four points)",
    kind: "classification",
    domain: { cx: 0.5, cy: 0.5, half: 1 },
  },
  cross: {
    label: "Cross (a row or a column)",
    kind: "classification",
    domain: { cx: 0, cy: 0, half: 1.5 },
  },
  heart: { label: "Heart", kind: "classification", domain: { cx: 0, cy: 0, half: 1.5 } },
  plane: { label: "Plane (regression)", kind: "regression", domain: { cx: 0, cy: 0, half: 1.5 } },
  expsin: {
    label: "exp(sin) surface (regression)",
    kind: "regression",
    domain: { cx: 0, cy: 0, half: 1.5 },
  },
} as const;

/** A data set's name. */
export type DatasetName = keyof typeof DATASETS;

/** The square of the plane that the heatmaps show: centre and half its side. */
export interface Domain {
  cx: number;
  cy: number;
  half: number;
}

/** The input features a network may take, as TensorFlow Playground offers them. */
export const FEATURES = {
  x1: { label: "x₁", of: (x1: number, _x2: number) => x1 },
  x2: { label: "x₂", of: (_x1: number, x2: number) => x2 },
  x1Squared: { label: "x₁²", of: (x1: number, _x2: number) => x1 * x1 },
  x2Squared: { label: "x₂²", of: (_x1: number, x2: number) => x2 * x2 },
  x1x2: { label: "x₁x₂", of: (x1: number, x2: number) => x1 * x2 },
  sinX1: { label: "sin x₁", of: (x1: number, _x2: number) => Math.sin(x1) },
  sinX2: { label: "sin x₂", of: (_x1: number, x2: number) => Math.sin(x2) },
} as const;

/** A feature's name. */
export type FeatureName = keyof typeof FEATURES;

/** Hidden-layer activations offered (the library's registered names). */
export const ACTIVATIONS = [
  "tanh",
  "relu",
  "sigmoid",
  "linear",
  "leakyRelu",
  "elu",
  "selu",
  "gelu",
  "silu",
  "mish",
  "softplus",
  "hardSigmoid",
] as const;

/**
 * Losses, with the output layer each implies: log loss and MSE on one sigmoid
 * unit for classification, cross-entropy on two softmax units, MSE on one
 * linear unit for regression.
 */
export const LOSSES = {
  logLoss: { label: "Log loss (sigmoid output)", kinds: ["classification"] },
  crossEntropy: { label: "Cross-entropy (2 softmax outputs)", kinds: ["classification"] },
  mse: { label: "Mean squared error", kinds: ["classification", "regression"] },
} as const;

/** A loss's name. */
export type LossName = keyof typeof LOSSES;

/** Optimizers offered. */
export const OPTIMIZERS = { sgd: "SGD (with momentum)", adam: "Adam" } as const;

/** Weight initializations offered, with the notebooks that use them. */
export const INITS = {
  glorot: "Glorot uniform (the library's default), biases 0",
  glorotNumpy: "Glorot uniform drawn by NumPy's generator, biases 0 (notebook 000)",
  normal01: "N(0, 0.1²) weights and biases (notebook 003)",
  normal05: "N(0, 0.5²) weights and biases (notebook 002)",
  uniform01: "U[0, 1) weights, biases 0 (notebook 004)",
} as const;

/** An initialization's name. */
export type InitName = keyof typeof INITS;

/** Training speeds offered, in epochs per second; 0 runs as fast as the worker can. */
export const SPEEDS = [1, 10, 60, 600, 0] as const;

/** Most hidden layers, most units in one, and most units drawn per layer. */
export const LIMITS = { layers: 6, units: 64, drawn: 12 } as const;

/** Everything that decides a run: equal configurations give equal runs, step for step. */
export interface Config {
  dataset: DatasetName;
  /** Number of points (ignored by `xor4`, which has four). */
  points: number;
  /** Noise, in the data set's units (see docs/playground.md). */
  noise: number;
  /** Percentage of the points used for training; the rest are test points. */
  trainPercent: number;
  batchSize: number;
  learningRate: number;
  optimizer: keyof typeof OPTIMIZERS;
  /** SGD's momentum (Adam ignores it). */
  momentum: number;
  loss: LossName;
  /** Activation of the hidden layers. */
  activation: (typeof ACTIVATIONS)[number];
  init: InitName;
  l1: number;
  l2: number;
  /** Units of each hidden layer, input side first. */
  layers: number[];
  bias: boolean;
  features: FeatureName[];
  seed: number;
  /** Epochs per second while playing (0: as fast as possible); no effect on the results. */
  speed: number;
}

/** How the page shows a run, also kept in the URL. */
export interface View {
  showTest: boolean;
  discretize: boolean;
}

/** What the URL may say beside the configuration. */
export interface Launch {
  /** Start training on load (`autoplay=1`). */
  autoplay: boolean;
  /** Pause after this many steps (`steps=N`), or `null`. */
  stopAt: number | null;
  /** The preset the configuration started from, or `null`. */
  preset: PresetName | null;
}

/** The configuration a page starts with. */
export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze<Config>({
  dataset: "circles",
  points: 400,
  noise: 0.1,
  trainPercent: 50,
  batchSize: 10,
  learningRate: 0.03,
  optimizer: "sgd",
  momentum: 0.9,
  loss: "logLoss",
  activation: "tanh",
  init: "glorot",
  l1: 0,
  l2: 0,
  layers: [8, 8],
  bias: true,
  features: ["x1", "x2"],
  seed: 1,
  speed: 60,
});

/** The default view. */
export const DEFAULT_VIEW: Readonly<View> = Object.freeze<View>({
  showTest: false,
  discretize: false,
});

/** A notebook scenario as a starting configuration, with what differs from the notebook. */
export interface Preset {
  label: string;
  /** What the preset keeps of the notebook and what it changes, shown under the select. */
  note: string;
  config: Config;
}

/**
 * The five notebook scenarios of scripts/ (their networks, losses,
 * optimizers, learning rates, batch sizes and seeds), on 2-D data where the
 * notebook's data are not 2-D.
 */
export const PRESETS = {
  xor: {
    label: "xor (notebook 000)",
    note: "Notebook 000 as scripts/xor.ts: the four XOR points, a 2-3-2 ReLU/softmax network " +
      "without biases, Glorot weights drawn as NumPy draws them for seed 0, cross-entropy, " +
      "full-batch SGD (learning rate 1, momentum 0.9). It ends at ln 2 / 4 ≈ 0.173, the least " +
      "this network can reach: without biases, [0, 0] always gives [0.5, 0.5].",
    config: preset({
      dataset: "xor4",
      points: 4,
      noise: 0,
      trainPercent: 100,
      batchSize: 4,
      learningRate: 1,
      momentum: 0.9,
      loss: "crossEntropy",
      activation: "relu",
      init: "glorotNumpy",
      layers: [3],
      bias: false,
      seed: 0,
      speed: 10,
    }),
  },
  line_detector: {
    label: "line detector (notebook 001)",
    note: "Notebook 001 classifies 3×3 images (9 inputs); a 2-D stand-in here: is the point " +
      "on the middle row or column of a 3×3 grid? Its 6-6 ReLU network, sigmoid output, log " +
      "loss, SGD (learning rate 0.2, momentum 0.9, weight decay 0.001 as L2 0.0005), " +
      "batches of 32, 80% training.",
    config: preset({
      dataset: "cross",
      points: 512,
      noise: 0,
      trainPercent: 80,
      batchSize: 32,
      learningRate: 0.2,
      momentum: 0.9,
      loss: "logLoss",
      activation: "relu",
      l2: 0.0005,
      layers: [6, 6],
      seed: 0,
    }),
  },
  sigmoid3: {
    label: "sigmoid3 (notebook 002)",
    note: "Notebook 002 maps x to a point of a heart curve (1 input, 2 outputs); a 2-D " +
      "stand-in here: is the point inside the heart? Its 6-7 network with a sigmoid on " +
      "every layer, weights and biases N(0, 0.5²), MSE, full-batch Adam (learning rate 0.05).",
    config: preset({
      dataset: "heart",
      points: 300,
      noise: 0,
      trainPercent: 80,
      batchSize: 240,
      learningRate: 0.05,
      optimizer: "adam",
      loss: "mse",
      activation: "sigmoid",
      init: "normal05",
      layers: [6, 7],
      seed: 123,
    }),
  },
  moons: {
    label: "moons (notebook 003)",
    note: "Notebook 003 as scripts/moons.ts: 1000 moons points with noise 0.2, 90% training, " +
      "the 25-50-50-25 ReLU network with a sigmoid output, weights and biases N(0, 0.1²), " +
      "log loss, Adam (learning rate 0.01), batches of 32. Only the first units of each " +
      "layer are drawn.",
    config: preset({
      dataset: "moons",
      points: 1000,
      noise: 0.2,
      trainPercent: 90,
      batchSize: 32,
      learningRate: 0.01,
      optimizer: "adam",
      loss: "logLoss",
      activation: "relu",
      init: "normal01",
      layers: [25, 50, 50, 25],
      seed: 101,
    }),
  },
  expsin: {
    label: "expsin (notebook 004)",
    note: "Notebook 004 fits y = 300·exp(sin x) for x in [0, 1)², two outputs; a 2-D " +
      "stand-in here: one output, the mean of the two, over x in [−π, π]² (drawn as " +
      "[−1.5, 1.5]²), targets scaled into [−1, 1] (the notebook's fix: scale the targets). " +
      "Its 3-unit sigmoid layer, linear output, MSE, per-sample SGD (learning rate 0.05), " +
      "U[0, 1) weights, 67% training.",
    config: preset({
      dataset: "expsin",
      points: 600,
      noise: 0,
      trainPercent: 67,
      batchSize: 1,
      learningRate: 0.05,
      momentum: 0,
      loss: "mse",
      activation: "sigmoid",
      init: "uniform01",
      layers: [3],
      seed: 0,
    }),
  },
} as const satisfies Record<string, Preset>;

/** A preset's name. */
export type PresetName = keyof typeof PRESETS;

function preset(overrides: Partial<Config>): Config {
  return { ...copyConfig(DEFAULT_CONFIG), ...overrides };
}

/** A copy of a configuration that shares no array with it. */
export function copyConfig(config: Readonly<Config>): Config {
  return { ...config, layers: [...config.layers], features: [...config.features] };
}

/** What {@linkcode parseQuery} reads: the run, the view, the launch options, and any complaints. */
export interface Parsed {
  config: Config;
  view: View;
  launch: Launch;
  /** One sentence per value that was refused (and replaced by the default). */
  problems: string[];
}

/** A value read from the URL, or why it was refused. */
type Read<T> = { value: T } | { why: string };
type Reader<T> = (text: string) => Read<T>;

function integerIn(min: number, max: number): Reader<number> {
  return (text) => {
    const value = Number(text);
    return text.trim() !== "" && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : { why: `expected a whole number from ${min} to ${max}` };
  };
}

function numberIn(min: number, max: number, above = false): Reader<number> {
  return (text) => {
    const value = Number(text);
    const low = above ? value > min : value >= min;
    return text.trim() !== "" && Number.isFinite(value) && low && value <= max ? { value } : {
      why: `expected a number ${above ? "above" : "from"} ${min} ${above ? "up " : ""}to ${max}`,
    };
  };
}

function oneOf<T extends string | number>(names: readonly T[]): Reader<T> {
  return (text) => {
    const found = names.find((name) => String(name) === text);
    return found === undefined ? { why: `expected one of ${names.join(", ")}` } : { value: found };
  };
}

function flagOf(text: string): Read<boolean> {
  if (text === "1" || text === "true") return { value: true };
  if (text === "0" || text === "false") return { value: false };
  return { why: "expected 1 or 0" };
}

function layerList(text: string): Read<number[]> {
  if (text.trim() === "") return { value: [] };
  const value = text.split(",").map((part) => Number(part));
  const valid = value.every((n) => Number.isInteger(n) && n >= 1 && n <= LIMITS.units);
  return valid && value.length <= LIMITS.layers ? { value } : {
    why: `expected up to ${LIMITS.layers} comma-separated whole numbers from 1 to ${LIMITS.units}`,
  };
}

function featureList(text: string): Read<FeatureName[]> {
  const names = Object.keys(FEATURES) as FeatureName[];
  const parts = text.split(",");
  return parts.every((part) => (names as string[]).includes(part))
    ? { value: names.filter((name) => parts.includes(name)) }
    : { why: `expected comma-separated features from ${names.join(", ")}` };
}

/** The query-string keys of the configuration, each with its reader. */
const CONFIG_KEYS: { [K in keyof Config]: { key: string; read: Reader<Config[K]> } } = {
  dataset: { key: "dataset", read: oneOf(Object.keys(DATASETS) as DatasetName[]) },
  points: { key: "points", read: integerIn(4, 2000) },
  noise: { key: "noise", read: numberIn(0, 1) },
  trainPercent: { key: "train", read: integerIn(10, 100) },
  batchSize: { key: "batch", read: integerIn(1, 2000) },
  learningRate: { key: "lr", read: numberIn(0, 10, true) },
  optimizer: { key: "optimizer", read: oneOf(["sgd", "adam"] as const) },
  momentum: { key: "momentum", read: numberIn(0, 0.999) },
  loss: { key: "loss", read: oneOf(Object.keys(LOSSES) as LossName[]) },
  activation: { key: "activation", read: oneOf(ACTIVATIONS) },
  init: { key: "init", read: oneOf(Object.keys(INITS) as InitName[]) },
  l1: { key: "l1", read: numberIn(0, 1) },
  l2: { key: "l2", read: numberIn(0, 1) },
  layers: { key: "layers", read: layerList },
  bias: { key: "bias", read: flagOf },
  features: { key: "features", read: featureList },
  seed: { key: "seed", read: integerIn(0, 2 ** 32 - 1) },
  speed: { key: "speed", read: oneOf<number>(SPEEDS) },
};

/** Where {@linkcode parseQuery} starts, and how its complaints name a value. */
export interface ParseOptions {
  /** The configuration that keys override, unless a `preset` key names another; default the defaults. */
  base?: Readonly<Config>;
  /** What a complaint calls a value: default "URL parameter". */
  source?: string;
}

/**
 * Reads a configuration from a query string (`?dataset=moons&layers=8,8&seed=3`).
 * A `preset` key starts from that preset, and the other keys override it;
 * a refused value keeps the base's and says why in `problems`.
 *
 * @param search The query string, with or without its `?`.
 * @param options The base configuration and the complaints' wording.
 * @returns The configuration, the view, the launch options and the complaints.
 */
export function parseQuery(search: string, options: ParseOptions = {}): Parsed {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const source = options.source ?? "URL parameter";
  const refuse = (key: string, text: string, why: string) =>
    problems.push(`${source} ${key}=${JSON.stringify(text)} was ignored: ${why}.`);
  const presetName = params.get("preset");
  let preset: PresetName | null = null;
  if (presetName !== null) {
    if (presetName in PRESETS) preset = presetName as PresetName;
    else refuse("preset", presetName, `expected one of ${Object.keys(PRESETS).join(", ")}`);
  }
  const config = copyConfig(
    preset === null ? options.base ?? DEFAULT_CONFIG : PRESETS[preset].config,
  );
  for (const [field, { key, read }] of Object.entries(CONFIG_KEYS)) {
    const text = params.get(key);
    if (text === null) continue;
    const result: Read<unknown> = read(text);
    if ("why" in result) refuse(key, text, result.why);
    else (config as unknown as Record<string, unknown>)[field] = result.value;
  }
  problems.push(...reconcile(config), ...unknownKeys(params, source));
  const flag = (key: string, fallback: boolean) =>
    readParam(params, key, flagOf, refuse) ?? fallback;
  return {
    config,
    view: {
      showTest: flag("showTest", DEFAULT_VIEW.showTest),
      discretize: flag("discretize", DEFAULT_VIEW.discretize),
    },
    launch: {
      autoplay: flag("autoplay", false),
      stopAt: readParam(params, "steps", integerIn(1, 1e9), refuse),
      preset,
    },
    problems,
  };
}

/** The query keys the page reads. */
const KNOWN_KEYS = [
  ...Object.values(CONFIG_KEYS).map(({ key }) => key),
  "preset",
  "showTest",
  "discretize",
  "autoplay",
  "steps",
];

/** A problem for each key the page does not read (with the key meant), and each key given twice. */
function unknownKeys(params: URLSearchParams, source: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) {
      problems.push(`${source} ${key} is given more than once; only the first was used.`);
      continue;
    }
    seen.add(key);
    if (KNOWN_KEYS.includes(key)) continue;
    const near = nearestName(key, KNOWN_KEYS);
    problems.push(
      `${source} ${key} was ignored: no such setting` +
        (near === undefined ? "." : `; did you mean ${near}?`),
    );
  }
  return problems;
}

/** The value of `key` as `read` reads it, or `null` when absent or refused. */
function readParam<T>(
  params: URLSearchParams,
  key: string,
  read: Reader<T>,
  refuse: (key: string, text: string, why: string) => void,
): T | null {
  const text = params.get(key);
  if (text === null) return null;
  const result = read(text);
  if ("value" in result) return result.value;
  refuse(key, text, result.why);
  return null;
}

/**
 * Makes a configuration consistent: a regression data set takes MSE. Returns
 * what it changed, in words.
 */
export function reconcile(config: Config): string[] {
  const kind = DATASETS[config.dataset].kind;
  if ((LOSSES[config.loss].kinds as readonly string[]).includes(kind)) return [];
  const was = config.loss;
  config.loss = "mse";
  return [`The loss ${was} does not fit ${kind} data (${config.dataset}); using mse.`];
}

/**
 * The query string of a configuration: every field, so that the link gives
 * the same run even if the defaults change; then the view and launch options
 * that differ from the defaults.
 *
 * @param config The run.
 * @param view How it is shown.
 * @param launch The preset it came from, autoplay and a step to stop at.
 * @returns The query string, starting with `?`.
 */
export function toQuery(config: Config, view: View = DEFAULT_VIEW, launch?: Partial<Launch>) {
  const params = new URLSearchParams();
  if (launch?.preset) params.set("preset", launch.preset);
  for (const [field, { key }] of Object.entries(CONFIG_KEYS)) {
    const value = config[field as keyof Config];
    params.set(
      key,
      Array.isArray(value)
        ? value.join(",")
        : typeof value === "boolean"
        ? (value ? "1" : "0")
        : String(value),
    );
  }
  if (view.showTest) params.set("showTest", "1");
  if (view.discretize) params.set("discretize", "1");
  if (launch?.autoplay) params.set("autoplay", "1");
  if (launch?.stopAt != null) params.set("steps", String(launch.stopAt));
  return `?${params.toString().replaceAll("%2C", ",")}`;
}

/** The output layer a configuration implies: its width and activation. */
export function outputOf(config: Config): { units: number; activation: string } {
  if (config.loss === "crossEntropy") return { units: 2, activation: "softmax" };
  if (DATASETS[config.dataset].kind === "regression") return { units: 1, activation: "linear" };
  return { units: 1, activation: "sigmoid" };
}

/** The widths of every layer's output, with the inputs first: `[2, 8, 8, 1]`. */
export function widthsOf(config: Config): number[] {
  return [config.features.length, ...config.layers, outputOf(config).units];
}

/** Whether two configurations give the same run (the speed changes only how fast it goes). */
export function sameRun(a: Config, b: Config): boolean {
  return toQuery({ ...a, speed: 0 }) === toQuery({ ...b, speed: 0 });
}
