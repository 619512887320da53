import type { MessageTable } from '../table.ts';

// Een ronde afsluiten, de volgende beginnen, en een koppel dat uit elkaar gaat.

export const matcherRounds = {
  'matcher.rounds.heading': 'Rondes',
} as const satisfies MessageTable;
