import assert from "node:assert/strict";
import {
  checkLoss,
  crossEntropy,
  Dense,
  gradCheck,
  logLoss,
  type Loss,
  losses,
  Matrix,
  mse,
  oneHot,
  Sequential,
  sparseCrossEntropy,
} from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";

const m = (rows: number[][]) => Matrix.from(rows);

Deno.test("losses give hand-computed values and gradients", () => {
  // mse: mean of (0.5, −1, 2)² = (0.25 + 1 + 4) / 3
  assertClose(mse.value(m([[1.5, 0, 2]]), m([[1, 1, 0]])), 5.25 / 3, 1e-15);
  const g = new Matrix(1, 3);
  mse.gradient(m([[1.5, 0, 2]]), m([[1, 1, 0]]), g);
  assertClose(g.data, [2 * 0.5 / 3, 2 * -1 / 3, 2 * 2 / 3], 1e-15);

  // log-loss: −(log 0.8 + log(1 − 0.4)) / 2
  assertClose(
    logLoss.value(m([[0.8], [0.4]]), m([[1], [0]])),
    -(Math.log(0.8) + Math.log(0.6)) / 2,
    1e-15,
  );
  const lg = new Matrix(2, 1);
  logLoss.gradient(m([[0.8], [0.4]]), m([[1], [0]]), lg);
  assertClose(lg.data, [-1 / 0.8 / 2, 1 / 0.6 / 2], 1e-12);

  // cross-entropy: −(log 0.7 + log 0.2) / 2
  assertClose(
    crossEntropy.value(m([[0.7, 0.3], [0.8, 0.2]]), m([[1, 0], [0, 1]])),
    -(Math.log(0.7) + Math.log(0.2)) / 2,
    1e-15,
  );
});

Deno.test("fused forms equal the plain loss after the activation", () => {
  const z = m([[0.3, -1.2], [2, 0.1]]);
  const y = m([[1, 0], [0, 1]]);
  const sig = z.data.map((v) => 1 / (1 + Math.exp(-v)));
  assertClose(
    logLoss.fused![0].value(z, y),
    logLoss.value(new Matrix(2, 2, sig), y),
    1e-14,
  );
  const soft = new Matrix(2, 2);
  for (let i = 0; i < 2; i++) {
    const e = [Math.exp(z.get(i, 0)), Math.exp(z.get(i, 1))];
    soft.data[2 * i] = e[0] / (e[0] + e[1]);
    soft.data[2 * i + 1] = e[1] / (e[0] + e[1]);
  }
  assertClose(crossEntropy.fused![0].value(z, y), crossEntropy.value(soft, y), 1e-14);
  const delta = new Matrix(2, 2);
  crossEntropy.fused![0].delta(soft, y, delta);
  assertClose(delta.data, soft.data.map((p, k) => (p - y.data[k]) / 2), 1e-15);
});

Deno.test("every built-in loss passes its own gradient check", () => {
  for (const name of ["mse", "logLoss", "crossEntropy"]) {
    for (const seed of [0, 1, 2]) {
      const result = checkLoss(name, { seed });
      assert.ok(result.passed, `${name} ${seed}: ${JSON.stringify(result)}`);
      assert.ok(result.maxRelativeError < 1e-6);
    }
  }
});

Deno.test("log-loss and cross-entropy stay finite at 0, 1 and logits of ±1000", () => {
  const exact = logLoss.value(m([[0], [1], [1], [0]]), m([[1], [0], [1], [0]]));
  assert.ok(Number.isFinite(exact));
  assertClose(exact, (2 * -Math.log(1e-12)) / 4, 1e-3);
  const g = new Matrix(2, 1);
  logLoss.gradient(m([[0], [1]]), m([[1], [0]]), g);
  assert.ok(g.data.every(Number.isFinite));

  assert.ok(Number.isFinite(crossEntropy.value(m([[0, 1]]), m([[1, 0]]))));

  const z = m([[1000], [-1000], [1000], [-1000]]);
  const y = m([[1], [1], [0], [0]]);
  // Exact from the logits: losses 0, 1000, 1000, 0.
  assert.equal(logLoss.fused![0].value(z, y), 500);
  // A logit that overflowed: the loss is infinite, as the divergence message says, not NaN.
  const overflowed = new Matrix(1, 1, Float64Array.of(-Infinity));
  assert.equal(logLoss.fused![0].value(overflowed, m([[1]])), Infinity);
  const zs = m([[1000, -1000], [-1000, 1000]]);
  assert.equal(crossEntropy.fused![0].value(zs, m([[1, 0], [1, 0]])), 1000);
});

Deno.test("probability losses reject predictions outside [0, 1]", () => {
  assert.throws(() => logLoss.value(m([[0.5], [-0.2]]), m([[1], [0]])), {
    name: "RangeError",
    message:
      "logLoss needs predictions in [0, 1] (a sigmoid or softmax output), got -0.2 at row 1, column 0",
  });
  assert.throws(
    () => crossEntropy.value(m([[1.5, 0]]), m([[1, 0]])),
    /crossEntropy needs predictions/,
  );
});

Deno.test("checkLoss catches a wrong gradient and a wrong fused delta", () => {
  const halfMse: Loss = {
    ...mse,
    name: "halfMse",
    weighted: false,
    value: (p, t) => mse.value(p, t) / 2,
  };
  const bad = checkLoss(halfMse);
  assert.equal(bad.passed, false);
  assert.equal(bad.worst?.what, "gradient");
  assertClose(bad.worst!.analytic, 2 * bad.worst!.numeric, 1e-6);

  // A loss that says it takes sample weights but ignores them in its gradient.
  const deaf: Loss = { ...mse, name: "deaf", gradient: (p, t, out) => mse.gradient(p, t, out) };
  const ignored = checkLoss(deaf);
  assert.equal(ignored.passed, false);
  assert.equal(ignored.worst?.what, "weighted gradient");

  const wrongFused: Loss = {
    ...logLoss,
    name: "wrongFused",
    weighted: false,
    fused: [{
      activation: logLoss.fused![0].activation,
      value: logLoss.fused![0].value,
      delta: (a, y, dz) => {
        for (let k = 0; k < a.data.length; k++) dz.data[k] = a.data[k] - y.data[k];
      },
    }],
  };
  const result = checkLoss(wrongFused);
  assert.equal(result.passed, false);
  assert.equal(result.worst?.what, "fused sigmoid delta");
});

Deno.test("losses are registered by name and alias", () => {
  assert.equal(losses.get("logLoss"), logLoss);
  assert.equal(losses.get("binaryCrossEntropy"), logLoss);
  assert.deepEqual(losses.names(), [
    "binaryCrossEntropy",
    "crossEntropy",
    "logLoss",
    "mse",
    "sparseCrossEntropy",
  ]);
});

Deno.test("sparseCrossEntropy: hand values, and bit for bit crossEntropy on one-hot rows", () => {
  const yHat = m([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]]);
  // −(log 0.7 + log 0.6) / 2
  assert.equal(
    sparseCrossEntropy.value(yHat, m([[0], [2]])),
    -(Math.log(0.7) + Math.log(0.6)) / 2,
  );
  const g = new Matrix(2, 3);
  sparseCrossEntropy.gradient(yHat, m([[0], [2]]), g);
  assert.deepEqual(Array.from(g.data), [-1 / (0.7 * 2), 0, 0, 0, 0, -1 / (0.6 * 2)]);
  assert.ok(checkLoss("sparseCrossEntropy").passed);

  const model = () =>
    Sequential.fromArchitecture([
      { inputDim: 3, outputDim: 5, activation: "tanh" },
      { inputDim: 5, outputDim: 4, activation: "softmax" },
    ], { seed: 2 });
  const x = [[1, 2, 3], [0, -1, 2], [3, 3, 1], [0.5, 0.1, -2], [1, 1, 1]];
  const classes = [0, 3, 1, 2, 3];
  const options = (loss: string) => ({
    loss,
    epochs: 20,
    seed: 1,
    metrics: ["accuracy" as const],
    validationSplit: 0.4,
  });
  const sparse = model(), dense = model();
  const h1 = sparse.fit(x, classes.map((c) => [c]), options("sparseCrossEntropy"));
  const h2 = dense.fit(x, oneHot(classes, 4), options("crossEntropy"));
  assert.deepEqual(h1, h2);
  assert.deepEqual(sparse.toJSON(), dense.toJSON());
  assert.ok(gradCheck(model(), "sparseCrossEntropy", x, classes.map((c) => [c])).passed);
});

Deno.test("sparseCrossEntropy stays finite for logits of ±1000", () => {
  const layer = new Dense(1, 3, { activation: "softmax", seed: 0 });
  layer.weights.data.set([1000, -1000, 0]);
  const model = new Sequential([layer]);
  const loss = model.loss([[1]], [[1]], "sparseCrossEntropy");
  assert.equal(loss, 2000);
  const { gradients } = model.lossAndGradients([[1]], [[1]], "sparseCrossEntropy");
  assert.ok(gradients[0].weights.data.every(Number.isFinite));
});

Deno.test("sparseCrossEntropy refuses targets that are not class indices of the output", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 1, outputDim: 3, activation: "softmax" }]);
  const fit = (y: number[][], loss = "sparseCrossEntropy") => () =>
    model.fit([[1], [2]], y, { loss });
  assert.throws(fit([[0], [3]]), {
    message:
      "sparseCrossEntropy needs class indices from 0 to 2 (the model has 3 outputs); Y has 3 at row 1",
  });
  assert.throws(fit([[0], [1.5]]), { message: /Y has 1\.5 at row 1$/ });
  assert.throws(fit([[1, 0, 0], [0, 1, 0]]), {
    message:
      "sparseCrossEntropy needs one column of class indices; Y has 3 columns (for one-hot targets use crossEntropy)",
  });
  assert.throws(fit([[0], [1]], "crossEntropy"), {
    message:
      /has 3; crossEntropy needs one-hot targets \(sparseCrossEntropy takes class indices\)$/,
  });
  assert.throws(
    () => model.evaluate([[1]], [[0]], { loss: "sparseCrossEntropy", metrics: ["mse"] }),
    {
      message:
        "evaluate metric mse compares outputs with targets of the same width, but sparseCrossEntropy's targets are class indices; use accuracy",
    },
  );
});

Deno.test("sample weights scale each row's loss and gradient; the sum is still divided by the rows", () => {
  const w = Float64Array.of(2, 0.5);
  // mse: (2·(1² + 2²) + 0.5·(3² + 0²)) / 4 entries
  assert.equal(mse.value(m([[1, 2], [3, 0]]), m([[0, 0], [0, 0]]), w), (2 * 5 + 0.5 * 9) / 4);
  const g = new Matrix(2, 2);
  mse.gradient(m([[1, 2], [3, 0]]), m([[0, 0], [0, 0]]), g, w);
  assert.deepEqual(Array.from(g.data), [2 * 0.5 * 1, 2 * 0.5 * 2, 0.5 * 0.5 * 3, 0]);
  // crossEntropy and sparseCrossEntropy: −(2·log 0.7 + 0.5·log 0.6) / 2 rows
  const yHat = m([[0.7, 0.3], [0.4, 0.6]]);
  const expected = -(2 * Math.log(0.7) + 0.5 * Math.log(0.6)) / 2;
  assertClose(crossEntropy.value(yHat, m([[1, 0], [0, 1]]), w), expected, 1e-15);
  assertClose(sparseCrossEntropy.value(yHat, m([[0], [1]]), w), expected, 1e-15);
  // logLoss: −(2·log 0.8 + 0.5·log 0.6) / 2 entries
  assertClose(
    logLoss.value(m([[0.8], [0.4]]), m([[1], [0]]), w),
    -(2 * Math.log(0.8) + 0.5 * Math.log(0.6)) / 2,
    1e-15,
  );
  // Weights of 1 give exactly the unweighted values.
  const ones = Float64Array.of(1, 1);
  assert.equal(
    crossEntropy.value(yHat, m([[1, 0], [0, 1]]), ones),
    crossEntropy.value(yHat, m([[1, 0], [0, 1]])),
  );
});
