import { useStore } from '@nanostores/preact';
import { useId, useMemo } from 'preact/hooks';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { canCompareStable, compareObjectives, type ComparedObjective, type ObjectiveComparison } from '../../../lib/matcher/review/compare.ts';
import { formatCount, formatScore, overallProgress, percent } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingInput, MatchingResult } from '../../../lib/matching/types.ts';
import { setMode, setObjective } from '../../../stores/matcher.ts';
import { pickObjective } from '../../../stores/matcher-review.ts';
import { startRun } from '../../../stores/matcher-run.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { Icon } from '../../ui/Icon.tsx';
import { $comparisons, cancelComparison, comparisonFingerprint, startComparison, type ComparisonState } from './choose-state.ts';
import { JobControls } from './JobControls.tsx';
import '../../../styles/matcher-choose.css';

export interface ComparePanelProps {
  locale: Locale;
  project: MatchingProject;
  result: MatchingResult;
  input: MatchingInput;
  /** The section's heading level; default 3 (the result step's parts). */
  headingLevel?: 2 | 3 | 4;
}

const IDLE: ComparisonState = { kind: 'idle' };

/** The objective the project uses now: stable matching is a mode, the other two an objective. */
export function currentObjective(project: MatchingProject): ComparedObjective {
  return project.mode.kind === 'stable' ? 'stable' : project.objective;
}

/**
 * Objectives side by side on the same data; the coordinator picks one. Nothing runs until asked:
 * two or three full runs, one after another on a worker of their own, with progress and Cancel.
 * The figures stay until the data changes; then they are marked out of date.
 */
export function ComparePanel({ locale, project, result, input, headingLevel = 3 }: ComparePanelProps) {
  const t = translator(locale);
  const announce = useAnnounce();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const state = useStore($comparisons)[project.id] ?? IDLE;
  const Heading = `h${headingLevel}` as 'h3';

  const fingerprint = useMemo(() => comparisonFingerprint(input), [input]);
  const stale = state.kind === 'done' && state.fingerprint !== fingerprint;
  const rows = useMemo(() => (state.kind === 'done' ? compareObjectives(result, state.runs) : []), [state, result]);
  const current = currentObjective(project);
  const stableOnOffer = canCompareStable(input);
  const running = state.kind === 'running' ? state : null;


  const objectiveName = (objective: ComparedObjective) => t(`matcher.choose.objective.${objective}`);

  const status = (() => {
    if (running) {
      const objective = running.objectives[running.step]!;
      return t('matcher.choose.progress.step', { step: running.step + 1, count: running.objectives.length, objective: objectiveName(objective) });
    }
    if (state.kind === 'cancelled') return t('matcher.choose.cancelled');
    if (state.kind === 'done') return t('matcher.choose.done');
    return '';
  })();
  const done = running ? percent((running.step + overallProgress(running.progress)) / running.objectives.length) : 0;

  const choose = (objective: ComparedObjective) => {
    const before = pickObjective(project.id, objective);
    if (!before) return;
    announce(t('matcher.choose.picked', { objective: objectiveName(objective) }), {
      tone: 'success',
      focusAction: true,
      action: {
        label: t('matcher.choose.undo'),
        run: () => {
          setMode(project.id, before.mode);
          setObjective(project.id, before.objective);
          startRun(project.id);
          announce(t('matcher.choose.undone'), { tone: 'info' });
        },
      },
    });
  };

  return (
    <section class="matcher-choose choose-compare" aria-labelledby={`${id}-heading`} data-testid="choose-compare">
      <Heading id={`${id}-heading`}>{t('matcher.choose.heading')}</Heading>
      <p class="choose-intro">{t('matcher.choose.intro')}</p>
      {!stableOnOffer && <p class="choose-note">{t('matcher.choose.noStable')}</p>}

      <JobControls
        t={t}
        id={id}
        words={{ failed: 'matcher.choose.failed', stale: 'matcher.choose.stale', progress: 'matcher.choose.progress.label', cancel: 'matcher.choose.cancel', start: state.kind === 'done' ? 'matcher.choose.again' : 'matcher.choose.start' }}
        staleTestId="choose-compare-stale"
        error={state.kind === 'failed' ? state.error : null}
        stale={stale}
        progress={running ? done : null}
        primary={stale || state.kind !== 'done'}
        status={status}
        onStart={() => void startComparison(project.id, input)}
        onCancel={() => cancelComparison(project.id)}
      />

      {rows.length > 0 && (
        <div class="choose-compare__result" data-stale={stale ? 'true' : undefined}>
          <table class="choose-table" data-testid="choose-compare-table">
            <caption>{t('matcher.choose.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matcher.choose.figure')}</th>
                <th scope="col">{t('matcher.choose.row.matched')}</th>
                <th scope="col">{t('matcher.choose.row.mean')}</th>
                <th scope="col">{t('matcher.choose.row.lowest')}</th>
                <th scope="col">{t('matcher.choose.row.changed')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('matcher.choose.use')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ComparisonRow key={row.objective} locale={locale} row={row} current={row.objective === current} onChoose={() => choose(row.objective)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface RowProps {
  locale: Locale;
  row: ObjectiveComparison;
  current: boolean;
  onChoose: () => void;
}

function ComparisonRow({ locale, row, current, onChoose }: RowProps) {
  const t = translator(locale);
  const name = t(`matcher.choose.objective.${row.objective}`);
  const figure = (label: string, value: string) => (
    <td data-label={label}>{row.solved ? value : <span class="choose-unsolved">{t('matcher.choose.unsolved')}</span>}</td>
  );
  return (
    <tr data-objective={row.objective} data-current={current ? 'true' : undefined} data-testid="choose-compare-row">
      <th scope="row">
        <span class="choose-objective">{name}</span>
        <span class="choose-objective__hint">{t(`matcher.choose.objective.${row.objective}.hint`)}</span>
        {current && (
          <span class="choose-current">
            <Icon name="met" /> {t('matcher.choose.current')}
          </span>
        )}
      </th>
      {figure(t('matcher.choose.row.matched'), formatCount(row.matched, locale))}
      {figure(t('matcher.choose.row.mean'), formatScore(row.meanScore, locale))}
      {figure(t('matcher.choose.row.lowest'), formatScore(row.lowestScore, locale))}
      {figure(t('matcher.choose.row.changed'), formatCount(row.changed, locale))}
      <td class="choose-table__action">
        {!current && row.solved && (
          <button type="button" class="button button--small" aria-label={t('matcher.choose.useNamed', { objective: name })} onClick={onChoose}>
            {t('matcher.choose.use')}
          </button>
        )}
      </td>
    </tr>
  );
}
