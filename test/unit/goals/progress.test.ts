import { describe, expect, it } from 'vitest';
import { goalStatus, isOverdue, progress } from '../../../src/lib/goals/progress.ts';
import { makeGoal, makeStep, TODAY } from './fixtures.ts';

describe('progress', () => {
  it('is 0% without steps', () => {
    expect(progress(makeGoal())).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('counts done steps and rounds the percentage down', () => {
    const steps = [makeStep({ id: 'a', done: true }), makeStep({ id: 'b' }), makeStep({ id: 'c' })];
    expect(progress(makeGoal({ steps }))).toEqual({ done: 1, total: 3, percent: 33 });
    const almost = Array.from({ length: 200 }, (_, index) => makeStep({ id: `s${index}`, done: index > 0 }));
    expect(progress(makeGoal({ steps: almost })).percent).toBe(99);
    expect(progress(makeGoal({ steps: steps.map((step) => ({ ...step, done: true })) })).percent).toBe(100);
  });
});

describe('isOverdue', () => {
  it.each([
    [{ done: false, dueDate: '2026-11-22' }, true],
    [{ done: false, dueDate: TODAY }, false],
    [{ done: false, dueDate: '2026-11-24' }, false],
    [{ done: true, dueDate: '2026-11-22' }, false],
    [{ done: false, dueDate: null }, false],
  ])('%o → %s', (step, expected) => {
    expect(isOverdue(step, TODAY)).toBe(expected);
  });
});

describe('goalStatus', () => {
  it('is archived first, whatever else is true', () => {
    expect(goalStatus(makeGoal({ archived: true, targetDate: '2020-01-01' }), TODAY)).toBe('archived');
  });

  it('is completed when every step is done, even past the target date', () => {
    expect(goalStatus(makeGoal({ targetDate: '2020-01-01', steps: [makeStep({ done: true })] }), TODAY)).toBe('completed');
  });

  it('is overdue past the target date or with an overdue step', () => {
    expect(goalStatus(makeGoal({ targetDate: '2026-11-22' }), TODAY)).toBe('overdue');
    expect(goalStatus(makeGoal({ steps: [makeStep({ dueDate: '2026-11-01' })] }), TODAY)).toBe('overdue');
  });

  it('is active otherwise, including a goal without steps', () => {
    expect(goalStatus(makeGoal(), TODAY)).toBe('active');
    expect(goalStatus(makeGoal({ targetDate: TODAY, steps: [makeStep()] }), TODAY)).toBe('active');
  });
});
