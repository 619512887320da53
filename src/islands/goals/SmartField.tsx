import { memo } from '../ui/memo.ts';
import { LIMITS, updateSmartAnswer, type SmartLetter, type SmartVerdict } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editGoal } from '../../stores/goals.ts';
import { Icon } from '../ui/Icon.tsx';
import { translator } from '../../lib/i18n/index.ts';

interface Props {
  locale: Locale;
  goalId: string;
  letter: SmartLetter;
  value: string;
  verdict: SmartVerdict;
  /** Offered next to the T when the text names a date that is not yet the target date. */
  onUseDate?: (isoDate: string) => void;
}

const SUGGESTS_DATE: ReadonlySet<string> = new Set([
  'goals.smart.timeBound.metSuggestTargetDate',
  'goals.smart.timeBound.metSuggestTargetDateFromStatement',
]);

function setAnswer(goalId: string, letter: SmartLetter, answer: string): void {
  editGoal(goalId, (goal, now) => updateSmartAnswer(goal, letter, answer, now));
}

/** One SMART letter: its question, an example, the answer and the live verdict with its hint. */
export const SmartField = memo(function SmartField({ locale, goalId, letter, value, verdict, onUseDate }: Props) {
  const t = translator(locale);
  const id = `goal-smart-${letter}`;
  const hint = t(verdict.hint.key, verdict.hint.params);
  const suggested = SUGGESTS_DATE.has(verdict.hint.key) ? String(verdict.hint.params['isoDate'] ?? '') : '';
  // An empty box is never "In orde": a verdict drawn from the goal sentence (or the target
  // date) shows only its hint, which says where it came from ("Uit je doelzin: …").
  const fromElsewhere = value.trim() === '' && verdict.source !== 'answer';
  const fieldState = fromElsewhere && verdict.status === 'met' ? 'covered' : verdict.status;
  return (
    <div class={`smart-field smart-status--${fieldState}`} data-letter={letter} data-status={verdict.status}>
      <div class="smart-field__label">
        <span class="smart-field__letter" aria-hidden="true">
          {t(`goals.smart.${letter}.letter`)}
        </span>
        <label for={id}>{t(`goals.smart.${letter}.name`)}</label>
      </div>
      <p class="field__help smart-field__prompt" id={`${id}-prompt`}>
        {t(`goals.smart.${letter}.prompt`)}
      </p>
      <textarea
        id={id}
        class="textarea smart-field__input"
        rows={2}
        maxLength={LIMITS.smartAnswer}
        value={value}
        aria-describedby={`${id}-prompt ${id}-verdict`}
        onInput={(event) => setAnswer(goalId, letter, event.currentTarget.value)}
      />
      <p
        class={`smart-field__verdict${fromElsewhere ? ' smart-field__verdict--elsewhere' : ''}`}
        id={`${id}-verdict`}
        data-testid={`verdict-${letter}`}
        data-source={verdict.source}
      >
        {fromElsewhere ? (
          <span class="smart-field__status">
            <Icon name={verdict.status === 'met' ? 'missing' : verdict.status} />
          </span>
        ) : (
          <span class="smart-field__status">
            <Icon name={verdict.status} />
            {`${t(`goals.smart.status.${verdict.status}`)}:`}
          </span>
        )}{' '}
        <span class="smart-field__hint">{hint}</span>
      </p>
      {suggested !== '' && onUseDate && (
        <button type="button" class="button button--small smart-field__suggest" onClick={() => onUseDate(suggested)}>
          {t('goals.ui.field.useDate', { date: String(verdict.hint.params['date'] ?? suggested) })}
        </button>
      )}
      <details class="smart-field__example">
        <summary>{t('goals.ui.smart.example')}</summary>
        <p>{t(`goals.smart.${letter}.example`)}</p>
      </details>
    </div>
  );
});
