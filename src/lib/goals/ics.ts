import { addDays, isIsoDate, toIcsUtcStamp } from './dates.ts';
import { escapeIcsText, foldIcsLine } from './ics-text.ts';
import { GOALS_MESSAGES } from './locale-messages.ts';
import { formatMessage } from './messages.ts';
import type { GoalsMessages } from './message-keys.ts';
import type { Goal, IsoDate, IsoDateTime, Locale } from './model.ts';

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

function titleOf(goal: Goal, messages: GoalsMessages): string {
  const title = goal.title.trim();
  return title === '' ? messages['goal.untitled'] : title;
}

function eventLines(uid: string, date: IsoDate, stamp: string, summary: string, description: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(date, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    // A deadline marks the day; it should not block the user's free/busy time.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function goalEvents(goal: Goal, stamp: string, messages: GoalsMessages): string[] {
  const title = titleOf(goal, messages);
  const lines: string[] = [];
  if (goal.targetDate !== null && isIsoDate(goal.targetDate)) {
    const summary = formatMessage(messages, { key: 'export.ics.goalSummary', params: { title } });
    lines.push(...eventLines(`goal-${goal.id}@${UID_DOMAIN}`, goal.targetDate, stamp, summary, goal.statement));
  }
  for (const step of goal.steps) {
    if (step.dueDate === null || !isIsoDate(step.dueDate)) continue;
    const summary = formatMessage(messages, { key: 'export.ics.stepSummary', params: { step: step.text, title } });
    const description = formatMessage(messages, { key: 'export.ics.stepDescription', params: { title } });
    lines.push(...eventLines(`step-${goal.id}-${step.id}@${UID_DOMAIN}`, step.dueDate, stamp, summary, description));
  }
  return lines;
}

export function goalsToIcs(goals: readonly Goal[], { now, locale, productId }: IcsOptions): string {
  const messages = GOALS_MESSAGES[locale];
  const stamp = toIcsUtcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId.replace(/[\r\n]/g, ' ')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(messages['export.ics.calendarName'])}`,
    ...goals.flatMap((goal) => goalEvents(goal, stamp, messages)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
