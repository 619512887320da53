// Candidate assignment solver for modes (a)/(b), not wired into the engine: the same
// problem, objective and tie-break as bipartite.ts, solved with solvers/lapjv.ts
// (Jonker–Volgenant) instead of munkres, in two exact phases — the score part first, then
// the id-hash tie-break seeded with the first phase's column prices (settleTies). Tested
// against solveBipartite in lapjv.test.ts; see docs/matching.md (Performance) for why the
// engine keeps munkres.
import { silentControl, type Control } from '../progress.ts';
import type { Objective } from '../types.ts';
import { countMatched, type BipartiteProblem } from './bipartite.ts';
import { lapjvWithPrices } from './lapjv.ts';
import { pairBonus, solveLexicographic, TIE_SCALE, tieAfter, tiePrefix, tieRange } from './objective.ts';

/** For each left vertex, the right vertex it is matched to, or -1 (as solveBipartite). */
export function solveBipartiteJv(p: BipartiteProblem, objective: Objective, control: Control = silentControl): Int32Array {
  return solveLexicographic(objective, p.score, (threshold) => solveWithThresholdJv(p, threshold, control), countMatched);
}

function solveWithThresholdJv(p: BipartiteProblem, threshold: number, control: Control): Int32Array {
  const { left, right, capacity, score } = p;
  let cols = 0;
  for (let r = 0; r < right; r++) cols += Math.min(capacity[r]!, left);
  const slotOwner = new Int32Array(cols);
  for (let r = 0, c = 0; r < right; r++) for (let s = Math.min(capacity[r]!, left); s > 0; s--) slotOwner[c++] = r;
  const result = new Int32Array(left).fill(-1);
  if (left === 0 || cols === 0) return result;
  const big = pairBonus(Math.min(left, cols));
  const range = p.leftHash !== undefined && p.rightHash !== undefined ? tieRange(Math.min(left, cols)) : 0;
  // lapjv wants rows <= cols: mentees are the rows unless there are more of them than slots.
  const menteeRows = left <= cols;
  const identity = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
  const rows = menteeRows ? left : cols;
  const colsOut = menteeRows ? cols : left;
  const baseRows = menteeRows ? left : right;
  const baseCols = menteeRows ? right : left;
  const rowOwner = menteeRows ? identity(left) : slotOwner;
  const colOwner = menteeRows ? slotOwner : identity(left);
  // One cell per (mentee, mentor), not per slot: a mentor's slots share it.
  const primary = new Float64Array(baseRows * baseCols);
  for (let l = 0; l < left; l++) {
    const rowBase = l * right;
    for (let r = 0; r < right; r++) {
      const s = score[rowBase + r]!;
      if (s >= threshold && s >= 0) primary[menteeRows ? rowBase + r : r * left + l] = -(big + s);
    }
  }
  const first = lapjvWithPrices({ rows, cols: colsOut, cost: primary, baseCols, rowOwner, colOwner }, control);
  let col4row = first.col4row;
  if (range >= 2) col4row = settleTies(p, { rows, cols: colsOut, baseRows, baseCols, rowOwner, colOwner, menteeRows, range }, primary, first.v, control);
  for (let i = 0; i < rows; i++) {
    const j = col4row[i]!;
    const l = menteeRows ? i : colOwner[j]!;
    const r = menteeRows ? slotOwner[j]! : rowOwner[i]!;
    const cell = menteeRows ? l * right + r : r * left + l;
    if (primary[cell]! < 0) result[l] = r;
  }
  return result;
}

interface Layout {
  readonly rows: number;
  readonly cols: number;
  readonly baseRows: number;
  readonly baseCols: number;
  readonly rowOwner: Int32Array;
  readonly colOwner: Int32Array;
  readonly menteeRows: boolean;
  readonly range: number;
}

/**
 * The tie-break as a second solve. The weight (BIG + score) · TIE_SCALE + tie is one
 * assignment problem, but the tie values (1…range units) make it nearly degenerate for
 * lapjv's start (docs/matching.md, Performance). So the score part is solved first, and
 * its optimal column prices, scaled by TIE_SCALE, seed the full problem: every cell off
 * the score-optimal plateau then costs at least TIE_SCALE − range more, and the solve only
 * settles the ties among score-optimal assignments. Exact: the second solve is a complete
 * lapjv on the full weights (a square problem — rows padded with zero-cost dummies — so
 * any seed prices are valid), the seed only shortens it.
 */
function settleTies(p: BipartiteProblem, layout: Layout, primary: Float64Array, prices: Float64Array, control: Control): Int32Array {
  const { rows, cols, baseRows, baseCols, rowOwner, colOwner, menteeRows, range } = layout;
  const { left, right } = p;
  // Full weights per base cell, plus one all-zero base row for the dummies.
  const full = new Float64Array((baseRows + 1) * baseCols);
  for (let l = 0; l < left; l++) {
    const hl = p.leftHash![l]!;
    for (let r = 0; r < right; r++) {
      const cell = menteeRows ? l * right + r : r * left + l;
      const c = primary[cell]!;
      if (c < 0) full[cell] = c * TIE_SCALE - tieAfter(tiePrefix(p.rightHash![r]!), hl, range);
    }
  }
  const squareRowOwner = new Int32Array(cols);
  squareRowOwner.set(rowOwner);
  squareRowOwner.fill(baseRows, rows);
  const seed = Float64Array.from(prices, (v) => v * TIE_SCALE);
  const { col4row } = lapjvWithPrices({ rows: cols, cols, cost: full, baseCols, rowOwner: squareRowOwner, colOwner }, control, seed);
  return col4row.subarray(0, rows);
}
