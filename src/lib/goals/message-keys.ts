import type { Message as AnyMessage, MessageKey, MessageParams } from '../i18n/message.ts';
import type { SmartLetter } from './model.ts';

// Every piece of UI-facing text this library produces is a Message: a key under `goals.`
// (src/lib/i18n/nl/goals.ts and en/goals.ts hold the words) and its parameters. The key
// groups below are derived from the dictionary, so they cannot drift from it.

export type { MessageParams } from '../i18n/message.ts';

/** A goals message; unlike the general Message, its params are always present. */
export interface Message<K extends GoalsMessageKey = GoalsMessageKey> extends AnyMessage<K> {
  readonly params: MessageParams;
}

type GoalsKey<Prefix extends string> = Extract<MessageKey, `goals.${Prefix}${string}`>;

/** Every key the goals domain (not the workbook's own chrome, `goals.ui.*`) uses. */
export type GoalsMessageKey = Exclude<GoalsKey<''>, GoalsKey<'ui.'>>;

/** The letter, its name, the guiding prompt and an example answer, for each of S, M, A, R, T. */
export type SmartGuideKey = `goals.smart.${SmartLetter}.${'letter' | 'name' | 'prompt' | 'example'}`;

export type SmartStatusKey = GoalsKey<'smart.status.'>;

/** The advice the SMART check gives per letter. */
export type SmartHintKey = Exclude<Extract<MessageKey, `goals.smart.${SmartLetter}.${string}`>, SmartGuideKey>;

export type ValidationErrorKey = GoalsKey<'validation.'>;

export type GoalStatusKey = GoalsKey<'status.'>;

export type ExportKey = GoalsKey<'export.'>;
