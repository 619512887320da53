import type { MessageTable } from '../table.ts';

// Objectives side by side, and shortlists per participant.

export const matcherChoose = {
  'matcher.choose.heading': 'Compare objectives',
} as const satisfies MessageTable;
