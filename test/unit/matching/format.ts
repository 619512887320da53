import { dictionaries, formatMessage, type Message } from '../../../src/lib/i18n/all.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

/** A matching message as the UI shows it, with the site's one formatter. */
export function formatIn(locale: Locale, message: Message): string {
  return formatMessage(dictionaries[locale], locale, message);
}
