import type { IsoDate, IsoDateTime } from '../goals/model.ts';

export type { IsoDate, IsoDateTime } from '../goals/model.ts';
export { clampText } from '../goals/model.ts';

/** The language the agreement document is written in; chosen apart from the interface language. */
export type DocumentLanguage = 'nl' | 'en';
export const DOCUMENT_LANGUAGES = ['nl', 'en'] as const satisfies readonly DocumentLanguage[];

export const TEMPLATE_IDS = ['oneOnOne', 'peerDuo', 'reciprocalDuo', 'group', 'reverse'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const PARTY_ROLES = ['mentor', 'mentee', 'peer'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Party {
  id: string;
  role: PartyRole;
  name: string;
  /** E-mail address or phone number, as the party wants it on the document. */
  contact: string;
}

/** One of the 1–3 goals: free text, or a SMART goal of the goals workbook (its title copied in). */
export interface AgreementGoal {
  id: string;
  text: string;
  smartGoalId: string | null;
}

export const WHO = ['mentor', 'mentee', 'both', 'coordinator'] as const;
export type Who = (typeof WHO)[number];

export const FREQUENCIES = ['weekly', 'fortnightly', 'threeWeekly', 'monthly', 'sixWeekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const MEETING_FORMATS = ['onSite', 'online', 'walking'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export const CHANNELS = ['email', 'phone', 'chat', 'video'] as const;
export type Channel = (typeof CHANNELS)[number];

export const LAPSE_ACTIONS = ['mentorReachesOut', 'menteeReachesOut', 'coordinatorAsks'] as const;
export type LapseAction = (typeof LAPSE_ACTIONS)[number];

export const CONFIDENTIALITY_EXCEPTIONS = ['safety', 'integrity', 'law', 'other'] as const;
export type ConfidentialityException = (typeof CONFIDENTIALITY_EXCEPTIONS)[number];

export const FEEDBACK_STYLES = ['direct', 'gentle', 'written', 'askFirst'] as const;
export type FeedbackStyle = (typeof FEEDBACK_STYLES)[number];

export const MEDIATORS = ['coordinator', 'other'] as const;
export type Mediator = (typeof MEDIATORS)[number];

export const COORDINATOR_VIEWS = ['meetingDates', 'goals', 'progress', 'agreement'] as const;
export type CoordinatorView = (typeof COORDINATOR_VIEWS)[number];

/** Standard responsibilities a template offers; each is a message key `agreements.responsibility.<id>`. */
export const STANDARD_RESPONSIBILITIES = [
  'prepare', 'keepAppointments', 'beHonest', 'followUp', 'shareExperience', 'askQuestions', 'respectTime', 'learnFromEachOther',
] as const;
export type StandardResponsibility = (typeof STANDARD_RESPONSIBILITIES)[number];

export interface Responsibility {
  id: string;
  who: Who;
  /** A standard text (in the document's language) or null; `text` is what the parties wrote instead or in addition. */
  standard: StandardResponsibility | null;
  text: string;
}

export interface PurposeSection { purpose: string; goals: AgreementGoal[] }
export interface DurationSection { start: IsoDate | null; end: IsoDate | null; review: IsoDate | null }
export interface MeetingsSection {
  frequency: Frequency;
  minutes: number;
  format: MeetingFormat;
  place: string;
  scheduler: Who;
  agenda: Who;
  noticeHours: number;
}
export interface ContactSection { channels: Channel[]; replyDays: number; lapseWeeks: number; lapseAction: LapseAction }
export interface ConfidentialitySection { confidential: boolean; exceptions: ConfidentialityException[]; otherException: string }
export interface BoundariesSection { offLimits: string; notLineManager: boolean; noAppraisalRole: boolean }
export interface ResponsibilitiesSection { items: Responsibility[] }
export interface NetworkSection { offered: boolean; note: string }
export interface FeedbackSection { style: FeedbackStyle; note: string }
export interface DifficultiesSection { mediator: Mediator; mediatorName: string; note: string }
export interface ExitSection { noFault: boolean; closingConversation: boolean; note: string }
export interface ClosureSection { celebration: string; rerateGoals: boolean }
export interface CoordinatorSection { sees: CoordinatorView[] }

export interface Sections {
  purpose: PurposeSection;
  duration: DurationSection;
  meetings: MeetingsSection;
  contact: ContactSection;
  confidentiality: ConfidentialitySection;
  boundaries: BoundariesSection;
  responsibilities: ResponsibilitiesSection;
  network: NetworkSection;
  feedback: FeedbackSection;
  difficulties: DifficultiesSection;
  exit: ExitSection;
  closure: ClosureSection;
  coordinator: CoordinatorSection;
}

/** The sections in document order (the parties always come first and are not a section). */
export const SECTION_IDS = [
  'purpose', 'duration', 'meetings', 'contact', 'confidentiality', 'boundaries', 'responsibilities',
  'network', 'feedback', 'difficulties', 'exit', 'closure', 'coordinator',
] as const satisfies readonly (keyof Sections)[];
export type SectionId = (typeof SECTION_IDS)[number];

export interface Signature {
  partyId: string;
  /** The name as typed by the party when signing. */
  name: string;
  date: IsoDate;
  /** The fingerprint of the agreed content this party signed (fingerprint.ts). */
  fingerprint: string;
}

/** What the parties agree on: everything that is printed and fingerprinted. */
export interface AgreedContent {
  title: string;
  template: TemplateId;
  language: DocumentLanguage;
  parties: Party[];
  /** A section that is absent does not apply (hidden, not printed). */
  sections: Partial<Sections>;
}

/** A signed version, kept when a change unsigned it. */
export interface SignedVersion {
  fingerprint: string;
  /** The date of the last signature. */
  signedOn: IsoDate;
  unsignedAt: IsoDateTime;
  content: AgreedContent;
  signatures: Signature[];
}

/** A break entered by hand (school holidays, a summer break): both days included. */
export interface SkipRange {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

/**
 * How the meetings go into a calendar: the time of day and the dates the pair skips. Planning,
 * not agreed content: never printed, fingerprinted or compared, so changing it does not unsign.
 * Records written before it existed read as `emptyCalendar()`.
 */
export interface CalendarSettings {
  /** 'HH:MM', local Amsterdam time; null until chosen. */
  time: string | null;
  /** Public holidays chosen to skip, sorted, no duplicates. */
  skipDates: IsoDate[];
  skipRanges: SkipRange[];
}

export const CALENDAR_LIMITS = { skipDates: 40, skipRanges: 20, label: 100 } as const;

export function emptyCalendar(): CalendarSettings {
  return { time: null, skipDates: [], skipRanges: [] };
}

export interface Agreement extends AgreedContent {
  id: string;
  calendar: CalendarSettings;
  archived: boolean;
  signatures: Signature[];
  /** Oldest first. */
  history: SignedVersion[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface AgreementsDocument {
  agreements: Agreement[];
}

export type IdFactory = () => string;

export const LIMITS = {
  agreements: 200,
  parties: 20,
  goals: 3,
  responsibilities: 30,
  history: 50,
  idLength: 100,
  title: 200,
  name: 200,
  contact: 200,
  goalText: 500,
  shortText: 200,
  longText: 2000,
  timestamp: 40,
  fingerprint: 64,
  minutes: { min: 15, max: 480 },
  noticeHours: { min: 0, max: 336 },
  replyDays: { min: 0, max: 30 },
  lapseWeeks: { min: 1, max: 26 },
  /** A frequency fits the duration when at least this many meetings fall between start and end. */
  minMeetings: 2,
} as const;

// The shape of every field, in one table: validate, salvage, the write operations and compare read it,
// so a field added here is checked, repaired, clamped and compared everywhere at once.

export type FieldSpec =
  | { readonly kind: 'text'; readonly max: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'choices'; readonly values: readonly string[] }
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'flag' }
  | { readonly kind: 'items'; readonly max: number; readonly item: Readonly<Record<string, FieldSpec>> };

const text = (max: number) => ({ kind: 'text', max }) as const;
const date = { kind: 'date' } as const;
const flag = { kind: 'flag' } as const;
const choice = (values: readonly string[]) => ({ kind: 'choice', values }) as const;
const choices = (values: readonly string[]) => ({ kind: 'choices', values }) as const;
const number = (range: { min: number; max: number }) => ({ kind: 'number', ...range }) as const;

export const GOAL_SPEC = { text: text(LIMITS.goalText), smartGoalId: { kind: 'text', max: LIMITS.idLength } } as const;
/** `smartGoalId` is the one nullable text: null means a goal written here. */
export const NULLABLE_TEXT: ReadonlySet<string> = new Set(['smartGoalId']);

export const PARTY_SPEC = {
  role: choice(PARTY_ROLES),
  name: text(LIMITS.name),
  contact: text(LIMITS.contact),
} as const satisfies { [K in Exclude<keyof Party, 'id'>]: FieldSpec };

export const RESPONSIBILITY_SPEC = {
  who: choice(WHO),
  standard: choice(STANDARD_RESPONSIBILITIES),
  text: text(LIMITS.longText),
} as const satisfies { [K in Exclude<keyof Responsibility, 'id'>]: FieldSpec };
/** `standard` is the one nullable choice. */
export const NULLABLE_CHOICE: ReadonlySet<string> = new Set(['standard']);

export const SECTION_SPECS = {
  purpose: { purpose: text(LIMITS.longText), goals: { kind: 'items', max: LIMITS.goals, item: GOAL_SPEC } },
  duration: { start: date, end: date, review: date },
  meetings: {
    frequency: choice(FREQUENCIES),
    minutes: number(LIMITS.minutes),
    format: choice(MEETING_FORMATS),
    place: text(LIMITS.shortText),
    scheduler: choice(WHO),
    agenda: choice(WHO),
    noticeHours: number(LIMITS.noticeHours),
  },
  contact: { channels: choices(CHANNELS), replyDays: number(LIMITS.replyDays), lapseWeeks: number(LIMITS.lapseWeeks), lapseAction: choice(LAPSE_ACTIONS) },
  confidentiality: { confidential: flag, exceptions: choices(CONFIDENTIALITY_EXCEPTIONS), otherException: text(LIMITS.shortText) },
  boundaries: { offLimits: text(LIMITS.longText), notLineManager: flag, noAppraisalRole: flag },
  responsibilities: { items: { kind: 'items', max: LIMITS.responsibilities, item: RESPONSIBILITY_SPEC } },
  network: { offered: flag, note: text(LIMITS.longText) },
  feedback: { style: choice(FEEDBACK_STYLES), note: text(LIMITS.longText) },
  difficulties: { mediator: choice(MEDIATORS), mediatorName: text(LIMITS.name), note: text(LIMITS.longText) },
  exit: { noFault: flag, closingConversation: flag, note: text(LIMITS.longText) },
  closure: { celebration: text(LIMITS.longText), rerateGoals: flag },
  coordinator: { sees: choices(COORDINATOR_VIEWS) },
} as const satisfies { [S in SectionId]: { [K in keyof Sections[S]]: FieldSpec } };

export type SectionField<S extends SectionId> = keyof Sections[S] & string;

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

/** The agreed content of an agreement, without its bookkeeping (id, timestamps, signatures, history). */
export function agreedContent(agreement: AgreedContent): AgreedContent {
  return {
    title: agreement.title,
    template: agreement.template,
    language: agreement.language,
    parties: agreement.parties,
    sections: agreement.sections,
  };
}

export function isSigned(agreement: Agreement): boolean {
  return agreement.signatures.length > 0;
}
