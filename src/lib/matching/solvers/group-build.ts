// Greedy group construction, used for the first solution and to rebuild the part of a
// solution that the large-neighbourhood search tears down: people with the fewest
// compatible partners are placed first, each into the compatible group they score best with.
import { SCORE_SCALE } from '../score.ts';

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
  /** People locked together (locked.ts), who are placed, moved and left out as one; singletons otherwise. */
  readonly blocks: readonly (readonly number[])[];
  readonly blockOf: Int32Array;
}

export interface Grouping {
  groups: number[][];
  unplaced: number[];
}

/** The blocks `people` consist of (they hold whole blocks), in order of first appearance. */
export function blocksOf(plan: GroupPlan, people: readonly number[]): number[] {
  return [...new Set(people.map((p) => plan.blockOf[p]!))];
}

/**
 * Keeps `kept` groups and grows new ones one at a time up to `groupCount`: each from a
 * seed (a mentor, or the hardest-to-place block), adding the compatible block that scores
 * best with the group so far. A seed that cannot reach the minimum size is passed over.
 * Every block left is then put in the best compatible group with room. `noise` (0 for the
 * first build) varies the choices between rebuilds. Without locks every block is one person.
 */
export function buildGroups(
  plan: GroupPlan,
  kept: readonly (readonly number[])[],
  toPlace: readonly number[],
  groupCount: number,
  noise: () => number = () => 0,
): Grouping {
  const { n, weight, eligibleCount, isMentor, blocks } = plan;
  const groups = kept.map((g) => [...g]);
  const unplaced: number[] = [];
  const hasMentor = (b: number): boolean => plan.withMentor && blocks[b]!.some(isMentor);
  // Whoever is compatible with every member of a block, beyond the block itself.
  const eligibleOf = (b: number): number => {
    const members = blocks[b]!;
    if (members.length === 1) return eligibleCount[members[0]!]!;
    let c = 0;
    for (let q = 0; q < n; q++) if (plan.blockOf[q] !== b && members.every((p) => weight[p * n + q]! >= 0)) c++;
    return c;
  };
  // A block with fewer compatible people than a minimal group still needs can never be placed.
  const placeable = blocksOf(plan, toPlace).filter(
    (b) => eligibleOf(b) + blocks[b]!.length >= plan.minSize || (unplaced.push(...blocks[b]!), false),
  );
  const hardness = new Map(placeable.map((b) => [b, eligibleOf(b) + noise() / NOISE_PER_RANK]));
  const byHardness = (x: number, y: number): number => hardness.get(x)! - hardness.get(y)! || x - y;
  const remaining = placeable.sort(byHardness);
  const fits = (b: number, g: readonly number[]): boolean => blocks[b]!.every((p) => g.every((q) => weight[p * n + q]! >= 0));
  const gainOf = (b: number, g: readonly number[]): number => {
    let s = 0;
    for (const p of blocks[b]!) for (const q of g) s += weight[p * n + q]!;
    return s / (g.length * blocks[b]!.length);
  };

  const failed = new Set<number>();
  while (groups.length < groupCount) {
    const seed = remaining.find((b) => !failed.has(b) && (!plan.withMentor || hasMentor(b)));
    if (seed === undefined) break;
    const group = [...blocks[seed]!];
    const taken = [seed];
    remaining.splice(remaining.indexOf(seed), 1);
    while (group.length < plan.targetSize) {
      let best = -1;
      let bestGain = -Infinity;
      for (const b of remaining) {
        if (hasMentor(b) || group.length + blocks[b]!.length > plan.maxSize) continue;
        if (!fits(b, group)) continue;
        const gain = gainOf(b, group) + noise();
        if (gain > bestGain) {
          best = b;
          bestGain = gain;
        }
      }
      if (best < 0) break;
      group.push(...blocks[best]!);
      taken.push(best);
      remaining.splice(remaining.indexOf(best), 1);
    }
    if (group.length >= plan.minSize) {
      groups.push(group);
    } else {
      failed.add(seed);
      remaining.push(...taken);
      remaining.sort(byHardness);
    }
  }
  for (const b of remaining) {
    if (hasMentor(b)) {
      unplaced.push(...blocks[b]!);
      continue;
    }
    const size = blocks[b]!.length;
    let best = -1;
    let bestGain = -Infinity;
    groups.forEach((g, gi) => {
      if (g.length + size > plan.maxSize || !fits(b, g)) return;
      // Fill groups up to the target size before growing any beyond it.
      const gain = gainOf(b, g) - (g.length + size > plan.targetSize ? SCORE_SCALE : 0) + noise();
      if (gain > bestGain) {
        best = gi;
        bestGain = gain;
      }
    });
    if (best >= 0) groups[best]!.push(...blocks[b]!);
    else unplaced.push(...blocks[b]!);
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
