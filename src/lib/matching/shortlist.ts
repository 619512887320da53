// Self-matching by nomination: instead of one matching, every participant gets the best
// few candidates they could choose from — partners who pass every hard rule and still have
// a free place — scored and explained exactly as a match would be. The sides, the pair
// orientation and the locked pairs follow the mode, as in runMatching.
import { compareIds } from './canonical.ts';
import { createContext, type RunContext } from './context.ts';
import { explainPair } from './explain.ts';
import { planLocked } from './locked.ts';
import { labelParam, message } from './messages.ts';
import { MAX_ASSIGNMENT_CELLS, TooLargeError } from './outcome.ts';
import { mentorSide } from './pair-modes.ts';
import { CancelledError, createControl } from './progress.ts';
import { sortIssues } from './result.ts';
import type { CleanMode } from './sanitise.ts';
import { SCORE_SCALE, type Orientation } from './score.ts';
import { scoreMatrix } from './score-matrix.ts';
import { idHash, pairTie, tieRange } from './solvers/objective.ts';
import type { MatchingInput, Shortlist, ShortlistCandidate, ShortlistOptions, ShortlistResult } from './types.ts';

export const DEFAULT_SHORTLIST_SIZE = 5;

/**
 * The engine's tie value of a pair with the widest range a single pair may use, so the
 * order between two candidates depends on their ids alone, never on who else takes part.
 */
export const SHORTLIST_TIE_RANGE = tieRange(1);

/** Who can pair with whom in a mode, and how each pair is read. */
interface Sides {
  /** Places left per person: a mentor's capacity minus locked pairs, otherwise 1 unless locked. */
  readonly places: Int32Array;
  readonly lockedWith: readonly number[][];
  /** Candidates of person i, rules aside. */
  candidatesOf(i: number): readonly number[];
  /** The pair as the mode reads it: [first, second] (mentor first, else lower id first) and its orientation. */
  orient(a: number, b: number): readonly [number, number, Orientation];
  /** Integer pair score of the oriented pair. */
  score(first: number, second: number): number;
}

export function runShortlist(input: MatchingInput, options: ShortlistOptions = {}): ShortlistResult {
  const size = shortlistSize(options.size);
  const control = createControl(options);
  const ctx = createContext(input, control);
  const unsolved = (status: ShortlistResult['status']): ShortlistResult => ({
    status,
    mode: null,
    size,
    shortlists: [],
    dataQuality: sortIssues(ctx.issues),
  });
  try {
    control.tick('prepare', 0);
    const mode = ctx.input.mode;
    if (mode === null) return unsolved('dataError');
    const sides = sidesOf(ctx, mode);
    const people = ctx.features.people;
    const shortlists = people.map((_, i) => {
      control.tick('solve', i / Math.max(1, people.length));
      return shortlistOf(ctx, sides, i, size);
    });
    return {
      status: ctx.issues.some((i) => i.severity === 'error') ? 'dataError' : 'ok',
      mode: mode.kind,
      size,
      shortlists,
      dataQuality: sortIssues(ctx.issues),
    };
  } catch (error) {
    if (error instanceof CancelledError) return unsolved('cancelled');
    if (error instanceof TooLargeError) {
      ctx.issues.push({ severity: 'error', ids: [], message: message('data.tooLarge', { size: error.size, limit: error.limit, unit: labelParam(`data.tooLargeUnit.${error.unit}`) }) });
      return unsolved('dataError');
    }
    throw error;
  }
}

function shortlistSize(size: number | undefined): number {
  if (size === undefined || Number.isNaN(size)) return DEFAULT_SHORTLIST_SIZE;
  return Math.max(1, Math.floor(Math.min(size, Number.MAX_SAFE_INTEGER)));
}

function shortlistOf(ctx: RunContext, sides: Sides, i: number, size: number): Shortlist {
  const people = ctx.features.people;
  const own = {
    id: people[i]!.id,
    freePlaces: sides.places[i]!,
    lockedWith: sides.lockedWith[i]!.map((j) => people[j]!.id).sort(compareIds),
  };
  if (sides.places[i] === 0) return { ...own, eligible: 0, candidates: [] };
  const ranked: { candidate: number; first: number; second: number; orientation: Orientation; score: number; tie: number }[] = [];
  for (const c of sides.candidatesOf(i)) {
    if (c === i || sides.places[c] === 0 || ctx.mask(i, c) !== 0) continue;
    const [first, second, orientation] = sides.orient(i, c);
    const tie = pairTie(idHash(people[first]!.id), idHash(people[second]!.id), SHORTLIST_TIE_RANGE);
    ranked.push({ candidate: c, first, second, orientation, score: sides.score(first, second), tie });
  }
  ranked.sort((x, y) => y.score - x.score || y.tie - x.tie || compareIds(people[x.candidate]!.id, people[y.candidate]!.id));
  const candidates = ranked.slice(0, size).map(
    (r): ShortlistCandidate => ({
      id: people[r.candidate]!.id,
      score: r.score / (SCORE_SCALE / 100),
      breakdown: explainPair(ctx, r.first, r.second, r.orientation),
      freePlaces: sides.places[r.candidate]!,
    }),
  );
  return { ...own, eligible: ranked.length, candidates };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function checkSize(rows: number, cols: number): void {
  if (rows * cols > MAX_ASSIGNMENT_CELLS) throw new TooLargeError(rows * cols, MAX_ASSIGNMENT_CELLS, 'combinations');
}

function sidesOf(ctx: RunContext, mode: CleanMode): Sides {
  switch (mode.kind) {
    case 'mentoring':
    case 'stable':
      return twoSided(ctx, mode.bothRoleSide, 'directed');
    case 'reciprocal':
      return twoSided(ctx, mode.bothRoleSide, 'symmetric');
    case 'peers':
      return onePool(ctx, true, () => false);
    case 'groups': {
      if (ctx.input.lockedPairs.length > 0)
        ctx.issues.push({ severity: 'warning', ids: [], message: message('data.lockedPairsIgnored') });
      const withMentor = mode.oneMentorPerGroup;
      return onePool(ctx, false, (i) => withMentor && ctx.features.people[i]!.role === 'mentor');
    }
  }
}

/** Mentors → mentees: mentors keep capacity minus locked mentees in mentoring and stable, one place otherwise. */
function twoSided(ctx: RunContext, bothRoleSide: 'mentor' | 'mentee', orientation: Orientation): Sides {
  const n = ctx.features.people.length;
  const isMentor = mentorSide(ctx, bothRoleSide);
  const withCapacity = orientation === 'directed';
  const locked = planLocked(ctx, isMentor, withCapacity);
  const all = range(n);
  const mentors = all.filter(isMentor);
  const mentees = all.filter((i) => !isMentor(i));
  checkSize(mentors.length, mentees.length);
  const places = Int32Array.from(all, (i) =>
    isMentor(i) ? Math.max(0, (withCapacity ? ctx.features.capacity[i]! : 1) - locked.lockedCount[i]!) : 1 - locked.taken[i]!,
  );
  const lockedWith = lockedPartners(n, locked.pairs);
  const column = new Int32Array(n).fill(-1);
  mentees.forEach((e, k) => (column[e] = k));
  const row = new Int32Array(n).fill(-1);
  mentors.forEach((m, r) => (row[m] = r));
  const matrix = scoreMatrix(ctx.features, ctx.scorer, mentors, mentees, orientation, ctx.control);
  return {
    places,
    lockedWith,
    candidatesOf: (i) => (isMentor(i) ? mentees : mentors),
    orient: (a, b) => (isMentor(a) ? [a, b, orientation] : [b, a, orientation]),
    score: (m, e) => matrix[row[m]! * mentees.length + column[e]!]!,
  };
}

/**
 * Everyone with everyone. Peers: one place each, locked pairs taken out. Groups: locked
 * pairs are not used (as in runMatching); with one mentor per group, mentor pairs are read
 * mentor → member and two mentors are never each other's candidates.
 */
function onePool(ctx: RunContext, withLocks: boolean, isGroupMentor: (i: number) => boolean): Sides {
  const n = ctx.features.people.length;
  checkSize(n, n);
  const all = range(n);
  const locked = withLocks ? planLocked(ctx, null) : null;
  const places = Int32Array.from(all, (i) => 1 - (locked?.taken[i] ?? 0));
  const lockedWith = lockedPartners(n, locked?.pairs ?? []);
  const matrix = scoreMatrix(ctx.features, ctx.scorer, all, all, 'symmetric', ctx.control);
  const mentors = all.filter(isGroupMentor);
  const directed = scoreMatrix(ctx.features, ctx.scorer, mentors, all, 'directed', ctx.control);
  mentors.forEach((m, r) => matrix.set(directed.subarray(r * n, (r + 1) * n), m * n));
  const members = all.filter((i) => !isGroupMentor(i));
  const ids = ctx.features.people.map((p) => p.id);
  return {
    places,
    lockedWith,
    candidatesOf: (i) => (isGroupMentor(i) ? members : all),
    orient: (a, b) => {
      if (isGroupMentor(a)) return [a, b, 'directed'];
      if (isGroupMentor(b)) return [b, a, 'directed'];
      return compareIds(ids[a]!, ids[b]!) <= 0 ? [a, b, 'symmetric'] : [b, a, 'symmetric'];
    },
    score: (a, b) => matrix[a * n + b]!,
  };
}

function lockedPartners(n: number, pairs: readonly { readonly a: number; readonly b: number }[]): number[][] {
  const out = range(n).map((): number[] => []);
  for (const p of pairs) {
    out[p.a]!.push(p.b);
    out[p.b]!.push(p.a);
  }
  return out;
}
