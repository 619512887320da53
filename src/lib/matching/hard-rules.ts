// A pair is eligible when its violation mask is 0. Each bit is one hard rule, so the
// "rule that removed the most candidates" can be counted afterwards from the masks.
import { classes, clockDistance, countCommon, tokenBitsets, type Features } from './features.ts';
import type { ResolvedRules } from './sanitise.ts';
import type { HardRuleName } from './types.ts';

export const HARD_RULE_ORDER: readonly HardRuleName[] = [
  'reportingLine',
  'excluded',
  'sameDepartment',
  'noSharedLanguage',
  'timeZoneTooFar',
  'repeatPair',
];

const REPORTING_LINE = 1;
const EXCLUDED = 2;
const SAME_DEPARTMENT = 4;
const NO_SHARED_LANGUAGE = 8;
const TIME_ZONE_TOO_FAR = 16;

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

/**
 * `violations(a, b) | repeatMask(a, b)` for one row a against a fixed list of columns at a
 * time, without a call per pair: what the rules read of each column is gathered once, and
 * rules nobody can break (no managers, no exclusions, no earlier pairs) are skipped.
 */
export function ruleRows(
  f: Features,
  rules: ResolvedRules,
  repeats: { readonly hasRepeats: boolean; repeatMask(a: number, b: number): number },
  cols: readonly number[],
): (a: number, out: Int32Array) => void {
  const C = cols.length;
  const colIndex = Int32Array.from(cols);
  // Position of each person among the columns, when nobody appears twice.
  const position = new Int32Array(f.people.length).fill(-1);
  let unique = true;
  cols.forEach((b, k) => {
    if (position[b] !== -1) unique = false;
    position[b] = k;
  });
  const colDepartment = Int32Array.from(cols, (b) => f.department[b]!);
  const languageBits = rules.sharedLanguage ? tokenBitsets([f.languages]) : null;
  const bits = languageBits?.[0];
  const colLanguages = bits === undefined ? null : Uint32Array.from(cols, (b) => bits[b]!);
  const maxHours = rules.maxTimeZoneDifferenceHours;
  const zones = classes(cols, (b) => f.timeZone[b]!);
  const tooFar = new Int32Array(zones.values.length);
  const lines = rules.noReportingLine && f.lines.any;
  return (a, out) => {
    out.fill(0, 0, C);
    if (lines) for (let k = 0; k < C; k++) if (f.lines.related(a, colIndex[k]!)) out[k]! |= REPORTING_LINE;
    const excluded = f.excluded[a];
    if (unique) {
      const self = position[a]!;
      if (self >= 0) out[self]! |= EXCLUDED;
      if (excluded !== undefined)
        for (const b of excluded) {
          const k = position[b]!;
          if (k >= 0) out[k]! |= EXCLUDED;
        }
    } else {
      for (let k = 0; k < C; k++) if (colIndex[k] === a || excluded?.has(colIndex[k]!) === true) out[k]! |= EXCLUDED;
    }
    const d = rules.differentDepartment ? f.department[a]! : -1;
    const language = rules.sharedLanguage && bits !== undefined && colLanguages !== null;
    const x = language ? bits[a]! : 0;
    let zoneRule = false;
    if (maxHours !== Infinity) {
      const ta = f.timeZone[a]!;
      if (!Number.isNaN(ta))
        for (let v = 0; v < zones.values.length; v++) {
          const tb = zones.values[v]!;
          tooFar[v] = !Number.isNaN(tb) && clockDistance(ta, tb) > maxHours ? TIME_ZONE_TOO_FAR : 0;
          zoneRule ||= tooFar[v] !== 0;
        }
    }
    if (d >= 0 || language || zoneRule) {
      const zoneOf = zones.classOf;
      for (let k = 0; k < C; k++) {
        let m = 0;
        if (d >= 0 && colDepartment[k] === d) m |= SAME_DEPARTMENT;
        if (language && (x & colLanguages[k]!) === 0) m |= NO_SHARED_LANGUAGE;
        if (zoneRule) m |= tooFar[zoneOf[k]!]!;
        out[k]! |= m;
      }
    }
    if (rules.sharedLanguage && !language) {
      const xs = f.languages[a]!;
      for (let k = 0; k < C; k++) if (countCommon(xs, f.languages[colIndex[k]!]!) === 0) out[k]! |= NO_SHARED_LANGUAGE;
    }
    if (repeats.hasRepeats) for (let k = 0; k < C; k++) out[k]! |= repeats.repeatMask(a, colIndex[k]!);
  };
}

export function ruleNames(mask: number): HardRuleName[] {
  return HARD_RULE_ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** Adds one to `counts[r]` for every rule r in the mask. */
export function tallyRules(mask: number, counts: Int32Array): void {
  for (let bit = 0; bit < HARD_RULE_ORDER.length; bit++) if ((mask & (1 << bit)) !== 0) counts[bit]!++;
}
