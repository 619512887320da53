// The breakdown shown to coordinators must match what the solver optimised: the batch
// score matrix equals the per-pair scorer, and breakdown points add up to the score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../src/lib/matching/context.ts';
import { runMatching, type MatchingInput, type Mode } from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { scoreMatrix } from '../../../src/lib/matching/score-matrix.ts';
import { instanceArb } from './arbitraries.ts';
import { formatIn } from './format.ts';

const MODES: readonly Mode[] = [{ kind: 'mentoring' }, { kind: 'reciprocal' }, { kind: 'peers' }, { kind: 'stable' }];

describe('scores and explanations agree', () => {
  it('score matrix equals the per-pair scorer in both orientations', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 8, modes: MODES }), (input) => {
        const ctx = createContext(input, silentControl);
        const all = ctx.features.people.map((_, i) => i);
        for (const orientation of ['directed', 'symmetric'] as const) {
          const m = scoreMatrix(ctx.features, ctx.scorer, all, all, orientation, silentControl);
          for (const a of all) for (const b of all) expect(m[a * all.length + b]).toBe(ctx.scorer.score(a, b, orientation));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the solver layout (transposed, hard rules and closed rows as -1) equals per-pair score and mask', () => {
    // Some inputs get top criteria and more than 32 distinct tokens, so the countCommon fallbacks run too.
    const widen = (input: MatchingInput, seed: number): MatchingInput => ({
      ...input,
      ...(seed % 5 < 2 && input.participants.length > 3
        ? { history: { rounds: [{ pairs: [[input.participants[0]!.id, input.participants[1]!.id], [input.participants[3]!.id, input.participants[2]!.id]], unmatched: [] }] } }
        : {}),
      participants: input.participants.map((p, j) => ({
        ...p,
        ...(seed % 3 === 0 && input.criteria.length > 0 && j % 2 === 0 ? { topCriterion: j % input.criteria.length } : {}),
        ...(seed % 2 === 0
          ? { interests: [...(p.interests ?? []), ...Array.from({ length: 6 }, (_, t) => `t${(j * 7 + t) % 40}`)], languages: [...(p.languages ?? []), `l${j}`, `m${j}`, `n${j}`, `o${j}`], skillsWanted: [...(p.skillsWanted ?? []), `w${j}`, `v${j}`, `u${j}`] }
          : {}),
      })),
    });
    fc.assert(
      fc.property(instanceArb({ maxPeople: 10, modes: MODES }), fc.nat(), (raw, seed) => {
        const ctx = createContext(widen(raw, seed), silentControl);
        const all = ctx.features.people.map((_, i) => i);
        const rows = all.filter((i) => i % 2 === seed % 2);
        const cols = all.filter((i) => i % 3 !== seed % 3);
        const closedRows = Uint8Array.from(rows, (_, r) => ((r + seed) % 4 === 0 ? 1 : 0));
        for (const orientation of ['directed', 'symmetric'] as const) {
          const m = scoreMatrix(ctx.features, ctx.scorer, rows, cols, orientation, silentControl, { transpose: true, rules: ctx.maskRows(cols), closedRows });
          rows.forEach((a, r) =>
            cols.forEach((b, k) => {
              const expected = closedRows[r] === 1 || ctx.mask(a, b) !== 0 ? -1 : ctx.scorer.score(a, b, orientation);
              expect(m[k * rows.length + r]).toBe(expected);
            }),
          );
        }
        const masks = new Int32Array(cols.length);
        const rowMasks = ctx.maskRows(cols);
        for (const a of all) {
          rowMasks(a, masks);
          cols.forEach((b, k) => expect(masks[k]).toBe(ctx.mask(a, b)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('breakdown points add up to the match score', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 8, modes: MODES }), (input) => {
        for (const m of runMatching(input).matches) {
          const points = m.breakdown.reduce((s, b) => s + b.points, 0);
          expect(Math.abs(points - m.score)).toBeLessThanOrEqual(0.01 * (m.breakdown.length + 1));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('runs the example from docs/matching.md', () => {
    const result = runMatching({
      participants: [
        { id: 'anna', name: 'Anna', role: 'mentor', department: 'Finance', languages: ['Nederlands'], skillsOffered: ['Excel', 'SQL'], level: 5, capacity: 2 },
        { id: 'bram', name: 'Bram', role: 'mentee', department: 'IT', languages: ['Nederlands'], skillsWanted: ['Excel'], level: 3, managerId: 'carla', preferredPartners: ['anna'] },
        { id: 'carla', name: 'Carla', role: 'mentor', department: 'IT', languages: ['Nederlands'] },
      ],
      criteria: [
        { kind: 'offerMeetsWant', weight: 3 },
        { kind: 'different', weight: 1, property: 'department' },
        { kind: 'levelGap', weight: 1, target: 2, tolerance: 1 },
        { kind: 'nomination', weight: 1 },
      ],
      rules: { noReportingLine: true, sharedLanguage: true },
      mode: { kind: 'mentoring' },
      objective: 'total',
    });
    const m = result.matches[0]!;
    expect(m).toMatchObject({ ids: ['anna', 'bram'], mentorId: 'anna', score: 100, locked: false, brokenRules: [] });
    expect(m.breakdown[0]).toMatchObject({ criterion: 0, kind: 'offerMeetsWant', weight: 3, value: 1, points: 50 });
    expect(formatIn('nl', m.breakdown[0]!.reasons[0]!)).toBe('Anna biedt Excel aan, wat Bram wil leren');
    expect(result.unmatched).toMatchObject([{ id: 'carla', reason: 'noEligiblePartner', topRule: 'reportingLine' }]);
  });
});
