import type { MatchingMessage, MatchingMessageKey } from './messages.ts';

export type MatchingTemplates = Readonly<Record<MatchingMessageKey, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; `@key` parameter values are translated first. Unknown placeholders stay visible. */
export function formatMatchingMessage(templates: MatchingTemplates, msg: MatchingMessage): string {
  return templates[msg.key].replace(PLACEHOLDER, (whole, name: string) => {
    const value = msg.params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string' && value.startsWith('@')) {
      const label = (templates as Readonly<Record<string, string>>)[value.slice(1)];
      if (label !== undefined) return label;
    }
    return String(value);
  });
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
