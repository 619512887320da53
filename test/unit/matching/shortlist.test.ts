// runShortlist against exhaustive enumeration: for every person in small random instances
// (every mode, locked pairs, capacities 0–3, ties), the list is exactly the best `size` of
// all candidates that pass every hard rule (checked with the independent implementation)
// and have a free place, ordered by score, then the engine's tie value, then id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/lib/matching/canonical.ts';
import { createContext } from '../../../src/lib/matching/context.ts';
import {
  runMatching,
  runShortlist,
  type MatchingInput,
  type Mode,
  type Participant,
  type ShortlistResult,
} from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { SHORTLIST_TIE_RANGE } from '../../../src/lib/matching/shortlist.ts';
import { idHash, pairTie } from '../../../src/lib/matching/solvers/objective.ts';
import { instanceArb, shuffle } from './arbitraries.ts';
import { formatIn } from './format.ts';
import { breaksHardRule } from './independent-rules.ts';

const MODES: readonly Mode[] = [
  { kind: 'mentoring' },
  { kind: 'mentoring', bothRoleSide: 'mentor' },
  { kind: 'reciprocal' },
  { kind: 'peers' },
  { kind: 'stable' },
  { kind: 'groups', size: 3 },
  { kind: 'groups', size: 2, oneMentorPerGroup: true },
];

interface Expected {
  readonly ids: readonly string[];
  readonly scores: readonly number[];
  readonly eligible: number;
  readonly freePlaces: number;
}

/** The shortlist written out from the definition, with no code shared with shortlist.ts beyond the scorer. */
function bruteShortlists(input: MatchingInput, size: number): Map<string, Expected> {
  const ctx = createContext(input, silentControl);
  const people = ctx.features.people;
  const byId = new Map(people.map((p) => [p.id, p]));
  const mode = input.mode;
  const twoSided = mode.kind === 'mentoring' || mode.kind === 'stable' || mode.kind === 'reciprocal';
  const bothSide = twoSided ? (mode.bothRoleSide ?? 'mentee') : 'mentee';
  const isMentor = (p: Participant): boolean =>
    twoSided
      ? p.role === 'mentor' || (p.role === 'both' && bothSide === 'mentor')
      : mode.kind === 'groups' && mode.oneMentorPerGroup === true && p.role === 'mentor';
  // The locks the engine accepted are the locked matches runMatching reports (groups use none).
  const locked = mode.kind === 'groups' ? [] : runMatching(input).matches.filter((m) => m.locked);
  const lockedCount = (id: string): number => locked.filter((m) => m.ids.includes(id)).length;
  const places = (p: Participant): number => {
    if (mode.kind === 'groups') return 1;
    if (twoSided && isMentor(p)) {
      const capacity = mode.kind === 'reciprocal' ? 1 : (p.capacity ?? 1);
      return Math.max(0, capacity - lockedCount(p.id));
    }
    return lockedCount(p.id) > 0 ? 0 : 1;
  };
  const scale = (x: number): number => x / 100;
  const out = new Map<string, Expected>();
  for (const p of people) {
    if (places(p) === 0) {
      out.set(p.id, { ids: [], scores: [], eligible: 0, freePlaces: 0 });
      continue;
    }
    const ranked = people
      .filter((c) => c.id !== p.id && places(c) > 0 && breaksHardRule(input, p, c) === null)
      .filter((c) => (twoSided ? isMentor(c) !== isMentor(p) : !(isMentor(p) && isMentor(c))))
      .map((c) => {
        let [first, second] = [p, c];
        if (isMentor(c) || (!isMentor(p) && !twoSided && compareIds(c.id, p.id) < 0)) [first, second] = [c, p];
        const directed = twoSided ? mode.kind !== 'reciprocal' : isMentor(first);
        const idx = (x: Participant): number => ctx.features.indexById.get(x.id)!;
        const score = ctx.scorer.score(idx(first), idx(second), directed ? 'directed' : 'symmetric');
        return { id: c.id, score, tie: pairTie(idHash(first.id), idHash(second.id), SHORTLIST_TIE_RANGE) };
      })
      .sort((x, y) => y.score - x.score || y.tie - x.tie || compareIds(x.id, y.id));
    const top = ranked.slice(0, size);
    out.set(p.id, { ids: top.map((r) => r.id), scores: top.map((r) => scale(r.score)), eligible: ranked.length, freePlaces: places(p) });
  }
  expect(byId.size).toBe(people.length);
  return out;
}

function checkAgainstBruteForce(input: MatchingInput, size: number): void {
  const result = runShortlist(input, { size });
  expect(result.mode).toBe(input.mode.kind);
  const expected = bruteShortlists(input, size);
  expect(result.shortlists.map((s) => s.id)).toEqual([...expected.keys()]);
  for (const s of result.shortlists) {
    const e = expected.get(s.id)!;
    expect(s.candidates.map((c) => c.id)).toEqual(e.ids);
    expect(s.candidates.map((c) => c.score)).toEqual(e.scores);
    expect(s.eligible).toBe(e.eligible);
    expect(s.freePlaces).toBe(e.freePlaces);
    for (const c of s.candidates) {
      expect(c.freePlaces).toBeGreaterThan(0);
      const points = c.breakdown.reduce((sum, b) => sum + b.points, 0);
      expect(Math.abs(points - c.score)).toBeLessThan(0.01 * c.breakdown.length + 0.011);
    }
  }
}

describe('shortlist', () => {
  it('equals the top N of all eligible candidates with a free place, in every mode', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 9, modes: MODES }), fc.integer({ min: 1, max: 4 }), (input, size) => checkAgainstBruteForce(input, size)),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('is deterministic: any input order gives the same lists', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 10, modes: MODES }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (input, order) => {
        const a = runShortlist(input);
        const b = runShortlist({ ...input, participants: shuffle(input.participants, order) });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 500 },
    );
  });

  const person = (id: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant => ({
    id,
    name: id.toUpperCase(),
    role,
    languages: ['nl'],
    ...extra,
  });

  it('leaves out excluded, full and locked partners and names the locks', () => {
    const input: MatchingInput = {
      participants: [
        person('anna', 'mentor', { skillsOffered: ['excel'], capacity: 1 }),
        person('bert', 'mentor', { skillsOffered: ['excel', 'sql'], capacity: 2 }),
        person('cor', 'mentor', { skillsOffered: ['sql'] }),
        person('dirk', 'mentee', { skillsWanted: ['excel', 'sql'], excludedPartners: ['bert'] }),
        person('eva', 'mentee', { skillsWanted: ['sql'] }),
        person('fien', 'mentee', { skillsWanted: ['excel'] }),
      ],
      criteria: [{ kind: 'offerMeetsWant', weight: 1 }],
      rules: { lockedPairs: [['anna', 'fien']] },
      mode: { kind: 'mentoring' },
    };
    const result: ShortlistResult = runShortlist(input);
    expect(result.status).toBe('ok');
    expect(result.size).toBe(5);
    const of = (id: string) => result.shortlists.find((s) => s.id === id)!;
    // Anna's one place is taken by the locked pair: she is listed to nobody and has no list.
    expect(of('anna')).toMatchObject({ freePlaces: 0, lockedWith: ['fien'], eligible: 0, candidates: [] });
    expect(of('fien')).toMatchObject({ freePlaces: 0, lockedWith: ['anna'], candidates: [] });
    // Dirk excluded Bert: only Cor is left for him.
    expect(of('dirk').candidates.map((c) => [c.id, c.score])).toEqual([['cor', 50]]);
    expect(of('eva').candidates.map((c) => [c.id, c.score])).toEqual([['bert', 100], ['cor', 100]]);
    expect(of('bert').candidates.map((c) => c.id)).toEqual(['eva']);
    expect(of('bert').freePlaces).toBe(2);
    const reason = of('eva').candidates[0]!.breakdown[0]!.reasons[0]!;
    expect(formatIn('nl', reason)).toBe('BERT biedt sql aan, wat EVA wil leren');
  });

  it('takes the size option (default 5, at least 1) and reports input without a mode', () => {
    const participants = Array.from({ length: 8 }, (_, i) => person(`p${i}`, 'both'));
    const input: MatchingInput = { participants, criteria: [], mode: { kind: 'peers' } };
    expect(runShortlist(input).shortlists[0]!.candidates).toHaveLength(5);
    expect(runShortlist(input, { size: 2.7 }).shortlists[0]!.candidates).toHaveLength(2);
    expect(runShortlist(input, { size: 0 }).size).toBe(1);
    expect(runShortlist(input, { size: 100 }).shortlists[0]!.eligible).toBe(7);
    const noMode = runShortlist({ participants, criteria: [] } as unknown as MatchingInput);
    expect(noMode).toMatchObject({ status: 'dataError', mode: null, shortlists: [] });
    expect(runShortlist(input, { isCancelled: () => true }).status).toBe('cancelled');
  });
});
