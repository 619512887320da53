// A pair is eligible when its violation mask is 0. Each bit is one hard rule, so the
// "rule that removed the most candidates" can be counted afterwards from the masks.
import { clockDistance, countCommon, type Features } from './features.ts';
import type { HardRuleName, HardRules } from './types.ts';

export const HARD_RULE_ORDER: readonly HardRuleName[] = [
  'reportingLine',
  'excluded',
  'sameDepartment',
  'noSharedLanguage',
  'timeZoneTooFar',
];

const REPORTING_LINE = 1;
const EXCLUDED = 2;
const SAME_DEPARTMENT = 4;
const NO_SHARED_LANGUAGE = 8;
const TIME_ZONE_TOO_FAR = 16;

export interface ResolvedRules {
  readonly noReportingLine: boolean;
  readonly differentDepartment: boolean;
  readonly sharedLanguage: boolean;
  readonly maxTimeZoneDifferenceHours: number;
}

export function resolveRules(rules: HardRules | undefined): ResolvedRules {
  const maxTz = rules?.maxTimeZoneDifferenceHours;
  return {
    noReportingLine: rules?.noReportingLine ?? true,
    differentDepartment: rules?.differentDepartment ?? false,
    sharedLanguage: rules?.sharedLanguage ?? true,
    maxTimeZoneDifferenceHours: typeof maxTz === 'number' && maxTz >= 0 ? maxTz : Infinity,
  };
}

/** Bit mask of the hard rules the pair (a, b) breaks; symmetric in a and b. */
export function violations(f: Features, rules: ResolvedRules, a: number, b: number): number {
  let mask = 0;
  if (rules.noReportingLine && f.lines.related(a, b)) mask |= REPORTING_LINE;
  if (a === b || f.excluded[a]?.has(b) === true) mask |= EXCLUDED;
  if (rules.differentDepartment) {
    const d = f.department[a]!;
    if (d >= 0 && d === f.department[b]) mask |= SAME_DEPARTMENT;
  }
  if (rules.sharedLanguage && countCommon(f.languages[a]!, f.languages[b]!) === 0) mask |= NO_SHARED_LANGUAGE;
  if (rules.maxTimeZoneDifferenceHours !== Infinity) {
    const ta = f.timeZone[a]!;
    const tb = f.timeZone[b]!;
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && clockDistance(ta, tb) > rules.maxTimeZoneDifferenceHours)
      mask |= TIME_ZONE_TOO_FAR;
  }
  return mask;
}

export function ruleNames(mask: number): HardRuleName[] {
  return HARD_RULE_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** Adds one to `counts[r]` for every rule r in the mask. */
export function tallyRules(mask: number, counts: Int32Array): void {
  for (let bit = 0; bit < HARD_RULE_ORDER.length; bit++) if ((mask & (1 << bit)) !== 0) counts[bit]!++;
}
