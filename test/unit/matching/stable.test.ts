// Mode (e): the deferred-acceptance result is stable with respect to eligible nominations:
// no mentee and mentor who would both rather be together (outside locked pairs and rules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/lib/matching/canonical.ts';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { instanceArb } from './arbitraries.ts';
import { breaksHardRule } from './independent-rules.ts';

function checkStable(input: MatchingInput): void {
  const result = runMatching(input);
  const ctx = createContext(input, silentControl);
  const people = ctx.features.people;
  const idx = (id: string): number => ctx.features.indexById.get(id)!;
  const partnerOf = new Map<string, string>();
  const heldBy = new Map<string, string[]>();
  for (const m of result.matches) {
    partnerOf.set(m.ids[1]!, m.ids[0]!);
    heldBy.set(m.ids[0]!, [...(heldBy.get(m.ids[0]!) ?? []), m.ids[1]!]);
  }
  const lockedIds = new Set(result.matches.filter((m) => m.locked).flatMap((m) => m.ids));
  const rank = (who: string, whom: string): number => {
    const r = (people[idx(who)]!.preferredPartners ?? []).indexOf(whom);
    return r < 0 ? Infinity : r;
  };
  const mentorPrefers = (m: string, x: string, y: string): boolean => {
    if (rank(m, x) !== rank(m, y)) return rank(m, x) < rank(m, y);
    const sx = ctx.scorer.score(idx(m), idx(x), 'directed');
    const sy = ctx.scorer.score(idx(m), idx(y), 'directed');
    return sx !== sy ? sx > sy : compareIds(x, y) < 0;
  };
  for (const e of people.filter((p) => p.role !== 'mentor')) {
    if (lockedIds.has(e.id)) continue;
    const current = partnerOf.get(e.id);
    if (current !== undefined) expect((e.preferredPartners ?? []).includes(current)).toBe(true);
    for (const mId of e.preferredPartners ?? []) {
      if (mId === current) break;
      const m = people.find((p) => p.id === mId);
      if (m === undefined || m.role !== 'mentor' || lockedIds.has(m.id) || m.id === e.id) continue;
      if (breaksHardRule(input, m, e) !== null) continue;
      const held = heldBy.get(m.id) ?? [];
      const capacity = ctx.features.capacity[idx(m.id)]!;
      const wouldTake = held.length < capacity || held.some((x) => mentorPrefers(m.id, e.id, x));
      expect(wouldTake, `${e.id} and ${m.id} block`).toBe(false);
    }
  }
  expect((result.blockingPairs ?? []).filter((b) => b.cause === 'unstable')).toEqual([]);
}

describe('stable matching from nominations', () => {
  it('leaves no blocking pair among eligible, unlocked nominations', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 10, minPeople: 2, modes: [{ kind: 'stable' }] }), checkStable), { numRuns: 800 });
  });

  it('reports a pair that both want but a hard rule forbids', () => {
    const r = runMatching({
      participants: [
        { id: 'boss', name: 'Boss', role: 'mentor', languages: ['nl'], preferredPartners: ['emp'] },
        { id: 'emp', name: 'Emp', role: 'mentee', languages: ['nl'], managerId: 'boss', preferredPartners: ['boss'] },
      ],
      criteria: [],
      mode: { kind: 'stable' },
    });
    expect(r.matches).toEqual([]);
    expect(r.blockingPairs).toEqual([{ mentorId: 'boss', menteeId: 'emp', cause: 'hardRule' }]);
  });
});
