import { describe, expect, it } from 'vitest';
import { examplesEn } from '../../../src/lib/goals/examples/gallery.en.ts';
import { examplesNl } from '../../../src/lib/goals/examples/gallery.nl.ts';
import { applyOffset, goalFromExample } from '../../../src/lib/goals/examples/goal-example.ts';
import { SMART_LETTERS } from '../../../src/lib/goals/model.ts';
import { checkSmart } from '../../../src/lib/goals/smart/check.ts';
import { parseGoalsDocument } from '../../../src/lib/goals/validate.ts';
import { NOW, sequentialIds, TODAY } from './fixtures.ts';

const GOAL_EXAMPLES = { nl: examplesNl, en: examplesEn } as const;

const all = (['nl', 'en'] as const).flatMap((locale) => GOAL_EXAMPLES[locale].map((example) => ({ locale, example, id: example.id })));

describe('example gallery', () => {
  it('has the same example ids, in the same order, in Dutch and English', () => {
    expect(GOAL_EXAMPLES.nl.map((e) => e.id)).toEqual(GOAL_EXAMPLES.en.map((e) => e.id));
    expect(new Set(GOAL_EXAMPLES.nl.map((e) => e.id)).size).toBe(GOAL_EXAMPLES.nl.length);
  });

  it('pairs each example with the same role, category and offsets in both languages', () => {
    GOAL_EXAMPLES.nl.forEach((nl, index) => {
      const en = GOAL_EXAMPLES.en[index];
      expect({ role: en?.ownerRole, category: en?.category, target: en?.target, due: en?.steps.map((s) => s.due) })
        .toEqual({ role: nl.ownerRole, category: nl.category, target: nl.target, due: nl.steps.map((s) => s.due) });
    });
  });

  it('covers the mentee and mentor themes', () => {
    const categories = (role: string) => GOAL_EXAMPLES.nl.filter((e) => e.ownerRole === role).map((e) => e.category);
    expect(categories('mentee')).toEqual(expect.arrayContaining(['workCulture', 'skill', 'network', 'career']));
    expect(categories('mentor')).toEqual(expect.arrayContaining(['leadership', 'adviser', 'communication', 'perspective', 'talent']));
  });

  it.each(all)('[$locale] $id meets all five SMART letters, from its text alone', ({ locale, example }) => {
    const check = checkSmart({ statement: example.statement, smart: example.smart, targetDate: null }, { locale, today: TODAY });
    for (const letter of SMART_LETTERS) expect({ letter, status: check[letter].status }).toEqual({ letter, status: 'met' });
  });

  it.each(all)('[$locale] $id has 2–4 steps, all due by the target date, and becomes a valid goal', ({ locale, example }) => {
    expect(example.steps.length).toBeGreaterThanOrEqual(2);
    expect(example.steps.length).toBeLessThanOrEqual(4);
    const goal = goalFromExample(example, { newId: sequentialIds(), now: NOW }, TODAY);
    expect(goal.targetDate).toBe(applyOffset(TODAY, example.target));
    for (const step of goal.steps) expect(step.dueDate !== null && step.dueDate <= (goal.targetDate ?? '')).toBe(true);
    expect(parseGoalsDocument({ goals: [goal] }).ok).toBe(true);
    const check = checkSmart(goal, { locale, today: TODAY });
    for (const letter of SMART_LETTERS) expect(check[letter].status).toBe('met');
  });

  it('counts offsets from today', () => {
    expect(applyOffset('2026-11-23', { months: 3 })).toBe('2027-02-23');
    expect(applyOffset('2026-11-23', { weeks: 2 })).toBe('2026-12-07');
  });
});
