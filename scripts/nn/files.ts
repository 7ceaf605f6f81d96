/**
 * Output files of `nn`: checking that `--out` can be written before any work
 * is done, and the charts of a training run.
 *
 * @module
 */
import { dirname } from "node:path";
import type { History, Matrix } from "../../mod.ts";
import { messageOf } from "../message.ts";
import { confusionChart, lossChart, scatterChart, writeChart } from "../plots.ts";
import { lossSeries } from "../scenario.ts";
import type { Schema } from "./schema.ts";
import type { Scores } from "./scores.ts";

/**
 * Makes sure `path` can be replaced later: it is not a folder, not one of the
 * command's `inputs` (by flag name), and its folder exists and takes a new
 * file. Nothing is left behind.
 *
 * @throws {Error} `--out charts/model.json: the folder charts does not exist`.
 */
export async function checkOutFile(
  path: string,
  flag: string,
  inputs: Record<string, string | null | undefined>,
): Promise<void> {
  const folder = dirname(path);
  const info = await Deno.stat(path).catch(() => null);
  if (info?.isDirectory) throw new Error(`${flag} ${path} is a folder; give a file name`);
  if (info !== null) {
    const target = await Deno.realPath(path);
    for (const [name, input] of Object.entries(inputs)) {
      if (input != null && await Deno.realPath(input).catch(() => null) === target) {
        throw new Error(`${flag} ${path} is the ${name} file; writing there would destroy it`);
      }
    }
  }
  const probe = `${folder}/.nn-write-test-${crypto.randomUUID()}`;
  try {
    await Deno.writeTextFile(probe, "", { createNew: true });
    await Deno.remove(probe);
  } catch (error) {
    const reason = error instanceof Deno.errors.NotFound
      ? `the folder ${folder} does not exist`
      : `cannot write in ${folder}: ${messageOf(error)}`;
    throw new Error(`${flag} ${path}: ${reason}`, { cause: error });
  }
}

/** Targets with more classes get no confusion-matrix chart: it would be unreadable. */
export const MAX_CHART_CLASSES = 30;

/**
 * Writes the charts of a training run to `dir`: the loss per epoch, and on the
 * `[x, y]` rows, with their `predicted` values and `scores`, a confusion matrix
 * per class target (up to {@linkcode MAX_CHART_CLASSES} classes) or a
 * predicted-versus-true scatter per numeric target.
 *
 * @returns The paths written.
 */
export async function saveCharts(
  dir: string,
  schema: Schema,
  history: History,
  [x, y, predicted]: [Matrix, Matrix, Matrix],
  scores: Scores,
): Promise<string[]> {
  const paths = [
    await writeChart(dir, "loss", await lossChart(lossSeries(history), { yTitle: schema.loss })),
  ];
  if (schema.task === "classification") {
    for (const target of scores.targets) {
      if (target.classes!.length > MAX_CHART_CLASSES) continue;
      const svg = await confusionChart({
        classes: target.classes!,
        counts: target.confusion!,
        title: `${target.name}: confusion matrix (${x.rows} rows)`,
      });
      paths.push(await writeChart(dir, `confusion-${fileName(target.name)}`, svg));
    }
    return paths;
  }
  for (const [t, target] of schema.targets.entries()) {
    const column = (m: Matrix) => Array.from({ length: m.rows }, (_, i) => m.get(i, t));
    const svg = await scatterChart({
      x: column(y),
      y: column(predicted),
      title: `${target.name}: predicted versus true (${x.rows} rows)`,
      diagonal: true,
    });
    paths.push(await writeChart(dir, `predicted-${fileName(target.name)}`, svg));
  }
  return paths;
}

/** A column name made safe as a file name. */
function fileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.-]+/gu, "_");
}
