// Mode (c): pairs from one pool. Same objective encoding as the bipartite modes, on a
// general graph (blossom algorithm) instead of an assignment.
import { solveGeneralMatching } from './general-matching.ts';
import { silentControl, type Control } from './progress.ts';
import { SCORE_SCALE } from './score.ts';
import { pairTie, TIE_SCALE, tieRange } from './tie-break.ts';
import type { Objective } from './types.ts';

export interface GeneralProblem {
  readonly size: number;
  /** score[i * size + j], symmetric: 0..SCORE_SCALE, or -1 when the pair is not allowed. */
  readonly score: Int32Array;
  /** idHash per vertex, vertices in id order, for the tie-break; omitted: no tie-break. */
  readonly hash?: Uint32Array;
}

/** mate[i] or -1. */
export function solveGeneral(p: GeneralProblem, objective: Objective, control: Control = silentControl): Int32Array {
  if (objective === 'total') return solveWithThreshold(p, 0, control);
  const target = countPairs(solveWithThreshold(p, 0, control));
  const seen = new Set<number>();
  for (const s of p.score) if (s >= 0) seen.add(s);
  const thresholds = [...seen].sort((a, b) => a - b);
  let lo = 0;
  let hi = thresholds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (countPairs(solveWithThreshold(p, thresholds[mid]!, control)) === target) lo = mid;
    else hi = mid - 1;
  }
  return solveWithThreshold(p, thresholds[lo] ?? 0, control);
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
  const big = SCORE_SCALE * Math.floor(size / 2) + 1;
  const hash = p.hash;
  const range = hash === undefined ? 0 : tieRange(Math.floor(size / 2));
  return solveGeneralMatching(
    size,
    (i, j) => {
      const s = score[i * size + j]!;
      if (s < 0 || s < threshold) return 0;
      const tie = hash === undefined ? 0 : i < j ? pairTie(hash[i]!, hash[j]!, range) : pairTie(hash[j]!, hash[i]!, range);
      return (big + s) * TIE_SCALE + tie;
    },
    control,
  );
}
