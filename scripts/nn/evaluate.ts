/**
 * `nn evaluate`: a saved model's loss and metrics on a labelled CSV file.
 *
 * @module
 */
import { EvaluationError, PredictionError } from "../../mod.ts";
import { type Command, delimiterFlag, type Flags, type Output, required } from "./command.ts";
import { DataError, openCsv } from "./csv.ts";
import { loadTrained } from "./model.ts";
import { checkMetricsFor, METRICS_HELP, metricsFlag, score, scoreLines } from "./scores.ts";
import { encodeFile, predictionFailure } from "./table.ts";

async function run(flags: Flags, output: Output): Promise<number> {
  const { path, model, schema } = await loadTrained(required(flags, "model", "evaluate"));
  const metrics = metricsFlag(flags.metrics as string | undefined);
  checkMetricsFor(metrics, schema);
  const delimiter = delimiterFlag(flags);
  const file = await openCsv(required(flags, "data", "evaluate"), { delimiter });
  const { x, y, lines } = await encodeFile(file, schema);
  let scores;
  try {
    scores = score(model, schema, x, y, metrics);
  } catch (error) {
    if (error instanceof PredictionError) throw predictionFailure(file, lines[error.row], error);
    if (error instanceof EvaluationError) {
      throw new DataError(
        `${file.path}: line ${lines[error.row]}: the ${schema.loss} loss for this row is ` +
          `${error.value}, though the model's prediction is finite; its target or inputs are ` +
          "probably far outside the range of the training data",
        { cause: error },
      );
    }
    throw error;
  }
  if (output.json) {
    console.log(
      JSON.stringify({
        command: "evaluate",
        model: path,
        data: file.path,
        task: schema.task,
        ...scores,
      }),
    );
  } else {
    scoreLines(`${file.path} with ${path}`, scores).forEach((line) => output.log(line));
  }
  return 0;
}

/** The `evaluate` command. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "score a saved model on a labelled CSV file",
  usage: "--model MODEL.json --data FILE.csv [options]",
  flags: {
    model: ["string", "MODEL.json", "a model saved by nn train"],
    data: [
      "string",
      "FILE.csv",
      "rows with the model's feature and target columns (any order, others ignored)",
    ],
    delimiter: ["string", "C", "field delimiter (default: detected from the header)"],
    metrics: ["string", "NAMES", METRICS_HELP],
  },
  examples: [
    "nn evaluate --model iris.json --data iris-test.csv",
    "nn evaluate --model houses.json --data houses-2025.csv --json",
  ],
  run,
};
