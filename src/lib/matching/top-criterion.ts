// A participant may name the one criterion that matters most to them (`topCriterion`, an
// index into the criteria). In every pair that involves them that criterion weighs
// TOP_CRITERION_FACTOR times its set weight, and the pair score is renormalised by the
// pair's own total weight, so it stays on the 0–100 scale. When both name the same
// criterion it still weighs the factor once: two people agreeing that it matters most is
// no reason for it to outweigh everything else.
import type { Participant } from './types.ts';

export const TOP_CRITERION_FACTOR = 2;

/** Per person: the index of their top criterion, or -1. */
export function topCriterionIndexes(people: readonly Participant[]): Int32Array {
  return Int32Array.from(people, (p) => p.topCriterion ?? -1);
}

/** The weight criterion `index` has in the pair whose members name `topA` and `topB`. */
export function pairWeight(weight: number, index: number, topA: number, topB: number): number {
  return index === topA || index === topB ? weight * TOP_CRITERION_FACTOR : weight;
}

/**
 * Score (0..scale) of a pair where at least one member names a top criterion. Weights are
 * added in criterion order, as Scorer.score adds them, so this equals the plain score of
 * an input whose weights were multiplied by hand.
 */
export function topCriterionScore(
  weights: readonly number[],
  topA: number,
  topB: number,
  value: (index: number) => number,
  scale: number,
): number {
  let total = 0;
  let sum = 0;
  weights.forEach((w, index) => {
    const weight = pairWeight(w, index, topA, topB);
    total += weight;
    if (weight > 0) sum += weight * value(index);
  });
  if (total === 0) return 0;
  return Math.min(scale, Math.max(0, Math.round((scale * sum) / total)));
}
