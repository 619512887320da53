import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, daysInMonth, endOfQuarter, formatDate, isIsoDate, isIsoDateTime, isoWeekday, toIcsUtcStamp, toIsoDate,
} from '../../../src/lib/goals/dates.ts';

describe('calendar arithmetic on ISO dates', () => {
  it('knows month lengths, including leap years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2027, 12)).toBe(31);
  });

  it('builds only real dates', () => {
    expect(toIsoDate(2027, 3, 1)).toBe('2027-03-01');
    expect(toIsoDate(2027, 2, 29)).toBeNull();
    expect(toIsoDate(2027, 13, 1)).toBeNull();
    expect(toIsoDate(2027, 0, 1)).toBeNull();
  });

  it('validates ISO dates and date-times', () => {
    expect(isIsoDate('2027-03-01')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
    expect(isIsoDate(20270301)).toBe(false);
    expect(isIsoDateTime('2026-11-23T09:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-11-23T09:00+01:00')).toBe(true);
    expect(isIsoDateTime('2026-11-23')).toBe(false);
    expect(isIsoDateTime('yesterday')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-23', 3)).toBe('2027-02-23');
    expect(addMonths('2026-11-23', -11)).toBe('2025-12-23');
  });

  it('finds quarter ends and weekdays', () => {
    expect(endOfQuarter(2027, 2)).toBe('2027-06-30');
    expect(endOfQuarter(2027, 4)).toBe('2027-12-31');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('turns a moment into an iCalendar UTC stamp', () => {
    expect(toIcsUtcStamp('2026-11-23T09:05:07.123Z')).toBe('20261123T090507Z');
    expect(toIcsUtcStamp('2026-11-23T10:05:07+01:00')).toBe('20261123T090507Z');
    expect(() => toIcsUtcStamp('not a date')).toThrow(RangeError);
  });

  it('formats dates in both languages without Intl', () => {
    expect(formatDate('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
    expect(formatDate('garbage', 'en')).toBe('garbage');
  });
});
