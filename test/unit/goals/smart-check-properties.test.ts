import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/lib/goals/dates.ts';
import { findDeadlines } from '../../../src/lib/goals/smart/deadlines.ts';
import { emptySmartAnswers, SMART_LETTERS } from '../../../src/lib/goals/model.ts';
import { checkSmart } from '../../../src/lib/goals/smart/check.ts';

// Whatever the user types, the assistant must answer and never throw.

const fragments = fc.constantFrom(
  'vóór', '1 maart', 'binnen', 'drie', 'weken', 'eind', 'Q2', '2027', 'by', 'March', '1st', 'within', 'in', 'the',
  'next', 'months', 'een', 'half', 'jaar', '01/03/2027', '2025-13-45', '31-02-2027', 'Ik', 'geef', 'beter', 'worden',
  'improve', 'my', '🎯', '👩🏽‍💻', '\n', ',', ';', 'één', '%', '10', 'of', 'eind van het jaar', 'may', 'jan',
);
const goalText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join(' ')));
const isoDay = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('checkSmart on arbitrary input', () => {
  it('always returns a status and hint for each of the five letters', () => {
    fc.assert(fc.property(goalText, goalText, isoDay, fc.constantFrom('nl' as const, 'en' as const), (statement, answer, today, locale) => {
      const check = checkSmart({ statement, smart: { ...emptySmartAnswers(), timeBound: answer, achievable: answer }, targetDate: null }, { locale, today });
      for (const letter of SMART_LETTERS) {
        expect(['met', 'weak', 'missing']).toContain(check[letter].status);
        expect(check[letter].hint.key.startsWith(`goals.smart.${letter}.`)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  it('only finds real dates, and a date without a written year is never in the past', () => {
    fc.assert(fc.property(goalText, isoDay, (text, today) => {
      for (const match of findDeadlines(text, { locale: 'nl', today })) {
        expect(isIsoDate(match.date)).toBe(true);
        if (!match.explicitYear) expect(match.date >= today).toBe(true);
        expect(match.start).toBeLessThan(match.end);
      }
    }), { numRuns: 300 });
  });
});
