/** Numbers the reference notebooks printed (`../shared/seeds/`), for fidelity tests. */

/** Notebook 000: the untrained 2-3-2 network's forward pass on XOR's four rows, row by row. */
export const NOTEBOOK_000_FORWARD: readonly number[] = [
  0.5,
  0.5,
  0.52153874,
  0.47846126,
  0.65079658,
  0.34920342,
  0.62154818,
  0.37845182,
];
