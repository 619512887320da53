import { formatMessage, GOALS_MESSAGES, type GoalsMessageKey, type MessageParams } from '../../lib/goals/index.ts';
import { translator, type MessageKey } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

export type UiText = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
export type GoalText = (key: GoalsMessageKey, params?: MessageParams) => string;

const cache = new Map<Locale, { t: UiText; g: GoalText }>();

/** `t` for the island's own chrome (site dictionary), `g` for goal-domain texts. Stable per locale. */
export function texts(locale: Locale): { t: UiText; g: GoalText } {
  let entry = cache.get(locale);
  if (!entry) {
    const messages = GOALS_MESSAGES[locale];
    entry = {
      t: translator(locale),
      g: (key, params = {}) => formatMessage(messages, { key, params }),
    };
    cache.set(locale, entry);
  }
  return entry;
}
