import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { nameLookup } from '../../../lib/matcher/result-view.ts';
import { participantsOf, setAllowRepeats } from '../../../stores/matcher.ts';
import { $runs, currentResult, lastRunOutdated, restoreRun, type RunState } from '../../../stores/matcher-run.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { BreakUpForm } from './BreakUpForm.tsx';
import { CurrentRound } from './CurrentRound.tsx';
import { RoundHistory } from './RoundHistory.tsx';
import '../../../styles/matcher-rounds.css';

export interface RoundsPanelProps {
  locale: Locale;
  project: MatchingProject;
}

const IDLE: RunState = { kind: 'idle' };

/** Close the round, the rounds so far, and a pair that broke up (exit reason, rematch). */
export function RoundsPanel({ locale, project }: RoundsPanelProps) {
  const t = translator(locale);
  const announce = useAnnounce();
  const state = useStore($runs)[project.id] ?? IDLE;
  const result = currentResult(project, state);
  const last = project.runs.at(-1);
  const outdated = last !== undefined && lastRunOutdated(project);
  // After a reload, or when step 3 was never opened, the stored run has no details yet; a break-up needs them.
  useEffect(() => {
    if (state.kind === 'idle' && last && !outdated) restoreRun(project.id);
  }, [project.id, state.kind, last?.fingerprint, outdated]);
  const waiting = result === null ? (last === undefined ? 'noRun' : outdated ? 'outdated' : state.kind === 'running' ? 'loading' : 'noRun') : null;
  const { participants } = participantsOf(project);
  const names = useMemo(() => nameLookup(participants), [participants]);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const idPrefix = `rounds-${project.id}`;
  const repeatsId = `${idPrefix}-repeats`;

  return (
    <section class="matcher-rounds" aria-labelledby={`${idPrefix}-heading`} data-testid="rounds-panel">
      <h3 id={`${idPrefix}-heading`}>{t('matcher.rounds.heading')}</h3>
      <p>{t('matcher.rounds.intro')}</p>
      <CurrentRound locale={locale} project={project} idPrefix={idPrefix} afterClose={() => historyHeading.current?.focus()} />
      <div class="rounds-switch">
        <input
          id={repeatsId}
          type="checkbox"
          checked={project.allowRepeats}
          aria-describedby={`${repeatsId}-help`}
          onChange={(event) => {
            const allow = event.currentTarget.checked;
            setAllowRepeats(project.id, allow);
            announce(t(allow ? 'matcher.rounds.repeats.on' : 'matcher.rounds.repeats.off'), { tone: 'success' });
          }}
        />
        <label for={repeatsId}>{t('matcher.rounds.repeats.label')}</label>
        <span class="field__help" id={`${repeatsId}-help`}>
          {t('matcher.rounds.repeats.hint')}
        </span>
      </div>
      <BreakUpForm locale={locale} project={project} result={result} waiting={waiting} names={names} idPrefix={idPrefix} />
      <RoundHistory locale={locale} idPrefix={idPrefix} rounds={project.rounds} names={names} headingRef={historyHeading} />
    </section>
  );
}
