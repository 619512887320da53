import { memo } from '../ui/memo.ts';
import { useState } from 'preact/hooks';
import { goalStatus, groupGoals, progress, type Goal, type GoalStatus } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { NewGoalForm } from './NewGoalForm.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  goals: readonly Goal[];
  selectedId: string | null;
  today: string;
  ready: boolean;
  onSelect: (goalId: string) => void;
  onCreate: (title: string) => void;
  headingRef: { current: HTMLHeadingElement | null };
}

const STATUS_ICONS: Record<GoalStatus, IconName> = {
  active: 'active',
  completed: 'completed',
  overdue: 'overdue',
  archived: 'archived',
};

export function GoalList({ locale, goals, selectedId, today, ready, onSelect, onCreate, headingRef }: Props) {
  const t = translator(locale);
  const { active, archived } = groupGoals(goals);
  const [showArchived, setShowArchived] = useState(false);
  const archivedOpen = showArchived || archived.some((goal) => goal.id === selectedId);

  const renderItem = (goal: Goal) => (
    <GoalListItem key={goal.id} goal={goal} locale={locale} today={today} selected={goal.id === selectedId} onSelect={onSelect} />
  );

  return (
    <section class="goals-list" aria-labelledby="goals-list-title">
      <h2 id="goals-list-title" ref={headingRef} tabIndex={-1}>
        {t('goals.ui.list.title')}
      </h2>
      <NewGoalForm locale={locale} disabled={!ready} onCreate={onCreate} />
      {ready && active.length === 0 && <p class="goals-list__empty">{t('goals.ui.list.empty')}</p>}
      {active.length > 0 && (
        <ul class="goals-list__items" data-testid="goal-list">
          {active.map(renderItem)}
        </ul>
      )}
      {archived.length > 0 && (
        <div class="goals-archive">
          <h3 class="goals-archive__heading">
            <button
              type="button"
              class="goals-disclosure"
              aria-expanded={archivedOpen}
              aria-controls="goals-archived-list"
              onClick={() => setShowArchived(!archivedOpen)}
            >
              <Icon name={archivedOpen ? 'down' : 'archived'} />
              {t('goals.ui.list.archived', { count: archived.length })}
            </button>
          </h3>
          <ul class="goals-list__items" id="goals-archived-list" hidden={!archivedOpen} data-testid="archived-list">
            {archived.map(renderItem)}
          </ul>
        </div>
      )}
    </section>
  );
}

interface ItemProps {
  goal: Goal;
  locale: Locale;
  today: string;
  selected: boolean;
  onSelect: (goalId: string) => void;
}

/** One goal in the list; memoised so typing in one goal re-renders only its own row. */
const GoalListItem = memo(function GoalListItem({ goal, locale, today, selected, onSelect }: ItemProps) {
  const t = translator(locale);
  const status = goalStatus(goal, today);
  const { done, total, percent } = progress(goal);
  const title = goal.title.trim() || t('goals.goal.untitled');
  return (
    <li class="goals-list__item">
      <button
        type="button"
        class={`goal-card${selected ? ' goal-card--selected' : ''}`}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(goal.id)}
        data-goal-id={goal.id}
      >
        <span class="goal-card__title">{title}</span>
        <span class="goal-card__meta">
          <span class={`goals-badge goals-badge--${goal.ownerRole}`}>{t(`goals.role.${goal.ownerRole}`)}</span>
          <span class={`goals-status goals-status--${status}`}>
            <Icon name={STATUS_ICONS[status]} />
            {t(`goals.status.${status}`)}
          </span>
        </span>
        <span class="goal-card__progress">
          <progress max={100} value={percent} aria-hidden="true" />
          <span class="goal-card__percent" aria-hidden="true">
            {percent}%
          </span>
          <span class="visually-hidden">{t('goals.progress.summary', { done, total, percent })}</span>
        </span>
      </button>
    </li>
  );
});
