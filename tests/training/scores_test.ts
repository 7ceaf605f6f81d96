/**
 * Scores against scikit-learn: the expected numbers below are what scikit-learn 1.2.1 printed
 * for the same inputs, with
 *
 * ```py
 * from sklearn.metrics import confusion_matrix, precision_score, recall_score, f1_score, roc_auc_score, r2_score
 * yt = [0,1,1,0,1,1,0,0,1,0,1,1]; yp = [0,1,0,0,1,1,1,0,1,1,1,0]
 * sc = [0.1,0.9,0.4,0.35,0.8,0.7,0.6,0.2,0.65,0.55,0.9,0.3]
 * print(confusion_matrix(yt, yp), precision_score(yt, yp), recall_score(yt, yp), f1_score(yt, yp), roc_auc_score(yt, sc))
 * mt = [0,1,2,2,1,0,2,1,0,2]; mp = [0,2,2,2,1,0,1,1,0,0]
 * print(confusion_matrix(mt, mp), *(f(mt, mp, average="macro") for f in (precision_score, recall_score, f1_score)))
 * print(r2_score([3.0,-0.5,2.0,7.0,4.2], [2.5,0.0,2.1,7.8,3.9]), roc_auc_score([0,0,1,1,0,1], [0.5,0.5,0.5,0.8,0.2,0.5]))
 * ```
 */
import assert from "node:assert/strict";
import { confusionMatrix, f1, Matrix, precision, r2, recall, rocAuc } from "../../mod.ts";

const yt = [0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1];
const yp = [0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0];
const sc = [0.1, 0.9, 0.4, 0.35, 0.8, 0.7, 0.6, 0.2, 0.65, 0.55, 0.9, 0.3];
const mt = [0, 1, 2, 2, 1, 0, 2, 1, 0, 2];
const mp = [0, 2, 2, 2, 1, 0, 1, 1, 0, 0];

/** Equal to scikit-learn's float64 result up to the last bits (summation order may differ). */
function near(got: number, expected: number): void {
  assert.ok(Math.abs(got - expected) <= 1e-15, `${got}, expected ${expected}`);
}

Deno.test("binary scores equal scikit-learn's", () => {
  assert.deepEqual(confusionMatrix(yt, yp), [[3, 2], [2, 5]]);
  near(precision(yt, yp), 0.7142857142857143);
  near(recall(yt, yp), 0.7142857142857143);
  near(f1(yt, yp), 0.7142857142857143);
  near(rocAuc(yt, sc), 0.8571428571428572);
  near(rocAuc([0, 0, 1, 1, 0, 1], [0.5, 0.5, 0.5, 0.8, 0.2, 0.5]), 0.7777777777777778);
  // A one-column Matrix, as predictProba gives for a sigmoid, works as scores.
  near(rocAuc(yt, new Matrix(sc.length, 1, Float64Array.from(sc))), 0.8571428571428572);
  // No positive predicted: precision 0, as zero_division=0.
  assert.equal(precision([0, 0, 1], [0, 0, 0]), 0);
});

Deno.test("macro-averaged scores over three classes equal scikit-learn's", () => {
  assert.deepEqual(confusionMatrix(mt, mp), [[3, 0, 0], [0, 2, 1], [1, 1, 2]]);
  near(precision(mt, mp, { average: "macro" }), 0.6944444444444443);
  near(recall(mt, mp, { average: "macro" }), 0.7222222222222222);
  near(f1(mt, mp, { average: "macro" }), 0.6984126984126985);
  assert.deepEqual(confusionMatrix([0, 1], [1, 1], 3), [[0, 1, 0], [0, 1, 0], [0, 0, 0]]);
});

Deno.test("r2 equals scikit-learn's, with its conventions for a constant target", () => {
  near(r2([3.0, -0.5, 2.0, 7.0, 4.2], [2.5, 0.0, 2.1, 7.8, 3.9]), 0.9594665271966527);
  assert.equal(r2([2, 2], [2, 2]), 1);
  assert.equal(r2([2, 2], [2, 3]), 0);
});

Deno.test("scores refuse inputs they cannot score, saying what and where", () => {
  assert.throws(() => precision(mt, mp), {
    name: "RangeError",
    message: 'precision with average "binary" needs labels 0 and 1, but there are 3 classes; ' +
      'pass { average: "macro" }',
  });
  assert.throws(() => confusionMatrix([0, 1], [0]), {
    name: "RangeError",
    message: "confusionMatrix got 2 true values but 1 predictions",
  });
  assert.throws(() => recall([0, 1.5], [0, 1]), {
    name: "RangeError",
    message: "confusionMatrix yTrue[1] is 1.5; expected a class index (an integer ≥ 0)",
  });
  assert.throws(() => rocAuc([1, 1], [0.2, 0.3]), {
    name: "RangeError",
    message: "rocAuc needs both classes in yTrue, but every label is 1",
  });
  assert.throws(() => rocAuc([0, 2], [0.2, 0.3]), /rocAuc yTrue\[1\] is 2; expected 0 or 1/);
  assert.throws(
    () => rocAuc([0, 1], [0.2, NaN]),
    /rocAuc scores\[1\] is NaN; expected a finite number/,
  );
  assert.throws(() => r2([], []), { name: "RangeError", message: "r2 needs at least one sample" });
  assert.throws(
    () => r2([1, 2], [1, Infinity]),
    /r2 needs finite values, got 2 and Infinity at index 1/,
  );
  assert.throws(() => f1(mt, mp, { average: "micro" as "macro" }), {
    name: "RangeError",
    message: 'f1 average must be "binary" or "macro", got micro',
  });
  assert.throws(() => rocAuc([0, 1], new Matrix(2, 2)), {
    name: "RangeError",
    message: "rocAuc: the second argument is a Matrix of 2 columns; expected one",
  });
});
