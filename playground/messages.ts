/**
 * What the page and the playground's worker say to each other. Every reply
 * carries the `runId` of the reset it belongs to, so the page drops replies
 * of a run it has replaced.
 *
 * @module
 */
import type { Config, Domain } from "./config.ts";

/** A request from the page. */
export type Request =
  | { type: "reset"; runId: number; config: Config }
  | { type: "play"; stopAt: number | null }
  | { type: "pause" }
  | { type: "speed"; speed: number }
  | { type: "step" }
  | { type: "gradcheck" }
  | { type: "export" };

/** A reply from the worker. */
export type Reply = Setup | Snapshot | GradCheckReply | ExportReply | ErrorReply;

/** A heatmap: `size × size` values in [−1, 1], row by row from the top. */
export interface Heatmap {
  size: number;
  values: Float32Array<ArrayBuffer>;
}

/** What stays fixed during a run: the points, the shapes, the input features' heatmaps. */
export interface Setup {
  type: "setup";
  runId: number;
  domain: Domain;
  kind: "classification" | "regression";
  x1: number[];
  x2: number[];
  /** Label or target of each point. */
  value: number[];
  /** Whether each point is a test point. */
  test: boolean[];
  /** Widths of the layers, inputs first. */
  widths: number[];
  /** Each feature's heatmap, in the order of `config.features`. */
  features: Heatmap[];
  batchesPerEpoch: number;
  batchSize: number;
}

/** A layer's parameters: `weights` is inputs × outputs, row by row. */
export interface LayerWeights {
  rows: number;
  cols: number;
  weights: Float64Array;
  bias: Float64Array | null;
}

/** Loss points per epoch; the page keeps its first `from` points and appends these. */
export interface HistoryUpdate {
  from: number;
  epochs: number[];
  train: number[];
  test: (number | null)[];
}

/** The state of a run after its latest step, at most about 30 times a second. */
export interface Snapshot {
  type: "snapshot";
  runId: number;
  step: number;
  epoch: number;
  playing: boolean;
  /** Whether the worker has just paused by itself, having reached the step to stop at. */
  finished: boolean;
  trainLoss: number;
  testLoss: number | null;
  layers: LayerWeights[];
  /** The network's output over the domain (probability of class 1 as 2p − 1, or the target). */
  output: Heatmap;
  /**
   * Each drawn unit of each layer over the domain: a hidden unit's output
   * scaled by its largest |value|, an output unit's as `output` maps it.
   */
  units: Heatmap[][];
  history: HistoryUpdate;
  /** The step just taken (or the next one, before the first), or `null` if unchanged. */
  explain: Explanation | null;
}

/** A matrix as the explained step shows it: its shape and its first rows and columns. */
export interface Block {
  rows: number;
  cols: number;
  values: number[][];
}

/** One layer's part in the explained step. */
export interface ExplainLayer {
  inputs: number;
  outputs: number;
  activation: string;
  delta: Block;
  weightGradient: Block;
  biasGradient: Block | null;
}

/** One training step's backpropagation, from `model.trace` on its batch before the update. */
export interface Explanation {
  /** The step's number, from 1 (when `taken` is false, the number of the step about to be taken). */
  step: number;
  /** Whether the step has been taken; `false` shows the next step before it is taken. */
  taken: boolean;
  epoch: number;
  /** The batch's number in its epoch, from 1. */
  batch: number;
  batches: number;
  loss: number;
  lossName: string;
  fused: string | null;
  /** Rows in the batch. */
  rows: number;
  /** Input side first. */
  layers: ExplainLayer[];
}

/** The result of a gradient check of the current network on the next batch. */
export interface GradCheckReply {
  type: "gradcheck";
  runId: number;
  passed: boolean;
  maxRelativeError: number;
  worst: string | null;
  checked: number;
  kinks: number;
  problems: string[];
  rows: number;
  step: number;
}

/** The trained model as files. */
export interface ExportReply {
  type: "export";
  runId: number;
  json: string;
  onnx: Uint8Array<ArrayBuffer>;
}

/** Something went wrong in the worker; the run is paused. */
export interface ErrorReply {
  type: "error";
  runId: number;
  message: string;
}
