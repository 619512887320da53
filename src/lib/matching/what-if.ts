// Live what-if for manual edits: the scores, rule breaks and newly unmatched people a change
// would bring, fast enough for every hover or drag. `createWhatIf` does the O(n) work once
// (the run context, who is in which match, each match's score); `evaluate` then touches only
// the matches the change affects: a few score look-ups, never a new solve.
import { createContext, type RunContext } from './context.ts';
import { ruleNames } from './hard-rules.ts';
import { mentorSide } from './pair-modes.ts';
import { silentControl } from './progress.ts';
import { SCORE_SCALE } from './score.ts';
import type { HardRuleName, IdPair, MatchingInput, MatchingResult } from './types.ts';

export type WhatIfChange =
  /** Make this pair: both leave their matches (a mentor in mode (a) keeps their other mentees). In mode (d): the second joins the first's group. */
  | { readonly kind: 'lock'; readonly ids: IdPair }
  /** This pair may not exist: if it is a match, it is dissolved; in a group, the second leaves it. */
  | { readonly kind: 'forbid'; readonly ids: IdPair }
  /** The two exchange places (e.g. two mentees swap mentors); with one unmatched, they trade being matched. */
  | { readonly kind: 'swap'; readonly ids: IdPair }
  /** `id` leaves their match and joins `to`: a new pair with a mentor (or an unmatched person), or `to`'s group or pair. */
  | { readonly kind: 'assign'; readonly id: string; readonly to: string };

export interface WhatIfMatch {
  readonly ids: readonly string[];
  readonly mentorId?: string;
  /** 0–100, as in `Match.score`. */
  readonly score: number;
  readonly brokenRules: readonly HardRuleName[];
}

export interface WhatIfOutcome {
  /** false when the change makes no sense here (unknown id, the same person twice, a pair of two mentors); nothing else is then set. */
  readonly valid: boolean;
  /** Sum of match scores after the change, and the change in that sum. */
  readonly totalScore: number;
  readonly delta: number;
  /** Indexes into `result.matches` that the change removes or alters. */
  readonly removed: readonly number[];
  /** The matches the change creates or alters, as they would be. */
  readonly added: readonly WhatIfMatch[];
  /** Hard rules broken by the matches in `added`. */
  readonly brokenRules: readonly { readonly ids: readonly string[]; readonly rules: readonly HardRuleName[] }[];
  /** Mentors with more mentees than their capacity afterwards (modes (a) and (e)). */
  readonly overCapacity: readonly string[];
  /** Matched before, unmatched after; and the other way round. */
  readonly unmatched: readonly string[];
  readonly newlyMatched: readonly string[];
}

export interface WhatIf {
  /** Sum of match scores of the result as given. */
  readonly totalScore: number;
  evaluate(change: WhatIfChange): WhatIfOutcome;
}

interface Group {
  readonly members: readonly number[];
  /** -1 without a mentor. */
  readonly mentor: number;
}

const INVALID: WhatIfOutcome = { valid: false, totalScore: 0, delta: 0, removed: [], added: [], brokenRules: [], overCapacity: [], unmatched: [], newlyMatched: [] };

export function createWhatIf(input: MatchingInput, result: MatchingResult): WhatIf {
  const ctx = createContext(input, silentControl);
  const mode = ctx.input.mode;
  const { indexById, people } = ctx.features;
  const n = people.length;
  const twoSided = mode !== null && mode.kind !== 'peers' && mode.kind !== 'groups';
  const isMentor = mode !== null && twoSided ? mentorSide(ctx, mode.bothRoleSide) : () => false;
  // As in the result: the mentor's pairs read directed in modes (a), (e) and in groups; reciprocal duos both ways.
  const directed = mode?.kind === 'mentoring' || mode?.kind === 'stable' || mode?.kind === 'groups';
  const base: Group[] = result.matches.map((m) => ({
    members: m.ids.map((id) => indexById.get(id) ?? -1),
    mentor: m.mentorId === undefined ? -1 : (indexById.get(m.mentorId) ?? -1),
  }));
  const matchesOf: number[][] = Array.from({ length: n }, () => []);
  base.forEach((g, k) => g.members.forEach((i) => i >= 0 && matchesOf[i]!.push(k)));
  const scoreOf = (g: Group): number => groupScore(ctx, g, directed);
  const baseScores = base.map(scoreOf);
  const baseTotal = baseScores.reduce((s, v) => s + v, 0);
  const hasCapacity = mode?.kind === 'mentoring' || mode?.kind === 'stable';
  const capacityOf = (i: number): number => (hasCapacity && isMentor(i) ? ctx.features.capacity[i]! : 1);
  /** A mentor with capacity keeps their other mentees when taking one more. */
  const keepsOthers = (i: number): boolean => hasCapacity && isMentor(i);

  const evaluate = (change: WhatIfChange): WhatIfOutcome => {
    const ids = change.kind === 'assign' ? [change.id, change.to] : change.ids;
    const a = indexById.get(ids[0]);
    const b = indexById.get(ids[1]);
    if (a === undefined || b === undefined || a === b || mode === null) return INVALID;
    if (twoSided && change.kind !== 'swap' && isMentor(a) === isMentor(b)) return INVALID;
    if (twoSided && change.kind === 'swap' && isMentor(a) !== isMentor(b)) return INVALID;

    // The edit: matches replaced (null: dissolved) and matches added; base matches stay untouched.
    const replaced = new Map<number, Group | null>();
    const extra: Group[] = [];
    const current = (k: number): Group | null => (replaced.has(k) ? replaced.get(k)! : base[k]!);
    const matchesNow = (i: number): number[] => matchesOf[i]!.filter((k) => current(k)?.members.includes(i) === true);
    const without = (k: number, i: number): void => {
      const g = current(k)!;
      const members = g.members.filter((m) => m !== i);
      // A match needs two people, and a mentor's group falls apart without its mentor.
      replaced.set(k, members.length < 2 || g.mentor === i ? null : { members, mentor: g.mentor });
    };
    const leave = (i: number): void => {
      for (const k of matchesNow(i)) without(k, i);
    };
    const pair = (x: number, y: number): Group =>
      twoSided ? (isMentor(x) ? { members: [x, y], mentor: x } : { members: [y, x], mentor: y }) : { members: [x, y].sort((p, q) => p - q), mentor: -1 };
    const join = (i: number, k: number): void => {
      const g = current(k)!;
      replaced.set(k, { members: [...g.members, i].sort((p, q) => p - q), mentor: g.mentor });
    };
    const shared = (): number | undefined => matchesNow(a).find((k) => current(k)!.members.includes(b));

    switch (change.kind) {
      case 'lock': {
        if (shared() !== undefined) break;
        if (mode.kind === 'groups') {
          leave(b);
          const [k] = matchesNow(a);
          if (k === undefined) extra.push(pair(a, b));
          else join(b, k);
          break;
        }
        if (!keepsOthers(a)) leave(a);
        if (!keepsOthers(b)) leave(b);
        extra.push(pair(a, b));
        break;
      }
      case 'forbid': {
        const k = shared();
        if (k === undefined) break;
        if (current(k)!.members.length === 2) replaced.set(k, null);
        else without(k, b);
        break;
      }
      case 'swap': {
        const ka = matchesNow(a);
        const kb = matchesNow(b);
        if (twoSided && isMentor(a)) return INVALID;
        if (ka.length === 0 && kb.length === 0) break;
        if (ka.length > 0 && kb.length > 0 && ka[0] === kb[0]) break;
        const put = (k: number | undefined, out: number, into: number): void => {
          if (k === undefined) return;
          const g = current(k)!;
          replaced.set(k, { members: g.members.map((m) => (m === out ? into : m)).sort(twoSided ? () => 0 : (p, q) => p - q), mentor: g.mentor });
        };
        put(ka[0], a, b);
        put(kb[0], b, a);
        break;
      }
      case 'assign': {
        if (shared() !== undefined) break;
        if (!keepsOthers(a)) leave(a);
        const [k] = matchesNow(b);
        if (twoSided) {
          if (!keepsOthers(b)) leave(b);
          extra.push(pair(a, b));
        } else if (k === undefined) extra.push(pair(a, b));
        else join(a, k);
        break;
      }
    }

    const removed = [...replaced.keys()].sort((x, y) => x - y);
    const after = [...removed.map((k) => replaced.get(k)!).filter((g): g is Group => g !== null), ...extra];
    let total = baseTotal;
    for (const k of removed) total -= baseScores[k]!;
    const added = after.map((g): WhatIfMatch => {
      const score = scoreOf(g);
      total += score;
      return {
        ids: g.members.map((i) => people[i]!.id),
        ...(g.mentor >= 0 ? { mentorId: people[g.mentor]!.id } : {}),
        score: round2(score),
        brokenRules: rulesOf(ctx, g),
      };
    });
    const touched = new Set<number>([a, b]);
    for (const k of removed) for (const i of base[k]!.members) touched.add(i);
    const unmatched: string[] = [];
    const newlyMatched: string[] = [];
    const overCapacity: string[] = [];
    for (const i of [...touched].sort((x, y) => x - y)) {
      const before = matchesOf[i]!.length;
      const now = matchesOf[i]!.filter((k) => !replaced.has(k)).length + after.filter((g) => g.members.includes(i)).length;
      if (before > 0 && now === 0) unmatched.push(people[i]!.id);
      if (before === 0 && now > 0) newlyMatched.push(people[i]!.id);
      if (keepsOthers(i) && now > capacityOf(i)) overCapacity.push(people[i]!.id);
    }
    return {
      valid: true,
      totalScore: round2(total),
      delta: round2(total - baseTotal),
      removed,
      added,
      brokenRules: added.filter((m) => m.brokenRules.length > 0).map((m) => ({ ids: m.ids, rules: m.brokenRules })),
      overCapacity,
      unmatched,
      newlyMatched,
    };
  };
  return { totalScore: round2(baseTotal), evaluate };
}

/** 0–100: a pair's score, or a group's mean over its pairs (the mentor's pairs read directed). */
function groupScore(ctx: RunContext, g: Group, directed: boolean): number {
  const m = g.members;
  if (m.some((i) => i < 0)) return 0;
  let sum = 0;
  let count = 0;
  for (let x = 0; x < m.length; x++)
    for (let y = x + 1; y < m.length; y++) {
      let a = m[x]!;
      let b = m[y]!;
      if (b === g.mentor) [a, b] = [b, a];
      const orientation = a === g.mentor && directed ? 'directed' : 'symmetric';
      sum += ctx.scorer.score(a, b, orientation);
      count++;
    }
  return count === 0 ? 0 : sum / count / (SCORE_SCALE / 100);
}

function rulesOf(ctx: RunContext, g: Group): HardRuleName[] {
  let mask = 0;
  for (let x = 0; x < g.members.length; x++) for (let y = x + 1; y < g.members.length; y++) mask |= ctx.mask(g.members[x]!, g.members[y]!);
  return ruleNames(mask);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
