import type { MatchView, NameLookup } from '../../../lib/matcher/result-view.ts';
import { useMemo } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { IdPair } from '../../../lib/matching/types.ts';
import { approve, forbid, lock, unapprove, undoApproval, undoReview, unlock, type ReviewUndo } from '../../../stores/matcher-review.ts';
import type { ReviewChange } from '../../../lib/matcher/review/decisions.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { listNames } from './review-words.ts';

export interface ReviewActions {
  toggleApproval(match: MatchView, approved: boolean): void;
  toggleLock(match: MatchView, locked: boolean): void;
  forbidPair(match: MatchView): void;
  approveAll(matches: readonly MatchView[]): void;
}

/** The review decisions of one project, each confirmed in the toast with an Undo that takes it back. Stable while its inputs are, so memoised cards are not drawn again. */
export function useReviewActions(locale: Locale, projectId: string, names: NameLookup): ReviewActions {
  const announce = useAnnounce();
  return useMemo(() => reviewActions(locale, projectId, names, announce), [locale, projectId, names, announce]);
}

function reviewActions(locale: Locale, projectId: string, names: NameLookup, announce: ReturnType<typeof useAnnounce>): ReviewActions {
  const t = translator(locale);
  const namesOf = (match: MatchView) => listNames(locale, names, match.ids);
  const undone = () => announce(t('matcher.review.toast.undone'), { tone: 'info' });

  const approvalToast = (text: string, change: ReviewChange | null, focusAction = false) => {
    if (change === null) return;
    announce(text, {
      tone: 'success',
      focusAction,
      action: {
        label: t('matcher.review.undo'),
        run: () => {
          undoApproval(projectId, change);
          undone();
        },
      },
    });
  };
  const decisionToast = (text: string, undo: ReviewUndo | null, focusAction = false) => {
    if (undo === null) return;
    announce(text, {
      tone: 'success',
      focusAction,
      action: {
        label: t('matcher.review.undo'),
        run: () => {
          undoReview(projectId, undo);
          undone();
        },
      },
    });
  };
  const pairOf = (match: MatchView): IdPair => [match.ids[0]!, match.ids[1]!];

  return {
    toggleApproval(match, approved) {
      if (approved) approvalToast(t('matcher.review.toast.unapproved', { names: namesOf(match) }), unapprove(projectId, [match.ids]));
      else approvalToast(t('matcher.review.toast.approved', { names: namesOf(match) }), approve(projectId, [match.ids]));
    },
    toggleLock(match, locked) {
      if (match.ids.length !== 2) return;
      if (locked) decisionToast(t('matcher.review.toast.unlocked', { names: namesOf(match) }), unlock(projectId, pairOf(match)));
      else decisionToast(t('matcher.review.toast.locked', { names: namesOf(match) }), lock(projectId, pairOf(match)));
    },
    forbidPair(match) {
      if (match.ids.length !== 2) return;
      // The match leaves the list once its two people are placed anew: the Undo takes the focus.
      decisionToast(t('matcher.review.toast.forbidden', { names: namesOf(match) }), forbid(projectId, pairOf(match)), true);
    },
    approveAll(matches) {
      const change = approve(projectId, matches.map((match) => match.ids));
      if (change === null) {
        announce(t('matcher.review.toast.nothingToApprove'), { tone: 'info' });
        return;
      }
      approvalToast(t('matcher.review.toast.allApproved', { count: change.remove.approved?.length ?? 0 }), change);
    },
  };
}
