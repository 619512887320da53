import { describe, expect, it } from 'vitest';
// Exports translate through the registered dictionaries, as the page's island entry registers them.
import '../../../src/lib/i18n/all.ts';
import { isNewestFirst } from '../../../src/lib/goals/model.ts';
import { addDays } from '../../../src/lib/goals/dates.ts';
import { goalsToIcs } from '../../../src/lib/goals/export/ics.ts';
import { goalToMarkdown } from '../../../src/lib/goals/export/markdown.ts';
import type { Goal } from '../../../src/lib/goals/model.ts';
import {
  addCheckIn, addStep, createGoal, moveStep, progress, removeCheckIn, removeStep, toggleStep, updateCheckIn, updateStep,
} from '../../../src/lib/goals/index.ts';
import { checkSmart } from '../../../src/lib/goals/smart/check.ts';
import { parseGoalsDocument } from '../../../src/lib/goals/validate.ts';
import { NOW, sequentialIds, TODAY } from './fixtures.ts';

// Correctness only: the operations must stay right on a big goal. Their cost is a
// binary search plus one array copy per edit; no timing is asserted here.

function pseudoRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('a goal with 200 steps and 500 check-ins', () => {
  const random = pseudoRandom(42);
  const context = { newId: sequentialIds('x'), now: NOW };
  let goal: Goal = createGoal({ title: 'Groot doel', statement: 'Ik geef twintig presentaties binnen een jaar.' }, context);
  for (let index = 0; index < 200; index += 1) {
    goal = addStep(goal, { text: `Stap ${index}`, dueDate: addDays(TODAY, index) }, context);
  }
  for (let index = 0; index < 500; index += 1) {
    goal = addCheckIn(goal, { date: addDays('2025-01-01', Math.floor(random() * 400)), happened: `Check-in ${index}`, nextStep: '' }, context);
  }

  it('builds the goal with every item in place and check-ins newest first', () => {
    expect(goal.steps).toHaveLength(200);
    expect(goal.checkIns).toHaveLength(500);
    expect(isNewestFirst(goal.checkIns)).toBe(true);
    expect(new Set([...goal.steps, ...goal.checkIns].map((item) => item.id)).size).toBe(700);
  });

  it('applies a burst of edits correctly', () => {
    let edited = goal;
    for (let index = 0; index < 200; index += 2) edited = toggleStep(edited, goal.steps[index]?.id ?? '', NOW);
    expect(progress(edited)).toEqual({ done: 100, total: 200, percent: 50 });

    edited = moveStep(edited, 199, 0, NOW);
    expect(edited.steps[0]?.text).toBe('Stap 199');
    edited = updateStep(edited, goal.steps[50]?.id ?? '', { text: 'Aangepast' }, NOW);
    expect(edited.steps[51]?.text).toBe('Aangepast');
    edited = removeStep(edited, goal.steps[10]?.id ?? '', NOW);
    expect(edited.steps).toHaveLength(199);

    const newest = edited.checkIns[0];
    edited = addCheckIn(edited, { date: '2030-01-01', happened: 'Nieuwste', nextStep: '' }, context);
    expect(edited.checkIns[0]?.happened).toBe('Nieuwste');
    edited = updateCheckIn(edited, edited.checkIns[0]?.id ?? '', { date: '2024-01-01' }, NOW);
    expect(edited.checkIns.at(-1)?.happened).toBe('Nieuwste');
    expect(edited.checkIns[0]).toBe(newest);
    edited = removeCheckIn(edited, newest?.id ?? '', NOW);
    expect(edited.checkIns).toHaveLength(500);
    expect(isNewestFirst(edited.checkIns)).toBe(true);

    expect(goal.steps).toHaveLength(200);
    expect(goal.checkIns).toHaveLength(500);
  });

  it('validates, checks and exports', () => {
    expect(parseGoalsDocument(JSON.parse(JSON.stringify({ goals: [goal] }))).ok).toBe(true);
    expect(checkSmart(goal, { locale: 'nl', today: TODAY }).measurable.status).toBe('met');
    expect(goalsToIcs([goal], { now: NOW, locale: 'nl', productId: '-//Mentorkit//NL' }).match(/BEGIN:VEVENT/g)).toHaveLength(200);
    const markdown = goalToMarkdown(goal, { locale: 'nl', today: TODAY });
    expect(markdown.match(/^- \[ \]/gm)).toHaveLength(200);
    expect(markdown.match(/^### /gm)).toHaveLength(500);
  });
});
