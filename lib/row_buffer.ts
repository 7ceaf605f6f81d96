/**
 * Reusable work buffers whose row count follows the batch.
 *
 * @module
 */
import { allocate } from "./kernels.ts";
import { Matrix } from "./matrix.ts";

/** How many row counts a buffer keeps views for: a full batch, a last smaller one, a validation block. */
const VIEWS = 4;

/**
 * A buffer of `cols` columns: called with a row count, it returns a matrix of
 * that many rows. The matrices for the last few row counts are kept, so a loop
 * that alternates a few batch sizes allocates nothing after its first pass.
 * Each has its own storage from the active kernels (never a `subarray` of a
 * shared one, which would not keep WebAssembly memory alive). A returned matrix
 * is valid until the next call.
 */
export function rowBuffer(cols: number): (rows: number) => Matrix {
  const views: Matrix[] = [];
  return (rows) => {
    for (let v = 0; v < views.length; v++) {
      if (views[v].rows === rows) return views[v];
    }
    const view = new Matrix(rows, cols, allocate(rows * cols));
    if (views.length === VIEWS) views.shift();
    views.push(view);
    return view;
  };
}
