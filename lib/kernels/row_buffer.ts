/**
 * Reusable work buffers whose row count follows the batch.
 *
 * @module
 */
import { allocate } from "./backend.ts";
import { Matrix, subview } from "../primitives/matrix.ts";

/** How many row counts a buffer keeps views for: a full batch, a last smaller one, a validation block. */
const VIEWS = 4;

/**
 * A buffer of `cols` columns: called with a row count, it returns a matrix of
 * that many rows. All the matrices are views of one storage from the active
 * kernels, grown (at least doubling) to the largest row count asked for, and
 * the views for the last few row counts are kept, so a loop that alternates a
 * few batch sizes allocates nothing after its first pass. A returned matrix's
 * values last until the next call (the views share their storage); the matrix
 * keeps its storage alive, outgrown or not (see `subview`).
 */
export function rowBuffer(cols: number): (rows: number) => Matrix {
  let storage: Float64Array = new Float64Array(0);
  const views: Matrix[] = [];
  return (rows) => {
    for (let v = 0; v < views.length; v++) {
      if (views[v].rows === rows) return views[v];
    }
    if (rows * cols > storage.length) {
      storage = allocate(Math.max(rows * cols, 2 * storage.length));
      views.length = 0;
    }
    const view = new Matrix(rows, cols, subview(storage, 0, rows * cols));
    if (views.length === VIEWS) views.shift();
    views.push(view);
    return view;
  };
}
