import { useRef } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchView } from '../../../lib/matcher/result-view.ts';
import { approve, undoApproval } from '../../../stores/matcher-review.ts';
import { useAnnounce } from '../../ui/announce.ts';

interface Props {
  locale: Locale;
  projectId: string;
  matches: readonly MatchView[];
  approved: number;
}

/** How many matches are approved, Approve all with Undo, and what approval means for the rest of the step. */
export function ApprovalSummary({ locale, projectId, matches, approved }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const total = matches.length;
  const count = useRef<HTMLParagraphElement>(null);

  const approveAll = () => {
    const change = approve(projectId, matches.map((match) => match.ids));
    if (change === null) return;
    // The button goes once everything is approved; focus moves to the count it changed rather than falling to the page.
    count.current?.focus();
    announce(t('matcher.tell.ui.approve.done', { count: total - approved }), {
      tone: 'success',
      action: {
        label: t('matcher.tell.ui.approve.undo'),
        run: () => {
          undoApproval(projectId, change);
          announce(t('matcher.tell.ui.approve.undone'));
        },
      },
    });
  };

  return (
    <section class="tell-section tell-approval" aria-labelledby="tell-approve-heading">
      <h3 id="tell-approve-heading">{t('matcher.tell.ui.approve.heading')}</h3>
      <div class="tell-approval__row">
        <p class="tell-approval__count" data-testid="tell-approved-count" tabIndex={-1} ref={count}>
          <strong>{t('matcher.tell.ui.approve.count', { approved, count: total })}</strong>
        </p>
        {approved < total ? (
          <button type="button" class="button button--primary" onClick={approveAll}>
            {t('matcher.tell.ui.approve.all')}
          </button>
        ) : (
          <p class="tell-approval__done">{t('matcher.tell.ui.approve.allDone')}</p>
        )}
      </div>
      <p class="tell-approval__note">{t('matcher.tell.ui.approve.note')}</p>
      {approved === 0 && <p class="tell-approval__note">{t('matcher.tell.ui.approve.none')}</p>}
    </section>
  );
}
