// The objective every exact solver encodes, in one place: most pairs first, then the
// score (`total`: the sum; `fairness`: the best achievable minimum, then the sum), then the
// documented tie-break. An edge weighs (BIG + score) · TIE_SCALE + tie, with BIG above any
// score total, so one more pair outweighs every score difference and the ties of a whole
// matching sum to less than one point of score. Because the tie depends on the two ids
// alone, the choice between equal matchings does not depend on input order or on who
// else takes part.
import { SCORE_SCALE } from '../score.ts';
import type { Objective } from '../types.ts';

/** Large enough for useful tie values, small enough that weights stay exact in doubles. */
export const TIE_SCALE = 131_072;

/** Tie values lie in [0, range) so that `maxPairs` of them sum below TIE_SCALE. */
export function tieRange(maxPairs: number): number {
  return Math.floor((TIE_SCALE - 1) / Math.max(1, maxPairs));
}

/** FNV-1a over UTF-16 code units. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Ordered pair (mentor first in the two-sided modes, lower id first for peers). */
export function pairTie(hashA: number, hashB: number, range: number): number {
  if (range < 2) return 0;
  return tieAfter(tiePrefix(hashA), hashB, range);
}

/** The part of pairTie that depends on hashA alone: loops over many partners compute it once. */
export function tiePrefix(hashA: number): number {
  return Math.imul(hashA ^ 0x9e3779b9, 0x85ebca6b);
}

/** pairTie(hashA, hashB, range) for range >= 2, given tiePrefix(hashA). */
export function tieAfter(prefix: number, hashB: number, range: number): number {
  let x = prefix ^ hashB;
  x = Math.imul(x ^ (x >>> 16), 0xc2b2ae35);
  x ^= x >>> 13;
  return (x >>> 0) % range;
}

/** BIG for a matching of at most `maxPairs` pairs: above any possible score total. */
export function pairBonus(maxPairs: number): number {
  return SCORE_SCALE * maxPairs + 1;
}

/**
 * Solves at threshold 0 for `total`. For `fairness`, binary-searches the distinct scores
 * for the highest threshold at which as many pairs are still reachable (the count only
 * falls as the threshold rises), so the number matched never drops for fairness.
 * `solveAt(t)` must ignore pairs scoring below t; `score` holds -1 for forbidden pairs.
 */
export function solveLexicographic(
  objective: Objective,
  score: Int32Array,
  solveAt: (threshold: number) => Int32Array,
  countPairs: (solution: Int32Array) => number,
): Int32Array {
  const best = solveAt(0);
  if (objective === 'total') return best;
  const target = countPairs(best);
  const seen = new Set<number>();
  for (const s of score) if (s >= 0) seen.add(s);
  const thresholds = [...seen].sort((a, b) => a - b);
  let lo = 0;
  let hi = thresholds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (countPairs(solveAt(thresholds[mid]!)) === target) lo = mid;
    else hi = mid - 1;
  }
  return solveAt(thresholds[lo] ?? 0);
}
