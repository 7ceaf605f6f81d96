/** Test helpers: plain-array linear algebra, obviously right, to check the kernels against. */

/** `a·b` for rows of numbers. */
export function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}

/** The transpose of rows of numbers. */
export function transpose(a: number[][]): number[][] {
  return a[0].map((_, j) => a.map((row) => row[j]));
}
