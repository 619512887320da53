// Rounds of a programme. Closing a round keeps its approved pairs (and the pairs that broke up
// during it) in the project's history, with everyone it left without a partner; the engine then
// repeats none of those pairs unless repeats are allowed, and matches the people left out first.
// A pair that breaks up mid-round gets an exit reason and a new partner for one or both, while
// every other match stays: the rematched result is written down as locks, so a re-run gives it
// back exactly.
import { rematch, type RematchChange, type RematchRequest } from '../../matching/rematch.ts';
import type { DataIssue, IdPair, MatchingInput, MatchingResult } from '../../matching/types.ts';
import { LIMITS, matchKey, type IsoDateTime, type MatchingProject, type PairExit, type ProjectRound, type ProjectRun, type ReviewDecisions } from '../model.ts';
import { applyReviewChange, canonicalPair, NO_CHANGE, pairKey, type ReviewChange } from './decisions.ts';

/** What closing a round replaced, so it can be reopened exactly as it was. */
export interface ClosedRound {
  readonly rounds: readonly ProjectRound[];
  readonly runs: readonly ProjectRun[];
  readonly review: ReviewDecisions;
}

function pairsWithin(ids: readonly string[]): IdPair[] {
  const pairs: IdPair[] = [];
  for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) pairs.push(canonicalPair([ids[x]!, ids[y]!]));
  return pairs;
}

/**
 * The round as it would be kept: the approved matches of the latest run (a group as all its
 * pairs) plus the pairs that broke up, and as unmatched everyone in that run who is in no
 * approved match. Null without a run or without an approved match.
 */
export function roundToClose(project: MatchingProject, now: IsoDateTime): ProjectRound | null {
  const run = project.runs.at(-1);
  if (run === undefined) return null;
  const approved = new Set(project.review.approved);
  const kept = run.matches.filter((match) => approved.has(matchKey(match.ids)));
  if (kept.length === 0) return null;
  const byKey = new Map<string, IdPair>();
  for (const pair of [...kept.flatMap((match) => pairsWithin(match.ids)), ...(project.review.exits ?? []).map((exit) => canonicalPair(exit.pair))]) byKey.set(pairKey(pair), pair);
  const placed = new Set(kept.flatMap((match) => match.ids));
  const everyone = new Set([...run.matches.flatMap((match) => match.ids), ...run.unmatched.map((person) => person.id)]);
  const exits = project.review.exits ?? [];
  return {
    pairs: [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, pair]) => pair),
    unmatched: [...everyone].filter((id) => !placed.has(id)).sort(),
    closedAt: now,
    ...(exits.length > 0 ? { exits } : {}),
  };
}

/** What a closed round holds, as the confirmation and the history both count it. */
export interface RoundCounts {
  /** Pairs of approved matches (a group counts as all its pairs). */
  readonly approvedPairs: number;
  /** Pairs that broke up during the round. */
  readonly brokeUp: number;
  /** People in no approved match; they go first next round, whether or not the run had placed them. */
  readonly withoutApproved: number;
}

export function roundCounts(round: Pick<ProjectRound, 'pairs' | 'exits' | 'unmatched'>): RoundCounts {
  const ended = new Set((round.exits ?? []).map((exit) => pairKey(exit.pair)));
  return {
    approvedPairs: round.pairs.filter((pair) => !ended.has(pairKey(pair))).length,
    brokeUp: ended.size,
    withoutApproved: round.unmatched.length,
  };
}

/**
 * Closes the round and starts the next: the round goes into `rounds` (the oldest dropped past
 * `LIMITS.rounds`), runs and approvals start empty, and so do locks and changes by hand, which
 * were this round's pairs. Forbidden pairs stay: they hold for every later run.
 */
export function closeRound(project: MatchingProject, now: IsoDateTime): { project: MatchingProject; closed: ClosedRound | null } {
  const round = roundToClose(project, now);
  if (round === null) return { project, closed: null };
  const closed: ClosedRound = { rounds: project.rounds, runs: project.runs, review: project.review };
  return {
    project: {
      ...project,
      updatedAt: now,
      rounds: [...project.rounds, round].slice(-LIMITS.rounds),
      runs: [],
      review: { locked: [], forbidden: project.review.forbidden, approved: [] },
    },
    closed,
  };
}

/** Undoes `closeRound`. */
export function reopenRound(project: MatchingProject, closed: ClosedRound, now: IsoDateTime): MatchingProject {
  return { ...project, updatedAt: now, rounds: closed.rounds, runs: closed.runs, review: closed.review };
}

export interface BreakUpOutcome {
  readonly project: MatchingProject;
  /** The result with the broken match replaced and everything else as it was. */
  readonly result: MatchingResult;
  readonly changes: readonly RematchChange[];
  /** Why nothing was done (an unknown pair, a mode without pairs); the project is then unchanged. */
  readonly issues: readonly DataIssue[];
  /** The exit recorded, and the edit of the decisions to take back with `withdrawBreakUp`. */
  readonly exit: PairExit | null;
  readonly undo: ReviewChange;
}

/**
 * A pair broke up: the engine finds a new partner for whoever asks (`request.ids`, default both)
 * among the people with room, and every other match stays. In the decisions the broken pair
 * becomes forbidden, every pair of the new result is locked (the new ones marked as made by
 * hand), and the exit is recorded for the round's history. `input` must be the project's engine
 * input and `result` the run it belongs to. Modes (a)–(c); a trio is not locked (locks are pairs).
 */
export function breakUp(project: MatchingProject, input: MatchingInput, result: MatchingResult, request: RematchRequest, now: IsoDateTime): BreakUpOutcome {
  const outcome = rematch(input, result, request);
  if (outcome.issues.length > 0) return { project, result, changes: [], issues: outcome.issues, exit: null, undo: NO_CHANGE };
  const broken = canonicalPair(request.pair);
  const pairs = outcome.result.matches.filter((match) => match.ids.length === 2).map((match) => canonicalPair([match.ids[0]!, match.ids[1]!]));
  const made = outcome.changes.filter((change) => change.partner !== null).map((change) => canonicalPair([change.id, change.partner!]));
  const edit = applyReviewChange(
    project,
    { remove: { locked: [broken], manual: [broken], approved: [matchKey(broken)] }, add: { forbidden: [broken], locked: pairs, manual: made } },
    now,
  );
  const exit: PairExit = { pair: broken, reason: request.exitReason, rematched: outcome.changes.map((change) => change.id) };
  const next: MatchingProject = { ...edit.project, updatedAt: now, review: { ...edit.project.review, exits: [...(edit.project.review.exits ?? []), exit] } };
  return { project: next, result: outcome.result, changes: outcome.changes, issues: [], exit, undo: edit.undo };
}

/** Takes a break-up back: its decisions undone and its exit removed. */
export function withdrawBreakUp(project: MatchingProject, exit: PairExit, undo: ReviewChange, now: IsoDateTime): MatchingProject {
  const restored = applyReviewChange(project, undo, now).project;
  const exits = restored.review.exits ?? [];
  const index = exits.findIndex((candidate) => pairKey(candidate.pair) === pairKey(exit.pair) && candidate.reason === exit.reason);
  if (index < 0) return restored;
  const remaining = [...exits.slice(0, index), ...exits.slice(index + 1)];
  const { exits: _dropped, ...review } = restored.review;
  return { ...restored, updatedAt: now, review: remaining.length > 0 ? { ...review, exits: remaining } : review };
}
