// Dense assignment (Hungarian method) via the `munkres` package: measured
// against our own shortest-augmenting-path Hungarian (bench/own-hungarian.ts) it was
// about 2× faster on every shape we benchmark, so the library does the work here.
import { munkres } from 'munkres';
import { silentControl, type Control } from './progress.ts';

/**
 * costs[r * cols + c] <= 0: the negated weight, 0 meaning "no edge". Returns, for every
 * row, the column it is assigned to (or -1); callers drop assignments to 0-cost cells.
 * Taking costs directly spares a second matrix of several megabytes.
 */
export function minCostAssignment(
  rows: number,
  cols: number,
  costs: Float64Array,
  control: Control = silentControl,
): Int32Array {
  const rowToCol = new Int32Array(rows).fill(-1);
  if (rows === 0 || cols === 0) return rowToCol;
  control.tick('solve', 0);
  const matrix = Array.from({ length: rows }, (_, r) => costs.subarray(r * cols, (r + 1) * cols));
  for (const [r, c] of munkres(matrix)) rowToCol[r] = c;
  control.tick('solve', 1);
  return rowToCol;
}
