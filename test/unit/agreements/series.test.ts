import { describe, expect, it } from 'vitest';
import { amsterdamOffsetMinutes, amsterdamToUtcStamp } from '../../../src/lib/agreements/calendar/dates.ts';
import {
  midpointDate,
  seriesOccurrences,
  summarizeSeries,
  validateSeries,
  weekdayOfMonth,
  type MeetingSeries,
  type SeriesFrequency,
} from '../../../src/lib/agreements/calendar/series.ts';

const MONTHLY: SeriesFrequency = { kind: 'monthlyWeekday' };

const SERIES: MeetingSeries = {
  startDate: '2026-09-01',
  startTime: '19:00',
  durationMinutes: 60,
  frequency: { kind: 'weeks', every: 2 },
  endDate: '2026-12-31',
  skipDates: ['2026-12-22'],
  skipRanges: [{ from: '2026-10-17', to: '2026-10-25' }],
};

const keys = (series: MeetingSeries) => validateSeries(series).map((issue) => `${issue.field}: ${issue.message.key}`);

describe('seriesOccurrences', () => {
  it('lists the rule with the skips marked', () => {
    expect(seriesOccurrences(SERIES).map((item) => `${item.date}${item.skipped ? ' skipped' : ''}`)).toEqual([
      '2026-09-01', '2026-09-15', '2026-09-29', '2026-10-13', '2026-10-27', '2026-11-10', '2026-11-24', '2026-12-08', '2026-12-22 skipped',
    ]);
    expect(summarizeSeries(SERIES)).toEqual({ meetings: 8, skipped: 1, first: '2026-09-01', last: '2026-12-08' });
  });

  it('counts a skip range that covers a meeting', () => {
    const weekly: MeetingSeries = { ...SERIES, frequency: { kind: 'weeks', every: 1 } };
    const skipped = seriesOccurrences(weekly).filter((item) => item.skipped).map((item) => item.date);
    expect(skipped).toEqual(['2026-10-20', '2026-12-22']);
  });

  it('names the weekday of the month, a fifth one as the last', () => {
    expect(weekdayOfMonth('2026-09-08')).toEqual({ ordinal: 2, weekday: 2 });
    expect(weekdayOfMonth('2026-09-28')).toEqual({ ordinal: 4, weekday: 1 });
    expect(weekdayOfMonth('2026-09-29')).toEqual({ ordinal: -1, weekday: 2 });
  });

  it('places the mid-point halfway', () => {
    expect(midpointDate('2026-09-01', '2026-12-31')).toBe('2026-10-31');
  });
});

describe('validateSeries', () => {
  it('accepts a sound series', () => {
    expect(validateSeries(SERIES)).toEqual([]);
  });

  it('wants the end after the start', () => {
    expect(keys({ ...SERIES, endDate: '2026-09-01' })).toEqual(['endDate: agreements.calendar.error.endBeforeStart']);
    expect(keys({ ...SERIES, endDate: '2026-08-01' })).toEqual(['endDate: agreements.calendar.error.endBeforeStart']);
  });

  it('wants a frequency that gives at least two meetings', () => {
    const issues = validateSeries({ ...SERIES, frequency: MONTHLY, endDate: '2026-09-30' });
    expect(issues).toEqual([{ field: 'frequency', message: { key: 'agreements.calendar.error.tooFewMeetings', params: { count: 2 } } }]);
    expect(keys({ ...SERIES, frequency: MONTHLY, endDate: '2026-10-06' })).toEqual([]);
    expect(keys({ ...SERIES, frequency: { kind: 'weeks', every: 1 }, endDate: '2036-12-31' })).toEqual(['frequency: agreements.calendar.error.tooManyMeetings']);
    for (const bad of ['daily', { kind: 'weeks', every: 7 }, { kind: 'weeks', every: 0 }, { kind: 'weeks', every: 1.5 }, { kind: 'yearly' }]) {
      expect(keys({ ...SERIES, frequency: bad as never })).toEqual(['frequency: agreements.calendar.error.frequencyInvalid']);
    }
  });

  it('wants a duration of whole minutes within what an agreement allows (15 to 480)', () => {
    for (const ok of [15, 480]) expect(keys({ ...SERIES, durationMinutes: ok })).toEqual([]);
    for (const bad of [14, 481, 30.5, Number.NaN]) {
      expect(validateSeries({ ...SERIES, durationMinutes: bad })).toEqual([
        { field: 'durationMinutes', message: { key: 'agreements.calendar.error.duration', params: { min: 15, max: 480 } } },
      ]);
    }
  });

  it('wants a time as HH:MM and real dates', () => {
    for (const bad of ['7:00', '24:00', '19:60', '19.00', '']) expect(keys({ ...SERIES, startTime: bad }), bad).toEqual(['startTime: agreements.calendar.error.timeInvalid']);
    expect(keys({ ...SERIES, startTime: '00:00' })).toEqual([]);
    expect(keys({ ...SERIES, startDate: '2026-02-30' })).toEqual(['startDate: agreements.calendar.error.dateInvalid']);
    expect(keys({ ...SERIES, skipDates: ['nope'] })).toEqual(['skipDates: agreements.calendar.error.dateInvalid']);
    expect(keys({ ...SERIES, skipRanges: [{ from: '2026-10-25', to: '2026-10-17' }] })).toEqual(['skipRanges: agreements.calendar.error.rangeReversed']);
  });
});

describe('Europe/Amsterdam by rule', () => {
  it('switches on the last Sundays of March and October', () => {
    expect(amsterdamOffsetMinutes('2026-03-28', '19:00')).toBe(60);
    expect(amsterdamOffsetMinutes('2026-03-29', '01:59')).toBe(60);
    expect(amsterdamOffsetMinutes('2026-03-29', '03:00')).toBe(120);
    expect(amsterdamOffsetMinutes('2026-10-25', '02:30')).toBe(120);
    expect(amsterdamOffsetMinutes('2026-10-25', '03:00')).toBe(60);
    expect(amsterdamToUtcStamp('2026-07-01', '19:00')).toBe('20260701T170000Z');
    expect(amsterdamToUtcStamp('2026-12-31', '00:30')).toBe('20261230T233000Z');
  });
});
