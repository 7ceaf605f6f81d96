/**
 * What the notebooks share for talking to Deno's Jupyter kernel.
 *
 * Deno's kernel sends a cell's displays from the thread that runs the cell,
 * when the cell gives the event loop a turn; `await Deno.jupyter.display(…)`
 * alone does not. Displays queued faster than they go out are lost, or arrive
 * after the cell has ended, which a headless run (nbconvert) records as
 * missing: of ten displays in a row, as few as two arrived. These wait after
 * each display, as `notebookProgress` does after each update: a few
 * milliseconds rather than a single turn, because a large display (a chart of
 * 460 KB, 003_moons' decision boundary) at the end of a cell was still seen to go missing
 * now and then in full test runs when given only one turn.
 *
 * @module
 */

/** Milliseconds to wait after a display: several turns of the event loop, in which the kernel sends it. */
const SEND_MS = 30;

/** A pause in which the kernel sends what is queued. */
function turn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SEND_MS));
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
