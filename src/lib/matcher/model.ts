// The matcher workbook's data: matching projects, each with the participant list as it was
// imported (the table is the one source of truth; participants are derived from it with the
// column mapping, so a remapped column or a cell fixed in place re-derives everyone), the
// criteria and rules in the coordinator's terms, and the runs made on it. Plain data: it is
// stored through src/lib/storage, copied into backups and sent to Web Workers as it is.
import type { IsoDateTime } from '../calendar/dates.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ExitReason } from '../matching/rematch.ts';
import type { Criterion, IdPair, Mode, Objective, PastRound, Summary, UnmatchedReason } from '../matching/types.ts';
import type { ColumnMapping } from './import/headers.ts';
import type { Separator } from './import/types.ts';
import type { TextEncodingName } from './import/decode.ts';

export type { IsoDateTime };

/** One row of the participant table: a stable key (never the participant's id, which the person may edit), the row number people see, and its cells in header order. */
export interface TableRow {
  readonly id: string;
  /** The spreadsheet's row number (1 is the header row); a row added by hand gets the next free number. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface ParticipantTable {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export const SOURCE_KINDS = ['csv', 'xlsx', 'paste', 'sample', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where the table came from, to say so on the page ("Deelnemers.csv, Windows-1252, read on 3 March"). */
export interface ImportSource {
  readonly kind: SourceKind;
  /** The file's name; null for a paste, the sample and a list typed by hand. */
  readonly fileName: string | null;
  readonly encoding: TextEncodingName | null;
  readonly separator: Separator | null;
  /** The sheet of an .xlsx file. */
  readonly sheet: string | null;
  readonly importedAt: IsoDateTime;
}

/** How much a criterion counts, as the coordinator says it: 0 leaves it out. */
export const IMPORTANCE_LEVELS = [0, 1, 2, 3, 4] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];
/** The weight each level gives the engine: every step up counts twice as much as the one below. */
export const IMPORTANCE_WEIGHTS: Readonly<Record<Importance, number>> = { 0: 0, 1: 1, 2: 2, 3: 4, 4: 8 };

type WithoutWeight<T> = T extends unknown ? Omit<T, 'weight'> : never;
/** An engine criterion without its weight: the weight comes from the importance. */
export type CriterionSpec = WithoutWeight<Criterion>;

export interface CriterionSetting {
  /** Stable within a project (presets use fixed ids such as `skills`), so a top-criterion column can name it. */
  readonly id: string;
  readonly spec: CriterionSpec;
  readonly importance: Importance;
}

/** The hard rules as switches; `maxTimeZoneDifferenceHours` null is no limit. */
export interface RuleSettings {
  readonly noReportingLine: boolean;
  readonly differentDepartment: boolean;
  readonly sharedLanguage: boolean;
  readonly maxTimeZoneDifferenceHours: number | null;
}

export const PRESET_IDS = ['onboardingBuddy', 'careerMentoring', 'peerProgramme', 'reverseMentoring', 'reciprocalDuos', 'groupMentoring'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** A pair that ended during a round: why, and which of the two asked for a new partner. */
export interface PairExit {
  readonly pair: IdPair;
  readonly reason: ExitReason;
  readonly rematched: readonly string[];
}

/**
 * What the coordinator decided about the matches (issue 13 fills it in): pairs locked or
 * forbidden (kept for every later run), and the matches approved, by their key (`matchKey`).
 * A change by hand (a swap, a move, an assignment) is kept as locked pairs, so a re-run keeps
 * it; `manual` marks which of the locked pairs came from such a change rather than from a lock.
 * Records written before these optional lists existed read as if they were empty.
 */
export interface ReviewDecisions {
  readonly locked: readonly IdPair[];
  readonly forbidden: readonly IdPair[];
  readonly approved: readonly string[];
  /** Always a subset of `locked`. */
  readonly manual?: readonly IdPair[];
  /** Pairs that broke up in the current round; moved into the round's history when it is closed. */
  readonly exits?: readonly PairExit[];
}

/** A closed round as the project keeps it: the engine's `PastRound` plus when it closed and who broke up. */
export interface ProjectRound extends PastRound {
  readonly closedAt?: IsoDateTime;
  readonly exits?: readonly PairExit[];
}

/** One match of a run as stored: enough to show what changed since, without the breakdown (which a re-run rebuilds). */
export interface StoredMatch {
  readonly ids: readonly string[];
  readonly score: number;
  readonly locked: boolean;
}

export interface StoredUnmatched {
  readonly id: string;
  readonly reason: UnmatchedReason;
}

/**
 * A run as stored. The full result (breakdowns, reasons in words) lives in memory only: the
 * engine is deterministic, so running the same input again gives it back exactly, and
 * `fingerprint` says whether the input is still the same.
 */
export interface ProjectRun {
  readonly id: string;
  readonly at: IsoDateTime;
  readonly fingerprint: string;
  readonly status: 'ok' | 'dataError';
  readonly mode: Mode['kind'];
  readonly objective: Objective;
  readonly summary: Summary;
  readonly matches: readonly StoredMatch[];
  readonly unmatched: readonly StoredUnmatched[];
  /**
   * A run made by a change by hand: the pairs of every other match, held in place as extra locks
   * (not the coordinator's locks), so the change alters only what it touches. The run's input,
   * and so its fingerprint, is the project's input with these pairs locked too.
   */
  readonly held?: readonly IdPair[];
}

export interface MatchingProject {
  readonly id: string;
  readonly title: string;
  readonly createdAt: IsoDateTime;
  readonly updatedAt: IsoDateTime;
  readonly archived: boolean;
  readonly source: ImportSource | null;
  readonly table: ParticipantTable;
  /** One choice per header; null before anything was imported. */
  readonly mapping: ColumnMapping | null;
  readonly preset: PresetId | null;
  readonly mode: Mode;
  readonly objective: Objective;
  readonly criteria: readonly CriterionSetting[];
  readonly rules: RuleSettings;
  readonly review: ReviewDecisions;
  /** Earlier rounds of this programme, oldest first. */
  readonly rounds: readonly ProjectRound[];
  readonly allowRepeats: boolean;
  /** Newest last; at most `LIMITS.runs`. */
  readonly runs: readonly ProjectRun[];
  /** The coordinator's own introduction texts and signature; absent until they edit one. */
  readonly introductions?: IntroductionSettings;
}

/** Which default an introduction starts from (tell/introduction.ts): a mentor and mentee, two peers, or a group. */
export const INTRODUCTION_KINDS = ['mentoring', 'pair', 'group'] as const;
export type IntroductionKind = (typeof INTRODUCTION_KINDS)[number];

/** An introduction template the coordinator edited, for one language and kind (placeholders left in). */
export interface StoredIntroductionTemplate {
  readonly locale: Locale;
  readonly kind: IntroductionKind;
  readonly subject: string;
  readonly body: string;
}

export interface IntroductionSettings {
  /** How the coordinator signs (`{coordinator}`). */
  readonly signature: string;
  /** At most one per language and kind; a missing one is the default from the message table. */
  readonly templates: readonly StoredIntroductionTemplate[];
  /** The language the messages are written in, when the coordinator chose one; else the page's. */
  readonly language?: Locale;
}

/** Room for a long message, well within what a mail client takes; the signature is a name and a role. */
export const INTRODUCTION_LIMITS = { subject: 300, body: 8_000, signature: 300 } as const;

export interface MatcherDocument {
  readonly projects: readonly MatchingProject[];
}

export const LIMITS = {
  projects: 50,
  title: 120,
  idLength: 80,
  /** The import's own limits (IMPORT_LIMITS) bound a table; a cell is clamped at this length. */
  cell: 2_000,
  header: 200,
  fileName: 260,
  criteria: 30,
  runs: 5,
  rounds: 20,
  pairs: 20_000,
  timestamp: 40,
} as const;

export const DEFAULT_RULES: RuleSettings = {
  noReportingLine: true,
  differentDepartment: false,
  sharedLanguage: true,
  maxTimeZoneDifferenceHours: null,
};

export const EMPTY_REVIEW: ReviewDecisions = { locked: [], forbidden: [], approved: [] };

/** A match's key for approvals and comparisons between runs: its ids in sorted order. */
export function matchKey(ids: readonly string[]): string {
  return [...ids].sort().join('\u001f');
}

export function findProject(doc: MatcherDocument, id: string): MatchingProject | undefined {
  return doc.projects.find((project) => project.id === id);
}
