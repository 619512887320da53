import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { mappingProblems } from '../../../lib/matcher/import/headers.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import {
  countedCriteria,
  formatRunTime,
  matchViews,
  nameLookup,
  runTooLarge,
  storedMatchViews,
  storedUnmatchedViews,
  unmatchedViews,
} from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MessageKey } from '../../../lib/i18n/message.ts';
import { participantsOf } from '../../../stores/matcher.ts';
import { $runs, projectInput, restoreRun, type RunState } from '../../../stores/matcher-run.ts';
import { DataQualityList } from './DataQualityList.tsx';
import { MatchList } from './MatchList.tsx';
import { ResultSummary } from './ResultSummary.tsx';
import { RunControls, type FinishedRun } from './RunControls.tsx';
import { UnmatchedList } from './UnmatchedList.tsx';
import '../../../styles/matcher-result.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

const IDLE: RunState = { kind: 'idle' };

/**
 * The run and result step: run the matching in the worker, then read the result. After a
 * reload the stored run shows at once (figures, matches and scores) while its details (the
 * reasons) come back by running the same input again; a changed input marks it out of date.
 */
export function RunStep({ locale, project }: Props) {
  const t = translator(locale);
  const state = useStore($runs)[project.id] ?? IDLE;
  const { participants } = participantsOf(project);
  const names = useMemo(() => nameLookup(participants), [participants]);
  const last = project.runs.at(-1) ?? null;
  const current = projectInput(project).fingerprint;
  const details = state.kind === 'done' ? state.result : null;
  const shownFingerprint = state.kind === 'done' ? state.fingerprint : (last?.fingerprint ?? null);
  const outdated = shownFingerprint !== null && shownFingerprint !== current;

  const blocked: MessageKey | null =
    project.mapping === null || mappingProblems(project.mapping).length > 0
      ? 'matcher.result.blocked.noMapping'
      : participants.length === 0
        ? 'matcher.result.blocked.noParticipants'
        : null;

  useEffect(() => {
    if (state.kind === 'idle' && last && !outdated) restoreRun(project.id);
  }, [project.id, state.kind, last?.fingerprint, outdated]);

  // Whether the run that ended was one the coordinator started (say so, move to the result) or a quiet restore.
  const startedByHand = useRef(false);
  if (state.kind === 'running') startedByHand.current = !state.restoring;
  const finished: FinishedRun | null =
    state.kind === 'done' && startedByHand.current
      ? state.result.mode === null
        ? { solved: false, reason: state.result.dataQuality.find((issue) => issue.severity === 'error')?.message ?? null }
        : { solved: true, matches: state.result.matches.length }
      : null;
  const finishedMatches = finished?.solved ? finished.matches : null;
  const tooLarge = useMemo(() => runTooLarge(participants, project.mode), [participants, project.mode]);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (finishedMatches === null) return;
    const heading = summaryRef.current?.querySelector<HTMLElement>('h3');
    if (heading && (document.activeElement === document.body || document.activeElement === null)) heading.focus();
  }, [state]);

  const matches = useMemo(() => (details ? matchViews(details) : last ? storedMatchViews(last) : []), [details, last]);
  const unmatched = useMemo(() => (details ? unmatchedViews(details) : last ? storedUnmatchedViews(last) : []), [details, last]);
  const summary = details?.summary ?? last?.summary ?? null;
  const mode = details ? details.mode : (last?.mode ?? null);
  const groups = mode === 'groups';
  const criteria = useMemo(() => countedCriteria(project.criteria, project.mapping), [project.criteria, project.mapping]);

  return (
    <div class="matcher-result" data-pagefind-ignore>
      <RunControls
        locale={locale}
        projectId={project.id}
        state={state}
        blocked={blocked}
        outdated={outdated}
        hasRun={last !== null}
        finished={finished}
        tooLarge={tooLarge}
      />
      {last && shownFingerprint === last.fingerprint && <p class="result-ran-at">{t('matcher.result.ranAt', { date: formatRunTime(last.at, locale) })}</p>}
      {details && details.mode === null && <p class="alert alert--error">{t('matcher.result.unsolved')}</p>}
      {summary && mode !== null && (
        <div class="result-body" ref={summaryRef} data-outdated={outdated ? 'true' : undefined}>
          <ResultSummary locale={locale} summary={summary} groups={groups} />
          <MatchList locale={locale} matches={matches} names={names} criteria={criteria} groups={groups} />
          <UnmatchedList locale={locale} unmatched={unmatched} names={names} />
        </div>
      )}
      {details && <DataQualityList locale={locale} issues={details.dataQuality} />}
    </div>
  );
}
