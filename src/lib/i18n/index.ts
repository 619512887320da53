import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';
import type { Locale } from './locales.ts';

export type { MessageKey } from './nl.ts';
export type Dictionary = Record<MessageKey, string>;
export type MessageParams = Readonly<Record<string, string | number>>;
/** A message that is translated where it is shown, so domain code stays language-free. */
export interface Message<K extends string = MessageKey> {
  key: K;
  params?: MessageParams;
}

export const dictionaries: Record<Locale, Dictionary> = { nl, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(dictionaries[locale][key], params);
}

export function translator(locale: Locale): (key: MessageKey, params?: MessageParams) => string {
  return (key, params) => translate(locale, key, params);
}
