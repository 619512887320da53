import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
import { latestRunDiff } from '../../../lib/matcher/review/run-diff.ts';
import type { MatchingResult } from '../../../lib/matching/types.ts';
import { $runs, projectInput, currentFingerprint, currentResult, heldInput, restoreRun, type RunState } from '../../../stores/matcher-run.ts';
import { AdjustPanel } from '../adjust/AdjustPanel.tsx';
import { ComparePanel } from '../choose/ComparePanel.tsx';
import { ShortlistPanel } from '../choose/ShortlistPanel.tsx';
import { DataQualityList } from './DataQualityList.tsx';
import { MatchList, type ReviewPause } from './MatchList.tsx';
import { RunDiffPanel } from './RunDiffPanel.tsx';
import { ResultSummary } from './ResultSummary.tsx';
import { RunControls, type FinishedRun } from './RunControls.tsx';
import '../../../styles/matcher-result.css';

interface Props {
  locale: Locale;
  project: MatchingProject;
}

const IDLE: RunState = { kind: 'idle' };

/** A run after a decision shows no progress (only "updating"), so its progress reports need no render. */
function sameView(shown: RunState, next: RunState): boolean {
  return shown === next || (shown.kind === 'running' && next.kind === 'running' && shown.held === true && next.held === true && shown.cancel === next.cancel && shown.restoring === next.restoring);
}

/** The project's run state, without the renders a held run's progress reports would cause. */
function useRunState(projectId: string): RunState {
  const [state, setState] = useState<RunState>(() => $runs.get()[projectId] ?? IDLE);
  useEffect(() => {
    const update = (runs: Readonly<Record<string, RunState>>) => {
      const next = runs[projectId] ?? IDLE;
      setState((shown) => (sameView(shown, next) ? shown : next));
    };
    update($runs.get());
    return $runs.listen(update);
  }, [projectId]);
  return state;
}

/**
 * The run and result step: run the matching in the worker, then review the result. After a
 * reload the stored run shows at once (figures, matches and scores) while its details (the
 * reasons) come back by running the same input again; a changed input marks it out of date.
 * A decision (a lock, a forbid, a change by hand) starts a run that holds the other matches in
 * place: meanwhile the result it started from stays on screen, marked busy, so nothing flashes.
 */
export function RunStep({ locale, project }: Props) {
  const t = translator(locale);
  const state = useRunState(project.id);
  const { participants } = participantsOf(project);
  const names = useMemo(() => nameLookup(participants), [participants]);
  const last = project.runs.at(-1) ?? null;
  // The latest run's own input, its held pairs included: a run after a change by hand is not out of date.
  const current = currentFingerprint(project);
  const heldRunning = state.kind === 'running' && state.held === true;
  const shownBefore = useRef<{ projectId: string; result: MatchingResult } | null>(null);
  if (state.kind === 'done') shownBefore.current = { projectId: project.id, result: state.result };
  // Any run but a quiet restore keeps the result it started from on screen (busy) until it ends.
  const kept = state.kind === 'running' && !state.restoring && shownBefore.current?.projectId === project.id ? shownBefore.current.result : null;
  const details = state.kind === 'done' ? state.result : kept;
  // Another tab stored a newer run of the project as it is: this tab's result in memory is only older, not out of date.
  const newerElsewhere = state.kind === 'done' && last !== null && state.fingerprint !== last.fingerprint && last.fingerprint === current;
  const shownFingerprint = state.kind === 'done' && !newerElsewhere ? state.fingerprint : (last?.fingerprint ?? null);
  const outdated = !heldRunning && shownFingerprint !== null && shownFingerprint !== current;
  const result = currentResult(project, state);
  const input = useMemo(() => (result ? heldInput(project, last?.held).input : null), [result, project, last?.held]);
  const pause: ReviewPause = state.kind === 'running' || newerElsewhere ? 'busy' : result === null ? 'noResult' : null;
  const [adjusting, setAdjusting] = useState<{ startWith: string | null; opener: HTMLElement | null } | null>(null);
  const openAdjust = useCallback((startWith: string | null, opener: HTMLElement) => setAdjusting({ startWith, opener }), []);
  const closeAdjust = () => {
    const opener = adjusting?.opener;
    setAdjusting(null);
    if (opener?.isConnected) opener.focus();
  };

  const blocked: MessageKey | null =
    project.mapping === null || mappingProblems(project.mapping).length > 0
      ? 'matcher.result.blocked.noMapping'
      : participants.length === 0
        ? 'matcher.result.blocked.noParticipants'
        : null;

  useEffect(() => {
    if ((state.kind === 'idle' || newerElsewhere) && last && !outdated) restoreRun(project.id);
  }, [project.id, state.kind, last?.fingerprint, outdated, newerElsewhere]);

  // Whether the run that ended was one the coordinator started (say so, move to the result) or a quiet restore.
  const startedByHand = useRef(false);
  // A run after a decision is confirmed by the decision's toast, not by "done".
  if (state.kind === 'running') startedByHand.current = !state.restoring && !state.held;
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
  const diff = useMemo(() => (shownFingerprint !== null && shownFingerprint === last?.fingerprint ? latestRunDiff(project.runs) : null), [project.runs, shownFingerprint, last?.fingerprint]);

  return (
    <div class="matcher-result" data-pagefind-ignore>
      <RunControls
        locale={locale}
        projectId={project.id}
        state={state}
        blocked={blocked}
        outdated={outdated}
        hasRun={last !== null}
        reviewing={heldRunning}
        finished={finished}
        tooLarge={tooLarge}
      />
      {last && shownFingerprint === last.fingerprint && <p class="result-ran-at">{t('matcher.result.ranAt', { date: formatRunTime(last.at, locale) })}</p>}
      {details && details.mode === null && <p class="alert alert--error">{t('matcher.result.unsolved')}</p>}
      {summary && mode !== null && (
        <div class="result-body" ref={summaryRef} data-outdated={outdated ? 'true' : undefined}>
          <ResultSummary locale={locale} summary={summary} groups={groups} />
          {diff && <RunDiffPanel locale={locale} diff={diff} names={names} />}
          {adjusting && result && input && (
            <AdjustPanel locale={locale} project={project} result={result} input={input} names={names} startWith={adjusting.startWith} onClose={closeAdjust} />
          )}
          <MatchList
            locale={locale}
            project={project}
            matches={matches}
            unmatched={unmatched}
            names={names}
            criteria={criteria}
            groups={groups}
            pause={pause}
            onAdjust={openAdjust}
          />
          {/* Compared and shortlisted on the project's own input (no held pairs); the panels mark themselves out of date when it changes. */}
          {state.kind === 'done' && state.result.mode !== null && (
            <>
              <ComparePanel locale={locale} project={project} result={state.result} input={projectInput(project).input} />
              <ShortlistPanel locale={locale} project={project} input={projectInput(project).input} names={names} />
            </>
          )}
        </div>
      )}
      {details && <DataQualityList locale={locale} issues={details.dataQuality} />}
    </div>
  );
}
