/**
 * Model files that never lose work: atomic writes, saving and loading models
 * with errors that name the file and the bad field, and a training callback
 * that saves checkpoints. Uses Deno's file system API.
 *
 * @example Save a model, then load it
 * ```ts
 * import { Sequential } from "@backprop/core";
 * import { loadModel, saveModel } from "@backprop/core/io";
 * import assert from "node:assert/strict";
 *
 * const model = Sequential.fromArchitecture([
 *   { inputDim: 2, outputDim: 3, activation: "tanh" },
 *   { inputDim: 3, outputDim: 1, activation: "sigmoid" },
 * ], { seed: 42 });
 * const dir = await Deno.makeTempDir();
 * try {
 *   await saveModel(`${dir}/model.json`, model);
 *   const copy = await loadModel(`${dir}/model.json`);
 *   assert.deepEqual(copy.toJSON(), model.toJSON());
 * } finally {
 *   await Deno.remove(dir, { recursive: true });
 * }
 * ```
 *
 * @module
 */
export { writeFileAtomic, writeFileAtomicSync } from "./atomic.ts";
export {
  loadModel,
  loadModelSync,
  type LoadOptions,
  ModelFileError,
  type ModelFileErrorOptions,
  saveModel,
  saveModelSync,
} from "./model_file.ts";
export { checkpoint, type CheckpointOptions } from "./checkpoint.ts";
export {
  type NotebookChannel,
  notebookProgress,
  type NotebookProgressOptions,
} from "./notebook_progress.ts";
