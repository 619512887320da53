import type { GoalsMessages, Message } from './message-keys.ts';

/**
 * Fills `{name}` placeholders. An unknown placeholder is left as written so a
 * missing parameter shows up in review instead of silently disappearing.
 */
export function formatMessage(templates: GoalsMessages, message: Message): string {
  return templates[message.key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = message.params[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
