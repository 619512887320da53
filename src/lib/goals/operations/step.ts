import { isAllowedDate } from '../dates.ts';
import type { Goal, IsoDate, IsoDateTime, Step } from '../model.ts';
import { clampText, LIMITS } from '../model.ts';
import type { CreateContext } from './goal.ts';

// Edits to a goal's steps, kept in the order the user put them in.

const acceptableDue = (dueDate: IsoDate | null | undefined) => dueDate === undefined || dueDate === null || isAllowedDate(dueDate);

export interface NewStepInput {
  text: string;
  dueDate?: IsoDate | null;
}

export interface StepPatch {
  text?: string;
  dueDate?: IsoDate | null;
}

function withSteps(goal: Goal, steps: Step[], now: IsoDateTime): Goal {
  return { ...goal, steps, updatedAt: now };
}

/** Appends a step. At the limit the goal comes back unchanged; the UI disables the button via LIMITS. */
export function addStep(goal: Goal, input: NewStepInput, { newId, now }: CreateContext): Goal {
  if (goal.steps.length >= LIMITS.stepsPerGoal || !acceptableDue(input.dueDate)) return goal;
  const step: Step = { id: newId(), text: clampText(input.text, LIMITS.stepText), dueDate: input.dueDate ?? null, done: false };
  return withSteps(goal, [...goal.steps, step], now);
}

function replaceStep(goal: Goal, stepId: string, change: (step: Step) => Step, now: IsoDateTime): Goal {
  const index = goal.steps.findIndex((step) => step.id === stepId);
  const current = goal.steps[index];
  if (current === undefined) return goal;
  const next = change(current);
  if (next === current) return goal;
  return withSteps(goal, goal.steps.with(index, next), now);
}

export function updateStep(goal: Goal, stepId: string, patch: StepPatch, now: IsoDateTime): Goal {
  if (!acceptableDue(patch.dueDate)) return goal;
  return replaceStep(goal, stepId, (step) => {
    const text = patch.text === undefined ? step.text : clampText(patch.text, LIMITS.stepText);
    const dueDate = patch.dueDate === undefined ? step.dueDate : patch.dueDate;
    return text === step.text && dueDate === step.dueDate ? step : { ...step, text, dueDate };
  }, now);
}

/** Marks a step done (remembering when) or not done again. */
export function toggleStep(goal: Goal, stepId: string, now: IsoDateTime): Goal {
  return replaceStep(goal, stepId, (step) => {
    if (step.done) {
      const { doneAt: _forgotten, ...rest } = step;
      return { ...rest, done: false };
    }
    return { ...step, done: true, doneAt: now };
  }, now);
}

export function removeStep(goal: Goal, stepId: string, now: IsoDateTime): Goal {
  const index = goal.steps.findIndex((step) => step.id === stepId);
  return index === -1 ? goal : withSteps(goal, goal.steps.toSpliced(index, 1), now);
}

/**
 * Undo for removeStep: the step comes back as it was (same id, same ticked state) at `index`,
 * clamped to the list. Like restoreGoal, nothing happens when a step with that id exists
 * again or the goal is full.
 */
export function restoreStep(goal: Goal, step: Step, index: number, now: IsoDateTime): Goal {
  if (goal.steps.length >= LIMITS.stepsPerGoal || goal.steps.some((other) => other.id === step.id)) return goal;
  const at = Math.max(0, Math.min(Number.isInteger(index) ? index : goal.steps.length, goal.steps.length));
  return withSteps(goal, goal.steps.toSpliced(at, 0, step), now);
}

/** Moves the step at `from` to position `to`; indexes outside the list leave the goal unchanged. */
export function moveStep(goal: Goal, from: number, to: number, now: IsoDateTime): Goal {
  const { length } = goal.steps;
  const moving = goal.steps[from];
  if (moving === undefined || !Number.isInteger(to) || to < 0 || to >= length || from === to) return goal;
  return withSteps(goal, goal.steps.toSpliced(from, 1).toSpliced(to, 0, moving), now);
}
