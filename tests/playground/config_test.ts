import assert from "node:assert/strict";
import type { Sequential } from "../../mod.ts";
import {
  copyConfig,
  DEFAULT_CONFIG,
  outputOf,
  parseQuery,
  PRESETS,
  sameRun,
  toQuery,
  widthsOf,
} from "../../playground/config.ts";
import { buildModel } from "../../playground/trainer.ts";
import { MOMENTUM as XOR_MOMENTUM, xorModel, xorScenario } from "../../scripts/xor.ts";
import {
  BATCH_SIZE as LINE_BATCH,
  lineDetectorModel,
  lineDetectorScenario,
  MOMENTUM as LINE_MOMENTUM,
  TEST_FRACTION as LINE_TEST,
  WEIGHT_DECAY,
} from "../../scripts/line_detector.ts";
import { sigmoid3Model, sigmoid3Scenario } from "../../scripts/sigmoid3.ts";
import {
  BATCH_SIZE as MOONS_BATCH,
  DATA as MOONS_DATA,
  moonsModel,
  moonsScenario,
} from "../../scripts/moons.ts";
import { expsinScenario, expsinSetup, TEST_FRACTION as EXPSIN_TEST } from "../../scripts/expsin.ts";

Deno.test("parseQuery reads every key and toQuery writes them back", () => {
  const query = "?dataset=spirals&points=300&noise=0.25&train=70&batch=16&lr=0.1&optimizer=adam" +
    "&momentum=0.5&loss=crossEntropy&activation=relu&init=normal01&l1=0.001&l2=0.01" +
    "&layers=6,4,2&bias=0&features=x1,x2,sinX1&seed=42&speed=600";
  const { config, problems } = parseQuery(query);
  assert.deepEqual(problems, []);
  assert.deepEqual(config, {
    dataset: "spirals",
    points: 300,
    noise: 0.25,
    trainPercent: 70,
    batchSize: 16,
    learningRate: 0.1,
    optimizer: "adam",
    momentum: 0.5,
    loss: "crossEntropy",
    activation: "relu",
    init: "normal01",
    l1: 0.001,
    l2: 0.01,
    layers: [6, 4, 2],
    bias: false,
    features: ["x1", "x2", "sinX1"],
    seed: 42,
    speed: 600,
  });
  assert.equal(toQuery(config), query);
  assert.deepEqual(parseQuery(toQuery(config)).config, config);
});

Deno.test("parseQuery keeps the default for a refused value and says why", () => {
  const { config, problems, launch, view } = parseQuery(
    "?lr=abc&layers=8,0&noise=7&seed=-1&speed=5&dataset=iris&features=&autoplay=yes&steps=0" +
      "&showTest=1&activation=relu",
  );
  assert.deepEqual(problems, [
    'URL parameter dataset="iris" was ignored: expected one of circles, xor, gaussians, ' +
    "spirals, moons, xor4, cross, heart, plane, expsin.",
    'URL parameter noise="7" was ignored: expected a number from 0 to 1.',
    'URL parameter lr="abc" was ignored: expected a number above 0 up to 10.',
    'URL parameter layers="8,0" was ignored: expected up to 6 comma-separated whole numbers ' +
    "from 1 to 64.",
    'URL parameter features="" was ignored: expected comma-separated features from x1, x2, ' +
    "x1Squared, x2Squared, x1x2, sinX1, sinX2.",
    'URL parameter seed="-1" was ignored: expected a whole number from 0 to 4294967295.',
    'URL parameter speed="5" was ignored: expected one of 1, 10, 60, 600, 0.',
    'URL parameter autoplay="yes" was ignored: expected 1 or 0.',
    'URL parameter steps="0" was ignored: expected a whole number from 1 to 1000000000.',
  ]);
  assert.deepEqual(config, { ...DEFAULT_CONFIG, activation: "relu" });
  assert.deepEqual(launch, { autoplay: false, stopAt: null, preset: null });
  assert.deepEqual(view, { showTest: true, discretize: false });
});

Deno.test("parseQuery names keys it does not read, with the one meant, and repeated keys", () => {
  const { config, problems } = parseQuery("?learningRate=0.5&sed=3&seed=7&seed=2");
  assert.equal(config.seed, 7);
  assert.deepEqual(problems, [
    "URL parameter learningRate was ignored: no such setting.",
    "URL parameter sed was ignored: no such setting; did you mean seed?",
    "URL parameter seed is given more than once; only the first was used.",
  ]);
});

Deno.test("a preset is the base that the other keys override; an empty layers key means none", () => {
  const { config, launch, problems } = parseQuery("?preset=moons&seed=5&layers=&autoplay=1");
  assert.deepEqual(problems, []);
  assert.deepEqual(config, { ...PRESETS.moons.config, seed: 5, layers: [] });
  assert.deepEqual(launch, { autoplay: true, stopAt: null, preset: "moons" });
  assert.deepEqual(widthsOf(config), [2, 1]);
  assert.deepEqual(parseQuery("?preset=nope").problems, [
    'URL parameter preset="nope" was ignored: expected one of xor, line_detector, sigmoid3, ' +
    "moons, expsin.",
  ]);
  assert.equal(
    toQuery(config, { showTest: false, discretize: true }, { preset: "moons", stopAt: 9 }),
    "?preset=moons&dataset=moons&points=1000&noise=0.2&train=90&batch=32&lr=0.01" +
      "&optimizer=adam&momentum=0.9&loss=logLoss&activation=relu&init=normal01&l1=0&l2=0" +
      "&layers=&bias=1&features=x1,x2&seed=5&speed=60&discretize=1&steps=9",
  );
});

Deno.test("regression data take MSE and a linear output; cross-entropy two softmax outputs", () => {
  const { config, problems } = parseQuery("?dataset=plane&loss=logLoss");
  assert.equal(config.loss, "mse");
  assert.deepEqual(problems, [
    "The loss logLoss does not fit regression data (plane); using mse.",
  ]);
  assert.deepEqual(outputOf(config), { units: 1, activation: "linear" });
  assert.deepEqual(outputOf({ ...config, dataset: "moons", loss: "crossEntropy" }), {
    units: 2,
    activation: "softmax",
  });
  assert.deepEqual(outputOf({ ...config, dataset: "heart", loss: "mse" }), {
    units: 1,
    activation: "sigmoid",
  });
});

Deno.test("the speed does not change the run; copies share no arrays", () => {
  const config = copyConfig(DEFAULT_CONFIG);
  assert.ok(sameRun(config, { ...config, speed: 0 }));
  assert.ok(!sameRun(config, { ...config, seed: 2 }));
  config.layers.push(3);
  assert.deepEqual(DEFAULT_CONFIG.layers, [8, 8]);
});

/** Each layer's inputs, outputs, activation and whether it has a bias. */
function shapes(model: Sequential): [number, number, string, boolean][] {
  return model.layers.map((l) => [l.inputs, l.outputs, l.activation.name, l.bias !== null]);
}

Deno.test("the presets take the scripts' networks, losses, optimizers and settings", () => {
  const { xor, line_detector, sigmoid3, moons, expsin } = PRESETS;
  assert.deepEqual(buildModel(xor.config).toJSON(), xorModel(xorScenario.defaults.seed).toJSON());
  assert.deepEqual(
    [xor.config.learningRate, xor.config.momentum, xor.config.seed, xor.config.batchSize],
    [xorScenario.defaults.learningRate, XOR_MOMENTUM, xorScenario.defaults.seed, 4],
  );

  const line = shapes(lineDetectorModel(0));
  line[0][0] = 2; // 9 pixels become the plane's 2 coordinates
  assert.deepEqual(shapes(buildModel(line_detector.config)), line);
  const l = line_detector.config;
  assert.deepEqual(
    [l.learningRate, l.momentum, 2 * l.l2, l.batchSize, l.trainPercent, l.seed, l.loss],
    [
      lineDetectorScenario.defaults.learningRate,
      LINE_MOMENTUM,
      WEIGHT_DECAY,
      LINE_BATCH,
      100 * (1 - LINE_TEST),
      lineDetectorScenario.defaults.seed,
      "logLoss",
    ],
  );

  const heart = shapes(sigmoid3Model(0));
  heart[0][0] = 2; // x becomes a point of the plane
  heart[2][1] = 1; // the curve's 2 coordinates become "inside the heart"
  assert.deepEqual(shapes(buildModel(sigmoid3.config)), heart);
  const s = sigmoid3.config;
  assert.deepEqual(
    [s.learningRate, s.optimizer, s.seed, s.init, s.loss, s.batchSize],
    [
      sigmoid3Scenario.defaults.learningRate,
      "adam",
      sigmoid3Scenario.defaults.seed,
      "normal05",
      "mse",
      Math.round((s.points * s.trainPercent) / 100),
    ],
  );

  assert.deepEqual(shapes(buildModel(moons.config)), shapes(moonsModel(0)));
  const m = moons.config;
  assert.deepEqual(
    [m.learningRate, m.optimizer, m.seed, m.points, m.noise, m.trainPercent, m.batchSize],
    [
      moonsScenario.defaults.learningRate,
      "adam",
      moonsScenario.defaults.seed,
      MOONS_DATA.n,
      MOONS_DATA.noise,
      100 * (1 - MOONS_DATA.testFraction),
      MOONS_BATCH,
    ],
  );

  const surface = shapes(expsinSetup(0).model);
  surface[1][1] = 1; // one output: the mean of the two
  assert.deepEqual(shapes(buildModel(expsin.config)), surface);
  const e = expsin.config;
  assert.deepEqual(
    [e.learningRate, e.optimizer, e.momentum, e.batchSize, e.trainPercent, e.seed, e.init],
    [
      expsinScenario.defaults.learningRate,
      "sgd",
      0,
      1,
      100 * (1 - EXPSIN_TEST),
      expsinScenario.defaults.seed,
      "uniform01",
    ],
  );
});

Deno.test("the controls' values are read over the current run, a refused one keeping its value", () => {
  const base = { ...copyConfig(DEFAULT_CONFIG), learningRate: 0.5, layers: [3] };
  const { config, problems } = parseQuery("lr=&seed=3", { base, source: "The setting" });
  assert.deepEqual(config, { ...base, seed: 3 });
  assert.deepEqual(problems, [
    'The setting lr="" was ignored: expected a number above 0 up to 10.',
  ]);
  assert.deepEqual(base.layers, [3]);
});
