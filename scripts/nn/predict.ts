/**
 * `nn predict`: a CSV file's rows with the model's predictions appended,
 * streamed a block of rows at a time, to a file (atomically) or to stdout.
 *
 * @module
 */
import { stringify } from "npm:csv-stringify@^6/sync";
import { Matrix, PredictionError } from "../../mod.ts";
import { writeFileAtomic } from "../../io/mod.ts";
import { type Command, delimiterFlag, type Flags, type Output, required } from "./command.ts";
import { type CsvFile, type CsvRecord, DataError, openCsv } from "./csv.ts";
import { checkOutFile } from "./files.ts";
import { loadTrained, type Trained } from "./model.ts";
import { inputWidth, isMulticlass } from "./schema.ts";
import { classesOf, outputsOf } from "./scores.ts";
import { featureEncoder, predictionFailure, type RowEncoder } from "./table.ts";

/** Rows predicted per block. */
const BLOCK = 1024;

/**
 * Names of the prediction columns: `predicted_<target>` for every target and,
 * for classifiers, `probability_<target>_<class>` for every class. A name the
 * file already has gets `_2` (or `_3`, …) appended.
 */
export function predictionColumns({ schema }: Trained, header: readonly string[]): string[] {
  const names = schema.targets.flatMap((target) => [
    `predicted_${target.name}`,
    ...(target.classes ?? []).map((c) => `probability_${target.name}_${c}`),
  ]);
  const taken = new Set(header);
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}_${n}`;
    taken.add(unique);
    return unique;
  });
}

/** The prediction cells of each row of a block, in the order of {@linkcode predictionColumns}. */
function predictionCells({ model, schema }: Trained, x: Matrix): string[][] {
  const out = outputsOf(model, schema, x);
  if (schema.task === "regression") {
    return Array.from({ length: x.rows }, (_, i) => Array.from(out.row(i), String));
  }
  if (isMulticlass(schema)) {
    const classes = schema.targets[0].classes!;
    const labels = classesOf(out, -1);
    return Array.from({ length: x.rows }, (_, i) => [
      classes[labels[i]],
      ...Array.from(out.row(i), String),
    ]);
  }
  const labels = schema.targets.map((_, t) => classesOf(out, t));
  return Array.from({ length: x.rows }, (_, i) =>
    schema.targets.flatMap(({ classes }, t) => {
      const p = out.get(i, t);
      return [classes![labels[t][i]], String(1 - p), String(p)];
    }));
}

/** The output CSV text, header first, one block of rows per chunk. */
async function* predictionText(
  trained: Trained,
  file: CsvFile,
  encode: RowEncoder,
  count: { rows: number; interrupted: boolean },
): AsyncGenerator<string> {
  const options = { delimiter: file.delimiter, record_delimiter: "unix" as const };
  yield stringify([[...file.header, ...predictionColumns(trained, file.header)]], options);
  const inputs = inputWidth(trained.schema);
  const x = new Float64Array(BLOCK * inputs);
  let block: CsvRecord[] = [];
  const flush = () => {
    const m = new Matrix(block.length, inputs, x.subarray(0, block.length * inputs));
    let cells;
    try {
      cells = predictionCells(trained, m);
    } catch (error) {
      // The error's row counts from the block's first row, which is block[0].
      if (error instanceof PredictionError) {
        throw predictionFailure(file, block[error.row].line, error);
      }
      throw error;
    }
    const text = stringify(block.map((record, i) => [...record.fields, ...cells[i]]), options);
    count.rows += block.length;
    block = [];
    return text;
  };
  for await (const record of file.records()) {
    if (count.interrupted) throw new Error("interrupted (Ctrl-C)");
    encode(record, x, block.length * inputs);
    block.push(record);
    if (block.length === BLOCK) yield flush();
  }
  if (block.length > 0) yield flush();
}

async function run(flags: Flags, output: Output): Promise<number> {
  const out = flags.out as string | undefined;
  if (out === undefined && output.json) {
    throw new RangeError("--json needs --out: without it the predictions themselves go to stdout");
  }
  if (out !== undefined) {
    await checkOutFile(out, "--out", {
      "--model": flags.model as string | undefined,
      "--data": flags.data as string | undefined,
    });
  }
  const trained = await loadTrained(required(flags, "model", "predict"));
  const delimiter = delimiterFlag(flags);
  const file = await openCsv(required(flags, "data", "predict"), { delimiter });
  const encode = featureEncoder(file, trained.schema);
  const count = { rows: 0, interrupted: false };
  if (out === undefined) {
    await toStdout(predictionText(trained, file, encode, count));
    return 0;
  }
  // Ctrl-C ends the output early through an error, so the temporary file is removed.
  const interrupt = () => (count.interrupted = true);
  Deno.addSignalListener("SIGINT", interrupt);
  try {
    await writeFileAtomic(out, predictionText(trained, file, encode, count));
  } catch (error) {
    if (count.interrupted) {
      console.error(`Interrupted: ${out} was not written (an existing file is unchanged)`);
      return 130;
    }
    const cause = (error as Error).cause;
    if (cause instanceof DataError) {
      throw new DataError(`${cause.message}\n${out} was not written`, { cause });
    }
    throw error;
  } finally {
    Deno.removeSignalListener("SIGINT", interrupt);
  }
  if (count.interrupted) {
    console.error(`Interrupted once every row was predicted: ${out} is written, complete`);
    return 130;
  }
  if (output.json) {
    console.log(
      JSON.stringify({
        command: "predict",
        model: trained.path,
        data: file.path,
        rows: count.rows,
        out,
      }),
    );
  } else {
    output.log(
      `Predicted ${count.rows} rows of ${file.path} with ${trained.path}; written to ${out}`,
    );
  }
  return 0;
}

/** Writes chunks to stdout; a reader that stops early (`| head`) ends the output quietly. */
async function toStdout(chunks: AsyncGenerator<string>): Promise<void> {
  const encoder = new TextEncoder();
  try {
    for await (const chunk of chunks) {
      const bytes = encoder.encode(chunk);
      for (let offset = 0; offset < bytes.length;) {
        offset += await Deno.stdout.write(bytes.subarray(offset));
      }
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.BrokenPipe)) throw error;
    await chunks.return(undefined);
  }
}

/** The `predict` command. */
export const predictCommand: Command = {
  name: "predict",
  summary: "append a saved model's predictions to the rows of a CSV file",
  usage: "--model MODEL.json --data FILE.csv [--out PRED.csv] [options]",
  flags: {
    model: ["string", "MODEL.json", "a model saved by nn train"],
    data: [
      "string",
      "FILE.csv",
      "rows with the model's feature columns (any order; others are copied)",
    ],
    out: ["string", "PRED.csv", "where to write (replaced atomically); default stdout"],
    delimiter: ["string", "C", "field delimiter of the input and output (default: detected)"],
  },
  examples: [
    "nn predict --model iris.json --data new-flowers.csv --out predictions.csv",
    "nn predict --model houses.json --data listings.csv | head",
  ],
  run,
};
