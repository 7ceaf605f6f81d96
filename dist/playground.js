// The backprop playground (playground/), written by `deno task bundle`; do not edit.
// scripts/suggest.ts
function nearestName(name, names) {
  if (name.length < 3) return void 0;
  return names.find((n) => n.startsWith(name) || name.startsWith(n)) ?? names.find((n) => editDistance(n, name) <= 2);
}
function editDistance(a, b) {
  let previous = Array.from({
    length: b.length + 1
  }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [
      i
    ];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

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
var OPTIMIZERS = {
  sgd: "SGD (with momentum)",
  adam: "Adam"
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
function parseQuery(search, options2 = {}) {
  const params = new URLSearchParams(search);
  const problems = [];
  const source = options2.source ?? "URL parameter";
  const refuse = (key, text, why) => problems.push(`${source} ${key}=${JSON.stringify(text)} was ignored: ${why}.`);
  const presetName = params.get("preset");
  let preset2 = null;
  if (presetName !== null) {
    if (presetName in PRESETS) preset2 = presetName;
    else refuse("preset", presetName, `expected one of ${Object.keys(PRESETS).join(", ")}`);
  }
  const config = copyConfig(preset2 === null ? options2.base ?? DEFAULT_CONFIG : PRESETS[preset2].config);
  for (const [field, { key, read }] of Object.entries(CONFIG_KEYS)) {
    const text = params.get(key);
    if (text === null) continue;
    const result = read(text);
    if ("why" in result) refuse(key, text, result.why);
    else config[field] = result.value;
  }
  problems.push(...reconcile(config), ...unknownKeys(params, source));
  const flag = (key, fallback) => readParam(params, key, flagOf, refuse) ?? fallback;
  return {
    config,
    view: {
      showTest: flag("showTest", DEFAULT_VIEW.showTest),
      discretize: flag("discretize", DEFAULT_VIEW.discretize)
    },
    launch: {
      autoplay: flag("autoplay", false),
      stopAt: readParam(params, "steps", integerIn(1, 1e9), refuse),
      preset: preset2
    },
    problems
  };
}
var KNOWN_KEYS = [
  ...Object.values(CONFIG_KEYS).map(({ key }) => key),
  "preset",
  "showTest",
  "discretize",
  "autoplay",
  "steps"
];
function unknownKeys(params, source) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const key of params.keys()) {
    if (seen.has(key)) {
      problems.push(`${source} ${key} is given more than once; only the first was used.`);
      continue;
    }
    seen.add(key);
    if (KNOWN_KEYS.includes(key)) continue;
    const near = nearestName(key, KNOWN_KEYS);
    problems.push(`${source} ${key} was ignored: no such setting` + (near === void 0 ? "." : `; did you mean ${near}?`));
  }
  return problems;
}
function readParam(params, key, read, refuse) {
  const text = params.get(key);
  if (text === null) return null;
  const result = read(text);
  if ("value" in result) return result.value;
  refuse(key, text, result.why);
  return null;
}
function reconcile(config) {
  const kind = DATASETS[config.dataset].kind;
  if (LOSSES[config.loss].kinds.includes(kind)) return [];
  const was = config.loss;
  config.loss = "mse";
  return [
    `The loss ${was} does not fit ${kind} data (${config.dataset}); using mse.`
  ];
}
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
function sameRun(a, b) {
  return toQuery({
    ...a,
    speed: 0
  }) === toQuery({
    ...b,
    speed: 0
  });
}

// playground/explain_view.ts
var SUBSCRIPTS = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";
function subscript(n) {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}
function shape(rows, cols) {
  return `${rows} \xD7 ${cols}`;
}
function formatNumber(v) {
  if (v === 0 || Math.abs(v) >= 1e-3) return v.toFixed(4);
  return v.toExponential(2);
}
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;"
  })[c]);
}
function explainHtml(step2) {
  const parts = [
    `<p class="explain-head">${escapeHtml(headline(step2))}</p>`
  ];
  for (let k = step2.layers.length - 1; k >= 0; k--) parts.push(layerHtml(step2, k));
  return parts.join("");
}
function headline(step2) {
  const which = step2.taken ? `Step ${step2.step}, just taken` : `Step ${step2.step}, not yet taken`;
  const where = `epoch ${step2.epoch}, batch ${step2.batch} of ${step2.batches}, ${step2.rows} ${step2.rows === 1 ? "row" : "rows"}`;
  const last = subscript(step2.layers.length);
  const delta = step2.fused === null ? `\u03B4${last} = \u2202L/\u2202A${last} \u2299 ${step2.layers.at(-1).activation}\u2032(Z${last}).` : `the ${step2.lossName} loss and the ${step2.fused} output combine, so \u03B4${last} = (\u0176 \u2212 Y) divided by the number of values the loss averages.`;
  return `${which} (${where}): ${step2.lossName} loss ${formatNumber(step2.loss)} before the update, which subtracts the learning rate's share of each \u2202L/\u2202W and \u2202L/\u2202b below. For the output layer, ${delta}`;
}
function layerHtml(step2, k) {
  const layer = step2.layers[k];
  const n = subscript(k + 1), below = subscript(k);
  const title = `Layer ${k + 1}: ${layer.inputs} \u2192 ${layer.outputs}, ${layer.activation}`;
  const matrices = [
    matrixHtml("delta", `\u03B4${n} = \u2202L/\u2202Z${n}`, layer.delta),
    matrixHtml("weightGradient", `\u2202L/\u2202W${n} = A${below}\u1D40\xB7\u03B4${n}`, layer.weightGradient),
    layer.biasGradient === null ? `<p class="explain-none" data-name="biasGradient">No bias.</p>` : matrixHtml("biasGradient", `\u2202L/\u2202b${n} = \u03A3 rows of \u03B4${n}`, layer.biasGradient)
  ];
  const down = k === 0 ? "" : `<p class="explain-down">${escapeHtml(`\u03B4 passes down: \u2202L/\u2202A${below} = \u03B4${n}\xB7W${n}\u1D40 (${shape(layer.delta.rows, layer.inputs)}), then \u03B4${below} = \u2202L/\u2202A${below} \u2299 ${step2.layers[k - 1].activation}\u2032(Z${below}).`)}</p>`;
  return `<section class="explain-layer" data-layer="${k}"><h3>${escapeHtml(title)}</h3><div class="explain-matrices">${matrices.join("")}</div>${down}</section>`;
}
function matrixHtml(name, caption, block) {
  const rows = block.values.map((row) => {
    const cells = row.map((v) => `<td>${formatNumber(v)}</td>`);
    if (block.cols > row.length) cells.push("<td>\u2026</td>");
    return `<tr>${cells.join("")}</tr>`;
  });
  if (block.rows > block.values.length) {
    const width = block.values[0].length + (block.cols > block.values[0].length ? 1 : 0);
    const more = block.rows - block.values.length;
    rows.push(`<tr><td colspan="${width}">\u22EE ${more} more ${more === 1 ? "row" : "rows"}</td></tr>`);
  }
  return `<figure class="explain-matrix" data-name="${name}"><figcaption>${escapeHtml(caption)} <span class="shape">${shape(block.rows, block.cols)}</span></figcaption><table>${rows.join("")}</table></figure>`;
}

// playground/render.ts
var COLORS = {
  blue: "#0072b2",
  orange: "#e69f00",
  middle: "#ffffff"
};
var BLUE = [
  0,
  114,
  178
];
var ORANGE = [
  230,
  159,
  0
];
var WHITE = [
  255,
  255,
  255
];
var SCALE = (() => {
  const scale = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = i / 255 * 2 - 1, end = t < 0 ? ORANGE : BLUE, f = Math.abs(t);
    for (let c = 0; c < 3; c++) scale[i * 3 + c] = WHITE[c] + (end[c] - WHITE[c]) * f;
  }
  return scale;
})();
function colorOf(v) {
  const i = Math.round((Math.max(-1, Math.min(1, v)) + 1) * 127.5) * 3;
  return `rgb(${SCALE[i]},${SCALE[i + 1]},${SCALE[i + 2]})`;
}
var scratch = /* @__PURE__ */ new Map();
function paintHeatmap(canvas, map, discretize = false) {
  let small = scratch.get(map.size);
  if (small === void 0) {
    small = document.createElement("canvas");
    small.width = small.height = map.size;
    scratch.set(map.size, small);
  }
  const smallContext = small.getContext("2d");
  const image = smallContext.createImageData(map.size, map.size);
  for (let k = 0; k < map.values.length; k++) {
    const v = discretize ? Math.sign(map.values[k]) : map.values[k];
    const i = Math.round((Math.max(-1, Math.min(1, v)) + 1) * 127.5) * 3;
    image.data[4 * k] = SCALE[i];
    image.data[4 * k + 1] = SCALE[i + 1];
    image.data[4 * k + 2] = SCALE[i + 2];
    image.data[4 * k + 3] = 255;
  }
  smallContext.putImageData(image, 0, 0);
  const context = canvas.getContext("2d");
  context.imageSmoothingEnabled = !discretize;
  context.drawImage(small, 0, 0, canvas.width, canvas.height);
}
var pointLayers = /* @__PURE__ */ new WeakMap();
function paintPoints(canvas, setup, showTest) {
  const layers = pointLayers.get(setup) ?? /* @__PURE__ */ new Map();
  pointLayers.set(setup, layers);
  const key = `${canvas.width} ${showTest}`;
  let layer = layers.get(key);
  if (layer === void 0) {
    layer = document.createElement("canvas");
    layer.width = canvas.width;
    layer.height = canvas.height;
    drawPoints(layer, setup, showTest);
    layers.set(key, layer);
  }
  canvas.getContext("2d").drawImage(layer, 0, 0);
}
function drawPoints(canvas, setup, showTest) {
  const context = canvas.getContext("2d");
  const { cx, cy, half } = setup.domain;
  const scale = canvas.width / (2 * half);
  context.lineWidth = 1;
  for (let i = 0; i < setup.value.length; i++) {
    if (setup.test[i] && !showTest) continue;
    const x = (setup.x1[i] - cx + half) * scale, y = (cy + half - setup.x2[i]) * scale;
    const v = setup.kind === "classification" ? 2 * setup.value[i] - 1 : setup.value[i];
    context.beginPath();
    context.arc(x, y, 3.5, 0, 2 * Math.PI);
    context.fillStyle = colorOf(v);
    context.fill();
    context.strokeStyle = setup.test[i] ? "#000" : "#fff";
    context.stroke();
  }
}
function paintLoss(canvas, curves) {
  const context = canvas.getContext("2d");
  const { width, height } = canvas;
  context.clearRect(0, 0, width, height);
  const n = curves.epochs.length;
  if (n === 0) return;
  let top = 0;
  for (let i = 0; i < n; i++) top = Math.max(top, curves.train[i], curves.test[i] ?? 0);
  if (!(top > 0) || !Number.isFinite(top)) return;
  const last = curves.epochs[n - 1];
  const x = (epoch) => (last === 0 ? 0 : epoch / last * (width - 2)) + 1;
  const y = (v) => height - 1 - v / top * (height - 4);
  const line = (values, color, dash) => {
    context.beginPath();
    context.setLineDash(dash);
    context.strokeStyle = color;
    context.lineWidth = 1.5;
    let open = false;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null) continue;
      if (open) context.lineTo(x(curves.epochs[i]), y(v));
      else context.moveTo(x(curves.epochs[i]), y(v));
      open = true;
    }
    context.stroke();
  };
  line(curves.test, COLORS.orange, [
    4,
    3
  ]);
  line(curves.train, COLORS.blue, []);
  context.setLineDash([]);
}
var LAYOUT = {
  node: 32,
  gapY: 8,
  column: 112,
  top: 56,
  left: 16
};
function buildNetwork(container, widths, labels, onUnits) {
  container.replaceChildren();
  const shown = widths.map((w) => Math.min(w, labels.drawn));
  const tallest = Math.max(...shown);
  const height = LAYOUT.top + tallest * (LAYOUT.node + LAYOUT.gapY) + 24;
  const width = LAYOUT.left * 2 + (widths.length - 1) * LAYOUT.column + LAYOUT.node;
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  canvas.className = "edges";
  canvas.setAttribute("aria-hidden", "true");
  container.append(canvas);
  const position = (column, i) => ({
    x: LAYOUT.left + column * LAYOUT.column,
    y: LAYOUT.top + (tallest - shown[column]) * (LAYOUT.node + LAYOUT.gapY) / 2 + i * (LAYOUT.node + LAYOUT.gapY)
  });
  const nodes = shown.map((n, column) => {
    container.append(columnHeader(widths, column, labels, onUnits));
    return Array.from({
      length: n
    }, (_, i) => {
      const canvas2 = document.createElement("canvas");
      canvas2.width = canvas2.height = LAYOUT.node;
      canvas2.className = "node";
      const { x, y } = position(column, i);
      canvas2.style.left = `${x}px`;
      canvas2.style.top = `${y}px`;
      canvas2.title = nodeTitle(widths, column, i, labels);
      container.append(canvas2);
      return canvas2;
    });
  });
  widths.forEach((w, column) => {
    if (w <= shown[column]) return;
    const more = document.createElement("div");
    more.className = "more";
    more.textContent = `+${w - shown[column]} more`;
    more.style.left = `${position(column, 0).x - 8}px`;
    more.style.top = `${height - 20}px`;
    container.append(more);
  });
  return {
    nodes,
    canvas,
    shown,
    position
  };
}
function nodeTitle(widths, column, i, labels) {
  if (column === 0) return `Input ${labels.features[i]}`;
  if (column === widths.length - 1) return `Output ${i + 1} (${labels.output})`;
  return `Hidden layer ${column}, unit ${i + 1} (${labels.activation})`;
}
function columnHeader(widths, column, labels, onUnits) {
  const header = document.createElement("div");
  header.className = "column-header";
  header.style.left = `${LAYOUT.left + column * LAYOUT.column - 24}px`;
  const last = widths.length - 1;
  const name = column === 0 ? "Inputs" : column === last ? "Output" : `Layer ${column}`;
  const detail = column === 0 ? `${widths[0]} features` : column === last ? labels.output : `${widths[column]} ${widths[column] === 1 ? "unit" : "units"}, ${labels.activation}`;
  header.append(Object.assign(document.createElement("div"), {
    textContent: name
  }));
  if (column > 0 && column < last) {
    const buttons = document.createElement("div");
    for (const [change, text, verb] of [
      [
        1,
        "+",
        "Add a unit to"
      ],
      [
        -1,
        "\u2212",
        "Remove a unit from"
      ]
    ]) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = text;
      button.setAttribute("aria-label", `${verb} hidden layer ${column}`);
      button.addEventListener("click", () => onUnits(column - 1, change));
      buttons.append(button);
    }
    header.append(buttons);
  }
  header.append(Object.assign(document.createElement("div"), {
    textContent: detail,
    className: "detail"
  }));
  return header;
}
function paintFeatures(view, features) {
  view.nodes[0].forEach((canvas, i) => paintHeatmap(canvas, features[i]));
}
function updateNetwork(view, snapshot, discretize) {
  const last = snapshot.units.length - 1;
  snapshot.units.forEach((maps, l) => view.nodes[l + 1].forEach((canvas, i) => paintHeatmap(canvas, maps[i], discretize && l === last)));
  paintEdges(view, snapshot.layers);
}
function paintEdges(view, layers) {
  const context = view.canvas.getContext("2d");
  context.clearRect(0, 0, view.canvas.width, view.canvas.height);
  context.globalAlpha = 0.75;
  layers.forEach((layer, l) => {
    let largest = 0;
    for (const w of layer.weights) largest = Math.max(largest, Math.abs(w));
    for (let i = 0; i < view.shown[l]; i++) {
      for (let j = 0; j < view.shown[l + 1]; j++) {
        const w = layer.weights[i * layer.cols + j];
        const a = view.position(l, i), b = view.position(l + 1, j);
        const x1 = a.x + LAYOUT.node, y1 = a.y + LAYOUT.node / 2;
        const x2 = b.x, y2 = b.y + LAYOUT.node / 2, middle = (x1 + x2) / 2;
        context.beginPath();
        context.moveTo(x1, y1);
        context.bezierCurveTo(middle, y1, middle, y2, x2, y2);
        context.strokeStyle = w >= 0 ? COLORS.blue : COLORS.orange;
        context.lineWidth = 0.5 + 3.5 * (largest === 0 ? 0 : Math.abs(w) / largest);
        context.stroke();
      }
    }
  });
  context.globalAlpha = 1;
}

// playground/main.ts
var CONTROLS = {
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
  speed: "speed"
};
var EXPLAIN_EVERY_MS = 500;
function element(id) {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no element with id "${id}"`);
  return found;
}
function control(id) {
  return element(id);
}
function options(id, entries) {
  element(id).replaceChildren(...entries.map(([value, text]) => new Option(text, value)));
}
function fillControls() {
  options("dataset", Object.entries(DATASETS).map(([name, d]) => [
    name,
    d.label
  ]));
  options("activation", ACTIVATIONS.map((name) => [
    name,
    name
  ]));
  options("loss-function", Object.entries(LOSSES).map(([name, l]) => [
    name,
    l.label
  ]));
  options("optimizer", Object.entries(OPTIMIZERS));
  options("init", Object.entries(INITS));
  options("speed", SPEEDS.map((s) => [
    String(s),
    s === 0 ? "as fast as it goes" : `${s} epochs/s`
  ]));
  options("preset", [
    [
      "",
      "(none)"
    ],
    ...Object.entries(PRESETS).map(([name, p]) => [
      name,
      p.label
    ])
  ]);
  element("features").append(...Object.entries(FEATURES).map(([name, feature]) => {
    const label = document.createElement("label");
    const box = Object.assign(document.createElement("input"), {
      type: "checkbox",
      id: `feature-${name}`,
      value: name
    });
    label.append(box, ` ${feature.label}`);
    return label;
  }));
}
function writeControls(page) {
  const query = new URLSearchParams(toQuery(page.config, page.view));
  for (const [key, id] of Object.entries(CONTROLS)) control(id).value = query.get(key) ?? "";
  element("bias").checked = page.config.bias;
  for (const name of Object.keys(FEATURES)) {
    element(`feature-${name}`).checked = page.config.features.includes(name);
  }
  element("show-test").checked = page.view.showTest;
  element("discretize").checked = page.view.discretize;
  element("preset").value = page.preset ?? "";
  element("noise-value").textContent = String(page.config.noise);
  element("train-value").textContent = `${page.config.trainPercent}%`;
  element("momentum").disabled = page.config.optimizer !== "sgd";
  const kind = DATASETS[page.config.dataset].kind;
  for (const option of element("loss-function").options) {
    option.disabled = !LOSSES[option.value].kinds.includes(kind);
  }
  const hidden = page.config.layers.length;
  element("layer-count").textContent = `${hidden} hidden ${hidden === 1 ? "layer" : "layers"}`;
  element("add-layer").disabled = hidden >= LIMITS.layers;
  element("remove-layer").disabled = hidden === 0;
  showPresetNote(page);
}
function readControls(page) {
  const query = new URLSearchParams();
  for (const [key, id] of Object.entries(CONTROLS)) query.set(key, control(id).value);
  query.set("layers", page.config.layers.join(","));
  query.set("bias", element("bias").checked ? "1" : "0");
  const features = Object.keys(FEATURES).filter((name) => element(`feature-${name}`).checked);
  query.set("features", features.join(","));
  query.set("showTest", element("show-test").checked ? "1" : "0");
  query.set("discretize", element("discretize").checked ? "1" : "0");
  return query.toString();
}
function showPresetNote(page) {
  const note = element("preset-note");
  note.hidden = page.preset === null;
  if (page.preset === null) return;
  const preset2 = PRESETS[page.preset];
  note.textContent = preset2.note + (sameRun(preset2.config, page.config) ? "" : " (Its settings have been changed since.)");
}
function showMessages(lines) {
  element("messages").textContent = lines.join(" ");
}
function send(page, request) {
  page.worker.postMessage(request);
}
function apply(page, config, preset2, updateUrl = true) {
  page.config = config;
  page.preset = preset2;
  writeControls(page);
  if (updateUrl) {
    page.stopAt = null;
    history.replaceState(null, "", toQuery(config, page.view, {
      preset: preset2
    }));
  }
  reset(page);
}
function reset(page) {
  page.runId++;
  page.setup = page.snapshot = page.explain = null;
  page.curves = {
    epochs: [],
    train: [],
    test: []
  };
  setPlaying(page, false);
  const widths = widthsOf(page.config);
  page.network = buildNetwork(element("network"), widths, {
    features: page.config.features.map((name) => FEATURES[name].label),
    activation: page.config.activation,
    output: outputOf(page.config).activation,
    drawn: LIMITS.drawn
  }, (layer, change) => changeUnits(page, layer, change));
  element("gradcheck-result").textContent = "";
  element("downloads").replaceChildren();
  send(page, {
    type: "reset",
    runId: page.runId,
    config: copyConfig(page.config)
  });
}
function changeUnits(page, layer, change) {
  const config = copyConfig(page.config);
  config.layers[layer] = Math.max(1, Math.min(LIMITS.units, config.layers[layer] + change));
  apply(page, config, page.preset);
}
function changeLayers(page, change) {
  const config = copyConfig(page.config);
  if (change > 0 && config.layers.length < LIMITS.layers) config.layers.push(4);
  if (change < 0) config.layers.pop();
  apply(page, config, page.preset);
}
function onControlChange(page) {
  const parsed = parseQuery(readControls(page), {
    base: page.config,
    source: "The setting"
  });
  showMessages(parsed.problems);
  page.view = parsed.view;
  page.dirty = true;
  if (sameRun(parsed.config, page.config)) {
    if (parsed.config.speed !== page.config.speed) {
      page.config.speed = parsed.config.speed;
      send(page, {
        type: "speed",
        speed: parsed.config.speed
      });
    }
    writeControls(page);
    history.replaceState(null, "", toQuery(page.config, page.view, {
      preset: page.preset
    }));
    return;
  }
  apply(page, parsed.config, page.preset);
}
function onPreset(page) {
  const name = element("preset").value;
  if (name === "") {
    page.preset = null;
    showPresetNote(page);
    return;
  }
  const preset2 = name;
  apply(page, copyConfig(PRESETS[preset2].config), preset2);
}
function setPlaying(page, playing) {
  page.playing = playing;
  const button = element("play");
  button.textContent = playing ? "Pause" : "Play";
  button.setAttribute("aria-pressed", String(playing));
}
function play(page) {
  const step2 = page.snapshot?.step ?? 0;
  const stopAt = page.stopAt !== null && page.stopAt > step2 ? page.stopAt : null;
  send(page, {
    type: "play",
    stopAt
  });
  setPlaying(page, true);
}
function pause(page) {
  send(page, {
    type: "pause"
  });
  setPlaying(page, false);
}
function togglePlay(page) {
  if (page.playing) pause(page);
  else play(page);
}
function step(page) {
  send(page, {
    type: "step"
  });
  setPlaying(page, false);
}
function bindControls(page) {
  for (const id of [
    ...Object.values(CONTROLS),
    "bias",
    "show-test",
    "discretize"
  ]) {
    element(id).addEventListener("change", () => onControlChange(page));
  }
  element("features").addEventListener("change", () => onControlChange(page));
  element("noise").addEventListener("input", (event) => {
    element("noise-value").textContent = event.target.value;
  });
  element("train").addEventListener("input", (event) => {
    element("train-value").textContent = `${event.target.value}%`;
  });
  element("preset").addEventListener("change", () => onPreset(page));
  element("play").addEventListener("click", () => togglePlay(page));
  element("step").addEventListener("click", () => step(page));
  element("reset").addEventListener("click", () => reset(page));
  element("add-layer").addEventListener("click", () => changeLayers(page, 1));
  element("remove-layer").addEventListener("click", () => changeLayers(page, -1));
  element("gradcheck").addEventListener("click", () => {
    element("gradcheck-result").textContent = "Checking\u2026";
    send(page, {
      type: "gradcheck"
    });
  });
  element("export").addEventListener("click", () => send(page, {
    type: "export"
  }));
  document.addEventListener("keydown", (event) => onKey(page, event));
}
function onKey(page, event) {
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
function receive(page, reply) {
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
      showMessages([
        reply.message
      ]);
      return;
  }
}
function onSnapshot(page, snapshot) {
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
function showGradCheck(reply) {
  const out = element("gradcheck-result");
  out.dataset.passed = String(reply.passed);
  const where = reply.worst === null ? "" : ` at ${reply.worst}`;
  const problems = reply.problems.length === 0 ? "" : ` ${reply.problems.join(" ")}`;
  out.textContent = `${reply.passed ? "Passed" : "Failed"}: ${reply.checked} gradient entries on the next batch (${reply.rows} rows, after step ${reply.step}) against central differences; largest relative error ${reply.maxRelativeError.toExponential(2)}${where}` + (reply.kinks > 0 ? `, ${reply.kinks} at a kink` : "") + `.${problems}`;
}
function offerDownloads(page, reply) {
  for (const url of page.downloads) URL.revokeObjectURL(url);
  const files = [
    [
      "download-json",
      reply.json,
      "application/json",
      "playground-model.json"
    ],
    [
      "download-onnx",
      reply.onnx,
      "application/octet-stream",
      "playground-model.onnx"
    ]
  ];
  const links = files.map(([id, data, type, name]) => {
    const blob = new Blob([
      data
    ], {
      type
    });
    const link = Object.assign(document.createElement("a"), {
      id,
      href: URL.createObjectURL(blob),
      download: name,
      textContent: `${name} (${(blob.size / 1e3).toFixed(1)} kB)`
    });
    return link;
  });
  page.downloads = links.map((link) => link.href);
  element("downloads").replaceChildren(links[0], " ", links[1]);
}
function draw(page, now) {
  if (page.explain !== null && (!page.playing || now - page.explainedAt >= EXPLAIN_EVERY_MS)) {
    element("explain").innerHTML = explainHtml(page.explain);
    page.explain = null;
    page.explainedAt = now;
  }
  const { setup, snapshot, network } = page;
  if (!page.dirty || setup === null || snapshot === null || network === null) return;
  page.dirty = false;
  const boundary = element("boundary");
  paintHeatmap(boundary, snapshot.output, page.view.discretize);
  paintPoints(boundary, setup, page.view.showTest);
  updateNetwork(network, snapshot, page.view.discretize);
  paintLoss(element("loss-chart"), page.curves);
  showNumber("loss", snapshot.trainLoss);
  showNumber("test-loss", snapshot.testLoss);
  element("epoch").textContent = String(snapshot.epoch);
  element("step-count").textContent = String(snapshot.step);
}
function showNumber(id, value) {
  const out = element(id);
  out.textContent = value === null ? "\u2013" : formatNumber(value);
  out.dataset.value = value === null ? "" : String(value);
}
function start() {
  const parsed = parseQuery(location.search);
  fillControls();
  const worker = new Worker(new URL("./playground_worker.js", import.meta.url), {
    type: "module"
  });
  const page = {
    config: parsed.config,
    view: parsed.view,
    preset: parsed.launch.preset,
    stopAt: parsed.launch.stopAt,
    runId: 0,
    worker,
    setup: null,
    snapshot: null,
    network: null,
    curves: {
      epochs: [],
      train: [],
      test: []
    },
    playing: false,
    dirty: false,
    explain: null,
    explainedAt: 0,
    downloads: []
  };
  worker.addEventListener("message", (event) => receive(page, event.data));
  worker.addEventListener("error", (event) => {
    setPlaying(page, false);
    showMessages([
      `The training worker failed: ${event.message ?? "it did not load"}.`
    ]);
  });
  bindControls(page);
  showMessages(parsed.problems);
  apply(page, parsed.config, parsed.launch.preset, false);
  if (parsed.launch.autoplay) play(page);
  const frame = (now) => {
    draw(page, now);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
start();
