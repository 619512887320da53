import type { matcherReview as nl } from '../nl/matcher-review.ts';
import type { Translation } from '../table.ts';

export const matcherReview = {
  'matcher.review.change.swap': '{a} and {b} trade places',
  'matcher.review.change.move': '{name} moves to {to}’s group',
  'matcher.review.change.assign': 'Match {name} with {to}',
  'matcher.review.change.lock': 'Lock {a} and {b}',
  'matcher.review.change.forbid': 'Never match {a} and {b} again',
  'matcher.review.preview.invalid': 'This change isn’t possible here: pick two other people.',
  'matcher.review.preview.breaksRule': '{names}: this goes against a hard rule ({rule}). You can still do it; the match is then marked as such.',
  'matcher.review.preview.becomesUnmatched': '{name} would be left without a match.',
  'matcher.review.preview.becomesMatched': '{name} would get a match.',
  'matcher.review.preview.overCapacity': '{name} would get more mentees than agreed.',
  'matcher.review.objective.total': 'Highest total score',
  'matcher.review.objective.fairness': 'Fairest (best lowest match)',
  'matcher.review.objective.stable': 'Stable, from the nominations',
  'matcher.review.filter.all': 'All matches',
  'matcher.review.filter.lowScore': 'Low scores',
  'matcher.review.filter.unmatched': 'Not matched',
  'matcher.review.filter.locked': 'Locked',
  'matcher.review.filter.changedByHand': 'Changed by hand',
  'matcher.review.filter.notApproved': 'Not yet approved',
  'matcher.review.exit.mismatch': 'It didn’t click',
  'matcher.review.exit.schedule': 'Their diaries didn’t fit',
  'matcher.review.exit.leftOrganisation': 'Left the organisation',
  'matcher.review.exit.other': 'Another reason',
} as const satisfies Translation<typeof nl>;
