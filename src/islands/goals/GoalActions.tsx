import type { Goal } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { CopyMarkdown } from './ExportMenu.tsx';
import { texts } from './i18n.ts';

export interface GoalActionHandlers {
  onDuplicate: (goalId: string) => void;
  onToggleArchive: (goalId: string) => void;
  onDelete: (goalId: string) => void;
  onPrint: (mode: 'one' | 'all') => void;
}

/** Duplicate, archive, delete and the per-goal exports, in one toolbar row above the editor. */
export function GoalActions({
  locale,
  goal,
  today,
  onDuplicate,
  onToggleArchive,
  onDelete,
  onPrint,
}: GoalActionHandlers & { locale: Locale; goal: Goal; today: string }) {
  const { t } = texts(locale);
  return (
    <div class="goal-actions no-print">
      <div class="goal-actions__group" role="group" aria-label={t('goals.ui.actions.label')}>
        <button type="button" class="button button--small" onClick={() => onDuplicate(goal.id)}>
          {t('goals.ui.action.duplicate')}
        </button>
        <button type="button" class="button button--small" onClick={() => onToggleArchive(goal.id)}>
          {t(goal.archived ? 'goals.ui.action.unarchive' : 'goals.ui.action.archive')}
        </button>
        <button type="button" class="button button--small button--danger" onClick={() => onDelete(goal.id)}>
          {t('goals.ui.action.delete')}
        </button>
      </div>
      <div class="goal-actions__group" role="group" aria-label={t('goals.ui.export.title')}>
        <button type="button" class="button button--small" onClick={() => onPrint('one')}>
          {t('goals.ui.export.print')}
        </button>
        <CopyMarkdown locale={locale} goalId={goal.id} today={today} />
      </div>
    </div>
  );
}
