import type { MatchReview } from '../../../lib/matcher/review/decisions.ts';
import type { MatchView } from '../../../lib/matcher/result-view.ts';
import type { Translate } from '../../../lib/i18n/index.ts';

interface Props {
  t: Translate;
  match: MatchView;
  /** The coordinator's decisions about this match (createMatchReview), not the engine's `locked`, which held pairs share. */
  status: MatchReview;
}

/** Where a match stands, each state in words (an icon-free chip), never a colour alone. */
export function StatusChips({ t, match, status }: Props) {
  return (
    <ul class="review-status" aria-label={t('matcher.review.table.status')}>
      <li class="review-chip" data-state={status.approved ? 'approved' : 'proposed'}>
        {t(status.approved ? 'matcher.review.status.approved' : 'matcher.review.status.proposed')}
      </li>
      {status.manual ? (
        <li class="review-chip" data-state="manual">
          {t('matcher.review.status.manual')}
        </li>
      ) : (
        status.locked && (
          <li class="review-chip" data-state="locked">
            {t('matcher.review.status.locked')}
          </li>
        )
      )}
      {match.brokenRules.length > 0 && (
        <li class="review-chip" data-state="breaksRule">
          {t('matcher.review.status.breaksRule')}
        </li>
      )}
    </ul>
  );
}
