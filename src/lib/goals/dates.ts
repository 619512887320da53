import type { IsoDate, IsoDateTime } from './model.ts';

// Calendar arithmetic on 'YYYY-MM-DD' strings. Everything goes through UTC so the
// user's time zone and daylight saving can never shift a date by one day.

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIsoDate(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return toIsoDate(parts.year, parts.month, parts.day) === null ? null : parts;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function isIsoDateTime(value: unknown): value is IsoDateTime {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function requireParts(iso: IsoDate): DateParts {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date: ${iso}`);
  return parts;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const { year, month, day } = requireParts(iso);
  return fromUtc(new Date(Date.UTC(year, month - 1, day + days)));
}

/** Clamps to the end of the month: 31 January + 1 month is 28/29 February. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireParts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))) ?? iso;
}

export function endOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, daysInMonth(year, month)) ?? `${year}-12-31`;
}

export function endOfQuarter(year: number, quarter: number): IsoDate {
  return endOfMonth(year, quarter * 3);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: IsoDate): number {
  const { year, month, day } = requireParts(iso);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  // Zero-padded ISO dates sort lexicographically in calendar order.
  return a < b;
}

/** '2026-11-23T08:37:05.123Z' → '20261123T083705Z' (iCalendar UTC form). */
export function toIcsUtcStamp(now: IsoDateTime): string {
  const time = Date.parse(now);
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO date-time: ${now}`);
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function yearOf(iso: IsoDate): number {
  return requireParts(iso).year;
}
