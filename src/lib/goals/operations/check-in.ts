import { isAllowedDate } from '../dates.ts';
import type { CheckIn, Goal, IsoDate, IsoDateTime } from '../model.ts';
import { checkInInsertIndex, clampText, LIMITS } from '../model.ts';
import type { CreateContext } from './goal.ts';

// Edits to a goal's check-in log, which stays newest first (see model.ts) on every write.

export interface NewCheckInInput {
  date: IsoDate;
  happened: string;
  nextStep: string;
}

export type CheckInPatch = Partial<NewCheckInInput>;

function clampCheckIn(checkIn: CheckIn): CheckIn {
  return {
    ...checkIn,
    happened: clampText(checkIn.happened, LIMITS.checkInText),
    nextStep: clampText(checkIn.nextStep, LIMITS.checkInText),
  };
}

function insertInOrder(checkIns: readonly CheckIn[], checkIn: CheckIn): CheckIn[] {
  return checkIns.toSpliced(checkInInsertIndex(checkIns, checkIn.date), 0, checkIn);
}

/** Inserts in date order (newest first), in O(log n) to find the spot. At the limit the goal comes back unchanged. */
export function addCheckIn(goal: Goal, input: NewCheckInInput, { newId, now }: CreateContext): Goal {
  if (goal.checkIns.length >= LIMITS.checkInsPerGoal || !isAllowedDate(input.date)) return goal;
  const checkIn = clampCheckIn({ id: newId(), ...input });
  return { ...goal, checkIns: insertInOrder(goal.checkIns, checkIn), updatedAt: now };
}

/** Edits text in place; a new date moves the check-in to its place as if it had just been added. */
export function updateCheckIn(goal: Goal, checkInId: string, patch: CheckInPatch, now: IsoDateTime): Goal {
  const index = goal.checkIns.findIndex((checkIn) => checkIn.id === checkInId);
  const current = goal.checkIns[index];
  if (current === undefined || (patch.date !== undefined && !isAllowedDate(patch.date))) return goal;
  const next = clampCheckIn({ ...current, ...patch });
  if (next.date === current.date && next.happened === current.happened && next.nextStep === current.nextStep) return goal;
  const checkIns = next.date === current.date
    ? goal.checkIns.with(index, next)
    : insertInOrder(goal.checkIns.toSpliced(index, 1), next);
  return { ...goal, checkIns, updatedAt: now };
}

export function removeCheckIn(goal: Goal, checkInId: string, now: IsoDateTime): Goal {
  const index = goal.checkIns.findIndex((checkIn) => checkIn.id === checkInId);
  return index === -1 ? goal : { ...goal, checkIns: goal.checkIns.toSpliced(index, 1), updatedAt: now };
}

/**
 * Undo for removeCheckIn: the check-in comes back as it was, at `index` when that keeps the
 * log newest first (so it returns to its place among check-ins of the same date), otherwise
 * at its date's place. Nothing happens when one with that id exists again or the log is full.
 */
export function restoreCheckIn(goal: Goal, checkIn: CheckIn, index: number, now: IsoDateTime): Goal {
  const { checkIns } = goal;
  if (checkIns.length >= LIMITS.checkInsPerGoal || checkIns.some((other) => other.id === checkIn.id)) return goal;
  let at = Math.max(0, Math.min(Number.isInteger(index) ? index : checkIns.length, checkIns.length));
  const before = checkIns[at - 1];
  const after = checkIns[at];
  if ((before !== undefined && before.date < checkIn.date) || (after !== undefined && after.date > checkIn.date)) {
    at = checkIns.findIndex((other) => other.date <= checkIn.date);
    if (at === -1) at = checkIns.length;
  }
  return { ...goal, checkIns: checkIns.toSpliced(at, 0, checkIn), updatedAt: now };
}
