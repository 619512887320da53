import type { MessageKey, MessageParams } from '../i18n/message.ts';

// Messages are i18n keys with parameters; the UI renders them with the site's one formatter
// and the `matching.*` tables in src/lib/i18n/{nl,en}/matching.ts. Inside this library keys
// are written without the `matching.` prefix; `message()` adds it. Labels (a property or a
// rule) are passed as nested messages, so they are translated as well. Only types come from
// src/lib/i18n: the worker bundles no words.

type WithinMatching<K> = K extends `matching.${infer Rest}` ? Rest : never;

/** A key of the matching namespace, without its `matching.` prefix. */
export type MatchingMessageKey = WithinMatching<MessageKey>;

export type { MessageParams } from '../i18n/message.ts';

export interface MatchingMessage {
  readonly key: `matching.${MatchingMessageKey}`;
  readonly params: MessageParams;
}

export function message(key: MatchingMessageKey, params: MessageParams = {}): MatchingMessage {
  return { key: `matching.${key}`, params };
}

/** A parameter that the formatter translates as a message of its own (a property or rule label). */
export function labelParam(key: MatchingMessageKey): MatchingMessage {
  return message(key);
}
