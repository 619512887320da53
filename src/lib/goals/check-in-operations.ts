import { checkInInsertIndex } from './check-in-order.ts';
import { clampText } from './clamp.ts';
import type { CreateContext } from './goal-operations.ts';
import type { CheckIn, Goal, IsoDate, IsoDateTime } from './model.ts';
import { LIMITS } from './model.ts';

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
  if (goal.checkIns.length >= LIMITS.checkInsPerGoal) return goal;
  const checkIn = clampCheckIn({ id: newId(), ...input });
  return { ...goal, checkIns: insertInOrder(goal.checkIns, checkIn), updatedAt: now };
}

/** Edits text in place; a new date moves the check-in to its place as if it had just been added. */
export function updateCheckIn(goal: Goal, checkInId: string, patch: CheckInPatch, now: IsoDateTime): Goal {
  const index = goal.checkIns.findIndex((checkIn) => checkIn.id === checkInId);
  const current = goal.checkIns[index];
  if (current === undefined) return goal;
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
