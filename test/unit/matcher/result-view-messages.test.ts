// Every message the engine can put in a result, and every word the result view adds, has a
// text in Dutch and in English: found by reading the engine's source for the keys it writes
// (literal ones and the label families it builds from a name), then rendered in both languages
// with every placeholder filled, so no raw key and no {placeholder} reaches the page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries, formatMessage, placeholdersOf, type Message, type Template } from '../../../src/lib/i18n/all.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { matching as matchingNl } from '../../../src/lib/i18n/nl/matching.ts';
import { criterionLabel } from '../../../src/lib/matcher/result-view.ts';
import { criterionTitle } from '../../../src/lib/matcher/criteria.ts';
import { STANDARD_CRITERIA } from '../../../src/lib/matcher/presets.ts';
import type { CriterionSpec } from '../../../src/lib/matcher/model.ts';
import type { HardRuleName, UnmatchedReason } from '../../../src/lib/matching/types.ts';

const LOCALES: readonly Locale[] = ['nl', 'en'];
const ENGINE = join(import.meta.dirname, '../../../src/lib/matching');

function engineSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? engineSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

// The label families the engine fills from a name (`property.${p}`, `rule.${r}`, `rematch.exit.${e}`).
const HARD_RULES: readonly HardRuleName[] = ['reportingLine', 'excluded', 'sameDepartment', 'noSharedLanguage', 'timeZoneTooFar', 'repeatPair'];
const PROPERTIES = ['department', 'location', 'interests', 'languages', 'skillsOffered', 'skillsWanted', 'level', 'timeZone'];
const EXIT_REASONS = ['mismatch', 'schedule', 'leftOrganisation', 'other'];
const SIZE_UNITS = ['combinations', 'participants'];
const FAMILIES: Readonly<Record<string, readonly string[]>> = { 'property.': PROPERTIES, 'rule.': HARD_RULES, 'ruleSwitch.': HARD_RULES, 'rematch.exit.': EXIT_REASONS, 'data.tooLargeUnit.': SIZE_UNITS };

/** Every key the engine's source writes, with the `matching.` prefix `message()` adds. */
function engineKeys(): Set<string> {
  const keys = new Set<string>();
  for (const source of engineSources(ENGINE)) {
    for (const [, key] of source.matchAll(/(?:message|labelParam)\(\s*'([\w.]+)'/g)) keys.add(`matching.${key}`);
    // message(condition ? 'a' : 'b', …) and a key held in a variable first
    for (const [, a, b] of source.matchAll(/\?\s*'((?:data|criterion|unmatched|rematch)\.[\w.]+)'\s*:\s*'((?:data|criterion|unmatched|rematch)\.[\w.]+)'/g)) {
      keys.add(`matching.${a}`);
      keys.add(`matching.${b}`);
    }
    for (const [, family] of source.matchAll(/`(property\.|rule\.|ruleSwitch\.|rematch\.exit\.|data\.tooLargeUnit\.)\$\{/g)) for (const name of FAMILIES[family!]!) keys.add(`matching.${family}${name}`);
  }
  return keys;
}

function formsOf(template: Template): string[] {
  return typeof template === 'string' ? [template] : [template.one, template.other];
}

/** Params for every placeholder of a key: labels where the engine passes a nested message, numbers and names otherwise. */
function sampleParams(key: string): Record<string, string | number | Message> {
  const params: Record<string, string | number | Message> = {};
  for (const name of new Set(formsOf(dictionaries.nl[key as keyof typeof dictionaries.nl]).flatMap(placeholdersOf))) {
    if (name === 'property') params[name] = { key: 'matching.property.department' };
    else if (name === 'rule') params[name] = { key: 'matching.rule.repeatPair' };
    else if (name === 'reason') params[name] = { key: 'matching.rematch.exit.schedule' };
    else if (name === 'count') params[name] = 2;
    else params[name] = `«${name}»`;
  }
  return params;
}

function expectRendered(locale: Locale, message: Message): string {
  const text = formatMessage(dictionaries[locale], locale, message);
  expect(text, `${message.key} (${locale})`).not.toBe(message.key);
  expect(text, `${message.key} (${locale})`).not.toMatch(/\bmatch(?:ing|er)\.[\w.]+/);
  expect(text, `${message.key} (${locale})`).not.toMatch(/\{\w+\}/);
  expect(text.trim(), `${message.key} (${locale})`).not.toBe('');
  return text;
}

describe('the result view’s messages', () => {
  it('finds the keys the engine writes, and every one of them has a text in both languages', () => {
    const keys = engineKeys();
    // The reader of the source must see the families and the conditional keys, or this test proves little.
    for (const key of ['matching.rule.repeatPair', 'matching.property.timeZone', 'matching.criterion.same.no', 'matching.criterion.different.yes', 'matching.unmatched.noEligiblePartnerAll', 'matching.data.lockedGroupTwoMentors', 'matching.ruleSwitch.noSharedLanguage', 'matching.data.tooLargeUnit.combinations']) {
      expect(keys, key).toContain(key);
    }
    for (const key of keys) for (const locale of LOCALES) expect(dictionaries[locale], `${key} (${locale})`).toHaveProperty([key]);
  });

  it('renders every kind of engine message in Dutch and English with no raw key or placeholder left', () => {
    const seen = new Map<Locale, Set<string>>(LOCALES.map((locale) => [locale, new Set()]));
    for (const key of Object.keys(matchingNl)) {
      for (const locale of LOCALES) seen.get(locale)!.add(expectRendered(locale, { key: key as Message['key'], params: sampleParams(key) }));
    }
    // Dutch and English are really different texts, not one language twice.
    const nl = [...seen.get('nl')!];
    expect(nl.filter((text) => seen.get('en')!.has(text)).length).toBeLessThan(nl.length / 10);
  });

  it('translates a nested rule label inside an unmatched message', () => {
    const message: Message = {
      key: 'matching.unmatched.noEligiblePartner',
      params: { name: 'Bram', removed: 2, candidates: 3, count: 2, rule: { key: 'matching.rule.noSharedLanguage' } },
    };
    expect(expectRendered('nl', message)).toBe('Bram heeft geen geschikte partner volgens de harde regels; 2 van de 3 kandidaten vielen af door: geen gedeelde taal');
    expect(expectRendered('en', message)).toBe('Bram has no eligible partner under the hard rules; 2 of the 3 candidates were ruled out by: no shared language');
  });

  it('names every criterion the workbook offers, and every kind without its settings, in both languages', () => {
    const specs: CriterionSpec[] = [...Object.values(STANDARD_CRITERIA), { kind: 'shared', property: { attribute: 'Hobby' } }, { kind: 'closeness', attribute: 'Leeftijd', range: 10 }];
    const kinds: CriterionSpec['kind'][] = ['offerMeetsWant', 'shared', 'same', 'different', 'levelGap', 'timeZone', 'nomination', 'closeness'];
    for (const locale of LOCALES) {
      for (const spec of specs) expectRendered(locale, criterionLabel(spec, spec.kind));
      for (const kind of kinds) expectRendered(locale, criterionLabel(null, kind));
    }
    expect(formatMessage(dictionaries.nl, 'nl', criterionLabel(STANDARD_CRITERIA.languages, 'shared'))).toBe('Gedeelde talen');
    expect(formatMessage(dictionaries.en, 'en', criterionLabel({ kind: 'shared', property: { attribute: 'Hobby' } }, 'shared'))).toBe('Shared answers to ‘Hobby’');
  });

  it('names a criterion in the result as the criteria step does', () => {
    const specs: CriterionSpec[] = [...Object.values(STANDARD_CRITERIA), { kind: 'shared', property: { attribute: 'Hobby' } }, { kind: 'closeness', attribute: 'Leeftijd', range: 10 }];
    for (const locale of LOCALES) {
      for (const spec of specs) expect(formatMessage(dictionaries[locale], locale, criterionLabel(spec, spec.kind))).toBe(formatMessage(dictionaries[locale], locale, criterionTitle(spec)));
    }
    const nl = (spec: CriterionSpec): string => formatMessage(dictionaries.nl, 'nl', criterionLabel(spec, spec.kind));
    expect(nl(STANDARD_CRITERIA.skills)).toBe('Aanbod past bij leervraag');
    expect(nl(STANDARD_CRITERIA.nominations)).toBe('Eigen voorkeur');
  });

  it('writes a count in engine texts as a real plural, not as “(en)” or “(s)”', () => {
    for (const dictionary of [dictionaries.nl, dictionaries.en]) {
      for (const [key, template] of Object.entries(dictionary)) {
        if (!key.startsWith('matching.')) continue;
        for (const form of formsOf(template)) expect(form, key).not.toMatch(/\((?:s|en)\)/);
      }
    }
    const full = (count: number): Message => ({ key: 'matching.unmatched.capacityUsedUp', params: { name: 'Wouter Bos', eligible: count, count } });
    expect(expectRendered('nl', full(5))).toBe('Alle 5 geschikte mentoren voor Wouter Bos zitten vol');
    expect(expectRendered('nl', full(1))).toBe('De enige geschikte mentor voor Wouter Bos zit vol');
    expect(expectRendered('en', full(5))).toBe('All 5 eligible mentors for Wouter Bos have no places left');
  });

  it('has a reason in words for every unmatched reason a stored run keeps', () => {
    const reasons: UnmatchedReason[] = ['noEligiblePartner', 'capacityUsedUp', 'outscored', 'zeroCapacity', 'duplicateId', 'noNominations', 'rejected', 'groupNotFormed'];
    for (const locale of LOCALES) for (const reason of reasons) expectRendered(locale, { key: `matcher.result.unmatched.reason.${reason}` });
  });
});
