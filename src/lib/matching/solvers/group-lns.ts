// Large-neighbourhood search for groups: repeatedly dissolve a few groups (plus whoever is
// still unplaced), rebuild them greedily with randomised tie-breaks, polish with local
// search, and keep the result when it places more people or scores higher. The random
// numbers come from a fixed seed and the number of rounds depends only on the size, so
// the outcome is deterministic.
import { buildGroups, groupingValue, placedCount, type GroupPlan, type Grouping } from './group-build.ts';
import { improveGroups } from './group-search.ts';
import type { Control } from '../progress.ts';
import { SCORE_SCALE } from '../score.ts';

const NOISE = SCORE_SCALE / 5;
const WILD_NOISE = SCORE_SCALE * 4;

function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Rounds scale down with n² (the cost of one local-search pass) to keep runs near a second. */
export function roundsFor(n: number): number {
  return Math.max(10, Math.min(400, Math.floor(12_000_000 / Math.max(1, n * n))));
}

function polish(plan: GroupPlan, g: Grouping, control: Control): Grouping {
  const state = { n: plan.n, weight: plan.weight, members: g.groups, minSize: plan.minSize, maxSize: plan.maxSize, isMentor: plan.isMentor, blocks: plan.blocks, blockOf: plan.blockOf };
  const unplaced = [...g.unplaced];
  improveGroups(state, unplaced, control);
  return { groups: state.members, unplaced };
}

function better(plan: GroupPlan, a: Grouping, b: Grouping): boolean {
  const pa = placedCount(a.groups);
  const pb = placedCount(b.groups);
  if (pa !== pb) return pa > pb;
  return groupingValue(plan, a.groups) > groupingValue(plan, b.groups) + 1e-6;
}

export function searchGroups(plan: GroupPlan, groupCount: number, control: Control): Grouping {
  const everyone = Array.from({ length: plan.n }, (_, i) => i);
  const rounds = roundsFor(plan.n);
  let round = 0;
  const quiet: Control = { tick: (phase) => control.tick(phase, round / rounds) };
  let best = polish(plan, buildGroups(plan, [], everyone, groupCount), quiet);
  const random = seededRandom(0x9e3779b9 ^ plan.n);
  // A first build that formed no group at all is rebuilt too: its greedy choices may be what failed.
  for (; round < rounds && (best.groups.length > 0 || (groupCount > 0 && best.unplaced.length > 0)); round++) {
    const order = best.groups.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const destroy = new Set(order.slice(0, Math.min(order.length, 2 + Math.floor(random() * 3))));
    const kept = best.groups.filter((_, i) => !destroy.has(i));
    const toPlace = [...best.unplaced, ...best.groups.filter((_, i) => destroy.has(i)).flat()];
    // While someone is left out, every other rebuild nearly ignores scores: the choice that
    // scores best can be the one person another group cannot do without (common with locks).
    const noise = best.unplaced.length > 0 && round % 2 === 1 ? WILD_NOISE : NOISE;
    const candidate = polish(plan, buildGroups(plan, kept, toPlace, groupCount, () => random() * noise), quiet);
    if (better(plan, candidate, best)) best = candidate;
  }
  return best;
}
