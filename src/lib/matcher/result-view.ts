// What the result step shows, worked out without a DOM: figures rounded the way people read
// them, the histogram's ten bands, matches sorted and filtered, names for ids, criterion labels
// and the progress of a run as one fraction. The stored run (ProjectRun) and the full result
// in memory are brought to one shape here, so the view shows either the same way.
import type { Message } from '../i18n/message.ts';
import type { Locale } from '../i18n/locales.ts';
import type { CriterionBreakdown, HardRuleName, Match, MatchingResult, Mode, Participant, ProgressReport, Summary, Unmatched, UnmatchedReason } from '../matching/types.ts';
import { MAX_ASSIGNMENT_CELLS, MAX_POOL_SIZE, type SizeUnit } from '../matching/outcome.ts';
import { criteriaThatCount, criterionTitle } from './criteria.ts';
import type { ColumnMapping } from './import/headers.ts';
import type { MatchingMessage } from '../matching/messages.ts';
import { matchKey, type CriterionSetting, type CriterionSpec, type ProjectRun } from './model.ts';

/** A match as the list shows it: from the full result (with its breakdown) or from the stored run (without). */
export interface MatchView {
  readonly key: string;
  readonly ids: readonly string[];
  readonly mentorId: string | null;
  readonly score: number;
  readonly locked: boolean;
  readonly brokenRules: readonly HardRuleName[];
  /** Null for a stored run whose details have not come back yet. */
  readonly breakdown: readonly CriterionBreakdown[] | null;
}

export interface UnmatchedView {
  readonly id: string;
  readonly reason: UnmatchedReason;
  /** The engine's explanation and remedy; null for a stored run. */
  readonly message: MatchingMessage | null;
  readonly remedyMessage: MatchingMessage | null;
}

export function matchViews(result: MatchingResult): MatchView[] {
  return result.matches.map((match: Match) => ({
    key: matchKey(match.ids),
    ids: match.ids,
    mentorId: match.mentorId ?? null,
    score: match.score,
    locked: match.locked,
    brokenRules: match.brokenRules,
    breakdown: match.breakdown,
  }));
}

export function storedMatchViews(run: ProjectRun): MatchView[] {
  return run.matches.map((match) => ({
    key: matchKey(match.ids),
    ids: match.ids,
    // A stored match keeps the engine's order: in the mentor modes the mentor comes first.
    mentorId: run.mode === 'mentoring' || run.mode === 'stable' ? (match.ids[0] ?? null) : null,
    score: match.score,
    locked: match.locked,
    brokenRules: [],
    breakdown: null,
  }));
}

export function unmatchedViews(result: MatchingResult): UnmatchedView[] {
  return result.unmatched.map((person: Unmatched) => ({
    id: person.id,
    reason: person.reason,
    message: person.message,
    remedyMessage: person.remedyMessage ?? null,
  }));
}

export function storedUnmatchedViews(run: ProjectRun): UnmatchedView[] {
  return run.unmatched.map((person) => ({ id: person.id, reason: person.reason, message: null, remedyMessage: null }));
}

// ---------------------------------------------------------------------------------------------
// Names

export type NameLookup = ReadonlyMap<string, string>;

export function nameLookup(participants: readonly Pick<Participant, 'id' | 'name'>[]): NameLookup {
  const names = new Map<string, string>();
  for (const person of participants) if (!names.has(person.id)) names.set(person.id, person.name.trim() || person.id);
  return names;
}

/** A person's name; the id when they are no longer in the list (the table changed after the run). */
export function nameOf(names: NameLookup, id: string): string {
  return names.get(id) ?? id;
}

// ---------------------------------------------------------------------------------------------
// Figures

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions)));
  return format;
}

/** A score (0–100, engine precision two decimals) as people read it: at most one decimal, the language's separator. */
export function formatScore(score: number, locale: Locale): string {
  return numberFormat(locale, 1).format(Number.isFinite(score) ? score : 0);
}

/**
 * A change in score as people read it: always signed, with a true minus sign for a fall, and "±0"
 * for no change, including a change too small to show at one decimal ("+0" would claim a rise).
 */
export function formatScoreChange(change: number, locale: Locale): string {
  const size = formatScore(Math.abs(change), locale);
  if (!Number.isFinite(change) || size === formatScore(0, locale)) return `±${formatScore(0, locale)}`;
  return `${change < 0 ? '−' : '+'}${size}`;
}

export function formatCount(count: number, locale: Locale): string {
  return numberFormat(locale, 0).format(count);
}

/** 0–100 for a fraction 0–1, as a whole number. */
export function percent(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

// ---------------------------------------------------------------------------------------------
// Histogram

export const BAND_COUNT = 10;

export interface HistogramBand {
  /** Lowest score in the band. */
  readonly from: number;
  /** Highest score the band's label names: 9 for [0, 10), 100 for the last band [90, 100]. */
  readonly to: number;
  readonly count: number;
  /** The bar's height as a share of the tallest band (0–1; all 0 when there are no matches). */
  readonly height: number;
}

/** The ten bands of `summary.distribution`; missing or invalid counts are 0. */
export function histogramBands(distribution: readonly number[]): HistogramBand[] {
  const counts = Array.from({ length: BAND_COUNT }, (_, index) => {
    const value = distribution[index];
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
  });
  const tallest = Math.max(0, ...counts);
  return counts.map((count, index) => ({
    from: index * 10,
    to: index === BAND_COUNT - 1 ? 100 : index * 10 + 9,
    count,
    height: tallest === 0 ? 0 : count / tallest,
  }));
}

/** The band with the most matches (the lowest of equals), or null without matches: the chart's one-line description. */
export function busiestBand(bands: readonly HistogramBand[]): HistogramBand | null {
  let best: HistogramBand | null = null;
  for (const band of bands) if (band.count > 0 && (best === null || band.count > best.count)) best = band;
  return best;
}

/** The summary figures the result shows first. */
export interface SummaryFigures {
  readonly participants: number;
  readonly matched: number;
  readonly unmatched: number;
  readonly matches: number;
  /** Null without matches: a mean or lowest score of nothing is not 0. */
  readonly meanScore: number | null;
  readonly minScore: number | null;
}

export function summaryFigures(summary: Summary): SummaryFigures {
  const hasMatches = summary.matches > 0;
  return {
    participants: summary.participants,
    matched: summary.matched,
    unmatched: summary.unmatched,
    matches: summary.matches,
    meanScore: hasMatches ? summary.meanScore : null,
    minScore: hasMatches ? summary.minScore : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering

export type MatchOrder = 'scoreDescending' | 'scoreAscending';
export const MATCH_ORDERS: readonly MatchOrder[] = ['scoreDescending', 'scoreAscending'];

/** A match below this score counts as low for the "low scores only" filter. */
export const LOW_SCORE = 50;

export interface MatchListOptions {
  readonly order: MatchOrder;
  readonly lowScoresOnly: boolean;
}

/** Sorted by score (ties by key, so the order never depends on the engine's), optionally only the low ones. */
export function arrangeMatches(matches: readonly MatchView[], options: MatchListOptions): MatchView[] {
  const kept = options.lowScoresOnly ? matches.filter((match) => match.score < LOW_SCORE) : [...matches];
  const direction = options.order === 'scoreAscending' ? 1 : -1;
  return kept.sort((a, b) => (a.score === b.score ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : direction * (a.score - b.score)));
}

/** How many items a list shows at first and adds per "show more": the DOM stays small at 1 000 matches. */
export const PAGE_SIZE = 50;

export function visibleCount(shown: number, total: number): number {
  return Math.min(total, Math.max(PAGE_SIZE, shown));
}

// ---------------------------------------------------------------------------------------------
// A match's criteria

/** A criterion's part of one match: its points, the most it could give in this match, and why. */
export interface CriterionPart {
  readonly criterion: number;
  readonly label: Message;
  readonly points: number;
  /** The criterion's weight share of 100 in this match (a person's top criterion changes it per match). */
  readonly maxPoints: number;
  /** points / maxPoints, 0–1. */
  readonly fill: number;
  readonly reasons: readonly MatchingMessage[];
  readonly topCriterionOf: readonly string[];
}

export function criterionParts(breakdown: readonly CriterionBreakdown[], criteria: readonly CriterionSetting[]): CriterionPart[] {
  const totalWeight = breakdown.reduce((sum, part) => sum + (Number.isFinite(part.weight) && part.weight > 0 ? part.weight : 0), 0);
  const counted = countedCriteria(criteria);
  return breakdown.map((part) => {
    const maxPoints = totalWeight > 0 && part.weight > 0 ? (100 * part.weight) / totalWeight : 0;
    const setting = counted[part.criterion];
    return {
      criterion: part.criterion,
      label: criterionLabel(setting?.spec.kind === part.kind ? setting.spec : null, part.kind),
      points: part.points,
      maxPoints,
      fill: maxPoints > 0 ? Math.min(1, Math.max(0, part.points / maxPoints)) : 0,
      reasons: part.reasons,
      topCriterionOf: part.topCriterionOf ?? [],
    };
  });
}

/** The project's criteria in the order the engine numbers them: those that count (see engineCriteria). */
export function countedCriteria(criteria: readonly CriterionSetting[], mapping: ColumnMapping | null = null): CriterionSetting[] {
  return criteriaThatCount(criteria, mapping);
}

/**
 * A criterion in words, by the same title as in the criteria step; without the spec (the
 * project's criteria changed since the run) by its kind only.
 */
export function criterionLabel(spec: CriterionSpec | null, kind: CriterionSpec['kind']): Message {
  return spec === null ? { key: `matcher.result.criterionKind.${kind}` } : criterionTitle(spec);
}

// ---------------------------------------------------------------------------------------------
// Size

/** How large a run would be for the exact solvers, and the limit it must stay within (outcome.ts). */
export interface RunSize {
  readonly size: number;
  readonly limit: number;
  readonly unit: SizeUnit;
}

/**
 * Whether the list is beyond what the engine solves in the browser in this mode, measured as
 * the engine does (pair-modes.ts, groups.ts) before locked pairs are taken out; null when it
 * fits or the mode has no such limit (stable matching). Lets the page warn before a run.
 */
export function runTooLarge(participants: readonly Pick<Participant, 'role' | 'capacity'>[], mode: Mode | null): RunSize | null {
  if (mode === null || mode.kind === 'stable') return null;
  if (mode.kind === 'peers' || mode.kind === 'groups') {
    return participants.length > MAX_POOL_SIZE ? { size: participants.length, limit: MAX_POOL_SIZE, unit: 'participants' } : null;
  }
  const bothAsMentor = mode.bothRoleSide === 'mentor';
  const isMentor = (p: Pick<Participant, 'role'>): boolean => p.role === 'mentor' || (p.role === 'both' && bothAsMentor);
  const mentors = participants.filter(isMentor);
  const mentees = participants.length - mentors.length;
  let slots = 0;
  for (const mentor of mentors) {
    const capacity = mode.kind === 'mentoring' ? validCapacity(mentor.capacity) : 1;
    slots += Math.min(capacity, mentees);
  }
  const cells = mentees * Math.max(slots, mentors.length);
  return cells > MAX_ASSIGNMENT_CELLS ? { size: cells, limit: MAX_ASSIGNMENT_CELLS, unit: 'combinations' } : null;
}

/** A capacity as the engine reads it (sanitise.ts: a whole number from 0, else 1). */
function validCapacity(capacity: number | undefined): number {
  return capacity !== undefined && Number.isInteger(capacity) && capacity >= 0 ? capacity : 1;
}

/** The warning before a run; the same words as the engine's error after one. */
export function tooLargeMessage(size: RunSize): Message {
  return { key: 'matching.data.tooLarge', params: { size: size.size, limit: size.limit, unit: { key: `matching.data.tooLargeUnit.${size.unit}` } } };
}

// ---------------------------------------------------------------------------------------------
// Progress

export type RunPhase = ProgressReport['phase'];
export const RUN_PHASES: readonly RunPhase[] = ['prepare', 'solve', 'explain'];

/** Where each phase starts and ends in the one bar: solving takes most of a large run. */
const PHASE_SPANS: Readonly<Record<RunPhase, readonly [number, number]>> = {
  prepare: [0, 0.15],
  solve: [0.15, 0.9],
  explain: [0.9, 1],
};

/** The whole run's progress, 0–1, from the engine's per-phase report; 0 before the first report. */
export function overallProgress(report: ProgressReport | null): number {
  if (report === null) return 0;
  const [start, end] = PHASE_SPANS[report.phase] ?? [0, 0];
  const fraction = Number.isFinite(report.fraction) ? Math.min(1, Math.max(0, report.fraction)) : 0;
  return start + (end - start) * fraction;
}

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** When a run was made, in the language's long date and short time ("3 maart 2026 om 14:05"); the raw text when it is no date. */
export function formatRunTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) dateTimeFormats.set(locale, (format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' })));
  return format.format(date);
}
