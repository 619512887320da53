import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';
import type { Locale } from './locales.ts';
import { interpolate, type MessageParams } from './interpolate.ts';

export { interpolate, placeholdersOf, type MessageParams } from './interpolate.ts';

export type { MessageKey } from './nl.ts';
export type Dictionary = Record<MessageKey, string>;
/** A message that is translated where it is shown, so domain code stays language-free. */
export interface Message<K extends string = MessageKey> {
  key: K;
  params?: MessageParams;
}

export const dictionaries: Record<Locale, Dictionary> = { nl, en };

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(dictionaries[locale][key], params);
}

export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => translate(locale, key, params);
}
