import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/lib/i18n/index.ts';
import { dictionaries } from '../../../src/lib/i18n/all.ts';
import type { ColumnMapping, ColumnTarget } from '../../../src/lib/matcher/import/headers.ts';
import {
  addCriterion,
  attributeRange,
  attributeSpecs,
  availableCriteria,
  criteriaChecks,
  criterionId,
  criterionTitle,
  describeCriterion,
  missingColumnMessage,
  missingColumns,
  removeCriterion,
  restoreCriterion,
  setImportance,
} from '../../../src/lib/matcher/criteria.ts';
import { LIMITS, type CriterionSetting } from '../../../src/lib/matcher/model.ts';
import { PRESETS, STANDARD_CRITERIA } from '../../../src/lib/matcher/presets.ts';
import type { Message } from '../../../src/lib/i18n/message.ts';

const mapping = (...targets: ColumnTarget[]): ColumnMapping => ({ columns: targets.map((target, i) => ({ header: `c${i}`, target, confidence: 1, source: 'user' })) });
const en = (message: Message) => formatMessage(dictionaries.en, 'en', message);
const nl = (message: Message) => formatMessage(dictionaries.nl, 'nl', message);

describe('criteria', () => {
  it('says which columns a criterion lacks, and marks it in words', () => {
    const list = mapping('id', 'name', 'skillsOffered', 'department', { attribute: 'Sport', as: 'list' });
    expect(missingColumns(STANDARD_CRITERIA.skills, list)).toEqual(['skillsWanted']);
    expect(missingColumns(STANDARD_CRITERIA.otherDepartment, list)).toEqual([]);
    expect(missingColumns({ kind: 'shared', property: { attribute: 'Sport' } }, list)).toEqual([]);
    expect(missingColumns({ kind: 'closeness', attribute: 'Age', range: 10 }, list)).toEqual([{ attribute: 'Age' }]);
    expect(en(missingColumnMessage(STANDARD_CRITERIA.languages, list)!)).toBe('Your list has no column for languages. Map one when you import, or leave this criterion out.');
    expect(nl(missingColumnMessage(STANDARD_CRITERIA.languages, list)!)).toBe('Je lijst heeft geen kolom voor talen. Wijs er een aan bij het inlezen, of laat dit criterium weg.');
    expect(missingColumnMessage(STANDARD_CRITERIA.otherDepartment, list)).toBeNull();
  });

  it('offers the standard criteria not chosen yet, and per questionnaire column the ones it supports', () => {
    const list = mapping('id', 'name', { attribute: 'Sport', as: 'list' }, { attribute: 'Team', as: 'text' }, { attribute: 'Age', as: 'number' }, { attribute: 'Sport', as: 'list' }, 'ignore');
    const chosen = PRESETS.careerMentoring.criteria;
    const options = availableCriteria(chosen, list, [{ Age: 25 }, { Age: 61 }, undefined, { Age: 'n/a' }]);
    const standard = options.filter((option) => option.source === 'standard').map((option) => option.id);
    expect(standard).toEqual(['languages', 'sameDepartment', 'sameLocation', 'reverseSeniority', 'similarLevel', 'timeZone']);
    const questionnaire = options.filter((option) => option.source === 'questionnaire').map((option) => option.spec);
    expect(questionnaire).toEqual([
      { kind: 'shared', property: { attribute: 'Sport' } },
      { kind: 'same', property: { attribute: 'Team' } },
      { kind: 'different', property: { attribute: 'Team' } },
      { kind: 'closeness', attribute: 'Age', range: 36 },
    ]);
    expect(options.find((option) => option.id === 'languages')!.missing).toEqual(['languages']);
    // Once chosen, an option is gone, whatever id it was stored under.
    const withSport = addCriterion(chosen, options.find((option) => option.source === 'questionnaire')!)!;
    expect(availableCriteria(withSport, list).some((option) => option.spec.kind === 'shared' && typeof option.spec.property === 'object')).toBe(false);
  });

  it('builds the criteria for an attribute', () => {
    expect(attributeSpecs('Hobby', 'list')).toEqual([{ kind: 'shared', property: { attribute: 'Hobby' } }]);
    expect(attributeSpecs('Age', 'number', 0)).toEqual([{ kind: 'closeness', attribute: 'Age', range: 1 }]);
    expect(attributeRange('Age', [{ Age: 30 }])).toBe(1);
    expect(attributeRange('Age', [{ Age: 30 }, { Age: 42.5 }])).toBe(12.5);
  });

  it('gives every new criterion an id no other criterion has, within the stored length', () => {
    const spec = { kind: 'same', property: { attribute: 'x'.repeat(200) } } as const;
    const first = criterionId(spec, []);
    const taken: CriterionSetting[] = [{ id: first, spec, importance: 2 }];
    const second = criterionId(spec, taken);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(LIMITS.idLength);
    expect(addCriterion(taken, { id: first, spec })!.map((setting) => setting.id)).toEqual([first, second]);
  });

  it('adds at importance 2, changes the importance, removes and restores in place, and refuses a 31st', () => {
    const criteria = PRESETS.careerMentoring.criteria;
    const added = addCriterion(criteria, { id: 'timeZone', spec: STANDARD_CRITERIA.timeZone })!;
    expect(added.at(-1)).toEqual({ id: 'timeZone', spec: STANDARD_CRITERIA.timeZone, importance: 2 });
    expect(setImportance(added, 'skills', 0).find((setting) => setting.id === 'skills')!.importance).toBe(0);
    const { criteria: without, removed } = removeCriterion(added, 'seniority');
    expect(without.map((setting) => setting.id)).not.toContain('seniority');
    expect(restoreCriterion(without, removed!)).toEqual(added);
    expect(restoreCriterion(added, removed!)).toEqual(added);
    expect(removeCriterion(added, 'nope').removed).toBeNull();
    const full = Array.from({ length: LIMITS.criteria }, (_, i): CriterionSetting => ({ id: `c${i}`, spec: STANDARD_CRITERIA.nominations, importance: 1 }));
    expect(addCriterion(full, { id: 'timeZone', spec: STANDARD_CRITERIA.timeZone })).toBeNull();
  });

  it('describes each criterion in the roles of the mode, in both languages', () => {
    expect(en(describeCriterion(STANDARD_CRITERIA.skills, 'mentoring'))).toBe('The mentor offers what the mentee wants to learn.');
    expect(en(describeCriterion(STANDARD_CRITERIA.skills, 'peers'))).toBe('One offers what the other wants to learn.');
    expect(nl(describeCriterion(STANDARD_CRITERIA.skills, 'mentoring'))).toBe('De mentor biedt aan wat de mentee wil leren.');
    expect(en(describeCriterion(STANDARD_CRITERIA.seniority, 'mentoring'))).toBe('The mentor is about 2 levels above the mentee (give or take 1).');
    expect(en(describeCriterion(STANDARD_CRITERIA.reverseSeniority, 'groups'))).toBe('The two are about 2 levels apart (give or take 1).');
    expect(nl(describeCriterion(STANDARD_CRITERIA.similarLevel, 'peers'))).toBe('De twee zitten op hetzelfde niveau of schelen er hooguit 1.');
    expect(en(criterionTitle(STANDARD_CRITERIA.otherDepartment))).toBe('Different department');
    expect(nl(criterionTitle({ kind: 'same', property: { attribute: 'Favoriete sport' } }))).toBe('Hetzelfde antwoord op ‘Favoriete sport’');
    // Every standard criterion and every spec an attribute gives has words in both languages.
    const specs = [...Object.values(STANDARD_CRITERIA), ...attributeSpecs('Q', 'list'), ...attributeSpecs('Q', 'text'), ...attributeSpecs('Q', 'number', 5)];
    for (const spec of specs)
      for (const mode of ['mentoring', 'peers'] as const)
        for (const say of [en, nl]) {
          expect(say(criterionTitle(spec))).not.toMatch(/matcher\./);
          expect(say(describeCriterion(spec, mode))).not.toMatch(/matcher\./);
        }
  });

  it('checks the criteria as a whole', () => {
    const list = mapping('id', 'name', 'skillsOffered', 'skillsWanted');
    expect(criteriaChecks([], list, 'mentoring').map((check) => check.key)).toEqual(['matcher.setup.check.nothingCounts']);
    const checks = criteriaChecks(PRESETS.careerMentoring.criteria, list, 'mentoring');
    expect(checks).toEqual([{ key: 'matcher.setup.check.withoutColumn', params: { count: 4 } }]);
    expect(en(checks[0]!)).toBe('4 criteria have no column in your list and so count for nobody.');
    expect(criteriaChecks(PRESETS.careerMentoring.criteria, null, 'stable').map((check) => check.key)).toEqual(['matcher.setup.check.stableUsesNominations']);
  });
});
