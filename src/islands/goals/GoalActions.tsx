import { useEffect, useRef, useState } from 'preact/hooks';
import type { Goal } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { useCopyMarkdown } from './ExportMenu.tsx';
import { focusAndReveal } from '../ui/focus.ts';
import { translator } from '../../lib/i18n/index.ts';

export interface GoalActionHandlers {
  onDuplicate: (goalId: string) => void;
  onToggleArchive: (goalId: string) => void;
  onDelete: (goalId: string) => void;
  onPrint: (mode: 'one' | 'all') => void;
}

const MENU_ID = 'goal-actions-menu';

/**
 * Above the editor: one primary action ("Log a check-in") and a disclosure menu with the rest
 * (duplicate, archive, print, copy as Markdown, delete). A disclosure, not an ARIA menu: a button
 * with aria-expanded/aria-controls that shows a list of ordinary buttons, reached with Tab.
 * Opening puts focus on the first item; Escape closes and returns focus to the menu button; an
 * action, a click outside, or Tab out of the list closes it.
 */
export function GoalActions({
  locale,
  goal,
  today,
  onDuplicate,
  onToggleArchive,
  onDelete,
  onPrint,
}: GoalActionHandlers & { locale: Locale; goal: Goal; today: string }) {
  const t = translator(locale);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const focusFirst = useRef(false);
  const { copy, feedback } = useCopyMarkdown({ locale, goalId: goal.id, today });

  useEffect(() => {
    if (!open) return;
    if (focusFirst.current) {
      focusFirst.current = false;
      menu.current?.querySelector('button')?.focus();
    }
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) toggle.current?.focus();
  };
  /** Runs an action from the menu; focus goes back to the menu button unless the action moved it. */
  const run = (action: () => void) => () => {
    close(true);
    action();
  };

  return (
    <div class="goal-actions no-print">
      <div class="goal-actions__bar">
        <button
          type="button"
          class="button button--small button--primary"
          onClick={() => {
            const field = document.getElementById('goal-checkin-happened');
            if (field) focusAndReveal(field, 'center');
          }}
        >
          {t('goals.ui.action.logCheckIn')}
        </button>
        <div
          class="goal-actions__more"
          ref={wrapper}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !open) return;
            event.preventDefault();
            event.stopPropagation();
            close(true);
          }}
          onFocusOut={(event) => {
            const next = event.relatedTarget as Node | null;
            if (open && next !== null && !wrapper.current?.contains(next)) setOpen(false);
          }}
        >
          <button
            type="button"
            ref={toggle}
            class="button button--small goal-actions__toggle"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={MENU_ID}
            onClick={() => {
              focusFirst.current = !open;
              setOpen(!open);
            }}
          >
            {t('goals.ui.actions.more')}
            <span class="goal-actions__chevron" aria-hidden="true" />
          </button>
          <ul id={MENU_ID} ref={menu} class="goal-actions__menu" hidden={!open} aria-label={t('goals.ui.actions.label')}>
            {open && (
              <>
                <li>
                  <button type="button" class="goal-actions__item" onClick={run(() => onDuplicate(goal.id))}>
                    {t('goals.ui.action.duplicate')}
                  </button>
                </li>
                <li>
                  <button type="button" class="goal-actions__item" onClick={run(() => onToggleArchive(goal.id))}>
                    {t(goal.archived ? 'goals.ui.action.unarchive' : 'goals.ui.action.archive')}
                  </button>
                </li>
                <li>
                  <button type="button" class="goal-actions__item" onClick={run(() => onPrint('one'))}>
                    {t('goals.ui.export.print')}
                  </button>
                </li>
                <li>
                  <button type="button" class="goal-actions__item" onClick={run(() => void copy())}>
                    {t('goals.ui.export.markdown')}
                  </button>
                </li>
                <li class="goal-actions__separator">
                  <button type="button" class="goal-actions__item goal-actions__item--danger" onClick={run(() => onDelete(goal.id))}>
                    {t('goals.ui.action.delete')}
                  </button>
                </li>
              </>
            )}
          </ul>
        </div>
      </div>
      {feedback}
    </div>
  );
}
