import type { Goal, IsoDate } from './model.ts';

// Small rules the workbook island needs to show the goals; kept here so they are tested
// without a DOM.

export interface GoalGroups {
  /** Goals in progress, in stored order. */
  active: Goal[];
  /** Archived goals, in stored order; shown in their own collapsible group. */
  archived: Goal[];
}

export function groupGoals(goals: readonly Goal[]): GoalGroups {
  const active: Goal[] = [];
  const archived: Goal[] = [];
  for (const goal of goals) (goal.archived ? archived : active).push(goal);
  return { active, archived };
}

/**
 * Which goal to open when the selected one disappears (deleted, or gone after a restore):
 * the goal that now stands where it was, else the one before it, preferring goals in
 * progress over archived ones. Null when there are none left.
 */
export function selectionAfterRemoval(goals: readonly Goal[], removedIndex: number): string | null {
  const { active } = groupGoals(goals);
  const pool = active.length > 0 ? active : goals;
  if (pool.length === 0) return null;
  // Position among the remaining goals of the pool that stood before the removed one.
  const before = goals.slice(0, Math.max(0, removedIndex)).filter((goal) => pool.includes(goal)).length;
  return (pool[Math.min(before, pool.length - 1)] ?? null)?.id ?? null;
}


/** e.g. 'mentorkit-goals-2026-11-23.ics'. */
export function calendarFileName(today: IsoDate): string {
  return `mentorkit-goals-${today}.ics`;
}

/** Goals that go into a calendar export: everything not archived. */
export function goalsForCalendar(goals: readonly Goal[]): Goal[] {
  return goals.filter((goal) => !goal.archived);
}

export { localIsoDate } from '../calendar/dates.ts';
