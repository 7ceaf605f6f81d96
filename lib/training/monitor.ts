/**
 * Watching one logged value across epochs, as early stopping and best-model
 * checkpoints do.
 *
 * @module
 */

/** Whether a smaller or a larger value is better. */
export type MonitorMode = "min" | "max";

/**
 * The direction of a logged value: `"max"` for scores (accuracy, precision,
 * recall, F1, AUC, R²), `"min"` for losses and errors.
 *
 * @param monitor A log name such as `"valLoss"` or `"accuracy"`.
 * @returns The mode.
 */
export function monitorMode(monitor: string): MonitorMode {
  return /(accuracy|precision|recall|f1|auc|r2)$/i.test(monitor) ? "max" : "min";
}

/**
 * The value watched when none is named: `"valLoss"` with validation data, else `"loss"`.
 *
 * @param validation Whether training has validation data.
 */
export function defaultMonitor(validation: boolean): string {
  return validation ? "valLoss" : "loss";
}

/**
 * The error for a monitored name that training does not log.
 *
 * @param owner Who asks (`"fit earlyStopping"`, `"checkpoint"`).
 * @param monitor The name asked for.
 * @param logged The names training logs.
 */
export function unloggedMonitor(
  owner: string,
  monitor: string,
  logged: readonly string[],
): RangeError {
  return new RangeError(
    `${owner} monitors "${monitor}", which training does not log; it logs ${
      logged.map((k) => `"${k}"`).join(", ")
    }`,
  );
}

/**
 * Reads the monitored value from an epoch's logs.
 *
 * @param logs The epoch's logged values by name.
 * @param monitor The name to read.
 * @param owner Who asks, for messages (`"earlyStopping"`).
 * @returns The value.
 * @throws {RangeError} If the logs have no such name; the message lists the names they have.
 */
export function monitorValue(
  logs: Readonly<Record<string, number>>,
  monitor: string,
  owner: string,
): number {
  const value = logs[monitor];
  if (typeof value !== "number") throw unloggedMonitor(owner, monitor, Object.keys(logs));
  return value;
}

/**
 * Whether `value` beats `best` by more than `minDelta` in the given direction.
 *
 * @param mode Which direction is better.
 * @param value The new value.
 * @param best The best value so far (`undefined` before the first).
 * @param minDelta The smallest change that counts.
 */
export function improves(
  mode: MonitorMode,
  value: number,
  best: number | undefined,
  minDelta = 0,
): boolean {
  if (best === undefined) return true;
  return mode === "min" ? value < best - minDelta : value > best + minDelta;
}
