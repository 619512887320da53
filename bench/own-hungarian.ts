// Our own maximum-weight assignment (shortest augmenting paths with potentials, the
// Jonker–Volgenant / e-maxx form of the Hungarian method, O(n²m), typed arrays). Kept
// only for the benchmark: `munkres` measured faster, so the engine uses that instead.
import { silentControl, type Control } from '../src/lib/matching/progress.ts';

/**
 * weights[r * cols + c] >= 0, 0 meaning "no edge". Returns, for every row, the column it
 * is assigned to (or -1). Every row gets a column when rows <= cols; callers drop
 * assignments to 0-weight cells.
 */
export function ownMaxWeightAssignment(
  rows: number,
  cols: number,
  weights: Float64Array,
  control: Control = silentControl,
): Int32Array {
  if (rows === 0 || cols === 0) return new Int32Array(rows).fill(-1);
  if (rows > cols) {
    const transposed = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) transposed[c * rows + r] = weights[r * cols + c]!;
    const colToRow = solve(cols, rows, transposed, control);
    const rowToCol = new Int32Array(rows).fill(-1);
    colToRow.forEach((r, c) => {
      if (r >= 0) rowToCol[r] = c;
    });
    return rowToCol;
  }
  return solve(rows, cols, weights, control);
}

/** rows <= cols. Minimises cost = −weight. Column 0 / row 0 are the e-maxx sentinels. */
function solve(n: number, m: number, weights: Float64Array, control: Control): Int32Array {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1); // 0 = free
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  const colOfRow = new Int32Array(n + 1);

  // Row reduction plus greedy assignment of each row to a free column at its row minimum:
  // a valid start (reduced costs >= 0, assigned pairs tight, free columns keep v = 0).
  for (let i = 1; i <= n; i++) {
    const base = (i - 1) * m;
    let best = Infinity;
    let bestCol = 0;
    // Among equally cheap columns take a free one: with many tied scores this leaves far
    // fewer rows for the augmenting phase.
    for (let j = 1; j <= m; j++) {
      const cost = -weights[base + j - 1]!;
      if (cost < best || (cost === best && rowOfCol[bestCol] !== 0 && rowOfCol[j] === 0)) {
        best = cost;
        bestCol = j;
      }
    }
    u[i] = best;
    if (rowOfCol[bestCol] === 0) {
      rowOfCol[bestCol] = i;
      colOfRow[i] = bestCol;
    }
  }

  for (let i = 1; i <= n; i++) {
    if (colOfRow[i] !== 0) continue;
    if ((i & 31) === 0) control.tick('solve', i / n);
    rowOfCol[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOfCol[j0]!;
      const ui0 = u[i0]!;
      const base = (i0 - 1) * m - 1;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j] !== 0) continue;
        const cur = -weights[base + j]! - ui0 - v[j]!;
        let mv = minv[j]!;
        if (cur < mv) {
          mv = cur;
          minv[j] = cur;
          way[j] = j0;
        }
        if (mv < delta) {
          delta = mv;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j] !== 0) {
          const r = rowOfCol[j]!;
          u[r] = u[r]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOfCol[j0] = rowOfCol[j1]!;
      j0 = j1;
    } while (j0 !== 0);
    // Augmenting only re-pairs rows that were already assigned, so marking row i suffices.
    colOfRow[i] = 1;
  }
  const result = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const r = rowOfCol[j]!;
    if (r !== 0) result[r - 1] = j - 1;
  }
  return result;
}
