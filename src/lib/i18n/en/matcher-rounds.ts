import type { MessageTable } from '../table.ts';

// Closing a round, starting the next, and a pair that breaks up.

export const matcherRounds = {
  'matcher.rounds.heading': 'Rounds',
} as const satisfies MessageTable;
