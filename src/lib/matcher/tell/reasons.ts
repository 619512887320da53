// Why a match was made, as the engine explains it: the criteria that gave it points, the
// strongest first. The export lists every reason; an introduction message the top few.
import type { CriterionBreakdown } from '../../matching/types.ts';
import type { MatchingMessage } from '../../matching/messages.ts';

/** How many reasons an introduction names: enough to feel personal, few enough to read. */
export const INTRODUCTION_REASONS = 3;

/** Criteria that earned points, most points first (ties keep the engine's criterion order). */
function earning(breakdown: readonly CriterionBreakdown[]): CriterionBreakdown[] {
  return breakdown
    .filter((part) => Number.isFinite(part.points) && part.points > 0 && part.reasons.length > 0)
    .map((part, index) => ({ part, index }))
    .sort((a, b) => b.part.points - a.part.points || a.index - b.index)
    .map(({ part }) => part);
}

/** Every reason of the criteria that earned points, strongest criterion first. */
export function allReasons(breakdown: readonly CriterionBreakdown[]): MatchingMessage[] {
  return earning(breakdown).flatMap((part) => part.reasons);
}

/**
 * The main reason of each of the `limit` strongest criteria: one line per criterion, so a
 * criterion's side note (a person's top criterion doubling it) does not crowd out the next.
 */
export function topReasons(breakdown: readonly CriterionBreakdown[], limit: number = INTRODUCTION_REASONS): MatchingMessage[] {
  return earning(breakdown)
    .slice(0, Math.max(0, Math.floor(limit)))
    .map((part) => part.reasons[0]!);
}
