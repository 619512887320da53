import { describe, expect, it } from 'vitest';
import {
  calendarFileName,
  goalsForCalendar,
  groupGoals,
  localIsoDate,
  selectionAfterRemoval,
} from '../../../src/lib/goals/index.ts';
import { makeGoal } from './fixtures.ts';

const a = makeGoal({ id: 'a' });
const b = makeGoal({ id: 'b', archived: true });
const c = makeGoal({ id: 'c' });
const d = makeGoal({ id: 'd' });

describe('groupGoals', () => {
  it('splits goals in progress from archived ones and keeps the stored order', () => {
    const groups = groupGoals([a, b, c, d]);
    expect(groups.active.map((goal) => goal.id)).toEqual(['a', 'c', 'd']);
    expect(groups.archived.map((goal) => goal.id)).toEqual(['b']);
  });

  it('handles an empty list', () => {
    expect(groupGoals([])).toEqual({ active: [], archived: [] });
  });
});

describe('selectionAfterRemoval', () => {
  it('opens the goal that moved into the removed place', () => {
    // [a, b(archived), X, c, d] with X at index 2 removed → c
    expect(selectionAfterRemoval([a, b, c, d], 2)).toBe('c');
  });

  it('falls back to the goal before it when the last one went', () => {
    expect(selectionAfterRemoval([a, b, c], 3)).toBe('c');
  });

  it('prefers goals in progress over archived ones', () => {
    expect(selectionAfterRemoval([b, a], 0)).toBe('a');
  });

  it('opens an archived goal when nothing else is left, and null when nothing is', () => {
    expect(selectionAfterRemoval([b], 0)).toBe('b');
    expect(selectionAfterRemoval([], 0)).toBeNull();
  });
});

describe('dates and files for the workbook', () => {
  it('takes the local calendar date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
    expect(localIsoDate(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });

  it('names the calendar file after today', () => {
    expect(calendarFileName('2026-11-23')).toBe('mentorkit-goals-2026-11-23.ics');
  });

  it('leaves archived goals out of the calendar', () => {
    expect(goalsForCalendar([a, b, c]).map((goal) => goal.id)).toEqual(['a', 'c']);
  });
});
