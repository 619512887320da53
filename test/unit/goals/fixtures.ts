import type { Goal, IdFactory, Step } from '../../../src/lib/goals/model.ts';
import { emptySmartAnswers } from '../../../src/lib/goals/model.ts';

export const NOW = '2026-11-23T09:00:00.000Z';
export const LATER = '2026-11-24T10:30:00.000Z';
export const TODAY = '2026-11-23';

/** Deterministic ids: prefix-1, prefix-2, … */
export function sequentialIds(prefix = 'id'): IdFactory {
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}-${counter}`;
  };
}

export function makeStep(overrides: Partial<Step> = {}): Step {
  return { id: 's1', text: 'Een stap', dueDate: null, done: false, ...overrides };
}

export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'g1',
    title: 'Presenteren',
    ownerRole: 'mentee',
    statement: 'Ik geef drie presentaties vóór 1 maart 2027.',
    smart: emptySmartAnswers(),
    targetDate: null,
    relationship: '',
    archived: false,
    steps: [],
    checkIns: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}
