// Everything a mode needs about one run, built once from the clean input. Modes read
// `ctx.input` (never the raw input), so no mode re-checks a field sanitise.ts has checked.
import { buildFeatures, type Features } from './features.ts';
import { ruleRows, violations } from './hard-rules.ts';
import type { Control } from './progress.ts';
import { buildRounds, type Rounds } from './rounds.ts';
import { sanitise, type CleanInput } from './sanitise.ts';
import { buildScorer, type Scorer } from './score.ts';
import type { DataIssue } from './types.ts';

export interface RunContext {
  readonly input: CleanInput;
  readonly features: Features;
  readonly scorer: Scorer;
  readonly control: Control;
  /** Issues found so far; modes append their own (locked pairs, capacities). */
  readonly issues: DataIssue[];
  /** Hard-rule violation mask of a pair (0 = allowed). */
  mask(a: number, b: number): number;
  /** `mask` for whole rows against fixed columns: fills out[k] with mask(a, cols[k]). */
  maskRows(cols: readonly number[]): (a: number, out: Int32Array) => void;
  /** Earlier rounds: repeated pairs (already in `mask`) and who has priority now. */
  readonly rounds: Rounds;
}

/** Takes the raw input (typed or not): sanitising it is the first step of every run. */
export function createContext(raw: unknown, control: Control): RunContext {
  const input = sanitise(raw);
  const features = buildFeatures(input.participants, input.excludedPairs);
  const rounds = buildRounds(features, input.history);
  return {
    input,
    features,
    scorer: buildScorer(features, input.criteria),
    control,
    issues: [...input.issues, ...features.issues],
    mask: (a, b) => violations(features, input.rules, a, b) | rounds.repeatMask(a, b),
    maskRows: (cols) => ruleRows(features, input.rules, rounds, cols),
    rounds,
  };
}

export function nameOf(ctx: RunContext, i: number): string {
  return ctx.features.people[i]?.name ?? '';
}
