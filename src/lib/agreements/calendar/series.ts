import type { Message } from '../../i18n/index.ts';
import type { Frequency as AgreementFrequency } from '../model.ts';
import { LIMITS } from '../model.ts';
import {
  addDays,
  daysInMonth,
  isDate,
  isLocalTime,
  parseDate,
  toDayNumber,
  weekday,
  weekdayOf,
  type IsoDate,
  type LocalTime,
} from './dates.ts';

// The meeting series: when the pair meets, how often, until when, and which dates they skip.
// `seriesOccurrences` is the same rule the .ics encodes (RRULE + EXDATE), so what the page
// counts is what the calendar app shows.

export const SERIES_TIME_ZONE = 'Europe/Amsterdam';

export const MAX_WEEKS_APART = 6;
export type WeeksApart = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How a series repeats: every N weeks on the start's weekday, or monthly on the start's weekday
 * of the month (the 2nd Tuesday, the last Friday), which is how people mean "every month": a
 * fixed day of the month drifts across the week and lands on weekends.
 */
export type SeriesFrequency = { kind: 'weeks'; every: WeeksApart } | { kind: 'monthlyWeekday' };

const AGREEMENT_FREQUENCIES: Readonly<Record<AgreementFrequency, SeriesFrequency>> = {
  weekly: { kind: 'weeks', every: 1 },
  fortnightly: { kind: 'weeks', every: 2 },
  threeWeekly: { kind: 'weeks', every: 3 },
  monthly: { kind: 'monthlyWeekday' },
  sixWeekly: { kind: 'weeks', every: 6 },
};

/** The series rule for the frequency an agreement names. */
export function seriesFrequency(frequency: AgreementFrequency): SeriesFrequency {
  return AGREEMENT_FREQUENCIES[frequency];
}

export function isSeriesFrequency(value: unknown): value is SeriesFrequency {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { kind?: unknown; every?: unknown };
  if (candidate.kind === 'monthlyWeekday') return true;
  return candidate.kind === 'weeks' && Number.isInteger(candidate.every) && (candidate.every as number) >= 1 && (candidate.every as number) <= MAX_WEEKS_APART;
}

export interface DateRange {
  /** First skipped day. */
  from: IsoDate;
  /** Last skipped day, included (equal to `from` for one day). */
  to: IsoDate;
}

export interface MeetingSeries {
  startDate: IsoDate;
  /** Local Amsterdam time, 'HH:MM'. */
  startTime: LocalTime;
  durationMinutes: number;
  frequency: SeriesFrequency;
  /** The last day a meeting may fall on (included). */
  endDate: IsoDate;
  /** Single days to skip: the public holidays the pair chose. */
  skipDates: readonly IsoDate[];
  /** Ranges to skip, entered by hand: school holidays, a summer break. */
  skipRanges: readonly DateRange[];
}

export const SERIES_LIMITS = {
  minDurationMinutes: LIMITS.minutes.min,
  maxDurationMinutes: LIMITS.minutes.max,
  minMeetings: 2,
  /** Five years of weekly meetings: a bound on the expansion, and on the .ics size. */
  maxMeetings: 260,
} as const;

export interface Occurrence {
  date: IsoDate;
  startTime: LocalTime;
  /** True when the date is skipped: present in the rule, excluded by an EXDATE. */
  skipped: boolean;
}

/** Which weekday of its month a date is: 1–4, or -1 for a fifth one (then "the last"). */
export interface WeekdayOfMonth {
  ordinal: 1 | 2 | 3 | 4 | -1;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function weekdayOfMonth(date: IsoDate): WeekdayOfMonth {
  const { day } = parseDate(date) ?? { day: 1 };
  const ordinal = Math.ceil(day / 7);
  return { ordinal: ordinal >= 5 ? -1 : (ordinal as 1 | 2 | 3 | 4), weekday: weekday(date) };
}

function nthWeekday(year: number, month: number, { ordinal, weekday: wanted }: WeekdayOfMonth): number {
  if (ordinal === -1) {
    const last = daysInMonth(year, month);
    return last - ((weekdayOf(year, month, last) - wanted + 7) % 7);
  }
  const first = 1 + ((wanted - weekdayOf(year, month, 1) + 7) % 7);
  return first + (ordinal - 1) * 7;
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The rule's meeting number `n` (0 = the start itself). Each is computed from the start, never
 * from the previous meeting, so a monthly series keeps its weekday of the month.
 */
export function meetingAfter(startDate: IsoDate, frequency: SeriesFrequency, n: number): IsoDate {
  if (frequency.kind === 'weeks') return addDays(startDate, 7 * frequency.every * n);
  const start = parseDate(startDate);
  if (!start) throw new RangeError(`Not an ISO date: ${startDate}`);
  const index = start.year * 12 + start.month - 1 + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, nthWeekday(year, month, weekdayOfMonth(startDate)));
}

/** The meeting dates of the rule, before skips, from the start date to the end date (both included). */
export function ruleDates(series: Pick<MeetingSeries, 'startDate' | 'endDate' | 'frequency'>, limit: number = SERIES_LIMITS.maxMeetings + 1): IsoDate[] {
  const { startDate, endDate, frequency } = series;
  if (!isDate(startDate) || !isDate(endDate) || endDate < startDate || !isSeriesFrequency(frequency)) return [];
  const dates: IsoDate[] = [];
  for (let date = startDate; date <= endDate && dates.length < limit; date = meetingAfter(startDate, frequency, dates.length)) dates.push(date);
  return dates;
}

export function isSkipped(date: IsoDate, series: Pick<MeetingSeries, 'skipDates' | 'skipRanges'>): boolean {
  return series.skipDates.includes(date) || series.skipRanges.some((range) => date >= range.from && date <= range.to);
}

/** Every meeting of the rule, in order, each marked skipped or not. */
export function seriesOccurrences(series: MeetingSeries): Occurrence[] {
  return ruleDates(series).map((date) => ({ date, startTime: series.startTime, skipped: isSkipped(date, series) }));
}

export interface SeriesSummary {
  /** Meetings that take place. */
  meetings: number;
  /** Meetings of the rule that fall on a skipped date. */
  skipped: number;
  first: IsoDate | null;
  last: IsoDate | null;
}

/** What the page shows: "12 meetings, 2 skipped", first and last meeting. */
export function summarizeSeries(series: MeetingSeries): SeriesSummary {
  const held = seriesOccurrences(series).filter((item) => !item.skipped);
  const all = ruleDates(series);
  return {
    meetings: held.length,
    skipped: all.length - held.length,
    first: held[0]?.date ?? null,
    last: held.at(-1)?.date ?? null,
  };
}

export type SeriesField = 'startDate' | 'startTime' | 'durationMinutes' | 'frequency' | 'endDate' | 'skipDates' | 'skipRanges';

export interface SeriesIssue {
  field: SeriesField;
  message: Message;
}

/** Everything wrong with a series, field by field; empty when it can be exported. */
export function validateSeries(series: MeetingSeries): SeriesIssue[] {
  const issues: SeriesIssue[] = [];
  const add = (field: SeriesField, message: Message): void => void issues.push({ field, message });
  if (!isDate(series.startDate)) add('startDate', { key: 'agreements.calendar.error.dateInvalid' });
  if (!isDate(series.endDate)) add('endDate', { key: 'agreements.calendar.error.dateInvalid' });
  else if (isDate(series.startDate) && series.endDate <= series.startDate) {
    add('endDate', { key: 'agreements.calendar.error.endBeforeStart' });
  }
  if (!isLocalTime(series.startTime)) add('startTime', { key: 'agreements.calendar.error.timeInvalid' });
  const { minDurationMinutes: min, maxDurationMinutes: max } = SERIES_LIMITS;
  if (!Number.isInteger(series.durationMinutes) || series.durationMinutes < min || series.durationMinutes > max) {
    add('durationMinutes', { key: 'agreements.calendar.error.duration', params: { min, max } });
  }
  if (!isSeriesFrequency(series.frequency)) add('frequency', { key: 'agreements.calendar.error.frequencyInvalid' });
  else if (isDate(series.startDate) && isDate(series.endDate) && series.endDate > series.startDate) {
    const count = ruleDates(series).length;
    if (count < SERIES_LIMITS.minMeetings) {
      add('frequency', { key: 'agreements.calendar.error.tooFewMeetings', params: { count: SERIES_LIMITS.minMeetings } });
    } else if (count > SERIES_LIMITS.maxMeetings) {
      add('frequency', { key: 'agreements.calendar.error.tooManyMeetings', params: { count: SERIES_LIMITS.maxMeetings } });
    }
  }
  if (!series.skipDates.every(isDate)) add('skipDates', { key: 'agreements.calendar.error.dateInvalid' });
  for (const range of series.skipRanges) {
    if (!isDate(range.from) || !isDate(range.to)) {
      add('skipRanges', { key: 'agreements.calendar.error.dateInvalid' });
      break;
    }
    if (range.to < range.from) {
      add('skipRanges', { key: 'agreements.calendar.error.rangeReversed' });
      break;
    }
  }
  return issues;
}

/** The day halfway between two dates (rounded down): a default for the mid-point review. */
export function midpointDate(from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, Math.floor((toDayNumber(to) - toDayNumber(from)) / 2));
}
