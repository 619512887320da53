import type { MessageTable } from '../table.ts';

// A swap, move or assignment by hand, with its cost shown before it is made.

export const matcherAdjust = {
  'matcher.adjust.heading': 'Change by hand',
} as const satisfies MessageTable;
