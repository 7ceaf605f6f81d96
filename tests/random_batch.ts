/** Test and benchmark helper: seeded random batches with targets suited to a loss. */
import type { Random } from "../mod.ts";

/** What the targets are: real numbers, 0/1 labels, or one-hot rows. */
export type Targets = "real" | "binary" | "oneHot";

/** The targets a built-in loss takes. */
export function targetsFor(loss: string): Targets {
  return loss === "mse" ? "real" : loss === "logLoss" ? "binary" : "oneHot";
}

/**
 * `rows` samples: inputs drawn from N(0, 1), then per row a hot class (always
 * drawn, so the sequence does not depend on `targets`) and the targets.
 */
export function randomBatch(
  random: Random,
  rows: number,
  inputs: number,
  outputs: number,
  targets: Targets,
): { x: number[][]; y: number[][] } {
  const x = Array.from({ length: rows }, () => Array.from({ length: inputs }, random.normal));
  const y = Array.from({ length: rows }, () => {
    const hot = Math.floor(random.random() * outputs);
    return Array.from(
      { length: outputs },
      (_, j) =>
        targets === "real"
          ? random.normal()
          : targets === "binary"
          ? Number(random.random() < 0.5)
          : Number(j === hot),
    );
  });
  return { x, y };
}
