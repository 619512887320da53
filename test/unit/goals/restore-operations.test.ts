import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../../../src/lib/goals/model.ts';
import { LIMITS } from '../../../src/lib/goals/model.ts';
import { removeCheckIn, removeStep, restoreCheckIn, restoreStep } from '../../../src/lib/goals/index.ts';
import { isNewestFirst } from '../../../src/lib/goals/model.ts';
import { LATER, makeGoal, makeStep, NOW } from './fixtures.ts';

const checkIn = (id: string, date: string): CheckIn => ({ id, date, happened: id, nextStep: '' });

describe('restoreStep (undo for removeStep)', () => {
  const steps = [makeStep({ id: 'a' }), makeStep({ id: 'b', done: true, doneAt: NOW }), makeStep({ id: 'c' })];
  const goal = makeGoal({ steps });

  it('puts the step back where it was, ticked state and id included', () => {
    const removed = steps[1]!;
    const without = removeStep(goal, 'b', LATER);
    const back = restoreStep(without, removed, 1, LATER);
    expect(back.steps).toEqual(steps);
    expect(back.updatedAt).toBe(LATER);
  });

  it('clamps the index to the list', () => {
    const without = removeStep(goal, 'c', LATER);
    expect(restoreStep(without, steps[2]!, 99, LATER).steps.map((step) => step.id)).toEqual(['a', 'b', 'c']);
    expect(restoreStep(without, steps[2]!, -3, LATER).steps.map((step) => step.id)).toEqual(['c', 'a', 'b']);
  });

  it('does nothing when the id is there again or the goal is full', () => {
    expect(restoreStep(goal, steps[0]!, 0, LATER)).toBe(goal);
    const full = makeGoal({ steps: Array.from({ length: LIMITS.stepsPerGoal }, (_, i) => makeStep({ id: `s${i}` })) });
    expect(restoreStep(full, makeStep({ id: 'new' }), 0, LATER)).toBe(full);
  });
});

describe('restoreCheckIn (undo for removeCheckIn)', () => {
  const log = [checkIn('x', '2026-11-20'), checkIn('y', '2026-11-20'), checkIn('z', '2026-10-01')];
  const goal = makeGoal({ checkIns: log });

  it('returns to its place among check-ins of the same date', () => {
    const back = restoreCheckIn(removeCheckIn(goal, 'y', LATER), log[1]!, 1, LATER);
    expect(back.checkIns).toEqual(log);
  });

  it('falls back to its date when the old place would break the order', () => {
    const later = { ...goal, checkIns: [checkIn('new', '2026-11-25'), ...log.filter((item) => item.id !== 'z')] };
    const back = restoreCheckIn(later, log[2]!, 0, LATER);
    expect(back.checkIns.map((item) => item.id)).toEqual(['new', 'x', 'y', 'z']);
    expect(isNewestFirst(back.checkIns)).toBe(true);
  });

  it('does nothing when the id is there again', () => {
    expect(restoreCheckIn(goal, log[0]!, 0, LATER)).toBe(goal);
  });
});
