import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../../src/lib/i18n/locales.ts';
import { nextTheme } from '../../../src/lib/site/theme.ts';
import { parseExcerpt } from '../../../src/lib/site/excerpt.ts';
import { summarise } from '../../../src/lib/site/pages.ts';

describe('preferred locale', () => {
  it.each([
    [['nl-NL', 'en'], 'nl'],
    [['en-GB', 'nl'], 'en'],
    [['de-DE', 'en-US'], 'en'],
    [['fr-FR'], 'nl'],
    [[], 'nl'],
    [['NL-be'], 'nl'],
  ] as const)('%j → %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

describe('theme toggle', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
  });
});

describe('search excerpts', () => {
  it('splits highlighted and plain text and never passes markup through', () => {
    expect(parseExcerpt('a <mark>mentor</mark> &amp; <b>x</b> <mark>&lt;b&gt;</mark>')).toEqual([
      { text: 'a ', highlighted: false },
      { text: 'mentor', highlighted: true },
      { text: ' & x ', highlighted: false },
      { text: '<b>', highlighted: true },
    ]);
  });
});

describe('guide entry summary', () => {
  const data = { key: 'why', title: 'Waarom mentoring', section: 'start', order: 2 } as const;
  it('takes locale and slug from the content id', () => {
    expect(summarise({ id: 'nl/waarom-mentoring', data })).toEqual({ locale: 'nl', slug: 'waarom-mentoring', navTitle: undefined, ...data });
    expect(summarise({ id: 'en/index', data }).slug).toBe('');
  });
  it('refuses a content file outside the two locale folders', () => {
    expect(() => summarise({ id: 'de/warum', data })).toThrow(/not under content\/nl or content\/en/);
  });
});
