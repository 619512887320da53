import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from '../../../src/lib/goals/messages.ts';
import { goalsMessagesEn } from '../../../src/lib/goals/messages.en.ts';
import { goalsMessagesNl } from '../../../src/lib/goals/messages.nl.ts';
import { SMART_LETTERS } from '../../../src/lib/goals/model.ts';
import { checkSmart } from '../../../src/lib/goals/smart-check.ts';
import { parseGoalsDocument } from '../../../src/lib/goals/validate.ts';
import { makeGoal, TODAY } from './fixtures.ts';

describe('message templates', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(goalsMessagesNl).sort()).toEqual(Object.keys(goalsMessagesEn).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(goalsMessagesNl) as (keyof typeof goalsMessagesNl)[]) {
      expect({ key, placeholders: placeholdersOf(goalsMessagesNl[key]) }).toEqual({ key, placeholders: placeholdersOf(goalsMessagesEn[key]) });
    }
  });

  it('are never empty, and the letters spell SMART in both languages', () => {
    for (const text of [...Object.values(goalsMessagesNl), ...Object.values(goalsMessagesEn)]) expect(text.trim()).not.toBe('');
    for (const messages of [goalsMessagesNl, goalsMessagesEn]) {
      expect(SMART_LETTERS.map((letter) => messages[`smart.${letter}.letter`]).join('')).toBe('SMART');
    }
  });

  it('cover every hint the SMART check produces, with all placeholders filled', () => {
    const goals = [
      makeGoal({ statement: '' }),
      makeGoal({ statement: 'Beter worden in Excel' }),
      makeGoal({ statement: 'Ik geef drie presentaties vóór eind 2025', smart: { specific: '', measurable: 'x', achievable: 'Ja', relevant: 'Ja', timeBound: 'ooit' } }),
      makeGoal({ statement: 'Eind maart heb ik mijn portfolio helemaal af', targetDate: '2020-01-01' }),
    ];
    for (const goal of goals) {
      const check = checkSmart(goal, { locale: 'nl', today: TODAY });
      for (const letter of SMART_LETTERS) {
        for (const templates of [goalsMessagesNl, goalsMessagesEn]) {
          expect(formatMessage(templates, check[letter].hint)).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('cover validation errors', () => {
    const result = parseGoalsDocument({ goals: [makeGoal({ title: 'x'.repeat(999) })] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage(goalsMessagesNl, result.error)).toBe('Een tekst in dit bestand is langer dan 200 tekens (goals[0].title).');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage(goalsMessagesNl, { key: 'progress.summary', params: { done: 2, total: 4, percent: 50 } }))
      .toBe('2 van 4 stappen klaar (50%)');
    expect(formatMessage(goalsMessagesEn, { key: 'progress.summary', params: { done: 2 } })).toBe('2 of {total} steps done ({percent}%)');
  });

  it('inserts parameter values literally, even if they look like placeholders or $-patterns', () => {
    expect(formatMessage(goalsMessagesEn, { key: 'export.ics.goalSummary', params: { title: '{title} $& $1' } }))
      .toBe('Target date: {title} $& $1');
  });
});
