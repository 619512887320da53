import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn, Goal } from '../../../src/lib/goals/model.ts';
import { LIMITS } from '../../../src/lib/goals/model.ts';
import {
  addCheckIn, addGoal, addStep, archiveGoal, createGoal, deleteGoal, duplicateGoal, emptyGoalsDocument, findGoal,
  moveStep, removeCheckIn, removeStep, renameGoal, restoreGoal, toggleStep, unarchiveGoal, updateCheckIn, updateField,
  updateGoal, updateSmartAnswer, updateStep,
} from '../../../src/lib/goals/index.ts';
import { parseGoalsDocument } from '../../../src/lib/goals/validate.ts';
import { LATER, makeGoal, makeStep, NOW, sequentialIds } from './fixtures.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function checkIn(id: string, date: string): CheckIn {
  return { id, date, happened: `happened ${id}`, nextStep: '' };
}

describe('goals', () => {
  it('creates a goal with an injected id and clock, filling in defaults', () => {
    const goal = createGoal({ title: 'Netwerken', smart: { relevant: 'Belangrijk' } }, { newId: sequentialIds('g'), now: NOW });
    expect(goal).toEqual({
      id: 'g-1', title: 'Netwerken', ownerRole: 'mentee', statement: '',
      smart: { specific: '', measurable: '', achievable: '', relevant: 'Belangrijk', timeBound: '' },
      targetDate: null, relationship: '', archived: false, steps: [], checkIns: [], createdAt: NOW, updatedAt: NOW,
    });
  });

  it('clamps texts to the limits so the result always validates', () => {
    const goal = createGoal({ title: 'x'.repeat(500), statement: 'y'.repeat(5000), smart: { specific: 'z'.repeat(5000) } }, { newId: () => 'g', now: NOW });
    expect(goal.title).toHaveLength(LIMITS.title);
    expect(parseGoalsDocument({ goals: [goal] }).ok).toBe(true);
  });

  it('renames and updates fields, stamping updatedAt, without touching the input', () => {
    const goal = deepFreeze(makeGoal());
    const renamed = renameGoal(goal, 'Nieuwe titel', LATER);
    expect(renamed).toMatchObject({ title: 'Nieuwe titel', updatedAt: LATER });
    expect(goal.title).toBe('Presenteren');
    expect(updateField(goal, 'targetDate', '2027-03-01', LATER).targetDate).toBe('2027-03-01');
    expect(updateField(goal, 'ownerRole', 'mentor', LATER).ownerRole).toBe('mentor');
    expect(updateField(goal, 'relationship', 'Sanne de Vries', LATER).relationship).toBe('Sanne de Vries');
    expect(updateField(goal, 'title', 'x'.repeat(300), LATER).title).toHaveLength(LIMITS.title);
  });

  it('returns the same object when nothing changes, so the UI can skip work', () => {
    const goal = deepFreeze(makeGoal());
    expect(renameGoal(goal, goal.title, LATER)).toBe(goal);
    expect(updateField(goal, 'targetDate', null, LATER)).toBe(goal);
    expect(updateSmartAnswer(goal, 'specific', '', LATER)).toBe(goal);
    expect(unarchiveGoal(goal, LATER)).toBe(goal);
  });

  it('updates one SMART answer', () => {
    const goal = updateSmartAnswer(deepFreeze(makeGoal()), 'measurable', 'Drie presentaties', LATER);
    expect(goal.smart).toEqual({ specific: '', measurable: 'Drie presentaties', achievable: '', relevant: '', timeBound: '' });
    expect(goal.updatedAt).toBe(LATER);
  });

  it('archives and unarchives', () => {
    const archived = archiveGoal(deepFreeze(makeGoal()), LATER);
    expect(archived.archived).toBe(true);
    expect(archiveGoal(archived, LATER)).toBe(archived);
    expect(unarchiveGoal(archived, LATER).archived).toBe(false);
  });
});

describe('the document', () => {
  const doc = deepFreeze({ goals: [makeGoal({ id: 'a' }), makeGoal({ id: 'b' }), makeGoal({ id: 'c' })] });

  it('adds goals, refusing a duplicate id', () => {
    const goal = makeGoal({ id: 'd' });
    expect(addGoal(emptyGoalsDocument(), goal).goals).toEqual([goal]);
    expect(addGoal(doc, makeGoal({ id: 'a' }))).toBe(doc);
  });

  it('applies a goal operation through updateGoal', () => {
    const next = updateGoal(doc, 'b', (goal) => renameGoal(goal, 'B', LATER));
    expect(next.goals.map((goal) => goal.title)).toEqual(['Presenteren', 'B', 'Presenteren']);
    expect(next.goals[0]).toBe(doc.goals[0]);
    expect(updateGoal(doc, 'missing', (goal) => renameGoal(goal, 'X', LATER))).toBe(doc);
    expect(updateGoal(doc, 'a', (goal) => goal)).toBe(doc);
  });

  it('deletes a goal and restores it at the same place', () => {
    const { doc: without, removed } = deleteGoal(doc, 'b');
    expect(without.goals.map((goal) => goal.id)).toEqual(['a', 'c']);
    expect(removed).toEqual({ goal: doc.goals[1], index: 1 });
    if (removed === null) return;
    expect(restoreGoal(without, removed)).toEqual(doc);
    expect(restoreGoal(doc, removed)).toBe(doc);
    expect(deleteGoal(doc, 'missing')).toEqual({ doc, removed: null });
  });

  it('restores at the end when the list has shrunk meanwhile', () => {
    const { doc: without, removed } = deleteGoal(doc, 'c');
    if (removed === null) throw new Error('expected a removed goal');
    const smaller = deleteGoal(without, 'a').doc;
    expect(restoreGoal(smaller, removed).goals.map((goal) => goal.id)).toEqual(['b', 'c']);
  });

  it('duplicates with fresh ids, a suffix, unticked steps and no check-ins, right after the original', () => {
    const original = makeGoal({
      id: 'b', archived: true,
      steps: [makeStep({ id: 's1', done: true, doneAt: NOW, dueDate: '2027-01-01' }), makeStep({ id: 's2' })],
      checkIns: [checkIn('c1', '2026-11-01')],
    });
    const source = { goals: [makeGoal({ id: 'a' }), original] };
    const { doc: next, goal } = duplicateGoal(source, 'b', { newId: sequentialIds('new'), now: LATER, titleSuffix: ' (kopie)' });
    expect(next.goals.map((g) => g.id)).toEqual(['a', 'b', 'new-1']);
    expect(goal).toMatchObject({ id: 'new-1', title: 'Presenteren (kopie)', archived: false, checkIns: [], createdAt: LATER, updatedAt: LATER });
    expect(goal?.steps).toEqual([
      { id: 'new-2', text: 'Een stap', dueDate: '2027-01-01', done: false },
      { id: 'new-3', text: 'Een stap', dueDate: null, done: false },
    ]);
    expect(goal?.smart).not.toBe(original.smart);
    expect(duplicateGoal(source, 'missing', { newId: () => 'x', now: LATER, titleSuffix: '' })).toEqual({ doc: source, goal: null });
  });

  it('finds a goal by id', () => {
    expect(findGoal(doc, 'c')).toBe(doc.goals[2]);
    expect(findGoal(doc, 'z')).toBeUndefined();
  });
});

describe('steps', () => {
  const goal = deepFreeze(makeGoal({ steps: [makeStep({ id: 'a', text: 'A' }), makeStep({ id: 'b', text: 'B' }), makeStep({ id: 'c', text: 'C' })] }));
  const ids = (g: Goal) => g.steps.map((step) => step.id);

  it('adds a step at the end', () => {
    const next = addStep(goal, { text: 'D', dueDate: '2027-01-01' }, { newId: () => 'd', now: LATER });
    expect(next.steps.at(-1)).toEqual({ id: 'd', text: 'D', dueDate: '2027-01-01', done: false });
    expect(next.updatedAt).toBe(LATER);
    expect(addStep(goal, { text: 'E' }, { newId: () => 'e', now: LATER }).steps.at(-1)?.dueDate).toBeNull();
  });

  it('does not add beyond the limit', () => {
    const full = makeGoal({ steps: Array.from({ length: LIMITS.stepsPerGoal }, (_, index) => makeStep({ id: `s${index}` })) });
    expect(addStep(full, { text: 'te veel' }, { newId: () => 'x', now: LATER })).toBe(full);
  });

  it('updates text and due date', () => {
    const next = updateStep(goal, 'b', { text: 'B2', dueDate: '2027-02-02' }, LATER);
    expect(next.steps[1]).toEqual({ id: 'b', text: 'B2', dueDate: '2027-02-02', done: false });
    expect(updateStep(next, 'b', { dueDate: null }, LATER).steps[1]?.dueDate).toBeNull();
    expect(updateStep(goal, 'b', { text: 'B' }, LATER)).toBe(goal);
    expect(updateStep(goal, 'missing', { text: 'x' }, LATER)).toBe(goal);
  });

  it('toggles done, remembering when, and forgets doneAt when undone', () => {
    const done = toggleStep(goal, 'a', LATER);
    expect(done.steps[0]).toEqual({ id: 'a', text: 'A', dueDate: null, done: true, doneAt: LATER });
    const undone = toggleStep(done, 'a', LATER);
    expect(undone.steps[0]).toEqual({ id: 'a', text: 'A', dueDate: null, done: false });
    expect(undone.steps[0]).not.toHaveProperty('doneAt');
  });

  it('removes a step', () => {
    expect(ids(removeStep(goal, 'b', LATER))).toEqual(['a', 'c']);
    expect(removeStep(goal, 'missing', LATER)).toBe(goal);
  });

  it('moves a step from one index to another', () => {
    expect(ids(moveStep(goal, 0, 2, LATER))).toEqual(['b', 'c', 'a']);
    expect(ids(moveStep(goal, 2, 0, LATER))).toEqual(['c', 'a', 'b']);
    expect(ids(moveStep(goal, 1, 2, LATER))).toEqual(['a', 'c', 'b']);
    expect(moveStep(goal, 1, 1, LATER)).toBe(goal);
    expect(moveStep(goal, -1, 1, LATER)).toBe(goal);
    expect(moveStep(goal, 0, 3, LATER)).toBe(goal);
    expect(moveStep(goal, 0, 1.5, LATER)).toBe(goal);
  });

  it('moveStep behaves like remove-then-insert for any valid indexes', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }).chain((length) =>
      fc.tuple(fc.constant(length), fc.nat(length - 1), fc.nat(length - 1))), ([length, from, to]) => {
      const steps = Array.from({ length }, (_, index) => makeStep({ id: `s${index}` }));
      const moved = moveStep(makeGoal({ steps }), from, to, LATER);
      const expected = [...steps];
      const [item] = expected.splice(from, 1);
      if (item !== undefined) expected.splice(to, 0, item);
      expect(moved.steps).toEqual(expected);
    }));
  });
});

describe('check-ins', () => {
  const add = (goal: Goal, id: string, date: string) =>
    addCheckIn(goal, { date, happened: `happened ${id}`, nextStep: '' }, { newId: () => id, now: LATER });
  const ids = (g: Goal) => g.checkIns.map((c) => c.id);

  it('keeps the list newest first by date, then most recently added first', () => {
    let goal = deepFreeze(makeGoal());
    goal = add(goal, 'mid', '2026-06-01');
    goal = add(goal, 'old', '2026-01-01');
    goal = add(goal, 'new', '2026-12-01');
    goal = add(goal, 'mid2', '2026-06-01');
    expect(ids(goal)).toEqual(['new', 'mid2', 'mid', 'old']);
    expect(goal.updatedAt).toBe(LATER);
  });

  it('matches a stable sort for any sequence of additions', () => {
    const dates = fc.array(fc.integer({ min: 1, max: 28 }).map((day) => `2026-02-${String(day).padStart(2, '0')}`), { maxLength: 60 });
    fc.assert(fc.property(dates, (days) => {
      let goal = makeGoal();
      days.forEach((date, index) => { goal = add(goal, `c${index}`, date); });
      // Newest date first; for equal dates, the later addition (higher index) first.
      const expected = days.map((date, index) => ({ date, index }))
        .sort((a, b) => (a.date === b.date ? b.index - a.index : a.date < b.date ? 1 : -1))
        .map(({ index }) => `c${index}`);
      expect(ids(goal)).toEqual(expected);
    }));
  });

  it('removes a check-in', () => {
    const goal = makeGoal({ checkIns: [checkIn('b', '2026-02-01'), checkIn('a', '2026-01-01')] });
    expect(ids(removeCheckIn(goal, 'b', LATER))).toEqual(['a']);
    expect(removeCheckIn(goal, 'missing', LATER)).toBe(goal);
  });

  it('edits a check-in in place, and re-files it when its date changes', () => {
    const goal = deepFreeze(makeGoal({ checkIns: [checkIn('c', '2026-03-01'), checkIn('b', '2026-02-01'), checkIn('a', '2026-01-01')] }));
    expect(updateCheckIn(goal, 'b', { happened: 'Anders' }, LATER).checkIns[1]).toEqual({ ...checkIn('b', '2026-02-01'), happened: 'Anders' });
    expect(ids(updateCheckIn(goal, 'a', { date: '2026-04-01' }, LATER))).toEqual(['a', 'c', 'b']);
    expect(ids(updateCheckIn(goal, 'c', { date: '2026-02-01' }, LATER))).toEqual(['c', 'b', 'a']);
    expect(updateCheckIn(goal, 'b', { happened: 'happened b' }, LATER)).toBe(goal);
    expect(updateCheckIn(goal, 'missing', { happened: 'x' }, LATER)).toBe(goal);
  });

  it('does not add beyond the limit', () => {
    const full = makeGoal({ checkIns: Array.from({ length: LIMITS.checkInsPerGoal }, (_, index) => checkIn(`c${index}`, '2026-01-01')) });
    expect(add(full, 'x', '2026-02-01')).toBe(full);
  });
});
