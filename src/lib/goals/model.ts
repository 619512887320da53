/** ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** ISO date-time in UTC, e.g. '2026-11-23T09:30:00.000Z'. */
export type IsoDateTime = string;

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
} as const;

export function emptySmartAnswers(): SmartAnswers {
  return { specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' };
}
