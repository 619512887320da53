import type { Message } from '../../i18n/message.ts';
import type { Agreement } from '../model.ts';
import type { IsoDate } from './dates.ts';
import { dutchHolidaysBetween, type Holiday } from './holidays.ts';
import type { MilestoneKind } from './ics.ts';
import { isSkipped, midpointDate, ruleDates, seriesFrequency, validateSeries, type MeetingSeries, type SeriesField } from './series.ts';

// From an agreement to its calendar: the meeting series (duration, meetings section, calendar
// planning), the mid-point review and the closure meeting, the public holidays worth offering,
// and what stops the export. The dates are worked out even while the time is missing, so the
// panel can show them and offer holidays before the export is possible.

export type PlanField =
  | 'duration'
  | 'duration.start'
  | 'duration.end'
  | 'duration.review'
  | 'meetings'
  | 'meetings.frequency'
  | 'meetings.minutes'
  | 'calendar.time'
  | 'calendar.skipDates'
  | 'calendar.skipRanges';

export interface PlanIssue {
  field: PlanField;
  message: Message;
}

export interface PlannedMeeting {
  date: IsoDate;
  /** Skipped by choice: a ticked holiday or a break entered by hand. */
  skipped: boolean;
  /** A milestone on the same day takes this meeting's place (it is left out of the series file). */
  replacedBy: MilestoneKind | null;
}

export interface OfferedHoliday {
  holiday: Holiday;
  /** Ticked: the meeting on that day is skipped. */
  skipped: boolean;
}

export interface PlannedMilestone {
  kind: MilestoneKind;
  date: IsoDate;
}

export interface PlanSummary {
  /** Regular meetings that take place. */
  meetings: number;
  /** Regular meetings skipped by choice. */
  skipped: number;
  /** The first and last meeting that take place. */
  first: IsoDate | null;
  last: IsoDate | null;
}

export interface CalendarPlan {
  /** What stops both downloads; empty when they can be made. */
  issues: PlanIssue[];
  /** Every date of the rule from start to end: as many as countMeetings counts. */
  meetings: PlannedMeeting[];
  /** Only the public holidays that fall on a regular meeting. */
  holidays: OfferedHoliday[];
  summary: PlanSummary;
  /** The mid-point review (the agreed review date, or halfway) and the closure on the end date. */
  milestones: PlannedMilestone[];
  /** What the series file encodes; present exactly when `issues` is empty. */
  series: MeetingSeries | null;
}

const SERIES_FIELDS: Readonly<Record<SeriesField, PlanField>> = {
  startDate: 'duration.start',
  endDate: 'duration.end',
  startTime: 'calendar.time',
  durationMinutes: 'meetings.minutes',
  frequency: 'meetings.frequency',
  skipDates: 'calendar.skipDates',
  skipRanges: 'calendar.skipRanges',
};

const issue = (field: PlanField, key: Message['key']): PlanIssue => ({ field, message: { key } });

function summarize(meetings: readonly PlannedMeeting[]): PlanSummary {
  const held = meetings.filter((meeting) => !meeting.skipped && meeting.replacedBy === null);
  return {
    meetings: held.length,
    skipped: meetings.filter((meeting) => meeting.skipped).length,
    first: held[0]?.date ?? null,
    last: held.at(-1)?.date ?? null,
  };
}

function unplanned(issues: PlanIssue[]): CalendarPlan {
  return { issues, meetings: [], holidays: [], summary: { meetings: 0, skipped: 0, first: null, last: null }, milestones: [], series: null };
}

export function planCalendar(agreement: Agreement): CalendarPlan {
  const { duration, meetings: arrangements } = agreement.sections;
  const { calendar } = agreement;
  const missing: PlanIssue[] = [];
  if (!duration) missing.push(issue('duration', 'agreements.calendarPanel.issue.noDuration'));
  else {
    if (!duration.start) missing.push(issue('duration.start', 'agreements.calendarPanel.issue.noStart'));
    if (!duration.end) missing.push(issue('duration.end', 'agreements.calendarPanel.issue.noEnd'));
  }
  if (!arrangements) missing.push(issue('meetings', 'agreements.calendarPanel.issue.noMeetings'));
  if (calendar.time === null) missing.push(issue('calendar.time', 'agreements.calendarPanel.issue.noTime'));
  const start = duration?.start;
  const end = duration?.end;
  if (!start || !end || !arrangements) return unplanned(missing);

  const issues = [...missing];
  const frequency = seriesFrequency(arrangements.frequency);
  const review = duration.review ?? midpointDate(start, end);
  if (review < start || review > end) issues.push(issue('duration.review', 'agreements.rule.reviewOutsideDuration'));
  const milestones: PlannedMilestone[] = end > start ? [{ kind: 'midpointReview', date: review }, { kind: 'closure', date: end }] : [];

  const skips = { skipDates: calendar.skipDates, skipRanges: calendar.skipRanges };
  const meetings: PlannedMeeting[] = ruleDates({ startDate: start, endDate: end, frequency }).map((date) => {
    const replacedBy = milestones.find((milestone) => milestone.date === date)?.kind ?? null;
    return { date, replacedBy, skipped: replacedBy === null && isSkipped(date, skips) };
  });
  const regular = new Set(meetings.filter((meeting) => meeting.replacedBy === null).map((meeting) => meeting.date));
  const holidays = dutchHolidaysBetween(start, end)
    .filter((holiday) => regular.has(holiday.date))
    .map((holiday) => ({ holiday, skipped: calendar.skipDates.includes(holiday.date) }));
  const summary = summarize(meetings);

  // A stand-in time lets the dates be checked before a time is chosen; the missing time is listed above.
  const series: MeetingSeries = {
    startDate: start,
    endDate: end,
    startTime: calendar.time ?? '12:00',
    durationMinutes: arrangements.minutes,
    frequency,
    skipDates: [...new Set([...calendar.skipDates, ...milestones.map((milestone) => milestone.date)])].sort(),
    skipRanges: calendar.skipRanges.map(({ from, to }) => ({ from, to })),
  };
  for (const found of validateSeries(series)) issues.push({ field: SERIES_FIELDS[found.field], message: found.message });
  if (meetings.length > 0 && summary.meetings === 0 && !issues.some((found) => found.field === 'meetings.frequency')) {
    issues.push(issue('calendar.skipRanges', 'agreements.calendarPanel.issue.allSkipped'));
  }
  return { issues, meetings, holidays, summary, milestones, series: issues.length === 0 ? series : null };
}
