// The coordinator's review decisions as set edits. Every list in `ReviewDecisions` is a set
// kept in one canonical order (pairs written smaller id first, sorted by `matchKey`), so an
// edit is fully described by what it added and what it removed, and its undo is the same edit
// the other way round: applying an edit and then its undo gives back the very same decisions.
// Rules every edit keeps: a pair is never both locked and forbidden, and `manual` (the pairs a
// swap, move or assignment made) only holds locked pairs.
import type { IdPair } from '../../matching/types.ts';
import { matchKey, type IsoDateTime, type MatchingProject, type ProjectRun, type ReviewDecisions } from '../model.ts';

type PairList = 'locked' | 'forbidden' | 'manual';

/** What an edit puts into (or takes out of) each list. */
export interface ReviewEntries {
  readonly locked?: readonly IdPair[];
  readonly forbidden?: readonly IdPair[];
  readonly manual?: readonly IdPair[];
  /** Match keys (`matchKey`). */
  readonly approved?: readonly string[];
}

/** One edit of the review decisions: removals apply first, then additions. */
export interface ReviewChange {
  readonly remove: ReviewEntries;
  readonly add: ReviewEntries;
}

export interface ReviewEdit {
  /** The same object as given when the edit changes nothing. */
  readonly project: MatchingProject;
  /** The edit that restores the decisions as they were; empty when nothing changed. */
  readonly undo: ReviewChange;
}

export const NO_CHANGE: ReviewChange = { remove: {}, add: {} };

const PAIR_LISTS: readonly PairList[] = ['locked', 'forbidden', 'manual'];

/** The pair as the decisions store it: smaller id first (the engine accepts either order). */
export function canonicalPair(pair: IdPair): IdPair {
  return pair[0] <= pair[1] ? [pair[0], pair[1]] : [pair[1], pair[0]];
}

export const pairKey = (pair: IdPair): string => matchKey(pair);

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pairsOf(review: ReviewDecisions, list: PairList): readonly IdPair[] {
  return list === 'manual' ? (review.manual ?? []) : review[list];
}

function editPairs(current: readonly IdPair[], remove: readonly IdPair[], add: readonly IdPair[]): { next: IdPair[]; removed: IdPair[]; added: IdPair[] } {
  const byPair = new Map(current.map((pair) => [pairKey(pair), pair] as const));
  const removed: IdPair[] = [];
  const added: IdPair[] = [];
  for (const pair of remove) {
    const key = pairKey(pair);
    const present = byPair.get(key);
    if (present === undefined) continue;
    byPair.delete(key);
    removed.push(present);
  }
  for (const pair of add) {
    const key = pairKey(pair);
    if (pair[0] === pair[1] || byPair.has(key)) continue;
    const stored = canonicalPair(pair);
    byPair.set(key, stored);
    added.push(stored);
  }
  const next = [...byPair.entries()].sort((a, b) => byKey(a[0], b[0])).map(([, pair]) => pair);
  return { next, removed, added };
}

function editKeys(current: readonly string[], remove: readonly string[], add: readonly string[]): { next: string[]; removed: string[]; added: string[] } {
  const keys = new Set(current);
  const removed: string[] = [];
  const added: string[] = [];
  for (const key of remove) if (keys.delete(key)) removed.push(key);
  for (const key of add) {
    if (keys.has(key)) continue;
    keys.add(key);
    added.push(key);
  }
  return { next: [...keys].sort(byKey), removed, added };
}

const isEmpty = (entries: ReviewEntries): boolean =>
  (entries.locked?.length ?? 0) + (entries.forbidden?.length ?? 0) + (entries.manual?.length ?? 0) + (entries.approved?.length ?? 0) === 0;

/** Applies an edit as given (no rules added); the undo holds only what really changed. */
export function applyReviewChange(project: MatchingProject, change: ReviewChange, now: IsoDateTime): ReviewEdit {
  const review = project.review;
  const removed: { -readonly [K in keyof ReviewEntries]: ReviewEntries[K] } = {};
  const added: { -readonly [K in keyof ReviewEntries]: ReviewEntries[K] } = {};
  const nextPairs = {} as Record<PairList, IdPair[]>;
  for (const list of PAIR_LISTS) {
    const edit = editPairs(pairsOf(review, list), change.remove[list] ?? [], change.add[list] ?? []);
    nextPairs[list] = edit.next;
    if (edit.removed.length > 0) removed[list] = edit.removed;
    if (edit.added.length > 0) added[list] = edit.added;
  }
  const approvals = editKeys(review.approved, change.remove.approved ?? [], change.add.approved ?? []);
  if (approvals.removed.length > 0) removed.approved = approvals.removed;
  if (approvals.added.length > 0) added.approved = approvals.added;
  // An entry removed and added again by the same edit is back where it was: nothing to undo.
  const undo = cancelOut({ remove: added, add: removed });
  if (isEmpty(undo.remove) && isEmpty(undo.add)) return { project, undo: NO_CHANGE };
  // `manual` is left out when empty, so an edit and its undo give back the very same object shape.
  const { manual: _manual, ...rest } = review;
  const next: ReviewDecisions = {
    ...rest,
    locked: nextPairs.locked,
    forbidden: nextPairs.forbidden,
    approved: approvals.next,
    ...(nextPairs.manual.length > 0 ? { manual: nextPairs.manual } : {}),
  };
  return { project: { ...project, updatedAt: now, review: next }, undo };
}

function cancelOut(change: ReviewChange): ReviewChange {
  const remove: Record<string, readonly (IdPair | string)[]> = {};
  const add: Record<string, readonly (IdPair | string)[]> = {};
  for (const list of [...PAIR_LISTS, 'approved'] as const) {
    const key = (entry: IdPair | string): string => (typeof entry === 'string' ? entry : pairKey(entry));
    const out = (change.remove[list] ?? []) as readonly (IdPair | string)[];
    const back = (change.add[list] ?? []) as readonly (IdPair | string)[];
    const outKeys = new Set(out.map(key));
    const backKeys = new Set(back.map(key));
    const keptOut = out.filter((entry) => !backKeys.has(key(entry)));
    const keptBack = back.filter((entry) => !outKeys.has(key(entry)));
    if (keptOut.length > 0) remove[list] = keptOut;
    if (keptBack.length > 0) add[list] = keptBack;
  }
  return { remove, add } as ReviewChange;
}

/** Locked pairs are kept by every re-run; a forbidden pair that is locked is allowed again. */
export function lockPair(project: MatchingProject, pair: IdPair, now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: { forbidden: [pair] }, add: { locked: [pair] } }, now);
}

export function unlockPair(project: MatchingProject, pair: IdPair, now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: { locked: [pair], manual: [pair] }, add: {} }, now);
}

/** Forbidden pairs are kept out of every later run; forbidding a locked pair unlocks it. */
export function forbidPair(project: MatchingProject, pair: IdPair, now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: { locked: [pair], manual: [pair] }, add: { forbidden: [pair] } }, now);
}

export function allowPair(project: MatchingProject, pair: IdPair, now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: { forbidden: [pair] }, add: {} }, now);
}

export function approveMatches(project: MatchingProject, keys: readonly string[], now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: {}, add: { approved: keys } }, now);
}

export function unapproveMatches(project: MatchingProject, keys: readonly string[], now: IsoDateTime): ReviewEdit {
  return applyReviewChange(project, { remove: { approved: keys }, add: {} }, now);
}

/** Every match of the run approved; the undo takes back only those that were not approved before. */
export function approveRun(project: MatchingProject, run: ProjectRun, now: IsoDateTime): ReviewEdit {
  return approveMatches(project, run.matches.map((match) => matchKey(match.ids)), now);
}

/**
 * After a new run only approvals of matches it still makes stay: a match that changed is a new
 * proposal. Returns the same project when every approval still holds.
 */
export function reconcileApprovals(project: MatchingProject, matches: readonly { readonly ids: readonly string[] }[], now: IsoDateTime): ReviewEdit {
  const current = new Set(matches.map((match) => matchKey(match.ids)));
  return unapproveMatches(project, project.review.approved.filter((key) => !current.has(key)), now);
}

export interface MatchReview {
  readonly approved: boolean;
  /** Held by a coordinator's lock that is not a change by hand: the "Locked" chip and filter. */
  readonly locked: boolean;
  /** Holds a pair made by a swap, move or assignment: the "Changed by hand" chip and filter. */
  readonly manual: boolean;
  /** The same as `manual`, named after the filter. */
  readonly changedByHand: boolean;
  /** Kept in place by the coordinator either way (a lock or a change by hand): unlocking releases it. */
  readonly kept: boolean;
}

/**
 * Precomputed sets, so a list of 300 matches is classified in one pass. One rule for the chips,
 * the filters and their counts: a change by hand is also a lock in the decisions, but it shows
 * (and counts) as changed by hand only. Equal statuses are the same object, so a memoised row
 * whose status did not change is not drawn again.
 */
export function createMatchReview(review: ReviewDecisions): (ids: readonly string[]) => MatchReview {
  const approved = new Set(review.approved);
  const locked = new Set(review.locked.map(pairKey));
  const manual = new Set((review.manual ?? []).map(pairKey));
  return (ids) => {
    let isLocked = false;
    let isManual = false;
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) {
        const key = pairKey([ids[x]!, ids[y]!]);
        if (manual.has(key)) isManual = true;
        else if (locked.has(key)) isLocked = true;
      }
    return statusOf(approved.has(matchKey(ids)), isLocked && !isManual, isManual);
  };
}

const STATUSES = new Map<number, MatchReview>();

function statusOf(approved: boolean, locked: boolean, manual: boolean): MatchReview {
  const code = (approved ? 1 : 0) | (locked ? 2 : 0) | (manual ? 4 : 0);
  let status = STATUSES.get(code);
  if (!status) {
    status = Object.freeze({ approved, locked, manual, changedByHand: manual, kept: locked || manual });
    STATUSES.set(code, status);
  }
  return status;
}

/** Whether a run's held pairs include any the coordinator did not lock (the run only kept them in place). */
export function holdsBeyondLocks(review: ReviewDecisions, held: readonly IdPair[] | undefined): boolean {
  if (!held || held.length === 0) return false;
  const locked = new Set(review.locked.map(pairKey));
  return held.some((pair) => !locked.has(pairKey(pair)));
}

export function isForbidden(review: ReviewDecisions, pair: IdPair): boolean {
  const key = pairKey(pair);
  return review.forbidden.some((candidate) => pairKey(candidate) === key);
}
