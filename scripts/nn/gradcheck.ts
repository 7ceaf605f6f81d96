/**
 * `nn gradcheck`: compares a network's backpropagated gradients with finite
 * differences on a random batch, and fails (exit 1) when they disagree.
 *
 * @module
 */
import {
  createRandom,
  type DType,
  gradCheck,
  Matrix,
  type ModelLayer,
  oneHot,
  type Prediction,
  type Sequential,
} from "../../mod.ts";
import { integerFlag } from "../flags.ts";
import {
  type Command,
  DTYPE_HELP,
  dtypeFlag,
  type Flags,
  layersFlag,
  lossFlag,
  type Output,
} from "./command.ts";
import { loadTrained, readArchitecture, stackLayers } from "./model.ts";

const OUTPUT_ACTIVATION: Record<string, string> = {
  mse: "linear",
  logLoss: "sigmoid",
  crossEntropy: "softmax",
};

/** Refuses anything but exactly one of `--model`, `--arch` and `--layers`. */
function checkSource(flags: Flags): void {
  const sources = ["model", "arch", "layers"].filter((name) => flags[name] !== undefined);
  if (sources.length !== 1) {
    throw new RangeError(
      "give exactly one of --model, --arch and --layers" +
        (sources.length > 1 ? `, got ${sources.map((s) => `--${s}`).join(" and ")}` : ""),
    );
  }
}

/** A new network to check: `--arch`, or `--layers` between `--inputs` and `--outputs`. */
async function network(
  flags: Flags,
  loss: string,
  seed: number,
  dtype: DType,
): Promise<Sequential<Prediction, ModelLayer>> {
  if (flags.arch !== undefined) return await readArchitecture(flags.arch as string, seed, dtype);
  const text = flags.layers as string;
  const hidden = layersFlag(text);
  const inputs = integerFlag("--inputs", flags.inputs as string | undefined, 3, 1, 1e4);
  const outputs = integerFlag("--outputs", flags.outputs as string | undefined, 2, 1, 1e4);
  const activation = (flags.activation as string | undefined) ?? "tanh";
  const output = OUTPUT_ACTIVATION[loss];
  return stackLayers([inputs, ...hidden, outputs], activation, output, seed, undefined, dtype);
}

/** Random targets the loss accepts: any numbers, 0/1 labels, or one-hot rows. */
function targets(loss: string, rows: number, cols: number, seed: number): Matrix {
  const random = createRandom(seed + 1);
  if (loss === "crossEntropy") {
    return oneHot(Array.from({ length: rows }, () => Math.floor(random.random() * cols)), cols);
  }
  const y = new Matrix(rows, cols);
  for (let k = 0; k < y.data.length; k++) {
    y.data[k] = loss === "logLoss" ? (random.random() < 0.5 ? 0 : 1) : random.normal();
  }
  return y;
}

async function run(flags: Flags, output: Output): Promise<number> {
  const seed = integerFlag("--seed", flags.seed as string | undefined, 0, 0, 2 ** 32 - 1);
  const rows = integerFlag("--rows", flags.rows as string | undefined, 8, 1, 1e5);
  checkSource(flags);
  const dtype = dtypeFlag(flags.dtype as string | undefined);
  if (flags.model !== undefined && flags.dtype !== undefined) {
    throw new RangeError(
      "--dtype applies to --arch and --layers networks; a model file records its own",
    );
  }
  const trained = flags.model === undefined ? null : await loadTrained(flags.model as string);
  const loss = lossFlag((flags.loss as string | undefined) ?? trained?.schema.loss ?? "mse");
  const model = trained?.model ?? await network(flags, loss, seed, dtype);
  const random = createRandom(seed);
  const x = new Matrix(rows, model.inputs);
  for (let k = 0; k < x.data.length; k++) x.data[k] = random.normal();
  const result = gradCheck(model, loss, x, targets(loss, rows, model.outputs, seed), { seed });
  if (output.json) {
    console.log(
      JSON.stringify({
        command: "gradcheck",
        loss,
        rows,
        parameters: model.parameterCount,
        ...result,
      }),
    );
    return result.passed ? 0 : 1;
  }
  output.log(model.summary());
  output.log(`Loss ${loss}, ${rows} random rows, seed ${seed}`);
  const worst = result.worst;
  output.log(
    `Checked ${result.checked} gradient entries: largest relative error ${
      result.maxRelativeError.toExponential(2)
    }` +
      (worst === null
        ? ""
        : ` at ${worst.what}[${
          worst.index.join(", ")
        }] (backprop ${worst.analytic}, finite differences ${worst.numeric})`),
  );
  if (result.kinks > 0) {
    output.log(`${result.kinks} entries sit at a kink and passed by their one-sided slopes`);
  }
  for (const problem of result.problems) console.error(`Problem: ${problem}`);
  if (!result.passed) {
    console.error("nn gradcheck: FAILED: backpropagation disagrees with finite differences");
    return 1;
  }
  output.log("Passed: backpropagation agrees with finite differences");
  return 0;
}

/** The `gradcheck` command. */
export const gradcheckCommand: Command = {
  name: "gradcheck",
  summary: "check a network's gradients against finite differences",
  usage:
    "(--arch FILE.json | --layers SIZES [--inputs N] [--outputs N] | --model MODEL.json) [options]",
  flags: {
    arch: ["string", "FILE.json", "the network as [{inputDim, outputDim, activation}, ...]"],
    layers: ["string", "SIZES", 'hidden layer sizes, e.g. 16,8, or "none"'],
    inputs: ["string", "N", "inputs of a --layers network (default 3)"],
    outputs: ["string", "N", "outputs of a --layers network (default 2)"],
    activation: ["string", "NAME", "hidden activation of a --layers network (default tanh)"],
    model: ["string", "MODEL.json", "a model saved by nn train, checked with its own loss"],
    loss: [
      "string",
      "NAME",
      "mse (default), logLoss or crossEntropy; sets a --layers network's output activation",
    ],
    rows: ["string", "N", "rows of the random batch (default 8)"],
    seed: ["string", "N", "seed of the weights and the batch (default 0)"],
    dtype: DTYPE_HELP,
  },
  examples: [
    "nn gradcheck --layers 16,8 --inputs 4 --outputs 3 --loss crossEntropy",
    "nn gradcheck --arch scripts/moons_architecture.json --loss logLoss",
    "nn gradcheck --model iris.json",
  ],
  run,
};
