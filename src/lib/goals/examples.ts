import { addDays, addMonths } from './dates.ts';
import { examplesEn } from './examples.en.ts';
import { examplesNl } from './examples.nl.ts';
import type { CreateContext } from './goal-operations.ts';
import type { Goal, IsoDate, Locale, OwnerRole, SmartAnswers } from './model.ts';

// A gallery of complete SMART goals to start from. Both languages carry the same ids
// in the same order, so switching language keeps the user's place in the gallery.

export type ExampleCategory =
  | 'workCulture' | 'skill' | 'network' | 'career'
  | 'leadership' | 'adviser' | 'communication' | 'perspective' | 'talent';

/** "+3 months" as data, so each user gets dates counted from their own today. */
export type RelativeOffset = { weeks: number } | { months: number };

export interface GoalExample {
  id: string;
  ownerRole: OwnerRole;
  category: ExampleCategory;
  title: string;
  statement: string;
  smart: SmartAnswers;
  target: RelativeOffset;
  steps: readonly { text: string; due: RelativeOffset }[];
}

export const GOAL_EXAMPLES: Readonly<Record<Locale, readonly GoalExample[]>> = { nl: examplesNl, en: examplesEn };

export function applyOffset(today: IsoDate, offset: RelativeOffset): IsoDate {
  return 'weeks' in offset ? addDays(today, offset.weeks * 7) : addMonths(today, offset.months);
}

/** A new goal filled in from an example, with its dates counted from `today`. */
export function goalFromExample(example: GoalExample, { newId, now }: CreateContext, today: IsoDate): Goal {
  return {
    id: newId(),
    title: example.title,
    ownerRole: example.ownerRole,
    statement: example.statement,
    smart: { ...example.smart },
    targetDate: applyOffset(today, example.target),
    relationship: '',
    archived: false,
    steps: example.steps.map((step) => ({ id: newId(), text: step.text, dueDate: applyOffset(today, step.due), done: false })),
    checkIns: [],
    createdAt: now,
    updatedAt: now,
  };
}
