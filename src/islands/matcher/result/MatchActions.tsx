import type { MatchReview } from '../../../lib/matcher/review/decisions.ts';
import type { MatchView } from '../../../lib/matcher/result-view.ts';
import type { Translate } from '../../../lib/i18n/index.ts';
import { ReviewButton } from './ReviewButton.tsx';
import { startingPerson } from './review-words.ts';
import type { ReviewActions } from './useReviewActions.ts';

interface Props {
  t: Translate;
  match: MatchView;
  status: MatchReview;
  /** The id of the element that names the match (its heading or table cell): the group's name. */
  labelledBy: string;
  actions: ReviewActions;
  onAdjust: (startWith: string | null, opener: HTMLButtonElement) => void;
}

/**
 * What the coordinator can do with one match. Lock and forbid work on pairs, so a group (three
 * or more) offers approval and a change by hand only: moving someone is how a group is fixed.
 */
export function MatchActions({ t, match, status, labelledBy, actions, onAdjust }: Props) {
  const pair = match.ids.length === 2;
  return (
    <div class="review-actions" role="group" aria-labelledby={labelledBy}>
      <ReviewButton class={status.approved ? undefined : 'button--primary'} testId="review-approve" onPress={() => actions.toggleApproval(match, status.approved)}>
        {t(status.approved ? 'matcher.review.action.unapprove' : 'matcher.review.action.approve')}
      </ReviewButton>
      {pair && (
        <ReviewButton testId="review-lock" onPress={() => actions.toggleLock(match, status.kept)}>
          {t(status.kept ? 'matcher.review.action.unlock' : 'matcher.review.action.lock')}
        </ReviewButton>
      )}
      {pair && (
        <ReviewButton testId="review-forbid" onPress={() => actions.forbidPair(match)}>
          {t('matcher.review.action.forbid')}
        </ReviewButton>
      )}
      <ReviewButton testId="review-adjust" onPress={(button) => onAdjust(startingPerson(match.ids, match.mentorId), button)}>
        {t('matcher.review.action.adjust')}
      </ReviewButton>
    </div>
  );
}
