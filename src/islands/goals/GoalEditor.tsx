import { DateInput } from '../ui/DateInput.tsx';
import { Field } from '../ui/Field.tsx';
import { useMemo } from 'preact/hooks';
import {
  checkSmart,
  LIMITS,
  SMART_LETTERS,
  updateField,
  type EditableGoalField,
  type EditableGoalFields,
  type Goal,
} from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editGoal } from '../../stores/goals.ts';
import { CheckInLog } from './CheckInLog.tsx';
import { GoalActions, type GoalActionHandlers } from './GoalActions.tsx';
import { SmartField } from './SmartField.tsx';
import { SmartSummary } from './SmartSummary.tsx';
import { StepList } from './StepList.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props extends GoalActionHandlers {
  locale: Locale;
  goal: Goal;
  today: string;
  headingRef: { current: HTMLHeadingElement | null };
  titleRef: { current: HTMLInputElement | null };
}

function setField<K extends EditableGoalField>(goalId: string, field: K, value: EditableGoalFields[K]): void {
  editGoal(goalId, (goal, now) => updateField(goal, field, value, now));
}

const targetDateSetter = (goalId: string) => (isoDate: string) => setField(goalId, 'targetDate', isoDate);

export function GoalEditor({ locale, goal, today, headingRef, titleRef, ...handlers }: Props) {
  const t = translator(locale);
  const { id } = goal;
  // The check only depends on these texts: typing in a step or a check-in does not re-run it.
  const check = useMemo(
    () => checkSmart({ statement: goal.statement, smart: goal.smart, targetDate: goal.targetDate }, { locale, today }),
    [goal.statement, goal.smart, goal.targetDate, locale, today],
  );
  const onUseDate = useMemo(() => targetDateSetter(id), [id]);
  const title = goal.title.trim() || t('goals.goal.untitled');

  return (
    <article class="goal-editor" aria-labelledby="goal-editor-title" data-goal-id={id}>
      <header class="goal-editor__header">
        <h2 id="goal-editor-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <GoalActions locale={locale} goal={goal} today={today} {...handlers} />
      </header>
      {goal.archived && <p class="alert alert--warning">{t('goals.ui.editor.archivedNotice')}</p>}
      <SmartSummary locale={locale} check={check} />

      <Field id="goal-title" label={t('goals.ui.field.title')}>
        {(control) => (
          <input
            {...control}
            ref={titleRef}
            class="input"
            value={goal.title}
            maxLength={LIMITS.title}
            autoComplete="off"
            onInput={(event) => setField(id, 'title', event.currentTarget.value)}
          />
        )}
      </Field>

      <div class="goal-editor__row">
        <fieldset class="field">
          <legend>{t('goals.ui.field.role')}</legend>
          {(['mentee', 'mentor'] as const).map((role) => (
            <label class="choice" key={role}>
              <input
                type="radio"
                name={`goal-role-${id}`}
                value={role}
                checked={goal.ownerRole === role}
                onChange={() => setField(id, 'ownerRole', role)}
              />
              {t(role === 'mentee' ? 'goals.ui.field.roleMentee' : 'goals.ui.field.roleMentor')}
            </label>
          ))}
        </fieldset>
        <Field
          id="goal-relationship"
          label={t(goal.ownerRole === 'mentee' ? 'goals.ui.field.relationshipMentee' : 'goals.ui.field.relationshipMentor')}
          hint={t('goals.ui.field.relationshipHelp')}
        >
          {(control) => (
            <input
              {...control}
              class="input"
              value={goal.relationship}
              maxLength={LIMITS.relationship}
              autoComplete="off"
              onInput={(event) => setField(id, 'relationship', event.currentTarget.value)}
            />
          )}
        </Field>
      </div>

      <Field id="goal-statement" label={t('goals.ui.field.statement')} hint={t('goals.ui.field.statementHelp')}>
        {(control) => (
          <textarea
            {...control}
            class="textarea"
            rows={3}
            value={goal.statement}
            maxLength={LIMITS.statement}
            onInput={(event) => setField(id, 'statement', event.currentTarget.value)}
          />
        )}
      </Field>

      <section class="goal-editor__smart" aria-labelledby="goal-smart-title">
        <h3 id="goal-smart-title">{t('goals.ui.smart.title')}</h3>
        <p class="field__help">{t('goals.ui.smart.intro')}</p>
        {SMART_LETTERS.map((letter) => (
          <SmartField
            key={letter}
            locale={locale}
            goalId={id}
            letter={letter}
            value={goal.smart[letter]}
            verdict={check[letter]}
            {...(letter === 'timeBound' ? { onUseDate } : {})}
          />
        ))}
        <Field id="goal-target-date" class="goal-editor__date" label={t('goals.ui.field.targetDate')} hint={t('goals.ui.field.targetDateHelp')}>
          {(control) => (
            <DateInput
              id={control.id}
              locale={locale}
              value={goal.targetDate ?? ''}
              describedBy={control['aria-describedby']}
              onCommit={(value) => setField(id, 'targetDate', value || null)}
            />
          )}
        </Field>
      </section>

      <StepList locale={locale} goalId={id} steps={goal.steps} today={today} />
      <CheckInLog locale={locale} goalId={id} checkIns={goal.checkIns} today={today} />
    </article>
  );
}
