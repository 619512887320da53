import { SMART_LETTERS, summarizeSmart, type SmartCheck } from '../../lib/goals/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { Icon } from './Icon.tsx';
import { texts } from './i18n.ts';

/** The five letters at a glance; each links to its question further down. */
export function SmartSummary({ locale, check }: { locale: Locale; check: SmartCheck }) {
  const { t, g } = texts(locale);
  const { met } = summarizeSmart(check);
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
                  {g(`smart.${letter}.letter`)}
                </span>
                <span class="smart-summary__text">
                  <span class="smart-summary__name">{g(`smart.${letter}.name`)}</span>
                  <span class="smart-summary__status">
                    <Icon name={status} />
                    {g(`smart.status.${status}`)}
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
