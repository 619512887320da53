// Mode (c): pairs from one pool. Same objective encoding as the bipartite modes, on a
// general graph (blossom algorithm) instead of an assignment.
import { silentControl, type Control } from '../progress.ts';
import type { Objective } from '../types.ts';
import { solveGeneralMatching } from './general-matching.ts';
import { pairBonus, pairTie, solveLexicographic, TIE_SCALE, tieRange } from './objective.ts';

export interface GeneralProblem {
  readonly size: number;
  /** score[i * size + j], symmetric: 0..SCORE_SCALE, or -1 when the pair is not allowed. */
  readonly score: Int32Array;
  /** idHash per vertex, vertices in id order, for the tie-break; omitted: no tie-break. */
  readonly hash?: Uint32Array;
  /** 1 for a vertex to match first (left unmatched last round, rounds.ts); omitted: nobody. */
  readonly priority?: Uint8Array;
}

/** mate[i] or -1. */
export function solveGeneral(p: GeneralProblem, objective: Objective, control: Control = silentControl): Int32Array {
  const priority = p.priority;
  const count = priority === undefined ? countPairs : (mate: Int32Array): number => countPairs(mate) + countPrioritised(mate, priority);
  return solveLexicographic(objective, p.score, (threshold) => solveWithThreshold(p, threshold, control), count);
}

/** Prioritised vertices that are matched. */
export function countPrioritised(mate: Int32Array, priority: Uint8Array): number {
  let n = 0;
  mate.forEach((m, i) => {
    if (m >= 0 && priority[i] === 1) n++;
  });
  return n;
}

export function countPairs(mate: Int32Array): number {
  let n = 0;
  mate.forEach((m, i) => {
    if (m > i) n++;
  });
  return n;
}

function solveWithThreshold(p: GeneralProblem, threshold: number, control: Control): Int32Array {
  const { size, score } = p;
  const big = pairBonus(Math.floor(size / 2));
  const hash = p.hash;
  const range = hash === undefined ? 0 : tieRange(Math.floor(size / 2));
  const priority = p.priority;
  return solveGeneralMatching(
    size,
    (i, j) => {
      const s = score[i * size + j]!;
      if (s < 0 || s < threshold) return 0;
      const tie = hash === undefined ? 0 : i < j ? pairTie(hash[i]!, hash[j]!, range) : pairTie(hash[j]!, hash[i]!, range);
      const bonus = priority === undefined ? big : big * (1 + priority[i]! + priority[j]!);
      return (bonus + s) * TIE_SCALE + tie;
    },
    control,
  );
}
