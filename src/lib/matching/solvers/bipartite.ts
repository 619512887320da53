// Modes (a) and (b) reduce to this: left = mentees, right = mentors with capacities.
// Each mentor is expanded into capacity slots and solved as one dense assignment.
// Objective: most pairs first (every edge weighs BIG + score, BIG > any score total),
// then the highest total; with `fairness`, the best achievable minimum score first.
// Remaining ties go to the id-hash tie-break (objective.ts).
// The dense assignment itself is the `munkres` package: measured against our own
// shortest-augmenting-path Hungarian (bench/own-hungarian.ts) it was about 2× faster on
// every shape we benchmark, so the library does the work here. solvers/lapjv.ts (Jonker–
// Volgenant) is faster on dense random scores (0.84–0.86× scipy) but slower than munkres
// on realistic tied scores with the id-hash tie-break, so it is not wired in yet. Why
// (docs/matching.md, Performance): the tie values make every price cut of its augmenting
// row reduction tie-sized, so the reduction's step budget runs out with most rows still
// free (1 000 × 1 000: 535 free before it, 498 after; 468 → 192 without the tie-break), and
// each remaining shortest path scans long plateaus of near-equal reduced costs.
import { munkres } from 'munkres';
import { silentControl, type Control } from '../progress.ts';
import type { Objective } from '../types.ts';
import { pairBonus, solveLexicographic, TIE_SCALE, tieAfter, tiePrefix, tieRange } from './objective.ts';

export interface BipartiteProblem {
  readonly left: number;
  readonly right: number;
  /** Per right vertex: how many left vertices it can take. */
  readonly capacity: Int32Array;
  /** score[l * right + r]: 0..SCORE_SCALE, or -1 when the pair is not allowed. */
  readonly score: Int32Array;
  /** idHash of each left / right vertex for the tie-break (objective.ts); omitted: no tie-break. */
  readonly leftHash?: Uint32Array;
  readonly rightHash?: Uint32Array;
}

/** For each left vertex, the right vertex it is matched to, or -1. */
export function solveBipartite(p: BipartiteProblem, objective: Objective, control: Control = silentControl): Int32Array {
  return solveLexicographic(objective, p.score, (threshold) => solveWithThreshold(p, threshold, control), countMatched);
}

export function countMatched(assignment: Int32Array): number {
  let n = 0;
  for (const r of assignment) if (r >= 0) n++;
  return n;
}

function solveWithThreshold(p: BipartiteProblem, threshold: number, control: Control): Int32Array {
  const { left, right, capacity, score } = p;
  let cols = 0;
  for (let r = 0; r < right; r++) cols += Math.min(capacity[r]!, left);
  const slotOwner = new Int32Array(cols);
  for (let r = 0, c = 0; r < right; r++) for (let s = Math.min(capacity[r]!, left); s > 0; s--) slotOwner[c++] = r;
  const result = new Int32Array(left).fill(-1);
  if (left === 0 || cols === 0) return result;
  const big = pairBonus(Math.min(left, cols));
  const range = p.leftHash !== undefined && p.rightHash !== undefined ? tieRange(Math.min(left, cols)) : 0;
  const costs = new Float64Array(left * cols);
  const withTie = range >= 2;
  const rightPrefix = Int32Array.from({ length: right }, (_, r) => tiePrefix(p.rightHash?.[r] ?? 0));
  const bigScaled = big * TIE_SCALE;
  for (let l = 0; l < left; l++) {
    const rowBase = l * right;
    const out = l * cols;
    const hl = p.leftHash?.[l] ?? 0;
    for (let c = 0; c < cols; c++) {
      const r = slotOwner[c]!;
      const s = score[rowBase + r]!;
      // (big + s) * TIE_SCALE = big * TIE_SCALE + s * TIE_SCALE exactly: both stay far below 2^53.
      if (s >= threshold && s >= 0) costs[out + c] = -(bigScaled + s * TIE_SCALE + (withTie ? tieAfter(rightPrefix[r]!, hl, range) : 0));
    }
  }
  const rowToCol = minCostAssignment(left, cols, costs, control);
  for (let l = 0; l < left; l++) {
    const c = rowToCol[l]!;
    if (c >= 0 && costs[l * cols + c]! < 0) result[l] = slotOwner[c]!;
  }
  return result;
}

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
