import { escapeIcsText, foldIcsLine, icsUtcStamp } from '../../calendar/ics-text.ts';
import { addDays, amsterdamToUtcStamp, minutesOf, weekday, type IsoDate, type LocalTime } from './dates.ts';
import { SERIES_TIME_ZONE, ruleDates, isSkipped, weekdayOfMonth, type MeetingSeries } from './series.ts';

// The agreement's two calendar files (RFC 5545):
// - the series: one recurring VEVENT (RRULE with UNTIL in UTC, EXDATE for skips), timed in
//   Europe/Amsterdam with the VTIMEZONE in RRULE form, which Outlook needs;
// - the milestones: the mid-point review and the closure meeting as separate VEVENTs, no alarms
//   (Google ignores them in imported files).
// Both are METHOD:PUBLISH with UIDs derived from the agreement id, so importing a newer file
// updates the events instead of duplicating them. Texts arrive translated; this file has no words.

const UID_DOMAIN = 'mentorkit';
export const DEFAULT_PRODUCT_ID = '-//Mentorkit//Agreements 1.0//EN';

/** Europe/Amsterdam as Outlook wants it: one STANDARD and one DAYLIGHT rule, not a list of dates. */
export const AMSTERDAM_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${SERIES_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Already-translated texts of one event; empty ones are left out. */
export interface EventTexts {
  summary: string;
  description?: string;
  location?: string;
}

export interface CalendarFileOptions {
  /** When the file is made, ISO date-time: DTSTAMP. Injected, never the clock. */
  now: string;
  /** e.g. '-//Mentorkit//Agreements 1.0//NL'; DEFAULT_PRODUCT_ID when left out. */
  productId?: string;
}

export interface SeriesIcsInput extends CalendarFileOptions, EventTexts {
  agreementId: string;
  series: MeetingSeries;
}

export type MilestoneKind = 'midpointReview' | 'closure';

export interface Milestone extends EventTexts {
  kind: MilestoneKind;
  date: IsoDate;
  startTime: LocalTime;
  durationMinutes: number;
}

export interface MilestonesIcsInput extends CalendarFileOptions {
  agreementId: string;
  milestones: readonly Milestone[];
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function localStamp(date: IsoDate, time: LocalTime): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

/** The local end: the start plus the duration, possibly on the next day. */
function localEnd(date: IsoDate, time: LocalTime, durationMinutes: number): string {
  const total = minutesOf(time) + durationMinutes;
  const endDate = addDays(date, Math.floor(total / 1440));
  const minutes = total % 1440;
  const endTime = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return localStamp(endDate, endTime);
}

export function seriesUid(agreementId: string): string {
  return `series-${agreementId}@${UID_DOMAIN}`;
}

export function milestoneUid(agreementId: string, kind: MilestoneKind): string {
  return `${kind === 'midpointReview' ? 'midpoint' : 'closure'}-${agreementId}@${UID_DOMAIN}`;
}

/** The RRULE value of a series: frequency, weekday, UNTIL = the end date at the meeting time, in UTC. */
export function seriesRrule(series: MeetingSeries): string {
  const until = amsterdamToUtcStamp(series.endDate, series.startTime);
  if (series.frequency.kind === 'monthlyWeekday') {
    const { ordinal, weekday } = weekdayOfMonth(series.startDate);
    return `FREQ=MONTHLY;BYDAY=${ordinal}${BYDAY[weekday]};UNTIL=${until}`;
  }
  const interval = series.frequency.every;
  const byDay = BYDAY[weekday(series.startDate)];
  return `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${byDay};UNTIL=${until}`;
}

function textLines({ summary, description, location }: EventTexts): string[] {
  const lines = [`SUMMARY:${escapeIcsText(summary)}`];
  if (description !== undefined && description.trim() !== '') lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  if (location !== undefined && location.trim() !== '') lines.push(`LOCATION:${escapeIcsText(location)}`);
  return lines;
}

function calendar(options: CalendarFileOptions, body: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${(options.productId ?? DEFAULT_PRODUCT_ID).replace(/[\r\n]/g, ' ')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...AMSTERDAM_VTIMEZONE,
    ...body,
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/**
 * The meeting series as one recurring event. Only skips that fall on a meeting become EXDATEs,
 * one per line, at the series' local time. Validate the series first (validateSeries): this
 * throws on dates or times it cannot write.
 */
export function seriesToIcs(input: SeriesIcsInput): string {
  const { series, agreementId } = input;
  const tz = `TZID=${SERIES_TIME_ZONE}`;
  const skipped = ruleDates(series).filter((date) => isSkipped(date, series));
  return calendar(input, [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(seriesUid(agreementId))}`,
    `DTSTAMP:${icsUtcStamp(input.now)}`,
    `DTSTART;${tz}:${localStamp(series.startDate, series.startTime)}`,
    `DTEND;${tz}:${localEnd(series.startDate, series.startTime, series.durationMinutes)}`,
    `RRULE:${seriesRrule(series)}`,
    ...skipped.map((date) => `EXDATE;${tz}:${localStamp(date, series.startTime)}`),
    ...textLines(input),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ]);
}

/** The mid-point review and the closure meeting: one file, one event each, each its own UID. */
export function milestonesToIcs(input: MilestonesIcsInput): string {
  const stamp = icsUtcStamp(input.now);
  const tz = `TZID=${SERIES_TIME_ZONE}`;
  return calendar(
    input,
    input.milestones.flatMap((milestone) => [
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(milestoneUid(input.agreementId, milestone.kind))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;${tz}:${localStamp(milestone.date, milestone.startTime)}`,
      `DTEND;${tz}:${localEnd(milestone.date, milestone.startTime, milestone.durationMinutes)}`,
      ...textLines(milestone),
      'TRANSP:OPAQUE',
      'END:VEVENT',
    ]),
  );
}
