import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FREQUENCIES, type Agreement, type Frequency } from '../../../src/lib/agreements/model.ts';
import { planCalendar } from '../../../src/lib/agreements/calendar/plan.ts';
import { milestonesToIcs, seriesToIcs } from '../../../src/lib/agreements/calendar/ics.ts';
import { ruleDates, seriesFrequency } from '../../../src/lib/agreements/calendar/series.ts';
import { countMeetings, nextMeeting } from '../../../src/lib/agreements/rules.ts';
import { planned } from './fixtures.ts';

const NOW = '2026-02-20T09:00:00.000Z';

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Every occurrence ical.js expands, as local date, local time and UTC offset in minutes. */
function expand(event: ICAL.Event): { date: string; time: string; offset: number }[] {
  const iterator = event.iterator();
  const result = [];
  for (let next = iterator.next(); next && result.length < 400; next = iterator.next()) {
    const local = next.toString();
    result.push({ date: local.slice(0, 10), time: local.slice(11, 16), offset: next.utcOffset() / 60 });
  }
  return result;
}

function seriesFile(agreement: Agreement): string {
  const plan = planCalendar(agreement);
  if (!plan.series) throw new Error(JSON.stringify(plan.issues));
  return seriesToIcs({ agreementId: agreement.id, series: plan.series, summary: 'Mentorgesprek', now: NOW });
}

const fields = (agreement: Agreement) => planCalendar(agreement).issues.map((issue) => `${issue.field}: ${issue.message.key}`);

describe('agreement frequencies as a series', () => {
  it('maps each frequency to every N weeks, and monthly to the weekday of the month', () => {
    expect(FREQUENCIES.map((frequency) => seriesFrequency(frequency))).toEqual([
      { kind: 'weeks', every: 1 },
      { kind: 'weeks', every: 2 },
      { kind: 'weeks', every: 3 },
      { kind: 'monthlyWeekday' },
      { kind: 'weeks', every: 6 },
    ]);
    expect(nextMeeting('2026-03-05', 'threeWeekly')).toBe('2026-03-26');
    // The first Thursday of March is followed by the first Thursday of April, not 5 April (a Sunday).
    expect(nextMeeting('2026-03-05', 'monthly')).toBe('2026-04-02');
    expect(countMeetings('2026-01-31', '2026-03-31', 'monthly')).toBe(3);
  });

  it.each(FREQUENCIES)('%s: the .ics holds what countMeetings counts, at 19:00 local on both sides of the clock change', (frequency: Frequency) => {
    const agreement = planned(frequency);
    const plan = planCalendar(agreement);
    const count = countMeetings('2026-03-05', '2026-11-05', frequency);
    expect(plan.meetings).toHaveLength(count);
    expect(plan.meetings.map((meeting) => meeting.date)).toEqual(ruleDates({ startDate: '2026-03-05', endDate: '2026-11-05', frequency: seriesFrequency(frequency) }));
    const expanded = expand(events(seriesFile(agreement))[0]!);
    const held = plan.meetings.filter((meeting) => !meeting.skipped && meeting.replacedBy === null).map((meeting) => meeting.date);
    expect(expanded.map((item) => item.date)).toEqual(held);
    expect(expanded).toHaveLength(plan.summary.meetings);
    for (const item of expanded) {
      expect(item.time, item.date).toBe('19:00');
      const summer = item.date > '2026-03-29' && item.date < '2026-10-25';
      expect(item.offset, item.date).toBe(summer ? 120 : 60);
    }
    expect(expanded.some((item) => item.offset === 60) && expanded.some((item) => item.offset === 120)).toBe(true);
  });

  it('weekly: 36 Thursdays, the one before and after each clock change an hour apart in UTC', () => {
    const [event] = events(seriesFile(planned('weekly')));
    const utc = new Map<string, string>();
    const iterator = event!.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) utc.set(next.toString().slice(0, 10), next.toJSDate().toISOString());
    expect(utc.get('2026-03-26')).toBe('2026-03-26T18:00:00.000Z');
    expect(utc.get('2026-04-02')).toBe('2026-04-02T17:00:00.000Z');
    expect(utc.get('2026-10-22')).toBe('2026-10-22T17:00:00.000Z');
    expect(utc.get('2026-10-29')).toBe('2026-10-29T18:00:00.000Z');
  });
});

describe('planCalendar', () => {
  it('offers only the holidays that fall on a meeting, and skips the ticked ones', () => {
    const weekly = planCalendar(planned('weekly'));
    expect(weekly.holidays.map((offered) => `${offered.holiday.id} ${offered.holiday.date} ${offered.skipped}`)).toEqual(['ascensionDay 2026-05-14 false']);
    // Three weeks apart, the meetings miss Hemelvaartsdag.
    expect(planCalendar(planned('threeWeekly')).holidays).toEqual([]);
    const skipping = planned('weekly', { skipDates: ['2026-05-14'], skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: 'Herfstvakantie' }] });
    const plan = planCalendar(skipping);
    expect(plan.holidays.map((offered) => offered.skipped)).toEqual([true]);
    expect(plan.meetings.filter((meeting) => meeting.skipped).map((meeting) => meeting.date)).toEqual(['2026-05-14', '2026-10-22']);
    const dates = expand(events(seriesFile(skipping))[0]!).map((item) => item.date);
    for (const skipped of ['2026-05-14', '2026-10-22']) expect(dates).not.toContain(skipped);
    expect(dates).toContain('2026-05-21');
    expect(dates).toContain('2026-10-15');
  });

  it('counts what the summary says: meetings held, skipped, first and last', () => {
    const plan = planCalendar(planned('weekly', { skipDates: ['2026-05-14'], skipRanges: [{ from: '2026-10-17', to: '2026-10-25', label: '' }] }));
    // 36 Thursdays; 2 July is the mid-point review and 5 November the closure, which take those meetings' place.
    expect(plan.meetings).toHaveLength(36);
    expect(plan.meetings.filter((meeting) => meeting.replacedBy).map((meeting) => `${meeting.date} ${meeting.replacedBy}`)).toEqual([
      '2026-07-02 midpointReview', '2026-11-05 closure',
    ]);
    expect(plan.summary).toEqual({ meetings: 32, skipped: 2, first: '2026-03-05', last: '2026-10-29' });
    expect(plan.milestones).toEqual([{ kind: 'midpointReview', date: '2026-07-02' }, { kind: 'closure', date: '2026-11-05' }]);
  });

  it('puts the review halfway when no review date is agreed, in a file of its own with the closure', () => {
    const agreement = planned('monthly');
    agreement.sections.duration = { start: '2026-03-05', end: '2026-11-05', review: null };
    const plan = planCalendar(agreement);
    expect(plan.milestones).toEqual([{ kind: 'midpointReview', date: '2026-07-05' }, { kind: 'closure', date: '2026-11-05' }]);
    const ics = milestonesToIcs({
      agreementId: agreement.id,
      now: NOW,
      milestones: plan.milestones.map((milestone) => ({ ...milestone, startTime: plan.series!.startTime, durationMinutes: plan.series!.durationMinutes, summary: milestone.kind })),
    });
    const [review, closure] = events(ics);
    expect(review!.startDate.toString()).toBe('2026-07-05T19:00:00');
    expect(closure!.startDate.toString()).toBe('2026-11-05T19:00:00');
    expect(closure!.startDate.utcOffset()).toBe(3600);
    expect(closure!.endDate.toString()).toBe('2026-11-05T20:00:00');
  });

  it('works the dates out before a time is chosen, but does not export', () => {
    const plan = planCalendar(planned('fortnightly', { time: null }));
    expect(plan.issues).toEqual([{ field: 'calendar.time', message: { key: 'agreements.calendarPanel.issue.noTime' } }]);
    expect(plan.series).toBeNull();
    expect(plan.meetings).toHaveLength(18);
    expect(plan.summary.first).toBe('2026-03-05');
  });

  it('lists what is missing or wrong', () => {
    const base = planned();
    const { duration: _duration, meetings: _meetings, ...rest } = base.sections;
    expect(fields({ ...base, sections: rest, calendar: { ...base.calendar, time: null } })).toEqual([
      'duration: agreements.calendarPanel.issue.noDuration',
      'meetings: agreements.calendarPanel.issue.noMeetings',
      'calendar.time: agreements.calendarPanel.issue.noTime',
    ]);
    const dates = (start: string | null, end: string | null, review: string | null = null) => ({ ...base, sections: { ...base.sections, duration: { start, end, review } } });
    expect(fields(dates(null, null))).toEqual(['duration.start: agreements.calendarPanel.issue.noStart', 'duration.end: agreements.calendarPanel.issue.noEnd']);
    expect(planCalendar(dates(null, '2026-11-05')).meetings).toEqual([]);
    expect(fields(dates('2026-11-05', '2026-03-05'))).toEqual([
      'duration.review: agreements.rule.reviewOutsideDuration',
      'duration.end: agreements.calendar.error.endBeforeStart',
    ]);
    expect(fields(dates('2026-03-05', '2026-11-05', '2027-01-01'))).toEqual(['duration.review: agreements.rule.reviewOutsideDuration']);
    const monthly = planned('monthly');
    monthly.sections.duration = { start: '2026-03-05', end: '2026-03-20', review: null };
    expect(fields(monthly)).toEqual(['meetings.frequency: agreements.calendar.error.tooFewMeetings']);
    expect(fields({ ...base, calendar: { ...base.calendar, skipRanges: [{ from: '2026-01-01', to: '2026-12-31', label: 'Sabbatical' }] } })).toEqual([
      'calendar.skipRanges: agreements.calendarPanel.issue.allSkipped',
    ]);
  });
});
