import { SMART_LETTERS, summariseSmart, type SmartCheck } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from '../ui/Icon.tsx';
import { translator } from '../../lib/i18n/index.ts';

/** The five letters at a glance; each links to its question further down. */
export function SmartSummary({ locale, check }: { locale: Locale; check: SmartCheck }) {
  const t = translator(locale);
  const { met } = summariseSmart(check);
  return (
    <nav class="smart-summary" aria-label={t('goals.ui.smart.summaryLabel', { met })} data-testid="smart-summary">
      <ol>
        {SMART_LETTERS.map((letter) => {
          const { status } = check[letter];
          return (
            <li key={letter}>
              <a
                href={`#goal-smart-${letter}`}
                onClick={(event) => {
                  // Jump to the answer and put the cursor in it, without touching the address bar.
                  const answer = document.getElementById(`goal-smart-${letter}`);
                  if (!answer) return;
                  event.preventDefault();
                  answer.focus({ preventScroll: true });
                  answer.scrollIntoView({ block: 'center' });
                }}
                class={`smart-summary__item smart-status--${status}`}
                data-letter={letter}
                data-status={status}
              >
                <span class="smart-summary__letter" aria-hidden="true">
                  {t(`goals.smart.${letter}.letter`)}
                </span>
                <span class="smart-summary__text">
                  <span class="smart-summary__name">{t(`goals.smart.${letter}.name`)}</span>
                  <span class="smart-summary__status">
                    <Icon name={status} />
                    {t(`goals.smart.status.${status}`)}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
