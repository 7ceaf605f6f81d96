/**
 * What a model trained by `nn` knows about its data: the feature columns (and
 * the categories of one-hot encoded ones), the target columns (and their class
 * names), the task and the loss. It is saved in the model file's `metadata`,
 * so that `evaluate` and `predict` read new files by column name.
 *
 * Output layout: a regression model has one linear output per target. A
 * classifier with one target of three or more classes has one softmax output
 * per class; otherwise each target has two classes and one sigmoid output, the
 * probability of its second class.
 *
 * @module
 */
import type { ModelLayer, Prediction, Sequential } from "../../mod.ts";

/** What the model predicts. */
export type Task = "classification" | "regression";

/** A feature column: numeric, or text one-hot encoded over `categories`. */
export interface Feature {
  name: string;
  categories?: string[];
}

/** A target column: numeric for regression, or text/0-1 with `classes` for classification. */
export interface Target {
  name: string;
  classes?: string[];
}

/** Everything `nn` saves about the data a model was trained on. */
export interface Schema {
  task: Task;
  features: Feature[];
  targets: Target[];
  loss: string;
}

/** Number of network inputs: one per numeric feature, one per category. */
export function inputWidth(schema: Schema): number {
  return schema.features.reduce((n, f) => n + (f.categories?.length ?? 1), 0);
}

/** Whether the model has one softmax output per class of a single target. */
export function isMulticlass(schema: Schema): boolean {
  return schema.task === "classification" && (schema.targets[0].classes?.length ?? 0) > 2;
}

/** Number of network outputs. */
export function outputWidth(schema: Schema): number {
  return isMulticlass(schema) ? schema.targets[0].classes!.length : schema.targets.length;
}

/** The output layer's activation the task needs. */
export function outputActivation(schema: Schema): string {
  if (schema.task === "regression") return "linear";
  return isMulticlass(schema) ? "softmax" : "sigmoid";
}

/** The loss `--loss auto` picks. */
export function defaultLoss(schema: Schema): string {
  if (schema.task === "regression") return "mse";
  return isMulticlass(schema) ? "crossEntropy" : "logLoss";
}

/** Names of the network inputs: a feature's name, or `color=red` for a category. */
export function inputNames(schema: Schema): string[] {
  return schema.features.flatMap((f) =>
    f.categories === undefined ? [f.name] : f.categories.map((c) => `${f.name}=${c}`)
  );
}

/** The schema as model metadata, with where the data came from. */
export function schemaMetadata(
  schema: Schema,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return { ...structuredClone(schema), data };
}

/** Whether a model's metadata holds a schema (column names), as `nn train` saves one. */
export function hasSchema(model: Sequential<Prediction, ModelLayer>): boolean {
  return model.metadata.features !== undefined || model.metadata.targets !== undefined;
}

/**
 * The schema saved in a model file, checked field by field and against the
 * network's widths.
 *
 * @throws {Error} `model.json: metadata.targets[0].classes: expected …`; a
 *   model saved without `nn` is told apart.
 */
export function schemaOf(model: Sequential<Prediction, ModelLayer>, path: string): Schema {
  const meta = model.metadata;
  const fail = (field: string, expected: string): never => {
    throw new Error(`${path}: metadata.${field}: expected ${expected}`);
  };
  if (!hasSchema(model)) {
    throw new Error(
      `${path} has no column names (metadata.features and metadata.targets): ` +
        "it was not saved by nn train, so nn cannot match it to a CSV file's columns",
    );
  }
  if (meta.task !== "classification" && meta.task !== "regression") {
    fail("task", `"classification" or "regression", got ${JSON.stringify(meta.task)}`);
  }
  const task = meta.task as Task;
  const features = entries(meta.features, "features", fail).map((entry, i) =>
    column(entry, `features[${i}]`, "categories", fail)
  );
  const targets = entries(meta.targets, "targets", fail).map((entry, i) =>
    column(entry, `targets[${i}]`, "classes", fail)
  );
  if (typeof meta.loss !== "string") fail("loss", "a loss name");
  targets.forEach(({ levels }, i) => {
    if ((task === "classification") !== (levels !== undefined)) {
      fail(`targets[${i}]`, task === "classification" ? "classes" : "no classes for regression");
    }
  });
  if (
    targets.length > 1 && targets.some(({ levels }) => levels !== undefined && levels.length > 2)
  ) {
    fail("targets", "two classes per target when there are several targets");
  }
  const schema: Schema = {
    task,
    features: features.map(({ name, levels }) => levels ? { name, categories: levels } : { name }),
    targets: targets.map(({ name, levels }) => levels ? { name, classes: levels } : { name }),
    loss: meta.loss as string,
  };
  const widths: [string, number, number][] = [
    ["inputs", inputWidth(schema), model.inputs],
    ["outputs", outputWidth(schema), model.outputs],
  ];
  for (const [what, expected, actual] of widths) {
    if (expected !== actual) {
      throw new Error(
        `${path}: metadata describes ${expected} network ${what}, but the layers have ${actual}`,
      );
    }
  }
  return schema;
}

type Fail = (field: string, expected: string) => never;

function entries(value: unknown, field: string, fail: Fail): Record<string, unknown>[] {
  if (!Array.isArray(value) || value.length === 0) fail(field, "a non-empty array");
  return (value as unknown[]).map((entry, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      fail(`${field}[${i}]`, "an object");
    }
    return entry as Record<string, unknown>;
  });
}

function column(
  entry: Record<string, unknown>,
  field: string,
  levelsKey: string,
  fail: Fail,
): { name: string; levels?: string[] } {
  if (typeof entry.name !== "string" || entry.name === "") fail(`${field}.name`, "a column name");
  const levels = entry[levelsKey];
  if (levels === undefined) return { name: entry.name as string };
  const least = levelsKey === "classes" ? 2 : 1;
  if (
    !Array.isArray(levels) || levels.length < least ||
    levels.some((l) => typeof l !== "string") || new Set(levels).size !== levels.length
  ) {
    fail(`${field}.${levelsKey}`, `at least ${least === 2 ? "two" : "one"} different strings`);
  }
  return { name: entry.name as string, levels: levels as string[] };
}
