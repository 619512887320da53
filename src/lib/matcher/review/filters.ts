// The review list's filters. "Unmatched" lists people rather than matches, so it is a filter of
// its own kind; the others keep the matches that fit, in the order given.
import type { ReviewDecisions } from '../model.ts';
import { LOW_SCORE, type MatchView } from '../result-view.ts';
import { createMatchReview } from './decisions.ts';

export const REVIEW_FILTERS = ['all', 'lowScore', 'unmatched', 'locked', 'changedByHand', 'notApproved'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** Matches that pass the filter; none for `unmatched` (the view shows the unmatched people instead). */
export function filterMatches(matches: readonly MatchView[], review: ReviewDecisions, filter: ReviewFilter): MatchView[] {
  const status = createMatchReview(review);
  switch (filter) {
    case 'all':
      return [...matches];
    case 'unmatched':
      return [];
    case 'lowScore':
      return matches.filter((match) => match.score < LOW_SCORE);
    // The coordinator's locks only (not the pairs a run after a change by hand held in place), as the chips say.
    case 'locked':
      return matches.filter((match) => status(match.ids).locked);
    case 'changedByHand':
      return matches.filter((match) => status(match.ids).changedByHand);
    case 'notApproved':
      return matches.filter((match) => !status(match.ids).approved);
  }
}

/** How many each filter keeps, for the counts beside the filter buttons. */
export function filterCounts(matches: readonly MatchView[], unmatched: number, review: ReviewDecisions): Record<ReviewFilter, number> {
  const counts = {} as Record<ReviewFilter, number>;
  for (const filter of REVIEW_FILTERS) counts[filter] = filter === 'unmatched' ? unmatched : filterMatches(matches, review, filter).length;
  return counts;
}
