// Rematching after a pair breaks up: every other match stays exactly as it was, nobody
// gets their old partner back, and the new partners are the brute-force best among those
// with room who pass the hard rules (checked with the independent rule implementation).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type Participant } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { rematch, type RematchRequest } from '../../../src/lib/matching/rematch.ts';
import { instanceArb } from './arbitraries.ts';
import { breaksHardRule } from './independent-rules.ts';

function uniqueById(input: MatchingInput): Map<string, Participant> {
  const counts = new Map<string, number>();
  for (const p of input.participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return new Map(input.participants.filter((p) => counts.get(p.id) === 1).map((p) => [p.id, p]));
}

const arb = fc.record({
  input: instanceArb({ maxPeople: 9, minPeople: 2, modes: [{ kind: 'mentoring' }, { kind: 'mentoring', bothRoleSide: 'mentor' }, { kind: 'reciprocal' }, { kind: 'peers' }] }),
  pick: fc.nat(),
  who: fc.constantFrom('both', 'first', 'second'),
  exitReason: fc.constantFrom('mismatch', 'schedule', 'leftOrganisation', 'other') as fc.Arbitrary<RematchRequest['exitReason']>,
});

describe('rematch', () => {
  it('keeps every other match, never restores the old pair, and picks the best with room', () => {
    fc.assert(
      fc.property(arb, ({ input, pick, who, exitReason }) => {
        const previous = runMatching(input);
        if (previous.matches.length === 0) return;
        const broken = previous.matches[pick % previous.matches.length]!;
        const [x, y] = broken.ids as [string, string];
        const ids = who === 'both' ? [x, y] : who === 'first' ? [x] : [y];
        const { result, changes, issues } = rematch(input, previous, { pair: [y, x], ids, exitReason });
        expect(issues).toEqual([]);

        const kept = previous.matches.filter((m) => m !== broken);
        const newOnes = result.matches.filter((m) => !kept.some((k) => JSON.stringify(k) === JSON.stringify(m)));
        for (const m of kept) expect(result.matches).toContainEqual(m);
        expect(newOnes.length).toBe(changes.filter((c) => c.partner !== null).length);
        expect(result.matches.some((m) => m.ids.length === 2 && m.ids.includes(x) && m.ids.includes(y))).toBe(false);

        // Independently: who has room after the break, and who passes the rules.
        const byId = uniqueById(input);
        const ctx = createContext(input, silentControl);
        const mode = input.mode;
        const twoSided = mode.kind !== 'peers';
        const mentorIds = new Set(previous.matches.flatMap((m) => (m.mentorId === undefined ? [] : [m.mentorId])));
        const bothAreMentors = mode.kind !== 'peers' && mode.kind !== 'groups' && mode.bothRoleSide === 'mentor';
        const isMentor = (id: string): boolean =>
          twoSided && (mentorIds.has(id) || byId.get(id)!.role === 'mentor' || (byId.get(id)!.role === 'both' && bothAreMentors));
        const load = (id: string): number => kept.filter((m) => m.ids.includes(id)).length;
        const capacity = (id: string): number => (mode.kind === 'mentoring' && isMentor(id) ? (byId.get(id)!.capacity ?? 1) : 1);
        const score = (a: string, b: string): number => {
          const [mentor, mentee] = isMentor(a) ? [a, b] : [b, a];
          const i = ctx.features.indexById;
          return ctx.scorer.score(i.get(mentor)!, i.get(mentee)!, mode.kind === 'mentoring' ? 'directed' : 'symmetric');
        };
        const options = (id: string): string[] =>
          [...byId.keys()].filter(
            (c) =>
              c !== x && c !== y && load(c) < capacity(c) && (!twoSided || isMentor(c) !== isMentor(id)) && breaksHardRule(input, byId.get(id)!, byId.get(c)!) === null,
          );
        const choices = ids.map((id) => [null, ...options(id)]);
        let bestCount = 0;
        let bestTotal = 0;
        const combos: (string | null)[][] = choices.length === 1 ? choices[0]!.map((c) => [c]) : choices[0]!.flatMap((a) => choices[1]!.map((b) => [a, b]));
        for (const combo of combos) {
          const [first, second] = combo;
          if (first !== null && first !== undefined && first === second && capacity(first) - load(first) < 2) continue;
          const count = combo.filter((c) => c !== null).length;
          const total = combo.reduce((s, c, k) => s + (c === null ? 0 : score(ids[k]!, c)), 0);
          if (count > bestCount || (count === bestCount && total > bestTotal)) [bestCount, bestTotal] = [count, total];
        }
        expect(changes.map((c) => c.id)).toEqual(ids);
        expect(changes.filter((c) => c.partner !== null).length).toBe(bestCount);
        expect(changes.reduce((s, c) => s + (c.partner === null ? 0 : score(c.id, c.partner)), 0)).toBe(bestTotal);
        for (const c of changes) {
          expect(c.partner === x || c.partner === y).toBe(false);
          if (c.partner !== null) expect(options(c.id)).toContain(c.partner);
        }
        // Everyone is still accounted for once.
        const matched = result.matches.flatMap((m) => m.ids);
        expect(new Set(matched).size).toBe(matched.filter((id) => !isMentor(id) || mode.kind !== 'mentoring').length + new Set(matched.filter((id) => isMentor(id) && mode.kind === 'mentoring')).size);
        for (const id of byId.keys()) expect(matched.includes(id) !== result.unmatched.some((u) => u.id === id)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('explains itself in words, and refuses a pair that is not in the result', () => {
    const person = (id: string, role: Participant['role'], skills: string[] = []): Participant => ({
      id,
      name: id.toUpperCase(),
      role,
      languages: ['nl'],
      skillsOffered: skills,
      skillsWanted: skills,
    });
    const input: MatchingInput = {
      participants: [person('m1', 'mentor', ['excel']), person('m2', 'mentor', ['sql']), person('e1', 'mentee', ['excel']), person('e2', 'mentee', ['sql'])],
      criteria: [{ kind: 'offerMeetsWant', weight: 1 }],
      mode: { kind: 'mentoring' },
      rules: { lockedPairs: [['m1', 'e1']] },
    };
    const previous = runMatching({ ...input, participants: input.participants.filter((p) => p.id !== 'e2') });
    expect(previous.matches.map((m) => m.ids)).toEqual([['m1', 'e1']]);
    const { changes } = rematch(input, previous, { pair: ['m1', 'e1'], ids: ['e1'], exitReason: 'mismatch' });
    expect(changes).toEqual([
      {
        id: 'e1',
        formerPartner: 'm1',
        partner: 'm2',
        score: 0,
        message: { key: 'matching.rematch.newPartner', params: { name: 'E1', partner: 'M2', former: 'M1', reason: { key: 'matching.rematch.exit.mismatch', params: {} }, score: 0 } },
      },
    ]);
    expect(rematch(input, previous, { pair: ['m2', 'e1'], exitReason: 'other' }).issues.map((i) => i.message.key)).toEqual(['matching.rematch.pairNotFound']);
  });
});
