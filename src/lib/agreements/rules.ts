import type { Message } from '../i18n/message.ts';
import { meetingAfter, seriesFrequency } from './calendar/series.ts';
import type { Agreement, Frequency, IsoDate, SectionId } from './model.ts';
import { LIMITS } from './model.ts';

// The rules a person sees next to a field. They never block typing: checkAgreement lists what to
// look at now; checkReadyToSign adds what must be filled in before anyone signs, and signing is
// refused while it lists anything.

export interface FieldIssue {
  /** Where to show it: a section and field, or 'parties' with the party's id. */
  section: SectionId | 'parties';
  field: string;
  itemId?: string;
  message: Message;
}

// One rule for counting and for the calendar: the series expansion (calendar/series.ts), so the
// number of meetings the agreement promises is the number the .ics holds before skips.

/** Meeting `n` after `date` at the given frequency ("monthly" keeps the weekday of the month). */
export function nextMeeting(date: IsoDate, frequency: Frequency, n = 1): IsoDate {
  return meetingAfter(date, seriesFrequency(frequency), n);
}

/** How many meetings fall from start to end, both included, at this frequency (stops counting at `cap`). */
export function countMeetings(start: IsoDate, end: IsoDate, frequency: Frequency, cap = 1000): number {
  let count = 0;
  while (count < cap && nextMeeting(start, frequency, count) <= end) count += 1;
  return count;
}

export function checkAgreement(agreement: Agreement): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { duration, meetings } = agreement.sections;
  if (duration?.start && duration.end) {
    if (duration.end <= duration.start) {
      issues.push({ section: 'duration', field: 'end', message: { key: 'agreements.rule.endBeforeStart' } });
    } else if (meetings) {
      const count = countMeetings(duration.start, duration.end, meetings.frequency, LIMITS.minMeetings);
      if (count < LIMITS.minMeetings) {
        issues.push({ section: 'meetings', field: 'frequency', message: { key: 'agreements.rule.tooFewMeetings', params: { count: LIMITS.minMeetings } } });
      }
    }
    if (duration.review && duration.end > duration.start && (duration.review < duration.start || duration.review > duration.end)) {
      issues.push({ section: 'duration', field: 'review', message: { key: 'agreements.rule.reviewOutsideDuration' } });
    }
  }
  return issues;
}

/** checkAgreement plus what signing needs: at least one goal, and every party's name. */
export function checkReadyToSign(agreement: Agreement): FieldIssue[] {
  const issues = checkAgreement(agreement);
  const goals = agreement.sections.purpose?.goals ?? [];
  if (!goals.some((goal) => goal.text.trim() !== '')) {
    issues.push({ section: 'purpose', field: 'goals', message: { key: 'agreements.rule.goalBeforeSigning' } });
  }
  for (const party of agreement.parties) {
    if (party.name.trim() === '') {
      issues.push({ section: 'parties', field: 'name', itemId: party.id, message: { key: 'agreements.rule.nameBeforeSigning' } });
    }
  }
  if (agreement.parties.length < 2) {
    issues.push({ section: 'parties', field: 'parties', message: { key: 'agreements.rule.twoParties' } });
  }
  return issues;
}

/**
 * Whether a field means anything given the rest of its section: the exceptions only when talks
 * are confidential, the other exception only when it is chosen. The form shows only these, as
 * the document prints only these. (The mediator's name always applies: the document names the
 * coordinator too when it is given.)
 */
export function fieldApplies(section: SectionId, field: string, value: Readonly<Record<string, unknown>>): boolean {
  if (section === 'confidentiality' && field !== 'confidential') {
    if (value['confidential'] !== true) return false;
    if (field === 'otherException') return Array.isArray(value['exceptions']) && value['exceptions'].includes('other');
  }
  return true;
}
