import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createGoal, updateField } from '../../../src/lib/goals/operations/goal.ts';
import { addStep, updateStep } from '../../../src/lib/goals/operations/step.ts';
import { addCheckIn, updateCheckIn } from '../../../src/lib/goals/operations/check-in.ts';
import { checkDateInput } from '../../../src/lib/goals/dates.ts';
import { goalsRecord } from '../../../src/lib/goals/record.ts';
import { readRecord } from '../../../src/lib/storage/record-type.ts';
import { parseBackup } from '../../../src/lib/storage/backup.ts';
import { goalsToIcs } from '../../../src/lib/goals/export/ics.ts';
import type { RecordType } from '../../../src/lib/storage/record-type.ts';

const now = '2026-03-01T10:00:00.000Z';
let counter = 0;
const context = { newId: () => `id${(counter += 1)}`, now };
const goal = () => createGoal({ title: 'Presenteren' }, context);

describe('finding 1: impossible dates are refused at the write', () => {
  it.each(['20000-01-01', '0002-01-01', '1899-12-31', '3000-01-01', '2026-02-30', 'x'])('refuses %s as a target, due or check-in date', (date) => {
    const original = addStep(goal(), { text: 'Eerste stap' }, context);
    expect(updateField(original, 'targetDate', date, now)).toBe(original);
    expect(addStep(original, { text: 'stap', dueDate: date }, context)).toBe(original);
    expect(updateStep(original, original.steps[0]!.id, { dueDate: date }, now)).toBe(original);
    expect(addCheckIn(original, { date, happened: 'gesprek', nextStep: '' }, context)).toBe(original);
    expect(checkDateInput(date)).not.toBeNull();
  });

  it('accepts real dates and clearing', async () => {
    const original = goal();
    expect(updateField(original, 'targetDate', '2026-06-30', now).targetDate).toBe('2026-06-30');
    expect(checkDateInput('')).toBeNull();
    expect(checkDateInput('2026-06-30')).toBeNull();
    const withCheckIn = addCheckIn(original, { date: '2026-03-01', happened: 'x', nextStep: '' }, context);
    expect(updateCheckIn(withCheckIn, withCheckIn.checkIns[0]!.id, { date: '20000-01-01' }, now)).toBe(withCheckIn);
  });

  it('a stored document with one bad date loads every goal, clears only that date and says so', async () => {
    const good = { ...goal(), targetDate: '2026-05-01' };
    const bad = { ...goal(), title: 'Kapot', targetDate: '20000-01-01', steps: [{ id: 's1', text: 'stap', dueDate: '0002-01-01', done: false }] };
    const read = await readRecord(goalsRecord as RecordType<unknown>, { goals: [good, bad] }, 1);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const value = read.value as { goals: { title: string; targetDate: string | null; steps: { dueDate: string | null; text: string }[] }[] };
    expect(value.goals.map((g) => g.title)).toEqual(['Presenteren', 'Kapot']);
    expect(value.goals[0]!.targetDate).toBe('2026-05-01');
    expect(value.goals[1]!.targetDate).toBeNull();
    expect(value.goals[1]!.steps[0]).toMatchObject({ text: 'stap', dueDate: null });
    expect(read.repairs.map((repair) => repair.key)).toEqual(['goals.repair.dateCleared', 'goals.repair.dateCleared']);
  });

  it('the user’s own backup with such a date always restores', async () => {
    const bad = { ...goal(), targetDate: '20000-01-01' };
    const text = JSON.stringify({ app: 'mentorkit', format: 1, exportedAt: now, records: [{ kind: 'goals', version: 1, revision: 3, savedAt: now, data: { goals: [bad] } }] });
    const parsed = await parseBackup(text, text.length, [goalsRecord as RecordType<unknown>]);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value[0]!.repairs).toHaveLength(1);
  });
});

describe('finding 5: merge never trusts an unchecked savedAt', () => {
  it('refuses a backup record whose savedAt is not a timestamp', async () => {
    const text = JSON.stringify({ app: 'mentorkit', format: 1, records: [{ kind: 'goals', version: 1, revision: 1, savedAt: 'x', data: { goals: [] } }] });
    const parsed = await parseBackup(text, text.length, [goalsRecord as RecordType<unknown>]);
    expect(!parsed.ok && parsed.error.key).toBe('backup.error.notBackup');
  });
});

describe('finding 11: calendar export at the edge of the calendar', () => {
  it('a deadline of 9999-12-31 gives a valid event, not DTEND:+01000001', async () => {
    const last = { ...goal(), targetDate: '9999-12-31' };
    const ics = goalsToIcs([last], { now, locale: 'nl', productId: '-//Mentorkit//Goals 1.0//NL' });
    expect(ics).not.toContain('+0100');
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(event);
    expect(parsed.startDate.toString()).toBe('9999-12-31');
    expect(parsed.duration.toSeconds()).toBe(86_400);
  });
});
