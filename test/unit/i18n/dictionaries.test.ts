import { describe, expect, it } from 'vitest';
import { dictionaries, interpolate, translate } from '../../../src/lib/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys, no empty strings and the same placeholders in every language', () => {
    const nlKeys = Object.keys(dictionaries.nl).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(nlKeys);
    for (const key of nlKeys as (keyof typeof dictionaries.nl)[]) {
      expect(dictionaries.nl[key].trim(), key).not.toBe('');
      expect(dictionaries.en[key].trim(), key).not.toBe('');
      expect(placeholders(dictionaries.en[key]), key).toEqual(placeholders(dictionaries.nl[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{count} results for {query}', { count: 3 })).toBe('3 results for {query}');
    expect(translate('en', 'search.noResults', { query: 'buddy' })).toBe('No results for “buddy”.');
  });
});
