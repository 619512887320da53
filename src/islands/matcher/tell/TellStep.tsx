import { useStore } from '@nanostores/preact';
import { useEffect, useMemo } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { matchViews, nameLookup, unmatchedViews } from '../../../lib/matcher/result-view.ts';
import { participantsOf } from '../../../stores/matcher.ts';
import { $runs, currentResult, lastRunOutdated, restoreRun, type RunState } from '../../../stores/matcher-run.ts';
import { RoundsPanel } from '../rounds/RoundsPanel.tsx';
import { ApprovalSummary } from './ApprovalSummary.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { IntroductionMessages } from './IntroductionMessages.tsx';
import { PairCards } from './PairCards.tsx';
import '../../../styles/matcher-tell.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
  /** Opens step 3 (the workbook root owns the steps). */
  onOpenRun?: () => void;
}

const IDLE: RunState = { kind: 'idle' };

/** Step 4: approve, tell the pairs (introductions, pair cards, exports), close the round. */
export function TellStep({ locale, project, onOpenRun }: Props) {
  const t = translator(locale);
  const state = useStore($runs)[project.id] ?? IDLE;
  const last = project.runs.at(-1) ?? null;
  const outdated = lastRunOutdated(project);

  // After a reload the run's details come back by running it again, as in step 3.
  useEffect(() => {
    if (state.kind === 'idle' && last && !outdated) restoreRun(project.id);
  }, [project.id, state.kind, last?.fingerprint, outdated]);

  const result = currentResult(project, state);
  const { participants } = participantsOf(project);
  const names = useMemo(() => nameLookup(participants), [participants]);
  const matches = useMemo(() => (result ? matchViews(result) : []), [result]);
  const unmatched = useMemo(() => (result ? unmatchedViews(result) : []), [result]);
  const approvedKeys = project.review.approved;
  const approved = useMemo(() => {
    const keys = new Set(approvedKeys);
    return matches.filter((match) => keys.has(match.key));
  }, [matches, approvedKeys]);

  const toRun = onOpenRun && (
    <button type="button" class="button" onClick={onOpenRun}>
      {t('matcher.tell.ui.toRun')}
    </button>
  );

  let body;
  if (!last) {
    body = (
      <div class="tell-notice">
        <p>{t('matcher.tell.ui.noRun')}</p>
        {toRun}
      </div>
    );
  } else if (outdated) {
    body = (
      <div class="tell-notice alert alert--warning" data-testid="tell-outdated">
        <p>{t('matcher.tell.ui.outdated')}</p>
        {toRun}
      </div>
    );
  } else if (!result) {
    body =
      state.kind === 'running' ? (
        <p class="tell-notice" role="status">
          {t('matcher.tell.ui.restoring')}
        </p>
      ) : (
        <div class="tell-notice">
          <p>{t('matcher.tell.ui.noRun')}</p>
          {toRun}
        </div>
      );
  } else if (result.mode === null || matches.length === 0) {
    body = (
      <div class="tell-notice">
        <p>{t('matcher.tell.ui.unsolved')}</p>
        {toRun}
      </div>
    );
  } else {
    body = (
      <>
        <ApprovalSummary locale={locale} projectId={project.id} matches={matches} approved={approved.length} />
        {approved.length > 0 && (
          <>
            <IntroductionMessages locale={locale} project={project} matches={approved} names={names} />
            <PairCards locale={locale} matches={approved} participants={participants} names={names} />
          </>
        )}
        <ExportPanel locale={locale} project={project} matches={matches} unmatched={unmatched} participants={participants} approvedCount={approved.length} />
      </>
    );
  }

  return (
    <div class="matcher-tell" data-pagefind-ignore>
      {body}
      <RoundsPanel locale={locale} project={project} />
    </div>
  );
}
