// Public, serialisable shapes of the matching engine. Everything here is plain data
// (no classes, no functions) so it can cross a Web Worker boundary unchanged.
import type { MatchingMessage } from './messages.ts';

/** `both` takes part as a mentee in the two-sided modes unless `bothRoleSide` says otherwise. */
export type Role = 'mentor' | 'mentee' | 'both';

/** A questionnaire answer: categorical (string), numeric, or multi-choice (list). */
export type AttributeValue = string | number | readonly string[];

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly department?: string;
  /** Id of the line manager; used to derive reporting lines (direct and indirect). */
  readonly managerId?: string;
  /** Seniority as an ordinal: higher is more senior. */
  readonly level?: number;
  readonly location?: string;
  /** Hours from UTC, e.g. 1 for Amsterdam in winter, -5 for New York. */
  readonly timeZoneOffset?: number;
  readonly languages?: readonly string[];
  readonly skillsOffered?: readonly string[];
  /** Learning goals. */
  readonly skillsWanted?: readonly string[];
  readonly interests?: readonly string[];
  /** Mentees a mentor can take; default 1. */
  readonly capacity?: number;
  /** Nominations, most preferred first. */
  readonly preferredPartners?: readonly string[];
  readonly excludedPartners?: readonly string[];
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  /** Index into `criteria` of the one criterion that matters most to this person: it weighs double in their pairs. */
  readonly topCriterion?: number;
}

export type ListProperty = 'interests' | 'languages' | 'skillsOffered' | 'skillsWanted' | { readonly attribute: string };
export type CategoryProperty = 'department' | 'location' | { readonly attribute: string };

/**
 * Every criterion yields a value in [0, 1] for a pair; the pair score is the weighted
 * mean of those values scaled to 0–100. Weights must be finite and >= 0.
 */
export type Criterion =
  /** Share of the mentee's wanted skills that the mentor offers. */
  | { readonly kind: 'offerMeetsWant'; readonly weight: number }
  /** Jaccard overlap of two lists (interests or any multi-choice attribute). */
  | { readonly kind: 'shared'; readonly weight: number; readonly property: ListProperty }
  | { readonly kind: 'same'; readonly weight: number; readonly property: CategoryProperty }
  | { readonly kind: 'different'; readonly weight: number; readonly property: CategoryProperty }
  /**
   * gap = mentor level − mentee level; full value when |gap − target| <= tolerance, then
   * falling linearly to 0 over another (tolerance + 1) levels. Reverse mentoring: negative target.
   * In the one-pool modes there is no mentor, so the absolute gap is compared with |target|.
   */
  | { readonly kind: 'levelGap'; readonly weight: number; readonly target: number; readonly tolerance: number }
  /** Full value up to `fullWithinHours` apart, 0 from `zeroAtHours` apart (clock distance). */
  | { readonly kind: 'timeZone'; readonly weight: number; readonly fullWithinHours: number; readonly zeroAtHours: number }
  /** 1/(rank+1) for a nomination, from whichever side ranks the other highest. */
  | { readonly kind: 'nomination'; readonly weight: number }
  /** Numeric attribute: 1 − |a − b| / range, floored at 0. */
  | { readonly kind: 'closeness'; readonly weight: number; readonly attribute: string; readonly range: number };

export type CriterionKind = Criterion['kind'];

/** A pair given as two participant ids; in the mentor modes the mentor comes first. */
export type IdPair = readonly [string, string];

export interface HardRules {
  /** Default true: never pair two people where one is in the other's management chain. */
  readonly noReportingLine?: boolean;
  /** Default false. */
  readonly differentDepartment?: boolean;
  /** Default true: the two must share at least one language. */
  readonly sharedLanguage?: boolean;
  /** Maximum clock distance in hours between the two time zones; unknown offsets pass. */
  readonly maxTimeZoneDifferenceHours?: number;
  readonly excludedPairs?: readonly IdPair[];
  /** Pairs fixed by hand: kept as they are (even if they break a rule, which is reported). */
  readonly lockedPairs?: readonly IdPair[];
}

export type HardRuleName =
  | 'reportingLine'
  | 'excluded'
  | 'sameDepartment'
  | 'noSharedLanguage'
  | 'timeZoneTooFar'
  /** The two were paired in an earlier round (`history`) and repeats are not allowed. */
  | 'repeatPair';

export type Mode =
  /** (a) mentors → mentees, each mentor up to their capacity. */
  | { readonly kind: 'mentoring'; readonly bothRoleSide?: 'mentor' | 'mentee' }
  /** (b) one-to-one duos between the mentor pool and the mentee pool, scored both ways. */
  | { readonly kind: 'reciprocal'; readonly bothRoleSide?: 'mentor' | 'mentee' }
  /** (c) pairs from one pool (everyone); `allowTrio`: one trio instead of leaving someone alone. */
  | { readonly kind: 'peers'; readonly allowTrio?: boolean }
  /** (d) groups of minSize..maxSize (default: size..size) from one pool; optionally one mentor each. */
  | {
      readonly kind: 'groups';
      readonly size: number;
      readonly minSize?: number;
      readonly maxSize?: number;
      readonly oneMentorPerGroup?: boolean;
    }
  /** (e) stable matching from nominations only, mentees proposing, mentor capacities respected. */
  | { readonly kind: 'stable'; readonly bothRoleSide?: 'mentor' | 'mentee' };

export type ModeKind = Mode['kind'];

/** `total`: most people matched, then the highest total score. `fairness`: most people, then the best worst match, then the total. */
export type Objective = 'total' | 'fairness';

export interface MatchingInput {
  readonly participants: readonly Participant[];
  readonly criteria: readonly Criterion[];
  readonly rules?: HardRules;
  readonly mode: Mode;
  readonly objective?: Objective;
  /** Earlier rounds of the same programme, oldest first (see rounds.ts). */
  readonly history?: RoundHistory;
}

/** One earlier round: the pairs it made and who it left unmatched. */
export interface PastRound {
  readonly pairs: readonly IdPair[];
  readonly unmatched: readonly string[];
}

export interface RoundHistory {
  /** Oldest first: the last round's `unmatched` are matched first in this one. */
  readonly rounds: readonly PastRound[];
  /** Default false: no pair from an earlier round is made again. */
  readonly allowRepeats?: boolean;
}

export interface CriterionBreakdown {
  /** Index into `input.criteria`. */
  readonly criterion: number;
  readonly kind: CriterionKind;
  readonly weight: number;
  /** 0..1 */
  readonly value: number;
  /** Contribution to the 0–100 score. */
  readonly points: number;
  readonly reasons: readonly MatchingMessage[];
  /** Ids of the pair members who named this criterion most important (`weight` is then already multiplied). */
  readonly topCriterionOf?: readonly string[];
}

export interface Match {
  /** Participant ids; mentor first in the mentor modes, otherwise in id order. */
  readonly ids: readonly string[];
  readonly mentorId?: string;
  /** 0–100 with two decimals. For groups: the mean over the pairs within the group. */
  readonly score: number;
  readonly breakdown: readonly CriterionBreakdown[];
  readonly locked: boolean;
  /** Hard rules this match breaks — only ever non-empty for locked pairs. */
  readonly brokenRules: readonly HardRuleName[];
}

export type UnmatchedReason =
  | 'noEligiblePartner'
  | 'capacityUsedUp'
  | 'outscored'
  | 'zeroCapacity'
  | 'duplicateId'
  | 'noNominations'
  | 'rejected'
  | 'groupNotFormed';

export interface Unmatched {
  readonly id: string;
  readonly reason: UnmatchedReason;
  /** Eligible partners under the hard rules. */
  readonly eligiblePartners: number;
  /** The hard rule that removed the most candidates, when any were removed. */
  readonly topRule?: HardRuleName;
  readonly topRuleRemoved?: number;
  readonly message: MatchingMessage;
  /** Everyone on the other side this person could have been paired with, before the hard rules. */
  readonly candidates?: number;
  /** What would change the outcome, in numbers the result itself bears out (unmatched-explanations.ts). */
  readonly remedy?: UnmatchedRemedy;
  readonly remedyMessage?: MatchingMessage;
}

export interface Summary {
  readonly participants: number;
  /** People in a match: a mentor with two mentees counts once. */
  readonly matched: number;
  readonly unmatched: number;
  readonly matches: number;
  readonly meanScore: number;
  readonly minScore: number;
  readonly maxScore: number;
  /** Counts of match scores in ten bands: [0,10), [10,20), … [90,100]. */
  readonly distribution: readonly number[];
  readonly totalScore: number;
}

export type DataIssueSeverity = 'error' | 'warning';

export interface DataIssue {
  readonly severity: DataIssueSeverity;
  readonly ids: readonly string[];
  readonly message: MatchingMessage;
}

export interface GroupBound {
  /** Sum over placed people of their mean score to group mates. */
  readonly achieved: number;
  /** Upper bound of the same quantity. */
  readonly upperBound: number;
  /** (upperBound − achieved) / upperBound, 0 when the bound is 0. */
  readonly gap: number;
}

export interface BlockingPair {
  readonly mentorId: string;
  readonly menteeId: string;
  /** Why it cannot be resolved: a hard rule, or a locked pair. */
  readonly cause: 'hardRule' | 'locked' | 'unstable';
}

export type MatchingStatus = 'ok' | 'dataError' | 'cancelled';

interface ResultReport {
  readonly objective: Objective;
  readonly summary: Summary;
  readonly dataQuality: readonly DataIssue[];
}

/**
 * A run that solved `mode`. `dataError` here means some records were left out (e.g.
 * duplicate ids, listed as unmatched) and everyone else was matched as usual.
 */
export interface SolvedResult extends ResultReport {
  readonly status: 'ok' | 'dataError';
  readonly mode: ModeKind;
  readonly matches: readonly Match[];
  readonly unmatched: readonly Unmatched[];
  readonly groupBound?: GroupBound;
  readonly blockingPairs?: readonly BlockingPair[];
}

/**
 * A run that solved nothing: the input names no valid mode (or invalid group sizes), the
 * problem is too large, or the run was cancelled. `mode` is null because no mode ran, and
 * the type leaves no room for matches or unmatched people.
 */
export interface UnsolvedResult extends ResultReport {
  readonly status: 'dataError' | 'cancelled';
  readonly mode: null;
  readonly matches: readonly never[];
  readonly unmatched: readonly never[];
  readonly groupBound?: never;
  readonly blockingPairs?: never;
}

export type MatchingResult = SolvedResult | UnsolvedResult;

export interface ProgressReport {
  readonly phase: 'prepare' | 'solve' | 'explain';
  /** 0..1 within the phase. */
  readonly fraction: number;
}

export interface RunOptions {
  readonly onProgress?: (progress: ProgressReport) => void;
  /** Polled during long loops; return true to stop with status `cancelled`. */
  readonly isCancelled?: () => boolean;
}

/** What relaxing one hard rule, for this person only, would give. */
export interface RuleRelaxation {
  readonly rule: HardRuleName;
  /** Candidates this rule rules out (some of them may break another rule as well). */
  readonly removed: number;
  /** Candidates that break this rule and no other: eligible once it is relaxed. */
  readonly candidates: number;
  /** Of those, how many have a free place in this result (a mentor below capacity, anyone else unmatched). */
  readonly withFreePlaces: number;
}

export type UnmatchedRemedy =
  /** No eligible partner: per hard rule that removed anyone (in rule order), what relaxing it gives. */
  | { readonly kind: 'relaxRule'; readonly relaxations: readonly RuleRelaxation[] }
  /**
   * Every eligible partner is taken: the lowest-scoring unlocked match of those partners, and
   * what this person would score with that partner instead (never more, or the solver would have swapped).
   */
  | { readonly kind: 'lowestPair'; readonly partnerId: string; readonly displacedId: string; readonly lowestScore: number; readonly ownScore: number }
  /** Every eligible partner is taken by locked pairs only. */
  | { readonly kind: 'partnersLocked' };

export interface ShortlistOptions extends RunOptions {
  /** Candidates per person; default 5. A non-integer is rounded down, anything below 1 counts as 1. */
  readonly size?: number;
}

export interface ShortlistCandidate {
  readonly id: string;
  /** 0–100, the same pair score a match would get. */
  readonly score: number;
  readonly breakdown: readonly CriterionBreakdown[];
  /** Places the candidate still has: a mentor's capacity minus locked pairs, otherwise 1. Always ≥ 1. */
  readonly freePlaces: number;
}

export interface Shortlist {
  readonly id: string;
  /** Places this person still has; at 0 (taken by locked pairs, or capacity 0) the list is empty. */
  readonly freePlaces: number;
  /** Partners fixed by locked pairs. */
  readonly lockedWith: readonly string[];
  /** How many candidates pass every hard rule and have a free place; the list holds the best `size` of them. */
  readonly eligible: number;
  /** Best first: highest score, then the engine's tie value of the pair, then id. */
  readonly candidates: readonly ShortlistCandidate[];
}

export interface ShortlistResult {
  readonly status: MatchingStatus;
  /** The mode whose sides and rules were used; null when none could be (see dataQuality). */
  readonly mode: ModeKind | null;
  readonly size: number;
  /** One per participant (duplicate ids left out), in id order; empty when nothing was solved. */
  readonly shortlists: readonly Shortlist[];
  readonly dataQuality: readonly DataIssue[];
}
