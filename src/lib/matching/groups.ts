// Mode (d): groups of minSize..maxSize. Partitioning into best-scoring groups is NP-hard,
// so a heuristic (greedy build, local search, large-neighbourhood search: solvers/group-*.ts)
// finds the groups, and an upper bound shows how far from optimal they can be.
import type { RunContext } from './context.ts';
import { roundTo } from './explain.ts';
import { planLockBlocks } from './locked.ts';
import { explainUnmatched, MAX_POOL_SIZE, TooLargeError, type ModeOutcome, type RawGroup, type RawUnmatched } from './outcome.ts';
import type { CleanMode } from './sanitise.ts';
import { SCORE_SCALE } from './score.ts';
import { scoreMatrix } from './score-matrix.ts';
import type { GroupPlan } from './solvers/group-build.ts';
import { groupUpperBound } from './solvers/group-bound.ts';
import { searchGroups } from './solvers/group-lns.ts';
import type { Control } from './progress.ts';
import type { GroupBound } from './types.ts';

type GroupsMode = Extract<CleanMode, { kind: 'groups' }>;

/** Sizes arrive checked (sanitise.ts): 2 ≤ minSize ≤ size ≤ maxSize. */
export function runGroups(ctx: RunContext, mode: GroupsMode): ModeOutcome {
  const { size, minSize, maxSize } = mode;
  const n = ctx.features.people.length;
  if (n > MAX_POOL_SIZE) throw new TooLargeError(n, MAX_POOL_SIZE, 'participants');
  const withMentor = mode.oneMentorPerGroup;
  const isMentor = (i: number): boolean => withMentor && ctx.features.people[i]!.role === 'mentor';

  // weight[i*n+j]: pair score, or -1 when the two may not share a group.
  const all = Array.from({ length: n }, (_, i) => i);
  const weight = scoreMatrix(ctx.features, ctx.scorer, all, all, 'symmetric', ctx.control);
  const mentorRows = all.filter(isMentor);
  // A mentor's pairs are read mentor → mentee, like in mentoring mode.
  const directed = scoreMatrix(ctx.features, ctx.scorer, mentorRows, all, 'directed', ctx.control);
  mentorRows.forEach((m, r) => {
    for (let j = 0; j < n; j++) {
      weight[m * n + j] = directed[r * n + j]!;
      weight[j * n + m] = directed[r * n + j]!;
    }
  });
  const rowMasks = ctx.maskRows(all);
  const masks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    weight[i * n + i] = -1;
    rowMasks(i, masks);
    for (let j = i + 1; j < n; j++) {
      if ((isMentor(i) && isMentor(j)) || masks[j] !== 0) {
        weight[i * n + j] = -1;
        weight[j * n + i] = -1;
      }
    }
  }
  const extra = withMentor ? 1 : 0;
  const { blocks, blockOf } = planLockBlocks(
    ctx,
    (i, j) => weight[i * n + j]! >= 0,
    (members) => maxSize + (members.some(isMentor) ? extra : 0),
    (i, j) => isMentor(i) && isMentor(j),
  );
  const mentors = all.filter(isMentor);
  const peers = all.filter((i) => !isMentor(i));
  const eligibleCount = Int32Array.from(all, (i) => {
    let c = 0;
    for (let j = 0; j < n; j++) if (weight[i * n + j]! >= 0) c++;
    return c;
  });
  let groupCount = chooseGroupCount(peers.length, size, minSize, maxSize);
  if (withMentor) groupCount = Math.min(groupCount, mentors.length);
  const plan: GroupPlan = {
    n,
    weight,
    minSize: minSize + extra,
    maxSize: maxSize + extra,
    targetSize: size + extra,
    withMentor,
    isMentor,
    eligibleCount,
    blocks,
    blockOf,
  };
  const best = searchGroups(plan, groupCount, ctx.control);
  const groups: RawGroup[] = best.groups
    .filter((g) => g.length > 0)
    .map((g) => ({ members: g, mentor: g.find(isMentor) ?? -1, locked: g.some((p) => blocks[blockOf[p]!]!.length > 1) }));
  const unmatched: RawUnmatched[] = best.unplaced.map((i) => explainUnmatched(ctx, i, all, 'groupNotFormed'));
  return { orientation: 'symmetric', pairs: [], groups, unmatched, groupBound: bound(plan, groups, ctx.control) };
}

/** As many people as possible, in groups as close to the target size as the bounds allow. */
export function chooseGroupCount(people: number, size: number, minSize: number, maxSize: number): number {
  const most = Math.floor(people / minSize);
  if (most === 0) return 0;
  const fewestForAll = Math.ceil(people / maxSize);
  if (fewestForAll > most) return most;
  return Math.min(most, Math.max(fewestForAll, Math.round(people / Math.max(1, size))));
}

/** Achieved vs. bound of Σ over people of their mean score to group mates (0–100 scale). */
function bound(plan: GroupPlan, groups: readonly RawGroup[], control: Control): GroupBound {
  const { n, weight } = plan;
  let achieved = 0;
  for (const g of groups) {
    for (const p of g.members) {
      let sum = 0;
      for (const q of g.members) if (q !== p) sum += weight[p * n + q]!;
      achieved += sum / (g.members.length - 1);
    }
  }
  // Anyone's mean to k mates is at most the mean of their k best eligible partners, and
  // that mean only falls as groups grow, so the smallest group size gives the bound;
  // group-bound.ts then tightens it by making mates agree (Lagrangian relaxation).
  const { bound: upper } = groupUpperBound({ n, weight, k: plan.minSize - 1, achieved }, control);
  const scale = SCORE_SCALE / 100;
  const a = achieved / scale;
  const u = upper / scale;
  return { achieved: roundTo(a, 2), upperBound: roundTo(u, 2), gap: u === 0 ? 0 : Math.max(0, roundTo((u - a) / u, 4)) };
}
