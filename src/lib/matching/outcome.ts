// What a mode hands back before explanations are written, and the one way a mode gives up
// early (a problem too large for the exact solvers).
import { HARD_RULE_ORDER, tallyRules } from './hard-rules.ts';
import type { RunContext } from './context.ts';
import type { Orientation } from './score.ts';
import type { BlockingPair, GroupBound, UnmatchedReason } from './types.ts';

export interface RawPair {
  /** The mentor in directed orientation. */
  readonly a: number;
  readonly b: number;
  readonly locked: boolean;
}

export interface RawGroup {
  readonly members: readonly number[];
  /** -1 when the group has no mentor. */
  readonly mentor: number;
  /** The group holds people locked together (mode (d)). */
  readonly locked?: boolean;
}

export interface RawUnmatched {
  readonly index: number;
  readonly reason: UnmatchedReason;
  readonly eligible: number;
  /** Candidates removed per hard rule (HARD_RULE_ORDER), when counted. */
  readonly ruleCounts?: Int32Array;
  /** Who the person could have been paired with, rules aside (may include the person: skip them). */
  readonly candidates?: readonly number[];
}

export interface ModeOutcome {
  readonly orientation: Orientation;
  readonly pairs: readonly RawPair[];
  readonly groups: readonly RawGroup[];
  readonly unmatched: readonly RawUnmatched[];
  readonly groupBound?: GroupBound;
  readonly blockingPairs?: readonly BlockingPair[];
}

// Exact solvers are cubic and hold dense matrices; beyond these sizes the engine returns a
// clear data error instead of freezing a browser tab.
export const MAX_ASSIGNMENT_CELLS = 9_000_000;
export const MAX_POOL_SIZE = 3_000;

/** What a size limit counts: the cells of the assignment matrix (candidate pairs), or the people in one pool. */
export type SizeUnit = 'combinations' | 'participants';

export class TooLargeError extends Error {
  readonly size: number;
  readonly limit: number;
  readonly unit: SizeUnit;
  constructor(size: number, limit: number, unit: SizeUnit) {
    super(`matching problem too large: ${size} ${unit} (limit ${limit})`);
    this.name = 'TooLargeError';
    this.size = size;
    this.limit = limit;
    this.unit = unit;
  }
}

/**
 * Why someone was left out. Counts eligible partners among `candidates`; with none, the
 * reason is noEligiblePartner (with per-rule counts), otherwise `whenEligible`. Only
 * called for the few unmatched people, so it may scan.
 */
export function explainUnmatched(
  ctx: RunContext,
  index: number,
  candidates: readonly number[],
  whenEligible: UnmatchedReason,
): RawUnmatched {
  const counts = new Int32Array(HARD_RULE_ORDER.length);
  let eligible = 0;
  for (const c of candidates) {
    if (c === index) continue;
    const mask = ctx.mask(index, c);
    if (mask === 0) eligible++;
    else tallyRules(mask, counts);
  }
  if (eligible > 0) return { index, reason: whenEligible, eligible, candidates };
  return { index, reason: 'noEligiblePartner', eligible: 0, ruleCounts: counts, candidates };
}
