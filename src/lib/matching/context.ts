// Everything a mode needs about one run, built once from the input.
import { canonicalise, type CanonicalParticipants } from './canonical.ts';
import { buildFeatures, type Features } from './features.ts';
import { resolveRules, violations, type ResolvedRules } from './hard-rules.ts';
import { message } from './messages.ts';
import type { Control } from './progress.ts';
import { sanitiseCriteria } from './sanitise.ts';
import { buildScorer, validWeight, type Scorer } from './score.ts';
import type { DataIssue, MatchingInput, Objective } from './types.ts';

export interface RunContext {
  readonly input: MatchingInput;
  readonly canon: CanonicalParticipants;
  readonly features: Features;
  readonly rules: ResolvedRules;
  readonly scorer: Scorer;
  readonly objective: Objective;
  readonly control: Control;
  /** Issues found so far; modes append their own (locked pairs, sizes). */
  readonly issues: DataIssue[];
  /** Hard-rule violation mask of a pair (0 = allowed). */
  mask(a: number, b: number): number;
}

export function createContext(input: MatchingInput, control: Control): RunContext {
  const canon = canonicalise(input.participants ?? []);
  const features = buildFeatures(canon, validPairs(input.rules?.excludedPairs));
  const rules = resolveRules(input.rules);
  const criteriaIssues: DataIssue[] = [];
  const criteria = sanitiseCriteria(input.criteria, criteriaIssues);
  const scorer = buildScorer(features, criteria);
  const issues: DataIssue[] = [...canon.issues, ...features.issues, ...criteriaIssues];
  criteria.forEach((c, index) => {
    const w: unknown = c.weight;
    if (validWeight(w) === 0 && w !== 0)
      issues.push({ severity: 'warning', ids: [], message: message('data.invalidWeight', { index: index + 1, value: String(w) }) });
  });
  if (rules.sharedLanguage) {
    features.people.forEach((p, i) => {
      if (features.languages[i]!.length === 0)
        issues.push({ severity: 'warning', ids: [p.id], message: message('data.noLanguages', { name: p.name }) });
    });
  }
  if (canon.people.length === 0 && canon.duplicateIds.length === 0)
    issues.push({ severity: 'warning', ids: [], message: message('data.noParticipants') });
  return {
    input,
    canon,
    features,
    rules,
    scorer,
    objective: input.objective === 'fairness' ? 'fairness' : 'total',
    control,
    issues,
    mask: (a, b) => violations(features, rules, a, b),
  };
}

export function validPairs(pairs: unknown): (readonly [string, string])[] {
  if (!Array.isArray(pairs)) return [];
  return pairs
    .filter((p): p is readonly [unknown, unknown] => Array.isArray(p) && p.length === 2)
    .map(([a, b]) => [String(a), String(b)] as const);
}

export function nameOf(ctx: RunContext, i: number): string {
  return ctx.features.people[i]?.name ?? '';
}
