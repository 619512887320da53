import type { MessageTable } from '../table.ts';

// Doelen naast elkaar zetten en shortlists per deelnemer.

export const matcherChoose = {
  'matcher.choose.heading': 'Doelen vergelijken',
} as const satisfies MessageTable;
