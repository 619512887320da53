import { translator, type Translate } from '../../i18n/index.ts';
import { addDays, isIsoDate, toIcsUtcStamp } from '../dates.ts';
import type { Goal, IsoDate, IsoDateTime, Locale } from '../model.ts';
import { escapeIcsText, foldIcsLine } from '../../calendar/ics-text.ts';

// Calendar export: one all-day event per goal target date and per step due date, so
// the deadlines show up in the user's own calendar app. UIDs are derived from ids so
// importing a newer export updates the events instead of duplicating them.

export interface IcsOptions {
  now: IsoDateTime;
  locale: Locale;
  /** e.g. '-//Mentorkit//Goals 1.0//NL' */
  productId: string;
}

const UID_DOMAIN = 'mentorkit';

function icsDate(iso: IsoDate): string {
  return iso.replace(/-/g, '');
}

/** The day after, or nothing when that would leave four-digit years (9999-12-31): then a duration says the same. */
function endLine(date: IsoDate): string {
  const end = addDays(date, 1);
  return isIsoDate(end) ? `DTEND;VALUE=DATE:${icsDate(end)}` : 'DURATION:P1D';
}

function titleOf(goal: Goal, t: Translate): string {
  const title = goal.title.trim();
  return title === '' ? t('goals.goal.untitled') : title;
}

function eventLines(uid: string, date: IsoDate, stamp: string, summary: string, description: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(date)}`,
    endLine(date),
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    // A deadline marks the day; it should not block the user's free/busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function goalEvents(goal: Goal, stamp: string, t: Translate): string[] {
  const title = titleOf(goal, t);
  const lines: string[] = [];
  if (goal.targetDate !== null && isIsoDate(goal.targetDate)) {
    const summary = t('goals.export.ics.goalSummary', { title });
    lines.push(...eventLines(`goal-${goal.id}@${UID_DOMAIN}`, goal.targetDate, stamp, summary, goal.statement));
  }
  for (const step of goal.steps) {
    if (step.dueDate === null || !isIsoDate(step.dueDate)) continue;
    const summary = t('goals.export.ics.stepSummary', { step: step.text, title });
    const description = t('goals.export.ics.stepDescription', { title });
    lines.push(...eventLines(`step-${goal.id}-${step.id}@${UID_DOMAIN}`, step.dueDate, stamp, summary, description));
  }
  return lines;
}

export function goalsToIcs(goals: readonly Goal[], { now, locale, productId }: IcsOptions): string {
  const t = translator(locale);
  const stamp = toIcsUtcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId.replace(/[\r\n]/g, ' ')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(t('goals.export.ics.calendarName'))}`,
    ...goals.flatMap((goal) => goalEvents(goal, stamp, t)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
