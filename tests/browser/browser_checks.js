// @ts-check
/**
 * What the browser test runs, in Chromium on the bundle and in Deno on the
 * sources: XOR, moons, training in a worker against training here, and a
 * training error coming back from a worker. Plain JavaScript, so that a page
 * can load it as it is. Everything trains with the `wasm-exact` kernels, whose
 * results repeat to the bit (see docs/browser.md for why not `wasm`).
 *
 * @module
 */

/** @typedef {typeof import("../../scripts/bundle_entry.ts")} Library */

/**
 * Runs every check with `lib`, the bundle's module or the sources'.
 *
 * @param {Library} lib
 */
export async function browserChecks(lib) {
  const previous = lib.setKernels("wasm-exact");
  try {
    return {
      defaultKernels: previous.name,
      xor: xor(lib),
      moons: moons(lib),
      worker: await worker(lib),
      workerError: await workerError(lib),
    };
  } finally {
    lib.setKernels(previous);
  }
}

/** @param {Library} lib */
function xor(lib) {
  const { x, y } = lib.xor();
  const model = lib.Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "tanh" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed: 1 });
  const history = model.fit(x, y, {
    loss: "logLoss",
    optimizer: lib.adam({ learningRate: 0.05 }),
    epochs: 200,
    seed: 1,
  });
  return { predictions: model.predict(x), loss: history.loss.at(-1) };
}

/** @param {Library} lib */
function moonsSplit(lib) {
  const data = lib.moons({ n: 400, noise: 0.2, seed: 7 });
  return lib.trainTestSplit(data.x, data.y, { seed: 7 });
}

/** @param {Library} lib */
function moonsModel(lib) {
  return lib.Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 16, activation: "relu" },
    { inputDim: 16, outputDim: 16, activation: "relu" },
    { inputDim: 16, outputDim: 1, activation: "sigmoid" },
  ], { seed: 7 });
}

/** @param {Library} lib */
function moonsOptions(lib) {
  return {
    loss: "logLoss",
    optimizer: lib.adam({ learningRate: 0.01 }),
    epochs: 100,
    batchSize: 32,
    seed: 7,
  };
}

/** @param {Library} lib */
function moons(lib) {
  const { xTrain, yTrain, xTest, yTest } = moonsSplit(lib);
  const model = moonsModel(lib);
  model.fit(xTrain, yTrain, moonsOptions(lib));
  const { accuracy } = model.evaluate(xTest, yTest, { metrics: ["accuracy"] });
  return { accuracy, model: model.toJSON() };
}

/**
 * Moons trained by `fitInWorker` with its default worker, against `fit` on
 * this thread; with validation, metrics and early stopping.
 *
 * @param {Library} lib
 */
async function worker(lib) {
  const { xTrain, yTrain } = moonsSplit(lib);
  const options = {
    ...moonsOptions(lib),
    epochs: 30,
    validationSplit: 0.2,
    metrics: /** @type {const} */ (["accuracy"]),
    earlyStopping: { patience: 3 },
  };
  const here = moonsModel(lib);
  const history = here.fit(xTrain, yTrain, options);
  const epochs = /** @type {number[]} */ ([]);
  const there = await lib.fitInWorker(moonsModel(lib), xTrain, yTrain, options, {
    onEpoch: ({ epoch }) => epochs.push(epoch),
  });
  return {
    sameModel: JSON.stringify(there.model.toJSON()) === JSON.stringify(here.toJSON()),
    sameHistory: JSON.stringify(there.history) === JSON.stringify(history),
    epochs,
    model: there.model.toJSON(),
  };
}

/** @param {Library} lib */
async function workerError(lib) {
  const model = lib.Sequential.fromArchitecture([{ inputDim: 1, outputDim: 1 }], { seed: 1 });
  const x = [[1e3], [2e3]], y = [[1], [2]];
  const options = { loss: "mse", optimizer: lib.sgd({ learningRate: 10 }), epochs: 50 };
  try {
    await lib.fitInWorker(model, x, y, options);
    return null;
  } catch (error) {
    if (!(error instanceof lib.TrainingError)) return { notTrainingError: String(error) };
    return { message: error.message, epoch: error.epoch, epochsInHistory: error.history.epochs };
  }
}
