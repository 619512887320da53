import { describe, expect, it } from 'vitest';
import { dictionaries, formatMessage as format, type Message } from '../../../src/lib/i18n/all.ts';
import { locales, type Locale } from '../../../src/lib/i18n/locales.ts';
import { SMART_LETTERS } from '../../../src/lib/goals/model.ts';
import { checkSmart } from '../../../src/lib/goals/smart/check.ts';
import { parseGoalsDocument } from '../../../src/lib/goals/validate.ts';
import { makeGoal, TODAY } from './fixtures.ts';

// Key, placeholder and empty-text parity for every dictionary is test/unit/i18n/dictionaries.test.ts.
const formatMessage = (locale: Locale, message: Message) => format(dictionaries[locale], locale, message);

describe('message templates', () => {
  it('spell SMART with the letters in both languages', () => {
    for (const messages of [dictionaries.nl, dictionaries.en]) {
      expect(SMART_LETTERS.map((letter) => messages[`goals.smart.${letter}.letter`]).join('')).toBe('SMART');
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
        for (const templates of locales) {
          expect(formatMessage(templates, check[letter].hint)).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('cover validation errors', () => {
    const result = parseGoalsDocument({ goals: [makeGoal({ title: 'x'.repeat(999) })] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatMessage('nl', result.error)).toBe('een tekst is langer dan 200 tekens (goals[0].title)');
  });
});

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('nl', { key: 'goals.progress.summary', params: { done: 2, total: 4, percent: 50 } }))
      .toBe('2 van 4 stappen klaar (50%)');
    expect(formatMessage('en', { key: 'goals.progress.summary', params: { done: 2 } })).toBe('2 of {total} steps done ({percent}%)');
  });

  it('inserts parameter values literally, even if they look like placeholders or $-patterns', () => {
    expect(formatMessage('en', { key: 'goals.export.ics.goalSummary', params: { title: '{title} $& $1' } }))
      .toBe('Target date: {title} $& $1');
  });
});
