// The backprop playground (playground/), written by `deno task bundle`; do not edit.
// playground/trainer.ts
import { adam, createRandom, gradCheck, Matrix, normal, numpyRandom, Sequential, sgd, shuffleIndices, takeRows, toOnnx, uniform as uniform2 } from "./backprop.js";

// playground/config.ts
var DATASETS = {
  circles: {
    label: "Circles",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  xor: {
    label: "XOR (quadrants)",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  gaussians: {
    label: "Two Gaussians",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  spirals: {
    label: "Spirals",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.2
    }
  },
  moons: {
    label: "Moons",
    kind: "classification",
    domain: {
      cx: 0.5,
      cy: 0.25,
      half: 2
    }
  },
  xor4: {
    label: "XOR (the four points)",
    kind: "classification",
    domain: {
      cx: 0.5,
      cy: 0.5,
      half: 1
    }
  },
  cross: {
    label: "Cross (a row or a column)",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  heart: {
    label: "Heart",
    kind: "classification",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  plane: {
    label: "Plane (regression)",
    kind: "regression",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  },
  expsin: {
    label: "exp(sin) surface (regression)",
    kind: "regression",
    domain: {
      cx: 0,
      cy: 0,
      half: 1.5
    }
  }
};
var FEATURES = {
  x1: {
    label: "x\u2081",
    of: (x1, _x2) => x1
  },
  x2: {
    label: "x\u2082",
    of: (_x1, x2) => x2
  },
  x1Squared: {
    label: "x\u2081\xB2",
    of: (x1, _x2) => x1 * x1
  },
  x2Squared: {
    label: "x\u2082\xB2",
    of: (_x1, x2) => x2 * x2
  },
  x1x2: {
    label: "x\u2081x\u2082",
    of: (x1, x2) => x1 * x2
  },
  sinX1: {
    label: "sin x\u2081",
    of: (x1, _x2) => Math.sin(x1)
  },
  sinX2: {
    label: "sin x\u2082",
    of: (_x1, x2) => Math.sin(x2)
  }
};
var ACTIVATIONS = [
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
  "hardSigmoid"
];
var LOSSES = {
  logLoss: {
    label: "Log loss (sigmoid output)",
    kinds: [
      "classification"
    ]
  },
  crossEntropy: {
    label: "Cross-entropy (2 softmax outputs)",
    kinds: [
      "classification"
    ]
  },
  mse: {
    label: "Mean squared error",
    kinds: [
      "classification",
      "regression"
    ]
  }
};
var INITS = {
  glorot: "Glorot uniform (the library's default), biases 0",
  glorotNumpy: "Glorot uniform drawn by NumPy's generator, biases 0 (notebook 000)",
  normal01: "N(0, 0.1\xB2) weights and biases (notebook 003)",
  normal05: "N(0, 0.5\xB2) weights and biases (notebook 002)",
  uniform01: "U[0, 1) weights, biases 0 (notebook 004)"
};
var SPEEDS = [
  1,
  10,
  60,
  600,
  0
];
var LIMITS = {
  layers: 6,
  units: 64,
  drawn: 12
};
var DEFAULT_CONFIG = Object.freeze({
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
  layers: [
    8,
    8
  ],
  bias: true,
  features: [
    "x1",
    "x2"
  ],
  seed: 1,
  speed: 60
});
var DEFAULT_VIEW = Object.freeze({
  showTest: false,
  discretize: false
});
var PRESETS = {
  xor: {
    label: "xor (notebook 000)",
    note: "Notebook 000 as scripts/xor.ts: the four XOR points, a 2-3-2 ReLU/softmax network without biases, Glorot weights drawn as NumPy draws them for seed 0, cross-entropy, full-batch SGD (learning rate 1, momentum 0.9). It ends at ln 2 / 4 \u2248 0.173, the least this network can reach: without biases, [0, 0] always gives [0.5, 0.5].",
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
      layers: [
        3
      ],
      bias: false,
      seed: 0,
      speed: 10
    })
  },
  line_detector: {
    label: "line detector (notebook 001)",
    note: "Notebook 001 classifies 3\xD73 images (9 inputs); a 2-D stand-in here: is the point on the middle row or column of a 3\xD73 grid? Its 6-6 ReLU network, sigmoid output, log loss, SGD (learning rate 0.2, momentum 0.9, weight decay 0.001 as L2 0.0005), batches of 32, 80% training.",
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
      l2: 5e-4,
      layers: [
        6,
        6
      ],
      seed: 0
    })
  },
  sigmoid3: {
    label: "sigmoid3 (notebook 002)",
    note: "Notebook 002 maps x to a point of a heart curve (1 input, 2 outputs); a 2-D stand-in here: is the point inside the heart? Its 6-7 network with a sigmoid on every layer, weights and biases N(0, 0.5\xB2), MSE, full-batch Adam (learning rate 0.05).",
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
      layers: [
        6,
        7
      ],
      seed: 123
    })
  },
  moons: {
    label: "moons (notebook 003)",
    note: "Notebook 003 as scripts/moons.ts: 1000 moons points with noise 0.2, 90% training, the 25-50-50-25 ReLU network with a sigmoid output, weights and biases N(0, 0.1\xB2), log loss, Adam (learning rate 0.01), batches of 32. Only the first units of each layer are drawn.",
    config: preset({
      dataset: "moons",
      points: 1e3,
      noise: 0.2,
      trainPercent: 90,
      batchSize: 32,
      learningRate: 0.01,
      optimizer: "adam",
      loss: "logLoss",
      activation: "relu",
      init: "normal01",
      layers: [
        25,
        50,
        50,
        25
      ],
      seed: 101
    })
  },
  expsin: {
    label: "expsin (notebook 004)",
    note: "Notebook 004 fits y = 300\xB7exp(sin x) for x in [0, 1)\xB2, two outputs; a 2-D stand-in here: one output, the mean of the two, over x in [\u2212\u03C0, \u03C0]\xB2 (drawn as [\u22121.5, 1.5]\xB2), targets scaled into [\u22121, 1] (the notebook's fix: scale the targets). Its 3-unit sigmoid layer, linear output, MSE, per-sample SGD (learning rate 0.05), U[0, 1) weights, 67% training.",
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
      layers: [
        3
      ],
      seed: 0
    })
  }
};
function preset(overrides) {
  return {
    ...copyConfig(DEFAULT_CONFIG),
    ...overrides
  };
}
function copyConfig(config) {
  return {
    ...config,
    layers: [
      ...config.layers
    ],
    features: [
      ...config.features
    ]
  };
}
function integerIn(min, max) {
  return (text) => {
    const value = Number(text);
    return text.trim() !== "" && Number.isInteger(value) && value >= min && value <= max ? {
      value
    } : {
      why: `expected a whole number from ${min} to ${max}`
    };
  };
}
function numberIn(min, max, above = false) {
  return (text) => {
    const value = Number(text);
    const low = above ? value > min : value >= min;
    return text.trim() !== "" && Number.isFinite(value) && low && value <= max ? {
      value
    } : {
      why: `expected a number ${above ? "above" : "from"} ${min} ${above ? "up " : ""}to ${max}`
    };
  };
}
function oneOf(names) {
  return (text) => {
    const found = names.find((name) => String(name) === text);
    return found === void 0 ? {
      why: `expected one of ${names.join(", ")}`
    } : {
      value: found
    };
  };
}
function flagOf(text) {
  if (text === "1" || text === "true") return {
    value: true
  };
  if (text === "0" || text === "false") return {
    value: false
  };
  return {
    why: "expected 1 or 0"
  };
}
function layerList(text) {
  if (text.trim() === "") return {
    value: []
  };
  const value = text.split(",").map((part) => Number(part));
  const valid = value.every((n) => Number.isInteger(n) && n >= 1 && n <= LIMITS.units);
  return valid && value.length <= LIMITS.layers ? {
    value
  } : {
    why: `expected up to ${LIMITS.layers} comma-separated whole numbers from 1 to ${LIMITS.units}`
  };
}
function featureList(text) {
  const names = Object.keys(FEATURES);
  const parts = text.split(",");
  return parts.every((part) => names.includes(part)) ? {
    value: names.filter((name) => parts.includes(name))
  } : {
    why: `expected comma-separated features from ${names.join(", ")}`
  };
}
var CONFIG_KEYS = {
  dataset: {
    key: "dataset",
    read: oneOf(Object.keys(DATASETS))
  },
  points: {
    key: "points",
    read: integerIn(4, 2e3)
  },
  noise: {
    key: "noise",
    read: numberIn(0, 1)
  },
  trainPercent: {
    key: "train",
    read: integerIn(10, 100)
  },
  batchSize: {
    key: "batch",
    read: integerIn(1, 2e3)
  },
  learningRate: {
    key: "lr",
    read: numberIn(0, 10, true)
  },
  optimizer: {
    key: "optimizer",
    read: oneOf([
      "sgd",
      "adam"
    ])
  },
  momentum: {
    key: "momentum",
    read: numberIn(0, 0.999)
  },
  loss: {
    key: "loss",
    read: oneOf(Object.keys(LOSSES))
  },
  activation: {
    key: "activation",
    read: oneOf(ACTIVATIONS)
  },
  init: {
    key: "init",
    read: oneOf(Object.keys(INITS))
  },
  l1: {
    key: "l1",
    read: numberIn(0, 1)
  },
  l2: {
    key: "l2",
    read: numberIn(0, 1)
  },
  layers: {
    key: "layers",
    read: layerList
  },
  bias: {
    key: "bias",
    read: flagOf
  },
  features: {
    key: "features",
    read: featureList
  },
  seed: {
    key: "seed",
    read: integerIn(0, 2 ** 32 - 1)
  },
  speed: {
    key: "speed",
    read: oneOf(SPEEDS)
  }
};
var KNOWN_KEYS = [
  ...Object.values(CONFIG_KEYS).map(({ key }) => key),
  "preset",
  "showTest",
  "discretize",
  "autoplay",
  "steps"
];
function toQuery(config, view = DEFAULT_VIEW, launch) {
  const params = new URLSearchParams();
  if (launch?.preset) params.set("preset", launch.preset);
  for (const [field, { key }] of Object.entries(CONFIG_KEYS)) {
    const value = config[field];
    params.set(key, Array.isArray(value) ? value.join(",") : typeof value === "boolean" ? value ? "1" : "0" : String(value));
  }
  if (view.showTest) params.set("showTest", "1");
  if (view.discretize) params.set("discretize", "1");
  if (launch?.autoplay) params.set("autoplay", "1");
  if (launch?.stopAt != null) params.set("steps", String(launch.stopAt));
  return `?${params.toString().replaceAll("%2C", ",")}`;
}
function outputOf(config) {
  if (config.loss === "crossEntropy") return {
    units: 2,
    activation: "softmax"
  };
  if (DATASETS[config.dataset].kind === "regression") return {
    units: 1,
    activation: "linear"
  };
  return {
    units: 1,
    activation: "sigmoid"
  };
}
function widthsOf(config) {
  return [
    config.features.length,
    ...config.layers,
    outputOf(config).units
  ];
}

// playground/datasets.ts
import { circles, moons, spirals, xor } from "./backprop.js";
var HALF = 1.5;
var GENERATORS = {
  circles: (n, noise, random) => fromLibrary(circles({
    n,
    noise,
    factor: 0.5,
    random
  })),
  moons: (n, noise, random) => fromLibrary(moons({
    n,
    noise,
    random
  })),
  spirals: (n, noise, random) => fromLibrary(spirals({
    n,
    noise,
    random
  })),
  xor4: () => fromLibrary(xor()),
  xor: quadrants,
  gaussians: twoGaussians,
  cross: labelled((x1, x2) => Math.abs(x1) < 0.5 || Math.abs(x2) < 0.5),
  heart: labelled(insideHeart),
  plane: surface((x1, x2) => (x1 + x2) / (2 * HALF)),
  expsin: surface(expSinMean)
};
function generate(name, n, noise, random) {
  return GENERATORS[name](n, noise, random);
}
function fromLibrary(data) {
  const x1 = [], x2 = [];
  for (let i = 0; i < data.labels.length; i++) {
    x1.push(data.x.data[2 * i]);
    x2.push(data.x.data[2 * i + 1]);
  }
  return {
    x1,
    x2,
    value: [
      ...data.labels
    ]
  };
}
function uniform(random) {
  return (2 * random.random() - 1) * HALF;
}
function quadrants(n, noise, random) {
  const set = {
    x1: [],
    x2: [],
    value: []
  };
  const away = (v) => v + (v > 0 ? 0.05 : -0.05);
  for (let i = 0; i < n; i++) {
    const a = away(uniform(random) * 0.9), b = away(uniform(random) * 0.9);
    set.value.push(a * b > 0 ? 1 : 0);
    set.x1.push(a + noise * random.normal());
    set.x2.push(b + noise * random.normal());
  }
  return set;
}
function twoGaussians(n, noise, random) {
  const set = {
    x1: [],
    x2: [],
    value: []
  };
  const spread = 0.25 + noise;
  for (let i = 0; i < n; i++) {
    const label = i % 2, centre = label === 1 ? 0.6 : -0.6;
    set.value.push(label);
    set.x1.push(centre + spread * random.normal());
    set.x2.push(centre + spread * random.normal());
  }
  return set;
}
function labelled(inside) {
  return (n, noise, random) => {
    const set = {
      x1: [],
      x2: [],
      value: []
    };
    for (let i = 0; i < n; i++) {
      const a = uniform(random), b = uniform(random);
      set.value.push(inside(a, b) ? 1 : 0);
      set.x1.push(a + noise * random.normal());
      set.x2.push(b + noise * random.normal());
    }
    return set;
  };
}
function surface(f) {
  return (n, noise, random) => {
    const set = {
      x1: [],
      x2: [],
      value: []
    };
    for (let i = 0; i < n; i++) {
      const a = uniform(random), b = uniform(random);
      set.x1.push(a);
      set.x2.push(b);
      set.value.push(f(a, b) + noise * random.normal());
    }
    return set;
  };
}
function expSinMean(x1, x2) {
  const y = (u) => 300 * Math.exp(Math.sin(u * Math.PI / HALF));
  const low = 300 / Math.E, high = 300 * Math.E;
  return 2 * ((y(x1) + y(x2)) / 2 - low) / (high - low) - 1;
}
var HEART = Array.from({
  length: 200
}, (_, k) => {
  const t = 2 * Math.PI * k / 200;
  const y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
  return [
    Math.sin(t) ** 3,
    y / 16 + 0.15
  ];
});
function insideHeart(x1, x2) {
  let inside = false;
  for (let i = 0, j = HEART.length - 1; i < HEART.length; j = i++) {
    const [xi, yi] = HEART[i], [xj, yj] = HEART[j];
    if (yi > x2 !== yj > x2 && x1 < (xj - xi) * (x2 - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

// playground/trainer.ts
var GRID = {
  output: 50,
  units: 25
};
var SHOWN = {
  rows: 6,
  cols: 8
};
var HISTORY_POINTS = 1e3;
function createRun(config) {
  const random = createRandom(config.seed);
  const points = generate(config.dataset, config.points, config.noise, random);
  const n = points.value.length;
  const order = Uint32Array.from({
    length: n
  }, (_, i) => i);
  shuffleIndices(order, random);
  const trainCount = Math.min(n, Math.max(1, Math.round(n * config.trainPercent / 100)));
  const test = new Array(n).fill(true);
  for (const i of order.subarray(0, trainCount)) test[i] = false;
  const rows = (indices) => ({
    x: featureRows(config, points, indices),
    y: targetRows(config, points, indices)
  });
  const batchSize = Math.min(config.batchSize, trainCount);
  return {
    config,
    model: buildModel(config),
    optimizer: config.optimizer === "sgd" ? sgd({
      learningRate: config.learningRate,
      momentum: config.momentum
    }) : adam({
      learningRate: config.learningRate
    }),
    points,
    test,
    train: rows(order.subarray(0, trainCount)),
    held: trainCount < n ? rows(order.subarray(trainCount)) : null,
    batchSize,
    batchesPerEpoch: Math.ceil(trainCount / batchSize),
    step: 0,
    epoch: 0,
    batch: 0,
    order: Uint32Array.from({
      length: trainCount
    }, (_, i) => i),
    shuffledFor: -1,
    shuffle: createRandom(config.seed + 1),
    history: {
      epochs: [],
      train: [],
      test: [],
      stride: 1,
      sent: 0
    },
    grids: {
      output: gridRows(config, GRID.output),
      units: gridRows(config, GRID.units)
    }
  };
}
function buildModel(config) {
  const widths = widthsOf(config), output = outputOf(config);
  const { l1, l2 } = config;
  const spec = config.layers.map((units, i) => ({
    inputDim: widths[i],
    outputDim: units,
    activation: config.activation,
    l1,
    l2
  }));
  spec.push({
    inputDim: widths[widths.length - 2],
    outputDim: output.units,
    activation: output.activation,
    l1,
    l2
  });
  return Sequential.fromArchitecture(spec, {
    bias: config.bias,
    ...initOf(config)
  });
}
function initOf({ init, seed }) {
  switch (init) {
    case "glorot":
      return {
        seed
      };
    case "glorotNumpy":
      return {
        random: numpyRandom(seed)
      };
    case "normal01":
      return {
        init: normal(0.1),
        biasInit: normal(0.1),
        seed
      };
    case "normal05":
      return {
        init: normal(0.5),
        biasInit: normal(0.5),
        seed
      };
    case "uniform01":
      return {
        init: uniform2(0, 1),
        seed
      };
  }
}
function featureRows(config, points, indices) {
  const k = config.features.length, m = new Matrix(indices.length, k);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r];
    config.features.forEach((name, j) => {
      m.data[r * k + j] = FEATURES[name].of(points.x1[i], points.x2[i]);
    });
  }
  return m;
}
function targetRows(config, points, indices) {
  const width = outputOf(config).units, m = new Matrix(indices.length, width);
  for (let r = 0; r < indices.length; r++) {
    const value = points.value[indices[r]];
    if (width === 2) m.data[r * 2 + value] = 1;
    else m.data[r] = value;
  }
  return m;
}
function gridRows(config, size) {
  const { cx, cy, half } = DATASETS[config.dataset].domain;
  const cell = 2 * half / size, k = config.features.length;
  const m = new Matrix(size * size, k);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x1 = cx - half + (c + 0.5) * cell, x2 = cy + half - (r + 0.5) * cell;
      config.features.forEach((name, j) => {
        m.data[(r * size + c) * k + j] = FEATURES[name].of(x1, x2);
      });
    }
  }
  return m;
}
function nextBatch(run) {
  if (run.shuffledFor !== run.epoch) {
    shuffleIndices(run.order, run.shuffle);
    run.shuffledFor = run.epoch;
  }
  const start2 = run.batch * run.batchSize;
  const indices = run.order.subarray(start2, Math.min(start2 + run.batchSize, run.order.length));
  return {
    x: takeRows(run.train.x, indices),
    y: takeRows(run.train.y, indices)
  };
}
function trainSteps(run, count, explain = false) {
  let explanation = null;
  for (let k = 0; k < count; k++) {
    const batch = nextBatch(run);
    if (explain && k === count - 1) explanation = explainBatch(run, batch, true);
    run.model.trainStep(batch.x, batch.y, run.config.loss, run.optimizer);
    run.step++;
    run.batch++;
    if (run.batch === run.batchesPerEpoch) {
      run.batch = 0;
      run.epoch++;
      recordEpoch(run);
    }
  }
  return explanation;
}
function explainNext(run) {
  return explainBatch(run, nextBatch(run), false);
}
function explainBatch(run, batch, taken) {
  const trace = run.model.trace(batch.x, batch.y, run.config.loss);
  const layers = trace.layers.map((layer, i) => ({
    inputs: layer.input.cols,
    outputs: layer.delta.cols,
    activation: run.model.layers[i].activation.name,
    delta: block(layer.delta),
    weightGradient: block(layer.weightGradient),
    biasGradient: layer.biasGradient === null ? null : block(new Matrix(1, layer.biasGradient.length, layer.biasGradient))
  }));
  return {
    step: run.step + 1,
    taken,
    epoch: run.epoch + 1,
    batch: run.batch + 1,
    batches: run.batchesPerEpoch,
    loss: trace.loss,
    lossName: trace.lossName,
    fused: trace.fused,
    rows: batch.x.rows,
    layers
  };
}
function block(m) {
  const values = [];
  for (let i = 0; i < Math.min(m.rows, SHOWN.rows); i++) {
    values.push(m.row(i).slice(0, SHOWN.cols));
  }
  return {
    rows: m.rows,
    cols: m.cols,
    values
  };
}
function losses(run) {
  const { loss } = run.config;
  return {
    train: run.model.loss(run.train.x, run.train.y, loss),
    test: run.held === null ? null : run.model.loss(run.held.x, run.held.y, loss)
  };
}
function recordEpoch(run) {
  const history = run.history;
  if (run.epoch % history.stride !== 0) return;
  const { train, test } = losses(run);
  history.epochs.push(run.epoch);
  history.train.push(train);
  history.test.push(test);
  if (history.epochs.length < HISTORY_POINTS) return;
  const keep = (_, i) => i % 2 === 1;
  history.epochs = history.epochs.filter(keep);
  history.train = history.train.filter(keep);
  history.test = history.test.filter(keep);
  history.stride *= 2;
  history.sent = 0;
}
function historyUpdate(run) {
  const history = run.history, from = history.sent;
  history.sent = history.epochs.length;
  return {
    from,
    epochs: history.epochs.slice(from),
    train: history.train.slice(from),
    test: history.test.slice(from)
  };
}
function setupOf(run, runId) {
  const { config } = run;
  return {
    type: "setup",
    runId,
    domain: DATASETS[config.dataset].domain,
    kind: DATASETS[config.dataset].kind,
    x1: run.points.x1,
    x2: run.points.x2,
    value: run.points.value,
    test: run.test,
    widths: widthsOf(config),
    features: config.features.map((_, j) => heatmap(run.grids.units, GRID.units, j)),
    batchesPerEpoch: run.batchesPerEpoch,
    batchSize: run.batchSize
  };
}
function snapshotOf(run, runId, playing, explain, finished = false) {
  const { train, test } = losses(run);
  const output = outputMap(run);
  const model = run.model;
  model.forward(run.grids.units);
  const last = model.layers.length - 1;
  const units = model.layers.map((layer, l) => {
    const shown = Math.min(layer.outputs, LIMITS.drawn);
    return Array.from({
      length: shown
    }, (_, j) => l === last ? outputHeatmap(run, layer.a, GRID.units, j) : heatmap(layer.a, GRID.units, j));
  });
  const layers = model.layers.map((layer) => ({
    rows: layer.weights.rows,
    cols: layer.weights.cols,
    weights: layer.weights.data.slice(),
    bias: layer.bias === null ? null : layer.bias.slice()
  }));
  return {
    type: "snapshot",
    runId,
    step: run.step,
    epoch: run.epoch,
    playing,
    finished,
    trainLoss: train,
    testLoss: test,
    layers,
    output,
    units,
    history: historyUpdate(run),
    explain
  };
}
function outputMap(run) {
  const out = run.model.forward(run.grids.output);
  return outputHeatmap(run, out, GRID.output, out.cols - 1);
}
function outputHeatmap(run, out, size, j) {
  const values = new Float32Array(size * size);
  const classes = DATASETS[run.config.dataset].kind === "classification";
  for (let r = 0; r < values.length; r++) {
    const v = out.data[r * out.cols + j];
    values[r] = classes ? 2 * v - 1 : Math.max(-1, Math.min(1, v));
  }
  return {
    size,
    values
  };
}
function heatmap(m, size, j) {
  const values = new Float32Array(size * size);
  let largest = 0;
  for (let r = 0; r < values.length; r++) {
    values[r] = m.data[r * m.cols + j];
    largest = Math.max(largest, Math.abs(values[r]));
  }
  if (largest > 0) {
    for (let r = 0; r < values.length; r++) values[r] /= largest;
  }
  return {
    size,
    values
  };
}
function checkGradients(run, runId) {
  const batch = nextBatch(run);
  const result = gradCheck(run.model, run.config.loss, batch.x, batch.y, {
    sample: 20,
    seed: run.config.seed
  });
  const worst = result.worst === null ? null : `${result.worst.what}[${result.worst.index.join(", ")}]`;
  return {
    type: "gradcheck",
    runId,
    passed: result.passed,
    maxRelativeError: result.maxRelativeError,
    worst,
    checked: result.checked,
    kinks: result.kinks,
    problems: result.problems,
    rows: batch.x.rows,
    step: run.step
  };
}
function exportModel(run) {
  run.model.metadata = {
    playground: toQuery(run.config),
    inputs: [
      ...run.config.features
    ],
    steps: run.step
  };
  return {
    json: JSON.stringify(run.model, null, 1),
    onnx: Uint8Array.from(toOnnx(run.model))
  };
}

// playground/worker.ts
var FRAME_MS = 33;
var BUDGET_MS = 24;
function servePlayground(scope) {
  const state = {
    run: null,
    runId: 0,
    playing: false,
    stopAt: null,
    timer: void 0,
    owed: 0,
    lastSlice: 0,
    rate: 1
  };
  const post = (reply) => scope.postMessage(reply, transfers(reply));
  scope.addEventListener("message", (event) => {
    try {
      handle(state, event.data, post);
    } catch (error) {
      fail(state, error, post);
    }
  });
}
function handle(state, request, post) {
  if (request.type === "reset") {
    stop(state);
    state.run = createRun(request.config);
    state.runId = request.runId;
    post(setupOf(state.run, state.runId));
    post(snapshotOf(state.run, state.runId, false, explainNext(state.run)));
    return;
  }
  const run = state.run;
  if (run === null) throw new Error(`The worker got "${request.type}" before any "reset"`);
  switch (request.type) {
    case "play":
      state.stopAt = request.stopAt;
      start(state, post);
      return;
    case "pause":
      stop(state);
      post(snapshotOf(run, state.runId, false, null));
      return;
    case "speed":
      run.config.speed = request.speed;
      return;
    case "step": {
      stop(state);
      const explain = trainSteps(run, 1, true);
      post(snapshotOf(run, state.runId, false, explain));
      return;
    }
    case "gradcheck":
      post(checkGradients(run, state.runId));
      return;
    case "export":
      post({
        type: "export",
        runId: state.runId,
        ...exportModel(run)
      });
      return;
  }
}
function start(state, post) {
  if (state.playing) return;
  state.playing = true;
  state.owed = 0;
  state.lastSlice = performance.now();
  state.timer = setTimeout(() => slice(state, post), 0);
}
function stop(state) {
  state.playing = false;
  clearTimeout(state.timer);
  state.timer = void 0;
}
function slice(state, post) {
  const run = state.run, started = performance.now();
  try {
    const count = stepsDue(state, run.config, run.batchesPerEpoch, started);
    const explain = count > 0 ? trainSteps(run, count, true) : null;
    if (count > 0) {
      state.rate = 0.7 * state.rate + 0.3 * count / Math.max(0.5, performance.now() - started);
    }
    const finished = state.stopAt !== null && run.step >= state.stopAt;
    if (finished) {
      stop(state);
      state.stopAt = null;
    }
    post(snapshotOf(run, state.runId, state.playing, explain, finished));
  } catch (error) {
    fail(state, error, post);
    return;
  }
  if (state.playing) {
    const wait = Math.max(0, FRAME_MS - (performance.now() - started));
    state.timer = setTimeout(() => slice(state, post), wait);
  }
}
function stepsDue(state, config, batchesPerEpoch, now) {
  const capacity = Math.max(1, Math.floor(state.rate * BUDGET_MS));
  if (config.speed === 0) {
    state.owed = capacity;
  } else {
    state.owed += config.speed * batchesPerEpoch * (now - state.lastSlice) / 1e3;
    state.owed = Math.min(state.owed, 2 * capacity);
  }
  state.lastSlice = now;
  let count = Math.min(capacity, Math.floor(state.owed));
  if (state.stopAt !== null) count = Math.min(count, Math.max(0, state.stopAt - state.run.step));
  state.owed -= count;
  return count;
}
function fail(state, error, post) {
  stop(state);
  const text = error instanceof Error ? error.message : String(error);
  const message = /[.!?]$/.test(text) ? text : `${text}.`;
  post({
    type: "error",
    runId: state.runId,
    message: state.run === null ? message : `Training stopped at step ${state.run.step + 1}: ${message}`
  });
}
function transfers(reply) {
  if (reply.type === "snapshot") {
    return [
      reply.output.values.buffer,
      ...reply.units.flat().map((map) => map.values.buffer)
    ];
  }
  if (reply.type === "setup") return reply.features.map((map) => map.values.buffer);
  if (reply.type === "export") return [
    reply.onnx.buffer
  ];
  return [];
}

// playground/playground_worker.ts
servePlayground(globalThis);
