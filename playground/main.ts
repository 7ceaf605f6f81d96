/// <reference lib="dom" />
/**
 * The playground page (dist/playground.js): reads the configuration from the
 * URL and the controls, runs it in the worker (dist/playground_worker.js), and
 * draws the worker's snapshots once per animation frame. Nothing here trains.
 *
 * @module
 */
import {
  ACTIVATIONS,
  type Config,
  copyConfig,
  DATASETS,
  FEATURES,
  INITS,
  LIMITS,
  LOSSES,
  OPTIMIZERS,
  outputOf,
  parseQuery,
  type PresetName,
  PRESETS,
  sameRun,
  SPEEDS,
  toQuery,
  type View,
  widthsOf,
} from "./config.ts";
import { explainHtml, formatNumber } from "./explain_view.ts";
import type {
  Explanation,
  ExportReply,
  GradCheckReply,
  Reply,
  Request,
  Setup,
  Snapshot,
} from "./messages.ts";
import {
  buildNetwork,
  type LossCurves,
  type NetworkView,
  paintFeatures,
  paintHeatmap,
  paintLoss,
  paintPoints,
  updateNetwork,
} from "./render.ts";

/** The form controls of the configuration, by query key: the element's id. */
const CONTROLS = {
  dataset: "dataset",
  points: "points",
  noise: "noise",
  train: "train",
  batch: "batch",
  lr: "learning-rate",
  optimizer: "optimizer",
  momentum: "momentum",
  loss: "loss-function",
  activation: "activation",
  init: "init",
  l1: "l1",
  l2: "l2",
  seed: "seed",
  speed: "speed",
} as const;

/** Everything the page knows. */
interface Page {
  config: Config;
  view: View;
  preset: PresetName | null;
  /** Pause when the run reaches this step (`steps=N` in the URL). */
  stopAt: number | null;
  runId: number;
  worker: Worker;
  setup: Setup | null;
  snapshot: Snapshot | null;
  network: NetworkView | null;
  curves: LossCurves;
  playing: boolean;
  dirty: boolean;
  /** The explained step not yet shown, and when one was last shown. */
  explain: Explanation | null;
  explainedAt: number;
  downloads: string[];
}

/** While playing, the explained step is redrawn at most this often, in milliseconds. */
const EXPLAIN_EVERY_MS = 500;

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no element with id "${id}"`);
  return found as T;
}

function control(id: string): HTMLInputElement | HTMLSelectElement {
  return element<HTMLInputElement | HTMLSelectElement>(id);
}

function options(id: string, entries: [string, string][]): void {
  element<HTMLSelectElement>(id).replaceChildren(
    ...entries.map(([value, text]) => new Option(text, value)),
  );
}

/** Fills the selects and the feature checkboxes from the configuration's lists. */
function fillControls(): void {
  options("dataset", Object.entries(DATASETS).map(([name, d]) => [name, d.label]));
  options("activation", ACTIVATIONS.map((name) => [name, name]));
  options("loss-function", Object.entries(LOSSES).map(([name, l]) => [name, l.label]));
  options("optimizer", Object.entries(OPTIMIZERS));
  options("init", Object.entries(INITS));
  options(
    "speed",
    SPEEDS.map((s) => [String(s), s === 0 ? "as fast as it goes" : `${s} epochs/s`]),
  );
  options("preset", [
    ["", "(none)"],
    ...Object.entries(PRESETS).map(([name, p]): [string, string] => [name, p.label]),
  ]);
  element("features").append(
    ...Object.entries(FEATURES).map(([name, feature]) => {
      const label = document.createElement("label");
      const box = Object.assign(document.createElement("input"), {
        type: "checkbox",
        id: `feature-${name}`,
        value: name,
      });
      label.append(box, ` ${feature.label}`);
      return label;
    }),
  );
}

/** Shows a configuration and a view in the controls. */
function writeControls(page: Page): void {
  const query = new URLSearchParams(toQuery(page.config, page.view));
  for (const [key, id] of Object.entries(CONTROLS)) control(id).value = query.get(key) ?? "";
  element<HTMLInputElement>("bias").checked = page.config.bias;
  for (const name of Object.keys(FEATURES)) {
    element<HTMLInputElement>(`feature-${name}`).checked = page.config.features.includes(
      name as keyof typeof FEATURES,
    );
  }
  element<HTMLInputElement>("show-test").checked = page.view.showTest;
  element<HTMLInputElement>("discretize").checked = page.view.discretize;
  element<HTMLSelectElement>("preset").value = page.preset ?? "";
  element("noise-value").textContent = String(page.config.noise);
  element("train-value").textContent = `${page.config.trainPercent}%`;
  element<HTMLInputElement>("momentum").disabled = page.config.optimizer !== "sgd";
  const kind = DATASETS[page.config.dataset].kind;
  for (const option of element<HTMLSelectElement>("loss-function").options) {
    option.disabled = !(LOSSES[option.value as keyof typeof LOSSES].kinds as readonly string[])
      .includes(kind);
  }
  const hidden = page.config.layers.length;
  element("layer-count").textContent = `${hidden} hidden ${hidden === 1 ? "layer" : "layers"}`;
  element<HTMLButtonElement>("add-layer").disabled = hidden >= LIMITS.layers;
  element<HTMLButtonElement>("remove-layer").disabled = hidden === 0;
  showPresetNote(page);
}

/** The controls as a query string, the hidden layers taken from the page. */
function readControls(page: Page): string {
  const query = new URLSearchParams();
  for (const [key, id] of Object.entries(CONTROLS)) query.set(key, control(id).value);
  query.set("layers", page.config.layers.join(","));
  query.set("bias", element<HTMLInputElement>("bias").checked ? "1" : "0");
  const features = Object.keys(FEATURES).filter((name) =>
    element<HTMLInputElement>(`feature-${name}`).checked
  );
  query.set("features", features.join(","));
  query.set("showTest", element<HTMLInputElement>("show-test").checked ? "1" : "0");
  query.set("discretize", element<HTMLInputElement>("discretize").checked ? "1" : "0");
  return query.toString();
}

function showPresetNote(page: Page): void {
  const note = element("preset-note");
  note.hidden = page.preset === null;
  if (page.preset === null) return;
  const preset = PRESETS[page.preset];
  note.textContent = preset.note +
    (sameRun(preset.config, page.config) ? "" : " (Its settings have been changed since.)");
}

function showMessages(lines: string[]): void {
  element("messages").textContent = lines.join(" ");
}

function send(page: Page, request: Request): void {
  page.worker.postMessage(request);
}

/**
 * Makes `config` the page's run: the controls, the URL (which then no longer
 * names a step to stop at), the network drawing and a new run.
 */
function apply(page: Page, config: Config, preset: PresetName | null, updateUrl = true): void {
  page.config = config;
  page.preset = preset;
  writeControls(page);
  if (updateUrl) {
    page.stopAt = null;
    history.replaceState(null, "", toQuery(config, page.view, { preset }));
  }
  reset(page);
}

function reset(page: Page): void {
  page.runId++;
  page.setup = page.snapshot = page.explain = null;
  page.curves = { epochs: [], train: [], test: [] };
  setPlaying(page, false);
  const widths = widthsOf(page.config);
  page.network = buildNetwork(element("network"), widths, {
    features: page.config.features.map((name) => FEATURES[name].label),
    activation: page.config.activation,
    output: outputOf(page.config).activation,
    drawn: LIMITS.drawn,
  }, (layer, change) => changeUnits(page, layer, change));
  element("gradcheck-result").textContent = "";
  element("downloads").replaceChildren();
  send(page, { type: "reset", runId: page.runId, config: copyConfig(page.config) });
}

function changeUnits(page: Page, layer: number, change: 1 | -1): void {
  const config = copyConfig(page.config);
  config.layers[layer] = Math.max(1, Math.min(LIMITS.units, config.layers[layer] + change));
  apply(page, config, page.preset);
}

function changeLayers(page: Page, change: 1 | -1): void {
  const config = copyConfig(page.config);
  if (change > 0 && config.layers.length < LIMITS.layers) config.layers.push(4);
  if (change < 0) config.layers.pop();
  apply(page, config, page.preset);
}

function onControlChange(page: Page): void {
  const parsed = parseQuery(readControls(page), { base: page.config, source: "The setting" });
  showMessages(parsed.problems);
  page.view = parsed.view;
  page.dirty = true;
  if (sameRun(parsed.config, page.config)) {
    if (parsed.config.speed !== page.config.speed) {
      page.config.speed = parsed.config.speed;
      send(page, { type: "speed", speed: parsed.config.speed });
    }
    writeControls(page);
    history.replaceState(
      null,
      "",
      toQuery(page.config, page.view, { preset: page.preset }),
    );
    return;
  }
  apply(page, parsed.config, page.preset);
}

function onPreset(page: Page): void {
  const name = element<HTMLSelectElement>("preset").value;
  if (name === "") {
    page.preset = null;
    showPresetNote(page);
    return;
  }
  const preset = name as PresetName;
  apply(page, copyConfig(PRESETS[preset].config), preset);
}

function setPlaying(page: Page, playing: boolean): void {
  page.playing = playing;
  const button = element<HTMLButtonElement>("play");
  button.textContent = playing ? "Pause" : "Play";
  button.setAttribute("aria-pressed", String(playing));
}

function play(page: Page): void {
  const step = page.snapshot?.step ?? 0;
  const stopAt = page.stopAt !== null && page.stopAt > step ? page.stopAt : null;
  send(page, { type: "play", stopAt });
  setPlaying(page, true);
}

function pause(page: Page): void {
  send(page, { type: "pause" });
  setPlaying(page, false);
}

function togglePlay(page: Page): void {
  if (page.playing) pause(page);
  else play(page);
}

function step(page: Page): void {
  send(page, { type: "step" });
  setPlaying(page, false);
}

function bindControls(page: Page): void {
  for (const id of [...Object.values(CONTROLS), "bias", "show-test", "discretize"]) {
    element(id).addEventListener("change", () => onControlChange(page));
  }
  element("features").addEventListener("change", () => onControlChange(page));
  element("noise").addEventListener("input", (event) => {
    element("noise-value").textContent = (event.target as HTMLInputElement).value;
  });
  element("train").addEventListener("input", (event) => {
    element("train-value").textContent = `${(event.target as HTMLInputElement).value}%`;
  });
  element("preset").addEventListener("change", () => onPreset(page));
  element("play").addEventListener("click", () => togglePlay(page));
  element("step").addEventListener("click", () => step(page));
  element("reset").addEventListener("click", () => reset(page));
  element("add-layer").addEventListener("click", () => changeLayers(page, 1));
  element("remove-layer").addEventListener("click", () => changeLayers(page, -1));
  element("gradcheck").addEventListener("click", () => {
    element("gradcheck-result").textContent = "Checking…";
    send(page, { type: "gradcheck" });
  });
  element("export").addEventListener("click", () => send(page, { type: "export" }));
  document.addEventListener("keydown", (event) => onKey(page, event));
}

/** Space plays or pauses, s or → takes one step; keys typed into a control stay there. */
function onKey(page: Page, event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest("input, select, textarea") !== null) return;
  if (event.key === " ") {
    event.preventDefault();
    togglePlay(page);
  } else if (event.key === "s" || event.key === "ArrowRight") {
    event.preventDefault();
    step(page);
  }
}

function receive(page: Page, reply: Reply): void {
  if (reply.runId !== page.runId) return;
  switch (reply.type) {
    case "setup":
      page.setup = reply;
      if (page.network !== null) paintFeatures(page.network, reply.features);
      page.dirty = true;
      return;
    case "snapshot":
      onSnapshot(page, reply);
      return;
    case "gradcheck":
      showGradCheck(reply);
      return;
    case "export":
      offerDownloads(page, reply);
      return;
    case "error":
      setPlaying(page, false);
      showMessages([reply.message]);
      return;
  }
}

function onSnapshot(page: Page, snapshot: Snapshot): void {
  page.snapshot = snapshot;
  const { from, epochs, train, test } = snapshot.history;
  const curves = page.curves;
  curves.epochs.length = curves.train.length = curves.test.length = from;
  curves.epochs.push(...epochs);
  curves.train.push(...train);
  curves.test.push(...test);
  if (snapshot.explain !== null) page.explain = snapshot.explain;
  if (snapshot.finished) setPlaying(page, false);
  page.dirty = true;
}

function showGradCheck(reply: GradCheckReply): void {
  const out = element("gradcheck-result");
  out.dataset.passed = String(reply.passed);
  const where = reply.worst === null ? "" : ` at ${reply.worst}`;
  const problems = reply.problems.length === 0 ? "" : ` ${reply.problems.join(" ")}`;
  out.textContent = `${reply.passed ? "Passed" : "Failed"}: ${reply.checked} gradient entries ` +
    `on the next batch (${reply.rows} rows, after step ${reply.step}) against central ` +
    `differences; largest relative error ${reply.maxRelativeError.toExponential(2)}${where}` +
    (reply.kinks > 0 ? `, ${reply.kinks} at a kink` : "") + `.${problems}`;
}

function offerDownloads(page: Page, reply: ExportReply): void {
  for (const url of page.downloads) URL.revokeObjectURL(url);
  const files: [string, BlobPart, string, string][] = [
    ["download-json", reply.json, "application/json", "playground-model.json"],
    ["download-onnx", reply.onnx, "application/octet-stream", "playground-model.onnx"],
  ];
  const links = files.map(([id, data, type, name]) => {
    const blob = new Blob([data], { type });
    const link = Object.assign(document.createElement("a"), {
      id,
      href: URL.createObjectURL(blob),
      download: name,
      textContent: `${name} (${(blob.size / 1000).toFixed(1)} kB)`,
    });
    return link;
  });
  page.downloads = links.map((link) => link.href);
  element("downloads").replaceChildren(links[0], " ", links[1]);
}

/** Draws the latest snapshot, if it has not been drawn. */
function draw(page: Page, now: number): void {
  if (page.explain !== null && (!page.playing || now - page.explainedAt >= EXPLAIN_EVERY_MS)) {
    element("explain").innerHTML = explainHtml(page.explain);
    page.explain = null;
    page.explainedAt = now;
  }
  const { setup, snapshot, network } = page;
  if (!page.dirty || setup === null || snapshot === null || network === null) return;
  page.dirty = false;
  const boundary = element<HTMLCanvasElement>("boundary");
  paintHeatmap(boundary, snapshot.output, page.view.discretize);
  paintPoints(boundary, setup, page.view.showTest);
  updateNetwork(network, snapshot, page.view.discretize);
  paintLoss(element<HTMLCanvasElement>("loss-chart"), page.curves);
  showNumber("loss", snapshot.trainLoss);
  showNumber("test-loss", snapshot.testLoss);
  element("epoch").textContent = String(snapshot.epoch);
  element("step-count").textContent = String(snapshot.step);
}

function showNumber(id: string, value: number | null): void {
  const out = element(id);
  out.textContent = value === null ? "–" : formatNumber(value);
  out.dataset.value = value === null ? "" : String(value);
}

function start(): void {
  const parsed = parseQuery(location.search);
  fillControls();
  const worker = new Worker(new URL("./playground_worker.js", import.meta.url), {
    type: "module",
  });
  const page: Page = {
    config: parsed.config,
    view: parsed.view,
    preset: parsed.launch.preset,
    stopAt: parsed.launch.stopAt,
    runId: 0,
    worker,
    setup: null,
    snapshot: null,
    network: null,
    curves: { epochs: [], train: [], test: [] },
    playing: false,
    dirty: false,
    explain: null,
    explainedAt: 0,
    downloads: [],
  };
  worker.addEventListener("message", (event: MessageEvent<Reply>) => receive(page, event.data));
  worker.addEventListener("error", (event) => {
    setPlaying(page, false);
    showMessages([`The training worker failed: ${event.message ?? "it did not load"}.`]);
  });
  bindControls(page);
  showMessages(parsed.problems);
  apply(page, parsed.config, parsed.launch.preset, false);
  if (parsed.launch.autoplay) play(page);
  const frame = (now: number) => {
    draw(page, now);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

start();
