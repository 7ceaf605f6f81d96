import assert from "node:assert/strict";
import { type FitOptions, moons, recall, Sequential, sgd } from "../../mod.ts";

const model = () =>
  Sequential.fromArchitecture([
    { inputDim: 2, outputDim: 6, activation: "tanh" },
    { inputDim: 6, outputDim: 1, activation: "sigmoid" },
  ], { seed: 5 });

const x = [[0, 1], [1, 0], [1, 1], [0, 0], [2, 1], [1, 2]];
const y = [[1], [0], [0], [0], [1], [0]];

Deno.test("a weight of 2 on every row doubles the step: the same as twice the learning rate", () => {
  const base = { loss: "logLoss", epochs: 3, batchSize: 6, shuffle: false } as const;
  const weighted = model(), doubled = model();
  weighted.fit(x, y, {
    ...base,
    optimizer: sgd({ learningRate: 0.1 }),
    sampleWeight: x.map(() => 2),
  });
  doubled.fit(x, y, { ...base, optimizer: sgd({ learningRate: 0.2 }) });
  assert.deepEqual(weighted.toJSON(), doubled.toJSON());
});

Deno.test("classWeight equals the sample weights of each row's class; balanced is n / (k · count)", () => {
  const base: FitOptions = { loss: "logLoss", epochs: 4, batchSize: 4, seed: 2 };
  const byClass = model().fit(x, y, { ...base, classWeight: { 0: 1, 1: 3 } });
  const bySample = model().fit(x, y, { ...base, sampleWeight: y.map(([t]) => (t === 1 ? 3 : 1)) });
  assert.deepEqual(byClass, bySample);
  // Two of six rows are class 1: weights 6 / (2 · 4) = 0.75 and 6 / (2 · 2) = 1.5.
  const balanced = model().fit(x, y, { ...base, classWeight: "balanced" });
  const explicit = model().fit(x, y, { ...base, classWeight: { 0: 0.75, 1: 1.5 } });
  assert.deepEqual(balanced, explicit);
  // With both, the weights multiply.
  const both = model().fit(x, y, {
    ...base,
    classWeight: { 0: 1, 1: 3 },
    sampleWeight: x.map(() => 0.5),
  });
  const product = model().fit(x, y, {
    ...base,
    sampleWeight: y.map(([t]) => (t === 1 ? 1.5 : 0.5)),
  });
  assert.deepEqual(both, product);
});

Deno.test("class weights work with softmax and class-index targets alike", () => {
  const base: FitOptions = {
    loss: "crossEntropy",
    epochs: 3,
    seed: 1,
    classWeight: { 0: 2, 1: 1, 2: 0.5 },
  };
  const softmax = () =>
    Sequential.fromArchitecture([{ inputDim: 2, outputDim: 3, activation: "softmax" }], {
      seed: 1,
    });
  const classes = [0, 2, 1, 1, 0, 2];
  const oneHot = classes.map((c) => [0, 1, 2].map((j) => Number(j === c)));
  const a = softmax().fit(x, oneHot, base);
  const b = softmax().fit(x, classes.map((c) => [c]), { ...base, loss: "sparseCrossEntropy" });
  assert.deepEqual(a, b);
});

Deno.test("weighted fit and fitAsync agree bit for bit, with shuffling and a validation split", async () => {
  const { x, y } = moons({ n: 80, noise: 0.2, seed: 3 });
  const options = (): FitOptions => ({
    loss: "logLoss",
    epochs: 4,
    batchSize: 16,
    seed: 9,
    validationSplit: 0.25,
    classWeight: "balanced",
    sampleWeight: Array.from({ length: 80 }, (_, i) => 1 + (i % 3)),
  });
  const sync = model(), async = model();
  const h1 = sync.fit(x, y, options());
  const h2 = await async.fitAsync(x, y, options());
  assert.deepEqual(h2, h1);
  assert.deepEqual(async.toJSON(), sync.toJSON());
});

Deno.test("balanced class weights raise the recall of a rare class", () => {
  const { x, y } = moons({ n: 400, noise: 0.3, seed: 1 });
  // Keep every class-0 row and one class-1 row in eight: about 8% positives.
  const rows = Array.from({ length: 400 }, (_, i) => i).filter((i) =>
    y.data[i] === 0 || i % 8 === 0
  );
  const xs = rows.map((i) => [x.get(i, 0), x.get(i, 1)]), ys = rows.map((i) => [y.data[i]]);
  const scores = (classWeight?: "balanced") => {
    const m = model();
    m.fit(xs, ys, { loss: "logLoss", epochs: 60, seed: 1, classWeight });
    return recall(ys.map(([t]) => t), m.predict(xs) as number[]);
  };
  const [plain, weighted] = [scores(), scores("balanced")];
  // 26 positives among 226 rows: 7 found without weights, 24 with balanced ones.
  assert.deepEqual([plain, weighted], [7 / 26, 24 / 26]);
});

Deno.test("weight mistakes are refused before any step, naming what is wrong", () => {
  const fit = (options: Partial<FitOptions>, loss = "logLoss") => () =>
    model().fit(x, y, { loss, ...options } as FitOptions);
  const cases: [() => unknown, string][] = [
    [fit({ sampleWeight: [1, 2] }), "fit sampleWeight has 2 weights for 6 rows"],
    [
      fit({ sampleWeight: [1, 1, 1, -1, 1, 1] }),
      "fit sampleWeight[3] is -1; expected a finite number ≥ 0",
    ],
    [
      fit({ classWeight: { 0: 1 } }),
      "fit classWeight gives no weight for class 1; give every class from 0 to 1",
    ],
    [
      fit({ classWeight: { 0: 1, 1: 1, 2: 1 } }),
      "fit classWeight has class 2, but the targets have classes 0 to 1",
    ],
    [
      fit({ classWeight: { a: 1 } as never }),
      'fit classWeight key "a" is not a class index (0, 1, …)',
    ],
    [
      fit({ classWeight: { 0: 0, 1: 0 } }),
      "fit classWeight makes every row's weight 0: nothing would be learnt",
    ],
    [
      fit({ classWeight: "even" as never }),
      'fit classWeight must be { class: weight, ... } (class indices from 0) or "balanced"',
    ],
    [
      fit({ classWeight: "balanced" }, "mse"),
      "fit classWeight needs class targets, but mse's are real numbers; use sampleWeight",
    ],
  ];
  for (const [run, message] of cases) assert.throws(run, { message });
});
