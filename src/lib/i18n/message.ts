import type { nl } from './nl/index.ts';
import type { Translation } from './table.ts';

export type { MessageTable, PluralTemplates, Template, Translation } from './table.ts';

/** Every message key of every feature; Dutch (src/lib/i18n/nl/) defines them. */
export type MessageKey = keyof typeof nl;

/** A whole language: every key, a plural wherever Dutch has one. */
export type Dictionary = Translation<typeof nl>;

/**
 * Values for a message's `{placeholders}`. A nested Message is translated first (a rule or
 * property label, an error detail), so domain code never needs words; a list of words is
 * joined as the language does ("Excel, Python en SQL"); `count` picks the plural form.
 */
export type MessageParams = Readonly<Record<string, string | number | Message | readonly string[]>>;

/** A message that is translated where it is shown, so domain code stays language-free. */
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params?: MessageParams;
}

/** The one shape of a translator: `t(key, params)` in the page's language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
