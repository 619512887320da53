// The review list's filters and their counts.
import { describe, expect, it } from 'vitest';
import { matchKey, type ReviewDecisions } from '../../../../src/lib/matcher/model.ts';
import type { MatchView } from '../../../../src/lib/matcher/result-view.ts';
import { filterCounts, filterMatches } from '../../../../src/lib/matcher/review/filters.ts';

const view = (ids: string[], score: number, locked = false): MatchView => ({ key: matchKey(ids), ids, mentorId: ids[0]!, score, locked, brokenRules: [], breakdown: null });
const matches = [view(['m1', 'e1'], 80), view(['m2', 'e2'], 30), view(['m3', 'e3'], 60, true), view(['m4', 'e4'], 90)];
const review: ReviewDecisions = { locked: [['e2', 'm2'], ['e4', 'm4']], forbidden: [], approved: [matchKey(['m1', 'e1'])], manual: [['e4', 'm4']] };

describe('review filters', () => {
  it('keep the matches that fit each filter', () => {
    const keysOf = (filter: Parameters<typeof filterMatches>[2]) => filterMatches(matches, review, filter).map((m) => m.ids[0]);
    expect(keysOf('all')).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(keysOf('lowScore')).toEqual(['m2']);
    // m3 is locked by the engine only (held in place by a run after a change by hand), not by the coordinator.
    // One rule for the counts and the chips: a change by hand is not also counted as a lock.
    expect(keysOf('locked')).toEqual(['m2']);
    expect(keysOf('changedByHand')).toEqual(['m4']);
    expect(keysOf('notApproved')).toEqual(['m2', 'm3', 'm4']);
    expect(keysOf('unmatched')).toEqual([]);
    expect(filterCounts(matches, 2, review)).toEqual({ all: 4, lowScore: 1, unmatched: 2, locked: 1, changedByHand: 1, notApproved: 3 });
  });
});
