import assert from "node:assert/strict";
import {
  adam,
  Dense,
  Dropout,
  type FitOptions,
  getKernels,
  jsKernels,
  type Kernels,
  type Loss,
  Matrix,
  type ModelLayer,
  moons,
  mse,
  type Prediction,
  Sequential,
  setKernels,
  sgd,
  TrainingError,
  xor,
} from "../../mod.ts";
import { fitInWorker } from "../../worker/mod.ts";
import { defaultWorkerUrl } from "../../worker/fit_in_worker.ts";
import { BACKENDS } from "../fixtures/backends.ts";
import { testsNeeding } from "../fixtures/permissions.ts";
import "./softsign.ts";

const test = testsNeeding("read");

type Model = Sequential<Prediction, ModelLayer>;

/** A model with every kind of layer and state: dense layers, dropout (its generator), seeded. */
function net(): Model {
  return new Sequential<Prediction, ModelLayer>([
    new Dense(2, 32, { activation: "relu", seed: 1 }),
    new Dropout(0.2, { seed: 2 }),
    new Dense(32, 32, { activation: "tanh", seed: 3 }),
    new Dense(32, 1, { activation: "sigmoid", seed: 4 }),
  ]);
}

const data = moons({ n: 200, noise: 0.2, seed: 3 });

/** `fit`'s options with most of its features; new objects every call. */
function options(): FitOptions {
  return {
    loss: "logLoss",
    optimizer: adam({ learningRate: 0.01 }),
    epochs: 20,
    seed: 7,
    validationSplit: 0.2,
    metrics: ["accuracy"],
    earlyStopping: { patience: 3 },
    classWeight: "balanced",
  };
}

/** Runs `run` with `kernels` active, then puts back the kernels it found. */
async function withKernels<T>(kernels: Kernels, run: () => Promise<T>): Promise<T> {
  const previous = setKernels(kernels);
  try {
    return await run();
  } finally {
    setKernels(previous);
  }
}

test("fitInWorker trains to fit's bits with each backend, and leaves the given model as it was", async () => {
  const results: string[] = [];
  for (const kernels of BACKENDS) {
    await withKernels(kernels, async () => {
      const here = net(), given = net();
      const history = here.fit(data.x, data.y, options());
      const before = JSON.stringify(given);
      const there = await fitInWorker(given, data.x, data.y, options());
      assert.deepEqual(there.model.toJSON(), here.toJSON(), kernels.name);
      assert.deepEqual(there.history, history, kernels.name);
      assert.equal(JSON.stringify(given), before);
      assert.ok(history.epochs < 20, `${kernels.name}: early stopping never acted`);
      results.push(JSON.stringify(there.model));
    });
  }
  // The worker trained with the kernels of this thread: the wasm bits differ from the others.
  if (BACKENDS.length === 3) assert.notEqual(results[2], results[0]);
  assert.equal(results[1], results[0]);
});

test("a model from a worker keeps its optimizer state: training it again continues as fit does", async () => {
  const here = net();
  here.fit(data.x, data.y, { ...options(), epochs: 3, earlyStopping: undefined });
  here.fit(data.x, data.y, { ...options(), epochs: 3, earlyStopping: undefined });
  const once = await fitInWorker(net(), data.x, data.y, {
    ...options(),
    epochs: 3,
    earlyStopping: undefined,
  });
  const twice = await fitInWorker(once.model, data.x, data.y, {
    ...options(),
    epochs: 3,
    earlyStopping: undefined,
  });
  assert.deepEqual(twice.model.toJSON(), here.toJSON());
  assert.deepEqual(
    twice.model.parameters.map((p) => p.state),
    here.parameters.map((p) => p.state),
  );
  assert.equal(here.parameters[0].state.counters.adam, 2 * 3 * 5); // 160 rows in batches of 32
});

test("Matrix data, validationData, sampleWeight and an sgd instance cross as they are", async () => {
  const x = Matrix.from(data.x.toArray().slice(0, 150)),
    y = Matrix.from(data.y.toArray().slice(0, 150));
  const vx = Matrix.from(data.x.toArray().slice(150)), vy = data.y.toArray().slice(150);
  const settings = (): FitOptions => ({
    loss: "logLoss",
    optimizer: sgd({ learningRate: 0.1, momentum: 0.9, nesterov: true }),
    epochs: 4,
    seed: 2,
    validationData: { x: vx, y: vy },
    sampleWeight: new Float64Array(150).map((_, i) => 1 + (i % 3)),
  });
  const here = net();
  const history = here.fit(x, y, settings());
  const there = await fitInWorker(net(), x, y, settings());
  assert.deepEqual(there.model.toJSON(), here.toJSON());
  assert.deepEqual(there.history, history);
  const display = (there.history as unknown as Record<symbol, () => Record<string, string>>)[
    Symbol.for("Jupyter.display")
  ];
  assert.match(display()["text/plain"], /^History: /, "the history keeps its notebook display");
  assert.equal(history.valLoss.length, 4);
});

test("onEpoch follows each epoch with its logs; verbose lines go to this thread's log", async () => {
  const lines: string[] = [], expected: string[] = [];
  const settings = (log: string[]): FitOptions => ({
    ...options(),
    verbose: 2,
    log: (line) => log.push(line),
  });
  const history = net().fit(data.x, data.y, settings(expected));
  const events: unknown[] = [];
  await fitInWorker(net(), data.x, data.y, settings(lines), {
    onEpoch: (event) => events.push(event),
  });
  assert.deepEqual(lines, expected);
  assert.ok(expected.length >= 2, expected.join("\n"));
  assert.deepEqual(
    events,
    history.loss.map((loss, i) => ({
      epoch: i + 1,
      loss,
      valLoss: history.valLoss[i],
      logs: {
        loss,
        accuracy: history.metrics.accuracy[i],
        valLoss: history.valLoss[i],
        valAccuracy: history.metrics.valAccuracy[i],
      },
    })),
  );
});

const custom: Kernels = { ...jsKernels, name: "counting" };
const unregistered: Loss = { ...mse, name: "myMse" };
const REFUSED: [string, () => Promise<unknown>, string][] = [
  [
    "callbacks",
    () => fitInWorker(net(), data.x, data.y, { ...options(), callbacks: {} }),
    "fitInWorker option callbacks cannot cross to a worker: callbacks run on the thread that " +
    "trains; follow the epochs with fitInWorker's onEpoch setting instead",
  ],
  [
    "random",
    () =>
      fitInWorker(net(), data.x, data.y, { ...options(), random: { next: () => 0.5 } as never }),
    "fitInWorker option random cannot cross to a worker: a generator is a function; pass seed instead",
  ],
  [
    "a function inside an option",
    () =>
      fitInWorker(net(), data.x, data.y, {
        ...options(),
        earlyStopping: { monitor: (() => "loss") as never },
      }),
    "fitInWorker option earlyStopping.monitor cannot cross to a worker: it is a function",
  ],
  [
    "an unregistered loss",
    () => fitInWorker(net(), data.x, data.y, { ...options(), loss: unregistered }),
    'fitInWorker option loss cannot cross to a worker: the loss "myMse" is not the one ' +
    "registered under its name; register it in a worker script that then calls serveFit, and " +
    "pass its name",
  ],
  [
    "a learning-rate schedule",
    () =>
      fitInWorker(net(), data.x, data.y, {
        ...options(),
        optimizer: adam({ learningRate: (step) => 0.01 / (1 + step) }),
      }),
    'fitInWorker option optimizer cannot cross to a worker: the learningRate of the optimizer "adam" ' +
    "is a schedule, a function; give it a number",
  ],
  [
    "an optimizer object of one's own",
    () =>
      fitInWorker(net(), data.x, data.y, {
        ...options(),
        optimizer: { name: "still", step() {} },
      }),
    'fitInWorker option optimizer cannot cross to a worker: the optimizer "still" cannot be ' +
    "rebuilt from a registered name and its options; register its factory in a worker script " +
    "that then calls serveFit, and pass an optimizer it builds",
  ],
  [
    "an unknown setting",
    () => fitInWorker(net(), data.x, data.y, options(), { onepoch: () => {} } as never),
    'fitInWorker settings has no option "onepoch"; known options: worker, onEpoch, signal',
  ],
  [
    "an onEpoch that is not a function",
    () => fitInWorker(net(), data.x, data.y, options(), { onEpoch: true as never }),
    "fitInWorker onEpoch must be a function of the epoch's values",
  ],
  [
    "custom kernels",
    () => withKernels(custom, () => fitInWorker(net(), data.x, data.y, options())),
    'fitInWorker cannot name the active kernels "counting" to a worker: only the built-in ' +
    'backends cross ("wasm", "wasm-exact", "js"); call setKernels with one of them',
  ],
];

for (const [what, run, message] of REFUSED) {
  test(`fitInWorker refuses ${what}, naming it`, async () => {
    const kernels = getKernels();
    await assert.rejects(run, { name: "TypeError", message });
    assert.equal(getKernels(), kernels);
  });
}

test("a training error in the worker comes back as the TrainingError fit throws", async () => {
  const build = () => Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  const x = [[1e3], [2e3]], y = [[1], [2]];
  const settings = () => ({ loss: "mse", optimizer: sgd({ learningRate: 10 }), epochs: 50 });
  const error = await withKernels(jsKernels, async () => {
    const here = thrown(() => build().fit(x, y, settings()));
    assert.ok(here instanceof TrainingError);
    const there = await fitInWorker(build(), x, y, settings()).catch((error) => error);
    assert.ok(there instanceof TrainingError, String(there));
    assert.equal(there.message, here.message);
    assert.deepEqual([there.epoch, there.batch, there.lastLoss], [
      here.epoch,
      here.batch,
      here.lastLoss,
    ]);
    assert.deepEqual(there.history, here.history);
    assert.equal(String(there.cause), String(here.cause));
    return there;
  });
  assert.match(error.message, /^Training diverged in epoch 21, batch 1: The mse loss is Infinity/);
});

test("fit's own refusals come back from the worker with their class and message", async () => {
  const { x, y } = xor();
  await assert.rejects(fitInWorker(net(), x, y, { loss: "logLoss", epochs: 0 }), {
    name: "RangeError",
    message: "fit epochs must be a positive integer, got 0",
  });
  await assert.rejects(fitInWorker(net(), x, y, { loss: "logLoss", epoch: 3 } as never), {
    name: "TypeError",
    message: /^fit has no option "epoch"; known options: loss, optimizer, epochs,/,
  });
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

function softsignNet(): Model {
  return Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "softsign" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed: 5 });
}

test("a plugin registered only on this thread needs a worker script that registers it too", async () => {
  const settings = (): FitOptions => ({ loss: "logLoss", optimizer: "adam", epochs: 5, seed: 1 });
  await assert.rejects(fitInWorker(softsignNet(), data.x, data.y, settings()), {
    name: "ModelFormatError",
    message: /^layers\[0\]\.activation: .*Unknown activation "softsign"/,
  });
  const here = softsignNet();
  here.fit(data.x, data.y, settings());
  const worker = new URL("./softsign_worker.ts", import.meta.url);
  const there = await fitInWorker(softsignNet(), data.x, data.y, settings(), { worker });
  assert.deepEqual(there.model.toJSON(), here.toJSON());
});

test("a running Worker answers requests side by side and is left running", async () => {
  const worker = new Worker(defaultWorkerUrl(), { type: "module" });
  try {
    const short = (): FitOptions => ({ ...options(), epochs: 2, earlyStopping: undefined });
    const [a, b] = await Promise.all([
      fitInWorker(net(), data.x, data.y, options(), { worker }),
      fitInWorker(net(), data.x, data.y, short(), { worker }),
    ]);
    const here = net();
    here.fit(data.x, data.y, short());
    assert.deepEqual(b.model.toJSON(), here.toJSON());
    assert.deepEqual(a.history, net().fit(data.x, data.y, options()));
    const again = await fitInWorker(net(), data.x, data.y, short(), { worker });
    assert.deepEqual(again.model.toJSON(), here.toJSON());
  } finally {
    worker.terminate();
  }
});

test("a worker script that fails to load or to run rejects the promise", async () => {
  const missing = new URL("./no_such_worker.ts", import.meta.url);
  await assert.rejects(fitInWorker(net(), data.x, data.y, options(), { worker: missing }), {
    name: "TypeError",
    message: /^fitInWorker: the worker script failed: ./,
  });
  const throwing = 'data:text/javascript,throw new Error("no training here")';
  await assert.rejects(fitInWorker(net(), data.x, data.y, options(), { worker: throwing }), {
    name: "TypeError",
    message: /^fitInWorker: the worker script failed: .*Error: no training here$/,
  });
});

test("a signal ends the wait for a worker that went silent or was terminated", async () => {
  const silent = "data:text/javascript,self.onmessage = () => {};";
  const controller = new AbortController();
  const reason = new Error("waited long enough");
  const pending = fitInWorker(net(), data.x, data.y, options(), {
    worker: silent,
    signal: controller.signal,
  });
  setTimeout(() => controller.abort(reason), 50);
  await assert.rejects(pending, (error) => error === reason);
  const dying = new Worker(defaultWorkerUrl(), { type: "module" });
  const stopped = new AbortController();
  const run = fitInWorker(net(), data.x, data.y, options(), {
    worker: dying,
    signal: stopped.signal,
    onEpoch: ({ epoch }) => {
      if (epoch === 1) (dying.terminate(), stopped.abort(new Error("terminated")));
    },
  });
  await assert.rejects(run, { message: "terminated" });
  await assert.rejects(
    fitInWorker(net(), data.x, data.y, options(), { signal: AbortSignal.abort(reason) }),
    (error) => error === reason,
  );
  await assert.rejects(fitInWorker(net(), data.x, data.y, options(), { signal: {} as never }), {
    message: "fitInWorker signal must be an AbortSignal",
  });
  await assert.rejects(fitInWorker({} as never, data.x, data.y, options()), {
    message: "fitInWorker model must be a Sequential, got an object",
  });
  const weakMap = { ...options(), classWeight: new WeakMap() as never };
  await assert.rejects(fitInWorker(net(), data.x, data.y, weakMap), {
    name: "TypeError",
    message: /^fitInWorker: an option cannot be copied to a worker: /,
  });
});

test("an onEpoch that throws rejects the promise with its error", async () => {
  const stop = new Error("enough");
  await assert.rejects(
    fitInWorker(net(), data.x, data.y, options(), {
      onEpoch: ({ epoch }) => {
        if (epoch === 2) throw stop;
      },
    }),
    (error) => error === stop,
  );
});

Deno.test("the default worker script sits beside the module, with the module's extension", () => {
  const cases: [string, string][] = [
    ["file:///repo/worker/fit_in_worker.ts", "file:///repo/worker/fit_worker.ts"],
    [
      "https://cdn.example/backprop/dist/backprop.js",
      "https://cdn.example/backprop/dist/fit_worker.js",
    ],
    ["https://cdn.example/dist/backprop.min.js?v=1", "https://cdn.example/dist/fit_worker.min.js"],
    ["https://esm.example/backprop.mjs", "https://esm.example/fit_worker.js"],
  ];
  for (const [module, worker] of cases) assert.equal(defaultWorkerUrl(module).href, worker);
  assert.equal(
    defaultWorkerUrl().href,
    new URL("../../worker/fit_worker.ts", import.meta.url).href,
  );
});
