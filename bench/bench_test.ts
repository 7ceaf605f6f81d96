import assert from "node:assert/strict";
import {
  describeNumpy,
  detectNumpy,
  float64Bytes,
  type NumpyPeer,
  startNumpy,
} from "./numpy_peer.ts";
import { parseOptions, table } from "./peers_report.ts";
import { startOurs } from "./ours_peer.ts";
import {
  figure,
  lossOf,
  median,
  network,
  w1,
  w1Infer,
  w2,
  w3,
  type Workload,
  WORKLOADS,
  workOf,
} from "./workloads.ts";
import { type Sequential, sgd } from "../mod.ts";
import { assertClose } from "../tests/fixtures/close.ts";
import { missing, testsNeeding } from "../tests/fixtures/permissions.ts";

const test = testsNeeding("run", "env");

/** Whether python3 can import numpy here: the NumPy peer's tests run only then. */
const numpy = missing("env", "run").length === 0
  ? await detectNumpy()
  : { reason: "no permission to run python here (deno task test, or deno test -A)" };
if ("reason" in numpy) console.warn(`NumPy peer tests ignored: ${numpy.reason}`);

Deno.test("the workloads are the ones the performance issue defines", () => {
  const [a, infer, b, c] = [w1(), w1Infer(), w2(), w3()];
  assert.deepEqual(WORKLOADS.map((make) => make().name), ["W1", "W1-infer", "W2", "W3"]);
  assert.deepEqual(
    [
      a.sizes,
      a.x.rows,
      a.x.cols,
      a.y.cols,
      a.mode,
      a.count,
      a.batchSize,
      a.learningRate,
      workOf(a),
    ],
    [[2, 25, 50, 50, 25, 1], 1000, 2, 1, "fit", 20, 64, 0.01, 20_000],
  );
  assert.deepEqual(Array.from(new Set(a.y.data)).sort(), [0, 1]);
  assert.deepEqual([infer.sizes, infer.mode, infer.count, infer.batchSize, workOf(infer)], [
    a.sizes,
    "forward",
    100,
    1000,
    1e5,
  ]);
  assert.deepEqual(
    [b.sizes, b.x.rows, b.y.cols, b.mode, b.count, b.batchSize, b.learningRate, workOf(b)],
    [[784, 128, 64, 10], 8192, 10, "fit", 3, 128, 0.01, 3 * 8192],
  );
  assert.ok(b.x.data.every((v) => v >= 0 && v < 1));
  for (let i = 0; i < b.y.rows; i++) assert.equal(b.y.row(i).reduce((s, v) => s + v), 1);
  assert.deepEqual(
    [c.sizes, c.x.toArray(), c.y.toArray(), c.mode, c.count, c.learningRate, workOf(c)],
    [
      [2, 3, 2],
      [[0, 0], [0, 1], [1, 0], [1, 1]],
      [[1, 0], [0, 1], [0, 1], [1, 0]],
      "steps",
      5000,
      0.01,
      5000,
    ],
  );
  const model = network(a);
  assert.deepEqual(model.layers.map((layer) => layer.activation.name), [
    "relu",
    "relu",
    "relu",
    "relu",
    "sigmoid",
  ]);
  assert.deepEqual([lossOf(a), lossOf(b), lossOf(c)], ["logLoss", "crossEntropy", "crossEntropy"]);
});

Deno.test("a workload's figure and the median of runs", () => {
  assert.equal(figure(w1(), 0.5), 40_000);
  assert.equal(figure(w3(), 0.01), 2);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

Deno.test("the peers table gives ratios that exceed 1 when we are faster, for either unit", () => {
  const text = table([
    {
      workload: "W1",
      unit: "samples_per_s",
      figures: {
        backprop: 120_000,
        "backprop-f32": 150_000,
        "backprop-x2": 140_000,
        "backprop-f32-x2": 200_000,
        "tfjs-cpu": 15_000,
        "tfjs-wasm": 40_000,
        numpy: 60_000,
        "numpy-f32": 100_000,
      },
    },
    {
      workload: "W3",
      unit: "us_per_step",
      figures: {
        backprop: 2,
        "backprop-f32": 2.5,
        "tfjs-wasm": 400,
        numpy: 25,
      },
    },
    {
      workload: "W2",
      unit: "samples_per_s",
      figures: { backprop: 50_000, "tfjs-cpu": 4_000 },
    },
  ]);
  assert.deepEqual(text.split("\n").slice(0, 5), [
    "| workload | unit | backprop | backprop f32 | backprop ×2 | backprop f32 ×2 | TF.js cpu | " +
    "TF.js wasm | NumPy | NumPy f32 | best ÷ TF.js cpu | best ÷ TF.js wasm | best ÷ NumPy | " +
    "best ÷ NumPy f32 | 1 thread ÷ NumPy | f64 ÷ NumPy |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | " +
    "---: | ---: | ---: |",
    "| W1 | samples/s | 120,000 | 150,000 | 140,000 | **200,000** | 15,000 | 40,000 | 60,000 | " +
    "100,000 | 13.3 | 5 | 3.33 | 2 | 2.5 | 2 |",
    "| W3 | µs/step | **2** | 2.5 | – | – | – | 400 | 25 | – | – | 200 | 12.5 | – | 12.5 | 12.5 |",
    "| W2 | samples/s | **50,000** | – | – | – | 4,000 | – | – | – | 12.5 | – | – | – | – | – |",
  ]);
});

Deno.test("the peers harness refuses bad options with a clear message", () => {
  assert.throws(() => parseOptions(["--runs", "0"]), {
    message: '--runs: expected a whole number of at least 1, got "0"',
  });
  assert.throws(() => parseOptions(["--only", "W9"]), {
    message: '--only: expected some of W1, W1-infer, W2, W3, got "W9"',
  });
  assert.throws(() => parseOptions(["--peers", "gpu"]), {
    message: '--peers: expected some of cpu, wasm, numpy, numpy-f32, got "gpu"',
  });
  assert.throws(() => parseOptions(["--peers", "numpy,jax"]), {
    message: '--peers: expected some of cpu, wasm, numpy, numpy-f32, got "numpy,jax"',
  });
  const options = parseOptions(["--only", "W3,W1", "--peers", "wasm", "--runs", "5"])!;
  assert.deepEqual(
    [options.runs, options.workloads.map((w) => w.name), options.peers],
    [5, ["W1", "W3"], ["wasm"]],
  );
});

Deno.test("the peers harness asks every peer by default, NumPy included, in report order", () => {
  assert.deepEqual(parseOptions([])!.peers, [
    "cpu",
    "wasm",
    "numpy",
    "numpy-f32",
  ]);
  assert.deepEqual(parseOptions(["--peers", "numpy, cpu"])!.peers, [
    "cpu",
    "numpy",
  ]);
  assert.deepEqual(parseOptions(["--peers", "numpy"])!.peers, ["numpy"]);
});

test("the NumPy peer is skipped with a reason when its python is missing or fails", async () => {
  assert.deepEqual(await detectNumpy("no-such-python-3"), {
    reason: "no-such-python-3 was not found",
  });
  // `false` stands for a python whose `import numpy` fails: it exits 1 and prints nothing.
  assert.deepEqual(await detectNumpy("false"), {
    reason: "false could not run numpy_peer.py --info (exit code 1): no message",
  });
  await assert.rejects(startNumpy(w3(), { python: "no-such-python-3" }), Deno.errors.NotFound);
});

Deno.test("the NumPy peer's header names NumPy, Python, the BLAS and its threads", () => {
  const info = { numpy: "2.4.6", python: "3.11.7", blas: "scipy-openblas 0.3.31" };
  assert.equal(
    describeNumpy({ ...info, blas_threads: 1 }),
    "NumPy 2.4.6 (Python 3.11.7, BLAS scipy-openblas 0.3.31, 1 thread)",
  );
  assert.equal(
    describeNumpy({ ...info, blas_threads: null }),
    "NumPy 2.4.6 (Python 3.11.7, BLAS scipy-openblas 0.3.31, threads unknown, " +
      "OPENBLAS_NUM_THREADS=1)",
  );
});

Deno.test("the NumPy peer's data files are raw little-endian float64", () => {
  const bytes = float64Bytes([1, -2.5]);
  assert.deepEqual(Array.from(bytes), [0, 0, 0, 0, 0, 0, 240, 63, 0, 0, 0, 0, 0, 0, 4, 192]);
});

/** Our weights and biases, layer by layer, in the order the NumPy peer's `weights` gives them. */
function parametersOf(model: Sequential): Float64Array[] {
  return model.layers.flatMap((layer) => [layer.weights.data, layer.bias!]);
}

/** Runs `w` once on the NumPy peer, closing it whatever happens. */
async function withNumpy<T>(
  w: Workload,
  use: (peer: NumpyPeer) => Promise<T>,
  shuffle = true,
  dtype: "float64" | "float32" = "float64",
): Promise<T> {
  const peer = await startNumpy(w, { shuffle, dtype });
  try {
    return await use(peer);
  } finally {
    await peer.close();
  }
}

/** Asserts that the NumPy peer's parameters equal ours within `tolerance`. */
function assertSameParameters(theirs: Float64Array[], model: Sequential, tolerance: number): void {
  const ours = parametersOf(model);
  assert.equal(theirs.length, ours.length);
  ours.forEach((values, i) => assertClose(theirs[i], values, tolerance, `parameter ${i}`));
}

Deno.test({
  name: "the NumPy peer trains W3 as we do: 5000 steps from our weights, same loss and weights",
  ignore: !("info" in numpy),
  fn: async () => {
    const w = w3();
    const model = network(w);
    const optimizer = sgd({ learningRate: w.learningRate });
    let loss = NaN;
    for (let step = 0; step < w.count; step++) {
      loss = model.trainStep(w.x, w.y, lossOf(w), optimizer);
    }
    await withNumpy(w, async (peer) => {
      assert.ok(Number.isNaN(await peer.loss()), "no step yet, no loss");
      assert.ok((await peer.run()) > 0);
      assertClose(await peer.loss(), loss, 1e-10, "last loss");
      assertSameParameters(await peer.weights(), model, 1e-10);
    });
    assert.ok(loss < 0.6, `W3's loss fell from ln 2 to ${loss}`);
  },
});

Deno.test({
  name: "the NumPy peer trains W1 and W2 as we do: one epoch in row order, same weights",
  ignore: !("info" in numpy),
  fn: async () => {
    for (const w of [{ ...w1(), count: 1 }, { ...w2(), count: 1 }]) {
      const model = network(w);
      const optimizer = sgd({ learningRate: w.learningRate });
      const options = { loss: lossOf(w), optimizer, batchSize: w.batchSize, shuffle: false };
      model.fit(w.x, w.y, { ...options, epochs: 1 });
      await withNumpy(w, async (peer) => {
        await peer.run();
        assertSameParameters(await peer.weights(), model, 1e-10);
      }, false);
    }
  },
});

Deno.test({
  name: "the NumPy float32 peer trains W1 as our float32 layers do, to float32 precision",
  ignore: !("info" in numpy),
  fn: async () => {
    const w = { ...w1(), count: 1 };
    const trained = (dtype: "float32" | "float64") => {
      const model = network(w, undefined, dtype);
      const optimizer = sgd({ learningRate: w.learningRate });
      const options = {
        loss: lossOf(w),
        optimizer,
        batchSize: w.batchSize,
        shuffle: false,
      };
      model.fit(w.x, w.y, { ...options, epochs: 1 });
      return model;
    };
    const model = trained("float32");
    await withNumpy(
      w,
      async (peer) => {
        await peer.run();
        const theirs = await peer.weights();
        assert.ok(
          theirs.every((v) => v.every((x) => Math.fround(x) === x)),
          "NumPy ran in float32",
        );
        assertSameParameters(theirs, model, 1e-5);
      },
      false,
      "float32",
    );
  },
});

Deno.test({
  name: "the NumPy peer's W1-infer leaves weights and loss untouched, and W1 shuffles its batches",
  ignore: !("info" in numpy),
  fn: async () => {
    const start = parametersOf(network(w1()));
    await withNumpy({ ...w1Infer(), count: 2 }, async (peer) => {
      assert.ok((await peer.run()) > 0);
      assert.deepEqual(await peer.weights(), start);
      assert.ok(Number.isNaN(await peer.loss()), "forward passes compute no loss");
    });
    // One shuffled epoch: other batches than in row order, so other weights, but a trained network.
    const trained = async (peer: NumpyPeer) => {
      await peer.run();
      return await peer.weights();
    };
    const inOrder = await withNumpy({ ...w1(), count: 1 }, trained, false);
    const shuffled = await withNumpy({ ...w1(), count: 1 }, trained);
    assert.notDeepEqual(shuffled, inOrder);
    assert.notDeepEqual(shuffled, start);
  },
});

test("our configurations run as peer processes: ready, run answers seconds, a bad name is named", async () => {
  const peer = await startOurs("W3", "float32", 2);
  try {
    const seconds = await peer.number("run");
    assert.ok(seconds > 0 && seconds < 60, String(seconds));
  } finally {
    await peer.close();
  }
  await assert.rejects(startOurs("W9", "float64", 1), {
    message:
      'backprop (float64, 1 thread) for W9: expected an answer to "start", but the process ' +
      'exited with code 1: error: expected a workload name, got "W9"',
  });
});
