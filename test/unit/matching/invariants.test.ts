// For every generated input and every mode: no hard rule is broken (checked with an
// independent implementation), capacities and group sizes hold, everyone appears at most
// once, and the same participants in any order give exactly the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching, type MatchingInput, type Mode, type Participant } from '../../../src/lib/matching/index.ts';
import { instanceArb, shuffle } from './arbitraries.ts';
import { breaksHardRule } from './independent-rules.ts';

const ALL_MODES: readonly Mode[] = [
  { kind: 'mentoring' },
  { kind: 'mentoring', bothRoleSide: 'mentor' },
  { kind: 'reciprocal' },
  { kind: 'peers' },
  { kind: 'groups', size: 3 },
  { kind: 'groups', size: 3, minSize: 2, maxSize: 4 },
  { kind: 'groups', size: 2, oneMentorPerGroup: true },
  { kind: 'stable' },
];

function checkInvariants(input: MatchingInput): void {
  const result = runMatching(input);
  expect(result.status).not.toBe('cancelled');
  const byId = new Map<string, Participant>();
  const counts = new Map<string, number>();
  for (const p of input.participants) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  for (const p of input.participants) if (counts.get(p.id) === 1) byId.set(p.id, p);

  const appearances = new Map<string, number>();
  for (const m of result.matches) {
    for (const id of m.ids) {
      expect(byId.has(id)).toBe(true);
      appearances.set(id, (appearances.get(id) ?? 0) + 1);
    }
    expect(m.score).toBeGreaterThanOrEqual(0);
    expect(m.score).toBeLessThanOrEqual(100);
    expect(new Set(m.ids).size).toBe(m.ids.length);
    if (m.locked) continue;
    expect(m.brokenRules).toEqual([]);
    for (let i = 0; i < m.ids.length; i++)
      for (let j = i + 1; j < m.ids.length; j++) expect(breaksHardRule(input, byId.get(m.ids[i]!)!, byId.get(m.ids[j]!)!)).toBeNull();
  }
  // The summary counts people, not places: a mentor with two mentees is one matched person.
  expect(result.summary.matched).toBe(appearances.size);
  expect(result.summary.matched + result.summary.unmatched).toBe(input.participants.length);
  const mode = input.mode;
  for (const [id, n] of appearances) {
    const p = byId.get(id)!;
    const isMentorTwoSided = (mode.kind === 'mentoring' || mode.kind === 'stable') && result.matches.some((m) => m.mentorId === id);
    if (isMentorTwoSided) {
      const locked = result.matches.filter((m) => m.mentorId === id && m.locked).length;
      expect(n - locked).toBeLessThanOrEqual(Math.max(0, (p.capacity ?? 1) - locked));
    } else {
      expect(n).toBe(1);
    }
  }
  if (mode.kind === 'groups') {
    const min = (mode.minSize ?? mode.size) + (mode.oneMentorPerGroup === true ? 1 : 0);
    const max = (mode.maxSize ?? mode.size) + (mode.oneMentorPerGroup === true ? 1 : 0);
    for (const m of result.matches) {
      expect(m.ids.length).toBeGreaterThanOrEqual(min);
      expect(m.ids.length).toBeLessThanOrEqual(max);
      if (mode.oneMentorPerGroup === true) expect(m.ids.filter((id) => byId.get(id)!.role === 'mentor').length).toBe(1);
    }
    expect(result.groupBound!.upperBound + 1e-6).toBeGreaterThanOrEqual(result.groupBound!.achieved);
  }
  // Everyone is accounted for exactly once: matched or unmatched with a reason.
  const unmatchedIds = new Set(result.unmatched.map((u) => u.id));
  for (const id of byId.keys()) expect(appearances.has(id) || unmatchedIds.has(id)).toBe(true);
  for (const u of result.unmatched) expect(appearances.has(u.id)).toBe(false);
}

describe('invariants in every mode', () => {
  it('never breaks a hard rule, respects capacities and sizes, accounts for everyone', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 12, modes: ALL_MODES }), checkInvariants), { numRuns: 1200 });
    // 1 200 random instances: a correctness check, not a timing one; a loaded CI machine needs room.
  }, 120_000);

  it('is deterministic: any input order gives the same result', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 10, modes: ALL_MODES }), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (input, order) => {
        const a = runMatching(input);
        const b = runMatching({ ...input, participants: shuffle(input.participants, order) });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 600 },
    );
  });
});
