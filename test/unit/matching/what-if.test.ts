// What-if: every evaluation must equal recomputing the edited matching from scratch — the
// engine itself scores the edited pairs as locked pairs (scores and broken rules), groups and
// trios are scored as the mean of their pairs — and the edit must be the one asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type Mode } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { createWhatIf, type WhatIfChange } from '../../../src/lib/matching/what-if.ts';
import { instanceArb } from './arbitraries.ts';

const MODES: readonly Mode[] = [
  { kind: 'mentoring' },
  { kind: 'mentoring', bothRoleSide: 'mentor' },
  { kind: 'reciprocal' },
  { kind: 'peers' },
  { kind: 'peers', allowTrio: true },
  { kind: 'groups', size: 3, minSize: 2, maxSize: 4 },
  { kind: 'groups', size: 2, oneMentorPerGroup: true },
];

const changeArb = fc.record({
  kind: fc.constantFrom('lock', 'forbid', 'swap', 'assign'),
  a: fc.integer({ min: 0, max: 9 }),
  b: fc.integer({ min: 0, max: 9 }),
});

function toChange(c: { kind: string; a: number; b: number }): WhatIfChange {
  const a = `p${c.a}`;
  const b = `p${c.b}`;
  return c.kind === 'assign' ? { kind: 'assign', id: a, to: b } : { kind: c.kind as 'lock' | 'forbid' | 'swap', ids: [a, b] };
}

/** The edited matching's total and per-match rule breaks, computed without the evaluator. */
function fromScratch(input: MatchingInput, edited: readonly { ids: readonly string[]; mentorId?: string }[]): { total: number; broken: Map<string, string[]> } {
  const matches = edited.map((m) => m.ids);
  const pairs = matches.filter((m) => m.length === 2);
  const broken = new Map<string, string[]>();
  let total = 0;
  if (input.mode.kind !== 'groups') {
    const locked = runMatching({ ...input, rules: { ...input.rules, lockedPairs: pairs.map((m) => [m[0]!, m[1]!] as const) } });
    const lockedMatches = locked.matches.filter((m) => m.locked);
    expect(lockedMatches.length).toBe(pairs.length);
    for (const m of lockedMatches) {
      total += m.score;
      broken.set([...m.ids].sort().join(','), [...m.brokenRules]);
    }
  }
  const ctx = createContext(input, silentControl);
  const i = (id: string): number => ctx.features.indexById.get(id)!;
  for (const { ids: m, mentorId: mentor } of edited) {
    if (m.length === 2 && input.mode.kind !== 'groups') continue;
    let sum = 0;
    let count = 0;
    let mask = 0;
    for (let x = 0; x < m.length; x++)
      for (let y = x + 1; y < m.length; y++) {
        let [p, q] = [m[x]!, m[y]!];
        if (q === mentor) [p, q] = [q, p];
        sum += ctx.scorer.score(i(p), i(q), p === mentor ? 'directed' : 'symmetric');
        count++;
        mask |= ctx.mask(i(p), i(q));
      }
    total += Math.round(sum / count) / 100;
    broken.set([...m].sort().join(','), mask === 0 ? [] : ['some']);
  }
  return { total, broken };
}

describe('what-if', () => {
  it('equals recomputing the edited matching from scratch, for random results and changes', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 9, minPeople: 2, modes: MODES }), fc.array(changeArb, { minLength: 1, maxLength: 4 }), (input, changes) => {
        const result = runMatching(input);
        if (result.mode === null) return;
        const whatIf = createWhatIf(input, result);
        const before = result.matches.map((m) => m.ids);
        const matchedBefore = new Set(before.flat());
        for (const raw of changes) {
          const change = toChange(raw);
          const outcome = whatIf.evaluate(change);
          if (!outcome.valid) continue;
          const edited = [...before.filter((_, k) => !outcome.removed.includes(k)), ...outcome.added.map((m) => m.ids)];
          // Nobody twice, except a mentor with several mentees in mode (a).
          const seen = edited.flat().filter((id) => !edited.some((m) => m.length === 2 && m[0] === id && result.mode === 'mentoring'));
          expect(new Set(seen).size).toBe(seen.length);

          const scratch = fromScratch(input, [...result.matches.filter((_, k) => !outcome.removed.includes(k)), ...outcome.added]);
          expect(outcome.totalScore).toBeCloseTo(scratch.total, 1);
          expect(outcome.delta).toBeCloseTo(scratch.total - whatIf.totalScore, 1);
          for (const m of outcome.added) {
            const expected = scratch.broken.get([...m.ids].sort().join(','));
            if (expected?.[0] === 'some') expect(m.brokenRules.length).toBeGreaterThan(0);
            else expect(m.brokenRules).toEqual(expected ?? []);
          }
          const matchedAfter = new Set(edited.flat());
          expect([...outcome.unmatched].sort()).toEqual([...matchedBefore].filter((id) => !matchedAfter.has(id)).sort());
          expect([...outcome.newlyMatched].sort()).toEqual([...matchedAfter].filter((id) => !matchedBefore.has(id)).sort());

          const together = (x: string, y: string): boolean => edited.some((m) => m.includes(x) && m.includes(y));
          if (change.kind === 'lock') expect(together(change.ids[0], change.ids[1])).toBe(true);
          if (change.kind === 'forbid') expect(together(change.ids[0], change.ids[1])).toBe(false);
          if (change.kind === 'assign') expect(together(change.id, change.to)).toBe(true);
          if (change.kind === 'swap') {
            const [x, y] = change.ids;
            const matesBefore = (id: string): string[] => before.find((m) => m.includes(id))?.filter((o) => o !== id) ?? [];
            const matesAfter = (id: string): string[] => edited.find((m) => m.includes(id))?.filter((o) => o !== id) ?? [];
            if (before.some((m) => m.includes(x) && m.includes(y))) expect([outcome.removed, outcome.added]).toEqual([[], []]);
            else {
              expect(matesAfter(x).sort()).toEqual(matesBefore(y).sort());
              expect(matesAfter(y).sort()).toEqual(matesBefore(x).sort());
            }
          }
        }
      }),
      { numRuns: 800 },
    );
  }, 60_000);

  it('reports a locked pair that breaks a rule, an over-full mentor and who is left without a partner', () => {
    const input: MatchingInput = {
      participants: [
        { id: 'm1', name: 'M1', role: 'mentor', languages: ['nl'] },
        { id: 'm2', name: 'M2', role: 'mentor', languages: ['en'] },
        { id: 'e1', name: 'E1', role: 'mentee', languages: ['nl'] },
        { id: 'e2', name: 'E2', role: 'mentee', languages: ['en'] },
      ],
      criteria: [],
      mode: { kind: 'mentoring' },
    };
    const result = runMatching(input);
    expect(result.matches.map((m) => m.ids)).toEqual([['m1', 'e1'], ['m2', 'e2']]);
    const outcome = createWhatIf(input, result).evaluate({ kind: 'assign', id: 'e2', to: 'm1' });
    expect(outcome.added).toEqual([{ ids: ['m1', 'e2'], mentorId: 'm1', score: 0, brokenRules: ['noSharedLanguage'] }]);
    expect(outcome.removed).toEqual([1]);
    expect(outcome.overCapacity).toEqual(['m1']);
    expect(outcome.unmatched).toEqual(['m2']);
  });
});
