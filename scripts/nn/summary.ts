/**
 * `nn summary`: what a saved model is: its layers and, for a model trained by
 * `nn`, its columns, classes, scalers and loss.
 *
 * @module
 */
import { loadModel } from "../../io/mod.ts";
import { Dense } from "../../mod.ts";
import { type Command, type Flags, type Output, required } from "./command.ts";
import { hasSchema, inputNames, schemaOf } from "./schema.ts";

async function run(flags: Flags, output: Output): Promise<number> {
  const path = required(flags, "model", "summary");
  const model = await loadModel(path);
  const schema = hasSchema(model) ? schemaOf(model, path) : null;
  const scalers = {
    inputs: model.inputScaler?.kind ?? null,
    targets: model.targetScaler?.kind ?? null,
  };
  if (output.json) {
    console.log(JSON.stringify({
      command: "summary",
      model: path,
      layers: model.layers.map((layer) =>
        layer instanceof Dense
          ? {
            type: layer.type,
            inputs: layer.inputs,
            outputs: layer.outputs,
            activation: layer.activation.name,
            bias: layer.bias !== null,
          }
          : { type: layer.type, inputs: layer.inputs, outputs: layer.outputs, rate: layer.rate }
      ),
      parameters: model.parameterCount,
      scalers,
      metadata: model.metadata,
    }));
    return 0;
  }
  const log = output.log;
  log(`${path}:`);
  log(model.summary());
  log(`Scalers: inputs ${scalers.inputs ?? "none"}, targets ${scalers.targets ?? "none"}`);
  if (schema === null) {
    log("No column names: this model was not saved by nn train.");
    return 0;
  }
  log(`Task: ${schema.task}, loss ${schema.loss}`);
  log(`Inputs (${model.inputs}): ${inputNames(schema).join(", ")}`);
  for (const target of schema.targets) {
    log(
      `Target ${target.name}${
        target.classes ? `: classes ${target.classes.join(", ")}` : ": numeric"
      }`,
    );
  }
  const data = model.metadata.data as Record<string, unknown> | undefined;
  if (data !== undefined) log(`Trained on ${data.file} (${data.rows} rows, seed ${data.seed})`);
  return 0;
}

/** The `summary` command. */
export const summaryCommand: Command = {
  name: "summary",
  summary: "describe a saved model: layers, columns, classes, scalers",
  usage: "--model MODEL.json [--json]",
  flags: { model: ["string", "MODEL.json", "a saved model"] },
  examples: ["nn summary --model iris.json", "nn summary --model iris.json --json"],
  run,
};
