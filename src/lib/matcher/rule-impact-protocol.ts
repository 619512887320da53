// The rule counts' worker protocol. The UI sends `count` with the participants and the plain
// setup; the worker answers `counted` (or `error`) with the same request id. A count is one
// synchronous call, so there is no progress and no cancel: the client sends at most one request
// at a time and drops the answers it no longer wants (rule-impact-client.ts).
import type { Participant } from '../matching/types.ts';
import type { MatchingProject } from './model.ts';
import { ruleImpact, type RuleImpact, type RuleImpactSetup } from './rule-impact.ts';

export interface RuleImpactRequest {
  readonly type: 'count';
  readonly requestId: number;
  readonly setup: RuleImpactSetup;
  readonly participants: readonly Participant[];
}

export type RuleImpactResponse =
  | { readonly type: 'counted'; readonly requestId: number; readonly impact: RuleImpact | null }
  /** `error` is technical (an exception message), for a log, not a UI text. */
  | { readonly type: 'error'; readonly requestId: number; readonly error: string };

/** Only what the counts read, so a 2 000-row table is not copied to the worker with every switch. */
export function ruleImpactSetup(project: MatchingProject): RuleImpactSetup {
  const { mode, rules, review, rounds, allowRepeats } = project;
  return { mode, rules, review, rounds, allowRepeats };
}

export function createRuleImpactHandler(post: (response: RuleImpactResponse) => void): (request: RuleImpactRequest) => void {
  return ({ requestId, setup, participants }) => {
    let response: RuleImpactResponse;
    try {
      response = { type: 'counted', requestId, impact: ruleImpact(setup, participants) };
    } catch (error) {
      response = { type: 'error', requestId, error: error instanceof Error ? error.message : String(error) };
    }
    post(response);
  };
}
