import { interpolate } from '../i18n/interpolate.ts';
import type { MatchingMessage, MatchingMessageKey } from './messages.ts';

export type MatchingTemplates = Readonly<Record<MatchingMessageKey, string>>;

/** Fills `{name}` placeholders with the site's one rule; `@key` parameter values are translated first. */
export function formatMatchingMessage(templates: MatchingTemplates, msg: MatchingMessage): string {
  const labels = templates as Readonly<Record<string, string>>;
  const params = Object.fromEntries(
    Object.entries(msg.params).map(([name, value]) => {
      const label = typeof value === 'string' && value.startsWith('@') ? labels[value.slice(1)] : undefined;
      return [name, label ?? value];
    }),
  );
  return interpolate(templates[msg.key], params);
}

export { placeholdersOf } from '../i18n/interpolate.ts';
