// Mode (d): groups of minSize..maxSize. Partitioning into best-scoring groups is NP-hard,
// so a heuristic (greedy build, local search, large-neighbourhood search: group-*.ts)
// finds the groups, and an upper bound shows how far from optimal they can be.
import { validPairs, type RunContext } from './context.ts';
import type { GroupPlan } from './group-build.ts';
import { searchGroups } from './group-lns.ts';
import { message } from './messages.ts';
import type { ModeOutcome, RawGroup, RawUnmatched } from './outcome.ts';
import { SCORE_SCALE } from './score.ts';
import type { GroupBound, Mode } from './types.ts';
import { explainUnmatched } from './unmatched.ts';
import { MAX_POOL_SIZE, TooLargeError } from './limits.ts';
import { roundTo } from './explain.ts';
import { scoreMatrix } from './score-matrix.ts';

type GroupsMode = Extract<Mode, { kind: 'groups' }>;

export function runGroups(ctx: RunContext, mode: GroupsMode): ModeOutcome {
  const minSize = mode.minSize ?? mode.size;
  const maxSize = mode.maxSize ?? mode.size;
  const size = Number.isInteger(mode.size) ? Math.min(maxSize, Math.max(minSize, mode.size)) : minSize;
  const empty: ModeOutcome = { orientation: 'symmetric', pairs: [], groups: [], unmatched: [] };
  if (![minSize, maxSize].every((s) => Number.isInteger(s)) || minSize < 2 || maxSize < minSize) {
    ctx.issues.push({ severity: 'error', ids: [], message: message('data.invalidGroupSize', { min: String(minSize), max: String(maxSize) }) });
    return empty;
  }
  if (validPairs(ctx.input.rules?.lockedPairs).length > 0)
    ctx.issues.push({ severity: 'warning', ids: [], message: message('data.lockedPairsIgnored') });
  const n = ctx.features.people.length;
  if (n > MAX_POOL_SIZE) throw new TooLargeError(`${n}`, `${MAX_POOL_SIZE}`);
  const withMentor = mode.oneMentorPerGroup === true;
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
  for (let i = 0; i < n; i++) {
    weight[i * n + i] = -1;
    for (let j = i + 1; j < n; j++) {
      if ((isMentor(i) && isMentor(j)) || ctx.mask(i, j) !== 0) {
        weight[i * n + j] = -1;
        weight[j * n + i] = -1;
      }
    }
  }
  const mentors = all.filter(isMentor);
  const peers = all.filter((i) => !isMentor(i));
  const eligibleCount = Int32Array.from(all, (i) => {
    let c = 0;
    for (let j = 0; j < n; j++) if (weight[i * n + j]! >= 0) c++;
    return c;
  });
  let groupCount = chooseGroupCount(peers.length, size, minSize, maxSize);
  if (withMentor) groupCount = Math.min(groupCount, mentors.length);
  const extra = withMentor ? 1 : 0;
  const plan: GroupPlan = {
    n,
    weight,
    minSize: minSize + extra,
    maxSize: maxSize + extra,
    targetSize: size + extra,
    withMentor,
    isMentor,
    eligibleCount,
  };
  const best = searchGroups(plan, groupCount, ctx.control);
  const groups: RawGroup[] = best.groups
    .filter((g) => g.length > 0)
    .map((g) => ({ members: g, mentor: g.find(isMentor) ?? -1 }));
  const unmatched: RawUnmatched[] = best.unplaced.map((i) => explainUnmatched(ctx, i, all, 'groupNotFormed'));
  return { orientation: 'symmetric', pairs: [], groups, unmatched, groupBound: bound(plan, groups) };
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
function bound(plan: GroupPlan, groups: readonly RawGroup[]): GroupBound {
  const { n, weight } = plan;
  let achieved = 0;
  for (const g of groups) {
    for (const p of g.members) {
      let sum = 0;
      for (const q of g.members) if (q !== p) sum += weight[p * n + q]!;
      achieved += sum / (g.members.length - 1);
    }
  }
  // Anyone's mean to k-1 mates is at most the mean of their k-1 best eligible partners,
  // and that mean only falls as k grows, so the smallest group size gives the bound.
  const k = plan.minSize - 1;
  let upper = 0;
  for (let p = 0; p < n; p++) {
    const row: number[] = [];
    for (let q = 0; q < n; q++) if (weight[p * n + q]! >= 0) row.push(weight[p * n + q]!);
    if (row.length < k) continue;
    row.sort((a, b) => b - a);
    upper += row.slice(0, k).reduce((a, b) => a + b, 0) / k;
  }
  const scale = SCORE_SCALE / 100;
  const a = achieved / scale;
  const u = upper / scale;
  return { achieved: roundTo(a, 2), upperBound: roundTo(u, 2), gap: u === 0 ? 0 : Math.max(0, roundTo((u - a) / u, 4)) };
}
