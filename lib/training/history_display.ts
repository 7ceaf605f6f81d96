/**
 * A training history in a notebook: its loss curves as a chart.
 *
 * @module
 */
import {
  COLORS,
  escapeHtml,
  lineChart,
  type MediaBundle,
  type Series,
  withDisplay,
} from "../primitives/display.ts";
import type { History } from "./types.ts";

/** One line on what happened: epochs, first and last loss, why it stopped. */
export function historyText(history: History): string {
  const last = (values: number[]) => values.length === 0 ? "" : values.at(-1)!.toPrecision(4);
  const parts = [
    `${history.epochs} epoch${history.epochs === 1 ? "" : "s"}`,
    `loss ${
      history.loss.length === 0 ? "–" : `${history.loss[0].toPrecision(4)} → ${last(history.loss)}`
    }`,
  ];
  if (history.valLoss.length > 0) parts.push(`validation loss ${last(history.valLoss)}`);
  for (const [name, values] of Object.entries(history.metrics)) {
    if (values.length > 0) parts.push(`${name} ${last(values)}`);
  }
  const stop = history.stopReason === "epochs" ? "" : `; ${history.stopMessage}`;
  return `History: ${parts.join(", ")}${stop}`;
}

/** The mime bundle: the line above, and the training and validation loss per epoch. */
export function historyDisplay(history: History): MediaBundle {
  const series: Series[] = [{ name: "loss", values: history.loss, color: COLORS.blue }];
  if (history.valLoss.length > 0) {
    series.push({ name: "validation", values: history.valLoss, color: COLORS.orange });
  }
  const text = historyText(history);
  return {
    "text/plain": text,
    "text/html": `<div>${escapeHtml(text)}</div>${lineChart(series, "epoch", "loss")}`,
  };
}

/** Gives `history` its notebook display. */
export function displayable(history: History): History {
  return withDisplay(history, historyDisplay);
}
