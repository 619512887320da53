// Before a run: what each hard-rule switch does to this list in this mode — how many pairs it
// rules out, and how many people it leaves with nobody at all. The masks come from the
// engine's own context (sanitise, features, reporting lines, hard-rules.ts), so the numbers are
// the ones a run would work with. Capacities and pairs locked by hand are not rules: they are
// left out, as they are when the engine explains why someone has no eligible partner.
//
// Two ways to count, with the same result (the property test checks both against a brute
// force). Row by row asks the engine for every pair's mask: n² masks, 90–400 ms for 2 000
// people. By class uses that the department, language and time-zone rules read only those
// three values: people who share all three form a class, one mask per pair of classes says
// what those rules do, and only the few pairs the other rules touch (reporting lines,
// exclusions, earlier rounds) are asked of the engine one by one. It wins whenever there are
// far fewer classes than people, which is what a real list looks like.
import { createContext, type RunContext } from '../matching/context.ts';
import { HARD_RULE_ORDER } from '../matching/hard-rules.ts';
import { mentorSide } from '../matching/pair-modes.ts';
import { silentControl } from '../matching/progress.ts';
import type { CleanMode } from '../matching/sanitise.ts';
import type { HardRuleName, MatchingInput, Participant } from '../matching/types.ts';
import { engineRules } from './input.ts';
import type { MatchingProject, RuleSettings } from './model.ts';

/** The rules the coordinator switches on and off, as named in RuleSettings. */
export const SWITCHED_RULES = ['noReportingLine', 'differentDepartment', 'sharedLanguage', 'maxTimeZoneDifferenceHours'] as const;
export type SwitchedRule = (typeof SWITCHED_RULES)[number];

/** The limit a switched-off time-zone rule is counted with, and the one it gets when switched on. */
export const DEFAULT_TIME_ZONE_LIMIT = 3;

/** What of a project the counts depend on: plain data, so it can be posted to a worker. */
export type RuleImpactSetup = Pick<MatchingProject, 'mode' | 'rules' | 'review' | 'rounds' | 'allowRepeats'>;

/** `auto` picks by class when there are at most a quarter as many classes as people; the others are for tests. */
export type CountMethod = 'auto' | 'rows' | 'classes';

const ENGINE_RULE: Readonly<Record<SwitchedRule, HardRuleName>> = {
  noReportingLine: 'reportingLine',
  differentDepartment: 'sameDepartment',
  sharedLanguage: 'noSharedLanguage',
  maxTimeZoneDifferenceHours: 'timeZoneTooFar',
};
const bit = (rule: HardRuleName): number => 1 << HARD_RULE_ORDER.indexOf(rule);
/** Rules no switch turns off: pairs excluded by someone or by the review, and pairs from earlier rounds. */
const ALWAYS = bit('excluded') | bit('repeatPair');
/** The rules that read only a person's department, languages and time zone. */
const BY_CLASS = bit('sameDepartment') | bit('noSharedLanguage') | bit('timeZoneTooFar');
/** Masks hold only the bits of HARD_RULE_ORDER, so a histogram of them has this many slots. */
const MASK_VALUES = 1 << HARD_RULE_ORDER.length;
const RULE_BITS = SWITCHED_RULES.map((rule) => bit(ENGINE_RULE[rule]));

export interface RuleCount {
  readonly rule: SwitchedRule;
  /** Whether the rule is on; when it is off the counts say what switching it on would do. */
  readonly on: boolean;
  /** Possible pairs that break the rule (some may break another rule as well). */
  readonly pairs: number;
  /** People with no eligible partner while the rule is on (the other rules as they are), who have one without it. */
  readonly leftWithNobody: number;
}

export interface RuleImpact {
  readonly people: number;
  /** Pairs the mode could make before any rule: mentor × mentee, everyone with everyone, or the nominations (stable). */
  readonly candidatePairs: number;
  /** Of those, the pairs every rule as set allows. */
  readonly eligiblePairs: number;
  /** People with no eligible partner under the rules as set. */
  readonly withNobody: number;
  /** People with nobody even with every switch off: nobody on the other side, or every pair excluded or made before. */
  readonly withNobodyAnyway: number;
  readonly rules: readonly RuleCount[];
}

function isOn(rules: RuleSettings, rule: SwitchedRule): boolean {
  return rule === 'maxTimeZoneDifferenceHours' ? rules.maxTimeZoneDifferenceHours !== null : rules[rule];
}

/**
 * The engine input the counts are made from: the run's input (matchingInput) with every switch on,
 * so one mask per pair says which rules it breaks, and no criteria, which the masks do not read.
 */
export function impactInput(setup: RuleImpactSetup, participants: readonly Participant[]): MatchingInput {
  const everyRule: RuleSettings = {
    noReportingLine: true,
    differentDepartment: true,
    sharedLanguage: true,
    maxTimeZoneDifferenceHours: setup.rules.maxTimeZoneDifferenceHours ?? DEFAULT_TIME_ZONE_LIMIT,
  };
  return {
    participants: [...participants],
    criteria: [],
    rules: engineRules({ rules: everyRule, review: setup.review }),
    mode: setup.mode,
    ...(setup.rounds.length > 0 ? { history: { rounds: setup.rounds, allowRepeats: setup.allowRepeats } } : {}),
  };
}

/** Per person and rule set: how many eligible partners; per mask: how many candidate pairs. */
interface Tally {
  readonly partners: Int32Array;
  readonly pairsWith: Float64Array;
  /** Adds a histogram of person i's candidate pairs (by mask) to i's partner counts. */
  addRow(i: number, histogram: Int32Array): void;
}

/** The counts for the participants and mode; null when the mode is not valid (the engine would not run). */
export function ruleImpact(setup: RuleImpactSetup, participants: readonly Participant[], method: CountMethod = 'auto'): RuleImpact | null {
  const ctx = createContext(impactInput(setup, participants), silentControl);
  const mode = ctx.input.mode;
  if (mode === null) return null;
  const n = ctx.features.people.length;

  let current = ALWAYS;
  SWITCHED_RULES.forEach((rule, r) => {
    if (isOn(setup.rules, rule)) current |= RULE_BITS[r]!;
  });
  // The rule sets to count eligible partners under: as set, no switch at all, and per rule the set with it flipped.
  const variants = [current, ALWAYS, ...RULE_BITS.map((ruleBit) => current ^ ruleBit)];
  const V = variants.length;
  // Per mask value, the variants a pair with it is eligible under.
  const eligibleUnder: number[][] = Array.from({ length: MASK_VALUES }, (_, m) => variants.flatMap((variant, v) => ((m & variant) === 0 ? [v] : [])));
  const tally: Tally = {
    partners: new Int32Array(n * V),
    pairsWith: new Float64Array(MASK_VALUES),
    addRow(i, histogram) {
      const base = i * V;
      for (let m = 0; m < MASK_VALUES; m++) {
        const count = histogram[m]!;
        if (count === 0) continue;
        for (const v of eligibleUnder[m]!) this.partners[base + v]! += count;
      }
    },
  };

  if (mode.kind === 'stable') countNominations(ctx, mode, tally);
  else if (method === 'classes') countByClasses(ctx, mode, tally, 'always');
  else if (method === 'rows' || !countByClasses(ctx, mode, tally, 'ifFewer')) countByRows(ctx, mode, tally);

  const { partners, pairsWith } = tally;
  const nobody = (i: number, v: number): boolean => partners[i * V + v] === 0;
  let withNobody = 0;
  let withNobodyAnyway = 0;
  const leftWithNobody = new Int32Array(SWITCHED_RULES.length);
  for (let i = 0; i < n; i++) {
    if (nobody(i, 0)) withNobody++;
    if (nobody(i, 1)) withNobodyAnyway++;
    SWITCHED_RULES.forEach((rule, r) => {
      const flipped = 2 + r;
      const [withRule, withoutRule] = isOn(setup.rules, rule) ? [0, flipped] : [flipped, 0];
      if (nobody(i, withRule) && !nobody(i, withoutRule)) leftWithNobody[r]!++;
    });
  }
  let candidatePairs = 0;
  let eligiblePairs = 0;
  const broken = new Float64Array(SWITCHED_RULES.length);
  for (let m = 0; m < MASK_VALUES; m++) {
    const count = pairsWith[m]!;
    if (count === 0) continue;
    candidatePairs += count;
    if ((m & current) === 0) eligiblePairs += count;
    RULE_BITS.forEach((ruleBit, r) => {
      if ((m & ruleBit) !== 0) broken[r]! += count;
    });
  }
  return {
    people: n,
    candidatePairs,
    eligiblePairs,
    withNobody,
    withNobodyAnyway,
    rules: SWITCHED_RULES.map((rule, r) => ({ rule, on: isOn(setup.rules, rule), pairs: broken[r]!, leftWithNobody: leftWithNobody[r]! })),
  };
}

type PairMode = Exclude<CleanMode, { kind: 'stable' }>;

/**
 * Who may pair with whom before any rule, as kinds of person: kindOf[i], and pool[k * kinds + l]
 * when a person of kind k may pair with one of kind l. Symmetric, like the pairs themselves.
 */
function poolsOf(ctx: RunContext, mode: PairMode): { kinds: number; kindOf: Uint8Array; pool: Uint8Array } {
  const people = ctx.features.people;
  if (mode.kind === 'peers' || mode.kind === 'groups') {
    // One pool; in groups with one mentor each, two mentors never share a group.
    if (!(mode.kind === 'groups' && mode.oneMentorPerGroup)) return { kinds: 1, kindOf: new Uint8Array(people.length), pool: Uint8Array.of(1) };
    return { kinds: 2, kindOf: Uint8Array.from(people, (p) => (p.role === 'mentor' ? 1 : 0)), pool: Uint8Array.of(1, 1, 1, 0) };
  }
  const isMentor = mentorSide(ctx, mode.bothRoleSide);
  return { kinds: 2, kindOf: Uint8Array.from(people, (_, i) => (isMentor(i) ? 1 : 0)), pool: Uint8Array.of(0, 1, 1, 0) };
}

/** Every candidate pair's mask from the engine, a row at a time. */
function countByRows(ctx: RunContext, mode: PairMode, tally: Tally): void {
  const n = ctx.features.people.length;
  const { kinds, kindOf, pool } = poolsOf(ctx, mode);
  const histogram = new Int32Array(MASK_VALUES);
  const all = Array.from({ length: n }, (_, i) => i);
  if (mode.kind === 'peers' || mode.kind === 'groups') {
    const rows = ctx.maskRows(all);
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      rows(i, out);
      histogram.fill(0);
      const allowed = pool.subarray(kindOf[i]! * kinds, (kindOf[i]! + 1) * kinds);
      for (let j = 0; j < n; j++) if (j !== i && allowed[kindOf[j]!] === 1) histogram[out[j]!]!++;
      tally.addRow(i, histogram);
      // Each pair is seen from both ends.
      for (let m = 0; m < MASK_VALUES; m++) tally.pairsWith[m]! += histogram[m]! / 2;
    }
    return;
  }
  const mentors = all.filter((i) => kindOf[i] === 1);
  const mentees = all.filter((i) => kindOf[i] === 0);
  const columnHistogram = new Int32Array(mentors.length * MASK_VALUES);
  const rows = ctx.maskRows(mentors);
  const out = new Int32Array(mentors.length);
  for (const e of mentees) {
    rows(e, out);
    histogram.fill(0);
    for (let k = 0; k < mentors.length; k++) {
      const mask = out[k]!;
      histogram[mask]!++;
      columnHistogram[k * MASK_VALUES + mask]!++;
    }
    tally.addRow(e, histogram);
    for (let m = 0; m < MASK_VALUES; m++) tally.pairsWith[m]! += histogram[m]!;
  }
  mentors.forEach((mentor, k) => tally.addRow(mentor, columnHistogram.subarray(k * MASK_VALUES, (k + 1) * MASK_VALUES)));
}

/** Stable matching: mentees only propose to the mentors they nominated, so those are the pairs the rules can remove. */
function countNominations(ctx: RunContext, mode: Extract<CleanMode, { kind: 'stable' }>, tally: Tally): void {
  const n = ctx.features.people.length;
  const isMentor = mentorSide(ctx, mode.bothRoleSide);
  const all = Array.from({ length: n }, (_, i) => i);
  const mentors = all.filter(isMentor);
  const column = new Map(mentors.map((m, k) => [m, k]));
  const histogram = new Int32Array(MASK_VALUES);
  const columnHistogram = new Int32Array(mentors.length * MASK_VALUES);
  for (const e of all) {
    if (isMentor(e)) continue;
    histogram.fill(0);
    for (const m of ctx.features.nominationRank[e]!.keys()) {
      const k = column.get(m);
      if (k === undefined) continue;
      const mask = ctx.mask(m, e);
      histogram[mask]!++;
      columnHistogram[k * MASK_VALUES + mask]!++;
    }
    tally.addRow(e, histogram);
    for (let m = 0; m < MASK_VALUES; m++) tally.pairsWith[m]! += histogram[m]!;
  }
  mentors.forEach((mentor, k) => tally.addRow(mentor, columnHistogram.subarray(k * MASK_VALUES, (k + 1) * MASK_VALUES)));
}

/**
 * Counting by class (see the top of the file). With `ifFewer` it counts nothing and returns false
 * when classes would not pay: more than a quarter as many classes as people, or so many reporting
 * lines (a long chain) that the pairs to ask one by one come to a sixteenth of all pairs.
 */
function countByClasses(ctx: RunContext, mode: PairMode, tally: Tally, when: 'ifFewer' | 'always'): boolean {
  const f = ctx.features;
  const n = f.people.length;
  const classKey = new Map<string, number>();
  const representatives: number[] = [];
  const classOf = Int32Array.from(f.people, (_, i) => {
    const key = `${f.department[i]}|${f.timeZone[i]}|${f.languages[i]!.join(',')}`;
    let c = classKey.get(key);
    if (c === undefined) {
      c = representatives.length;
      classKey.set(key, c);
      representatives.push(i);
    }
    return c;
  });
  const K = representatives.length;
  if (when === 'ifFewer' && K * 4 > n) return false;
  const others = otherRulePartners(ctx, when === 'ifFewer' ? (n * n) / 16 : Infinity);
  if (others === null) return false;

  // byClass[c * K + d]: the department, language and time-zone bits of a pair from classes c and d.
  const byClass = new Int32Array(K * K);
  const rows = ctx.maskRows(representatives);
  const out = new Int32Array(K);
  for (let c = 0; c < K; c++) {
    rows(representatives[c]!, out);
    for (let d = 0; d < K; d++) byClass[c * K + d] = out[d]! & BY_CLASS;
  }

  const { kinds, kindOf, pool } = poolsOf(ctx, mode);
  // members[l * K + d]: people of kind l in class d.
  const members = new Int32Array(kinds * K);
  for (let i = 0; i < n; i++) members[kindOf[i]! * K + classOf[i]!]!++;
  // Each person starts from the histogram of their class and kind, made once per pair of the two.
  const start = new Int32Array(K * kinds * MASK_VALUES);
  const made = new Uint8Array(K * kinds);
  const histogram = new Int32Array(MASK_VALUES);
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = classOf[i]!;
    const k = kindOf[i]!;
    const slot = (c * kinds + k) * MASK_VALUES;
    if (made[c * kinds + k] === 0) {
      made[c * kinds + k] = 1;
      for (let l = 0; l < kinds; l++) {
        if (pool[k * kinds + l] === 0) continue;
        for (let d = 0; d < K; d++) start[slot + byClass[c * K + d]!]! += members[l * K + d]!;
      }
    }
    histogram.set(start.subarray(slot, slot + MASK_VALUES));
    // Oneself is in one's own class, and never a candidate.
    if (pool[k * kinds + k] === 1) histogram[byClass[c * K + c]!]!--;
    seen[i] = i;
    for (const j of others[i] ?? []) {
      if (seen[j] === i || pool[k * kinds + kindOf[j]!] === 0) continue;
      seen[j] = i;
      const classBits = byClass[c * K + classOf[j]!]!;
      const mask = classBits | (ctx.mask(i, j) & ~BY_CLASS);
      if (mask === classBits) continue;
      histogram[classBits]!--;
      histogram[mask]!++;
    }
    tally.addRow(i, histogram);
    for (let m = 0; m < MASK_VALUES; m++) tally.pairsWith[m]! += histogram[m]! / 2;
  }
  return true;
}

/**
 * Per person, everyone the other rules might rule out with them (a superset, possibly with
 * repeats; the engine's mask decides): the managers above and the people below, exclusions,
 * and partners from earlier rounds. Null when there are more than `limit` of them.
 */
function otherRulePartners(ctx: RunContext, limit: number): (number[] | undefined)[] | null {
  const f = ctx.features;
  const n = f.people.length;
  const partners: (number[] | undefined)[] = Array.from({ length: n });
  let total = 0;
  const link = (a: number, b: number): void => {
    (partners[a] ??= []).push(b);
    (partners[b] ??= []).push(a);
    total += 2;
  };
  if (f.lines.any) {
    const visited = new Int32Array(n).fill(-1);
    // Up the manager ids until the top or a repeat: in a cycle, everyone in it is above everyone.
    const walkUp = (i: number, visit: (manager: number) => void): void => {
      for (let manager = managerOf(ctx, i); manager !== undefined && visited[manager] !== i; manager = managerOf(ctx, manager)) {
        visited[manager] = i;
        if (manager !== i) visit(manager);
      }
    };
    // Counted before anything is stored, so a long chain costs no more than the limit to turn down.
    let above = 0;
    for (let i = 0; i < n && above <= limit; i++) walkUp(i, () => void (above += 2));
    if (above > limit) return null;
    visited.fill(-1);
    for (let i = 0; i < n; i++) walkUp(i, (manager) => link(i, manager));
  }
  f.excluded.forEach((excluded, i) => excluded.forEach((j) => link(i, j)));
  if (ctx.rounds.hasRepeats)
    for (const round of ctx.input.history.rounds)
      for (const [x, y] of round.pairs) {
        const a = f.indexById.get(x);
        const b = f.indexById.get(y);
        if (a !== undefined && b !== undefined) link(a, b);
      }
  return total > limit ? null : partners;
}

function managerOf(ctx: RunContext, i: number): number | undefined {
  const managerId = ctx.features.people[i]!.managerId;
  return managerId === undefined ? undefined : ctx.features.indexById.get(managerId);
}
