// Small random matching instances for property tests: few values per field so that
// ties, forbidden pairs and zero capacities are common.
import fc from 'fast-check';
import type { Criterion, HardRules, MatchingInput, Mode, Objective, Participant } from '../../../src/lib/matching/index.ts';

export interface InstanceOptions {
  readonly maxPeople: number;
  readonly minPeople?: number;
  readonly modes: readonly Mode[];
  readonly withLocks?: boolean;
  /** Most locked pairs (default 2). */
  readonly maxLocks?: number;
}

const LANGS = ['nl', 'en'];
const SKILLS = ['excel', 'python', 'sales'];
const INTERESTS = ['chess', 'hiking', 'jazz'];

const participantArb = fc.record({
  role: fc.constantFrom<Participant['role']>('mentor', 'mentee', 'both'),
  department: fc.constantFrom<string | undefined>('A', 'B', undefined),
  manager: fc.integer({ min: -8, max: 9 }),
  level: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  timeZoneOffset: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
  languages: fc.subarray(LANGS, { minLength: 1 }),
  skillsOffered: fc.subarray(SKILLS),
  skillsWanted: fc.subarray(SKILLS),
  interests: fc.subarray(INTERESTS),
  capacity: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  preferred: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  excluded: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
  hobby: fc.constantFrom('x', 'y'),
});

const criterionArb: fc.Arbitrary<Criterion> = fc.oneof(
  fc.record({ kind: fc.constant('offerMeetsWant' as const), weight: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('shared' as const), weight: fc.integer({ min: 0, max: 3 }), property: fc.constantFrom('interests' as const, 'languages' as const) }),
  fc.record({ kind: fc.constantFrom('same' as const, 'different' as const), weight: fc.integer({ min: 0, max: 3 }), property: fc.constantFrom('department' as const, { attribute: 'hobby' }) }),
  fc.record({ kind: fc.constant('levelGap' as const), weight: fc.integer({ min: 0, max: 3 }), target: fc.integer({ min: -2, max: 2 }), tolerance: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant('timeZone' as const), weight: fc.integer({ min: 0, max: 3 }), fullWithinHours: fc.constant(1), zeroAtHours: fc.constant(4) }),
  fc.record({ kind: fc.constant('nomination' as const), weight: fc.integer({ min: 0, max: 3 }) }),
);

export function instanceArb(options: InstanceOptions): fc.Arbitrary<MatchingInput> {
  return fc
    .record({
      people: fc.array(participantArb, { minLength: options.minPeople ?? 0, maxLength: options.maxPeople }),
      criteria: fc.array(criterionArb, { maxLength: 4 }),
      noReportingLine: fc.boolean(),
      differentDepartment: fc.boolean(),
      sharedLanguage: fc.boolean(),
      maxTz: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      excludedPairs: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: 3 }),
      lockedPairs: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })), { maxLength: options.withLocks === false ? 0 : (options.maxLocks ?? 2) }),
      mode: fc.constantFrom(...options.modes),
      objective: fc.constantFrom<Objective>('total', 'fairness'),
      order: fc.array(fc.nat(), { maxLength: 12 }),
    })
    .map((r) => {
      const id = (i: number): string => `p${i}`;
      const participants: Participant[] = r.people.map((p, i) => ({
        id: id(i),
        name: `Name ${i}`,
        role: p.role,
        ...(p.department === undefined ? {} : { department: p.department }),
        ...(p.manager >= 0 ? { managerId: id(p.manager) } : {}),
        ...(p.level === undefined ? {} : { level: p.level }),
        ...(p.timeZoneOffset === undefined ? {} : { timeZoneOffset: p.timeZoneOffset }),
        languages: p.languages,
        skillsOffered: p.skillsOffered,
        skillsWanted: p.skillsWanted,
        interests: p.interests,
        ...(p.capacity === undefined ? {} : { capacity: p.capacity }),
        preferredPartners: p.preferred.map(id),
        excludedPartners: p.excluded.map(id),
        attributes: { hobby: p.hobby },
      }));
      const rules: HardRules = {
        noReportingLine: r.noReportingLine,
        differentDepartment: r.differentDepartment,
        sharedLanguage: r.sharedLanguage,
        ...(r.maxTz === undefined ? {} : { maxTimeZoneDifferenceHours: r.maxTz }),
        excludedPairs: r.excludedPairs.map(([a, b]) => [id(a), id(b)] as const),
        lockedPairs: r.lockedPairs.map(([a, b]) => [id(a), id(b)] as const),
      };
      return { participants: shuffle(participants, r.order), criteria: r.criteria, rules, mode: r.mode, objective: r.objective };
    });
}

/** Deterministic shuffle driven by generated numbers (so fast-check can replay it). */
export function shuffle<T>(items: readonly T[], order: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (order[i % Math.max(1, order.length)] ?? i) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Loose input, as a spreadsheet or an old saved file may give it: right names, any values.
const loose = fc.oneof(fc.anything(), fc.constantFrom('mentor', 'mentee', 'both', 'nl', 'p1'), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))));

export const looseParticipantArb = fc.oneof(
  fc.anything(),
  fc.record({
    id: fc.oneof(fc.constantFrom('p1', 'p2', 'p3', ''), fc.integer({ min: 0, max: 3 }), fc.anything()),
    name: loose,
    role: loose,
    languages: loose,
    managerId: loose,
    capacity: loose,
    level: loose,
    timeZoneOffset: loose,
    preferredPartners: loose,
    excludedPartners: loose,
    interests: loose,
    attributes: fc.oneof(fc.anything(), fc.dictionary(fc.string(), loose)),
    topCriterion: fc.oneof(fc.integer({ min: -1, max: 3 }), loose),
  }, { requiredKeys: [] }),
);

export const looseCriterionArb = fc.oneof(
  fc.anything(),
  fc.record({ kind: fc.constantFrom('offerMeetsWant', 'shared', 'same', 'different', 'levelGap', 'timeZone', 'nomination', 'closeness', 'x'), weight: loose, property: loose, target: loose, tolerance: loose, attribute: loose, range: loose }, { requiredKeys: ['kind'] }),
);

/** Values that break naive code: no prototype (String() throws), bigint, boxed, sparse arrays, maps. */
const junk = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});
const looseOrJunk = fc.oneof(loose, junk);
const smallOrJunk = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.double(), looseOrJunk);
const loosePairsArb = fc.oneof(looseOrJunk, fc.array(fc.oneof(fc.tuple(looseOrJunk, looseOrJunk), fc.tuple(fc.constantFrom('p1', 'p2', 'p3'), fc.constantFrom('p1', 'p2', 'p3')), junk), { maxLength: 4 }));

/** A whole raw input, from plausible-but-wrong to anything at all; the mode kind is what it asks for, if anything. */
export const looseInputArb: fc.Arbitrary<unknown> = fc.oneof(
  junk,
  fc.record({
    participants: fc.oneof(fc.array(fc.oneof(looseParticipantArb, junk), { maxLength: 6 }), junk),
    criteria: fc.oneof(fc.array(fc.oneof(looseCriterionArb, junk), { maxLength: 3 }), junk),
    mode: fc.oneof(
      fc.record({
        kind: fc.constantFrom('mentoring', 'reciprocal', 'peers', 'groups', 'stable', 'x'),
        size: smallOrJunk,
        minSize: smallOrJunk,
        maxSize: smallOrJunk,
        bothRoleSide: fc.oneof(fc.constantFrom('mentor', 'mentee'), looseOrJunk),
        oneMentorPerGroup: fc.oneof(fc.boolean(), looseOrJunk),
      }, { requiredKeys: ['kind'] }),
      junk,
    ),
    objective: fc.oneof(fc.constantFrom('total', 'fairness'), looseOrJunk),
    rules: fc.oneof(
      fc.record({
        noReportingLine: looseOrJunk,
        differentDepartment: looseOrJunk,
        sharedLanguage: looseOrJunk,
        maxTimeZoneDifferenceHours: smallOrJunk,
        excludedPairs: loosePairsArb,
        lockedPairs: loosePairsArb,
      }, { requiredKeys: [] }),
      junk,
    ),
  }, { requiredKeys: [] }),
);
