import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
// Exports translate through the registered dictionaries, as the page's island entry registers them.
import '../../../src/lib/i18n/all.ts';
import { goalsToIcs } from '../../../src/lib/goals/export/ics.ts';
import { escapeIcsText, foldIcsLine } from '../../../src/lib/calendar/ics-text.ts';
import { makeGoal, makeStep, NOW } from './fixtures.ts';

const OPTIONS = { now: NOW, locale: 'nl' as const, productId: '-//Mentorkit//Goals 1.0//NL' };

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: vevent.getFirstPropertyValue('uid'),
      summary: vevent.getFirstPropertyValue('summary'),
      description: vevent.getFirstPropertyValue('description'),
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      stamp: stamp.toString(),
      stampIsUtc: stamp.zone === ICAL.Timezone.utcTimezone,
    };
  });
  return { calendar, events };
}

function octets(line: string): number {
  return new TextEncoder().encode(line).length;
}

const tricky = 'Presenteren, plannen; en "afronden" \\ klaar\nTweede regel 🎯 met emoji — en één ë';

const goals = [
  makeGoal({
    id: 'g1',
    title: tricky,
    statement: `${'Een lange beschrijving met é en 🚀 emoji. '.repeat(8)}\r\nEinde; klaar, toch?`,
    targetDate: '2027-03-01',
    steps: [
      makeStep({ id: 's1', text: 'Stap één, met komma', dueDate: '2026-12-31' }),
      makeStep({ id: 's2', text: 'Zonder datum' }),
      makeStep({ id: 's3', text: 'Klaar; al gedaan', dueDate: '2027-02-28', done: true }),
    ],
  }),
  makeGoal({ id: 'g2', title: '', targetDate: null, steps: [makeStep({ id: 's1', text: 'Andere stap', dueDate: '2028-02-29' })] }),
  makeGoal({ id: 'g3', title: 'Zonder data', targetDate: null }),
];

describe('goalsToIcs', () => {
  const ics = goalsToIcs(goals, OPTIONS);
  const { calendar, events } = parse(ics);

  it('writes a VCALENDAR with version, product id and calendar scale', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(OPTIONS.productId);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });

  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every line within 75 octets', () => {
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('makes one all-day event per target date and per dated step', () => {
    expect(events.map((event) => [event.uid, event.start, event.end])).toEqual([
      ['goal-g1@mentorkit', '2027-03-01', '2027-03-02'],
      ['step-g1-s1@mentorkit', '2026-12-31', '2027-01-01'],
      ['step-g1-s3@mentorkit', '2027-02-28', '2027-03-01'],
      ['step-g2-s1@mentorkit', '2028-02-29', '2028-03-01'],
    ]);
    for (const event of events) expect(event.startIsDate).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301\r\n');
  });

  it('has unique UIDs and a UTC DTSTAMP taken from now', () => {
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.stamp).toBe('2026-11-23T09:00:00Z');
      expect(event.stampIsUtc).toBe(true);
    }
    expect(ics).toContain('DTSTAMP:20261123T090000Z\r\n');
  });

  it('round-trips commas, semicolons, backslashes, newlines and emoji in text', () => {
    expect(events[0]?.summary).toBe(`Streefdatum: ${tricky}`);
    expect(events[0]?.description).toBe(goals[0]?.statement.replace(/\r\n/g, '\n'));
    expect(events[1]?.summary).toBe('Stap: Stap één, met komma');
    expect(events[1]?.description).toBe(`Onderdeel van je doel "${tricky}".`);
    expect(events[3]?.description).toBe('Onderdeel van je doel "Doel zonder titel".');
  });

  it('is stable: the same input gives the same output', () => {
    expect(goalsToIcs(goals, OPTIONS)).toBe(ics);
  });

  it('speaks English when asked', () => {
    const english = parse(goalsToIcs(goals, { ...OPTIONS, locale: 'en' }));
    expect(english.events[1]?.summary).toBe('Step: Stap één, met komma');
    expect(english.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mentorkit goals');
  });

  it('writes an empty but valid calendar for no dated goals', () => {
    const empty = parse(goalsToIcs([makeGoal()], OPTIONS));
    expect(empty.events).toEqual([]);
  });
});

describe('iCalendar text helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('bell\u0007')).toBe('bell');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'é🎯'.repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldIcsLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });
});
