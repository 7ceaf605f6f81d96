import assert from "node:assert/strict";
import fc from "fast-check";
import {
  fitMinMaxScaler,
  fitStandardScaler,
  Matrix,
  ModelFormatError,
  scalerFromJSON,
  Sequential,
} from "../../mod.ts";
import { assertClose } from "../fixtures/close.ts";

Deno.test("standard scaler: population mean and deviation per column, by hand", () => {
  const x = [[1, 10, 7], [2, 20, 7], [3, 60, 7]];
  const scaler = fitStandardScaler(x);
  assert.equal(scaler.kind, "standard");
  assert.deepEqual(Array.from(scaler.offset), [2, 30, 7]);
  assertClose(scaler.scale, [Math.sqrt(2 / 3), Math.sqrt(1400 / 3), 1], 1e-15);
  const z = scaler.transform(x);
  assertClose(z.row(0), [-Math.sqrt(1.5), -20 / Math.sqrt(1400 / 3), 0], 1e-15);
  for (let j = 0; j < 2; j++) {
    const column = [0, 1, 2].map((i) => z.get(i, j));
    assertClose(column.reduce((a, b) => a + b) / 3, 0, 1e-15);
    assertClose(column.reduce((a, b) => a + b * b, 0) / 3, 1, 1e-15);
  }
});

const EPS = Number.EPSILON;

Deno.test("standard scaler: a constant column is centred only, at its exact value, for any value and row count", () => {
  // Seven 0.1s sum to 0.7000000000000001: a naive mean leaves every deviation 1.39e-17.
  // scikit-learn gives scale 1 too (its mean is 0.09999999999999999):
  // /usr/bin/python3 -c "from sklearn.preprocessing import StandardScaler as S; s = S().fit([[0.1, 5]] * 7); print(s.mean_, s.scale_)"
  // [0.1 5. ] [1. 1.]
  const scaler = fitStandardScaler(Array.from({ length: 7 }, (_, i) => [0.1, i]));
  assert.deepEqual(Array.from(scaler.offset), [0.1, 3]);
  assert.deepEqual(Array.from(scaler.scale), [1, 2]);
  // The symptom: a change of 1e-7 in a constant training column stays 1e-7.
  assertClose(scaler.transform([[0.1 + 1e-7, 3]]).row(0), [1e-7, 0], 1e-15);
  fc.assert(
    fc.property(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 1, max: 300 }),
      (c, n) => {
        const constant = fitStandardScaler(Array.from({ length: n }, () => [c]));
        assert.equal(constant.offset[0], c);
        assert.equal(constant.scale[0], 1);
      },
    ),
    { numRuns: 300, seed: 16 },
  );
});

Deno.test("standard scaler: a spread at rounding-noise level, std ≤ 10·ε·max|x|, is centred only", () => {
  // 0.1 + 0.2 is 0.30000000000000004, one unit in the last place above 0.3.
  // /usr/bin/python3 -c "from sklearn.preprocessing import StandardScaler as S; print(S().fit([[0.3], [0.1 + 0.2], [0.3]]).scale_)"
  // [1.]
  assert.equal(fitStandardScaler([[0.3], [0.1 + 0.2], [0.3]]).scale[0], 1);
  // Two values 20 ulps apart have std 10·ε: the line, still noise; 22 ulps apart, scaled by 11·ε.
  // (scikit-learn's n·ε·|mean| rule puts the line at 4 ulps for two rows, but at 1000·ε for 1000:
  // /usr/bin/python3 -c "from sklearn.preprocessing import StandardScaler as S; print(S().fit([[1], [1 + 20 * 2**-52]]).scale_)"
  // [2.22044605e-15])
  assert.equal(fitStandardScaler([[1], [1 + 20 * EPS]]).scale[0], 1);
  assert.equal(fitStandardScaler([[1], [1 + 22 * EPS]]).scale[0], 11 * EPS);
  // Relative to the magnitude: the same 20 ulps at 2^600 are noise too, but 1e-290 apart at 0 is not.
  assert.equal(fitStandardScaler([[2 ** 600], [2 ** 600 * (1 + 20 * EPS)]]).scale[0], 1);
  assert.equal(fitStandardScaler([[1e-290], [-1e-290]]).scale[0], 1e-290);
});

Deno.test("standard scaler: values whose squares overflow or underflow get their true, finite scale", () => {
  // By hand: [1, -1, 3] has mean 1 and deviations 0, -2, 2, so std √(8/3).
  // (scikit-learn's variance overflows here and it gives scale 1:
  // /usr/bin/python3 -c "from sklearn.preprocessing import StandardScaler as S; print(S().fit([[1e200], [-1e200], [3e200]]).scale_)"
  // [1.])
  const huge = fitStandardScaler([[1e200], [-1e200], [3e200]]);
  assertClose(huge.offset, [1e200], 1e185);
  assertClose(huge.scale[0] / 1e200, Math.sqrt(8 / 3), 1e-15);
  assertClose(huge.transform([[3e200]]).row(0), [Math.sqrt(1.5)], 1e-15);
  // a, -a, -a, -a: mean -a/2, std a·√(3/4); a - mean = 1.5a overflows for a = 1.7e308.
  const a = 1.7e308;
  const edge = fitStandardScaler([[a], [-a], [-a], [-a]]);
  assert.equal(edge.offset[0], -a / 2);
  assertClose(edge.scale[0] / a, Math.sqrt(0.75), 1e-15);
  const z = edge.transform([[a], [-a]]);
  assertClose(z.data, [Math.sqrt(3), -1 / Math.sqrt(3)], 1e-15);
  assertClose(edge.inverse(z).data[0] / a, 1, 1e-15);
  const max = Number.MAX_VALUE;
  const widest = fitStandardScaler([[max], [-max]]);
  assert.deepEqual([widest.offset[0], widest.scale[0]], [0, max]);
  assert.deepEqual(widest.transform([[max], [-max]]).toArray(), [[1], [-1]]);
  // Squares of 1e-200 underflow to 0: not a constant column for that.
  const tiny = fitStandardScaler([[1e-200], [-1e-200]]);
  assert.deepEqual([tiny.offset[0], tiny.scale[0]], [0, 1e-200]);
  assert.deepEqual(tiny.transform([[1e-200], [-1e-200]]).toArray(), [[1], [-1]]);
});

Deno.test("min-max scaler: a noise-level range maps to min; an overflowing range is computed or refused by column", () => {
  // /usr/bin/python3 -c "from sklearn.preprocessing import MinMaxScaler as M; m = M().fit([[0.3], [0.1 + 0.2]]); print(m.scale_, m.min_)"
  // [1.] [-0.3]  (scikit-learn's scale_ is our 1 / scale, its min_ our -offset / scale)
  const near = fitMinMaxScaler([[0.3], [0.1 + 0.2]]);
  assert.deepEqual([near.offset[0], near.scale[0]], [0.3, 1]);
  // 1e308 - -1e308 is Infinity; in halves, the scale onto [-1, 1] is 1e308.
  // (scikit-learn gives scale_ 0 and maps every value to 0:
  // /usr/bin/python3 -c "from sklearn.preprocessing import MinMaxScaler as M; print(M((-1, 1)).fit([[1e308], [-1e308]]).scale_)"
  // [0.])
  const wide = fitMinMaxScaler([[-1e308], [1e308], [0]], { min: -1, max: 1 });
  assert.deepEqual([wide.offset[0], wide.scale[0]], [0, 1e308]);
  assert.deepEqual(wide.transform([[-1e308], [1e308], [0]]).toArray(), [[-1], [1], [0]]);
  assert.deepEqual(wide.inverse([[-1], [1]]).toArray(), [[-1e308], [1e308]]);
  assert.throws(() => fitMinMaxScaler([[1, -1e308], [2, 1e308]]), {
    name: "RangeError",
    message:
      "fitMinMaxScaler cannot map column 1 onto [0, 1]: its values run from -1e+308 to 1e+308, " +
      "so its range over the target's width (the scale) is beyond the largest double, 1.8e308; " +
      "divide the column by a constant first, or widen the target range",
  });
  assert.throws(() => fitMinMaxScaler([[0], [1]], { min: -1e308, max: 1e308 }), {
    name: "RangeError",
    message:
      "fitMinMaxScaler cannot map column 0 onto [-1e+308, 1e+308]: its values run from 0 to 1, " +
      "so its range over the target's width (the scale) is below the smallest normal double, " +
      "2.2e-308; multiply the column by a constant first, or narrow the target range",
  });
  assert.throws(() => fitMinMaxScaler([[1e308], [1.7e308]], { min: 10, max: 11 }), {
    name: "RangeError",
    message:
      "fitMinMaxScaler cannot map column 0 onto [10, 11]: its values run from 1e+308 to 1.7e+308, " +
      "so the raw value that maps to 0 (the offset) is beyond the largest double; " +
      "use a target range that contains 0",
  });
});

Deno.test("transform and inverse never overflow in between, and a true overflow is Infinity, not NaN", () => {
  const scaler = scalerFromJSON({ kind: "standard", offset: [-1e308], scale: [1e308] });
  assert.deepEqual(scaler.transform([[1e308], [0]]).toArray(), [[2], [1]]);
  assert.deepEqual(scaler.inverse([[2], [1]]).toArray(), [[1e308], [0]]);
  // True results beyond 1.8e308 stay infinite, with their sign.
  const small = scalerFromJSON({ kind: "minMax", offset: [1e299], scale: [1e-10] });
  assert.deepEqual(small.transform([[1e308], [-1e308]]).toArray(), [[Infinity], [-Infinity]]);
  assert.deepEqual(scaler.inverse([[-3]]).toArray(), [[-Infinity]]);
});

Deno.test("min-max scaler maps each column's range onto [min, max]", () => {
  const scaler = fitMinMaxScaler([[0, -5], [10, 5], [5, 0]], { min: -1, max: 1 });
  assert.deepEqual(scaler.transform([[0, -5], [10, 5], [5, 0]]).toArray(), [[-1, -1], [1, 1], [
    0,
    0,
  ]]);
  assert.deepEqual(fitMinMaxScaler([[3], [3]]).transform([[3], [4]]).toArray(), [[0], [1]]);
  assert.deepEqual(fitMinMaxScaler([[2], [4]]).transform([[3]]).toArray(), [[0.5]]);
});

Deno.test("scalers round-trip: inverse(transform(x)) gives x back", () => {
  const row = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
    minLength: 3,
    maxLength: 3,
  });
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
      for (const scaler of [fitStandardScaler(rows), fitMinMaxScaler(rows)]) {
        const back = scaler.inverse(scaler.transform(rows));
        rows.forEach((r, i) => assertClose(back.row(i), r, 1e-9));
        const copy = scalerFromJSON(JSON.parse(JSON.stringify(scaler)));
        assertClose(copy.transform(rows).data, scaler.transform(rows).data, 0);
      }
    }),
    { numRuns: 200, seed: 2026 },
  );
});

Deno.test("transform and inverse write into a given matrix, even in place", () => {
  const scaler = fitStandardScaler([[0], [2]]);
  const m = Matrix.from([[0], [2], [4]]);
  assert.equal(scaler.transform(m, m), m);
  assert.deepEqual(m.toArray(), [[-1], [1], [3]]);
  scaler.inverse(m, m);
  assert.deepEqual(m.toArray(), [[0], [2], [4]]);
  assert.throws(
    () => scaler.transform(m, new Matrix(2, 1)),
    /^RangeError: Scaler transform input: out is 2 × 1, expected 3 × 1/,
  );
});

Deno.test("scaler errors name what is wrong", () => {
  assert.throws(() => fitStandardScaler([]), /fitStandardScaler needs at least one row/);
  assert.throws(() => fitStandardScaler([[1, 2], [NaN, 3]]), {
    name: "TypeError",
    message: "fitStandardScaler input has a non-finite value at row 1, column 0: NaN",
  });
  assert.throws(() => fitMinMaxScaler([[1, 2], [3, -Infinity]]), {
    name: "TypeError",
    message: "fitMinMaxScaler input has a non-finite value at row 1, column 1: -Infinity",
  });
  assert.throws(
    () => fitMinMaxScaler([[1]], { min: 1, max: 1 }),
    /fitMinMaxScaler needs finite min < max, got min 1 and max 1/,
  );
  assert.throws(() => fitMinMaxScaler([[1]], { low: 0 } as never), /has no option "low"/);
  assert.throws(
    () => fitStandardScaler([[1, 2]]).transform([[1]]),
    /Scaler transform input has 1 columns but the scaler has 2/,
  );
  const cases: [unknown, string][] = [
    [null, "scaler: expected an object, got null"],
    [{ kind: "robust", offset: [0], scale: [1] }, 'scaler.kind: expected "standard" or "minMax"'],
    [{ kind: "standard", offset: [0, 1], scale: [1] }, "scaler.scale: expected 2 numbers"],
    [{ kind: "standard", offset: [0], scale: [0] }, "scaler.scale[0]: expected a non-zero number"],
    [
      { kind: "standard", offset: ["0"], scale: [1] },
      'scaler.offset[0]: expected a finite number, got "0"',
    ],
    [{ kind: "standard", offset: [0], scale: [1], mean: 0 }, "scaler.mean: unknown field"],
  ];
  for (const [json, message] of cases) {
    assert.throws(() => scalerFromJSON(json), (error) => {
      assert.ok(error instanceof ModelFormatError);
      assert.ok(error.message.startsWith(message), error.message);
      return true;
    });
  }
});

Deno.test("a model file with scalers is checked field by field", () => {
  const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1 }], { seed: 0 });
  model.inputScaler = fitStandardScaler([[1, 2], [3, 5]]);
  const json = model.toJSON();
  assert.deepEqual(json.inputScaler, { kind: "standard", offset: [2, 3.5], scale: [1, 1.5] });
  const broken = (edit: (j: Record<string, unknown>) => void) => () => {
    const copy = JSON.parse(JSON.stringify(json));
    edit(copy);
    return Sequential.fromJSON(copy);
  };
  assert.throws(
    broken((j) => (j.inputScaler = { kind: "standard", offset: [0], scale: [1] })),
    /inputScaler.offset: expected 2 numbers, one per column, got 1/,
  );
  assert.throws(broken((j) => (j.inputScalr = j.inputScaler)), /inputScalr: unknown field/);
  assert.throws(
    broken((j) => ((j.layers as Record<string, unknown>[])[0].bais = [0])),
    /layers\[0\].bais: unknown field; expected only type, inputs, outputs/,
  );
});
