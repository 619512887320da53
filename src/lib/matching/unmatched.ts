// Why someone was left out. Only called for the few unmatched people, so it may scan.
import type { RunContext } from './context.ts';
import { HARD_RULE_ORDER, tallyRules } from './hard-rules.ts';
import type { RawUnmatched } from './outcome.ts';
import type { UnmatchedReason } from './types.ts';

/**
 * Counts eligible partners among `candidates`; with none, the reason is
 * noEligiblePartner (with per-rule counts), otherwise `whenEligible`.
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
  if (eligible > 0) return { index, reason: whenEligible, eligible };
  return { index, reason: 'noEligiblePartner', eligible: 0, ruleCounts: counts };
}
