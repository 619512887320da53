import type { MessageTable } from '../table.ts';

// Een wissel, verplaatsing of toewijzing met de hand, met wat die kost voordat je hem doet.

export const matcherAdjust = {
  'matcher.adjust.heading': 'Met de hand aanpassen',
} as const satisfies MessageTable;
