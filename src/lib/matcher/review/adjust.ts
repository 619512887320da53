// Changes by hand, with their cost shown before they are made: the engine's what-if scores the
// change on the result as it is (a few look-ups per change, fast enough for every hover), and
// applying it turns the edited matches into locked pairs (marked `manual`), so a re-run keeps
// them and re-optimises the rest. Locks the change breaks up are taken off, so no one is left
// locked to a partner they no longer have.
import { createWhatIf, type WhatIfChange, type WhatIfMatch } from '../../matching/what-if.ts';
import type { HardRuleName, IdPair, MatchingInput, MatchingResult } from '../../matching/types.ts';
import type { IsoDateTime, MatchingProject } from '../model.ts';
import { applyReviewChange, forbidPair, lockPair, NO_CHANGE, pairKey, type ReviewEdit } from './decisions.ts';

export type ManualChange =
  /** Two people exchange places: two mentees their mentors, two peers their partners, two people their groups. */
  | { readonly kind: 'swap'; readonly ids: IdPair }
  /** `id` leaves their match and joins the group (or pair) `to` is in. */
  | { readonly kind: 'move'; readonly id: string; readonly to: string }
  /** An unmatched person gets `to` as partner: a mentor with room, or another unmatched person. */
  | { readonly kind: 'assign'; readonly id: string; readonly to: string }
  | { readonly kind: 'lock'; readonly ids: IdPair }
  | { readonly kind: 'forbid'; readonly ids: IdPair };

export interface AdjustmentPreview {
  readonly change: ManualChange;
  /** false when the change makes no sense here (unknown id, the same person twice, two mentors); nothing else is then set. */
  readonly valid: boolean;
  /** The total of all match scores before and after, and the change in it. */
  readonly totalBefore: number;
  readonly totalAfter: number;
  readonly delta: number;
  /** The matches the change makes or alters, as they would be, each with its new score and the hard rules it breaks. */
  readonly matches: readonly WhatIfMatch[];
  /** Indexes into `result.matches` of the matches the change ends or alters. */
  readonly replaces: readonly number[];
  readonly brokenRules: readonly { readonly ids: readonly string[]; readonly rules: readonly HardRuleName[] }[];
  /** Matched now, unmatched after the change. */
  readonly becomeUnmatched: readonly string[];
  readonly becomeMatched: readonly string[];
  /** Mentors who would have more mentees than their capacity. */
  readonly overCapacity: readonly string[];
  /**
   * Whether the change can be kept for re-runs. Locks are pairs: outside groups mode a match of
   * three (someone joining a pair) cannot be held by them, so such a change is shown but not applied.
   */
  readonly recordable: boolean;
}

export interface Adjuster {
  readonly totalScore: number;
  preview(change: ManualChange): AdjustmentPreview;
}

function whatIfChange(change: ManualChange): WhatIfChange {
  switch (change.kind) {
    case 'move':
    case 'assign':
      return { kind: 'assign', id: change.id, to: change.to };
    default:
      return { kind: change.kind, ids: change.ids };
  }
}

/** The O(n) set-up once per result (input and result must belong together); each preview is then cheap. */
export function createAdjuster(input: MatchingInput, result: MatchingResult): Adjuster {
  const whatIf = createWhatIf(input, result);
  const groups = input.mode.kind === 'groups';
  return {
    totalScore: whatIf.totalScore,
    preview(change) {
      const outcome = whatIf.evaluate(whatIfChange(change));
      return {
        change,
        valid: outcome.valid,
        totalBefore: whatIf.totalScore,
        totalAfter: outcome.valid ? outcome.totalScore : whatIf.totalScore,
        delta: outcome.delta,
        matches: outcome.added,
        replaces: outcome.removed,
        brokenRules: outcome.brokenRules,
        becomeUnmatched: outcome.unmatched,
        becomeMatched: outcome.newlyMatched,
        overCapacity: outcome.overCapacity,
        recordable: outcome.valid && (groups || outcome.added.every((match) => match.ids.length === 2)),
      };
    },
  };
}

/** The pairs that fix a match: the pair itself, or in a group every member with the first (locks in groups are transitive). */
export function lockingPairs(ids: readonly string[]): IdPair[] {
  const [first, ...rest] = ids;
  return first === undefined ? [] : rest.map((id): IdPair => [first, id]);
}

/**
 * The locked pairs (the coordinator's, from `project.review.locked`) whose two people the change
 * puts in different matches: recording it takes those locks off, so the coordinator is told first.
 * Only the matches the change ends or makes are looked at: every other match stays as it is.
 */
export function separatedLocks(result: MatchingResult, preview: AdjustmentPreview, locked: readonly IdPair[]): IdPair[] {
  if (!preview.valid || locked.length === 0 || (preview.matches.length === 0 && preview.replaces.length === 0)) return [];
  const touched = new Set([...preview.replaces.flatMap((index) => result.matches[index]?.ids ?? []), ...preview.matches.flatMap((match) => match.ids)]);
  const near = locked.filter((pair) => touched.has(pair[0]) || touched.has(pair[1]));
  if (near.length === 0) return [];
  const replaced = new Set(preview.replaces);
  const holds = (ids: readonly string[], [a, b]: IdPair) => ids.includes(a) && ids.includes(b);
  const kept = (pair: IdPair) => preview.matches.some((match) => holds(match.ids, pair)) || result.matches.some((match, index) => !replaced.has(index) && holds(match.ids, pair));
  return near.filter((pair) => !kept(pair));
}

/**
 * Records a previewed change in the project's review decisions, with its undo. Lock and forbid
 * are the plain decisions; a swap, move or assignment locks the matches it makes (marked
 * `manual`) and unlocks any locked pair whose two people it separates. An invalid or
 * unrecordable preview, or one that changes nothing, leaves the project as it is.
 */
export function applyAdjustment(project: MatchingProject, result: MatchingResult, preview: AdjustmentPreview, now: IsoDateTime): ReviewEdit {
  if (!preview.valid || !preview.recordable) return { project, undo: NO_CHANGE };
  const { change } = preview;
  if (change.kind === 'lock') return lockPair(project, change.ids, now);
  if (change.kind === 'forbid') return forbidPair(project, change.ids, now);
  if (preview.matches.length === 0 && preview.replaces.length === 0) return { project, undo: NO_CHANGE };

  const separated = separatedLocks(result, preview, project.review.locked);
  const made = preview.matches.flatMap((match) => lockingPairs(match.ids));
  return applyReviewChange(
    project,
    { remove: { locked: separated, manual: separated, forbidden: made }, add: { locked: made, manual: made } },
    now,
  );
}

/**
 * The pairs that hold every match of `result` in place except those at `except` (indexes into
 * `result.matches`) and those holding anyone in `release`: what a run after a change by hand
 * locks besides the coordinator's own locks, so only what the change touched can move.
 */
export function heldPairs(result: MatchingResult, except: readonly number[] = [], release: readonly string[] = []): IdPair[] {
  const skipped = new Set(except);
  const released = new Set(release);
  return result.matches.flatMap((match, index) => (skipped.has(index) || match.ids.some((id) => released.has(id)) ? [] : lockingPairs(match.ids)));
}

/** The held pairs of a preview once recorded: every match it neither ends nor alters. */
export function heldPairsAfter(result: MatchingResult, preview: AdjustmentPreview): IdPair[] {
  const { change } = preview;
  if (change.kind === 'forbid') return heldPairs(result, [], change.ids);
  return heldPairs(result, preview.replaces);
}

/** The input with `held` locked as well: the engine treats them as the coordinator's locks for this one run. */
export function withHeldPairs(input: MatchingInput, held: readonly IdPair[]): MatchingInput {
  if (held.length === 0) return input;
  const seen = new Set((input.rules?.lockedPairs ?? []).map(pairKey));
  const extra = held.filter((pair) => !seen.has(pairKey(pair)));
  return { ...input, rules: { ...input.rules, lockedPairs: [...(input.rules?.lockedPairs ?? []), ...extra] } };
}
