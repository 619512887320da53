import type { MessageKey } from '../../i18n/index.ts';
import { addDays, formatDate, weekdayOf, type IsoDate } from './dates.ts';

// The Dutch public holidays, computed: what the meeting planner offers to skip.

export type HolidayId =
  | 'newYearsDay'
  | 'goodFriday'
  | 'easterSunday'
  | 'easterMonday'
  | 'kingsDay'
  | 'liberationDay'
  | 'ascensionDay'
  | 'whitSunday'
  | 'whitMonday'
  | 'christmasDay'
  | 'boxingDay';

export interface Holiday {
  id: HolidayId;
  date: IsoDate;
  /** The holiday's name, e.g. 'agreements.holiday.kingsDay'. */
  nameKey: MessageKey;
  /**
   * Not a general day off: Goede Vrijdag every year, Bevrijdingsdag outside lustrum years
   * (whether either is free depends on the collective agreement). Offer it unticked.
   */
  optional: boolean;
  /** Bevrijdingsdag in a year divisible by five, when it is a day off for most. */
  lustrum: boolean;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), for any Gregorian year. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(year, month, day);
}

/** 27 April, or 26 April when the 27th is a Sunday (the rule since 2014). */
function kingsDay(year: number): IsoDate {
  return formatDate(year, 4, weekdayOf(year, 4, 27) === 0 ? 26 : 27);
}

function holiday(id: HolidayId, date: IsoDate, flags: { optional?: boolean; lustrum?: boolean } = {}): Holiday {
  return { id, date, nameKey: `agreements.holiday.${id}`, optional: flags.optional ?? false, lustrum: flags.lustrum ?? false };
}

/** The Dutch public holidays of one year, in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const lustrum = year % 5 === 0;
  return [
    holiday('newYearsDay', formatDate(year, 1, 1)),
    holiday('goodFriday', addDays(easter, -2), { optional: true }),
    holiday('easterSunday', easter),
    holiday('easterMonday', addDays(easter, 1)),
    holiday('kingsDay', kingsDay(year)),
    holiday('liberationDay', formatDate(year, 5, 5), { optional: !lustrum, lustrum }),
    holiday('ascensionDay', addDays(easter, 39)),
    holiday('whitSunday', addDays(easter, 49)),
    holiday('whitMonday', addDays(easter, 50)),
    holiday('christmasDay', formatDate(year, 12, 25)),
    holiday('boxingDay', formatDate(year, 12, 26)),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The holidays of every year from `fromYear` to `toYear` inclusive. */
export function dutchHolidaysForYears(fromYear: number, toYear: number): Holiday[] {
  const result: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year += 1) result.push(...dutchHolidays(year));
  return result;
}

/** The holidays between two dates, both included: what to offer for a series from `from` to `to`. */
export function dutchHolidaysBetween(from: IsoDate, to: IsoDate): Holiday[] {
  if (to < from) return [];
  return dutchHolidaysForYears(Number(from.slice(0, 4)), Number(to.slice(0, 4))).filter(
    (item) => item.date >= from && item.date <= to,
  );
}
