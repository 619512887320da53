// A participant's own top criterion: in their pairs it weighs TOP_CRITERION_FACTOR times
// its set weight (once, also when both name it). Checked against an input where the
// weights were multiplied by hand for that pair, and the solvers (which read the fast
// score matrix, patched for these people) still reach the exhaustive optimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import {
  runMatching,
  runShortlist,
  TOP_CRITERION_FACTOR,
  type MatchingInput,
  type Mode,
  type Participant,
} from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { sanitise } from '../../../src/lib/matching/sanitise.ts';
import { idHash, pairTie, tieRange } from '../../../src/lib/matching/solvers/objective.ts';
import { instanceArb, shuffle } from './arbitraries.ts';
import { bruteBipartite, bruteGeneral, objectiveOf } from './brute-force.ts';
import { formatIn } from './format.ts';

/** Random instances where about half the participants name a criterion (or an out-of-range one). */
function withTopCriteria(options: Parameters<typeof instanceArb>[0]): fc.Arbitrary<MatchingInput> {
  return instanceArb(options).chain((input) =>
    fc
      .array(fc.integer({ min: -1, max: Math.max(0, input.criteria.length - 1) }), {
        minLength: input.participants.length,
        maxLength: input.participants.length,
      })
      .map((tops) => ({
        ...input,
        participants: input.participants.map((p, i): Participant => {
          const top = tops[i]!;
          return top >= 0 && top < input.criteria.length ? { ...p, topCriterion: top } : p;
        }),
      })),
  );
}

/** The same instance without top criteria, the pair's weights multiplied by hand instead. */
function byHand(input: MatchingInput, a: Participant, b: Participant): MatchingInput {
  return {
    ...input,
    participants: input.participants.map(({ topCriterion: _, ...p }) => p),
    criteria: input.criteria.map((c, i) => (i === a.topCriterion || i === b.topCriterion ? { ...c, weight: c.weight * TOP_CRITERION_FACTOR } : c)),
  };
}

const PAIR_MODES: readonly Mode[] = [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'stable' }];

describe('top criterion', () => {
  it('scores every match as the input with that pair’s weights multiplied by hand, and explains it', () => {
    fc.assert(
      fc.property(withTopCriteria({ maxPeople: 9, modes: PAIR_MODES }), (input) => {
        const result = runMatching(input);
        const byId = new Map(input.participants.map((p) => [p.id, p]));
        const orientation = input.mode.kind === 'mentoring' || input.mode.kind === 'stable' ? 'directed' : 'symmetric';
        for (const m of result.matches) {
          const [a, b] = [byId.get(m.ids[0]!)!, byId.get(m.ids[1]!)!];
          const manual = createContext(byHand(input, a, b), silentControl);
          const idx = (p: Participant): number => manual.features.indexById.get(p.id)!;
          expect(m.score).toBe(manual.scorer.score(idx(a), idx(b), orientation) / 100);
          m.breakdown.forEach((c, i) => {
            const named = [a, b].filter((p) => p.topCriterion === i).map((p) => p.id).sort();
            expect(c.weight).toBe(named.length > 0 ? input.criteria[i]!.weight * TOP_CRITERION_FACTOR : input.criteria[i]!.weight);
            expect(c.topCriterionOf ?? []).toEqual(named);
            expect(c.reasons.some((r) => r.key.startsWith('matching.criterion.topCriterion.'))).toBe(named.length > 0);
          });
          const points = m.breakdown.reduce((s, c) => s + c.points, 0);
          expect(Math.abs(points - m.score)).toBeLessThan(0.01 * m.breakdown.length + 0.011);
        }
      }),
      { numRuns: 800 },
    );
  });

  it('keeps modes (a) and (c) optimal against exhaustive search with top criteria on', () => {
    fc.assert(
      fc.property(withTopCriteria({ maxPeople: 8, minPeople: 3, modes: [{ kind: 'mentoring' }, { kind: 'peers' }], withLocks: false }), (input) => {
        const result = runMatching(input);
        const ctx = createContext(input, silentControl);
        const people = ctx.features.people;
        const idx = (id: string): number => ctx.features.indexById.get(id)!;
        if (input.mode.kind === 'mentoring') {
          const mentors = people.map((_, i) => i).filter((i) => people[i]!.role === 'mentor');
          const mentees = people.map((_, i) => i).filter((i) => people[i]!.role !== 'mentor');
          const capacity = mentors.map((m) => ctx.features.capacity[m]!);
          const slots = capacity.reduce((s, c) => s + Math.min(c, mentees.length), 0);
          const range = tieRange(Math.min(mentees.length, slots));
          const tie = (x: number, y: number): number => pairTie(idHash(people[x]!.id), idHash(people[y]!.id), range);
          const best = bruteBipartite(
            mentees.length,
            mentors.length,
            capacity,
            (l, r) => (ctx.mask(mentors[r]!, mentees[l]!) === 0 ? ctx.scorer.score(mentors[r]!, mentees[l]!, 'directed') : -1),
            ctx.input.objective,
            (l, r) => tie(mentors[r]!, mentees[l]!),
          );
          const got = objectiveOf(
            result.matches.map((m) => ctx.scorer.score(idx(m.ids[0]!), idx(m.ids[1]!), 'directed')),
            result.matches.map((m) => tie(idx(m.ids[0]!), idx(m.ids[1]!))),
          );
          expect({ ...got, min: got.pairs === 0 ? 0 : got.min }).toEqual({ ...best, min: best.pairs === 0 ? 0 : best.min });
        } else {
          const range = tieRange(Math.floor(people.length / 2));
          const tie = (x: number, y: number): number => pairTie(idHash(people[x]!.id), idHash(people[y]!.id), range);
          const best = bruteGeneral(
            people.length,
            (x, y) => (ctx.mask(x, y) === 0 ? ctx.scorer.score(x, y, 'symmetric') : -1),
            ctx.input.objective,
            tie,
          );
          const got = objectiveOf(
            result.matches.map((m) => ctx.scorer.score(idx(m.ids[0]!), idx(m.ids[1]!), 'symmetric')),
            result.matches.map((m) => tie(idx(m.ids[0]!), idx(m.ids[1]!))),
          );
          expect({ ...got, min: got.pairs === 0 ? 0 : got.min }).toEqual({ ...best, min: best.pairs === 0 ? 0 : best.min });
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic under shuffled input, also in groups and shortlists', () => {
    const modes: readonly Mode[] = [...PAIR_MODES, { kind: 'groups', size: 3 }, { kind: 'groups', size: 2, oneMentorPerGroup: true }];
    fc.assert(
      fc.property(withTopCriteria({ maxPeople: 9, modes }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (input, order) => {
        const shuffled = { ...input, participants: shuffle(input.participants, order) };
        expect(JSON.stringify(runMatching(shuffled))).toBe(JSON.stringify(runMatching(input)));
        expect(JSON.stringify(runShortlist(shuffled))).toBe(JSON.stringify(runShortlist(input)));
      }),
      { numRuns: 300 },
    );
  });

  const person = (id: string, name: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant => ({
    id,
    name,
    role,
    languages: ['nl'],
    ...extra,
  });
  const criteria = [
    { kind: 'offerMeetsWant', weight: 1 },
    { kind: 'same', weight: 1, property: 'location' },
  ] as const;

  it('counts double once, and says who marked it most important', () => {
    const anna = person('anna', 'Anna', 'mentor', { skillsOffered: ['excel'], location: 'Utrecht' });
    const bram = person('bram', 'Bram', 'mentee', { skillsWanted: ['sql'], location: 'Utrecht', topCriterion: 1 });
    const plain = runMatching({ participants: [anna, { ...bram, topCriterion: 0 }], criteria, mode: { kind: 'mentoring' } });
    expect(plain.matches[0]!.score).toBe(33.33); // 0·2 + 1·1 out of 3
    const one = runMatching({ participants: [anna, bram], criteria, mode: { kind: 'mentoring' } });
    expect(one.matches[0]!.score).toBe(66.67); // 0·1 + 1·2 out of 3
    const location = one.matches[0]!.breakdown[1]!;
    expect(location).toMatchObject({ weight: 2, points: 66.67, topCriterionOf: ['bram'] });
    expect(formatIn('nl', location.reasons.at(-1)!)).toBe('Weegt 2 keer zo zwaar, omdat Bram dit als belangrijkste criterium heeft aangegeven');
    expect(formatIn('en', location.reasons.at(-1)!)).toBe('Counts 2 times as much because Bram marked it as the most important criterion');

    const both = runMatching({ participants: [{ ...anna, topCriterion: 1 }, bram], criteria, mode: { kind: 'mentoring' } });
    expect(both.matches[0]!.score).toBe(66.67);
    expect(both.matches[0]!.breakdown[1]).toMatchObject({ weight: 2, topCriterionOf: ['anna', 'bram'] });
    expect(formatIn('nl', both.matches[0]!.breakdown[1]!.reasons.at(-1)!)).toBe(
      'Weegt 2 keer zo zwaar, omdat Anna en Bram dit allebei als belangrijkste criterium hebben aangegeven',
    );
  });

  it('drops a top criterion that names no criterion, and reports it', () => {
    const bad: unknown[] = [-1, 2, 1.5, '1', null, Number.NaN, { index: 0 }];
    const participants = bad.map((topCriterion, i) => ({ ...person(`p${i}`, `P${i}`, 'both'), topCriterion }));
    const clean = sanitise({ participants: [...participants, person('ok', 'Ok', 'both', { topCriterion: 1 })], criteria, mode: { kind: 'peers' } });
    expect(clean.participants.people.filter((p) => 'topCriterion' in p).map((p) => [p.id, p.topCriterion])).toEqual([['ok', 1]]);
    const reported = clean.issues.filter((i) => i.message.key === 'matching.data.invalidTopCriterion').map((i) => i.ids[0]);
    // null counts as not given, like every other optional field.
    expect(reported.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p5', 'p6']);
    expect(sanitise(clean.participants.people.length > 0 ? { ...clean, participants: clean.participants.people } : clean).participants.people).toEqual(
      clean.participants.people,
    );
  });
});
