// Rounds: a new round never repeats an earlier pair (unless allowed) and matches last
// round's unmatched first — lexicographically: the most of them matched, then the usual
// objective (most pairs, fairness, total, tie-break). Checked against exhaustive search
// that ranks exactly in that order, independent of the engine's encoding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type Participant, type RoundHistory } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { idHash, pairTie, tieRange } from '../../../src/lib/matching/solvers/objective.ts';
import { instanceArb } from './arbitraries.ts';
import { breaksHardRule } from './independent-rules.ts';

interface Value {
  readonly prioritised: number;
  readonly pairs: number;
  readonly min: number;
  readonly total: number;
  readonly tie: number;
}

function better(a: Value, b: Value, objective: 'total' | 'fairness'): number {
  if (a.prioritised !== b.prioritised) return a.prioritised - b.prioritised;
  if (a.pairs !== b.pairs) return a.pairs - b.pairs;
  if (objective === 'fairness' && a.pairs > 0 && a.min !== b.min) return a.min - b.min;
  if (a.total !== b.total) return a.total - b.total;
  return a.tie - b.tie;
}

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly score: number;
  readonly tie: number;
}

/** Every set of edges where each vertex is used at most `capacity[v]` times. */
function bruteForce(edges: readonly Edge[], capacity: readonly number[], priority: readonly boolean[], objective: 'total' | 'fairness'): Value {
  const used = capacity.map(() => 0);
  const chosen: Edge[] = [];
  let best: Value | null = null;
  const rec = (k: number): void => {
    if (k === edges.length) {
      const matched = new Set(chosen.flatMap((e) => [e.a, e.b]));
      const value: Value = {
        prioritised: [...matched].filter((v) => priority[v]).length,
        pairs: chosen.length,
        min: chosen.length === 0 ? Infinity : Math.min(...chosen.map((e) => e.score)),
        total: chosen.reduce((s, e) => s + e.score, 0),
        tie: chosen.reduce((s, e) => s + e.tie, 0),
      };
      if (best === null || better(value, best, objective) > 0) best = value;
      return;
    }
    rec(k + 1);
    const e = edges[k]!;
    if (used[e.a]! < capacity[e.a]! && used[e.b]! < capacity[e.b]!) {
      used[e.a]!++;
      used[e.b]!++;
      chosen.push(e);
      rec(k + 1);
      chosen.pop();
      used[e.a]!--;
      used[e.b]!--;
    }
  };
  rec(0);
  return best!;
}

const historyArb: fc.Arbitrary<RoundHistory> = fc.record({
  rounds: fc.array(
    fc.record({
      pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })).map(([a, b]) => [`p${a}`, `p${b}`] as const), { maxLength: 4 }),
      unmatched: fc.subarray(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'ghost']),
    }),
    { minLength: 1, maxLength: 2 },
  ),
  allowRepeats: fc.boolean(),
});

function withHistory(base: fc.Arbitrary<MatchingInput>): fc.Arbitrary<MatchingInput> {
  return fc.tuple(base, historyArb).map(([input, history]) => ({ ...input, history }));
}

function pairedBefore(input: MatchingInput, a: string, b: string): boolean {
  if (input.history?.allowRepeats === true) return false;
  return (input.history?.rounds ?? []).some((r) => r.pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a)));
}

function lastUnmatched(input: MatchingInput): Set<string> {
  const rounds = input.history?.rounds ?? [];
  return new Set(rounds[rounds.length - 1]?.unmatched ?? []);
}

/** Allowed in this round, by the independent rule implementation plus the history. */
function allowed(input: MatchingInput, byId: Map<string, Participant>, a: string, b: string): boolean {
  return breaksHardRule(input, byId.get(a)!, byId.get(b)!) === null && !pairedBefore(input, a, b);
}

function uniqueById(input: MatchingInput): Map<string, Participant> {
  const counts = new Map<string, number>();
  for (const p of input.participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return new Map(input.participants.filter((p) => counts.get(p.id) === 1).map((p) => [p.id, p]));
}

function check(input: MatchingInput): void {
  const result = runMatching(input);
  const ctx = createContext(input, silentControl);
  const byId = uniqueById(input);
  const ids = ctx.features.people.map((p) => p.id);
  const mode = input.mode;
  const twoSided = mode.kind === 'mentoring' || mode.kind === 'reciprocal';
  const orientation = mode.kind === 'mentoring' ? 'directed' : 'symmetric';
  const locked = result.matches.filter((m) => m.locked);
  const free = result.matches.filter((m) => !m.locked);
  for (const m of free) expect(pairedBefore(input, m.ids[0]!, m.ids[1]!)).toBe(false);

  const priorityIds = lastUnmatched(input);
  const lockedIds = new Set(locked.flatMap((m) => m.ids));
  const isMentor = (id: string): boolean =>
    byId.get(id)!.role === 'mentor' || (byId.get(id)!.role === 'both' && twoSided && mode.bothRoleSide === 'mentor');
  // Vertices: everyone not taken by a lock (mentors stay while they have room).
  const capacity = ids.map((id) => {
    if (!twoSided) return lockedIds.has(id) ? 0 : 1;
    if (!isMentor(id)) return lockedIds.has(id) ? 0 : 1;
    const own = mode.kind === 'mentoring' ? ctx.features.capacity[ctx.features.indexById.get(id)!]! : 1;
    return Math.max(0, own - locked.filter((m) => m.ids[0] === id).length);
  });
  // A prioritised mentor with a locked mentee is matched already.
  const priority = ids.map((id) => priorityIds.has(id) && !lockedIds.has(id));
  const maxPairs = twoSided
    ? Math.min(ids.filter((id, v) => !isMentor(id) && capacity[v]! > 0).length, capacity.reduce((s, c, v) => s + (isMentor(ids[v]!) ? c : 0), 0))
    : Math.floor(capacity.filter((c) => c > 0).length / 2);
  const range = tieRange(maxPairs);
  const edges: Edge[] = [];
  for (let a = 0; a < ids.length; a++)
    for (let b = 0; b < ids.length; b++) {
      if (twoSided ? !isMentor(ids[a]!) || isMentor(ids[b]!) : b <= a) continue;
      if (!allowed(input, byId, ids[a]!, ids[b]!)) continue;
      edges.push({ a, b, score: ctx.scorer.score(a, b, orientation), tie: pairTie(idHash(ids[a]!), idHash(ids[b]!), range) });
    }
  const best = bruteForce(edges, capacity, priority, ctx.input.objective);

  const index = (id: string): number => ctx.features.indexById.get(id)!;
  const matched = new Set(free.flatMap((m) => m.ids));
  const got: Value = {
    prioritised: [...matched].filter((id) => priority[index(id)]).length,
    pairs: free.length,
    min: free.length === 0 ? Infinity : Math.min(...free.map((m) => ctx.scorer.score(index(m.ids[0]!), index(m.ids[1]!), orientation))),
    total: free.reduce((s, m) => s + ctx.scorer.score(index(m.ids[0]!), index(m.ids[1]!), orientation), 0),
    tie: free.reduce((s, m) => s + pairTie(idHash(m.ids[0]!), idHash(m.ids[1]!), range), 0),
  };
  const relevant = (v: Value): Partial<Value> =>
    ctx.input.objective === 'fairness' && v.pairs > 0 ? v : { prioritised: v.prioritised, pairs: v.pairs, total: v.total, tie: v.tie };
  expect(relevant(got)).toEqual(relevant(best));
}

describe('rounds: no repeats, last round\'s unmatched first — against brute force', () => {
  it('(a) mentoring with capacities', () => {
    const arb = withHistory(instanceArb({ maxPeople: 7, minPeople: 3, modes: [{ kind: 'mentoring' }, { kind: 'mentoring', bothRoleSide: 'mentor' }] }));
    fc.assert(fc.property(arb, check), { numRuns: 1200 });
  }, 60_000);
  it('(b) reciprocal duos', () => {
    fc.assert(fc.property(withHistory(instanceArb({ maxPeople: 7, minPeople: 3, modes: [{ kind: 'reciprocal' }] })), check), { numRuns: 800 });
  }, 60_000);
  it('(c) peer pairs', () => {
    fc.assert(fc.property(withHistory(instanceArb({ maxPeople: 8, minPeople: 3, modes: [{ kind: 'peers' }] })), check), { numRuns: 1200 });
  }, 60_000);

  it('puts last round\'s unmatched first even at a cost in score', () => {
    const person = (id: string, skills: string[]): Participant => ({ id, name: id, role: 'both', languages: ['nl'], interests: skills });
    const input: MatchingInput = {
      participants: [person('a', ['x']), person('b', ['x']), person('c', ['y'])],
      criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
      mode: { kind: 'peers' },
    };
    expect(runMatching(input).matches.map((m) => m.ids)).toEqual([['a', 'b']]);
    const next = runMatching({ ...input, history: { rounds: [{ pairs: [], unmatched: ['c'] }] } });
    expect(next.matches.map((m) => m.ids)[0]).toContain('c');
  });

  it('reports a repeat as the rule that left someone without a partner, and allows it when asked', () => {
    const person = (id: string): Participant => ({ id, name: id, role: 'both', languages: ['nl'] });
    const input: MatchingInput = {
      participants: [person('a'), person('b')],
      criteria: [],
      mode: { kind: 'peers' },
      history: { rounds: [{ pairs: [['b', 'a']], unmatched: [] }] },
    };
    const result = runMatching(input);
    expect(result.matches).toEqual([]);
    expect(result.unmatched.map((u) => [u.id, u.reason, u.topRule])).toEqual([
      ['a', 'noEligiblePartner', 'repeatPair'],
      ['b', 'noEligiblePartner', 'repeatPair'],
    ]);
    expect(runMatching({ ...input, history: { ...input.history!, allowRepeats: true } }).matches).toHaveLength(1);
  });

  it('is deterministic with a history: any input order gives the same result', () => {
    const arb = withHistory(instanceArb({ maxPeople: 10, modes: [{ kind: 'mentoring' }, { kind: 'peers' }, { kind: 'groups', size: 3 }, { kind: 'reciprocal' }] }));
    fc.assert(
      fc.property(arb, (input) => {
        const reversed = { ...input, participants: [...input.participants].reverse() };
        expect(JSON.stringify(runMatching(reversed))).toBe(JSON.stringify(runMatching(input)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
