import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

export const STEPS = ['people', 'criteria', 'match', 'tell'] as const;
export type Step = (typeof STEPS)[number];

interface Props {
  locale: Locale;
  current: Step;
  onChoose: (step: Step) => void;
}

/** The four steps of a project as a numbered list; any step can be opened, the current one is marked. */
export function StepNav({ locale, current, onChoose }: Props) {
  const t = translator(locale);
  return (
    <nav class="matcher-steps" aria-label={t('matcher.workbook.steps.label')}>
      <ol>
        {STEPS.map((step, index) => (
          <li key={step}>
            <button type="button" class="matcher-steps__step" aria-current={step === current ? 'step' : undefined} onClick={() => onChoose(step)}>
              <span class="matcher-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <span class="visually-hidden">{t('matcher.workbook.step.number', { n: index + 1 })}: </span>
              {t(`matcher.workbook.step.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
