import {
  addGoal,
  createGoal,
  deleteGoal,
  restoreGoal,
  updateGoal,
  type CreateContext,
  type Goal,
  type GoalsDocument,
  type IsoDateTime,
  type RemovedGoal,
} from '../lib/goals/index.ts';
import { goalsDocument } from './goals-document.ts';
import { newId, nowIso } from './ids.ts';

export { goalsDocument, newId, nowIso };

// The only place the workbook writes: every edit is a pure operation from src/lib/goals
// applied to the synced document. Module-level functions, so their identity never
// changes and memoised components can take them without re-rendering.

export const createContext = (): CreateContext => ({ newId, now: nowIso() });

/** Applies a document operation; an operation that returns the same document saves nothing. */
export function change(operation: (doc: GoalsDocument) => GoalsDocument): void {
  const state = goalsDocument.$state.get();
  if (state.phase !== 'ready') return;
  const next = operation(state.data);
  if (next !== state.data) goalsDocument.update(() => next);
}

/** Applies a goal operation, e.g. `editGoal(id, (goal, now) => toggleStep(goal, stepId, now))`. */
export function editGoal(goalId: string, operation: (goal: Goal, now: IsoDateTime) => Goal): void {
  const now = nowIso();
  change((doc) => updateGoal(doc, goalId, (goal) => operation(goal, now)));
}

export function currentGoals(): readonly Goal[] {
  return goalsDocument.$state.get().data.goals;
}

/** The goal as stored right now (a handler may run before the latest edit has re-rendered). */
export function currentGoal(goalId: string): Goal | undefined {
  return currentGoals().find((goal) => goal.id === goalId);
}

/** Adds a goal; returns it, or null when the document is full. */
export function insertGoal(goal: Goal): Goal | null {
  change((doc) => addGoal(doc, goal));
  return currentGoal(goal.id) ?? null;
}

/** Adds a goal and returns it; null when it could not be added (at LIMITS.goals). */
export function createNewGoal(title: string, ownerRole: Goal['ownerRole'] = 'mentee'): Goal | null {
  return insertGoal(createGoal({ title, ownerRole }, createContext()));
}

export function removeGoal(goalId: string): RemovedGoal | null {
  let removed: RemovedGoal | null = null;
  change((doc) => {
    const result = deleteGoal(doc, goalId);
    removed = result.removed;
    return result.doc;
  });
  return removed;
}

export function undoRemoval(removed: RemovedGoal): void {
  change((doc) => restoreGoal(doc, removed));
}
