// sanitise.ts is the one place that reads raw input; these properties are what every later
// step (features, scorer, modes, solvers) relies on instead of checking again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/lib/matching/canonical.ts';
import { createContext } from '../../../src/lib/matching/context.ts';
import { SCORE_SCALE, type MatchingInput, type Participant } from '../../../src/lib/matching/index.ts';
import { dictionaries } from '../../../src/lib/i18n/all.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { sanitise, type CleanInput } from '../../../src/lib/matching/sanitise.ts';
import { instanceArb, looseInputArb } from './arbitraries.ts';

const STRING_FIELDS = ['department', 'managerId', 'location'] as const;
const LIST_FIELDS = ['languages', 'skillsOffered', 'skillsWanted', 'interests', 'preferredPartners', 'excludedPartners'] as const;
const SHAPE_WARNINGS = ['data.emptyId', 'data.invalidRole', 'data.invalidNumber', 'data.invalidCapacity', 'data.invalidWeight', 'data.unknownCriterion', 'data.invalidTopCriterion'];

const isFiniteOrAbsent = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isFinite(v));
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function expectParticipantClean(p: Participant): void {
  expect(typeof p.id === 'string' && p.id !== '').toBe(true);
  expect(typeof p.name).toBe('string');
  expect(['mentor', 'mentee', 'both']).toContain(p.role);
  for (const key of STRING_FIELDS) expect(p[key] === undefined || typeof p[key] === 'string').toBe(true);
  for (const key of LIST_FIELDS) expect(p[key] === undefined || isStringList(p[key])).toBe(true);
  expect(isFiniteOrAbsent(p.level)).toBe(true);
  expect(isFiniteOrAbsent(p.timeZoneOffset)).toBe(true);
  expect(p.capacity === undefined || (Number.isInteger(p.capacity) && p.capacity >= 0 && p.capacity <= 1_000_000)).toBe(true);
  for (const v of Object.values(p.attributes ?? {}))
    expect(typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || isStringList(v)).toBe(true);
  // Only declared fields survive, and none of them is present-but-undefined.
  for (const [key, v] of Object.entries(p)) {
    expect(['id', 'name', 'role', 'capacity', 'level', 'timeZoneOffset', 'attributes', 'topCriterion', ...STRING_FIELDS, ...LIST_FIELDS]).toContain(key);
    expect(v).not.toBe(undefined);
  }
}

function expectClean(clean: CleanInput): void {
  const { people, indexById, duplicateIds } = clean.participants;
  people.forEach((p, i) => {
    expectParticipantClean(p);
    expect(p.topCriterion === undefined || (Number.isInteger(p.topCriterion) && p.topCriterion >= 0 && p.topCriterion < clean.criteria.length)).toBe(true);
    expect(indexById.get(p.id)).toBe(i);
    if (i > 0) expect(compareIds(people[i - 1]!.id, p.id)).toBe(-1);
    expect(duplicateIds).not.toContain(p.id);
  });
  expect(indexById.size).toBe(people.length);
  expect(clean.submitted).toBeGreaterThanOrEqual(people.length + 2 * duplicateIds.length);

  for (const c of clean.criteria) {
    expect(Number.isFinite(c.weight) && c.weight >= 0).toBe(true);
    if (c.kind === 'levelGap') expect(Number.isFinite(c.target) && Number.isFinite(c.tolerance) && c.tolerance >= 0).toBe(true);
    if (c.kind === 'timeZone') expect(Number.isFinite(c.fullWithinHours) && Number.isFinite(c.zeroAtHours)).toBe(true);
    if (c.kind === 'closeness') expect(typeof c.attribute === 'string' && Number.isFinite(c.range)).toBe(true);
    if (c.kind === 'shared' || c.kind === 'same' || c.kind === 'different')
      expect(typeof c.property === 'string' || typeof c.property.attribute === 'string').toBe(true);
  }

  const mode = clean.mode;
  if (mode === null) expect(clean.issues.some((i) => i.severity === 'error')).toBe(true);
  else if (mode.kind === 'groups') {
    expect([mode.minSize, mode.size, mode.maxSize].every(Number.isInteger)).toBe(true);
    expect(2 <= mode.minSize && mode.minSize <= mode.size && mode.size <= mode.maxSize).toBe(true);
    expect(typeof mode.oneMentorPerGroup).toBe('boolean');
  } else if (mode.kind !== 'peers') expect(['mentor', 'mentee']).toContain(mode.bothRoleSide);

  expect(['total', 'fairness']).toContain(clean.objective);
  const { noReportingLine, differentDepartment, sharedLanguage, maxTimeZoneDifferenceHours } = clean.rules;
  expect([noReportingLine, differentDepartment, sharedLanguage].every((b) => typeof b === 'boolean')).toBe(true);
  expect(maxTimeZoneDifferenceHours >= 0).toBe(true);
  for (const pair of [...clean.lockedPairs, ...clean.excludedPairs]) expect(pair.length === 2 && isStringList(pair)).toBe(true);
  clean.lockedPairs.forEach((p, i) => {
    const q = clean.lockedPairs[i - 1];
    if (q !== undefined) expect(compareIds(q[0], p[0]) || compareIds(q[1], p[1])).toBeLessThanOrEqual(0);
  });

  for (const issue of clean.issues) {
    expect(['error', 'warning']).toContain(issue.severity);
    expect(Object.hasOwn(dictionaries.nl, issue.message.key), issue.message.key).toBe(true);
    for (const v of Object.values(issue.message.params)) {
      if (Array.isArray(v)) for (const item of v) expect(typeof item).toBe('string');
      else if (typeof v === 'object') expect(Object.hasOwn(dictionaries.nl, (v as { key: string }).key)).toBe(true);
      else expect(['string', 'number']).toContain(typeof v);
    }
  }
}

/** The clean input written back as input: sanitising it again must change nothing. */
function asInput(clean: CleanInput): unknown {
  return {
    participants: clean.participants.people,
    criteria: clean.criteria,
    mode: clean.mode,
    objective: clean.objective,
    rules: { ...clean.rules, lockedPairs: clean.lockedPairs, excludedPairs: clean.excludedPairs },
  };
}

describe('sanitise: one clean input', () => {
  it('never throws on junk, and its output satisfies every invariant the later steps rely on', () => {
    fc.assert(
      fc.property(looseInputArb, (raw) => {
        const clean = sanitise(raw);
        expectClean(clean);
        // A fixed point: what is clean stays as it is, with no new shape warnings.
        const again = sanitise(asInput(clean));
        expect(again.participants.people).toEqual(clean.participants.people);
        expect(again.criteria).toEqual(clean.criteria);
        expect(again.rules).toEqual(clean.rules);
        expect(again.lockedPairs).toEqual(clean.lockedPairs);
        expect(again.excludedPairs).toEqual(clean.excludedPairs);
        if (clean.mode !== null) expect(again.mode).toEqual(clean.mode);
        expect(again.issues.map((i) => i.message.key).filter((k) => SHAPE_WARNINGS.includes(k))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the solvers integer scores in range and integer rule masks, whatever the input', () => {
    fc.assert(
      fc.property(looseInputArb, (raw) => {
        const ctx = createContext(raw, silentControl);
        const n = ctx.features.people.length;
        for (let a = 0; a < n; a++) {
          expect(ctx.features.capacity[a]).toBeGreaterThanOrEqual(0);
          for (let b = 0; b < n; b++) {
            for (const orientation of ['directed', 'symmetric'] as const) {
              const s = ctx.scorer.score(a, b, orientation);
              expect(Number.isInteger(s) && s >= 0 && s <= SCORE_SCALE).toBe(true);
            }
            expect(Number.isInteger(ctx.mask(a, b))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps valid input as given, only in id order', () => {
    fc.assert(
      fc.property(instanceArb({ maxPeople: 8, modes: [{ kind: 'mentoring' }, { kind: 'peers' }, { kind: 'groups', size: 3 }] }), (input: MatchingInput) => {
        const clean = sanitise(input);
        const sorted = [...input.participants].sort((a, b) => compareIds(a.id, b.id));
        expect(clean.participants.people).toEqual(sorted);
        expect(clean.criteria).toEqual(input.criteria);
        expect(clean.objective).toBe(input.objective);
        expect(clean.issues.map((i) => i.message.key).filter((k) => SHAPE_WARNINGS.includes(k))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
