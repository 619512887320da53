// The review step's writes: decisions about the matches (lock, forbid, approve), changes by hand
// with the cost previewed, re-runs, the objective picked from a comparison, rounds and break-ups.
// Every decision returns what undoes it, for the toast's Undo. A decision that changes the
// engine's input (a lock, a forbid, a change by hand) is followed at once by a run that holds every
// other match in place, so the result on screen is always the project's and only what the
// decision touched moves; "Re-run" (`rerun`) re-optimises everything around the locks.
import type { IdPair, MatchingResult } from '../lib/matching/types.ts';
import type { RematchRequest } from '../lib/matching/rematch.ts';
import { matchKey, type MatchingProject, type PairExit } from '../lib/matcher/model.ts';
import { applyAdjustment, heldPairs, heldPairsAfter, type AdjustmentPreview } from '../lib/matcher/review/adjust.ts';
import { chooseObjective, type ComparedObjective } from '../lib/matcher/review/compare.ts';
import {
  allowPair,
  applyReviewChange,
  approveMatches,
  forbidPair,
  lockPair,
  NO_CHANGE,
  unapproveMatches,
  unlockPair,
  type ReviewChange,
  type ReviewEdit,
} from '../lib/matcher/review/decisions.ts';
import { breakUp, closeRound as closeRoundOf, reopenRound as reopenRoundOf, withdrawBreakUp, type ClosedRound } from '../lib/matcher/review/rounds.ts';
import { runRecord } from '../lib/matcher/operations.ts';
import { currentProject, editProject, newId, nowIso } from './matcher.ts';
import { clearRun, currentResult, heldInput, projectInput, runHeld, setDoneResult, startRun } from './matcher-run.ts';

/** What a decision did, for the toast: undo it with `undoReview(projectId, undo)`. Null: nothing changed. */
export interface ReviewUndo {
  readonly change: ReviewChange;
  /** The held pairs of the result the decision started from, so the undo shows that result again. */
  readonly held: readonly IdPair[] | null;
}

const isEmpty = (change: ReviewChange): boolean => Object.values(change.remove).every((list) => !list?.length) && Object.values(change.add).every((list) => !list?.length);

function decide(projectId: string, operation: (project: MatchingProject, now: string) => ReviewEdit): ReviewChange | null {
  let undo: ReviewChange = NO_CHANGE;
  editProject(projectId, (project, now) => {
    const edit = operation(project, now);
    undo = edit.undo;
    return edit.project;
  });
  return isEmpty(undo) ? null : undo;
}

/** The result a decision works on: the latest run, in memory and still the project's. */
export function reviewResult(projectId: string): MatchingResult | null {
  const project = currentProject(projectId);
  return project ? currentResult(project) : null;
}

/** A decision that changes the input, then the run that shows it with everything else held. */
function decideAndShow(projectId: string, operation: (project: MatchingProject, now: string) => ReviewEdit, held: (result: MatchingResult) => IdPair[]): ReviewUndo | null {
  const result = reviewResult(projectId);
  const before = currentProject(projectId)?.runs.at(-1)?.held ?? [];
  const change = decide(projectId, operation);
  if (change === null) return null;
  if (result) runHeld(projectId, held(result));
  return { change, held: [...before] };
}

export const lock = (projectId: string, pair: IdPair) =>
  decideAndShow(projectId, (project, now) => lockPair(project, pair, now), (result) => heldPairs(result));
export const unlock = (projectId: string, pair: IdPair) =>
  decideAndShow(projectId, (project, now) => unlockPair(project, pair, now), (result) => heldPairs(result));
/** Forbids the pair for every later run; its two people are placed anew while every other match stays. */
export const forbid = (projectId: string, pair: IdPair) =>
  decideAndShow(projectId, (project, now) => forbidPair(project, pair, now), (result) => heldPairs(result, [], pair));
export const allow = (projectId: string, pair: IdPair) =>
  decideAndShow(projectId, (project, now) => allowPair(project, pair, now), (result) => heldPairs(result));

/** Records a previewed swap, move, assignment, lock or forbid, and shows its result (the rest held in place). */
export function adjust(projectId: string, preview: AdjustmentPreview): ReviewUndo | null {
  const result = reviewResult(projectId);
  if (!result) return null;
  return decideAndShow(projectId, (project, now) => applyAdjustment(project, result, preview, now), () => heldPairsAfter(result, preview));
}

/** Undoes a decision and shows the result it started from again. */
export function undoReview(projectId: string, undo: ReviewUndo): void {
  decide(projectId, (project, now) => applyReviewChange(project, undo.change, now));
  if (undo.held !== null && reviewInputChanged(undo.change)) runHeld(projectId, undo.held);
}

const reviewInputChanged = (change: ReviewChange): boolean =>
  [change.remove, change.add].some((entries) => Boolean(entries.locked?.length || entries.forbidden?.length));

export const approve = (projectId: string, ids: readonly (readonly string[])[]) =>
  decide(projectId, (project, now) => approveMatches(project, ids.map((match) => matchKey(match)), now));
export const unapprove = (projectId: string, ids: readonly (readonly string[])[]) =>
  decide(projectId, (project, now) => unapproveMatches(project, ids.map((match) => matchKey(match)), now));
/** Approvals only: the undo of an approval needs no run. */
export const undoApproval = (projectId: string, change: ReviewChange) => decide(projectId, (project, now) => applyReviewChange(project, change, now));

/** Re-optimises everything around the locks and forbidden pairs. */
export const rerun = (projectId: string) => startRun(projectId);

/** Runs the objective picked from a comparison; returns the objective and mode to go back to. */
export function pickObjective(projectId: string, objective: ComparedObjective): { mode: MatchingProject['mode']; objective: MatchingProject['objective'] } | null {
  const project = currentProject(projectId);
  if (!project) return null;
  const before = { mode: project.mode, objective: project.objective };
  editProject(projectId, (current, now) => chooseObjective(current, objective, now));
  startRun(projectId);
  return before;
}

/** Closes the round: its approved matches go into the history; null when no match is approved. */
export function closeRound(projectId: string): ClosedRound | null {
  let closed: ClosedRound | null = null;
  editProject(projectId, (project, now) => {
    const outcome = closeRoundOf(project, now);
    closed = outcome.closed;
    return outcome.project;
  });
  if (closed) clearRun(projectId);
  return closed;
}

/** Undoes closing a round; its latest run's details come back by running it again (restoreRun). */
export function reopenRound(projectId: string, closed: ClosedRound): void {
  editProject(projectId, (project, now) => reopenRoundOf(project, closed, now));
  clearRun(projectId);
}

export interface BreakUpDone {
  readonly exit: PairExit;
  readonly undo: ReviewChange;
  readonly changes: ReturnType<typeof breakUp>['changes'];
}

/**
 * A pair broke up: records the exit, forbids the pair, finds a new partner for whoever asks and
 * keeps the rematched result as the latest run (every pair locked, so a re-run gives it back).
 * Null with the engine's issues when it could not be done.
 */
export function breakUpPair(projectId: string, request: RematchRequest): { done: BreakUpDone | null; issues: ReturnType<typeof breakUp>['issues'] } {
  const project = currentProject(projectId);
  const result = project ? currentResult(project) : null;
  if (!project || !result) return { done: null, issues: [] };
  const outcome = breakUp(project, projectInput(project).input, result, request, nowIso());
  if (!outcome.exit) return { done: null, issues: outcome.issues };
  editProject(projectId, () => outcome.project);
  const updated = currentProject(projectId)!;
  const { fingerprint } = heldInput(updated, undefined);
  const record = runRecord(outcome.result, fingerprint, { newId, now: nowIso() });
  setDoneResult(projectId, fingerprint, outcome.result, record);
  return { done: { exit: outcome.exit, undo: outcome.undo, changes: outcome.changes }, issues: [] };
}

/** Takes a break-up back; the run before it shows again once re-run with its held pairs. */
export function withdraw(projectId: string, done: BreakUpDone): void {
  editProject(projectId, (project, now) => withdrawBreakUp(project, done.exit, done.undo, now));
  startRun(projectId);
}
