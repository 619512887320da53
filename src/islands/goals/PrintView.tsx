import { checkSmart, formatDate, isOverdue, progress, SMART_LETTERS, type Goal } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  goals: readonly Goal[];
  today: string;
}

/**
 * What lands on paper: rendered only while printing (see usePrint), into its own element
 * outside the page, so the editor never pays for it while you type.
 */
export function PrintView({ locale, goals, today }: Props) {
  const t = translator(locale);
  return (
    <div class="goals-print__sheet">
      <p class="goals-print__meta">
        {t('goals.ui.print.title')} · {t('goals.ui.print.printedOn', { date: formatDate(today, locale) })}
      </p>
      {goals.map((goal) => (
        <PrintGoal key={goal.id} locale={locale} goal={goal} today={today} />
      ))}
    </div>
  );
}

function PrintGoal({ locale, goal, today }: { locale: Locale; goal: Goal; today: string }) {
  const t = translator(locale);
  const check = checkSmart(goal, { locale, today });
  const { done, total, percent } = progress(goal);
  return (
    <article class="goals-print__goal">
      <h1>{goal.title.trim() || t('goals.goal.untitled')}</h1>
      <dl class="goals-print__facts">
        <dt>{t('goals.export.md.role')}</dt>
        <dd>{t(`goals.role.${goal.ownerRole}`)}</dd>
        {goal.relationship.trim() !== '' && (
          <>
            <dt>{t('goals.export.md.relationship')}</dt>
            <dd>{goal.relationship}</dd>
          </>
        )}
        <dt>{t('goals.export.md.targetDate')}</dt>
        <dd>{goal.targetDate ? formatDate(goal.targetDate, locale) : t('goals.export.md.noTargetDate')}</dd>
        <dt>{t('goals.ui.steps.progressLabel')}</dt>
        <dd>{t('goals.progress.summary', { done, total, percent })}</dd>
      </dl>
      {goal.archived && <p>{t('goals.export.md.archived')}</p>}
      {goal.statement.trim() !== '' && <p class="goals-print__statement">{goal.statement}</p>}
      <h2>{t('goals.export.md.smartHeading')}</h2>
      <dl class="goals-print__smart">
        {SMART_LETTERS.map((letter) => (
          <div key={letter}>
            <dt>
              {t(`goals.smart.${letter}.letter`)} — {t(`goals.smart.${letter}.name`)} ({t(`goals.smart.status.${check[letter].status}`)})
            </dt>
            <dd>{goal.smart[letter].trim() || '—'}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('goals.export.md.stepsHeading')}</h2>
      {goal.steps.length === 0 ? (
        <p>{t('goals.export.md.noSteps')}</p>
      ) : (
        <ul class="goals-print__steps">
          {goal.steps.map((step) => (
            <li key={step.id}>
              <span aria-hidden="true">{step.done ? '☑' : '☐'}</span> {step.text}
              {step.dueDate && <> — {t('goals.export.md.due', { date: formatDate(step.dueDate, locale) })}</>}
              {isOverdue(step, today) && <strong> ({t('goals.export.md.overdue')})</strong>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('goals.export.md.checkInsHeading')}</h2>
      {goal.checkIns.length === 0 ? (
        <p>{t('goals.export.md.noCheckIns')}</p>
      ) : (
        <ul class="goals-print__checkins">
          {goal.checkIns.map((checkIn) => (
            <li key={checkIn.id}>
              <strong>{formatDate(checkIn.date, locale)}</strong>
              {checkIn.happened && (
                <>
                  {' '}
                  — {t('goals.export.md.checkInHappened')}: {checkIn.happened}
                </>
              )}
              {checkIn.nextStep && (
                <>
                  {' '}
                  — {t('goals.export.md.checkInNextStep')}: {checkIn.nextStep}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
