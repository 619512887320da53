// Calendar arithmetic for the meeting calendar, on 'YYYY-MM-DD' strings and 'HH:MM' times.
// Every computation goes through UTC milliseconds, so the machine's own time zone never shifts a
// date; Europe/Amsterdam is computed from its rule (the EU one), not read from the runtime. The
// plain date checks are the shared ones (src/lib/calendar/dates.ts); these add day numbers that
// reach far-off years (Easter) and wall-clock times.
import { daysInMonth, parseIsoDate, type DateParts, type IsoDate } from '../../calendar/dates.ts';

export type { DateParts, IsoDate } from '../../calendar/dates.ts';
export { daysInMonth, isIsoDate as isDate, parseIsoDate as parseDate } from '../../calendar/dates.ts';
/** 'HH:MM', 24-hour. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

function parts(iso: IsoDate): DateParts {
  const result = parseIsoDate(iso);
  if (!result) throw new RangeError(`Not an ISO date: ${iso}`);
  return result;
}

/** Works for any year Date.UTC knows (the Easter test goes far beyond four digits' worth of care). */
export function formatDate(year: number, month: number, day: number): IsoDate {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const y = date.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function toDayNumber(iso: IsoDate): number {
  const { year, month, day } = parts(iso);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * DAY_MS);
  return formatDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  const { year, month, day } = parts(iso);
  return weekdayOf(year, month, day);
}

export function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDay();
}

/** The day of the month of the last `wantedWeekday` (0 = Sunday) in that month. */
export function lastWeekdayOfMonth(year: number, month: number, wantedWeekday: number): number {
  const last = daysInMonth(year, month);
  return last - ((weekdayOf(year, month, last) - wantedWeekday + 7) % 7);
}

export function minutesOf(time: LocalTime): number {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a local time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Europe/Amsterdam's offset from UTC in minutes (60 or 120) at a local wall-clock time, by the EU
 * rule in force since 1996: summer time from the last Sunday of March 02:00 local (01:00 UTC) to
 * the last Sunday of October 03:00 local (01:00 UTC). In the hour that repeats in October the
 * first (summer) reading is taken; a time in the hour that is skipped in March counts as winter.
 */
export function amsterdamOffsetMinutes(date: IsoDate, time: LocalTime): number {
  const { year, month, day } = parts(date);
  const minutes = minutesOf(time);
  const march = lastWeekdayOfMonth(year, 3, 0);
  const october = lastWeekdayOfMonth(year, 10, 0);
  const key = month * 100 + day;
  const startKey = 300 + march;
  const endKey = 1000 + october;
  if (key < startKey || key > endKey) return 60;
  if (key > startKey && key < endKey) return 120;
  if (key === startKey) return minutes >= 180 ? 120 : 60;
  return minutes < 180 ? 120 : 60;
}

/** A local Amsterdam date and time as UTC DATE-TIME for iCalendar: `20261027T180000Z`. */
export function amsterdamToUtcStamp(date: IsoDate, time: LocalTime): string {
  const { year, month, day } = parts(date);
  const minutes = minutesOf(time) - amsterdamOffsetMinutes(date, time);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(0, minutes, 0, 0);
  return utc.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
