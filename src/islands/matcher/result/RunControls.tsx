import { useEffect, useRef } from 'preact/hooks';
import { overallProgress, percent, RUN_PHASES, tooLargeMessage, type RunSize } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { Message, MessageKey } from '../../../lib/i18n/message.ts';
import { cancelRun, startRun, type RunState } from '../../../stores/matcher-run.ts';
import { rerun } from '../../../stores/matcher-review.ts';

interface Props {
  locale: Locale;
  projectId: string;
  state: RunState;
  /** Why nothing can run yet; null when it can. */
  blocked: MessageKey | null;
  outdated: boolean;
  hasRun: boolean;
  /** A run after a review decision is going: the list shows it as busy, so no progress panel here. */
  reviewing: boolean;
  /** What the run just finished came to, to say so; null when nothing new finished. */
  finished: FinishedRun | null;
  /** The list is beyond the engine's limit in this mode (runTooLarge): warned before a run. */
  tooLarge: RunSize | null;
}

/** A run the coordinator started and that ended: its matches, or why it could not be solved. */
export type FinishedRun = { readonly solved: true; readonly matches: number } | { readonly solved: false; readonly reason: Message | null };

/**
 * The Run button (or why it cannot run), the progress of a run with Cancel, and what became of
 * it. One polite status line says the phase, not every percent, so a screen reader is not flooded.
 */
export function RunControls({ locale, projectId, state, blocked, outdated, hasRun, reviewing, finished, tooLarge }: Props) {
  const t = translator(locale);
  const panel = useRef<HTMLDivElement>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const running = state.kind === 'running' && !reviewing ? state : null;

  // The button pressed disappears while running and comes back after: keep focus on the control that took its place.
  useEffect(() => {
    const focused = document.activeElement;
    const lost = focused === null || focused === document.body || (panel.current?.contains(focused) ?? false);
    if (!lost) return;
    // A run the reload interrupted was started by the page, not by a press here: focus stays where the page put it.
    if (state.kind === 'running' && !state.restoring && !state.resumed && !reviewing) cancelButton.current?.focus();
    else if ((state.kind === 'cancelled' && !state.interrupted) || state.kind === 'failed') runButton.current?.focus();
  }, [state.kind]);

  const status = (() => {
    // Said for the whole run (one announcement, not one per phase), a held run's included: the page started it, so the page says why.
    if (state.kind === 'running' && state.resumed) return t('matcher.workbook.run.resumed');
    if (state.kind === 'cancelled' && state.interrupted) return t('matcher.workbook.run.resumeStale');
    if (running?.restoring) return t('matcher.result.restoring');
    if (running) {
      const phase = running.progress?.phase;
      return phase
        ? t('matcher.result.progress.step', { step: RUN_PHASES.indexOf(phase) + 1, phase: t(`matcher.result.progress.phase.${phase}`) })
        : t('matcher.result.progress.starting');
    }
    if (state.kind === 'cancelled') return t('matcher.result.cancelled');
    if (state.kind === 'done' && finished !== null) {
      if (finished.solved) return t('matcher.result.done', { count: finished.matches });
      return finished.reason === null ? t('matcher.result.notSolved') : t('matcher.result.notSolvedBecause', { reason: finished.reason });
    }
    return '';
  })();

  const label = state.kind === 'failed' ? 'matcher.result.retry' : hasRun || outdated ? 'matcher.result.rerun' : 'matcher.result.run';
  const describedBy =
    [blocked ? 'result-run-blocked' : null, outdated ? 'result-run-outdated' : null, tooLarge ? 'result-run-too-large' : null, hasRun ? 'result-run-keeps' : null].filter(Boolean).join(' ') || undefined;
  const done = running ? percent(overallProgress(running.progress)) : 0;

  return (
    <div class="result-run" ref={panel}>
      {state.kind === 'failed' && (
        <div class="alert alert--error" role="alert">
          <p>{t('matcher.result.failed')}</p>
          <details>
            <summary>{t('matcher.result.failedDetails')}</summary>
            <p class="result-run__error">{state.error}</p>
          </details>
        </div>
      )}
      {outdated && !running && (
        <p class="alert alert--warning" id="result-run-outdated" data-testid="result-outdated">
          {t('matcher.result.outdated')}
        </p>
      )}
      {tooLarge && !running && (
        <p class="alert alert--warning" id="result-run-too-large" data-testid="result-too-large">
          {t('matcher.result.tooLargeAhead', { reason: tooLargeMessage(tooLarge) })}
        </p>
      )}
      {blocked && (
        <p class="result-run__blocked" id="result-run-blocked">
          {t(blocked)}
        </p>
      )}
      {running ? (
        <div class="result-progress">
          <label class="result-progress__label" for="result-progress-bar">
            {t('matcher.result.progress.label')}
          </label>
          <div class="result-progress__row">
            <progress id="result-progress-bar" max={100} value={done} aria-describedby="result-progress-percent" />
            <span id="result-progress-percent" class="result-progress__percent">
              {t('matcher.result.progress.percent', { percent: done })}
            </span>
          </div>
          <button type="button" class="button button--small" ref={cancelButton} onClick={() => cancelRun(projectId)}>
            {t('matcher.result.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button button--primary" ref={runButton} disabled={blocked !== null || reviewing} aria-describedby={describedBy} onClick={() => (hasRun ? rerun(projectId) : startRun(projectId))}>
          {t(label)}
        </button>
      )}
      {hasRun && !running && (
        <p class="result-run__keeps" id="result-run-keeps">
          {t('matcher.review.rerunHelp')}
        </p>
      )}
      <p class="result-run__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
