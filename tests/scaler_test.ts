import assert from "node:assert/strict";
import fc from "fast-check";
import {
  fitMinMaxScaler,
  fitStandardScaler,
  Matrix,
  ModelFormatError,
  scalerFromJSON,
  Sequential,
} from "../mod.ts";
import { assertClose } from "./close.ts";

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
