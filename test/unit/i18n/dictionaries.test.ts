// The one parity test for every dictionary: each feature table, in both languages, has the
// same keys, the same plural forms and the same placeholders per form, and no empty text.
import { describe, expect, it } from 'vitest';
import { dictionaries, formatMessage, interpolate, placeholdersOf, translate, type Template } from '../../../src/lib/i18n/all.ts';
import * as enTables from '../../../src/lib/i18n/en/index.ts';
import * as nlTables from '../../../src/lib/i18n/nl/index.ts';

/** Every feature table the namespace exports (all but the merged `nl`/`en`). */
const FEATURES = (Object.keys(nlTables) as (keyof typeof nlTables)[]).filter(
  (name): name is Exclude<keyof typeof nlTables, 'nl'> => name !== 'nl',
);

/** Each form of a template by name (`text` for a plain string), so plurals compare form by form. */
function forms(template: Template): Record<string, string> {
  return typeof template === 'string' ? { text: template } : { ...template };
}

describe('dictionaries', () => {
  it('merge the feature tables without losing a key', () => {
    for (const [locale, tables] of [['nl', nlTables], ['en', enTables]] as const) {
      const featureKeys = FEATURES.flatMap((feature) => Object.keys(tables[feature]));
      expect(new Set(featureKeys).size, locale).toBe(featureKeys.length);
      expect(Object.keys(dictionaries[locale]).sort(), locale).toEqual(featureKeys.sort());
    }
  });

  it('prefix every key with its feature, except the site chrome', () => {
    for (const feature of ['goals', 'matching', 'matcher', 'matcherWorkbook', 'matcherImport', 'matcherSetup', 'matcherResult', 'matcherTell', 'matcherReview', 'matcherStarters', 'matcherParticipants', 'matcherAdjust', 'matcherChoose', 'matcherRounds', 'agreements', 'agreementWorkbook'] as const) {
      const prefix = feature.startsWith('agreement') ? 'agreements' : feature.startsWith('matcher') ? 'matcher' : feature;
      for (const key of Object.keys(nlTables[feature])) expect(key.startsWith(`${prefix}.`), key).toBe(true);
    }
    for (const key of Object.keys(nlTables.storage)) expect(key, key).toMatch(/^storage\./);
    for (const key of Object.keys(nlTables.data)) expect(key, key).toMatch(/^(backup|deleteAll)\./);
    // Records speak for their workbook: each key starts with the feature that owns the record.
    for (const key of Object.keys(nlTables.records)) expect(key, key).toMatch(/^(goals|note|agreements|matcher)\./);
  });

  it('have the same keys, forms and placeholders in every language, and no empty strings', () => {
    for (const feature of FEATURES) {
      const nl: Readonly<Record<string, Template>> = nlTables[feature];
      const en: Readonly<Record<string, Template>> = enTables[feature];
      expect(Object.keys(en).sort(), feature).toEqual(Object.keys(nl).sort());
      for (const key of Object.keys(nl)) {
        const nlForms = forms(nl[key]!);
        const enForms = forms(en[key]!);
        expect(Object.keys(enForms).sort(), key).toEqual(Object.keys(nlForms).sort());
        for (const [form, text] of Object.entries(nlForms)) {
          expect(text.trim(), `${key} (${form}, nl)`).not.toBe('');
          expect(enForms[form]!.trim(), `${key} (${form}, en)`).not.toBe('');
          expect(placeholdersOf(enForms[form]!), `${key} (${form})`).toEqual(placeholdersOf(nlForms[form]!));
        }
      }
    }
  });

  it('give every plural message a count placeholder and both forms', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const [key, template] of Object.entries(dictionary)) {
        if (typeof template === 'string') continue;
        expect(Object.keys(template).sort(), key).toEqual(['one', 'other']);
        expect(placeholdersOf(template.other), key).toContain('count');
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} results for {query}', { count: 3 })).toBe('3 results for {query}');
    expect(translate('en', 'search.noResults', { query: 'buddy' })).toBe('No results for “buddy”.');
  });

  it('picks the plural form by count, per language', () => {
    expect(translate('nl', 'goals.contents', { count: 1 })).toBe('1 doel');
    expect(translate('nl', 'goals.contents', { count: 3 })).toBe('3 doelen');
    expect(translate('en', 'goals.ui.examples.steps', { count: 1 })).toBe('1 step');
    expect(translate('en', 'goals.ui.examples.steps', { count: 0 })).toBe('0 steps');
    expect(translate('en', 'search.resultCount')).toBe('{count} results');
  });

  it('translates a nested message among the parameters', () => {
    const damaged = {
      key: 'backup.error.invalidRecord',
      params: { record: 'goals', detail: { key: 'storage.validation.wrongType', params: { field: 'text' } } },
    } as const;
    expect(translate('en', damaged.key, damaged.params)).toBe(
      'The part “goals” in the backup is damaged: field “text” has the wrong type. Nothing was changed.',
    );
    expect(formatMessage(dictionaries.nl, 'nl', damaged)).toBe(
      'Het onderdeel “goals” in de back-up is beschadigd: veld “text” heeft het verkeerde type. Er is niets veranderd.',
    );
  });

  it('shows the key of a message without a template', () => {
    expect(formatMessage({}, 'en', { key: 'site.name' })).toBe('site.name');
  });
});
