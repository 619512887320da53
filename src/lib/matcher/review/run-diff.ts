// What changed between two runs, from their stored matches alone: which matches the later run
// made that the earlier did not, which it ended, and how the totals moved. A match is the same
// match when it holds the same people (its key), whatever its score or order.
import { matchKey, type ProjectRun, type StoredMatch } from '../model.ts';

export interface FigureChange {
  readonly before: number;
  readonly after: number;
  /** after − before, rounded to the engine's two decimals so float noise never reads as a change. */
  readonly change: number;
}

export interface RunDiff {
  /** Matches of the later run that the earlier did not make, highest score first. */
  readonly made: readonly StoredMatch[];
  /** Matches of the earlier run that the later no longer makes, highest score first. */
  readonly ended: readonly StoredMatch[];
  /** Matches both runs make. */
  readonly kept: number;
  readonly total: FigureChange;
  readonly mean: FigureChange;
  /** People in a match. */
  readonly matched: FigureChange;
  /** Both runs make exactly the same matches. */
  readonly same: boolean;
}

// `+ 0` turns a rounded −0 into 0.
const round = (value: number): number => Math.round(value * 100) / 100 + 0;

function figure(before: number, after: number): FigureChange {
  const safeBefore = Number.isFinite(before) ? before : 0;
  const safeAfter = Number.isFinite(after) ? after : 0;
  return { before: safeBefore, after: safeAfter, change: round(safeAfter - safeBefore) };
}

const byScore = (a: StoredMatch, b: StoredMatch): number => b.score - a.score || (matchKey(a.ids) < matchKey(b.ids) ? -1 : 1);

export function runDiff(earlier: ProjectRun, later: ProjectRun): RunDiff {
  const earlierKeys = new Set(earlier.matches.map((match) => matchKey(match.ids)));
  const laterKeys = new Set(later.matches.map((match) => matchKey(match.ids)));
  const made = later.matches.filter((match) => !earlierKeys.has(matchKey(match.ids))).sort(byScore);
  const ended = earlier.matches.filter((match) => !laterKeys.has(matchKey(match.ids))).sort(byScore);
  return {
    made,
    ended,
    kept: later.matches.length - made.length,
    total: figure(earlier.summary.totalScore, later.summary.totalScore),
    mean: figure(earlier.matches.length > 0 ? earlier.summary.meanScore : 0, later.matches.length > 0 ? later.summary.meanScore : 0),
    matched: figure(earlier.summary.matched, later.summary.matched),
    same: made.length === 0 && ended.length === 0,
  };
}

/** The change the project's latest run made to the one before it; null with fewer than two runs. */
export function latestRunDiff(runs: readonly ProjectRun[]): RunDiff | null {
  const later = runs.at(-1);
  const earlier = runs.at(-2);
  return later && earlier ? runDiff(earlier, later) : null;
}
