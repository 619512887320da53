import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchHolidays, dutchHolidaysBetween, dutchHolidaysForYears, easterSunday } from '../../../src/lib/agreements/calendar/holidays.ts';
import { weekday } from '../../../src/lib/agreements/calendar/dates.ts';
import { dictionaries } from '../../../src/lib/i18n/all.ts';

const KNOWN_EASTER: Record<number, string> = {
  1818: '1818-03-22',
  1886: '1886-04-25',
  1943: '1943-04-25',
  2000: '2000-04-23',
  2008: '2008-03-23',
  2019: '2019-04-21',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2030: '2030-04-21',
  2038: '2038-04-25',
  2285: '2285-03-22',
};

describe('easterSunday', () => {
  it('matches the known Easter dates', () => {
    for (const [year, date] of Object.entries(KNOWN_EASTER)) expect(easterSunday(Number(year)), year).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const date = easterSunday(year);
        expect(date.slice(0, 4)).toBe(String(year));
        const monthDay = date.slice(5);
        expect(monthDay >= '03-22' && monthDay <= '04-25', date).toBe(true);
        expect(weekday(date), date).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dutchHolidays', () => {
  it('lists the holidays of 2026 in date order', () => {
    expect(dutchHolidays(2026).map((item) => [item.id, item.date])).toEqual([
      ['newYearsDay', '2026-01-01'],
      ['goodFriday', '2026-04-03'],
      ['easterSunday', '2026-04-05'],
      ['easterMonday', '2026-04-06'],
      ['kingsDay', '2026-04-27'],
      ['liberationDay', '2026-05-05'],
      ['ascensionDay', '2026-05-14'],
      ['whitSunday', '2026-05-24'],
      ['whitMonday', '2026-05-25'],
      ['christmasDay', '2026-12-25'],
      ['boxingDay', '2026-12-26'],
    ]);
  });

  it('moves Koningsdag to the 26th when the 27th is a Sunday', () => {
    expect(dutchHolidays(2025).find((item) => item.id === 'kingsDay')?.date).toBe('2025-04-26');
    expect(dutchHolidays(2031).find((item) => item.id === 'kingsDay')?.date).toBe('2031-04-26');
    expect(dutchHolidays(2027).find((item) => item.id === 'kingsDay')?.date).toBe('2027-04-27');
  });

  it('places Hemelvaart and Pinksteren after Easter', () => {
    const year = dutchHolidays(2025);
    const date = (id: string) => year.find((item) => item.id === id)?.date;
    expect([date('ascensionDay'), date('whitSunday'), date('whitMonday')]).toEqual(['2025-05-29', '2025-06-08', '2025-06-09']);
    expect(weekday(date('ascensionDay')!)).toBe(4);
  });

  it('marks Goede Vrijdag optional, and Bevrijdingsdag optional except in lustrum years', () => {
    const flags = (year: number, id: string) => {
      const item = dutchHolidays(year).find((holiday) => holiday.id === id)!;
      return { optional: item.optional, lustrum: item.lustrum };
    };
    expect(flags(2026, 'goodFriday')).toEqual({ optional: true, lustrum: false });
    expect(flags(2026, 'liberationDay')).toEqual({ optional: true, lustrum: false });
    expect(flags(2030, 'liberationDay')).toEqual({ optional: false, lustrum: true });
    expect(flags(2030, 'kingsDay')).toEqual({ optional: false, lustrum: false });
  });

  it('names every holiday with a key both languages define', () => {
    for (const item of dutchHolidaysForYears(2025, 2027)) {
      expect(item.nameKey).toBe(`agreements.holiday.${item.id}`);
      expect(dictionaries.nl[item.nameKey]).toBeTruthy();
      expect(dictionaries.en[item.nameKey]).toBeTruthy();
    }
    expect(dictionaries.nl['agreements.holiday.kingsDay']).toBe('Koningsdag');
  });

  it('offers the holidays inside a date range, across years', () => {
    const between = dutchHolidaysBetween('2026-12-01', '2027-04-02');
    expect(between.map((item) => `${item.id} ${item.date}`)).toEqual([
      'christmasDay 2026-12-25',
      'boxingDay 2026-12-26',
      'newYearsDay 2027-01-01',
      'goodFriday 2027-03-26',
      'easterSunday 2027-03-28',
      'easterMonday 2027-03-29',
    ]);
    expect(dutchHolidaysBetween('2027-01-02', '2027-01-01')).toEqual([]);
  });
});
