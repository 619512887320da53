import { isAllowedDate } from '../dates.ts';
import type { Goal, IdFactory, IsoDateTime, SmartAnswers, SmartLetter } from '../model.ts';
import { clampText, emptySmartAnswers, LIMITS } from '../model.ts';

// Edits to one goal. Each returns a new goal with `updatedAt` set, or the very same
// object when nothing changed, so the UI can skip saving and re-rendering cheaply.

export interface CreateContext {
  newId: IdFactory;
  now: IsoDateTime;
}

export interface NewGoalInput {
  title?: string;
  ownerRole?: Goal['ownerRole'];
  statement?: string;
  smart?: Partial<SmartAnswers>;
  targetDate?: string | null;
  relationship?: string;
}

export type EditableGoalFields = Pick<Goal, 'title' | 'ownerRole' | 'statement' | 'targetDate' | 'relationship'>;
export type EditableGoalField = keyof EditableGoalFields;

const TEXT_LIMITS: Readonly<Record<'title' | 'statement' | 'relationship', number>> = {
  title: LIMITS.title,
  statement: LIMITS.statement,
  relationship: LIMITS.relationship,
};

function clampSmart(smart: Partial<SmartAnswers>): SmartAnswers {
  const answers = { ...emptySmartAnswers(), ...smart };
  for (const letter of Object.keys(answers) as SmartLetter[]) {
    answers[letter] = clampText(answers[letter], LIMITS.smartAnswer);
  }
  return answers;
}

export function createGoal(input: NewGoalInput, { newId, now }: CreateContext): Goal {
  return {
    id: newId(),
    title: clampText(input.title ?? '', LIMITS.title),
    ownerRole: input.ownerRole ?? 'mentee',
    statement: clampText(input.statement ?? '', LIMITS.statement),
    smart: clampSmart(input.smart ?? {}),
    targetDate: isAllowedDate(input.targetDate) ? input.targetDate : null,
    relationship: clampText(input.relationship ?? '', LIMITS.relationship),
    archived: false,
    steps: [],
    checkIns: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function updateField<K extends EditableGoalField>(
  goal: Goal,
  field: K,
  value: EditableGoalFields[K],
  now: IsoDateTime,
): Goal {
  // A date the record could not read back is refused here, at the write, not discovered at the next load.
  if (field === 'targetDate' && value !== null && !isAllowedDate(value)) return goal;
  const next = typeof value === 'string' && field in TEXT_LIMITS
    ? clampText(value, TEXT_LIMITS[field as keyof typeof TEXT_LIMITS])
    : value;
  if (goal[field] === next) return goal;
  return { ...goal, [field]: next, updatedAt: now };
}

export function renameGoal(goal: Goal, title: string, now: IsoDateTime): Goal {
  return updateField(goal, 'title', title, now);
}

export function updateSmartAnswer(goal: Goal, letter: SmartLetter, answer: string, now: IsoDateTime): Goal {
  const next = clampText(answer, LIMITS.smartAnswer);
  if (goal.smart[letter] === next) return goal;
  return { ...goal, smart: { ...goal.smart, [letter]: next }, updatedAt: now };
}

export function archiveGoal(goal: Goal, now: IsoDateTime): Goal {
  return goal.archived ? goal : { ...goal, archived: true, updatedAt: now };
}

export function unarchiveGoal(goal: Goal, now: IsoDateTime): Goal {
  return goal.archived ? { ...goal, archived: false, updatedAt: now } : goal;
}
