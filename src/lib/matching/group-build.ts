// Greedy group construction, used for the first solution and to rebuild the part of a
// solution that the large-neighbourhood search tears down: people with the fewest
// compatible partners are placed first, each into the compatible group they score best with.
import { SCORE_SCALE } from './score.ts';

export interface GroupPlan {
  readonly n: number;
  /** Pair score, or -1 when the two may not share a group. */
  readonly weight: Int32Array;
  readonly minSize: number;
  readonly maxSize: number;
  readonly targetSize: number;
  readonly withMentor: boolean;
  readonly isMentor: (i: number) => boolean;
  readonly eligibleCount: Int32Array;
}

export interface Grouping {
  groups: number[][];
  unplaced: number[];
}

/**
 * Keeps `kept` groups and grows new ones one at a time up to `groupCount`: each from a
 * seed (a mentor, or the hardest-to-place person), adding the compatible person who
 * scores best with the group so far. A seed that cannot reach the minimum size is passed
 * over. Everyone left is then put in the best compatible group with room. `noise` (0 for
 * the first build) varies the choices between rebuilds.
 */
export function buildGroups(
  plan: GroupPlan,
  kept: readonly (readonly number[])[],
  toPlace: readonly number[],
  groupCount: number,
  noise: () => number = () => 0,
): Grouping {
  const { n, weight, eligibleCount, isMentor } = plan;
  const groups = kept.map((g) => [...g]);
  const unplaced: number[] = [];
  // Someone with fewer compatible people than a minimal group needs can never be placed.
  const placeable = toPlace.filter((p) => eligibleCount[p]! >= plan.minSize - 1 || (unplaced.push(p), false));
  const hardness = new Map(placeable.map((p) => [p, eligibleCount[p]! + noise() / NOISE_PER_RANK]));
  const remaining = placeable.sort((x, y) => hardness.get(x)! - hardness.get(y)! || x - y);
  const fits = (p: number, g: readonly number[]): boolean => g.every((q) => weight[p * n + q]! >= 0);
  const gainOf = (p: number, g: readonly number[]): number => g.reduce((s, q) => s + weight[p * n + q]!, 0) / g.length;

  const failed = new Set<number>();
  while (groups.length < groupCount) {
    const seed = remaining.find((p) => !failed.has(p) && (!plan.withMentor || isMentor(p)));
    if (seed === undefined) break;
    const group = [seed];
    remaining.splice(remaining.indexOf(seed), 1);
    while (group.length < plan.targetSize) {
      let best = -1;
      let bestGain = -Infinity;
      for (const p of remaining) {
        if (isMentor(p) && plan.withMentor) continue;
        if (!fits(p, group)) continue;
        const gain = gainOf(p, group) + noise();
        if (gain > bestGain) {
          best = p;
          bestGain = gain;
        }
      }
      if (best < 0) break;
      group.push(best);
      remaining.splice(remaining.indexOf(best), 1);
    }
    if (group.length >= plan.minSize) {
      groups.push(group);
    } else {
      failed.add(seed);
      remaining.push(...group);
      remaining.sort((x, y) => hardness.get(x)! - hardness.get(y)! || x - y);
    }
  }
  for (const p of remaining) {
    if (isMentor(p) && plan.withMentor) {
      unplaced.push(p);
      continue;
    }
    let best = -1;
    let bestGain = -Infinity;
    groups.forEach((g, gi) => {
      if (g.length >= plan.maxSize || !fits(p, g)) return;
      // Fill groups up to the target size before growing any beyond it.
      const gain = gainOf(p, g) - (g.length >= plan.targetSize ? SCORE_SCALE : 0) + noise();
      if (gain > bestGain) {
        best = gi;
        bestGain = gain;
      }
    });
    if (best >= 0) groups[best]!.push(p);
    else unplaced.push(p);
  }
  return { groups, unplaced };
}

/** Noise is drawn on the score scale; divided by this it perturbs the hardness order by a few ranks. */
const NOISE_PER_RANK = SCORE_SCALE / 10;

/** Σ over groups of 2·(sum of pair scores)/(size − 1): everyone's mean score to their mates. */
export function groupingValue(plan: GroupPlan, groups: readonly (readonly number[])[]): number {
  let total = 0;
  for (const g of groups) {
    if (g.length < 2) continue;
    let sum = 0;
    for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) sum += Math.max(0, plan.weight[g[x]! * plan.n + g[y]!]!);
    total += (2 * sum) / (g.length - 1);
  }
  return total;
}

export function placedCount(groups: readonly (readonly number[])[]): number {
  return groups.reduce((s, g) => s + g.length, 0);
}
