import assert from "node:assert/strict";
import {
  argmax,
  circles,
  type ClassificationData,
  createRandom,
  expSin,
  heartCurve,
  type Matrix,
  moons,
  permutation,
  spirals,
  xor,
} from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";

function counts(labels: number[], classes: number): number[] {
  const c = new Array<number>(classes).fill(0);
  for (const k of labels) c[k]++;
  return c;
}

function std(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

const residuals = (a: Matrix, b: Matrix) => Array.from(a.data, (v, k) => v - b.data[k]);

function assertTwoClassShape(data: ClassificationData, n: number): void {
  assert.deepEqual([data.x.rows, data.x.cols, data.y.rows, data.y.cols], [n, 2, n, 1]);
  assert.equal(data.labels.length, n);
  assert.deepEqual(Array.from(data.y.data), data.labels);
}

Deno.test("xor: the four points with column or one-hot targets", () => {
  const a = xor();
  assert.deepEqual(a.x.toArray(), [[0, 0], [0, 1], [1, 0], [1, 1]]);
  assert.deepEqual(a.y.toArray(), [[0], [1], [1], [0]]);
  assert.deepEqual(a.labels, [0, 1, 1, 0]);
  const b = xor({ oneHot: true });
  assert.deepEqual(b.x.toArray(), a.x.toArray());
  assert.deepEqual(b.y.toArray(), [[1, 0], [0, 1], [0, 1], [1, 0]]);
  assert.deepEqual(xor({ oneHot: false }).y.toArray(), a.y.toArray());
  assert.throws(() => xor({ onehot: true } as never), {
    name: "TypeError",
    message: 'xor has no option "onehot"; known options: oneHot',
  });
  assert.throws(() => xor({ oneHot: 1 as unknown as boolean }), {
    name: "TypeError",
    message: "xor oneHot must be true or false, got 1",
  });
});

Deno.test("moons without noise: two arcs, half the points each", () => {
  for (const [n, nOut] of [[100, 50], [101, 50], [2, 1], [7, 3]]) {
    const data = moons({ n, seed: n });
    assertTwoClassShape(data, n);
    assert.deepEqual(counts(data.labels, 2), [nOut, n - nOut]);
    for (let i = 0; i < n; i++) {
      const [x, y] = data.x.row(i);
      if (data.labels[i] === 0) {
        assertClose(x * x + y * y, 1, 1e-14, `outer radius, row ${i}`);
        assert.ok(y >= 0, `outer row ${i}: y = ${y}`);
      } else {
        assertClose((x - 1) ** 2 + (y - 0.5) ** 2, 1, 1e-14, `inner radius, row ${i}`);
        assert.ok(y <= 0.5, `inner row ${i}: y = ${y}`);
      }
    }
  }
});

Deno.test("moons without shuffling: evenly spaced arcs from end to end", () => {
  const { x, labels } = moons({ n: 7, shuffle: false });
  assert.deepEqual(labels, [0, 0, 0, 1, 1, 1, 1]);
  const expected = [
    [1, 0],
    [0, 1],
    [-1, 0],
    [0, 0.5],
    [0.5, 0.5 - Math.sqrt(3) / 2],
    [1.5, 0.5 - Math.sqrt(3) / 2],
    [2, 0.5],
  ];
  x.toArray().forEach((row, i) => assertClose(row, expected[i], 1e-15, `row ${i}`));
  assert.deepEqual(x.row(0), [1, 0]);
  assert.deepEqual(moons({ n: 2, shuffle: false }).x.toArray(), [[1, 0], [0, 0.5]]);
});

Deno.test("moons shuffles with the generator's permutation, reproducibly", () => {
  const plain = moons({ n: 40, shuffle: false });
  const shuffled = moons({ n: 40, seed: 12 });
  const order = permutation(40, { seed: 12 });
  order.forEach((from, i) => {
    assert.deepEqual(shuffled.x.row(i), plain.x.row(from));
    assert.equal(shuffled.labels[i], plain.labels[from]);
  });
  assert.deepEqual(moons({ n: 40, seed: 12, noise: 0.3 }), moons({ n: 40, seed: 12, noise: 0.3 }));
  assert.notDeepEqual(moons({ n: 40, seed: 13, noise: 0.3 }).x, moons({ n: 40, seed: 12 }).x);
});

Deno.test("moons noise is Gaussian with the given standard deviation", () => {
  for (const noise of [0.1, 0.25]) {
    const clean = moons({ n: 10000, seed: 5 });
    const noisy = moons({ n: 10000, seed: 5, noise });
    assert.deepEqual(noisy.labels, clean.labels);
    const r = residuals(noisy.x, clean.x);
    const s = std(r);
    assert.ok(Math.abs(s / noise - 1) < 0.03, `noise ${noise}: residual std ${s}`);
    assert.ok(Math.abs(r.reduce((a, v) => a + v, 0) / r.length) < 0.05 * noise);
  }
});

Deno.test("moons noise draws follow the permutation, row by row", () => {
  const clean = moons({ n: 5, seed: 2 });
  const noisy = moons({ n: 5, seed: 2, noise: 0.5 });
  const random = createRandom(2);
  permutation(5, { random });
  const expected = Array.from(clean.x.data, (v) => v + 0.5 * random.normal());
  assert.deepEqual(Array.from(noisy.x.data), expected);
});

Deno.test("circles without noise: radii 1 and factor, angles evenly spaced", () => {
  for (const [n, factor] of [[100, 0.8], [101, 0.5], [3, 0.1]]) {
    const data = circles({ n, factor, seed: 1 });
    assertTwoClassShape(data, n);
    const nOut = Math.floor(n / 2);
    assert.deepEqual(counts(data.labels, 2), [nOut, n - nOut]);
    for (let i = 0; i < n; i++) {
      const r = Math.hypot(data.x.get(i, 0), data.x.get(i, 1));
      assertClose(r, data.labels[i] === 0 ? 1 : factor, 1e-14, `radius, row ${i}`);
    }
  }
  const { x } = circles({ n: 8, shuffle: false });
  const s = Math.SQRT1_2;
  const expected = [[1, 0], [0, 1], [-1, 0], [0, -1], [0.8, 0], [0, 0.8], [-0.8, 0], [0, -0.8]];
  x.toArray().forEach((row, i) => assertClose(row, expected[i], 1e-15, `row ${i}`));
  assertClose(circles({ n: 16, shuffle: false }).x.row(1), [s, s], 1e-15);
  assert.deepEqual(circles({ n: 2, shuffle: false }).x.toArray(), [[1, 0], [0.8, 0]]);
});

Deno.test("circles: seeded, with noise of the given standard deviation", () => {
  assert.deepEqual(circles({ seed: 3, noise: 0.1 }), circles({ seed: 3, noise: 0.1 }));
  const clean = circles({ n: 10000, seed: 6, factor: 0.3 });
  const noisy = circles({ n: 10000, seed: 6, factor: 0.3, noise: 0.05 });
  const s = std(residuals(noisy.x, clean.x));
  assert.ok(Math.abs(s / 0.05 - 1) < 0.03, `residual std ${s}`);
});

Deno.test("two-class generators name the bad option", () => {
  for (const [owner, make] of [["moons", moons], ["circles", circles]] as const) {
    for (const n of [1.5, 1, 0, -4]) {
      assert.throws(() => make({ n }), {
        name: "RangeError",
        message: `${owner} n must be an integer ≥ 2, got ${n}`,
      });
    }
    for (const noise of [-0.1, NaN, Infinity]) {
      assert.throws(() => make({ noise }), {
        name: "RangeError",
        message: `${owner} noise must be a number in [0, ∞), got ${noise}`,
      });
    }
    assert.throws(() => make({ shuffle: "yes" as unknown as boolean }), {
      name: "TypeError",
      message: `${owner} shuffle must be true or false, got "yes"`,
    });
    assert.throws(() => make({ samples: 10 } as never), {
      name: "TypeError",
      message: new RegExp(`^${owner} has no option "samples"; known options: n, noise, shuffle`),
    });
  }
  assert.throws(() => moons({ factor: 0.5 } as never), { name: "TypeError", message: /factor/ });
  for (const factor of [0, 1, 1.2]) {
    assert.throws(() => circles({ factor }), {
      name: "RangeError",
      message: `circles factor must be a number in (0, 1), got ${factor}`,
    });
  }
});

Deno.test("spirals: classes split as evenly as possible, in class order", () => {
  const cases: [number, number, number[]][] = [
    [100, 2, [50, 50]],
    [10, 3, [4, 3, 3]],
    [11, 3, [4, 4, 3]],
    [5, 5, [1, 1, 1, 1, 1]],
  ];
  for (const [n, classes, expected] of cases) {
    const { x, labels } = spirals({ n, classes, seed: 1 });
    assert.deepEqual([x.rows, x.cols], [n, 2]);
    assert.deepEqual(counts(labels, classes), expected);
    assert.deepEqual(labels, [...labels].sort((a, b) => a - b));
  }
});

Deno.test("spirals: radii evenly spaced over [0, 1] in each class, whatever the noise", () => {
  const { x, labels } = spirals({ n: 30, classes: 3, noise: 0.5, seed: 2 });
  for (let k = 0; k < 3; k++) {
    const rows = labels.flatMap((label, i) => (label === k ? [i] : []));
    const radii = rows.map((i) => Math.hypot(x.get(i, 0), x.get(i, 1)));
    assertClose(radii, rows.map((_, i) => i / 9), 1e-14, `class ${k} radii`);
  }
});

Deno.test("spirals: angles from 4k to 4(k + 1), plus noise per point", () => {
  const clean = spirals({ n: 6, classes: 2, noise: 0 });
  const angles = [0, 2, 4, 4, 6, 8];
  const radii = [0, 0.5, 1, 0, 0.5, 1];
  clean.x.toArray().forEach((row, i) => {
    assertClose(row, [radii[i] * Math.sin(angles[i]), radii[i] * Math.cos(angles[i])], 1e-15);
  });
  const noisy = spirals({ n: 6, classes: 2, noise: 0.3, seed: 7 });
  const random = createRandom(7);
  noisy.x.toArray().forEach((row, i) => {
    const t = angles[i] + 0.3 * random.normal();
    assertClose(row, [radii[i] * Math.sin(t), radii[i] * Math.cos(t)], 1e-15, `row ${i}`);
  });
});

Deno.test("spirals: targets, seeding and errors", () => {
  const two = spirals({ n: 20, seed: 1 });
  assert.deepEqual([two.y.rows, two.y.cols], [20, 1]);
  assert.deepEqual(Array.from(two.y.data), two.labels);
  const three = spirals({ n: 21, classes: 3, seed: 1 });
  assert.deepEqual([three.y.rows, three.y.cols], [21, 3]);
  assert.deepEqual(argmax(three.y), three.labels);
  assert.deepEqual(spirals({ seed: 9 }), spirals({ seed: 9 }));
  assert.notDeepEqual(spirals({ seed: 9 }).x, spirals({ seed: 10 }).x);
  assert.equal(spirals().x.rows, 100);
  assert.throws(() => spirals({ classes: 1 }), {
    name: "RangeError",
    message: "spirals classes must be an integer ≥ 2, got 1",
  });
  assert.throws(() => spirals({ n: 2, classes: 3 }), {
    name: "RangeError",
    message: "spirals n must be an integer ≥ 3 (one point per class), got 2",
  });
  assert.throws(() => spirals({ noise: -1 }), {
    name: "RangeError",
    message: "spirals noise must be a number in [0, ∞), got -1",
  });
  assert.throws(() => spirals({ shuffle: true } as never), {
    name: "TypeError",
    message: 'spirals has no option "shuffle"; known options: n, classes, noise, random, seed',
  });
});

Deno.test("expSin: uniform inputs, targets exactly 300·exp(sin x)", () => {
  const { x, y } = expSin({ seed: 11 });
  assert.deepEqual([x.rows, x.cols, y.rows, y.cols], [10000, 2, 10000, 2]);
  let sum = 0;
  for (let k = 0; k < x.data.length; k++) {
    assert.ok(x.data[k] >= 0 && x.data[k] < 1);
    assert.equal(y.data[k], 300 * Math.exp(Math.sin(x.data[k])));
    sum += x.data[k];
  }
  assert.ok(Math.abs(sum / x.data.length - 0.5) < 0.01, `mean ${sum / x.data.length}`);
  const random = createRandom(11);
  assert.deepEqual(expSin({ n: 2, seed: 11 }).x.toArray(), [
    [random.random(), random.random()],
    [random.random(), random.random()],
  ]);
  assert.deepEqual(expSin({ n: 5, seed: 1 }), expSin({ n: 5, seed: 1 }));
  assert.throws(() => expSin({ n: 0 }), {
    name: "RangeError",
    message: "expSin n must be a positive integer, got 0",
  });
});

Deno.test("heartCurve: the notebook's heart, inside (0, 1)", () => {
  const { x, y } = heartCurve();
  assert.deepEqual([x.rows, x.cols, y.rows, y.cols], [100, 1, 100, 2]);
  assert.deepEqual(y.row(0), [0.5, 0.625]);
  assert.deepEqual(Array.from(x.data), Array.from({ length: 100 }, (_, k) => k / 100));
  assertClose(y.row(25), [0.9, 0.6], 1e-14, "t = π/2");
  assertClose(y.row(50), [0.5, 0.5 - 17 / 40], 1e-14, "t = π");
  assert.ok(y.data.every((v) => v > 0 && v < 1));
  const small = heartCurve({ n: 4 });
  assert.deepEqual(Array.from(small.x.data), [0, 0.25, 0.5, 0.75]);
  assertClose(small.y.row(3), [0.1, 0.6], 1e-14, "t = 3π/2");
  assert.deepEqual(heartCurve({ n: 1 }).y.toArray(), [[0.5, 0.625]]);
  assert.throws(() => heartCurve({ n: 2.5 }), {
    name: "RangeError",
    message: "heartCurve n must be a positive integer, got 2.5",
  });
  assert.throws(() => heartCurve({ seed: 1 } as never), {
    name: "TypeError",
    message: 'heartCurve has no option "seed"; known options: n',
  });
});
