// Calendar arithmetic on 'YYYY-MM-DD' strings, for every feature (goals, agreements). Everything
// goes through UTC so the user's time zone and daylight saving can never shift a date by one day.

/** ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** ISO date-time, e.g. '2026-11-23T09:30:00.000Z'. */
export type IsoDateTime = string;

/** Dates outside this range are typing slips (a five-digit year, 0002 on the way to 2026). */
export const DATE_RANGE = { earliest: '1900-01-01', latest: '2999-12-31' } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

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

/** A date a person means: a real calendar day between DATE_RANGE.earliest and DATE_RANGE.latest. */
export function isAllowedDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && value >= DATE_RANGE.earliest && value <= DATE_RANGE.latest;
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

export function yearOf(iso: IsoDate): number {
  return requireParts(iso).year;
}

/** The calendar date on the user's own clock (not UTC), as 'YYYY-MM-DD'. */
export function localIsoDate(date: Date): IsoDate {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
