import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  archiveGoal,
  duplicateGoal,
  findGoal,
  goalFromExample,
  groupGoals,
  LIMITS,
  selectionAfterRemoval,
  unarchiveGoal,
  type Goal,
  type GoalExample,
} from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { SyncedDocument } from '../../lib/storage/synced-document.ts';
import {
  change,
  createContext,
  createNewGoal,
  editGoal,
  goalsDocument,
  insertGoal,
  removeGoal,
  undoRemoval,
} from '../../stores/goals.ts';
import { focusAndReveal } from '../ui/focus.ts';
import { StorageStatus } from '../ui/StorageStatus.tsx';
import { Toast, useToast } from '../ui/Toast.tsx';
import { WorkbookBar } from '../ui/WorkbookBar.tsx';
import { ExampleGallery } from './ExampleGallery.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { GoalEditor } from './GoalEditor.tsx';
import { GoalList } from './GoalList.tsx';
import { translator } from '../../lib/i18n/index.ts';
import { usePrint } from './usePrint.tsx';
import { useToday } from '../ui/useToday.ts';
import '../../styles/goals.css';

interface Props {
  locale: Locale;
  /** Loads the worked-out examples in the page's language; called when the gallery first opens. */
  loadExamples: () => Promise<readonly GoalExample[]>;
}

type FocusTarget = 'editorTitle' | 'editorHeading' | 'listHeading' | 'examples' | null;
type FocusRequest = { target: Exclude<FocusTarget, null>; goalId: string | null } | null;

/**
 * The SMART goal workbook: a list of goals next to the editor of the open one, an example
 * gallery and exports. Data lives in the synced goals document (autosaved in this browser,
 * shared across tabs); this component only chooses what is open and wires the parts.
 */
export default function GoalsWorkbook({ locale, loadExamples }: Props) {
  const t = translator(locale);
  const state = useStore(goalsDocument.$state);
  const today = useToday();
  const ready = state.phase === 'ready';
  const goals = state.data.goals;

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { toast: notice, announce, dismiss: dismissNotice } = useToast();
  const [examplesOpen, setExamplesOpen] = useState<boolean | null>(null);
  const [examples, setExamples] = useState<readonly GoalExample[] | null>(null);
  const focusRequest = useRef<FocusRequest>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const editorTitle = useRef<HTMLInputElement>(null);
  const examplesHeading = useRef<HTMLHeadingElement>(null);

  // Open the chosen goal; if it is gone (deleted here or in another tab), the first one in progress.
  const selected: Goal | null =
    (selectedId !== null ? findGoal(state.data, selectedId) : undefined) ?? groupGoals(goals).active[0] ?? null;
  const print = usePrint(locale, selected?.id ?? null, today);

  // The open goal is kept in the address (#goal=<id>), so a reload or a bookmark reopens it.
  useEffect(() => {
    if (!ready) return;
    const wanted = /^#goal=(.+)$/.exec(location.hash)?.[1];
    if (wanted !== undefined && findGoal(state.data, decodeURIComponent(wanted))) setSelectedId(decodeURIComponent(wanted));
  }, [ready]);
  useEffect(() => {
    if (!ready || !selected) return;
    const hash = `#goal=${encodeURIComponent(selected.id)}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [ready, selected?.id]);

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    const { target, goalId } = request;
    const element = {
      editorTitle: editorTitle.current,
      editorHeading: editorHeading.current,
      listHeading: listHeading.current,
      examples: examplesHeading.current,
    }[target];
    // The store may deliver the new goal a render later than the selection: try again then.
    if (!element || (goalId !== null && element.closest<HTMLElement>('[data-goal-id]')?.dataset['goalId'] !== goalId)) return;
    focusRequest.current = null;
    if (target === 'listHeading') element.focus();
    else focusAndReveal(element, target === 'examples' ? 'start' : 'nearest');
  });


  const open = useCallback((goalId: string, focus: Exclude<FocusTarget, null> = 'editorHeading') => {
    focusRequest.current = { target: focus, goalId };
    setSelectedId(goalId);
  }, []);

  const titleOf = (goal: Goal) => goal.title.trim() || t('goals.goal.untitled');

  const onCreate = useCallback((title: string) => {
    const goal = createNewGoal(title);
    if (!goal) return;
    open(goal.id, 'editorTitle');
    announce(t('goals.ui.new.created', { title: titleOf(goal) }), { tone: 'success' });
  }, []);

  const onUseExample = useCallback(
    (example: GoalExample) => {
      const goal = insertGoal(goalFromExample(example, createContext(), today));
      if (!goal) return;
      open(goal.id, 'editorTitle');
      announce(t('goals.ui.examples.used', { title: titleOf(goal) }), { tone: 'success' });
    },
    [today],
  );

  const onDuplicate = (goalId: string) => {
    let copy: Goal | null = null;
    change((doc) => {
      const result = duplicateGoal(doc, goalId, { ...createContext(), titleSuffix: t('goals.goal.copySuffix') });
      copy = result.goal;
      return result.doc;
    });
    const made = copy as Goal | null;
    if (made) {
      open(made.id, 'editorTitle');
      announce(t('goals.ui.action.duplicated', { title: titleOf(made) }), { tone: 'success' });
    }
  };

  const onToggleArchive = (goalId: string) => {
    const goal = findGoal(goalsDocument.$state.get().data, goalId);
    if (!goal) return;
    editGoal(goalId, (current, now) => (current.archived ? unarchiveGoal(current, now) : archiveGoal(current, now)));
    open(goalId, 'editorHeading');
    announce(t(goal.archived ? 'goals.ui.action.unarchived' : 'goals.ui.action.archived', { title: titleOf(goal) }), {
      tone: 'success',
    });
  };

  const onDelete = (goalId: string) => {
    const removed = removeGoal(goalId);
    if (!removed) return;
    setSelectedId(selectionAfterRemoval(goalsDocument.$state.get().data.goals, removed.index));
    const title = titleOf(removed.goal);
    announce(t('goals.ui.notice.deleted', { title }), {
      focusAction: true,
      action: {
        label: t('goals.ui.notice.undo'),
        run: () => {
          undoRemoval(removed);
          open(removed.goal.id, 'editorHeading');
          announce(t('goals.ui.notice.restored', { title }), { tone: 'success' });
        },
      },
    });
  };

  const showExamples = () => {
    focusRequest.current = { target: 'examples', goalId: null };
    setExamplesOpen(true);
  };

  const onDismissNotice = useCallback((hadFocus: boolean) => {
    dismissNotice();
    if (hadFocus) listHeading.current?.focus();
  }, [dismissNotice]);

  const toggleExamples = useCallback(() => setExamplesOpen((open) => !(open ?? goals.length === 0)), [goals.length === 0]);

  const galleryOpen = examplesOpen ?? (ready && goals.length === 0);
  useEffect(() => {
    if (!galleryOpen || examples !== null) return;
    let current = true;
    void loadExamples().then((loaded) => {
      if (current) setExamples(loaded);
    });
    return () => {
      current = false;
    };
  }, [galleryOpen, examples === null]);

  return (
    <div
      class="goals-workbook"
      data-pagefind-ignore="all"
      data-phase={state.phase}
      aria-busy={state.phase === 'loading' ? 'true' : undefined}
    >
      <StorageStatus locale={locale} state={state} document={goalsDocument as SyncedDocument<unknown>} saveLine={false} />
      {state.phase === 'loading' && <p class="goals-loading">{t('goals.ui.loading')}</p>}
      <div class="goals-layout">
        <div class="goals-layout__side">
          <GoalList
            locale={locale}
            goals={goals}
            selectedId={selected?.id ?? null}
            today={today}
            ready={ready && goals.length < LIMITS.goals}
            onSelect={open}
            onCreate={onCreate}
            headingRef={listHeading}
          />
        </div>
        <div class="goals-layout__main">
          {selected ? (
            <GoalEditor
              key={selected.id}
              locale={locale}
              goal={selected}
              today={today}
              headingRef={editorHeading}
              titleRef={editorTitle}
              onDuplicate={onDuplicate}
              onToggleArchive={onToggleArchive}
              onDelete={onDelete}
              onPrint={print}
            />
          ) : (
            ready && (
              <div class="goals-editor-empty">
                <p>{t('goals.ui.editor.empty')}</p>
                <div class="goals-editor-empty__actions">
                  <button
                    type="button"
                    class="button button--primary"
                    onClick={() => document.getElementById('goals-new-title')?.focus()}
                  >
                    {t('goals.ui.editor.startOwn')}
                  </button>
                  <button type="button" class="button" onClick={showExamples}>
                    {t('goals.ui.editor.startExample')}
                  </button>
                </div>
              </div>
            )
          )}
          {/* Below the editor on every width: on a phone it no longer sits between the list and the goal. */}
          {goals.length > 0 && (
            <ExportMenu
              locale={locale}
              today={today}
              onPrint={print}
              onAnnounce={(text) => announce(text, { tone: 'success' })}
            />
          )}
        </div>
      </div>
      <ExampleGallery
        locale={locale}
        examples={examples}
        expanded={galleryOpen}
        disabled={!ready || goals.length >= LIMITS.goals}
        onToggle={toggleExamples}
        headingRef={examplesHeading}
        onUse={onUseExample}
      />
      <WorkbookBar locale={locale} state={state}>
        <Toast toast={notice} onDismiss={onDismissNotice} dismissLabel={t('goals.ui.notice.dismiss')} testId="goals-notice" />
      </WorkbookBar>
    </div>
  );
}
