/**
 * Metrics of `fit` and `evaluate` on models whose outputs are fixed predictions: the
 * expected numbers are scikit-learn's for the same predictions (the script that printed
 * them is in tests/training/scores_test.ts).
 */
import assert from "node:assert/strict";
import {
  Dense,
  f1,
  type MetricName,
  moons,
  oneHot,
  precision,
  recall,
  rocAuc,
  Sequential,
} from "../../mod.ts";

const yt = [0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1];
const sc = [0.1, 0.9, 0.4, 0.35, 0.8, 0.7, 0.6, 0.2, 0.65, 0.55, 0.9, 0.3];
const mt = [0, 1, 2, 2, 1, 0, 2, 1, 0, 2];
const mp = [0, 2, 2, 2, 1, 0, 1, 1, 0, 0];

function near(got: number, expected: number, what: string): void {
  assert.ok(Math.abs(got - expected) <= 1e-15, `${what}: ${got}, expected ${expected}`);
}

/** A one-input sigmoid unit with weight 1: its output for logit(p) is p. */
function passThroughSigmoid(): Sequential {
  const layer = new Dense(1, 1, { activation: "sigmoid", seed: 0 });
  layer.weights.data[0] = 1;
  return new Sequential([layer]);
}

/** A softmax over three classes whose argmax is the class given as a scaled one-hot input. */
function passThroughSoftmax(): Sequential {
  const layer = new Dense(3, 3, { activation: "softmax", bias: false, seed: 0 });
  layer.weights.data.set([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  return new Sequential([layer]);
}

Deno.test("binary metrics in evaluate equal scikit-learn's, in any block size", () => {
  const x = sc.map((p) => [Math.log(p / (1 - p))]), y = yt.map((t) => [t]);
  const metrics: MetricName[] = ["precision", "recall", "f1", "auc"];
  for (const batchSize of [1, 5, 12]) {
    const scores = passThroughSigmoid().evaluate(x, y, { metrics, batchSize });
    near(scores.precision, 0.7142857142857143, "precision");
    near(scores.recall, 0.7142857142857143, "recall");
    near(scores.f1, 0.7142857142857143, "f1");
    near(scores.auc, 0.8571428571428572, "auc");
  }
});

Deno.test("softmax metrics are macro averages, equal to scikit-learn's, with one-hot or index targets", () => {
  const x = oneHot(mp, 3).toArray().map((row) => row.map((v) => 5 * v));
  const metrics: MetricName[] = ["precision", "recall", "f1", "accuracy"];
  const expected = {
    precision: 0.6944444444444443,
    recall: 0.7222222222222222,
    f1: 0.6984126984126985,
    accuracy: 0.7,
  };
  const dense = passThroughSoftmax().evaluate(x, oneHot(mt, 3), { metrics, batchSize: 3 });
  const sparse = passThroughSoftmax().evaluate(x, mt.map((c) => [c]), {
    loss: "sparseCrossEntropy",
    metrics,
    batchSize: 4,
  });
  for (const [name, value] of Object.entries(expected)) {
    near(dense[name], value, name);
    near(sparse[name], value, `sparse ${name}`);
  }
});

Deno.test("r2 in evaluate equals scikit-learn's, per output then averaged, in target units", () => {
  const layer = new Dense(1, 1, { seed: 0 });
  layer.weights.data[0] = 1;
  const model = new Sequential([layer]);
  const predictions = [2.5, 0.0, 2.1, 7.8, 3.9], truth = [3.0, -0.5, 2.0, 7.0, 4.2];
  const { r2: value } = model.evaluate(predictions.map((p) => [p]), truth.map((t) => [t]), {
    metrics: ["r2"],
    batchSize: 2,
  });
  near(value, 0.9594665271966527, "r2");

  const two = new Dense(2, 2, { seed: 0 });
  two.weights.data.set([1, 0, 0, 1]);
  const x = [[1, 10], [2, 20], [4, 25]], y = [[1.5, 12], [2, 18], [3, 26]];
  const both = new Sequential([two]).evaluate(x, y, { metrics: ["r2"] }).r2;
  // scikit-learn: r2_score([[1.5, 12], [2, 18], [3, 26]], [[1, 10], [2, 20], [4, 25]])
  near(both, 0.4186776061776061, "r2 of two outputs");
});

Deno.test("fit logs the new metrics per epoch; the last equal evaluate on the same rows", () => {
  const { x, y } = moons({ n: 200, noise: 0.25, seed: 4 });
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "tanh" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed: 4 });
  const metrics: MetricName[] = ["accuracy", "precision", "recall", "f1", "auc"];
  const validation = { x: x.toArray().slice(0, 50), y: y.toArray().slice(0, 50) };
  const history = model.fit(x, y, {
    loss: "logLoss",
    epochs: 4,
    seed: 1,
    metrics,
    validationData: validation,
  });
  assert.equal(history.metrics.f1.length, 4);
  const scores = model.evaluate(validation.x, validation.y, { metrics });
  for (const name of metrics) {
    const key = `val${name[0].toUpperCase()}${name.slice(1)}`;
    assert.equal(history.metrics[key].at(-1), scores[name], key);
  }
  const labels = validation.y.map(([t]) => t);
  const predicted = model.predict(validation.x) as number[];
  assert.equal(scores.f1, f1(labels, predicted));
  assert.equal(scores.precision, precision(labels, predicted));
  assert.equal(scores.recall, recall(labels, predicted));
  assert.equal(scores.auc, rocAuc(labels, model.predictProba(validation.x)));
});

Deno.test("metrics that do not fit the model are refused before any work", () => {
  const softmax = passThroughSoftmax();
  assert.throws(() => softmax.evaluate([[1, 0, 0]], [[1, 0, 0]], { metrics: ["auc"] }), {
    message:
      "evaluate metric auc is the binary ROC AUC: it needs one sigmoid output, but layer 0 (Dense 3 → 3) has activation softmax",
  });
  const labels = Sequential.fromArchitecture([{
    inputDim: 2,
    outputDim: 3,
    activation: "sigmoid",
  }]);
  assert.throws(() => labels.evaluate([[1, 2]], [[1, 0, 1]], { metrics: ["f1"] }), {
    message:
      "evaluate metric f1 needs one sigmoid output (two classes) or a softmax, but layer 0 (Dense 2 → 3) gives 3 independent labels; use accuracy",
  });
  const regressor = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }]);
  assert.throws(() => regressor.evaluate([[1, 2]], [[1]], { metrics: ["precision"] }), {
    message:
      "evaluate metric precision needs a classifier (an output of probabilities, such as softmax or sigmoid), but layer 0 (Dense 2 → 1) has activation linear",
  });
  assert.throws(
    () => softmax.evaluate([[1, 0, 0]], [[0]], { loss: "sparseCrossEntropy", metrics: ["r2"] }),
    {
      message:
        "evaluate metric r2 compares outputs with targets of the same width, but sparseCrossEntropy's targets are class indices; use accuracy",
    },
  );
  assert.throws(
    () => passThroughSigmoid().fit([[0], [1]], [[1], [1]], { loss: "logLoss", metrics: ["auc"] }),
    { message: "fit metric auc needs both classes among the training targets, but every one is 1" },
  );
  assert.throws(() => passThroughSigmoid().evaluate([[0], [1]], [[1], [1]], { metrics: ["auc"] }), {
    message: "evaluate metric auc needs both classes among the targets, but every one is 1",
  });
});

Deno.test("early stopping on a score keeps the epoch where it was highest", () => {
  const { x, y } = moons({ n: 200, noise: 0.25, seed: 4 });
  const model = Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 8, activation: "tanh" },
    { inputDim: 8, outputDim: 1, activation: "sigmoid" },
  ], { seed: 4 });
  const history = model.fit(x, y, {
    loss: "logLoss",
    epochs: 30,
    seed: 1,
    metrics: ["auc"],
    validationSplit: 0.25,
    earlyStopping: { monitor: "valAuc", patience: 30 },
  });
  const auc = history.metrics.valAuc;
  assert.equal(auc[history.bestEpoch - 1], Math.max(...auc));
});
