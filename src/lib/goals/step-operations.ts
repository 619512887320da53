import { clampText } from './clamp.ts';
import type { CreateContext } from './goal-operations.ts';
import type { Goal, IsoDate, IsoDateTime, Step } from './model.ts';
import { LIMITS } from './model.ts';

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
  if (goal.steps.length >= LIMITS.stepsPerGoal) return goal;
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

/** Moves the step at `from` to position `to`; indexes outside the list leave the goal unchanged. */
export function moveStep(goal: Goal, from: number, to: number, now: IsoDateTime): Goal {
  const { length } = goal.steps;
  const moving = goal.steps[from];
  if (moving === undefined || !Number.isInteger(to) || to < 0 || to >= length || from === to) return goal;
  return withSteps(goal, goal.steps.toSpliced(from, 1).toSpliced(to, 0, moving), now);
}
