// What changed since the last run: matches made and ended, and the change in the figures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectRun, StoredMatch } from '../../../../src/lib/matcher/model.ts';
import { latestRunDiff, runDiff } from '../../../../src/lib/matcher/review/run-diff.ts';
import { T0 } from './helpers.ts';

function run(matches: StoredMatch[], matched = matches.length * 2): ProjectRun {
  const total = matches.reduce((sum, match) => sum + match.score, 0);
  return {
    id: `run-${matches.length}`,
    at: T0,
    fingerprint: 'f',
    status: 'ok',
    mode: 'mentoring',
    objective: 'total',
    summary: {
      participants: 10,
      matched,
      unmatched: 10 - matched,
      matches: matches.length,
      meanScore: matches.length > 0 ? total / matches.length : 0,
      minScore: Math.min(...matches.map((match) => match.score), 0),
      maxScore: Math.max(...matches.map((match) => match.score), 0),
      distribution: [],
      totalScore: total,
    },
    matches,
    unmatched: [],
  };
}

const match = (ids: string[], score: number, locked = false): StoredMatch => ({ ids, score, locked });

describe('run diff', () => {
  it('lists the matches made and ended, highest score first, and the change in total, mean and matched', () => {
    const before = run([match(['m1', 'e1'], 80), match(['m2', 'e2'], 40), match(['m3', 'e3'], 60)]);
    const after = run([match(['m1', 'e1'], 80, true), match(['m2', 'e3'], 70), match(['m3', 'e2'], 50), match(['m4', 'e4'], 90)]);
    const diff = runDiff(before, after);
    expect(diff.made.map((m) => m.ids)).toEqual([['m4', 'e4'], ['m2', 'e3'], ['m3', 'e2']]);
    expect(diff.ended.map((m) => m.ids)).toEqual([['m3', 'e3'], ['m2', 'e2']]);
    expect(diff.kept).toBe(1);
    expect(diff.total).toEqual({ before: 180, after: 290, change: 110 });
    expect(diff.mean).toEqual({ before: 60, after: 72.5, change: 12.5 });
    expect(diff.matched).toEqual({ before: 6, after: 8, change: 2 });
    expect(diff.same).toBe(false);
  });

  it('a match is the same match whatever the order of its ids, its score or lock', () => {
    const diff = runDiff(run([match(['m1', 'e1'], 80)]), run([match(['e1', 'm1'], 80, true)]));
    expect(diff).toMatchObject({ made: [], ended: [], kept: 1, same: true });
    expect(diff.total.change).toBe(0);
  });

  it('rounds away float noise in the change', () => {
    const diff = runDiff(run([match(['a', 'b'], 0.1), match(['c', 'd'], 0.2)]), run([match(['a', 'b'], 0.3)]));
    expect(diff.total.change).toBe(0);
  });

  it('without matches the mean is 0 either side, never a stray figure', () => {
    const empty = run([]);
    const diff = runDiff(empty, run([match(['a', 'b'], 50)]));
    expect(diff.mean).toEqual({ before: 0, after: 50, change: 50 });
  });

  it('compares the latest two runs; none with fewer than two', () => {
    const first = run([match(['a', 'b'], 50)]);
    const second = run([match(['a', 'c'], 60)]);
    expect(latestRunDiff([])).toBeNull();
    expect(latestRunDiff([first])).toBeNull();
    expect(latestRunDiff([first, first, second])!.made.map((m) => m.ids)).toEqual([['a', 'c']]);
  });

  it('for any two runs: kept + made is the later count, kept + ended the earlier, and a run compared with itself is the same', () => {
    const pairs = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 7, max: 12 })), { selector: ([a, b]) => `${a}-${b}`, maxLength: 8 });
    const toRun = (list: [number, number][]) => run(list.map(([a, b], index) => match([`p${a}`, `p${b}`], (index * 7) % 100)));
    fc.assert(
      fc.property(pairs, pairs, (a, b) => {
        const earlier = toRun(a);
        const later = toRun(b);
        const diff = runDiff(earlier, later);
        expect(diff.kept + diff.made.length).toBe(later.matches.length);
        expect(diff.kept + diff.ended.length).toBe(earlier.matches.length);
        expect(runDiff(later, later).same).toBe(true);
      }),
    );
  });
});
