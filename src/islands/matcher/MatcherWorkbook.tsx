import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/calendar/format-date.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { findProject, LIMITS, type MatchingProject, type PresetId } from '../../lib/matcher/model.ts';
import type { SyncedDocument } from '../../lib/storage/synced-document.ts';
import { archiveProject, createProject, currentProject, duplicateProject, matcherDocument, participantsOf, removeProject, undoProjectRemoval } from '../../stores/matcher.ts';
import { AnnounceContext } from '../ui/announce.ts';
import { focusAndReveal } from '../ui/focus.ts';
import { StorageStatus } from '../ui/StorageStatus.tsx';
import { Toast, useToast } from '../ui/Toast.tsx';
import { useToday } from '../ui/useToday.ts';
import { WorkbookBar } from '../ui/WorkbookBar.tsx';
import { WorkbookList } from '../ui/WorkbookList.tsx';
import { NewProjectForm } from './NewProjectForm.tsx';
import { ProjectHeader } from './ProjectHeader.tsx';
import { STEPS, StepNav, type Step } from './StepNav.tsx';
import { ImportStep } from './import/ImportStep.tsx';
import { ParticipantsTable } from './participants/ParticipantsTable.tsx';
import { LastRunFindings } from './result/LastRunFindings.tsx';
import { useModule } from '../ui/useModule.ts';
import { memo } from '../ui/memo.ts';
import '../../styles/matcher-workbook.css';

interface Props {
  locale: Locale;
}

interface StepBodyProps {
  locale: Locale;
  project: MatchingProject;
  step: Step;
  setup: typeof import('./setup/SetupStep.tsx') | null;
  run: typeof import('./result/RunStep.tsx') | null;
  tell: typeof import('./tell/TellStep.tsx') | null;
  onOpenRun: () => void;
}

/**
 * The open step. Memoised: the workbook root subscribes to the whole document state, save state
 * included, and a save ("saving", "saved") must not draw the step again; only a new project
 * object (an edit) or another step does.
 */
const StepBody = memo(function StepBody({ locale, project, step, setup, run, tell, onOpenRun }: StepBodyProps) {
  const loadingStep = <p class="matcher-loading">{translator(locale)('matcher.workbook.loadingStep')}</p>;
  if (step === 'people')
    return (
      <>
        <ImportStep key={project.id} locale={locale} project={project} />
        {project.table.rows.length > 0 && <ParticipantsTable key={`people-${project.id}`} locale={locale} project={project} />}
        <LastRunFindings locale={locale} project={project} />
      </>
    );
  if (step === 'criteria') return setup ? <setup.SetupStep key={project.id} locale={locale} project={project} /> : loadingStep;
  if (step === 'match') return run ? <run.RunStep key={project.id} locale={locale} project={project} /> : loadingStep;
  return tell ? <tell.TellStep key={project.id} locale={locale} project={project} onOpenRun={onOpenRun} /> : loadingStep;
});

type FocusTarget = 'stepHeading' | 'listHeading' | 'newHeading';

// Steps 2 and 3 arrive when first opened: the first screen (the list and its import) ships alone.
const loadSetupStep = () => import('./setup/SetupStep.tsx');
const loadRunStep = () => import('./result/RunStep.tsx');
const loadTellStep = () => import('./tell/TellStep.tsx');

const SELECTION = /^#project=([^&]+)(?:&step=(people|criteria|match|tell))?$/;

/**
 * The matcher workbook: the matching projects on this device, and the open one in three steps —
 * participants, criteria and rules, matching. The data lives in the synced matcher document
 * (autosaved in this browser, shared across tabs); this component chooses what is open and wires
 * the steps, each of which reads the project and writes through src/stores/matcher.ts.
 */
export default function MatcherWorkbook({ locale }: Props) {
  const t = translator(locale);
  const state = useStore(matcherDocument.$state);
  const today = useToday();
  const ready = state.phase === 'ready';
  const projects = state.data.projects;

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('people');
  const [creating, setCreating] = useState(false);
  const { toast: notice, announce: showToast, dismiss: dismissNotice } = useToast();
  // A toast's action (Undo) replaces the toast, and its button with it: focus would drop to the page.
  const toastActionRan = useRef(false);
  const announce = useCallback<typeof showToast>(
    (text, extra = {}) => {
      const action = extra.action;
      showToast(text, action ? { ...extra, action: { ...action, run: () => { toastActionRan.current = true; action.run(); } } } : extra);
    },
    [showToast],
  );
  const focusRequest = useRef<FocusTarget | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const newHeading = useRef<HTMLHeadingElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const selected: MatchingProject | null =
    (selectedId !== null ? findProject(state.data, selectedId) : undefined) ?? projects.find((project) => !project.archived) ?? null;

  // The open project and step are kept in the address, so a reload reopens them.
  useEffect(() => {
    if (!ready) return;
    const match = SELECTION.exec(location.hash);
    if (!match) return;
    const id = decodeURIComponent(match[1]!);
    if (findProject(state.data, id)) setSelectedId(id);
    if (match[2]) setStep(match[2] as Step);
  }, [ready]);
  useEffect(() => {
    if (!ready || !selected) return;
    const hash = `#project=${encodeURIComponent(selected.id)}&step=${step}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [ready, selected?.id, step]);

  useEffect(() => {
    const target = focusRequest.current;
    if (target === null) return;
    const element = { stepHeading: stepHeading.current, listHeading: listHeading.current, newHeading: newHeading.current }[target];
    if (!element) return;
    focusRequest.current = null;
    focusAndReveal(element, 'start');
  });

  useEffect(() => {
    if (!toastActionRan.current) return;
    toastActionRan.current = false;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    // In step 3 the decision undone is in the review list (RunStep's MatchList); elsewhere the step's heading.
    const reviewHeading = step === 'match' ? document.getElementById('result-matches-heading') : null;
    (reviewHeading ?? stepHeading.current)?.focus();
  }, [notice]);

  const open = useCallback((id: string, nextStep: Step = 'people', focus: FocusTarget | null = 'stepHeading') => {
    focusRequest.current = focus;
    setCreating(false);
    setSelectedId(id);
    setStep(nextStep);
  }, []);

  const goTo = useCallback((next: Step) => {
    focusRequest.current = 'stepHeading';
    setStep(next);
  }, []);

  const titleOf = (project: MatchingProject) => project.title.trim() || t('matcher.workbook.untitled');

  const onCreate = (title: string, preset: PresetId) => {
    const project = createProject(title.trim() || t('matcher.workbook.new.titleDefault', { date: formatDate(today, locale) }), preset);
    if (!project) return;
    open(project.id);
    announce(t('matcher.workbook.new.created', { title: titleOf(project) }), { tone: 'success' });
  };

  const onDuplicate = (id: string) => {
    const original = currentProject(id);
    if (!original) return;
    const copy = duplicateProject(id, `${titleOf(original)} ${t('matcher.workbook.copySuffix')}`);
    if (!copy) return;
    open(copy.id, step);
    announce(t('matcher.workbook.action.duplicated', { title: titleOf(copy) }), { tone: 'success' });
  };

  const onToggleArchive = (id: string) => {
    const project = currentProject(id);
    if (!project) return;
    archiveProject(id, !project.archived);
    announce(t(project.archived ? 'matcher.workbook.action.unarchived' : 'matcher.workbook.action.archived', { title: titleOf(project) }), { tone: 'success' });
  };

  const onDelete = (id: string) => {
    const removed = removeProject(id);
    if (!removed) return;
    const rest = matcherDocument.$state.get().data.projects.filter((project) => !project.archived);
    setSelectedId(rest[Math.min(removed.index, rest.length - 1)]?.id ?? null);
    const title = titleOf(removed.item);
    announce(t('matcher.workbook.notice.deleted', { title }), {
      focusAction: true,
      action: {
        label: t('matcher.workbook.notice.undo'),
        run: () => {
          undoProjectRemoval(removed);
          open(removed.item.id);
          announce(t('matcher.workbook.notice.restored', { title }), { tone: 'success' });
        },
      },
    });
  };

  const onDismissNotice = useCallback(
    (hadFocus: boolean) => {
      dismissNotice();
      if (hadFocus) listHeading.current?.focus();
    },
    [dismissNotice],
  );

  const statusOf = (project: MatchingProject): string => {
    const people = project.table.rows.length === 0 ? t('matcher.workbook.list.empty') : t('matcher.workbook.list.people', { count: participantsOf(project).participants.length });
    const last = project.runs.at(-1);
    return last ? t('matcher.workbook.list.matched', { people, date: formatDate(last.at.slice(0, 10), locale) }) : people;
  };

  const showNewForm = ready && (creating || projects.length === 0);
  const canCreate = ready && projects.length < LIMITS.projects;
  const dataPage = locale === 'nl' ? '/nl/jouw-gegevens/' : '/en/your-data/';
  const stepIndex = STEPS.indexOf(step);
  const setup = useModule(loadSetupStep, step === 'criteria');
  const run = useModule(loadRunStep, step === 'match');
  const tell = useModule(loadTellStep, step === 'tell');
  const openRun = useCallback(() => goTo('match'), [goTo]);

  return (
    <AnnounceContext.Provider value={announce}>
      <div class="matcher-workbook" data-pagefind-ignore="all" data-phase={state.phase} aria-busy={state.phase === 'loading' ? 'true' : undefined}>
        <aside class="alert matcher-privacy" aria-labelledby="matcher-privacy-title">
          <p class="matcher-privacy__title" id="matcher-privacy-title">
            {t('matcher.workbook.privacy.title')}
          </p>
          <p>{t('matcher.workbook.privacy.text')}</p>
          <p>
            <a href={dataPage}>{t('matcher.workbook.privacy.link')}</a>
          </p>
        </aside>
        <StorageStatus locale={locale} state={state} document={matcherDocument as SyncedDocument<unknown>} saveLine={false} />
        {state.phase === 'loading' && <p class="matcher-loading">{t('matcher.workbook.loading')}</p>}
        <div class="matcher-layout">
          {projects.length > 0 && (
            <div class="matcher-layout__side">
              <WorkbookList
                headingId="matcher-list-heading"
                heading={t('matcher.workbook.list.heading')}
                items={projects.map((project) => ({ id: project.id, title: titleOf(project), archived: project.archived, status: statusOf(project) }))}
                selectedId={creating ? null : (selected?.id ?? null)}
                archivedLabel={t('matcher.workbook.list.archived', { count: projects.filter((project) => project.archived).length })}
                newLabel={t('matcher.workbook.list.new')}
                canCreate={canCreate}
                onSelect={(id) => open(id, id === selected?.id ? step : 'people')}
                onNew={() => {
                  focusRequest.current = 'newHeading';
                  setCreating(true);
                }}
                headingRef={listHeading}
                testId="matcher-project-list"
              >
                {!canCreate && ready && <p class="field__help">{t('matcher.workbook.list.full', { max: LIMITS.projects })}</p>}
              </WorkbookList>
            </div>
          )}
          <div class="matcher-layout__main">
            {showNewForm ? (
              <NewProjectForm
                locale={locale}
                disabled={!canCreate}
                onCreate={onCreate}
                onCancel={projects.length > 0 ? () => { focusRequest.current = 'listHeading'; setCreating(false); } : undefined}
                headingRef={newHeading}
              />
            ) : (
              selected && (
                <div class="matcher-project" data-project-id={selected.id}>
                  <ProjectHeader locale={locale} project={selected} onDuplicate={onDuplicate} onToggleArchive={onToggleArchive} onDelete={onDelete} />
                  <StepNav locale={locale} current={step} onChoose={goTo} />
                  <section class="matcher-step" aria-labelledby="matcher-step-heading" data-step={step}>
                    <h2 id="matcher-step-heading" ref={stepHeading} tabIndex={-1}>
                      <span class="matcher-step__number">{t('matcher.workbook.step.number', { n: stepIndex + 1 })}</span> {t(`matcher.workbook.step.${step}`)}
                    </h2>
                    <p class="matcher-step__intro">{t(`matcher.workbook.step.${step}Intro`)}</p>
                    <StepBody locale={locale} project={selected} step={step} setup={setup} run={run} tell={tell} onOpenRun={openRun} />
                  </section>
                  <nav class="matcher-step__pager" aria-label={t('matcher.workbook.steps.pager')}>
                    {stepIndex > 0 && (
                      <button type="button" class="button" onClick={() => goTo(STEPS[stepIndex - 1]!)}>
                        {t('matcher.workbook.step.previous', { step: t(`matcher.workbook.step.${STEPS[stepIndex - 1]!}`) })}
                      </button>
                    )}
                    {stepIndex < STEPS.length - 1 && (
                      <button type="button" class="button button--primary" onClick={() => goTo(STEPS[stepIndex + 1]!)}>
                        {t('matcher.workbook.step.next', { step: t(`matcher.workbook.step.${STEPS[stepIndex + 1]!}`) })}
                      </button>
                    )}
                  </nav>
                </div>
              )
            )}
          </div>
        </div>
        <WorkbookBar locale={locale} state={state}>
          <Toast toast={notice} onDismiss={onDismissNotice} dismissLabel={t('matcher.workbook.notice.dismiss')} testId="matcher-notice" />
        </WorkbookBar>
      </div>
    </AnnounceContext.Provider>
  );
}
