import { interpolate } from '../i18n/interpolate.ts';
import type { GoalsMessages, Message } from './message-keys.ts';

/** Goal-domain messages use the site's one placeholder rule (unknown placeholders stay visible). */
export function formatMessage(templates: GoalsMessages, message: Message): string {
  return interpolate(templates[message.key], message.params);
}

export { placeholdersOf } from '../i18n/interpolate.ts';
