// Mode (d): groups of minSize..maxSize. Partitioning into best-scoring groups is NP-hard,
// so: a greedy start (hardest-to-place people first) and then local search with moves and
// swaps until no move improves, plus an upper bound to show how far from optimal it can be.
import type { RunContext } from './context.ts';
import { improveGroups, type GroupState } from './group-search.ts';
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
  const empty: ModeOutcome = { orientation: 'symmetric', pairs: [], groups: [], unmatched: [] };
  if (![minSize, maxSize].every((s) => Number.isInteger(s)) || minSize < 2 || maxSize < minSize) {
    ctx.issues.push({ severity: 'error', ids: [], message: message('data.invalidGroupSize', { min: String(minSize), max: String(maxSize) }) });
    return empty;
  }
  if ((ctx.input.rules?.lockedPairs ?? []).length > 0)
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
  const eligibleCount = all.map((i) => {
    let c = 0;
    for (let j = 0; j < n; j++) if (weight[i * n + j]! >= 0) c++;
    return c;
  });
  const hardestFirst = (list: number[]): number[] => [...list].sort((x, y) => eligibleCount[x]! - eligibleCount[y]! || x - y);

  let groupCount = chooseGroupCount(peers.length, mode.size, minSize, maxSize);
  if (withMentor) groupCount = Math.min(groupCount, mentors.length);
  const state: GroupState = { n, weight, members: [], minSize: minSize + (withMentor ? 1 : 0), maxSize: maxSize + (withMentor ? 1 : 0), isMentor };
  const seeds = withMentor
    ? [...mentors].sort((x, y) => eligibleCount[y]! - eligibleCount[x]! || x - y).slice(0, groupCount)
    : hardestFirst(peers).slice(0, groupCount);
  state.members = seeds.map((s) => [s]);
  const seeded = new Set(seeds);
  const unplaced: number[] = withMentor ? mentors.filter((m) => !seeded.has(m)) : [];
  for (const p of hardestFirst(peers.filter((p) => !seeded.has(p)))) {
    let best = -1;
    let bestGain = -1;
    state.members.forEach((g, gi) => {
      if (g.length >= state.maxSize) return;
      let gain = 0;
      for (const q of g) {
        const w = weight[p * n + q]!;
        if (w < 0) return;
        gain += w;
      }
      // Prefer filling groups up to the target size before growing any further.
      const adjusted = gain / Math.max(1, g.length) - (g.length >= mode.size + (withMentor ? 1 : 0) ? SCORE_SCALE : 0);
      if (best < 0 || adjusted > bestGain) {
        best = gi;
        bestGain = adjusted;
      }
    });
    if (best >= 0) state.members[best]!.push(p);
    else unplaced.push(p);
  }
  improveGroups(state, unplaced, ctx.control);

  const groups: RawGroup[] = state.members
    .filter((g) => g.length > 0)
    .map((g) => ({ members: g, mentor: g.find(isMentor) ?? -1 }));
  const unmatched: RawUnmatched[] = unplaced.map((i) => {
    const u = explainUnmatched(ctx, i, all, 'groupNotFormed');
    return u.reason === 'noEligiblePartner' && n <= 1 ? { index: i, reason: 'noEligiblePartner', eligible: 0 } : u;
  });
  return { orientation: 'symmetric', pairs: [], groups, unmatched, groupBound: bound(state, groups) };
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
function bound(state: GroupState, groups: readonly RawGroup[]): GroupBound {
  const { n, weight } = state;
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
  const k = state.minSize - 1;
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
  const u = Math.max(upper / scale, a);
  return { achieved: roundTo(a, 2), upperBound: roundTo(u, 2), gap: u === 0 ? 0 : roundTo((u - a) / u, 4) };
}
