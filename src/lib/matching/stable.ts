// Mode (e): stable matching from nominations alone — mentee-proposing deferred acceptance
// with mentor capacities (Gale–Shapley / Roth's college admissions). Mentees only propose
// to mentors they nominated; mentors rank proposers by their own nominations first, then
// by criteria score, then by id. The result is mentee-optimal among stable matchings.
import { compareIds } from './canonical.ts';
import type { RunContext } from './context.ts';
import { planLocked } from './locked.ts';
import type { ModeOutcome, RawPair, RawUnmatched } from './outcome.ts';
import { mentorSide, reportCapacityIssues } from './pair-modes.ts';
import type { BlockingPair } from './types.ts';

export function runStable(ctx: RunContext, bothRoleSide: 'mentor' | 'mentee'): ModeOutcome {
  const { people, nominationRank, capacity } = ctx.features;
  const n = people.length;
  const isMentor = mentorSide(ctx, bothRoleSide);
  const locked = planLocked(ctx, isMentor);
  const all = Array.from({ length: n }, (_, i) => i);
  const mentors = all.filter(isMentor);
  const mentees = all.filter((i) => !isMentor(i));
  reportCapacityIssues(ctx, mentors, locked.lockedCount);

  /** Negative when mentor m prefers mentee x over mentee y. */
  const mentorPrefers = (m: number, x: number, y: number): number => {
    const rx = nominationRank[m]!.get(x) ?? Infinity;
    const ry = nominationRank[m]!.get(y) ?? Infinity;
    if (rx !== ry) return rx < ry ? -1 : 1;
    const sx = ctx.scorer.score(m, x, 'directed');
    const sy = ctx.scorer.score(m, y, 'directed');
    if (sx !== sy) return sy - sx;
    return compareIds(people[x]!.id, people[y]!.id);
  };
  const listOf = (e: number): number[] =>
    [...nominationRank[e]!.entries()].sort((p, q) => p[1] - q[1]).map(([m]) => m).filter((m) => isMentor(m));

  const room = new Int32Array(n);
  for (const m of mentors) room[m] = Math.max(0, capacity[m]! - locked.lockedCount[m]!);
  const held: number[][] = all.map(() => []);
  const next = new Int32Array(n);
  const partner = new Int32Array(n).fill(-1);
  const free = mentees.filter((e) => locked.taken[e] === 0).reverse();
  const lists = new Map(mentees.map((e) => [e, listOf(e).filter((m) => ctx.mask(m, e) === 0)]));
  while (free.length > 0) {
    ctx.control.tick('solve', 1 - free.length / Math.max(1, mentees.length));
    const e = free.pop()!;
    const list = lists.get(e)!;
    if (next[e]! >= list.length) continue;
    const m = list[next[e]!++]!;
    const h = held[m]!;
    h.push(e);
    h.sort((x, y) => mentorPrefers(m, x, y));
    partner[e] = m;
    if (h.length > room[m]!) {
      const rejected = h.pop()!;
      partner[rejected] = -1;
      free.push(rejected);
    }
  }

  const pairs: RawPair[] = locked.pairs.map((p) => ({ a: p.a, b: p.b, locked: true }));
  for (const e of mentees) if (partner[e]! >= 0) pairs.push({ a: partner[e]!, b: e, locked: false });
  const lockedPartner = new Int32Array(n).fill(-1);
  for (const p of locked.pairs) lockedPartner[p.b] = p.a;

  const unmatched: RawUnmatched[] = [];
  for (const e of mentees) {
    if (locked.taken[e] === 1 || partner[e]! >= 0) continue;
    const eligible = lists.get(e)!.length;
    unmatched.push({ index: e, reason: eligible === 0 ? 'noNominations' : 'rejected', eligible });
  }
  for (const m of mentors) {
    if (held[m]!.length > 0 || locked.lockedCount[m]! > 0) continue;
    unmatched.push({ index: m, reason: capacity[m] === 0 ? 'zeroCapacity' : 'noNominations', eligible: 0 });
  }

  // Blocking pairs: a mentee who nominated a mentor she prefers to her partner, and that
  // mentor would take her (room left, or she beats someone he holds or is locked with).
  const blockingPairs: BlockingPair[] = [];
  const lockedWith: number[][] = all.map(() => []);
  for (const p of locked.pairs) lockedWith[p.a]!.push(p.b);
  for (const e of mentees) {
    const current = locked.taken[e] === 1 ? lockedPartner[e]! : partner[e]!;
    for (const m of listOf(e)) {
      if (m === current) break;
      const others = [...held[m]!, ...lockedWith[m]!];
      const wouldTake = others.length < capacity[m]! || others.some((x) => mentorPrefers(m, e, x) < 0);
      if (!wouldTake) continue;
      const cause = ctx.mask(m, e) !== 0 ? 'hardRule' : locked.taken[e] === 1 || lockedWith[m]!.length > 0 ? 'locked' : 'unstable';
      blockingPairs.push({ mentorId: people[m]!.id, menteeId: people[e]!.id, cause });
    }
  }
  blockingPairs.sort((x, y) => compareIds(x.menteeId, y.menteeId) || compareIds(x.mentorId, y.mentorId));
  return { orientation: 'directed', pairs, groups: [], unmatched, blockingPairs };
}
