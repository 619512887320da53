import { useStore } from '@nanostores/preact';
import { addGoal, LIMITS, removeGoal, restoreGoal, updateGoal, type Agreement } from '../../lib/agreements/index.ts';
import { clampText } from '../../lib/agreements/model.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editAgreement } from '../../stores/agreements.ts';
import { goalsDocument } from '../../stores/goals-document.ts';
import { Field } from '../ui/Field.tsx';
import { useAnnounce } from '../ui/announce.ts';

interface Props {
  locale: Locale;
  agreement: Agreement;
  error: string | null;
}

/** The one to three goals: written here, or taken from the SMART goals workbook on this device. */
export function GoalsField({ locale, agreement, error }: Props) {
  const t = translator(locale);
  const announce = useAnnounce();
  const goals = agreement.sections.purpose?.goals ?? [];
  const smart = useStore(goalsDocument.$state);
  const smartGoals = smart.data.goals.filter((goal) => !goal.archived);
  const full = goals.length >= LIMITS.goals;
  const errorId = error ? 'agreement-goals-error' : undefined;

  const add = (text = '', smartGoalId: string | null = null) =>
    editAgreement(agreement.id, (current, context) => addGoal(current, { text, smartGoalId }, context).agreement);

  const remove = (goalId: string) => {
    let removed: ReturnType<typeof removeGoal>['removed'] = null;
    editAgreement(agreement.id, (current, context) => {
      const result = removeGoal(current, goalId, context.now);
      removed = result.removed;
      return result.agreement;
    });
    const undo = removed;
    if (!undo) return;
    announce(t('agreements.ui.notice.goalRemoved'), {
      focusAction: true,
      action: { label: t('agreements.ui.notice.undo'), run: () => editAgreement(agreement.id, (current, context) => restoreGoal(current, undo, context.now)) },
    });
  };

  return (
    <fieldset class="field agreement-goals" aria-describedby={errorId}>
      <legend>{t('agreements.ui.label.purpose.goals')}</legend>
      <ol class="agreement-items">
        {goals.map((goal, index) => {
          const linked = goal.smartGoalId ? smart.data.goals.find((candidate) => candidate.id === goal.smartGoalId) : undefined;
          return (
            <li key={goal.id} class="agreement-item">
              <Field
                id={`agreement-goal-${goal.id}`}
                label={t('agreements.ui.goals.text', { n: index + 1 })}
                hint={linked ? t('agreements.ui.goals.linked', { title: linked.title }) : undefined}
              >
                {(control) => (
                  <textarea
                    {...control}
                    class="textarea agreement-item__text"
                    rows={2}
                    maxLength={LIMITS.goalText}
                    value={goal.text}
                    onInput={(event) => {
                      const text = event.currentTarget.value;
                      editAgreement(agreement.id, (current, context) => updateGoal(current, goal.id, { text: clampText(text, LIMITS.goalText) }, context.now));
                    }}
                  />
                )}
              </Field>
              <button type="button" class="button button--small" onClick={() => remove(goal.id)}>
                {t('agreements.ui.goals.remove', { n: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      {error && (
        <span class="field__error" id={errorId} role="alert">
          {error}
        </span>
      )}
      {full ? (
        <p class="field__help">{t('agreements.ui.goals.full')}</p>
      ) : (
        <div class="agreement-goals__add">
          <button type="button" class="button button--small" onClick={() => add()}>
            {t('agreements.ui.goals.add')}
          </button>
          {smart.phase === 'ready' &&
            (smartGoals.length > 0 ? (
              <Field id={`agreement-goal-pick-${agreement.id}`} label={t('agreements.ui.goals.fromWorkbook')} hint={t('agreements.ui.goals.fromWorkbookHint')}>
                {(control) => (
                  <select
                    {...control}
                    class="select"
                    value=""
                    onChange={(event) => {
                      const picked = smartGoals.find((goal) => goal.id === event.currentTarget.value);
                      event.currentTarget.value = '';
                      if (!picked) return;
                      const text = [picked.title.trim(), picked.statement.trim()].filter(Boolean).join(': ');
                      add(clampText(text, LIMITS.goalText), picked.id);
                    }}
                  >
                    <option value="">{t('agreements.ui.goals.pick')}</option>
                    {smartGoals.map((goal) => (
                      <option key={goal.id} value={goal.id} disabled={goals.some((existing) => existing.smartGoalId === goal.id)}>
                        {goal.title.trim() || '…'}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : (
              <p class="field__help">{t('agreements.ui.goals.noSmartGoals')}</p>
            ))}
        </div>
      )}
    </fieldset>
  );
}
