/**
 * TensorFlow.js itself reads what `toTfjs` writes, and writes what
 * `fromTfjs` reads: both ways the two predict the same, to 1e-5 of the
 * largest output (TF.js computes in float32), for every activation, with
 * scalers folded in and with dropout.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@^4";
import { fromTfjs, type TfjsArtifacts, toTfjs } from "../mod.ts";
import {
  expected,
  type ExportCase,
  exportCases,
  moreExportCases,
} from "../tests/fixtures/export_models.ts";

await tf.setBackend("cpu");

const TOLERANCE = 1e-5;
/** Activations `toTfjs` refuses, with reason (tests/interop/tfjs_test.ts checks the messages). */
const REFUSED = new Set(["geluTanh regressor"]);

/** The largest `|got − want|` over the largest `|want|`, asserted within the tolerance. */
function difference(
  got: ArrayLike<number>,
  want: ArrayLike<number>,
  what: string,
): number {
  assert.equal(got.length, want.length, what);
  const top = Math.max(...Array.from(want, Math.abs));
  let largest = 0;
  for (let k = 0; k < want.length; k++) {
    const d = Math.abs(got[k] - want[k]) / top;
    assert.ok(d <= TOLERANCE, `${what}, entry ${k}: ${got[k]} vs ${want[k]}`);
    largest = Math.max(largest, d);
  }
  return largest;
}

/** An IOHandler that hands TF.js the artifacts as `model.json` and `weights.bin` would. */
function loader({ modelJson, weightData }: TfjsArtifacts): tf.io.IOHandler {
  const json = JSON.parse(JSON.stringify(modelJson));
  return {
    load: () =>
      Promise.resolve({
        modelTopology: json.modelTopology,
        weightSpecs: json.weightsManifest.flatMap((
          group: { weights: unknown[] },
        ) => group.weights),
        weightData: weightData.slice(0),
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
      }),
  };
}

function tfPredict(model: tf.LayersModel, x: number[][]): Float32Array {
  return tf.tidy(() => (model.predict(tf.tensor2d(x)) as tf.Tensor).dataSync() as Float32Array);
}

const exportable = (): ExportCase[] =>
  [...exportCases(), ...moreExportCases()].filter(({ name }) => !REFUSED.has(name));

Deno.test("tf.loadLayersModel reads every toTfjs export and predicts what the model predicts", async () => {
  let largest = 0;
  for (const example of exportable()) {
    const model = await tf.loadLayersModel(loader(toTfjs(example.model)));
    largest = Math.max(
      largest,
      difference(tfPredict(model, example.x), expected(example), example.name),
    );
    model.dispose();
  }
  console.log(
    `toTfjs → TF.js: largest difference ${largest.toExponential(1)} of the largest output`,
  );
});

Deno.test("TF.js's own model.json loader reads the files toTfjs writes", async () => {
  const example = moreExportCases()[0];
  const { modelJson, weightData } = toTfjs(example.model);
  const files: Record<string, BodyInit> = {
    "model.json": JSON.stringify(modelJson),
    "weights.bin": new Uint8Array(weightData),
  };
  const fetched: string[] = [];
  const fetchFunc = (input: string | URL | Request) => {
    const name = String(input instanceof Request ? input.url : input).split("/")
      .at(-1)!;
    fetched.push(name);
    return Promise.resolve(
      new Response(files[name], { status: name in files ? 200 : 404 }),
    );
  };
  const model = await tf.loadLayersModel(
    "https://models.invalid/m/model.json",
    { fetchFunc },
  );
  assert.deepEqual(fetched, ["model.json", "weights.bin"]);
  assert.deepEqual(
    model.layers.map((layer) => layer.getClassName()),
    ["Dropout", "Dense", "LeakyReLU", "Dense", "Dense"],
  );
  difference(tfPredict(model, example.x), expected(example), example.name);
  model.dispose();
});

/** A TF.js model to save, and rows to run it on. */
interface TfCase {
  name: string;
  build: () => tf.Sequential;
}

const random = (seed: number) => ({
  kernelInitializer: tf.initializers.randomNormal({ stddev: 0.7, seed }),
  biasInitializer: tf.initializers.randomNormal({
    stddev: 0.5,
    seed: seed + 1000,
  }),
});

const TF_ACTIVATIONS = [
  "linear",
  "relu",
  "sigmoid",
  "tanh",
  "softmax",
  "elu",
  "selu",
  "softplus",
  "swish",
  "mish",
  "gelu",
  "gelu_new",
  "hardSigmoid",
] as const;

const TF_CASES: TfCase[] = [
  ...TF_ACTIVATIONS.map((activation, i): TfCase => ({
    name: `dense ${activation}`,
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({
            inputShape: [3],
            units: 6,
            activation,
            ...random(i),
          }),
          tf.layers.dense({ units: 2, activation, ...random(100 + i) }),
        ],
      }),
  })),
  {
    name: "input layer, dropout, activation and leakyReLU layers, no bias",
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.inputLayer({ inputShape: [3] }),
          tf.layers.dropout({ rate: 0.4 }),
          tf.layers.dense({ units: 5, useBias: false, ...random(7) }),
          tf.layers.leakyReLU({ alpha: 0.15 }),
          tf.layers.dropout({ rate: 0.1 }),
          tf.layers.dense({ units: 4, ...random(8) }),
          tf.layers.activation({ activation: "tanh" }),
          tf.layers.dense({ units: 3, ...random(9) }),
          tf.layers.activation({ activation: "softmax" }),
        ],
      }),
  },
  {
    name: "ELU layers (TF.js implements alpha 1 only), a hard_sigmoid activation layer",
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({ inputShape: [3], units: 4, ...random(13) }),
          tf.layers.elu(),
          tf.layers.dense({ units: 4, ...random(14) }),
          tf.layers.activation({ activation: "hardSigmoid" }),
          tf.layers.dense({ units: 2, ...random(15) }),
          tf.layers.elu(),
        ],
      }),
  },
  {
    name: "kernel regularizer and a frozen layer",
    build: () =>
      tf.sequential({
        layers: [
          tf.layers.dense({
            inputShape: [3],
            units: 4,
            activation: "relu",
            kernelRegularizer: tf.regularizers.l1l2({ l1: 0.001, l2: 0.02 }),
            trainable: false,
            ...random(11),
          }),
          tf.layers.dense({ units: 1, activation: "sigmoid", ...random(12) }),
        ],
      }),
  },
];

/** What `model.json` and `weights.bin` hold for a model TF.js saves. */
async function saved(
  model: tf.Sequential,
): Promise<{ json: unknown; bytes: ArrayBuffer }> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save({
    save: (a) => {
      artifacts = a;
      return Promise.resolve({
        modelArtifactsInfo: {
          dateSaved: new Date(),
          modelTopologyType: "JSON",
        },
      });
    },
  });
  const {
    modelTopology,
    format,
    generatedBy,
    convertedBy,
    weightSpecs,
    weightData,
  } = artifacts!;
  const json = {
    modelTopology,
    format,
    generatedBy,
    convertedBy,
    weightsManifest: [{ paths: ["model.weights.bin"], weights: weightSpecs }],
  };
  return {
    json: JSON.parse(JSON.stringify(json)),
    bytes: weightData as ArrayBuffer,
  };
}

Deno.test("fromTfjs reads models TF.js saved and predicts what TF.js predicts", async () => {
  const x = Array.from(
    { length: 16 },
    (_, r) => [0, 1, 2].map((c) => 3 * Math.sin(7 * r + 3 * c)),
  );
  let largest = 0;
  for (const { name, build } of TF_CASES) {
    const tfModel = build();
    const { json, bytes } = await saved(tfModel);
    const model = fromTfjs(json, bytes);
    largest = Math.max(
      largest,
      difference(model.forward(x).data, tfPredict(tfModel, x), name),
    );
    if (name.startsWith("kernel")) {
      const { l1, l2 } = model.toJSON().layers[0] as {
        l1?: number;
        l2?: number;
      };
      assert.deepEqual([l1, l2], [0.001, 0.02]);
      assert.deepEqual(model.layers.map((layer) => layer.trainable), [
        false,
        true,
      ]);
    }
    tfModel.dispose();
  }
  console.log(
    `TF.js → fromTfjs: largest difference ${largest.toExponential(1)} of the largest output`,
  );
});
