import assert from "node:assert/strict";
import { Matrix, toMatrix } from "../../mod.ts";
import { jsKernels } from "../../lib/kernels/backend.ts";
import { createRandom } from "../../mod.ts";
import { matmul, transpose } from "../fixtures/naive.ts";

const { columnSums, matmulBias, matmulTransA, matmulTransB } = jsKernels;

Deno.test("Matrix.from copies rows and reads back", () => {
  const rows = [[1, 2], [3, 4], [5, 6]];
  const m = Matrix.from(rows);
  rows[0][0] = 99;
  assert.equal(m.rows, 3);
  assert.equal(m.cols, 2);
  assert.deepEqual(Array.from(m.data), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(m.row(2), [5, 6]);
  assert.deepEqual(m.clone().toArray(), [[1, 2], [3, 4], [5, 6]]);
});

Deno.test("toMatrix returns a Matrix as is and checks it", () => {
  const m = new Matrix(1, 2, new Float64Array([1, 2]));
  assert.equal(toMatrix(m), m);
  m.data[1] = NaN;
  assert.throws(() => toMatrix(m, "X"), {
    name: "TypeError",
    message: "X has a non-finite value at row 0, column 1: NaN",
  });
});

Deno.test("Matrix.from names the bad row, column and value", () => {
  assert.throws(() => Matrix.from([[1, 2], [3]], "X"), {
    name: "RangeError",
    message: "X row 1 has 1 columns, expected 2",
  });
  assert.throws(() => Matrix.from([[1, 2], [3, Infinity]], "Y"), {
    name: "TypeError",
    message: "Y has a non-finite value at row 1, column 1: Infinity",
  });
  assert.throws(() => Matrix.from([[1, "2" as unknown as number]], "X"), {
    name: "TypeError",
    message: 'X has a non-finite value at row 0, column 1: "2"',
  });
  assert.throws(() => Matrix.from(5 as unknown as number[][], "X"), {
    name: "TypeError",
    message: "X must be a Matrix or an array of rows, got 5",
  });
  assert.throws(() => Matrix.from([[1], null as unknown as number[]], "X"), {
    name: "TypeError",
    message: "X row 1 must be an array of numbers, got null",
  });
  assert.throws(() => new Matrix(2, 2, new Float64Array(3)), {
    name: "RangeError",
    message: "Matrix data has 3 values, expected 2 × 2 = 4",
  });
  assert.throws(() => new Matrix(-1, 2), /Matrix shape must be two non-negative integers/);
});

Deno.test("Matrix prints like NumPy", () => {
  assert.equal(
    Matrix.from([[0.5, 0.5], [0.52153874, 0.47846126]]).toString(),
    "[[0.5        0.5       ]\n [0.52153874 0.47846126]]",
  );
  assert.equal(Matrix.from([[0, 1, 2]]).toString(), "[[0 1 2]]");
  // Reference strings printed by NumPy 2.4.6 for the same arrays.
  const numpy: [number[][], string][] = [
    [
      [[0.5, 0.5], [0.00000118, 0.99999882]],
      "[[5.0000000e-01 5.0000000e-01]\n [1.1800000e-06 9.9999882e-01]]",
    ],
    [[[1e-12, 1.5]], "[[1.0e-12 1.5e+00]]"],
    [[[123456789.5, 1.5]], "[[1.2345679e+08 1.5000000e+00]]"],
    [[[0, -0.25], [1.5, 10.125]], "[[ 0.    -0.25 ]\n [ 1.5   10.125]]"],
    [[[1, -2], [30, 4]], "[[ 1 -2]\n [30  4]]"],
    [[[-1.5e-5]], "[[-1.5e-05]]"],
    [[[0.1, 2000.5]], "[[1.0000e-01 2.0005e+03]]"],
  ];
  for (const [rows, text] of numpy) assert.equal(Matrix.from(rows).toString(), text);
  const large = new Matrix(1000, 1000).toString().split("\n");
  assert.equal(large.length, 1000);
  assert.equal(large[999], ` [${"0 ".repeat(999)}0]]`);
  assert.equal(new Matrix(0, 3).toString(), "[]");
  assert.equal(Deno.inspect(Matrix.from([[1, 2]])), "[[1 2]]");
});

Deno.test("kernels agree with a naive product on random shapes", () => {
  const random = createRandom(11);
  const rand = (r: number, c: number) =>
    Array.from({ length: r }, () => Array.from({ length: c }, () => random.normal()));
  for (const [m, k, n] of [[1, 1, 1], [3, 5, 2], [7, 4, 9], [2, 8, 1]]) {
    const a = rand(m, k), b = rand(k, n), bias = rand(1, n)[0];
    const out = new Float64Array(m * n);
    matmulBias(Matrix.from(a).data, Matrix.from(b).data, new Float64Array(bias), out, m, k, n);
    const expected = matmul(a, b).map((row) => row.map((v, j) => v + bias[j]));
    Array.from(out).forEach((v, i) =>
      assert.ok(Math.abs(v - expected[Math.floor(i / n)][i % n]) < 1e-12)
    );
    matmulBias(Matrix.from(a).data, Matrix.from(b).data, null, out, m, k, n);
    assert.deepEqual(
      Array.from(out).map((v) => v.toFixed(10)),
      matmul(a, b).flat().map((v) => v.toFixed(10)),
    );

    const c = rand(m, n), outA = new Float64Array(k * n);
    matmulTransA(Matrix.from(a).data, Matrix.from(c).data, outA, m, k, n);
    assert.deepEqual(
      Array.from(outA).map((v) => v.toFixed(10)),
      matmul(transpose(a), c).flat().map((v) => v.toFixed(10)),
    );

    const d = rand(k, n), outB = new Float64Array(m * k);
    matmulTransB(Matrix.from(c).data, Matrix.from(d).data, outB, m, n, k);
    assert.deepEqual(
      Array.from(outB).map((v) => v.toFixed(10)),
      matmul(c, transpose(d)).flat().map((v) => v.toFixed(10)),
    );

    const sums = new Float64Array(n);
    columnSums(Matrix.from(c).data, sums, m, n);
    assert.deepEqual(
      Array.from(sums).map((v) => v.toFixed(10)),
      transpose(c).map((col) => col.reduce((s, v) => s + v, 0).toFixed(10)),
    );
  }
});
