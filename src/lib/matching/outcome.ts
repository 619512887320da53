// What a mode hands back before explanations are written.
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
}

export interface RawUnmatched {
  readonly index: number;
  readonly reason: UnmatchedReason;
  readonly eligible: number;
  /** Candidates removed per hard rule (HARD_RULE_ORDER), when counted. */
  readonly ruleCounts?: Int32Array;
}

export interface ModeOutcome {
  readonly orientation: Orientation;
  readonly pairs: readonly RawPair[];
  readonly groups: readonly RawGroup[];
  readonly unmatched: readonly RawUnmatched[];
  readonly groupBound?: GroupBound;
  readonly blockingPairs?: readonly BlockingPair[];
}
