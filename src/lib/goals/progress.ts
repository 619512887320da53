import { isBefore } from './dates.ts';
import type { Goal, IsoDate, Step } from './model.ts';

export interface Progress {
  done: number;
  total: number;
  /** Rounded down, so 100 only shows when every step is really done. */
  percent: number;
}

export type GoalStatus = 'active' | 'completed' | 'overdue' | 'archived';

export function progress(goal: Pick<Goal, 'steps'>): Progress {
  const total = goal.steps.length;
  let done = 0;
  for (const step of goal.steps) if (step.done) done += 1;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

/** Due before today and not done. A step due today is not overdue yet. */
export function isOverdue(step: Pick<Step, 'done' | 'dueDate'>, today: IsoDate): boolean {
  return !step.done && step.dueDate !== null && isBefore(step.dueDate, today);
}

/**
 * Archived wins, then completed (there are steps and all are done), then overdue
 * (target date passed, or any open step past its due date), else active.
 */
export function goalStatus(goal: Pick<Goal, 'archived' | 'steps' | 'targetDate'>, today: IsoDate): GoalStatus {
  if (goal.archived) return 'archived';
  const { done, total } = progress(goal);
  if (total > 0 && done === total) return 'completed';
  if (goal.targetDate !== null && isBefore(goal.targetDate, today)) return 'overdue';
  if (goal.steps.some((step) => isOverdue(step, today))) return 'overdue';
  return 'active';
}
