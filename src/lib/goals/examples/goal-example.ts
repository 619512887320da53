import { addDays, addMonths } from '../dates.ts';
import type { Goal, IsoDate, OwnerRole, SmartAnswers } from '../model.ts';
import type { CreateContext } from '../operations/goal.ts';

// A gallery of complete SMART goals to start from (gallery.nl.ts, gallery.en.ts). Both
// languages carry the same ids in the same order, so switching language keeps the user's
// place in the gallery. Each page's entry imports only its own language's gallery; nothing
// here imports either, so neither lands in the other language's bundle.

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
