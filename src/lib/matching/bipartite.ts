// Modes (a) and (b) reduce to this: left = mentees, right = mentors with capacities.
// Each mentor is expanded into capacity slots and solved as one dense assignment.
// Objective: most pairs first (every edge weighs BIG + score, BIG > any score total),
// then the highest total; with `fairness`, the best achievable minimum score first.
// Remaining ties go to the id-hash tie-break (tie-break.ts).
import { minCostAssignment } from './assignment.ts';
import { silentControl, type Control } from './progress.ts';
import { SCORE_SCALE } from './score.ts';
import { pairTie, TIE_SCALE, tieRange } from './tie-break.ts';
import type { Objective } from './types.ts';

export interface BipartiteProblem {
  readonly left: number;
  readonly right: number;
  /** Per right vertex: how many left vertices it can take. */
  readonly capacity: Int32Array;
  /** score[l * right + r]: 0..SCORE_SCALE, or -1 when the pair is not allowed. */
  readonly score: Int32Array;
  /** idHash of each left / right vertex for the tie-break (tie-break.ts); omitted: no tie-break. */
  readonly leftHash?: Uint32Array;
  readonly rightHash?: Uint32Array;
}

/** For each left vertex, the right vertex it is matched to, or -1. */
export function solveBipartite(p: BipartiteProblem, objective: Objective, control: Control = silentControl): Int32Array {
  if (objective === 'total') return solveWithThreshold(p, 0, control);
  const best = solveWithThreshold(p, 0, control);
  const target = countMatched(best);
  const thresholds = distinctScores(p.score);
  // Largest threshold that still lets as many people be matched (monotone in the threshold).
  let lo = 0;
  let hi = thresholds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (countMatched(solveWithThreshold(p, thresholds[mid]!, control)) === target) lo = mid;
    else hi = mid - 1;
  }
  return solveWithThreshold(p, thresholds[lo] ?? 0, control);
}

export function countMatched(assignment: Int32Array): number {
  let n = 0;
  for (const r of assignment) if (r >= 0) n++;
  return n;
}

function distinctScores(score: Int32Array): number[] {
  const seen = new Set<number>();
  for (const s of score) if (s >= 0) seen.add(s);
  return [...seen].sort((a, b) => a - b);
}

function solveWithThreshold(p: BipartiteProblem, threshold: number, control: Control): Int32Array {
  const { left, right, capacity, score } = p;
  let cols = 0;
  for (let r = 0; r < right; r++) cols += Math.min(capacity[r]!, left);
  const slotOwner = new Int32Array(cols);
  for (let r = 0, c = 0; r < right; r++) for (let s = Math.min(capacity[r]!, left); s > 0; s--) slotOwner[c++] = r;
  const result = new Int32Array(left).fill(-1);
  if (left === 0 || cols === 0) return result;
  const big = SCORE_SCALE * Math.min(left, cols) + 1;
  const range = p.leftHash !== undefined && p.rightHash !== undefined ? tieRange(Math.min(left, cols)) : 0;
  const costs = new Float64Array(left * cols);
  for (let l = 0; l < left; l++) {
    const rowBase = l * right;
    const out = l * cols;
    const hl = p.leftHash?.[l] ?? 0;
    for (let c = 0; c < cols; c++) {
      const r = slotOwner[c]!;
      const s = score[rowBase + r]!;
      if (s >= threshold && s >= 0) costs[out + c] = -((big + s) * TIE_SCALE + pairTie(p.rightHash?.[r] ?? 0, hl, range));
    }
  }
  const rowToCol = minCostAssignment(left, cols, costs, control);
  for (let l = 0; l < left; l++) {
    const c = rowToCol[l]!;
    if (c >= 0 && costs[l * cols + c]! < 0) result[l] = slotOwner[c]!;
  }
  return result;
}
