// Modes (a)/(b) when the last round left people unmatched (rounds.ts): the same slot
// expansion and objective as bipartite.ts, plus one BIG per prioritised end of an edge.
// A mentor counts as matched through their first slot only, so the bonus for a
// prioritised mentor is on that slot; slots of one mentor are interchangeable, so an
// optimum never leaves the first slot empty while using another.
import { silentControl, type Control } from '../progress.ts';
import type { Objective } from '../types.ts';
import { countMatched, minCostAssignment, type BipartiteProblem } from './bipartite.ts';
import { pairBonus, pairTie, solveLexicographic, TIE_SCALE, tieRange } from './objective.ts';

export interface PrioritisedBipartiteProblem extends BipartiteProblem {
  readonly leftPriority: Uint8Array;
  readonly rightPriority: Uint8Array;
}

export function solveBipartiteWithPriority(
  p: PrioritisedBipartiteProblem,
  objective: Objective,
  control: Control = silentControl,
): Int32Array {
  const count = (assignment: Int32Array): number => countMatched(assignment) + countPrioritisedEnds(p, assignment);
  return solveLexicographic(objective, p.score, (threshold) => solveWithThreshold(p, threshold, control), count);
}

/** Prioritised left vertices matched plus prioritised right vertices with at least one left vertex. */
export function countPrioritisedEnds(p: PrioritisedBipartiteProblem, assignment: Int32Array): number {
  let n = 0;
  const rightMatched = new Uint8Array(p.right);
  assignment.forEach((r, l) => {
    if (r < 0) return;
    if (p.leftPriority[l] === 1) n++;
    if (p.rightPriority[r] === 1 && rightMatched[r] === 0) n++;
    rightMatched[r] = 1;
  });
  return n;
}

function solveWithThreshold(p: PrioritisedBipartiteProblem, threshold: number, control: Control): Int32Array {
  const { left, right, capacity, score } = p;
  let cols = 0;
  for (let r = 0; r < right; r++) cols += Math.min(capacity[r]!, left);
  const slotOwner = new Int32Array(cols);
  const firstSlot = new Uint8Array(cols);
  for (let r = 0, c = 0; r < right; r++)
    for (let s = Math.min(capacity[r]!, left); s > 0; s--, c++) {
      slotOwner[c] = r;
      firstSlot[c] = s === Math.min(capacity[r]!, left) ? 1 : 0;
    }
  const result = new Int32Array(left).fill(-1);
  if (left === 0 || cols === 0) return result;
  const big = pairBonus(Math.min(left, cols));
  const range = p.leftHash !== undefined && p.rightHash !== undefined ? tieRange(Math.min(left, cols)) : 0;
  const costs = new Float64Array(left * cols);
  for (let l = 0; l < left; l++) {
    const hl = p.leftHash?.[l] ?? 0;
    for (let c = 0; c < cols; c++) {
      const r = slotOwner[c]!;
      const s = score[l * right + r]!;
      if (s < threshold || s < 0) continue;
      const ends = p.leftPriority[l]! + (firstSlot[c] === 1 ? p.rightPriority[r]! : 0);
      costs[l * cols + c] = -((big * (1 + ends) + s) * TIE_SCALE + pairTie(p.rightHash?.[r] ?? 0, hl, range));
    }
  }
  const rowToCol = minCostAssignment(left, cols, costs, control);
  for (let l = 0; l < left; l++) {
    const c = rowToCol[l]!;
    if (c >= 0 && costs[l * cols + c]! < 0) result[l] = slotOwner[c]!;
  }
  return result;
}
