import { useRef, useState } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { matchKey, type MatchingProject } from '../../../lib/matcher/model.ts';
import { roundCounts, roundToClose } from '../../../lib/matcher/review/rounds.ts';
import { nowIso } from '../../../stores/matcher.ts';
import { closeRound, reopenRound } from '../../../stores/matcher-review.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { useAnnounce } from '../../ui/announce.ts';

interface Props {
  locale: Locale;
  project: MatchingProject;
  idPrefix: string;
  /** Where focus goes once the round is closed. */
  afterClose: () => void;
}

/** The round in progress: its number, what is approved, and closing it (confirmed, with Undo). */
export function CurrentRound({ locale, project, idPrefix, afterClose }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const number = project.rounds.length + 1;
  const run = project.runs.at(-1);
  const approved = new Set(project.review.approved);
  const approvedCount = run ? run.matches.filter((match) => approved.has(matchKey(match.ids))).length : 0;
  const round = roundToClose(project, nowIso());
  // Counted as the history will count the closed round, so the two say the same.
  const counts = round === null ? null : roundCounts(round);
  const headingId = `${idPrefix}-current`;
  const reasonId = `${idPrefix}-close-reason`;

  const close = () => {
    setConfirming(false);
    const closed = closeRound(project.id);
    if (!closed) return;
    afterClose();
    announce(t('matcher.rounds.closed', { number }), {
      tone: 'success',
      action: {
        label: t('matcher.rounds.undo'),
        run: () => {
          reopenRound(project.id, closed);
          announce(t('matcher.rounds.reopened', { number }), { tone: 'success' });
        },
      },
    });
  };

  return (
    <section class="rounds-part" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('matcher.rounds.current.heading', { number })}</h4>
      <p data-testid="rounds-approved">{run ? t('matcher.rounds.current.approved', { count: approvedCount, total: run.matches.length }) : t('matcher.rounds.current.noRun')}</p>
      {!confirming && (
        <div class="rounds-close">
          <button type="button" class="button" ref={closeButton} disabled={round === null} aria-describedby={round === null ? reasonId : undefined} onClick={() => setConfirming(true)}>
            {t('matcher.rounds.close.button')}
          </button>
          {round === null && (
            <p id={reasonId} class="field__help">
              {t(run ? 'matcher.rounds.close.disabledNoApproval' : 'matcher.rounds.close.disabledNoRun')}
            </p>
          )}
        </div>
      )}
      {confirming && round !== null && (
        <ConfirmDialog
          id={`${idPrefix}-close-dialog`}
          title={t('matcher.rounds.close.title', { number })}
          tone="warning"
          confirmLabel={t('matcher.rounds.close.confirm')}
          cancelLabel={t('matcher.rounds.close.cancel')}
          onConfirm={close}
          onCancel={() => setConfirming(false)}
          returnFocus={closeButton}
          testId="rounds-close-dialog"
        >
          <ul class="rounds-close__consequences">
            <li>
              {t('matcher.rounds.close.kept', { count: counts!.approvedPairs })}
              {counts!.brokeUp > 0 && ` ${t('matcher.rounds.close.keptExits', { count: counts!.brokeUp })}`}{' '}
              {t(project.allowRepeats ? 'matcher.rounds.close.repeatsAllowed' : 'matcher.rounds.close.noRepeats')}
            </li>
            {counts!.withoutApproved > 0 && <li>{t('matcher.rounds.close.unmatched', { count: counts!.withoutApproved })}</li>}
            <li>{t('matcher.rounds.close.reset')}</li>
            <li>{t('matcher.rounds.close.forbiddenStay')}</li>
          </ul>
        </ConfirmDialog>
      )}
    </section>
  );
}
