/**
 * `--explain`: one training step written out the way the notebooks teach
 * backpropagation, from the numbers of {@linkcode Sequential.prototype.trace}.
 * Layers are numbered from 1 as in the notebooks (W₁ is `layers[0]`); A₀ is X.
 *
 * @module
 */
import { type LossSpec, type Matrix, type OptimizerSpec, Sequential } from "../mod.ts";

/**
 * Traces one forward/backward pass on `x`, `y`, prints it layer by layer from
 * the last, then takes the optimizer step and prints the loss before and after.
 * All of it happens on a copy: `model` is not changed, so a run with
 * `--explain` trains exactly as one without.
 */
export function explainStep(
  model: Sequential,
  x: Matrix,
  y: Matrix,
  loss: LossSpec,
  optimizer: OptimizerSpec,
  log: (line: string) => void,
): void {
  const say = (line = "") => log(line);
  model = Sequential.fromJSON(model.toJSON()) as Sequential; // a copy: dense layers only
  const trace = model.trace(x, y, loss);
  const n = trace.layers.length;
  const m = x.rows;
  say(
    `One training step, explained (${m} ${
      m === 1 ? "sample" : "samples"
    }, loss ${trace.lossName}):`,
  );
  say("Forward pass, from A₀ = X:");
  trace.layers.forEach((layer, i) => {
    const l = i + 1;
    const bias = model.layers[i].bias === null ? "" : ` + b${sub(l)}`;
    const f = model.layers[i].activation.name;
    say(
      `  Z${sub(l)} = A${sub(i)}·W${sub(l)}${bias} ${shape(layer.z)}, A${sub(l)} = ${f}(Z${
        sub(l)
      })`,
    );
  });
  say(`  L = ${trace.loss.toPrecision(8)}`);
  say();
  say("Backward pass, from the last layer:");
  for (let i = n - 1; i >= 0; i--) {
    const layer = trace.layers[i];
    const l = i + 1, f = model.layers[i].activation.name;
    say(
      `Layer ${l} (layers[${i}], Dense ${model.layers[i].inputs} → ${
        model.layers[i].outputs
      }, ${f})`,
    );
    if (i === n - 1 && trace.fused !== null) {
      // crossEntropy averages over rows, logLoss over every entry.
      const count = trace.lossName === "logLoss" && layer.delta.cols > 1 ? "(m·n)" : "m";
      say(
        `  δ${sub(l)} = ∂L/∂Z${sub(l)} = (Ŷ − Y)/${count}   ${f} and ${trace.lossName} combined  ${
          shape(layer.delta)
        }`,
      );
    } else {
      if (i === n - 1) {
        say(
          `  ∂L/∂A${sub(l)} = ∂L/∂Ŷ from ${trace.lossName}  ${shape(layer.dA)}  ${first(layer.dA)}`,
        );
      }
      say(`  δ${sub(l)} = ∂L/∂A${sub(l)} ∗ ${f}'(Z${sub(l)})  ${shape(layer.delta)}`);
    }
    say(`      ${first(layer.delta)}`);
    say(
      `  ∂L/∂W${sub(l)} = A${sub(i)}ᵀ·δ${sub(l)}  ${shape(layer.weightGradient)}  ${
        first(layer.weightGradient)
      }`,
    );
    if (layer.biasGradient !== null) {
      say(
        `  ∂L/∂b${sub(l)} = Σ rows of δ${sub(l)}  (${layer.biasGradient.length})  ${
          firstValues(layer.biasGradient)
        }`,
      );
    }
    if (i > 0) {
      const below = trace.layers[i - 1];
      const g = model.layers[i - 1].activation.name;
      say(
        `  passes down: ∂L/∂A${sub(i)} = δ${sub(l)}·W${sub(l)}ᵀ  ${shape(below.dA)}  ${
          first(below.dA)
        }`,
      );
      say(`      then δ${sub(i)} = ∂L/∂A${sub(i)} ∗ ${g}'(Z${sub(i)}), below`);
    }
  }
  const before = model.trainStep(x, y, loss, optimizer);
  const after = model.loss(x, y, loss);
  say();
  say(
    `Update: one ${optimizerName(optimizer)} step from these gradients. Loss ${
      before.toPrecision(8)
    } → ${after.toPrecision(8)}`,
  );
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

function sub(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);
}

function shape(m: Matrix): string {
  return `(${m.rows}×${m.cols})`;
}

/** The first row's leading values, as `first row [0.1, -0.2, …]`. */
function first(m: Matrix): string {
  return `first row ${firstValues(m.data.subarray(0, m.cols))}`;
}

function firstValues(values: ArrayLike<number>, count = 4): string {
  const shown = Array.from(values).slice(0, count).map((v) => Number(v.toPrecision(6)));
  return `[${shown.join(", ")}${values.length > count ? ", …" : ""}]`;
}

function optimizerName(optimizer: OptimizerSpec): string {
  return typeof optimizer === "string" ? optimizer : optimizer.name;
}
