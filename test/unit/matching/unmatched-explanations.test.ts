// What an unmatched person is told must be true. On small random instances (pair modes,
// locked pairs, capacities 0–3) every number in the explanation is recomputed from the
// definition with the independent rule implementation: relaxing the named rule gives exactly
// the claimed candidates (and free places, read off the result), and when every eligible
// partner is taken the claimed weakest match and this person's own score are what
// exhaustive search over the result gives — never a swap the solver missed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/lib/matching/canonical.ts';
import { createContext } from '../../../src/lib/matching/context.ts';
import {
  runMatching,
  type HardRuleName,
  type MatchingInput,
  type Mode,
  type Participant,
  type RuleRelaxation,
  type Unmatched,
} from '../../../src/lib/matching/index.ts';
import { silentControl } from '../../../src/lib/matching/progress.ts';
import { instanceArb } from './arbitraries.ts';
import { formatIn } from './format.ts';
import { dictionaries } from '../../../src/lib/i18n/all.ts';
import { breaksHardRule } from './independent-rules.ts';

const RULES: readonly HardRuleName[] = ['reportingLine', 'excluded', 'sameDepartment', 'noSharedLanguage', 'timeZoneTooFar'];

/** The input with every hard rule switched off except those `keep` accepts. */
function rulesOnly(input: MatchingInput, keep: (rule: HardRuleName) => boolean): MatchingInput {
  const rules = input.rules ?? {};
  const { maxTimeZoneDifferenceHours, ...withoutTimeZone } = rules;
  return {
    ...input,
    participants: keep('excluded') ? input.participants : input.participants.map(({ excludedPartners: _, ...p }) => p),
    rules: {
      ...withoutTimeZone,
      noReportingLine: keep('reportingLine') && (rules.noReportingLine ?? true),
      differentDepartment: keep('sameDepartment') && (rules.differentDepartment ?? false),
      sharedLanguage: keep('noSharedLanguage') && (rules.sharedLanguage ?? true),
      excludedPairs: keep('excluded') ? (rules.excludedPairs ?? []) : [],
      ...(keep('timeZoneTooFar') && maxTimeZoneDifferenceHours !== undefined ? { maxTimeZoneDifferenceHours } : {}),
    },
  };
}

/** The independent rule check, reading both people from `input` (their own exclusions included). */
function breaks(input: MatchingInput, a: Participant, b: Participant): string | null {
  const of = (p: Participant): Participant => input.participants.find((q) => q.id === p.id)!;
  return breaksHardRule(input, of(a), of(b));
}

const seen = new Map<string, number>();

function checkExplanations(input: MatchingInput): void {
  const result = runMatching(input);
  for (const u of result.unmatched) if (u.remedy !== undefined) seen.set(u.remedy.kind, (seen.get(u.remedy.kind) ?? 0) + 1);
  const ctx = createContext(input, silentControl);
  const byId = new Map(ctx.features.people.map((p) => [p.id, p]));
  const mode = input.mode;
  const twoSided = mode.kind === 'mentoring' || mode.kind === 'reciprocal';
  const bothSide = twoSided ? (mode.bothRoleSide ?? 'mentee') : 'mentee';
  const isMentor = (p: Participant): boolean => twoSided && (p.role === 'mentor' || (p.role === 'both' && bothSide === 'mentor'));
  const lockedIn = new Set(result.matches.filter((m) => m.locked).flatMap((m) => m.ids));
  const matchesOf = (id: string) => result.matches.filter((m) => m.ids.includes(id));
  const hasFreePlace = (c: Participant): boolean =>
    mode.kind === 'mentoring' && isMentor(c) ? (c.capacity ?? 1) > matchesOf(c.id).length : matchesOf(c.id).length === 0;
  const candidatesOf = (u: Participant): Participant[] =>
    [...byId.values()].filter((c) => {
      if (c.id === u.id) return false;
      if (!twoSided) return !lockedIn.has(c.id);
      if (isMentor(u) === isMentor(c)) return false;
      // The mentor side is offered every mentor; a mentor is offered the mentees not locked yet.
      return isMentor(c) || !lockedIn.has(c.id);
    });
  const idx = (p: Participant): number => ctx.features.indexById.get(p.id)!;
  const orientation = mode.kind === 'mentoring' ? 'directed' : 'symmetric';

  for (const u of result.unmatched) {
    const person = byId.get(u.id)!;
    const candidates = candidatesOf(person);
    if (u.reason === 'noEligiblePartner' && candidates.length > 0) {
      expect(u.candidates).toBe(candidates.length);
      const expected: RuleRelaxation[] = RULES.flatMap((rule) => {
        const only = rulesOnly(input, (r) => r === rule);
        const relaxed = rulesOnly(input, (r) => r !== rule);
        const removed = candidates.filter((c) => breaks(only, person, c) !== null).length;
        const freed = candidates.filter((c) => breaks(relaxed, person, c) === null);
        return removed === 0 ? [] : [{ rule, removed, candidates: freed.length, withFreePlaces: freed.filter(hasFreePlace).length }];
      });
      expect(u.remedy).toEqual({ kind: 'relaxRule', relaxations: expected });
      const top = expected.find((r) => r.rule === u.topRule)!;
      expect(top.removed).toBe(u.topRuleRemoved);
      expect(u.message.key).toBe(top.removed === candidates.length ? 'matching.unmatched.noEligiblePartnerAll' : 'matching.unmatched.noEligiblePartner');
      expect(u.remedyMessage!.params).toMatchObject({ candidates: top.candidates, withFreePlaces: top.withFreePlaces });
    } else if (u.reason === 'capacityUsedUp' || u.reason === 'outscored') {
      const eligible = new Set(candidates.filter((c) => breaks(input, person, c) === null).map((c) => c.id));
      expect(eligible.size).toBe(u.eligiblePartners);
      const options = result.matches
        .filter((m) => !m.locked)
        .flatMap((m) =>
          m.ids.flatMap((partnerId, i) => {
            if (!eligible.has(partnerId)) return [];
            const partner = byId.get(partnerId)!;
            const partnerLeads = mode.kind !== 'mentoring' || isMentor(partner);
            const own = partnerLeads ? ctx.scorer.score(idx(partner), idx(person), orientation) : ctx.scorer.score(idx(person), idx(partner), orientation);
            return [{ partnerId, displacedId: m.ids[1 - i]!, lowestScore: m.score, ownScore: own / 100 }];
          }),
        )
        .sort((x, y) => x.lowestScore - y.lowestScore || y.ownScore - x.ownScore || compareIds(x.partnerId, y.partnerId) || compareIds(x.displacedId, y.displacedId));
      if (options.length === 0) expect(u.remedy).toEqual({ kind: 'partnersLocked' });
      else {
        expect(u.remedy).toEqual({ kind: 'lowestPair', ...options[0]! });
        // The solver found no better swap: taking that partner's weakest place would not raise the objective.
        expect(options[0]!.ownScore).toBeLessThanOrEqual(options[0]!.lowestScore);
      }
    } else {
      expect(u.remedy).toBeUndefined();
    }
    if (u.remedyMessage !== undefined)
      for (const locale of ['nl', 'en'] as const) expect(formatIn(locale, u.remedyMessage)).not.toMatch(/\{\w+\}/);
  }
}

const MODES: readonly Mode[] = [{ kind: 'mentoring' }, { kind: 'mentoring', bothRoleSide: 'mentor' }, { kind: 'reciprocal' }, { kind: 'peers' }];

const person = (id: string, role: Participant['role'], extra: Partial<Participant> = {}): Participant => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  role,
  languages: ['Nederlands'],
  ...extra,
});

function only(result: ReturnType<typeof runMatching>, id: string): Unmatched {
  return result.unmatched.find((u) => u.id === id)!;
}

describe('unmatched explanations', () => {
  it('are true: relaxing the rule and taking the weakest place give exactly the claimed numbers', () => {
    fc.assert(fc.property(instanceArb({ maxPeople: 10, minPeople: 2, modes: MODES }), checkExplanations), { numRuns: 1500 });
    // Not vacuous: every kind of explanation came up many times.
    expect(seen.get('relaxRule')).toBeGreaterThan(300);
    expect(seen.get('lowestPair')).toBeGreaterThan(300);
    expect(seen.get('partnersLocked')).toBeGreaterThan(5);
  }, 60_000);

  it('says "all" when the rule removed every candidate, and what relaxing it gives', () => {
    const result = runMatching({
      participants: [
        person('anna', 'mentor'),
        person('bert', 'mentor', { capacity: 2 }),
        person('cor', 'mentor'),
        person('dana', 'mentee'),
        person('emma', 'mentee', { languages: ['English'] }),
      ],
      criteria: [],
      rules: { lockedPairs: [['anna', 'dana']] },
      mode: { kind: 'mentoring' },
    });
    const emma = only(result, 'emma');
    expect(emma).toMatchObject({ reason: 'noEligiblePartner', candidates: 3, topRule: 'noSharedLanguage', topRuleRemoved: 3 });
    expect(emma.remedy).toEqual({ kind: 'relaxRule', relaxations: [{ rule: 'noSharedLanguage', removed: 3, candidates: 3, withFreePlaces: 2 }] });
    expect(formatIn('nl', emma.message)).toBe('Emma heeft geen geschikte partner volgens de harde regels; alle 3 kandidaten vielen af door: geen gedeelde taal');
    expect(formatIn('en', emma.message)).toBe('Emma has no eligible partner under the hard rules; all 3 candidates were ruled out by: no shared language');
    // The rule by the name of its switch in the criteria step, so the coordinator can find it.
    expect(formatIn('nl', emma.remedyMessage!)).toBe('Zonder de regel ‘Een gedeelde taal’ komen er 3 kandidaten in beeld, van wie 2 met een vrije plek');
    expect(formatIn('en', emma.remedyMessage!)).toBe('Without the rule ‘A shared language’ there would be 3 candidates, 2 of them with a free place');
    expect(formatIn('nl', emma.remedyMessage!)).toContain(dictionaries.nl['matcher.setup.rule.sharedLanguage.label']);
    expect(formatIn('en', emma.remedyMessage!)).toContain(dictionaries.en['matcher.setup.rule.sharedLanguage.label']);
  });

  it('names part of the candidates when the rule removed only part of them', () => {
    const result = runMatching({
      participants: [person('anna', 'mentor', { languages: ['English'] }), person('bert', 'mentor', { languages: ['English'] }), person('cor', 'mentor'), person('dana', 'mentee', { excludedPartners: ['cor'] })],
      criteria: [],
      mode: { kind: 'mentoring' },
    });
    const dana = only(result, 'dana');
    expect(formatIn('nl', dana.message)).toBe('Dana heeft geen geschikte partner volgens de harde regels; 2 van de 3 kandidaten vielen af door: geen gedeelde taal');
  });

  it('sets the weakest match of full mentors beside this person’s own score', () => {
    const result = runMatching({
      participants: [
        person('anna', 'mentor', { skillsOffered: ['excel', 'sql'] }),
        person('bert', 'mentor', { skillsOffered: ['sql'] }),
        person('dana', 'mentee', { skillsWanted: ['excel'] }),
        person('emma', 'mentee', { skillsWanted: ['sql'] }),
        person('fien', 'mentee', { skillsWanted: ['excel', 'sql', 'python'] }),
      ],
      criteria: [{ kind: 'offerMeetsWant', weight: 1 }],
      mode: { kind: 'mentoring' },
    });
    // Best total: Anna–Dana 100 + Bert–Emma 100; Fien would score 66.67 with Anna and 33.33 with Bert.
    const fien = only(result, 'fien');
    expect(fien.reason).toBe('capacityUsedUp');
    expect(fien.remedy).toEqual({ kind: 'lowestPair', partnerId: 'anna', displacedId: 'dana', lowestScore: 100, ownScore: 66.67 });
    expect(formatIn('nl', fien.remedyMessage!)).toBe('Van de koppelingen van deze partners scoort Anna – Dana het laagst (100); Fien zou met Anna 66,7 scoren');
    expect(formatIn('en', fien.remedyMessage!)).toBe('Of these partners’ matches, Anna – Dana scores lowest (100); Fien would score 66.7 with Anna');
  });
});
