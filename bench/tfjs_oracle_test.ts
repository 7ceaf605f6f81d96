/**
 * An independent oracle: TensorFlow.js's autodiff (float32, its own loss
 * definitions) must agree with our backpropagation on the same weights.
 */
import assert from "node:assert/strict";
import * as tf from "npm:@tensorflow/tfjs@^4";
import { createRandom, Sequential } from "../mod.ts";
import { randomBatch, targetsFor } from "../tests/fixtures/random_batch.ts";

await tf.setBackend("cpu");

const TF_ACTIVATIONS: Record<string, (z: tf.Tensor2D) => tf.Tensor2D> = {
  relu: (z) => tf.relu(z),
  leakyRelu: (z) => tf.leakyRelu(z, 0.01),
  sigmoid: (z) => tf.sigmoid(z),
  tanh: (z) => tf.tanh(z),
  linear: (z) => z,
  softmax: (z) => tf.softmax(z),
};

/** TF.js's own losses, taking the output layer's logits and activation. */
const TF_LOSSES: Record<string, (y: tf.Tensor2D, z: tf.Tensor2D, activation: string) => tf.Scalar> =
  {
    mse: (y, z, activation) =>
      tf.losses.meanSquaredError(y, TF_ACTIVATIONS[activation](z)) as tf.Scalar,
    logLoss: (y, z) => tf.losses.sigmoidCrossEntropy(y, z) as tf.Scalar,
    crossEntropy: (y, z) => tf.losses.softmaxCrossEntropy(y, z) as tf.Scalar,
  };

const CASES = [
  { hidden: ["relu", "tanh"], output: "sigmoid", loss: "logLoss", outputs: 1, bias: true },
  {
    hidden: ["leakyRelu", "sigmoid"],
    output: "softmax",
    loss: "crossEntropy",
    outputs: 3,
    bias: true,
  },
  { hidden: ["tanh", "relu"], output: "linear", loss: "mse", outputs: 2, bias: true },
  { hidden: ["sigmoid", "linear"], output: "softmax", loss: "mse", outputs: 3, bias: false },
  { hidden: ["relu", "leakyRelu"], output: "tanh", loss: "mse", outputs: 2, bias: false },
];

Deno.test("gradients agree with TensorFlow.js autodiff", () => {
  for (const [n, c] of CASES.entries()) {
    const dims = [4, 6, 5, c.outputs];
    const acts = [...c.hidden, c.output];
    const model = Sequential.fromArchitecture(
      acts.map((activation, i) => ({ inputDim: dims[i], outputDim: dims[i + 1], activation })),
      { seed: 100 + n, bias: c.bias },
    );
    const random = createRandom(200 + n);
    for (const layer of model.layers) {
      layer.bias?.forEach((_, j, b) => (b[j] = 0.3 * random.normal()));
    }
    const { x, y } = randomBatch(random, 7, 4, c.outputs, targetsFor(c.loss));
    const ours = model.lossAndGradients(x, y, c.loss);

    const params = model.layers.flatMap((layer) => [
      tf.tensor2d(layer.weights.toArray()),
      ...(layer.bias === null ? [] : [tf.tensor1d(Array.from(layer.bias))]),
    ]);
    const f = (...p: tf.Tensor[]): tf.Scalar => {
      let a: tf.Tensor2D = tf.tensor2d(x);
      let k = 0;
      let z = a;
      model.layers.forEach((layer, i) => {
        z = tf.matMul(a, p[k++] as tf.Tensor2D);
        if (layer.bias !== null) z = tf.add(z, p[k++]);
        a = i < acts.length - 1 ? TF_ACTIVATIONS[acts[i]](z) : a;
      });
      return TF_LOSSES[c.loss](tf.tensor2d(y), z, c.output);
    };
    const { value, grads } = tf.valueAndGrads(f)(params);
    const label = `${acts.join(" → ")} + ${c.loss}`;
    const tfLoss = value.dataSync()[0];
    assert.ok(
      Math.abs(ours.loss - tfLoss) <= 1e-5 * Math.max(1, tfLoss),
      `${label}: loss ${ours.loss} vs ${tfLoss}`,
    );

    let k = 0;
    let worst = 0;
    ours.gradients.forEach((g, i) => {
      const pairs: [Float64Array, Float32Array | Int32Array | Uint8Array][] = [[
        g.weights.data,
        grads[k++].dataSync(),
      ]];
      if (g.bias !== null) pairs.push([g.bias, grads[k++].dataSync()]);
      for (const [a, b] of pairs) {
        const scale = Math.max(1e-3, ...Array.from(b, Math.abs));
        a.forEach((v, j) => {
          const error = Math.abs(v - b[j]) / scale;
          worst = Math.max(worst, error);
          assert.ok(error < 1e-4, `${label}: layer ${i} entry ${j}: ours ${v}, TF.js ${b[j]}`);
        });
      }
    });
    assert.equal(k, grads.length);
    tf.dispose([value, ...grads, ...params]);
    console.log(
      `${label}: worst error relative to the tensor's largest gradient ${worst.toExponential(1)}`,
    );
  }
});
