import { memo } from 'preact/compat';
import { LIMITS, updateSmartAnswer, type SmartLetter, type SmartVerdict } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { editGoal } from './actions.ts';
import { Icon } from './Icon.tsx';
import { texts } from './i18n.ts';

interface Props {
  locale: Locale;
  goalId: string;
  letter: SmartLetter;
  value: string;
  verdict: SmartVerdict;
  /** Offered next to the T when the text names a date that is not yet the target date. */
  onUseDate?: (isoDate: string) => void;
}

function setAnswer(goalId: string, letter: SmartLetter, answer: string): void {
  editGoal(goalId, (goal, now) => updateSmartAnswer(goal, letter, answer, now));
}

/** One SMART letter: its question, an example, the answer and the live verdict with its hint. */
export const SmartField = memo(function SmartField({ locale, goalId, letter, value, verdict, onUseDate }: Props) {
  const { t, g } = texts(locale);
  const id = `goal-smart-${letter}`;
  const hint = g(verdict.hint.key, verdict.hint.params);
  const suggested =
    verdict.hint.key === 'smart.timeBound.metSuggestTargetDate' ? String(verdict.hint.params['isoDate'] ?? '') : '';
  return (
    <div class={`smart-field smart-status--${verdict.status}`} data-letter={letter} data-status={verdict.status}>
      <div class="smart-field__label">
        <span class="smart-field__letter" aria-hidden="true">
          {g(`smart.${letter}.letter`)}
        </span>
        <label for={id}>{g(`smart.${letter}.name`)}</label>
      </div>
      <p class="field__help smart-field__prompt" id={`${id}-prompt`}>
        {g(`smart.${letter}.prompt`)}
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
      <p class="smart-field__verdict" id={`${id}-verdict`} data-testid={`verdict-${letter}`}>
        <span class="smart-field__status">
          <Icon name={verdict.status} />
          {`${g(`smart.status.${verdict.status}`)}:`}
        </span>{' '}
        <span class="smart-field__hint">{hint}</span>
      </p>
      {suggested !== '' && onUseDate && (
        <button type="button" class="button button--small smart-field__suggest" onClick={() => onUseDate(suggested)}>
          {t('goals.ui.field.useDate', { date: String(verdict.hint.params['date'] ?? suggested) })}
        </button>
      )}
      <details class="smart-field__example">
        <summary>{t('goals.ui.smart.example')}</summary>
        <p>{g(`smart.${letter}.example`)}</p>
      </details>
    </div>
  );
});
