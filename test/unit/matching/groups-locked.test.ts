// Locked pairs in mode (d): people locked together (transitively) share a group or are all
// left out; locks that cannot hold are reported. The rule is written out again here
// (lock-blocks.ts) so the engine is checked against the documentation, not against itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type MatchingResult, type Mode, type Participant } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { instanceArb, shuffle } from './arbitraries.ts';
import { bruteGroupings } from './brute-force.ts';
import { expectedBlocks } from './lock-blocks.ts';

const LOCK_KEYS = new Set([
  'matching.data.lockedGroupTooLarge',
  'matching.data.lockedGroupBreaksRule',
  'matching.data.lockedGroupTwoMentors',
  'matching.data.lockedPairConflict',
  'matching.data.unknownLockedParticipant',
]);

function groupOfId(result: MatchingResult): Map<string, number> {
  const of = new Map<string, number>();
  result.matches.forEach((m, g) => m.ids.forEach((id) => of.set(id, g)));
  return of;
}

function lockIssues(result: MatchingResult): string[] {
  return result.dataQuality
    .filter((d) => LOCK_KEYS.has(d.message.key))
    .map((d) => JSON.stringify(d))
    .sort();
}

/** The same instance as typed in another order: people shuffled, locks reversed and written the other way round. */
function reordered(input: MatchingInput): MatchingInput {
  const order = input.participants.map((_, i) => (i * 7 + 3) % Math.max(1, input.participants.length));
  return {
    ...input,
    participants: shuffle([...input.participants].reverse(), order),
    rules: { ...input.rules, lockedPairs: [...(input.rules?.lockedPairs ?? [])].reverse().map(([a, b]) => [b, a] as const) },
  };
}

function checkLocks(input: MatchingInput): void {
  const ctx = createContext(input, silentControl);
  const mode = ctx.input.mode;
  if (mode?.kind !== 'groups') throw new Error('groups only');
  const people = ctx.features.people;
  const result = runMatching(input);
  const expected = expectedBlocks(ctx);
  const group = groupOfId(result);
  for (const block of expected.blocks) {
    // Placed whole or not at all.
    const where = new Set(block.map((p) => group.get(people[p]!.id) ?? -1));
    expect(where.size).toBe(1);
  }
  const extra = mode.oneMentorPerGroup ? 1 : 0;
  for (const m of result.matches) {
    const members = m.ids.map((id) => ctx.features.indexById.get(id)!);
    expect(m.ids.length).toBeGreaterThanOrEqual(mode.minSize + extra);
    expect(m.ids.length).toBeLessThanOrEqual(mode.maxSize + extra);
    for (const p of members) for (const q of members) if (p !== q) expect(ctx.mask(p, q)).toBe(0);
    expect(m.brokenRules).toEqual([]);
    expect(m.locked).toBe(members.some((p) => expected.blocks.some((b) => b.length > 1 && b.includes(p))));
  }
  expect(lockIssues(result)).toHaveLength(expected.dropped);
  expect(result.dataQuality.some((d) => d.message.key === 'matching.data.lockedPairsIgnored')).toBe(false);

  const again = runMatching(reordered(input));
  expect(again.matches).toEqual(result.matches);
  expect(again.unmatched).toEqual(result.unmatched);
  expect(again.groupBound).toEqual(result.groupBound);
  expect(lockIssues(again)).toEqual(lockIssues(result));
}

const MODES: readonly Mode[] = [
  { kind: 'groups', size: 3 },
  { kind: 'groups', size: 3, minSize: 2, maxSize: 4 },
  { kind: 'groups', size: 2, minSize: 2, maxSize: 3 },
  { kind: 'groups', size: 2, oneMentorPerGroup: true },
  { kind: 'groups', size: 2, minSize: 2, maxSize: 3, oneMentorPerGroup: true },
];

describe('groups with locked pairs', () => {
  it('keeps everyone locked together in one group or leaves them all out, reports the rest, whatever the input order', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 9, modes: MODES, maxLocks: 6 }), checkLocks),
      { numRuns: 2000, seed: 20261201 },
    );
  }, 180_000);

  it('reaches the exhaustive optimum that respects the locks (placed people always, score nearly always)', () => {
    // Only instances where a lock holds, or this would repeat groups.test.ts.
    const samples = fc
      .sample(instanceArb({ maxPeople: 9, minPeople: 5, modes: [{ kind: 'groups', size: 3 }], maxLocks: 5 }), { numRuns: 900, seed: 20261202 })
      .filter((input) => expectedBlocks(createContext(input, silentControl)).blocks.some((b) => b.length > 1));
    expect(samples.length).toBeGreaterThan(250);
    let optimal = 0;
    let ratio = 0;
    for (const input of samples) {
      const ctx = createContext(input, silentControl);
      const n = ctx.features.people.length;
      const w = new Int32Array(n * n).fill(-1);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) if (i !== j && ctx.mask(i, j) === 0) w[i * n + j] = ctx.scorer.score(i, j, 'symmetric');
      const { blockOf } = expectedBlocks(ctx);
      const [placed, value] = bruteGroupings(n, w, 3, 3, blockOf);
      const result = runMatching(input);
      expect(result.matches.reduce((s, m) => s + m.ids.length, 0)).toBe(placed);
      const achieved = result.groupBound!.achieved * 100;
      expect(achieved).toBeLessThanOrEqual(value + 1);
      if (Math.abs(achieved - value) < 1) optimal++;
      ratio += value === 0 ? 1 : achieved / value;
      expect(result.groupBound!.upperBound * 100 + 1).toBeGreaterThanOrEqual(value);
    }
    expect(optimal / samples.length).toBeGreaterThan(0.95);
    expect(ratio / samples.length).toBeGreaterThan(0.99);
  });

  const person = (id: string, extra: Partial<Participant> = {}): Participant => ({
    id,
    name: id.toUpperCase(),
    role: 'both',
    languages: ['nl'],
    ...extra,
  });
  const keys = (r: MatchingResult): string[] => r.dataQuality.map((d) => d.message.key);

  it('follows a chain of locks, and drops the lock that would make the set too large', () => {
    const participants = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id));
    const r = runMatching({
      participants,
      criteria: [],
      mode: { kind: 'groups', size: 3 },
      rules: { lockedPairs: [['c', 'b'], ['a', 'b'], ['c', 'd']] },
    });
    expect(r.matches.map((m) => [...m.ids])).toContainEqual(['a', 'b', 'c']);
    expect(r.matches.find((m) => m.ids.includes('a'))!.locked).toBe(true);
    // a–b and b–c come first in canonical order; c–d would make four.
    const issue = r.dataQuality.find((d) => d.message.key === 'matching.data.lockedGroupTooLarge')!;
    expect(issue).toMatchObject({ ids: ['c', 'd'], message: { params: { a: 'C', b: 'D', size: 4, max: 3 } } });
    expect(keys(r)).not.toContain('matching.data.lockedPairsIgnored');
  });

  it('never puts an excluded pair together, even through a chain of locks', () => {
    const participants = [person('a', { excludedPartners: ['c'] }), person('b'), person('c'), person('d'), person('e'), person('f')];
    const r = runMatching({
      participants,
      criteria: [],
      mode: { kind: 'groups', size: 3 },
      rules: { lockedPairs: [['a', 'b'], ['b', 'c']] },
    });
    const groupOf = groupOfId(r);
    expect(groupOf.get('a')).toBe(groupOf.get('b'));
    expect(groupOf.get('a')).not.toBe(groupOf.get('c'));
    const issue = r.dataQuality.find((d) => d.message.key === 'matching.data.lockedGroupBreaksRule')!;
    expect(issue).toMatchObject({ ids: ['b', 'c'], message: { params: { x: 'A', y: 'C', rule: { key: 'matching.rule.excluded' } } } });
  });

  it('does not lock two mentors into one group when each group has one mentor', () => {
    const participants = [
      person('m1', { role: 'mentor' }),
      person('m2', { role: 'mentor' }),
      ...['e1', 'e2', 'e3', 'e4'].map((id) => person(id, { role: 'mentee' })),
    ];
    const r = runMatching({
      participants,
      criteria: [],
      mode: { kind: 'groups', size: 2, oneMentorPerGroup: true },
      rules: { lockedPairs: [['m2', 'e1'], ['m1', 'e1']] },
    });
    // Canonical order: e1–m1 before e1–m2.
    expect(r.matches.find((m) => m.ids.includes('e1'))!.mentorId).toBe('m1');
    expect(r.matches).toHaveLength(2);
    expect(keys(r)).toContain('matching.data.lockedGroupTwoMentors');
  });

  it('gives the result docs/matching.md shows', () => {
    const participants = ['anna', 'bram', 'carla', 'daan', 'eva', 'fenna'].map((id) =>
      person(id, { name: id[0]!.toUpperCase() + id.slice(1), ...(id === 'anna' ? { excludedPartners: ['carla'] } : {}) }),
    );
    const r = runMatching({
      participants,
      criteria: [],
      mode: { kind: 'groups', size: 3 },
      rules: { lockedPairs: [['bram', 'anna'], ['bram', 'carla'], ['daan', 'eva']] },
    });
    expect(r.matches.map((m) => ({ ids: m.ids, locked: m.locked }))).toEqual([
      { ids: ['anna', 'bram', 'fenna'], locked: true },
      { ids: ['carla', 'daan', 'eva'], locked: true },
    ]);
    expect(r.dataQuality).toEqual([
      {
        severity: 'warning',
        ids: ['bram', 'carla'],
        message: {
          key: 'matching.data.lockedGroupBreaksRule',
          params: { a: 'Bram', b: 'Carla', x: 'Anna', y: 'Carla', rule: { key: 'matching.rule.excluded', params: {} } },
        },
      },
    ]);
  });
});
