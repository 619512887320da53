import { describe, expect, it } from 'vitest';
import { detectDeadline, findDeadlines } from '../../../src/lib/goals/smart/deadlines.ts';
import type { Locale } from '../../../src/lib/goals/model.ts';

const TODAY = '2026-11-23'; // a Monday

interface Row {
  text: string;
  date: string | null;
  locale?: Locale;
  today?: string;
  explicitYear?: boolean;
}

const rows: Row[] = [
  // Dutch
  { text: 'voor 1 maart', date: '2027-03-01', explicitYear: false },
  { text: 'vóór 1 maart 2027', date: '2027-03-01', explicitYear: true },
  { text: 'VÓÓR 1 MAART 2027', date: '2027-03-01' },
  { text: 'uiterlijk 15 december', date: '2026-12-15' },
  { text: '1 maart', date: '2028-03-01', today: '2027-03-02' },
  { text: '1 maart', date: '2027-03-01', today: '2027-03-01' },
  { text: '29 februari', date: '2028-02-29' },
  { text: 'binnen drie maanden', date: '2027-02-23' },
  { text: 'binnen 6 weken', date: '2027-01-04' },
  { text: 'over twee weken', date: '2026-12-07' },
  { text: 'binnen een jaar', date: '2027-11-23' },
  { text: 'binnen een half jaar', date: '2027-05-23' },
  { text: 'in de komende vijf dagen', date: '2026-11-28' },
  { text: 'eind Q2', date: '2027-06-30', explicitYear: false },
  { text: 'eind Q4', date: '2026-12-31' },
  { text: 'Q2 2027', date: '2027-06-30', explicitYear: true },
  { text: 'tweede kwartaal van 2027', date: '2027-06-30' },
  { text: 'einde van het jaar', date: '2026-12-31' },
  { text: 'eind dit jaar', date: '2026-12-31' },
  { text: 'eind volgend jaar', date: '2027-12-31' },
  { text: 'eind 2027', date: '2027-12-31', explicitYear: true },
  { text: 'eind maart', date: '2027-03-31' },
  { text: 'in mei 2027', date: '2027-05-31' },
  { text: 'voor juni 2027', date: '2027-06-01' },
  { text: 'medio 2027', date: '2027-06-30' },
  { text: 'in 2027', date: '2027-12-31' },
  { text: 'volgende maand', date: '2026-12-31' },
  { text: 'deze week', date: '2026-11-29' },
  { text: 'voor de kerst', date: '2026-12-25' },
  { text: 'voor 1-3-2027', date: '2027-03-01' },
  { text: 'voor 01/03/2027', date: '2027-03-01', locale: 'nl' },
  { text: 'voor 1.3.27', date: '2027-03-01', locale: 'nl' },
  // English
  { text: 'by 1 March', date: '2027-03-01' },
  { text: 'before March 1st', date: '2027-03-01' },
  { text: 'by March 1, 2027', date: '2027-03-01', explicitYear: true },
  { text: 'the 3rd of May 2027', date: '2027-05-03' },
  { text: 'by May 3rd', date: '2027-05-03' },
  { text: 'within 6 weeks', date: '2027-01-04' },
  { text: 'in three months', date: '2027-02-23' },
  { text: 'over the next two months', date: '2027-01-23' },
  { text: 'within half a year', date: '2027-05-23' },
  { text: 'end of Q2', date: '2027-06-30' },
  { text: 'by the end of the year', date: '2026-12-31' },
  { text: 'by the end of next year', date: '2027-12-31' },
  { text: 'by year-end', date: '2026-12-31' },
  { text: 'by the end of March 2027', date: '2027-03-31' },
  { text: 'next quarter', date: '2027-03-31' },
  { text: 'before Christmas', date: '2026-12-25' },
  { text: 'by 2027-03-01', date: '2027-03-01', explicitYear: true },
  { text: 'by 01/03/2027', date: '2027-03-01', locale: 'en' },
  { text: 'by 1-3-27', date: '2027-03-01', locale: 'en' },
  { text: 'by 03/13/2027', date: '2027-03-13', locale: 'en' },
  { text: 'by 13/03/2027', date: '2027-03-13', locale: 'en' },
  { text: 'voor 03/13/2027', date: '2027-03-13', locale: 'nl' },
  // Not deadlines
  { text: '3 presentaties', date: null },
  { text: 'I may 3 times ask', date: null },
  { text: 'Jan 2 keer bellen', date: null },
  { text: '2000 volgers', date: null },
  { text: 'over 3 onderwerpen', date: null },
  { text: 'na vier gesprekken', date: null },
  // An impossible day still names the month: read as the end of it.
  { text: '30 februari 2027', date: '2027-02-28' },
];

describe('findDeadlines', () => {
  it.each(rows)('"$text" → $date', ({ text, date, locale = 'nl', today = TODAY, explicitYear }) => {
    const matches = findDeadlines(text, { locale, today });
    if (date === null) {
      expect(matches).toEqual([]);
      return;
    }
    expect(matches).toHaveLength(1);
    expect(matches[0]?.date).toBe(date);
    if (explicitYear !== undefined) expect(matches[0]?.explicitYear).toBe(explicitYear);
  });

  it('reports offsets into the normalised text', () => {
    const [match] = findDeadlines('Ik geef vóór 1 maart drie presentaties', { locale: 'nl', today: TODAY });
    expect(match).toMatchObject({ start: 13, end: 20 });
  });

  it('finds several deadlines in reading order, and detectDeadline picks the latest', () => {
    const text = 'Eerste versie binnen 2 weken, definitief vóór 1 maart 2027.';
    expect(findDeadlines(text, { locale: 'nl', today: TODAY }).map((m) => m.date)).toEqual(['2026-12-07', '2027-03-01']);
    expect(detectDeadline(text, { locale: 'nl', today: TODAY })).toBe('2027-03-01');
    expect(detectDeadline('geen datum', { locale: 'nl', today: TODAY })).toBeNull();
  });
});
