import type { CheckIn, Goal, IsoDateTime, Step } from './model.ts';
import { LIMITS } from './model.ts';

// Undo for removeStep and removeCheckIn: the removed item comes back as it was (same id,
// same ticked state), where it stood. Like restoreGoal, nothing happens when an item with
// that id exists again or the goal is full.

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(Number.isInteger(index) ? index : length, length));
}

/** Puts a removed step back at `index` (clamped to the list). */
export function restoreStep(goal: Goal, step: Step, index: number, now: IsoDateTime): Goal {
  if (goal.steps.length >= LIMITS.stepsPerGoal || goal.steps.some((other) => other.id === step.id)) return goal;
  return { ...goal, steps: goal.steps.toSpliced(clampIndex(index, goal.steps.length), 0, step), updatedAt: now };
}

/**
 * Puts a removed check-in back at `index` when that keeps the log newest first (so it
 * returns to its place among check-ins of the same date); otherwise at its date's place.
 */
export function restoreCheckIn(goal: Goal, checkIn: CheckIn, index: number, now: IsoDateTime): Goal {
  const { checkIns } = goal;
  if (checkIns.length >= LIMITS.checkInsPerGoal || checkIns.some((other) => other.id === checkIn.id)) return goal;
  let at = clampIndex(index, checkIns.length);
  const before = checkIns[at - 1];
  const after = checkIns[at];
  if ((before !== undefined && before.date < checkIn.date) || (after !== undefined && after.date > checkIn.date)) {
    at = checkIns.findIndex((other) => other.date <= checkIn.date);
    if (at === -1) at = checkIns.length;
  }
  return { ...goal, checkIns: checkIns.toSpliced(at, 0, checkIn), updatedAt: now };
}
