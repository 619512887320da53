import type { Goal, GoalsDocument } from '../model.ts';
import { LIMITS } from '../model.ts';
import type { CreateContext } from './goal.ts';

// Edits to the list of goals. Removing returns what was removed, so restoreGoal can undo it.

export interface RemovedGoal {
  goal: Goal;
  /** Where it stood, so undo puts it back in the same place. */
  index: number;
}

export interface DuplicateOptions extends CreateContext {
  /** Localised, e.g. ' (kopie)' from messages 'goals.goal.copySuffix'. */
  titleSuffix: string;
}

export function emptyGoalsDocument(): GoalsDocument {
  return { goals: [] };
}

export function findGoal(doc: GoalsDocument, goalId: string): Goal | undefined {
  return doc.goals.find((goal) => goal.id === goalId);
}

/** Appends a goal; unchanged at the limit or when the id is already taken. */
export function addGoal(doc: GoalsDocument, goal: Goal): GoalsDocument {
  if (doc.goals.length >= LIMITS.goals || findGoal(doc, goal.id) !== undefined) return doc;
  return { ...doc, goals: [...doc.goals, goal] };
}

/** Applies a goal operation, e.g. `updateGoal(doc, id, (g) => toggleStep(g, stepId, now))`. */
export function updateGoal(doc: GoalsDocument, goalId: string, change: (goal: Goal) => Goal): GoalsDocument {
  const index = doc.goals.findIndex((goal) => goal.id === goalId);
  const current = doc.goals[index];
  if (current === undefined) return doc;
  const next = change(current);
  return next === current ? doc : { ...doc, goals: doc.goals.with(index, next) };
}

/**
 * A copy placed right after the original, with fresh ids throughout. Steps come along
 * unticked and check-ins stay behind: they are the history of the original goal.
 */
export function duplicateGoal(
  doc: GoalsDocument,
  goalId: string,
  { newId, now, titleSuffix }: DuplicateOptions,
): { doc: GoalsDocument; goal: Goal | null } {
  const index = doc.goals.findIndex((goal) => goal.id === goalId);
  const original = doc.goals[index];
  if (original === undefined || doc.goals.length >= LIMITS.goals) return { doc, goal: null };
  const copy: Goal = {
    ...original,
    id: newId(),
    title: `${original.title}${titleSuffix}`.slice(0, LIMITS.title),
    smart: { ...original.smart },
    archived: false,
    steps: original.steps.map((step) => ({ id: newId(), text: step.text, dueDate: step.dueDate, done: false })),
    checkIns: [],
    createdAt: now,
    updatedAt: now,
  };
  return { doc: { ...doc, goals: doc.goals.toSpliced(index + 1, 0, copy) }, goal: copy };
}

export function deleteGoal(doc: GoalsDocument, goalId: string): { doc: GoalsDocument; removed: RemovedGoal | null } {
  const index = doc.goals.findIndex((goal) => goal.id === goalId);
  const goal = doc.goals[index];
  if (goal === undefined) return { doc, removed: null };
  return { doc: { ...doc, goals: doc.goals.toSpliced(index, 1) }, removed: { goal, index } };
}

/** Undo for deleteGoal. Does nothing if a goal with that id exists again. */
export function restoreGoal(doc: GoalsDocument, removed: RemovedGoal): GoalsDocument {
  if (findGoal(doc, removed.goal.id) !== undefined) return doc;
  const index = Math.max(0, Math.min(removed.index, doc.goals.length));
  return { ...doc, goals: doc.goals.toSpliced(index, 0, removed.goal) };
}
