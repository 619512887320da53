import { DATE_RANGE, type IsoDate, type IsoDateTime } from '../calendar/dates.ts';

export type { IsoDate, IsoDateTime };

export type { Locale } from '../i18n/locales.ts';

export type OwnerRole = 'mentee' | 'mentor';

export const SMART_LETTERS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
export type SmartLetter = (typeof SMART_LETTERS)[number];

/** The user's answers to the five guiding prompts. */
export type SmartAnswers = Record<SmartLetter, string>;

export interface Step {
  id: string;
  text: string;
  dueDate: IsoDate | null;
  done: boolean;
  doneAt?: IsoDateTime;
}

export interface CheckIn {
  id: string;
  date: IsoDate;
  happened: string;
  nextStep: string;
}

export interface Goal {
  id: string;
  title: string;
  ownerRole: OwnerRole;
  statement: string;
  smart: SmartAnswers;
  targetDate: IsoDate | null;
  /** Free-text name of the mentor or mentee this goal is shared with. */
  relationship: string;
  archived: boolean;
  steps: Step[];
  /** Newest first by date; equal dates keep the most recently added first. */
  checkIns: CheckIn[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface GoalsDocument {
  goals: Goal[];
}

export type IdFactory = () => string;

/**
 * Shared by the validator, the operations (which clamp to them so that anything
 * the app writes can always be read back) and the UI (maxlength, disabled buttons).
 */
export const LIMITS = {
  goals: 1000,
  stepsPerGoal: 1000,
  checkInsPerGoal: 5000,
  idLength: 100,
  title: 200,
  statement: 2000,
  smartAnswer: 2000,
  relationship: 200,
  stepText: 500,
  checkInText: 4000,
  timestamp: 40,
  earliestDate: DATE_RANGE.earliest,
  latestDate: DATE_RANGE.latest,
} as const;

// Check-ins are kept newest first by date; among equal dates the one added last comes
// first. Keeping that order on every insert (instead of sorting on render) makes
// adding a check-in a binary search plus one splice. It lives here, not in
// operations/check-in.ts, because reading stored data (validate.ts, salvage.ts) sorts by
// it too, and the data page, which only reads, should not ship the edits.

/** Index at which a check-in dated `date` goes: before every check-in on or before that date. */
export function checkInInsertIndex(checkIns: readonly CheckIn[], date: string): number {
  let low = 0;
  let high = checkIns.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((checkIns[middle]?.date ?? '') > date) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function isNewestFirst(checkIns: readonly CheckIn[]): boolean {
  for (let index = 1; index < checkIns.length; index += 1) {
    if ((checkIns[index - 1]?.date ?? '') < (checkIns[index]?.date ?? '')) return false;
  }
  return true;
}

/** Stable, so the stored order of equal dates (their creation order) survives. */
export function sortCheckInsNewestFirst(checkIns: CheckIn[]): CheckIn[] {
  if (isNewestFirst(checkIns)) return checkIns;
  return checkIns.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * Cuts text to `max` UTF-16 units without leaving half an emoji behind. The operations and
 * salvage cut every text to its LIMITS entry with it, so what they write can be read back.
 */
export function clampText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export function emptySmartAnswers(): SmartAnswers {
  return { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' };
}
