// The result view's pure helpers: figures, the histogram's bands, the order and filter of the
// match list, names, a match's criteria and the run's progress as one fraction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching } from '../../../src/lib/matching/index.ts';
import type { MatchingResult, ProgressReport } from '../../../src/lib/matching/types.ts';
import type { CriterionSetting, ProjectRun } from '../../../src/lib/matcher/model.ts';
import {
  arrangeMatches,
  BAND_COUNT,
  busiestBand,
  countedCriteria,
  criterionParts,
  formatCount,
  formatScore,
  formatScoreChange,
  histogramBands,
  LOW_SCORE,
  matchViews,
  nameLookup,
  nameOf,
  overallProgress,
  PAGE_SIZE,
  percent,
  RUN_PHASES,
  storedMatchViews,
  storedUnmatchedViews,
  summaryFigures,
  unmatchedViews,
  visibleCount,
  type MatchView,
} from '../../../src/lib/matcher/result-view.ts';

const view = (key: string, score: number): MatchView => ({ key, ids: key.split('+'), mentorId: null, score, locked: false, brokenRules: [], breakdown: null });

describe('figures', () => {
  it('writes a change in score always signed, with a true minus, and ±0 when nothing shows at one decimal', () => {
    expect(formatScoreChange(1.46, 'nl')).toBe('+1,5');
    expect(formatScoreChange(-2, 'en')).toBe('−2');
    expect(formatScoreChange(0, 'nl')).toBe('±0');
    expect(formatScoreChange(0.02, 'en')).toBe('±0');
    expect(formatScoreChange(-0.04, 'nl')).toBe('±0');
    expect(formatScoreChange(Number.NaN, 'en')).toBe('±0');
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (change) => {
        const text = formatScoreChange(change, 'en');
        // The sign agrees with the number shown, never with a rounding remainder.
        return text.startsWith('±') ? Math.abs(change) < 0.05 : (text.startsWith('+') ? change > 0 : change < 0) && text.slice(1) === formatScore(Math.abs(change), 'en');
      }),
    );
  });
  it('writes scores with at most one decimal in the language’s own way', () => {
    expect(formatScore(72.46, 'nl')).toBe('72,5');
    expect(formatScore(72.46, 'en')).toBe('72.5');
    expect(formatScore(100, 'nl')).toBe('100');
    expect(formatScore(Number.NaN, 'en')).toBe('0');
    expect(formatCount(1000, 'nl')).toBe('1000');
    // Digit groups from five digits on, as in running text: a year or a four-digit count reads as typed.
    expect(formatCount(12_345, 'nl')).toBe('12.345');
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(1000, 'en')).toBe('1000');
  });

  it('gives no mean or lowest score when nothing was matched', () => {
    const summary = { participants: 3, matched: 0, unmatched: 3, matches: 0, meanScore: 0, minScore: 0, maxScore: 0, distribution: [], totalScore: 0 };
    expect(summaryFigures(summary)).toMatchObject({ matches: 0, meanScore: null, minScore: null });
    expect(summaryFigures({ ...summary, matched: 2, unmatched: 1, matches: 1, meanScore: 40, minScore: 40 })).toMatchObject({ meanScore: 40, minScore: 40 });
  });

  it('clamps a fraction to a whole percentage', () => {
    expect([percent(-1), percent(0.456), percent(2), percent(Number.NaN)]).toEqual([0, 46, 100, 0]);
  });
});

describe('the histogram', () => {
  it('has ten bands named 0–9 … 90–100, the tallest bar full height', () => {
    const bands = histogramBands([0, 0, 1, 0, 0, 2, 4, 0, 0, 1]);
    expect(bands.map((band) => [band.from, band.to])).toEqual([[0, 9], [10, 19], [20, 29], [30, 39], [40, 49], [50, 59], [60, 69], [70, 79], [80, 89], [90, 100]]);
    expect(bands.map((band) => band.height)).toEqual([0, 0, 0.25, 0, 0, 0.5, 1, 0, 0, 0.25]);
    expect(busiestBand(bands)).toMatchObject({ from: 60, count: 4 });
  });

  it('treats missing, negative and broken counts as 0, and no matches as no bars', () => {
    const bands = histogramBands([Number.NaN, -3, 2.7]);
    expect(bands).toHaveLength(BAND_COUNT);
    expect(bands.map((band) => band.count)).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(histogramBands([]).every((band) => band.height === 0)).toBe(true);
    expect(busiestBand(histogramBands([]))).toBeNull();
  });

  it('keeps every count and scales every bar into 0–1 for any distribution', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5_000), { minLength: BAND_COUNT, maxLength: BAND_COUNT }), (distribution) => {
        const bands = histogramBands(distribution);
        expect(bands.map((band) => band.count)).toEqual(distribution);
        for (const band of bands) expect(band.height >= 0 && band.height <= 1).toBe(true);
        if (distribution.some((count) => count > 0)) expect(Math.max(...bands.map((band) => band.height))).toBe(1);
      }),
    );
  });
});

describe('the match list', () => {
  const matches = [view('a+b', 40), view('c+d', 90), view('e+f', 40), view('g+h', 75)];

  it('sorts by score either way, equal scores by their key', () => {
    expect(arrangeMatches(matches, { order: 'scoreDescending', lowScoresOnly: false }).map((m) => m.key)).toEqual(['c+d', 'g+h', 'a+b', 'e+f']);
    expect(arrangeMatches(matches, { order: 'scoreAscending', lowScoresOnly: false }).map((m) => m.key)).toEqual(['a+b', 'e+f', 'g+h', 'c+d']);
  });

  it('keeps only scores below the threshold when asked', () => {
    expect(arrangeMatches(matches, { order: 'scoreDescending', lowScoresOnly: true }).map((m) => m.key)).toEqual(['a+b', 'e+f']);
    expect(arrangeMatches([view('x+y', LOW_SCORE)], { order: 'scoreAscending', lowScoresOnly: true })).toEqual([]);
  });

  it('is ordered and the same set of matches whatever order they come in', () => {
    const arbitraryMatches = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 4 }), score: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100) }), { selector: (m) => m.key, maxLength: 40 });
    fc.assert(
      fc.property(arbitraryMatches, fc.boolean(), fc.boolean(), (raw, ascending, low) => {
        const list = raw.map((m) => view(m.key, m.score));
        const options = { order: ascending ? ('scoreAscending' as const) : ('scoreDescending' as const), lowScoresOnly: low };
        const arranged = arrangeMatches(list, options);
        for (let index = 1; index < arranged.length; index++) {
          const step = arranged[index]!.score - arranged[index - 1]!.score;
          expect(ascending ? step >= 0 : step <= 0).toBe(true);
        }
        expect(arranged.map((m) => m.key).sort()).toEqual(list.filter((m) => !low || m.score < LOW_SCORE).map((m) => m.key).sort());
        expect(arrangeMatches([...list].reverse(), options)).toEqual(arranged);
      }),
    );
  });

  it('shows a page at first and never more than there are', () => {
    expect(visibleCount(0, 1000)).toBe(PAGE_SIZE);
    expect(visibleCount(PAGE_SIZE * 2, 1000)).toBe(PAGE_SIZE * 2);
    expect(visibleCount(PAGE_SIZE, 7)).toBe(7);
  });
});

describe('names', () => {
  it('looks names up by id, the first of a duplicate id wins, and an unknown id shows as itself', () => {
    const names = nameLookup([{ id: 'a', name: 'Anna' }, { id: 'a', name: 'Other' }, { id: 'b', name: '  ' }]);
    expect([nameOf(names, 'a'), nameOf(names, 'b'), nameOf(names, 'gone')]).toEqual(['Anna', 'b', 'gone']);
  });
});

describe('a match’s criteria', () => {
  const criteria: CriterionSetting[] = [
    { id: 'skills', spec: { kind: 'offerMeetsWant' }, importance: 3 },
    { id: 'interests', spec: { kind: 'shared', property: 'interests' }, importance: 0 },
    { id: 'languages', spec: { kind: 'shared', property: 'languages' }, importance: 1 },
  ];
  const result = runMatching({
    participants: [
      { id: 'anna', name: 'Anna', role: 'mentor', languages: ['Nederlands'], skillsOffered: ['Excel'] },
      { id: 'bram', name: 'Bram', role: 'mentee', languages: ['Nederlands'], skillsWanted: ['Excel', 'SQL'] },
    ],
    // As engineCriteria gives them: the criterion left out (importance 0) is not numbered.
    criteria: [{ kind: 'offerMeetsWant', weight: 4 }, { kind: 'shared', property: 'languages', weight: 1 }],
    mode: { kind: 'mentoring' },
  });

  it('numbers the criteria that count the way the engine does', () => {
    expect(countedCriteria(criteria).map((setting) => setting.id)).toEqual(['skills', 'languages']);
  });

  it('gives each criterion its points, the most it could give, and its label from the project', () => {
    const parts = criterionParts(result.matches[0]!.breakdown, criteria);
    // The titles of the criteria step (criteria.ts), so a criterion has one name throughout.
    expect(parts.map((part) => part.label)).toEqual([
      { key: 'matcher.setup.criterion.offerMeetsWant.title' },
      { key: 'matcher.setup.criterion.shared.columnTitle', params: { property: { key: 'matcher.setup.column.languages' } } },
    ]);
    expect(parts.map((part) => part.maxPoints)).toEqual([80, 20]);
    expect(parts[0]!.fill).toBeCloseTo(0.5);
    expect(parts[1]!.fill).toBe(1);
    expect(parts.reduce((sum, part) => sum + part.points, 0)).toBeCloseTo(result.matches[0]!.score, 1);
    expect(parts[1]!.reasons[0]).toEqual({ key: 'matching.criterion.shared.languages', params: { items: ['Nederlands'] } });
  });

  it('falls back to the kind when the project’s criteria no longer fit the run', () => {
    const parts = criterionParts(result.matches[0]!.breakdown, [{ id: 'x', spec: { kind: 'nomination' }, importance: 2 }]);
    expect(parts.map((part) => part.label.key)).toEqual(['matcher.result.criterionKind.offerMeetsWant', 'matcher.result.criterionKind.shared']);
  });
});

describe('result and stored run in one shape', () => {
  const result = runMatching({
    participants: [
      { id: 'm', name: 'Mira', role: 'mentor', languages: ['nl'] },
      { id: 'e', name: 'Eva', role: 'mentee', languages: ['nl'] },
      { id: 'x', name: 'Xander', role: 'mentee', languages: ['fr'] },
    ],
    criteria: [{ kind: 'shared', property: 'languages', weight: 1 }],
    mode: { kind: 'mentoring' },
  }) as MatchingResult & { mode: 'mentoring' };

  it('keeps the mentor, the breakdown and the reasons of the full result', () => {
    expect(matchViews(result)).toMatchObject([{ ids: ['m', 'e'], mentorId: 'm', score: 100 }]);
    expect(matchViews(result)[0]!.breakdown).toHaveLength(1);
    const [person] = unmatchedViews(result);
    expect(person).toMatchObject({ id: 'x', reason: 'noEligiblePartner' });
    expect(person!.message?.key).toBe('matching.unmatched.noEligiblePartnerAll');
  });

  it('shows a stored run without details, its mentor first', () => {
    const run: ProjectRun = {
      id: 'r', at: '2026-03-03T10:00:00.000Z', fingerprint: 'f', status: 'ok', mode: 'mentoring', objective: 'total', summary: result.summary,
      matches: [{ ids: ['m', 'e'], score: 100, locked: false }], unmatched: [{ id: 'x', reason: 'noEligiblePartner' }],
    };
    expect(storedMatchViews(run)).toEqual([{ key: 'e\u001fm', ids: ['m', 'e'], mentorId: 'm', score: 100, locked: false, brokenRules: [], breakdown: null }]);
    expect(storedMatchViews({ ...run, mode: 'peers' })[0]!.mentorId).toBeNull();
    expect(storedUnmatchedViews(run)).toEqual([{ id: 'x', reason: 'noEligiblePartner', message: null, remedyMessage: null }]);
  });
});

describe('progress', () => {
  it('runs from 0 to 1 through the three phases, each phase picking up where the last ended', () => {
    expect(overallProgress(null)).toBe(0);
    expect(overallProgress({ phase: 'prepare', fraction: 0 })).toBe(0);
    expect(overallProgress({ phase: 'explain', fraction: 1 })).toBe(1);
    expect(overallProgress({ phase: 'prepare', fraction: 1 })).toBeCloseTo(overallProgress({ phase: 'solve', fraction: 0 }));
    expect(overallProgress({ phase: 'solve', fraction: 1 })).toBeCloseTo(overallProgress({ phase: 'explain', fraction: 0 }));
  });

  it('never goes back as the engine reports in order, and stays in 0–1 for any report', () => {
    const report = fc.record({ phase: fc.constantFrom(...RUN_PHASES), fraction: fc.double() });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 30 }), (reports) => {
        for (const r of reports) {
          const value = overallProgress(r);
          expect(value >= 0 && value <= 1).toBe(true);
        }
        const inOrder = reports
          .map((r): ProgressReport => ({ phase: r.phase, fraction: Number.isFinite(r.fraction) ? Math.min(1, Math.max(0, r.fraction)) : 0 }))
          .sort((a, b) => RUN_PHASES.indexOf(a.phase) - RUN_PHASES.indexOf(b.phase) || a.fraction - b.fraction);
        for (let index = 1; index < inOrder.length; index++) expect(overallProgress(inOrder[index]!)).toBeGreaterThanOrEqual(overallProgress(inOrder[index - 1]!));
      }),
    );
  });
});
