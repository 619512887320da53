import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/lib/goals/model.ts';
import { parseGoalsDocument, parseGoalsJson } from '../../../src/lib/goals/validate.ts';
import { makeGoal, makeStep, NOW } from './fixtures.ts';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function docWith(goal: unknown): unknown {
  return { goals: [goal] };
}

describe('parseGoalsDocument', () => {
  const valid = makeGoal({
    steps: [makeStep({ id: 's1', done: true, doneAt: NOW }), makeStep({ id: 's2', dueDate: '2027-01-10' })],
    checkIns: [
      { id: 'c2', date: '2026-11-20', happened: 'Gesprek gehad', nextStep: 'Plan maken' },
      { id: 'c1', date: '2026-11-01', happened: 'Kennismaking', nextStep: '' },
    ],
    targetDate: '2027-03-01',
  });

  it('accepts a valid document and returns the same data', () => {
    const result = parseGoalsDocument(clone({ goals: [valid] }));
    expect(result).toEqual({ ok: true, value: { goals: [valid] } });
  });

  it('accepts an empty document', () => {
    expect(parseGoalsDocument({ goals: [] })).toEqual({ ok: true, value: { goals: [] } });
  });

  it('drops unknown properties, at every level', () => {
    const input = clone({ version: 3, goals: [{ ...valid, colour: 'red', steps: [{ ...valid.steps[0], extra: 1 }], smart: { ...valid.smart, x: 1 } }] });
    const result = parseGoalsDocument(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.goals[0]).not.toHaveProperty('colour');
    expect(result.value.goals[0]?.steps[0]).not.toHaveProperty('extra');
    expect(result.value.goals[0]?.smart).not.toHaveProperty('x');
  });

  it('drops a stale doneAt on a step that is not done', () => {
    const result = parseGoalsDocument(docWith({ ...clone(valid), steps: [{ ...makeStep(), doneAt: NOW }] }));
    expect(result.ok && result.value.goals[0]?.steps[0]).toEqual(makeStep());
  });

  it('puts check-ins back in newest-first order, keeping equal dates in stored order', () => {
    const checkIns = [
      { id: 'a', date: '2026-01-01', happened: '', nextStep: '' },
      { id: 'b', date: '2026-03-01', happened: '', nextStep: '' },
      { id: 'c', date: '2026-03-01', happened: '', nextStep: '' },
    ];
    const result = parseGoalsDocument(docWith({ ...clone(valid), checkIns }));
    expect(result.ok && result.value.goals[0]?.checkIns.map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });

  it.each([
    ['null', null],
    ['a string', 'goals'],
    ['an array', []],
    ['no goals', {}],
    ['goals not an array', { goals: {} }],
  ])('rejects %s as not a document', (_name, input) => {
    expect(parseGoalsDocument(input)).toEqual({ ok: false, error: { key: 'goals.validation.notADocument', params: {} } });
  });

  it('rejects more than 1000 goals', () => {
    const goals = Array.from({ length: LIMITS.goals + 1 }, (_, index) => makeGoal({ id: `g${index}` }));
    expect(parseGoalsDocument({ goals })).toEqual({
      ok: false,
      error: { key: 'goals.validation.tooManyGoals', params: { max: 1000, count: 1001 } },
    });
  });

  it('accepts exactly 1000 goals', () => {
    const goals = Array.from({ length: LIMITS.goals }, (_, index) => makeGoal({ id: `g${index}` }));
    expect(parseGoalsDocument({ goals }).ok).toBe(true);
  });

  it('rejects more than 1000 steps or 5000 check-ins in one goal', () => {
    const steps = Array.from({ length: LIMITS.stepsPerGoal + 1 }, (_, index) => makeStep({ id: `s${index}` }));
    expect(parseGoalsDocument(docWith(makeGoal({ steps })))).toMatchObject({
      ok: false,
      error: { key: 'goals.validation.tooManySteps', params: { path: 'goals[0].steps', max: 1000 } },
    });
    const checkIns = Array.from({ length: LIMITS.checkInsPerGoal + 1 }, (_, index) => ({ id: `c${index}`, date: '2026-01-01', happened: '', nextStep: '' }));
    expect(parseGoalsDocument(docWith(makeGoal({ checkIns })))).toMatchObject({
      ok: false,
      error: { key: 'goals.validation.tooManyCheckIns', params: { max: 5000 } },
    });
  });

  const cases: [string, (goal: Record<string, unknown>) => unknown, string, string][] = [
    ['goal is not an object', () => 'goal', 'goals.validation.wrongType', 'goals[0]'],
    ['title missing', ({ title: _t, ...rest }) => rest, 'goals.validation.wrongType', 'goals[0].title'],
    ['title too long', (goal) => ({ ...goal, title: 'x'.repeat(LIMITS.title + 1) }), 'goals.validation.textTooLong', 'goals[0].title'],
    ['statement too long', (goal) => ({ ...goal, statement: 'x'.repeat(LIMITS.statement + 1) }), 'goals.validation.textTooLong', 'goals[0].statement'],
    ['relationship a number', (goal) => ({ ...goal, relationship: 42 }), 'goals.validation.wrongType', 'goals[0].relationship'],
    ['unknown owner role', (goal) => ({ ...goal, ownerRole: 'boss' }), 'goals.validation.wrongType', 'goals[0].ownerRole'],
    ['archived not boolean', (goal) => ({ ...goal, archived: 'no' }), 'goals.validation.wrongType', 'goals[0].archived'],
    ['smart missing a letter', (goal) => ({ ...goal, smart: { specific: '', measurable: '', achievable: '', relevant: '' } }), 'goals.validation.wrongType', 'goals[0].smart.timeBound'],
    ['smart answer too long', (goal) => ({ ...goal, smart: { ...(goal['smart'] as object), relevant: 'x'.repeat(LIMITS.smartAnswer + 1) } }), 'goals.validation.textTooLong', 'goals[0].smart.relevant'],
    ['target date not ISO', (goal) => ({ ...goal, targetDate: '01-03-2027' }), 'goals.validation.invalidDate', 'goals[0].targetDate'],
    ['target date impossible', (goal) => ({ ...goal, targetDate: '2027-02-30' }), 'goals.validation.invalidDate', 'goals[0].targetDate'],
    ['createdAt not a date-time', (goal) => ({ ...goal, createdAt: 'yesterday' }), 'goals.validation.invalidDate', 'goals[0].createdAt'],
    ['empty id', (goal) => ({ ...goal, id: '  ' }), 'goals.validation.wrongType', 'goals[0].id'],
    ['id too long', (goal) => ({ ...goal, id: 'x'.repeat(LIMITS.idLength + 1) }), 'goals.validation.textTooLong', 'goals[0].id'],
    ['steps not an array', (goal) => ({ ...goal, steps: null }), 'goals.validation.wrongType', 'goals[0].steps'],
    ['step text too long', (goal) => ({ ...goal, steps: [makeStep({ text: 'x'.repeat(LIMITS.stepText + 1) })] }), 'goals.validation.textTooLong', 'goals[0].steps[0].text'],
    ['step done not boolean', (goal) => ({ ...goal, steps: [{ ...makeStep(), done: 1 }] }), 'goals.validation.wrongType', 'goals[0].steps[0].done'],
    ['step due date invalid', (goal) => ({ ...goal, steps: [{ ...makeStep(), dueDate: 'tomorrow' }] }), 'goals.validation.invalidDate', 'goals[0].steps[0].dueDate'],
    ['step doneAt invalid', (goal) => ({ ...goal, steps: [{ ...makeStep(), done: true, doneAt: 5 }] }), 'goals.validation.invalidDate', 'goals[0].steps[0].doneAt'],
    ['duplicate step ids', (goal) => ({ ...goal, steps: [makeStep(), makeStep()] }), 'goals.validation.duplicateId', 'goals[0].steps[1].id'],
    ['check-in text too long', (goal) => ({ ...goal, checkIns: [{ id: 'c', date: '2026-01-01', happened: 'x'.repeat(LIMITS.checkInText + 1), nextStep: '' }] }), 'goals.validation.textTooLong', 'goals[0].checkIns[0].happened'],
    ['check-in without date', (goal) => ({ ...goal, checkIns: [{ id: 'c', happened: '', nextStep: '' }] }), 'goals.validation.invalidDate', 'goals[0].checkIns[0].date'],
  ];

  it.each(cases)('rejects: %s', (_name, mutate, key, path) => {
    const result = parseGoalsDocument(docWith(mutate(clone(valid) as unknown as Record<string, unknown>)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe(key);
    expect(result.error.params['path']).toBe(path);
  });

  it('rejects two goals with the same id', () => {
    const result = parseGoalsDocument({ goals: [makeGoal(), makeGoal()] });
    expect(result).toMatchObject({ ok: false, error: { key: 'goals.validation.duplicateId', params: { path: 'goals[1].id', id: 'g1' } } });
  });

  it('accepts texts exactly at the limits', () => {
    const goal = makeGoal({ title: 'x'.repeat(LIMITS.title), statement: 'y'.repeat(LIMITS.statement) });
    expect(parseGoalsDocument({ goals: [goal] }).ok).toBe(true);
  });
});

describe('parseGoalsJson', () => {
  it('parses JSON and reports broken JSON as not a document', () => {
    expect(parseGoalsJson(JSON.stringify({ goals: [makeGoal()] })).ok).toBe(true);
    expect(parseGoalsJson('{"goals": [')).toEqual({ ok: false, error: { key: 'goals.validation.notADocument', params: {} } });
  });
});
