import { formatMessage } from './format.ts';
import type { Locale } from './locales.ts';
import type { MessageKey, MessageParams, Translate } from './message.ts';
import type { MessageTable } from './table.ts';

// Translators read from the tables registered for a language. Nothing here imports a
// dictionary: each island's per-locale entry (src/islands/*.nl.tsx, *.en.tsx) registers the
// feature tables of its own language, so a page ships only its language's words.
// Astro pages and tests register everything through ./all.ts.

export { formatMessage, interpolate, placeholdersOf, pluralForm, type Templates } from './format.ts';
export type { Dictionary, Message, MessageKey, MessageParams, MessageTable, PluralTemplates, Template, Translate } from './message.ts';

const registered: Record<Locale, Record<string, MessageTable[string]>> = { nl: {}, en: {} };
const translators = new Map<Locale, Translate>();

/** Makes feature tables of one language available to `translator(locale)`. */
export function registerMessages(locale: Locale, ...tables: readonly MessageTable[]): void {
  Object.assign(registered[locale], ...tables);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(registered[locale], locale, params === undefined ? { key } : { key, params });
}

/** `t(key, params)` for one language; the same function on every call, so it is safe in hook deps. */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = (key, params) => translate(locale, key, params)));
  return t;
}
