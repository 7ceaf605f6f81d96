import assert from "node:assert/strict";
import fc from "fast-check";
import {
  argmax,
  createRandom,
  Matrix,
  oneHot,
  permutation,
  type Random,
  shuffle,
  shuffleIndices,
  takeRows,
  trainTestSplit,
} from "../../mod.ts";

function fisherYates(n: number, random: Random): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const sorted = (a: ArrayLike<number>) => Array.from(a).sort((p, q) => p - q);
const iota = (n: number) => Array.from({ length: n }, (_, i) => i);

Deno.test("permutation is Fisher–Yates over the seeded generator", () => {
  assert.deepEqual(Array.from(permutation(10, { seed: 1 })), fisherYates(10, createRandom(1)));
  assert.deepEqual(Array.from(permutation(10, { seed: 1 })), [7, 1, 0, 4, 9, 6, 2, 3, 8, 5]);
  assert.deepEqual(
    Array.from(permutation(50, { random: createRandom(8) })),
    fisherYates(50, createRandom(8)),
  );
});

Deno.test("permutation is a permutation, reproducible by seed", () => {
  fc.assert(
    fc.property(fc.nat(300), fc.integer({ min: -1e9, max: 1e9 }), (n, seed) => {
      const p = permutation(n, { seed });
      assert.ok(p instanceof Uint32Array);
      assert.deepEqual(sorted(p), iota(n));
      assert.deepEqual(permutation(n, { seed }), p);
    }),
  );
  assert.notDeepEqual(permutation(20, { seed: 1 }), permutation(20, { seed: 2 }));
  assert.deepEqual(Array.from(permutation(0, { seed: 1 })), []);
  assert.deepEqual(Array.from(permutation(1, { seed: 1 })), [0]);
});

Deno.test("shuffleIndices reshuffles a buffer in place, continuing the stream", () => {
  const random = createRandom(4), reference = createRandom(4);
  const buffer = new Uint32Array(iota(12));
  for (let epoch = 0; epoch < 3; epoch++) {
    const before = Array.from(buffer);
    const expected = fisherYates(12, reference).map((i) => before[i]);
    shuffleIndices(buffer, random);
    assert.deepEqual(Array.from(buffer), expected);
  }
  assert.deepEqual(sorted(buffer), iota(12));
});

Deno.test("shuffleIndices and permutation reject bad arguments", () => {
  assert.throws(() => shuffleIndices([0, 1] as unknown as Uint32Array, createRandom(0)), {
    name: "TypeError",
    message: "shuffleIndices: indices must be a Uint32Array, got an array of length 2",
  });
  assert.throws(() => shuffleIndices(new Uint32Array(3), {} as Random), {
    name: "TypeError",
    message: /random must have a random\(\) method/,
  });
  const broken: Random = { random: () => 1, normal: () => 0 };
  assert.throws(() => shuffleIndices(new Uint32Array(3), broken), {
    name: "RangeError",
    message: "shuffleIndices: random.random() returned 1; expected a number in [0, 1)",
  });
  for (const n of [-1, 1.5, NaN, 2 ** 32 + 1]) {
    assert.throws(() => permutation(n), {
      name: "RangeError",
      message: `permutation: n must be an integer in [0, 2³²], got ${n}`,
    });
  }
  assert.throws(() => permutation(3, { sed: 1 } as never), {
    name: "TypeError",
    message: 'permutation has no option "sed"; known options: random, seed',
  });
  assert.throws(() => permutation(3, { seed: 0.5 }), { name: "RangeError", message: /Seed/ });
});

Deno.test("takeRows copies the given rows in order", () => {
  const m = Matrix.from([[1, 2], [3, 4], [5, 6]]);
  const t = takeRows(m, [2, 0, 2, 1]);
  assert.deepEqual(t.toArray(), [[5, 6], [1, 2], [5, 6], [3, 4]]);
  t.data[0] = 99;
  assert.equal(m.get(2, 0), 5);
  assert.deepEqual(takeRows(m, new Uint32Array([1])).toArray(), [[3, 4]]);
  const empty = takeRows(m, []);
  assert.deepEqual([empty.rows, empty.cols], [0, 2]);
});

Deno.test("takeRows names the bad index and its position", () => {
  const m = [[1], [2], [3]];
  assert.throws(() => takeRows(m, [0, 3], "X"), {
    name: "RangeError",
    message: "takeRows: indices[1] is 3; expected an integer in [0, 3) (X has 3 rows)",
  });
  assert.throws(() => takeRows(m, [1, 0, 0.5]), {
    name: "RangeError",
    message: "takeRows: indices[2] is 0.5; expected an integer in [0, 3) (matrix has 3 rows)",
  });
  assert.throws(() => takeRows(m, [-1]), { name: "RangeError", message: /indices\[0\] is -1/ });
  assert.throws(() => takeRows(m, 2 as unknown as number[]), {
    name: "TypeError",
    message: "takeRows: indices must be an array of row numbers, got 2",
  });
  assert.throws(() => takeRows([[1], [NaN]], [0], "Y"), {
    name: "TypeError",
    message: "Y has a non-finite value at row 1, column 0: NaN",
  });
});

Deno.test("shuffle keeps each sample with its target", () => {
  const x = iota(30).map((i) => [i, -i]);
  const y = iota(30).map((i) => [100 * i]);
  const s = shuffle(x, y, { seed: 3 });
  assert.deepEqual(sorted(s.x.toArray().map((r) => r[0])), iota(30));
  for (let i = 0; i < 30; i++) {
    assert.equal(s.x.get(i, 1), -s.x.get(i, 0));
    assert.equal(s.y.get(i, 0), 100 * s.x.get(i, 0));
  }
  const order = Array.from(permutation(30, { seed: 3 }));
  assert.deepEqual(s.x.toArray().map((r) => r[0]), order);
  assert.deepEqual(shuffle(x, y, { seed: 3 }), s);
  assert.notDeepEqual(shuffle(x, y, { seed: 4 }).x, s.x);
  assert.deepEqual(x.map((r) => r[0]), iota(30));
});

Deno.test("shuffle refuses unequal row counts and unknown options", () => {
  assert.throws(() => shuffle([[1], [2], [3], [4]], [[1], [2], [3]]), {
    name: "RangeError",
    message: "shuffle: X has 4 rows but Y has 3",
  });
  assert.throws(() => shuffle([[1]], [[1]], { testFraction: 0.5 } as never), {
    name: "TypeError",
    message: /shuffle has no option "testFraction"/,
  });
});

Deno.test("trainTestSplit sizes: round(n·testFraction), at least one row each side", () => {
  const cases: [number, number, number][] = [
    [10, 0.25, 3], // Math.round(2.5) = 3
    [100, 0.25, 25],
    [10, 0.2, 2],
    [2, 0.01, 1],
    [3, 0.99, 2],
    [7, 0.5, 4], // Math.round(3.5) = 4
  ];
  for (const [n, testFraction, nTest] of cases) {
    const x = iota(n).map((i) => [i]);
    const s = trainTestSplit(x, x, { testFraction, seed: 1 });
    assert.equal(s.xTest.rows, nTest, `n ${n}, fraction ${testFraction}`);
    assert.equal(s.yTest.rows, nTest);
    assert.equal(s.xTrain.rows, n - nTest);
    assert.equal(s.yTrain.rows, n - nTest);
  }
  const x = iota(8).map((i) => [i]);
  assert.equal(trainTestSplit(x, x, { seed: 0 }).xTest.rows, 2);
});

Deno.test("trainTestSplit parts are disjoint, cover every row and keep pairs", () => {
  const n = 23;
  const x = iota(n).map((i) => [i, i * i]);
  const y = iota(n).map((i) => [-i]);
  const s = trainTestSplit(x, y, { testFraction: 0.3, seed: 5 });
  const train = s.xTrain.toArray().map((r) => r[0]);
  const test = s.xTest.toArray().map((r) => r[0]);
  assert.deepEqual(sorted([...train, ...test]), iota(n));
  assert.equal(test.length, 7);
  assert.deepEqual(train.concat(test), Array.from(permutation(n, { seed: 5 })));
  assert.deepEqual(s.yTrain.toArray().map((r) => -r[0]), train);
  assert.deepEqual(s.yTest.toArray().map((r) => -r[0]), test);
  assert.deepEqual(s.xTest.toArray().map((r) => r[1]), test.map((i) => i * i));
  assert.deepEqual(trainTestSplit(x, y, { testFraction: 0.3, seed: 5 }), s);
});

Deno.test("trainTestSplit without shuffling holds out the last rows", () => {
  const x = iota(10).map((i) => [i]);
  const y = iota(10).map((i) => [10 * i]);
  const s = trainTestSplit(x, y, { shuffle: false });
  assert.deepEqual(s.xTrain.toArray(), iota(7).map((i) => [i]));
  assert.deepEqual(s.xTest.toArray(), [[7], [8], [9]]);
  assert.deepEqual(s.yTest.toArray(), [[70], [80], [90]]);
});

Deno.test("trainTestSplit errors name the problem", () => {
  const x = [[1], [2], [3]];
  assert.throws(() => trainTestSplit([[1]], [[1]]), {
    name: "RangeError",
    message: "trainTestSplit needs at least 2 rows, got 1",
  });
  assert.throws(() => trainTestSplit(x, [[1], [2]]), {
    name: "RangeError",
    message: "trainTestSplit: X has 3 rows but Y has 2",
  });
  for (const testFraction of [0, 1, -0.5, NaN]) {
    assert.throws(() => trainTestSplit(x, x, { testFraction }), {
      name: "RangeError",
      message: `trainTestSplit testFraction must be a number in (0, 1), got ${testFraction}`,
    });
  }
  assert.throws(() => trainTestSplit(x, x, { shuffle: "no" as unknown as boolean }), {
    name: "TypeError",
    message: 'trainTestSplit shuffle must be true or false, got "no"',
  });
  assert.throws(() => trainTestSplit(x, x, { testSize: 0.2 } as never), {
    name: "TypeError",
    message: /trainTestSplit has no option "testSize"; known options: testFraction, shuffle/,
  });
  assert.throws(() => trainTestSplit([[1], [Infinity]], [[1], [2]]), {
    name: "TypeError",
    message: "X has a non-finite value at row 1, column 0: Infinity",
  });
});

Deno.test("oneHot sets one 1 per row", () => {
  assert.deepEqual(oneHot([0, 2, 1, 2]).toArray(), [
    [1, 0, 0],
    [0, 0, 1],
    [0, 1, 0],
    [0, 0, 1],
  ]);
  assert.deepEqual(oneHot([0, 0], 3).toArray(), [[1, 0, 0], [1, 0, 0]]);
  assert.deepEqual(oneHot(new Uint8Array([1])).toArray(), [[0, 1]]);
  assert.deepEqual(oneHot([0]).toArray(), [[1]]);
});

Deno.test("oneHot errors name the label and the range", () => {
  assert.throws(() => oneHot([0, 1, 2, 2.5], 3), {
    name: "RangeError",
    message: "oneHot: labels[3] is 2.5; expected an integer in [0, 3)",
  });
  assert.throws(() => oneHot([0, 3], 3), {
    name: "RangeError",
    message: "oneHot: labels[1] is 3; expected an integer in [0, 3)",
  });
  assert.throws(() => oneHot([1, -1]), {
    name: "RangeError",
    message: "oneHot: labels[1] is -1; expected a non-negative integer",
  });
  assert.throws(() => oneHot([0, NaN]), {
    name: "RangeError",
    message: "oneHot: labels[1] is NaN; expected a non-negative integer",
  });
  assert.throws(() => oneHot([]), {
    name: "RangeError",
    message: "oneHot: labels is empty; expected at least one label",
  });
  for (const classes of [0, 1.5, -2]) {
    assert.throws(() => oneHot([0], classes), {
      name: "RangeError",
      message: `oneHot: classes must be a positive integer, got ${classes}`,
    });
  }
  assert.throws(() => oneHot(null as unknown as number[]), {
    name: "TypeError",
    message: "oneHot: labels must be an array of class indices, got null",
  });
});

Deno.test("argmax takes the first largest value of each row", () => {
  assert.deepEqual(argmax([[1, 3, 2], [5, 5, 1], [-2, -1, -1], [0, 0, 0]]), [1, 0, 1, 0]);
  assert.deepEqual(argmax([[7], [-7]]), [0, 0]);
  assert.deepEqual(argmax(new Matrix(2, 3, new Float64Array([0, 0, 9, 9, 0, 0]))), [2, 0]);
  assert.deepEqual(argmax([]), []);
});

Deno.test("argmax inverts oneHot", () => {
  fc.assert(
    fc.property(fc.array(fc.nat(9), { minLength: 1, maxLength: 50 }), (labels) => {
      assert.deepEqual(argmax(oneHot(labels)), labels);
      assert.deepEqual(argmax(oneHot(labels, 12)), labels);
    }),
  );
});

Deno.test("argmax errors", () => {
  assert.throws(() => argmax([[1, NaN]]), {
    name: "TypeError",
    message: "argmax input has a non-finite value at row 0, column 1: NaN",
  });
  assert.throws(() => argmax([[], []]), {
    name: "RangeError",
    message: "argmax: the matrix has 2 rows but no columns",
  });
});

Deno.test("trainTestSplit with stratify keeps each class's share, as scikit-learn does", () => {
  // Classes of 61, 27 and 12 rows, a quarter held out: scikit-learn's
  // train_test_split(x, y, test_size=0.25, stratify=y) puts 15, 7 and 3 of them in the test
  // part for every random_state (the one left over goes to the largest remainder, 27·0.25).
  const labels = [...Array(61).fill(0), ...Array(27).fill(1), ...Array(12).fill(2)];
  const x = labels.map((_, i) => [i]);
  const counts = (m: Matrix, classes: number) => {
    const c = new Array(classes).fill(0);
    for (const v of m.data) c[v]++;
    return c;
  };
  for (const seed of [0, 1, 2]) {
    const s = trainTestSplit(x, labels.map((c) => [c]), {
      testFraction: 0.25,
      stratify: true,
      seed,
    });
    assert.deepEqual(counts(s.yTest, 3), [15, 7, 3]);
    assert.deepEqual(counts(s.yTrain, 3), [46, 20, 9]);
    // Pairs kept, every row once.
    const rows = [...s.xTrain.data, ...s.xTest.data].sort((a, b) => a - b);
    assert.deepEqual(rows, x.map(([i]) => i));
    s.xTest.data.forEach((i, k) => assert.equal(s.yTest.data[k], labels[i]));
    // One-hot targets give the same split.
    const hot = trainTestSplit(x, oneHot(labels, 3), { testFraction: 0.25, stratify: true, seed });
    assert.deepEqual(hot.xTest.data, s.xTest.data);
  }
  const a = trainTestSplit(x, labels.map((c) => [c]), { stratify: true, seed: 5 });
  const b = trainTestSplit(x, labels.map((c) => [c]), { stratify: true, seed: 5 });
  assert.deepEqual(a.xTest.data, b.xTest.data);
  assert.throws(() => trainTestSplit(x, x, { stratify: true, seed: 0 }), {
    name: "RangeError",
    message: "trainTestSplit stratify needs at least 2 rows of each class, but class 0 has 1 " +
      "(is y a class label or one-hot, not a number to predict?)",
  });
  assert.throws(() => trainTestSplit(x, x, { stratify: true, shuffle: false }), {
    name: "RangeError",
    message: "trainTestSplit stratify needs shuffle: each class's test rows are drawn at random",
  });
});
