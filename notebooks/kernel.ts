/**
 * What the notebooks share for talking to Deno's Jupyter kernel.
 *
 * Deno's kernel sends a cell's displays from the thread that runs the cell,
 * when the cell gives the event loop a turn; `await Deno.jupyter.display(…)`
 * alone does not. Displays queued faster than they go out are lost, or arrive
 * after the cell has ended, which a headless run (nbconvert) records as
 * missing: of ten displays in a row, as few as two arrived. These wait one
 * turn after each display, as `notebookProgress` does after each update, and
 * then none is lost.
 *
 * @module
 */

/** One turn of the event loop, in which the kernel sends what is queued. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Shows `value` below the cell, in its rich display if it has one, and lets the kernel send it. */
export async function show(value: unknown): Promise<void> {
  await Deno.jupyter.display(value);
  await turn();
}

/** Shows an SVG document below the cell. */
export async function showSvg(svg: string): Promise<void> {
  await Deno.jupyter.display({ "image/svg+xml": svg }, { raw: true });
  await turn();
}
