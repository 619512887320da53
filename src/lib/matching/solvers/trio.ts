// Peers with `allowTrio`: when pairs alone leave someone out, one trio may place them.
// A trio scores the mean of its three pair scores (like a group in mode (d)), and all three
// pairs must be allowed. Results are ranked: most prioritised people placed (rounds), most
// people placed, (fairness: the lowest match score,) the highest total of match scores.
// Exact for pools up to EXACT_TRIO_POOL: every allowed triangle, with the best matching of
// everyone else. Beyond that, the person left out joins the pair of the optimal matching
// where the result ranks highest (each candidate is one score lookup, not a new solve).
import { silentControl, type Control } from '../progress.ts';
import type { Objective } from '../types.ts';
import { solveGeneral, type GeneralProblem } from './general.ts';

export const EXACT_TRIO_POOL = 14;

export type Trio = readonly [number, number, number];

export interface TrioChoice {
  /** mate[i] for the pairs; trio members are -1 here. */
  readonly mate: Int32Array;
  readonly trio: Trio | null;
}

interface Rank {
  readonly prioritised: number;
  readonly placed: number;
  /** Scores × 3, so a trio's mean stays an integer. */
  readonly min3: number;
  readonly total3: number;
}

/** `mate` is the optimal pairs-only matching of `p`. */
export function chooseTrio(p: GeneralProblem, objective: Objective, mate: Int32Array, control: Control = silentControl): TrioChoice {
  const pairsOnly: TrioChoice = { mate, trio: null };
  if (!mate.some((m) => m < 0)) return pairsOnly;
  let best = pairsOnly;
  let bestRank = rankOf(p, best);
  const consider = (choice: TrioChoice): void => {
    const rank = rankOf(p, choice);
    if (compareRank(rank, bestRank, objective) > 0) {
      best = choice;
      bestRank = rank;
    }
  };
  const { size, score } = p;
  const allowed = (i: number, j: number): boolean => score[i * size + j]! >= 0;
  if (size <= EXACT_TRIO_POOL) {
    for (let x = 0; x < size; x++)
      for (let y = x + 1; y < size; y++) {
        if (!allowed(x, y)) continue;
        for (let z = y + 1; z < size; z++) {
          if (!allowed(x, z) || !allowed(y, z)) continue;
          control.tick('solve', x / size);
          consider({ mate: matchRest(p, [x, y, z], objective, control), trio: [x, y, z] });
        }
      }
    return best;
  }
  for (let z = 0; z < size; z++) {
    if (mate[z]! >= 0) continue;
    for (let x = 0; x < size; x++) {
      const y = mate[x]!;
      if (y <= x || !allowed(x, z) || !allowed(y, z)) continue;
      const next = Int32Array.from(mate);
      next[x] = -1;
      next[y] = -1;
      consider({ mate: next, trio: [x, y, z].sort((a, b) => a - b) as unknown as Trio });
    }
  }
  return best;
}

/** The best matching of everyone outside the trio, by the pairs' own objective. */
function matchRest(p: GeneralProblem, trio: Trio, objective: Objective, control: Control): Int32Array {
  const rest: number[] = [];
  for (let i = 0; i < p.size; i++) if (!trio.includes(i)) rest.push(i);
  const m = rest.length;
  const score = new Int32Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) score[a * m + b] = p.score[rest[a]! * p.size + rest[b]!]!;
  const sub: GeneralProblem = {
    size: m,
    score,
    ...(p.hash === undefined ? {} : { hash: Uint32Array.from(rest, (i) => p.hash![i]!) }),
    ...(p.priority === undefined ? {} : { priority: Uint8Array.from(rest, (i) => p.priority![i]!) }),
  };
  const subMate = solveGeneral(sub, objective, control);
  const mate = new Int32Array(p.size).fill(-1);
  subMate.forEach((b, a) => {
    if (b >= 0) mate[rest[a]!] = rest[b]!;
  });
  return mate;
}

function rankOf(p: GeneralProblem, choice: TrioChoice): Rank {
  const { size, score } = p;
  const prio = (i: number): number => p.priority?.[i] ?? 0;
  let prioritised = 0;
  let placed = 0;
  let min3 = Infinity;
  let total3 = 0;
  choice.mate.forEach((j, i) => {
    if (j < 0) return;
    placed++;
    prioritised += prio(i);
    if (j > i) {
      const s3 = 3 * score[i * size + j]!;
      min3 = Math.min(min3, s3);
      total3 += s3;
    }
  });
  if (choice.trio !== null) {
    const [x, y, z] = choice.trio;
    placed += 3;
    prioritised += prio(x) + prio(y) + prio(z);
    const s3 = score[x * size + y]! + score[x * size + z]! + score[y * size + z]!;
    min3 = Math.min(min3, s3);
    total3 += s3;
  }
  return { prioritised, placed, min3, total3 };
}

function compareRank(a: Rank, b: Rank, objective: Objective): number {
  if (a.prioritised !== b.prioritised) return a.prioritised - b.prioritised;
  if (a.placed !== b.placed) return a.placed - b.placed;
  if (objective === 'fairness' && a.min3 !== b.min3) return a.min3 - b.min3;
  return a.total3 - b.total3;
}
