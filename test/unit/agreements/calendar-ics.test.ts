import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, amsterdamOffsetMinutes } from '../../../src/lib/agreements/calendar/dates.ts';
import { dutchHolidaysBetween } from '../../../src/lib/agreements/calendar/holidays.ts';
import { milestonesToIcs, seriesToIcs, type Milestone } from '../../../src/lib/agreements/calendar/ics.ts';
import { seriesOccurrences, summarizeSeries, type MeetingSeries, type SeriesFrequency } from '../../../src/lib/agreements/calendar/series.ts';

// A fixed "now": the files never read the clock.
const NOW = '2028-02-15T10:30:00+01:00';

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

/** Parses a file, registers its VTIMEZONE (the one it ships, not a built-in) and returns its events. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezones = calendar.getAllSubcomponents('vtimezone');
  expect(vtimezones).toHaveLength(1);
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(vtimezones[0]!);
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, events: vevents.map((vevent) => new ICAL.Event(vevent)) };
}

interface Expanded {
  date: string;
  time: string;
  offsetMinutes: number;
  utc: string;
}

function expand(event: ICAL.Event, limit = 1000): Expanded[] {
  const iterator = event.iterator();
  const result: Expanded[] = [];
  for (let next = iterator.next(); next && result.length < limit; next = iterator.next()) {
    const local = next.toString(); // 2028-03-30T19:00:00 in the event's zone
    result.push({
      date: local.slice(0, 10),
      time: local.slice(11, 16),
      offsetMinutes: next.utcOffset() / 60,
      utc: next.toJSDate().toISOString(),
    });
  }
  return result;
}

// Thursdays at 19:00 in 2028: summer time starts 26 March and ends 29 October. Koningsdag (27 April)
// and Hemelvaartsdag (25 May) are Thursdays that year; the autumn school holiday is entered by hand.
const holidays = dutchHolidaysBetween('2028-03-02', '2028-11-02');
const SERIES: MeetingSeries = {
  startDate: '2028-03-02',
  startTime: '19:00',
  durationMinutes: 60,
  frequency: { kind: 'weeks', every: 1 },
  endDate: '2028-11-02',
  skipDates: holidays.filter((item) => item.id === 'kingsDay' || item.id === 'ascensionDay').map((item) => item.date),
  skipRanges: [{ from: '2028-10-14', to: '2028-10-22' }],
};
const INPUT = {
  agreementId: 'a1b2',
  series: SERIES,
  summary: 'Mentoringgesprek Anna & Bram',
  description: 'Agenda: doelen; voortgang, en "wat speelt er" \\ vragen.\nTweede regel met é en 🎯.',
  location: 'Kantoor Utrecht, kamer 4.12',
  now: NOW,
  productId: '-//Mentorkit//Agreements 1.0//NL',
};

describe('seriesToIcs', () => {
  const ics = seriesToIcs(INPUT);
  const { calendar, vevents, events } = parse(ics);
  const expanded = expand(events[0]!);

  it('is a PUBLISH calendar with one recurring event and a stable UID', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(INPUT.productId);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevents).toHaveLength(1);
    expect(events[0]!.uid).toBe('series-a1b2@mentorkit');
    expect(events[0]!.isRecurring()).toBe(true);
    expect(seriesToIcs(INPUT)).toBe(ics);
    expect(vevents[0]!.getFirstPropertyValue('dtstamp')?.toString()).toBe('2028-02-15T09:30:00Z');
    expect(vevents[0]!.getAllSubcomponents('valarm')).toEqual([]);
  });

  it('writes the VTIMEZONE in RRULE form and DTSTART/DTEND with TZID', () => {
    expect(ics).toContain(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Europe/Amsterdam',
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
      ].join('\r\n'),
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20280302T190000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20280302T200000\r\n');
    expect(events[0]!.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(events[0]!.duration.toSeconds()).toBe(3600);
  });

  it('ends the rule with UNTIL in UTC: the last meeting at its local time', () => {
    const rrule = vevents[0]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rrule.until?.toString()).toBe('2028-11-02T18:00:00Z');
    expect(rrule.until?.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH;UNTIL=20281102T180000Z\r\n/);
  });

  it('expands to the meetings the page counts, skips excluded', () => {
    const held = seriesOccurrences(SERIES).filter((item) => !item.skipped);
    expect(expanded).toHaveLength(33);
    expect(expanded.map((item) => item.date)).toEqual(held.map((item) => item.date));
    expect(summarizeSeries(SERIES)).toEqual({ meetings: 33, skipped: 3, first: '2028-03-02', last: '2028-11-02' });
  });

  it('leaves out Koningsdag, Hemelvaartsdag and the school holiday week', () => {
    const dates = expanded.map((item) => item.date);
    for (const skipped of ['2028-04-27', '2028-05-25', '2028-10-19']) expect(dates).not.toContain(skipped);
    for (const kept of ['2028-04-20', '2028-05-04', '2028-05-18', '2028-06-01', '2028-10-12', '2028-10-26']) expect(dates).toContain(kept);
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20280427T190000\r\n');
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20280525T190000\r\n');
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20281019T190000\r\n');
    expect(ics.match(/^EXDATE/gm)).toHaveLength(3);
  });

  it('keeps 19:00 local across both daylight-saving changes while the UTC offset moves', () => {
    for (const item of expanded) expect(item.time, item.date).toBe('19:00');
    const at = (date: string) => expanded.find((item) => item.date === date)!;
    expect(at('2028-03-23')).toMatchObject({ offsetMinutes: 60, utc: '2028-03-23T18:00:00.000Z' });
    expect(at('2028-03-30')).toMatchObject({ offsetMinutes: 120, utc: '2028-03-30T17:00:00.000Z' });
    expect(at('2028-10-26')).toMatchObject({ offsetMinutes: 120, utc: '2028-10-26T17:00:00.000Z' });
    expect(at('2028-11-02')).toMatchObject({ offsetMinutes: 60, utc: '2028-11-02T18:00:00.000Z' });
  });

  it('round-trips the translated texts and keeps every line within 75 octets, CRLF throughout', () => {
    expect(events[0]!.summary).toBe(INPUT.summary);
    expect(events[0]!.description).toBe(INPUT.description);
    expect(events[0]!.location).toBe(INPUT.location);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves out an empty description and location', () => {
    const bare = seriesToIcs({ ...INPUT, description: '', location: '  ' });
    expect(bare).not.toMatch(/^(DESCRIPTION|LOCATION)/m);
  });
});

describe('seriesToIcs frequencies', () => {
  const base: MeetingSeries = { ...SERIES, skipDates: [], skipRanges: [] };

  it('writes INTERVAL for every 1 to 6 weeks', () => {
    for (const every of [1, 2, 3, 4, 5, 6] as const) {
      const ics = seriesToIcs({ ...INPUT, series: { ...base, frequency: { kind: 'weeks', every } } });
      expect(ics).toContain(`RRULE:FREQ=WEEKLY;INTERVAL=${every};BYDAY=TH;UNTIL=20281102T180000Z\r\n`);
      const dates = expand(parse(ics).events[0]!).map((item) => item.date);
      expect(dates[1]).toBe(addDays('2028-03-02', 7 * every));
      expect(dates).toEqual(seriesOccurrences({ ...base, frequency: { kind: 'weeks', every } }).map((item) => item.date));
    }
  });

  it('meets every 2 and every 4 weeks on the start weekday', () => {
    const two = expand(parse(seriesToIcs({ ...INPUT, series: { ...base, frequency: { kind: 'weeks', every: 2 } } })).events[0]!);
    expect(two).toHaveLength(18);
    expect(two.slice(0, 3).map((item) => item.date)).toEqual(['2028-03-02', '2028-03-16', '2028-03-30']);
    const four = expand(parse(seriesToIcs({ ...INPUT, series: { ...base, frequency: { kind: 'weeks', every: 4 } } })).events[0]!);
    expect(four.map((item) => item.date)).toEqual([
      '2028-03-02', '2028-03-30', '2028-04-27', '2028-05-25', '2028-06-22', '2028-07-20', '2028-08-17', '2028-09-14', '2028-10-12',
    ]);
  });

  it('meets monthly on the same weekday of the month: the 2nd Tuesday', () => {
    const series: MeetingSeries = { ...base, frequency: { kind: 'monthlyWeekday' }, startDate: '2026-09-08', endDate: '2027-06-30', startTime: '08:30' };
    const ics = seriesToIcs({ ...INPUT, series });
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630T063000Z\r\n');
    const dates = expand(parse(ics).events[0]!).map((item) => item.date);
    expect(dates).toEqual([
      '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08', '2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11', '2027-06-08',
    ]);
    expect(seriesOccurrences(series).map((item) => item.date)).toEqual(dates);
  });

  it('takes a fifth weekday as the last one of each month', () => {
    const series: MeetingSeries = { ...base, frequency: { kind: 'monthlyWeekday' }, startDate: '2026-09-29', endDate: '2027-01-31' };
    const ics = seriesToIcs({ ...INPUT, series });
    expect(ics).toContain('BYDAY=-1TU;');
    expect(expand(parse(ics).events[0]!).map((item) => item.date)).toEqual(['2026-09-29', '2026-10-27', '2026-11-24', '2026-12-29', '2027-01-26']);
  });

  it('agrees with seriesOccurrences for any series (property)', () => {
    const frequencies: SeriesFrequency[] = [
      ...([1, 2, 3, 4, 5, 6] as const).map((every) => ({ kind: 'weeks' as const, every })),
      { kind: 'monthlyWeekday' },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 14, max: 500 }),
        fc.constantFrom(...frequencies),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 6 }),
        fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 20 })),
        (offset, length, frequency, hour, minute, skipOffsets, [rangeStart, rangeLength]) => {
          // Stay out of 02:00–03:00, the hour that does not exist on the last Sunday of March.
          if (hour === 2) return;
          const startDate = addDays('2025-01-01', offset);
          const startTime = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const series: MeetingSeries = {
            startDate,
            startTime,
            durationMinutes: 45,
            frequency,
            endDate: addDays(startDate, length),
            skipDates: skipOffsets.map((days) => addDays(startDate, days)),
            skipRanges: [{ from: addDays(startDate, rangeStart), to: addDays(startDate, rangeStart + rangeLength) }],
          };
          const expanded = expand(parse(seriesToIcs({ ...INPUT, series })).events[0]!);
          const held = seriesOccurrences(series).filter((item) => !item.skipped);
          expect(expanded.map((item) => item.date)).toEqual(held.map((item) => item.date));
          for (const item of expanded) {
            expect(item.time).toBe(startTime);
            expect(item.offsetMinutes).toBe(amsterdamOffsetMinutes(item.date, startTime));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('milestonesToIcs', () => {
  const milestones: Milestone[] = [
    { kind: 'midpointReview', date: '2028-06-29', startTime: '19:00', durationMinutes: 90, summary: 'Tussenevaluatie', description: 'Halverwege: waar staan we?' },
    { kind: 'closure', date: '2028-11-09', startTime: '17:30', durationMinutes: 120, summary: 'Afsluiting en viering', location: 'Café De Zon' },
  ];
  const ics = milestonesToIcs({ agreementId: 'a1b2', milestones, now: NOW });
  const { calendar, vevents, events } = parse(ics);

  it('holds two separate events with their own UIDs and no alarms', () => {
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((event) => event.uid)).toEqual(['midpoint-a1b2@mentorkit', 'closure-a1b2@mentorkit']);
    for (const event of events) expect(event.isRecurring()).toBe(false);
    for (const vevent of vevents) expect(vevent.getAllSubcomponents('valarm')).toEqual([]);
    expect(ics).not.toContain('VALARM');
    expect(ics).not.toContain('RRULE:FREQ=WEEKLY');
  });

  it('times each event in Europe/Amsterdam, summer and winter', () => {
    const [midpoint, closure] = events;
    expect(midpoint!.startDate.toString()).toBe('2028-06-29T19:00:00');
    expect(midpoint!.startDate.utcOffset()).toBe(7200);
    expect(midpoint!.endDate.toString()).toBe('2028-06-29T20:30:00');
    expect(closure!.startDate.toString()).toBe('2028-11-09T17:30:00');
    expect(closure!.startDate.toJSDate().toISOString()).toBe('2028-11-09T16:30:00.000Z');
    expect(closure!.endDate.toString()).toBe('2028-11-09T19:30:00');
    expect(closure!.location).toBe('Café De Zon');
    expect(midpoint!.description).toBe('Halverwege: waar staan we?');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes an end on the next day when a meeting runs past midnight', () => {
    const late = milestonesToIcs({ agreementId: 'x', milestones: [{ ...milestones[0]!, startTime: '23:30', durationMinutes: 60 }], now: NOW });
    expect(late).toContain('DTEND;TZID=Europe/Amsterdam:20280630T003000\r\n');
  });
});
