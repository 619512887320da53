import type { GoalsMessages } from './message-keys.ts';
import type { Locale } from './model.ts';
import { goalsMessagesEn } from './messages.en.ts';
import { goalsMessagesNl } from './messages.nl.ts';

export const GOALS_MESSAGES: Readonly<Record<Locale, GoalsMessages>> = { nl: goalsMessagesNl, en: goalsMessagesEn };
