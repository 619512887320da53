// Modes (a)–(c) must reach the true optimum of the stated objective: checked against
// exhaustive search on thousands of small random instances (ties, forbidden pairs,
// capacities 0–3, locked pairs, both objectives), including the documented tie-break:
// among equally good matchings the engine must pick one with the largest tie-break sum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext, type RunContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type MatchingResult } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { idHash, pairTie, tieRange } from '../../../src/lib/matching/solvers/objective.ts';
import { bruteBipartite, bruteGeneral, objectiveOf, type ObjectiveValue } from './brute-force.ts';
import { instanceArb } from './arbitraries.ts';

function engineObjective(
  ctx: RunContext,
  result: MatchingResult,
  orientation: 'directed' | 'symmetric',
  tie: (idA: string, idB: string) => number,
): ObjectiveValue {
  const idx = (id: string): number => ctx.features.indexById.get(id)!;
  const free = result.matches.filter((m) => !m.locked);
  return objectiveOf(
    free.map((m) => ctx.scorer.score(idx(m.ids[0]!), idx(m.ids[1]!), orientation)),
    free.map((m) => tie(m.ids[0]!, m.ids[1]!)),
  );
}

/** The parts of the objective value that the objective ranks on (the tie-break last). */
function relevant(v: ObjectiveValue, kind: 'total' | 'fairness'): Partial<ObjectiveValue> {
  return kind === 'fairness' && v.pairs > 0 ? v : { pairs: v.pairs, total: v.total, tie: v.tie };
}

/** The documented tie-break value of an ordered pair of ids (mentor first; lower id first for peers). */
function tieOf(range: number): (idA: string, idB: string) => number {
  return (a, b) => pairTie(idHash(a), idHash(b), range);
}

function checkTwoSided(input: MatchingInput, withCapacity: boolean): void {
  const result = runMatching(input);
  const ctx = createContext(input, silentControl);
  const people = ctx.features.people;
  const bothSide = input.mode.kind === 'peers' || input.mode.kind === 'groups' ? undefined : input.mode.bothRoleSide;
  const isMentor = (i: number): boolean => people[i]!.role === 'mentor' || (people[i]!.role === 'both' && bothSide === 'mentor');
  const lockedMentees = new Set<string>();
  const lockedPerMentor = new Map<string, number>();
  for (const m of result.matches.filter((x) => x.locked)) {
    lockedMentees.add(m.ids[1]!);
    lockedPerMentor.set(m.ids[0]!, (lockedPerMentor.get(m.ids[0]!) ?? 0) + 1);
  }
  const mentors = people.map((_, i) => i).filter(isMentor);
  const mentees = people.map((_, i) => i).filter((i) => !isMentor(i) && !lockedMentees.has(people[i]!.id));
  const capacity = mentors.map((m) =>
    Math.max(0, (withCapacity ? ctx.features.capacity[m]! : 1) - (lockedPerMentor.get(people[m]!.id) ?? 0)),
  );
  const orientation = withCapacity ? 'directed' : 'symmetric';
  const slots = capacity.reduce((s, c) => s + Math.min(c, mentees.length), 0);
  const tie = tieOf(tieRange(Math.min(mentees.length, slots)));
  const best = bruteBipartite(
    mentees.length,
    mentors.length,
    capacity,
    (l, r) => (ctx.mask(mentors[r]!, mentees[l]!) === 0 ? ctx.scorer.score(mentors[r]!, mentees[l]!, orientation) : -1),
    ctx.input.objective,
    (l, r) => tie(people[mentors[r]!]!.id, people[mentees[l]!]!.id),
  );
  const got = engineObjective(ctx, result, orientation, tie);
  expect(relevant(got, ctx.input.objective)).toEqual(relevant(best, ctx.input.objective));
}

function checkPeers(input: MatchingInput): void {
  const result = runMatching(input);
  const ctx = createContext(input, silentControl);
  const locked = new Set(result.matches.filter((m) => m.locked).flatMap((m) => m.ids));
  const pool = ctx.features.people.map((_, i) => i).filter((i) => !locked.has(ctx.features.people[i]!.id));
  const tie = tieOf(tieRange(Math.floor(pool.length / 2)));
  const people = ctx.features.people;
  const best = bruteGeneral(
    pool.length,
    (x, y) => (ctx.mask(pool[x]!, pool[y]!) === 0 ? ctx.scorer.score(pool[x]!, pool[y]!, 'symmetric') : -1),
    ctx.input.objective,
    (x, y) => tie(people[pool[x]!]!.id, people[pool[y]!]!.id),
  );
  expect(relevant(engineObjective(ctx, result, 'symmetric', tie), ctx.input.objective)).toEqual(relevant(best, ctx.input.objective));
}

describe('optimality against brute force', () => {
  it('(a) mentoring with capacities', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 8, minPeople: 3, modes: [{ kind: 'mentoring' }, { kind: 'mentoring', bothRoleSide: 'mentor' }] }), (input) => checkTwoSided(input, true)), {
      numRuns: 1500,
    });
  });
  it('(b) reciprocal duos', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 8, minPeople: 3, modes: [{ kind: 'reciprocal' }] }), (input) => checkTwoSided(input, false)), {
      numRuns: 1000,
    });
  });
  it('(c) peer pairs', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 10, minPeople: 3, modes: [{ kind: 'peers' }] }), (input) => checkPeers(input)), {
      numRuns: 1500,
    });
  });
});
