// Dense rectangular assignment in the Jonker–Volgenant style: a cheap start (row
// reduction, then augmenting row reduction), then one shortest augmenting path per row
// still free (Crouse's form, as in scipy's linear_sum_assignment). Potentials move only
// for the columns a path scanned, so a path costs O(scanned × cols), not O(cols²).
//
// Capacities do not copy the matrix: column j reads base column colOwner[j] (a mentor's
// slots share one column of costs), and row i reads base row rowOwner[i]. Costs are
// integers below 2^53, so every sum and comparison is exact and the result depends only
// on the costs and their order — deterministic, whatever the platform.
import { silentControl, type Control } from '../progress.ts';

export interface AssignmentCosts {
  readonly rows: number;
  /** At least `rows`: every row gets a column. */
  readonly cols: number;
  /** Base matrix, `baseCols` wide; cell (i, j) is cost[rowOwner[i] * baseCols + colOwner[j]]. */
  readonly cost: Float64Array;
  readonly baseCols: number;
  readonly rowOwner: Int32Array;
  readonly colOwner: Int32Array;
}

/** Minimum-cost assignment of every row to a distinct column; returns the column of each row. */
export function lapjv(p: AssignmentCosts, control: Control = silentControl): Int32Array {
  return lapjvWithPrices(p, control).col4row;
}

/**
 * lapjv, also returning the final column prices v (with the row potentials they make
 * every assigned cell tight and no cell negative). `initialPrices` may seed v, but only
 * for a square problem (rows === cols): with free columns left over, optimality needs
 * their price to stay 0, which a seed would break.
 */
export function lapjvWithPrices(
  p: AssignmentCosts,
  control: Control = silentControl,
  initialPrices?: Float64Array,
): { col4row: Int32Array; v: Float64Array } {
  const { rows, cols } = p;
  if (rows > cols) throw new RangeError('lapjv needs rows <= cols');
  if (initialPrices !== undefined && rows !== cols) throw new RangeError('lapjv: initial prices need a square problem');
  const col4row = new Int32Array(rows).fill(-1);
  const row4col = new Int32Array(cols).fill(-1);
  // v stays 0 on every column that is still free: with more columns than rows, that is
  // what makes the final potentials prove optimality (free columns carry no price).
  const v = initialPrices === undefined ? new Float64Array(cols) : Float64Array.from(initialPrices);
  if (rows === 0) return { col4row, v };
  const free = startByRowReduction(p, v, col4row, row4col);
  let freeCount = free.length;
  if (cols > 1) freeCount = augmentingRowReduction(p, v, col4row, row4col, free, freeCount);
  const u = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const j = col4row[i]!;
    if (j >= 0) u[i] = p.cost[p.rowOwner[i]! * p.baseCols + p.colOwner[j]!]! - v[j]!;
  }
  shortestAugmentingPaths(p, u, v, col4row, row4col, free.subarray(0, freeCount), control);
  return { col4row, v };
}

/** Each row takes its cheapest column (cost − price) if still free (a free one among equally cheap ones). */
function startByRowReduction(p: AssignmentCosts, v: Float64Array, col4row: Int32Array, row4col: Int32Array): Int32Array {
  const { rows, cols, cost, baseCols, rowOwner, colOwner } = p;
  const free: number[] = [];
  for (let i = 0; i < rows; i++) {
    const base = rowOwner[i]! * baseCols;
    let best = Infinity;
    let bestCol = -1;
    for (let j = 0; j < cols; j++) {
      const c = cost[base + colOwner[j]!]! - v[j]!;
      if (c < best || (c === best && row4col[bestCol]! >= 0 && row4col[j]! < 0)) {
        best = c;
        bestCol = j;
      }
    }
    if (row4col[bestCol]! < 0) {
      row4col[bestCol] = i;
      col4row[i] = bestCol;
    } else free.push(i);
  }
  return Int32Array.from(free);
}

/**
 * JV's augmenting row reduction: a free row takes its best column, lowering that
 * column's price to where its second best would be, and the row it displaces becomes
 * free. Two passes, and a step cap because long chains of tiny price cuts are where the
 * shortest paths are cheaper.
 */
function augmentingRowReduction(
  p: AssignmentCosts,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  free: Int32Array,
  freeCount: number,
): number {
  const { cols, cost, baseCols, rowOwner, colOwner } = p;
  let budget = 4 * p.rows + 16;
  for (let pass = 0; pass < 2 && freeCount > 0; pass++) {
    let k = 0;
    const previous = freeCount;
    freeCount = 0;
    while (k < previous) {
      if (budget-- <= 0) {
        while (k < previous) free[freeCount++] = free[k++]!;
        return freeCount;
      }
      const i = free[k++]!;
      const base = rowOwner[i]! * baseCols;
      let u1 = cost[base + colOwner[0]!]! - v[0]!;
      let j1 = 0;
      let u2 = Infinity;
      let j2 = -1;
      for (let j = 1; j < cols; j++) {
        const h = cost[base + colOwner[j]!]! - v[j]!;
        if (h < u2) {
          if (h >= u1) {
            u2 = h;
            j2 = j;
          } else {
            u2 = u1;
            u1 = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = row4col[j1]!;
      if (u1 < u2) v[j1] = v[j1]! - (u2 - u1);
      else if (i0 >= 0) {
        j1 = j2;
        i0 = row4col[j1]!;
      }
      if (i0 >= 0) {
        col4row[i0] = -1;
        if (u1 < u2) free[--k] = i0;
        else free[freeCount++] = i0;
      }
      row4col[j1] = i;
      col4row[i] = j1;
    }
  }
  return freeCount;
}

function shortestAugmentingPaths(
  p: AssignmentCosts,
  u: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  freeRows: Int32Array,
  control: Control,
): void {
  const { rows, cols, cost, baseCols, rowOwner, colOwner } = p;
  const distance = new Float64Array(cols);
  const path = new Int32Array(cols);
  const remaining = new Int32Array(cols);
  const scannedRows = new Int32Array(rows);
  const scannedCols = new Int32Array(cols);
  for (let f = 0; f < freeRows.length; f++) {
    if ((f & 15) === 0) control.tick('solve', f / freeRows.length);
    const start = freeRows[f]!;
    distance.fill(Infinity);
    // Scanned in descending order, like scipy, so ties resolve the same way on every run.
    for (let it = 0; it < cols; it++) remaining[it] = cols - 1 - it;
    let remainingCount = cols;
    let rowCount = 0;
    let colCount = 0;
    let minVal = 0;
    let i = start;
    let sink = -1;
    while (sink < 0) {
      scannedRows[rowCount++] = i;
      const base = rowOwner[i]! * baseCols;
      const offset = minVal - u[i]!;
      let lowest = Infinity;
      let index = -1;
      for (let it = 0; it < remainingCount; it++) {
        const j = remaining[it]!;
        const r = offset + cost[base + colOwner[j]!]! - v[j]!;
        let d = distance[j]!;
        if (r < d) {
          path[j] = i;
          distance[j] = r;
          d = r;
        }
        if (d < lowest || (d === lowest && row4col[j]! < 0)) {
          lowest = d;
          index = it;
        }
      }
      minVal = lowest;
      const j = remaining[index]!;
      scannedCols[colCount++] = j;
      remaining[index] = remaining[--remainingCount]!;
      if (row4col[j]! < 0) sink = j;
      else i = row4col[j]!;
    }
    u[start] = u[start]! + minVal;
    for (let k = 1; k < rowCount; k++) {
      const r = scannedRows[k]!;
      u[r] = u[r]! + minVal - distance[col4row[r]!]!;
    }
    for (let k = 0; k < colCount; k++) {
      const j = scannedCols[k]!;
      v[j] = v[j]! - (minVal - distance[j]!);
    }
    let j = sink;
    for (;;) {
      const r = path[j]!;
      row4col[j] = r;
      const previous = col4row[r]!;
      col4row[r] = j;
      if (r === start) break;
      j = previous;
    }
  }
  control.tick('solve', 1);
}
