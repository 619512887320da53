// The rule counts shown next to each switch, checked against a brute-force count that reads the
// participants directly (no engine code), on small random lists in every mode; and the time it
// takes for a list of 2 000.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdPair, Mode, Participant, PastRound } from '../../../src/lib/matching/types.ts';
import { DEFAULT_RULES, type MatchingProject, type RuleSettings } from '../../../src/lib/matcher/model.ts';
import { createProject } from '../../../src/lib/matcher/operations.ts';
import { matchingInput } from '../../../src/lib/matcher/input.ts';
import {
  DEFAULT_TIME_ZONE_LIMIT,
  impactInput,
  ruleImpact,
  SWITCHED_RULES,
  type CountMethod,
  type RuleImpact,
  type SwitchedRule,
} from '../../../src/lib/matcher/rule-impact.ts';

let counter = 0;
const base = createProject('Test', 'careerMentoring', { newId: () => `id${counter++}`, now: '2026-03-01T10:00:00.000Z' });

function project(mode: Mode, rules: RuleSettings, forbidden: readonly IdPair[] = [], rounds: readonly PastRound[] = [], allowRepeats = false): MatchingProject {
  return { ...base, mode, rules, review: { ...base.review, forbidden }, rounds, allowRepeats };
}

/** Everyone above a person, walking up the manager ids (a cycle stops at the first repeat). */
function above(byId: Map<string, Participant>, person: Participant): Set<string> {
  const seen = new Set<string>();
  let manager = person.managerId;
  while (manager !== undefined && byId.has(manager) && !seen.has(manager)) {
    seen.add(manager);
    manager = byId.get(manager)!.managerId;
  }
  return seen;
}

function bruteForce(setup: MatchingProject, people: readonly Participant[]): RuleImpact {
  const byId = new Map(people.map((p) => [p.id, p]));
  const limit = setup.rules.maxTimeZoneDifferenceHours ?? DEFAULT_TIME_ZONE_LIMIT;
  const breaks = (rule: SwitchedRule, a: Participant, b: Participant): boolean => {
    switch (rule) {
      case 'noReportingLine':
        return above(byId, a).has(b.id) || above(byId, b).has(a.id);
      case 'differentDepartment':
        return a.department !== undefined && a.department === b.department;
      case 'sharedLanguage':
        return !(a.languages ?? []).some((language) => (b.languages ?? []).includes(language));
      case 'maxTimeZoneDifferenceHours': {
        if (a.timeZoneOffset === undefined || b.timeZoneOffset === undefined) return false;
        const d = Math.abs(a.timeZoneOffset - b.timeZoneOffset) % 24;
        return Math.min(d, 24 - d) > limit;
      }
    }
  };
  const samePair = (p: IdPair, a: Participant, b: Participant) => (p[0] === a.id && p[1] === b.id) || (p[0] === b.id && p[1] === a.id);
  const always = (a: Participant, b: Participant): boolean =>
    (a.excludedPartners ?? []).includes(b.id) ||
    (b.excludedPartners ?? []).includes(a.id) ||
    setup.review.forbidden.some((p) => samePair(p, a, b)) ||
    (!setup.allowRepeats && setup.rounds.some((round) => round.pairs.some((p) => samePair(p, a, b))));
  const mode = setup.mode;
  const side = 'bothRoleSide' in mode ? (mode.bothRoleSide ?? 'mentee') : 'mentee';
  const isMentor = (p: Participant) => p.role === 'mentor' || (p.role === 'both' && side === 'mentor');
  const candidate = (a: Participant, b: Participant): boolean => {
    if (a.id === b.id) return false;
    switch (mode.kind) {
      case 'peers':
        return true;
      case 'groups':
        return !(mode.oneMentorPerGroup === true && a.role === 'mentor' && b.role === 'mentor');
      case 'mentoring':
      case 'reciprocal':
        return isMentor(a) !== isMentor(b);
      case 'stable': {
        if (isMentor(a) === isMentor(b)) return false;
        const [mentor, mentee] = isMentor(a) ? [a, b] : [b, a];
        return (mentee.preferredPartners ?? []).includes(mentor.id);
      }
    }
  };
  const on = (rule: SwitchedRule) => (rule === 'maxTimeZoneDifferenceHours' ? setup.rules.maxTimeZoneDifferenceHours !== null : setup.rules[rule]);
  const eligible = (a: Participant, b: Participant, active: (rule: SwitchedRule) => boolean) =>
    !always(a, b) && SWITCHED_RULES.every((rule) => !active(rule) || !breaks(rule, a, b));
  const partnersUnder = (a: Participant, active: (rule: SwitchedRule) => boolean) => people.filter((b) => candidate(a, b) && eligible(a, b, active)).length;
  const pairs: [Participant, Participant][] = [];
  people.forEach((a, i) => people.slice(i + 1).forEach((b) => candidate(a, b) && pairs.push([a, b])));
  return {
    people: people.length,
    candidatePairs: pairs.length,
    eligiblePairs: pairs.filter(([a, b]) => eligible(a, b, on)).length,
    withNobody: people.filter((a) => partnersUnder(a, on) === 0).length,
    withNobodyAnyway: people.filter((a) => partnersUnder(a, () => false) === 0).length,
    rules: SWITCHED_RULES.map((rule) => ({
      rule,
      on: on(rule),
      pairs: pairs.filter(([a, b]) => breaks(rule, a, b)).length,
      leftWithNobody: people.filter(
        (a) => partnersUnder(a, (r) => (r === rule ? true : on(r))) === 0 && partnersUnder(a, (r) => (r === rule ? false : on(r))) > 0,
      ).length,
    })),
  };
}

const modeArb: fc.Arbitrary<Mode> = fc.oneof(
  fc.record({ kind: fc.constant('mentoring' as const), bothRoleSide: fc.constantFrom('mentor' as const, 'mentee' as const) }),
  fc.constant<Mode>({ kind: 'mentoring' }),
  fc.record({ kind: fc.constant('reciprocal' as const), bothRoleSide: fc.constantFrom('mentor' as const, 'mentee' as const) }),
  fc.record({ kind: fc.constant('stable' as const), bothRoleSide: fc.constantFrom('mentor' as const, 'mentee' as const) }),
  fc.record({ kind: fc.constant('peers' as const), allowTrio: fc.boolean() }),
  fc.record({ kind: fc.constant('groups' as const), size: fc.constant(3), minSize: fc.constant(2), maxSize: fc.constant(4), oneMentorPerGroup: fc.boolean() }),
);

const personArb = fc.record({
  role: fc.constantFrom<Participant['role']>('mentor', 'mentee', 'both'),
  department: fc.constantFrom<string | undefined>('HR', 'IT', undefined),
  manager: fc.integer({ min: -4, max: 9 }),
  languages: fc.subarray(['nl', 'en', 'de']),
  timeZoneOffset: fc.option(fc.constantFrom(-5, 0, 1, 3, 9, 13), { nil: undefined }),
  preferred: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  excluded: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
});

const pairArb = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 }));

const caseArb = fc
  .record({
    people: fc.array(personArb, { maxLength: 10 }),
    mode: modeArb,
    rules: fc.record({
      noReportingLine: fc.boolean(),
      differentDepartment: fc.boolean(),
      sharedLanguage: fc.boolean(),
      maxTimeZoneDifferenceHours: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    }),
    forbidden: fc.array(pairArb, { maxLength: 3 }),
    earlier: fc.array(pairArb, { maxLength: 3 }),
    allowRepeats: fc.boolean(),
  })
  .map((r) => {
    const id = (i: number) => `p${i}`;
    const people: Participant[] = r.people.map((p, i) => ({
      id: id(i),
      name: `Person ${i}`,
      role: p.role,
      ...(p.department === undefined ? {} : { department: p.department }),
      // Only people in the list, never oneself: the import drops every other manager.
      ...(p.manager >= 0 && p.manager < r.people.length && p.manager !== i ? { managerId: id(p.manager) } : {}),
      languages: p.languages,
      ...(p.timeZoneOffset === undefined ? {} : { timeZoneOffset: p.timeZoneOffset }),
      preferredPartners: p.preferred.filter((j) => j !== i && j < r.people.length).map(id),
      excludedPartners: p.excluded.filter((j) => j !== i && j < r.people.length).map(id),
    }));
    const pairs = (list: [number, number][]): IdPair[] => list.map(([a, b]) => [id(a), id(b)]);
    return { people, setup: project(r.mode, r.rules, pairs(r.forbidden), [{ pairs: pairs(r.earlier), unmatched: [] }], r.allowRepeats) };
  });

/** Up to 60 people with few distinct departments, languages and time zones, so classes hold several people. */
const largeCaseArb = fc
  .record({
    size: fc.integer({ min: 0, max: 60 }),
    seed: fc.integer(),
    mode: modeArb,
    rules: fc.record({
      noReportingLine: fc.boolean(),
      differentDepartment: fc.boolean(),
      sharedLanguage: fc.boolean(),
      maxTimeZoneDifferenceHours: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    }),
    allowRepeats: fc.boolean(),
  })
  .map(({ size, seed, mode, rules, allowRepeats }) => {
    let s = seed >>> 0;
    const next = (k: number): number => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s % k;
    };
    const id = (i: number) => `p${i}`;
    const people: Participant[] = Array.from({ length: size }, (_, i) => ({
      id: id(i),
      name: `Person ${i}`,
      role: (['mentor', 'mentee', 'both'] as const)[next(3)]!,
      ...(next(5) === 0 ? {} : { department: ['HR', 'IT'][next(2)]! }),
      // Managers anywhere in the list, cycles included.
      ...(i > 0 && next(3) > 0 ? { managerId: id(next(size)) } : {}),
      languages: [['nl'], ['en'], ['nl', 'en'], []][next(4)]!,
      ...(next(4) === 0 ? {} : { timeZoneOffset: [0, 1, 5][next(3)]! }),
      excludedPartners: next(4) === 0 ? [id(next(size))] : [],
    }));
    const pairs = (count: number): IdPair[] => (size === 0 ? [] : Array.from({ length: count }, () => [id(next(size)), id(next(size))] as IdPair));
    return { people, setup: project(mode, rules, pairs(3), [{ pairs: pairs(8), unmatched: [] }], allowRepeats) };
  });

describe('ruleImpact', () => {
  it.each<CountMethod>(['auto', 'rows', 'classes'])('counts what a brute-force check of every pair counts, in every mode (%s)', (method) => {
    fc.assert(
      fc.property(caseArb, ({ people, setup }) => {
        expect(ruleImpact(setup, people, method)).toEqual(bruteForce(setup, people));
      }),
      { numRuns: 400 },
    );
  });

  it('counts by class what it counts row by row on larger lists, reporting lines, exclusions and earlier rounds included', () => {
    fc.assert(
      fc.property(largeCaseArb, ({ people, setup }) => {
        expect(ruleImpact(setup, people, 'classes')).toEqual(ruleImpact(setup, people, 'rows'));
      }),
      { numRuns: 60 },
    );
  });

  it('counts from the input a run would get, with every switch on and no criteria', () => {
    const people: Participant[] = [{ id: 'a', name: 'A', role: 'mentor' }];
    const setup = project({ kind: 'mentoring' }, { ...DEFAULT_RULES, maxTimeZoneDifferenceHours: null }, [['a', 'b']], [{ pairs: [['a', 'c']], unmatched: [] }]);
    const everyRule = { ...setup, rules: { noReportingLine: true, differentDepartment: true, sharedLanguage: true, maxTimeZoneDifferenceHours: DEFAULT_TIME_ZONE_LIMIT } };
    const { objective: _objective, ...expected } = matchingInput(everyRule, people);
    expect(impactInput(setup, people)).toEqual({ ...expected, criteria: [] });
  });

  it('says which rule leaves whom with nobody', () => {
    const people: Participant[] = [
      { id: 'boss', name: 'Boss', role: 'mentor', languages: ['nl'], department: 'IT' },
      { id: 'ann', name: 'Ann', role: 'mentee', managerId: 'boss', languages: ['nl'], department: 'IT' },
      { id: 'ed', name: 'Ed', role: 'mentor', languages: ['en'], department: 'HR' },
      { id: 'kim', name: 'Kim', role: 'mentee', languages: ['en'], department: 'HR' },
    ];
    const impact = ruleImpact(project({ kind: 'mentoring' }, { ...DEFAULT_RULES }), people)!;
    expect(impact.candidatePairs).toBe(4);
    // Boss and Ann: one's manager is the other, and neither shares a language with the other mentor or mentee.
    // Each of the two rules alone would leave them someone, so each counts both of them.
    const byRule = Object.fromEntries(impact.rules.map((count) => [count.rule, count]));
    expect(byRule['noReportingLine']).toEqual({ rule: 'noReportingLine', on: true, pairs: 1, leftWithNobody: 2 });
    expect(byRule['sharedLanguage']).toEqual({ rule: 'sharedLanguage', on: true, pairs: 2, leftWithNobody: 2 });
    expect(impact.withNobody).toBe(2);
    expect(impact.withNobodyAnyway).toBe(0);
    expect(impact.eligiblePairs).toBe(1);
    // Switched off, a rule says what switching it on would do: Ed and Kim share a department and lose their one pair.
    expect(byRule['differentDepartment']).toEqual({ rule: 'differentDepartment', on: false, pairs: 2, leftWithNobody: 2 });
    expect(byRule['maxTimeZoneDifferenceHours']).toEqual({ rule: 'maxTimeZoneDifferenceHours', on: false, pairs: 0, leftWithNobody: 0 });
  });

  it('returns null for a mode the engine would not run', () => {
    expect(ruleImpact(project({ kind: 'groups', size: 1 }, { ...DEFAULT_RULES }), [])).toBeNull();
  });

  it('counts 2 000 participants the same way by class as row by row (speed: npm run bench)', () => {
    const people: Participant[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `p${i}`,
      name: `Person ${i}`,
      role: i % 3 === 0 ? 'mentor' : i % 3 === 1 ? 'mentee' : 'both',
      department: `D${i % 17}`,
      ...(i > 0 ? { managerId: `p${Math.floor((i - 1) / 5)}` } : {}),
      languages: i % 4 === 0 ? ['en'] : ['nl', 'en'],
      timeZoneOffset: (i % 7) - 3,
      preferredPartners: [`p${(i * 7) % 2000}`],
    }));
    const rules: RuleSettings = { noReportingLine: true, differentDepartment: true, sharedLanguage: true, maxTimeZoneDifferenceHours: 3 };
    for (const mode of [{ kind: 'mentoring' }, { kind: 'peers' }, { kind: 'groups', size: 4, oneMentorPerGroup: true }, { kind: 'stable' }] as Mode[]) {
      const setup = project(mode, rules);
      const impact = ruleImpact(setup, people)!;
      expect(impact.people).toBe(2000);
      expect(ruleImpact(setup, people, 'rows')).toEqual(impact);
    }
  });
});
