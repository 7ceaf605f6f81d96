/**
 * Live training progress in a notebook run by Deno's Jupyter kernel: one
 * display, updated in place after every epoch.
 *
 * @module
 */
import type { Callback, EpochEvent } from "../lib/training/types.ts";
import { COLORS, escapeHtml, lineChart, type Series } from "../lib/primitives/display.ts";
import { checkOptions } from "../lib/primitives/options.ts";

/** The part of `Deno.jupyter` that {@linkcode notebookProgress} uses (present only inside `deno jupyter`). */
export interface NotebookChannel {
  /** Sends a message of Jupyter's protocol (`display_data`, `update_display_data`) to the notebook. */
  broadcast(type: string, content: Record<string, unknown>): Promise<void>;
}

/** Options of {@linkcode notebookProgress}. */
export interface NotebookProgressOptions {
  /** The epochs `fitAsync` will run, shown as `epoch 3 / 50`. */
  epochs?: number;
  /** Where to send displays; by default `Deno.jupyter`, which exists only in a notebook. */
  jupyter?: NotebookChannel;
}

/**
 * A `fitAsync` callback that shows, in a notebook cell, a line with the
 * epoch and the latest loss and metrics, over a chart of the loss so far,
 * updated in place after every epoch (Jupyter's `update_display_data`).
 *
 * @param options The epoch count to show and, for tests, the display channel.
 * @returns The callback.
 * @throws {Error} When called outside Deno's Jupyter kernel (no `Deno.jupyter`).
 * @throws {TypeError} For an unknown option.
 * @throws {RangeError} If `epochs` is not a positive integer.
 *
 * @example Watch training in a notebook cell
 * ```ts
 * import { moons, Sequential } from "@backprop/core";
 * import { notebookProgress } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const sent: string[] = [];
 * const jupyter = { broadcast: (type: string) => Promise.resolve(void sent.push(type)) };
 * const { x, y } = moons({ n: 100, seed: 1 });
 * const model = Sequential.fromArchitecture([{ inputDim: 2, outputDim: 1, activation: "sigmoid" }], { seed: 1 });
 * // In a notebook: callbacks: [notebookProgress({ epochs: 3 })]
 * await model.fitAsync(x, y, { loss: "logLoss", epochs: 3, callbacks: [notebookProgress({ epochs: 3, jupyter })] });
 * assert.deepEqual(sent, ["display_data", "update_display_data", "update_display_data"]);
 * ```
 */
export function notebookProgress(options: NotebookProgressOptions = {}): Callback {
  checkOptions("notebookProgress", options, ["epochs", "jupyter"]);
  const { epochs, jupyter: channel } = options;
  if (epochs !== undefined && !(Number.isSafeInteger(epochs) && epochs > 0)) {
    throw new RangeError(
      `notebookProgress epochs must be a positive integer, got ${String(epochs)}`,
    );
  }
  const jupyter = channel ?? kernel();
  if (jupyter === undefined) {
    throw new Error(
      "notebookProgress needs Deno's Jupyter kernel (deno jupyter); outside a notebook, use " +
        "fitAsync's onEpochEnd or the nn tool's progress line",
    );
  }
  const id = `backprop-${crypto.randomUUID()}`;
  const loss: number[] = [], valLoss: number[] = [];
  return {
    async onEpochEnd(event: EpochEvent) {
      loss.push(event.loss);
      if (event.valLoss !== undefined) valLoss.push(event.valLoss);
      const data = progressBundle(event, epochs, loss, valLoss);
      await jupyter.broadcast(event.epoch === 1 ? "display_data" : "update_display_data", {
        data,
        metadata: {},
        transient: { display_id: id },
      });
      // Deno's kernel sends what a cell queued when its event loop turns; without a turn,
      // updates pile up and some arrive after the cell has ended, or never.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

/** `Deno.jupyter`, or undefined where reading it throws (outside `deno jupyter`). */
function kernel(): NotebookChannel | undefined {
  try {
    return (globalThis as { Deno?: { jupyter?: NotebookChannel } }).Deno?.jupyter;
  } catch {
    return undefined;
  }
}

/** The line (`epoch 3 / 50 · loss 0.41 · valLoss 0.44 · accuracy 0.91`) and the chart. */
function progressBundle(
  event: EpochEvent,
  epochs: number | undefined,
  loss: number[],
  valLoss: number[],
): Record<string, string> {
  const values = Object.entries(event.logs).map(([name, v]) => `${name} ${v.toPrecision(4)}`);
  const line = [`epoch ${event.epoch}${epochs === undefined ? "" : ` / ${epochs}`}`, ...values]
    .join(" · ");
  const series: Series[] = [{ name: "loss", values: loss, color: COLORS.blue }];
  if (valLoss.length > 0) {
    series.push({ name: "validation", values: valLoss, color: COLORS.orange });
  }
  return {
    "text/plain": line,
    "text/html": `<div style="font-family:monospace">${escapeHtml(line)}</div>` +
      lineChart(series, "epoch", "loss"),
  };
}
