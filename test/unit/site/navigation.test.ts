import { describe, expect, it } from 'vitest';
import { buildNavigation, counterpartUrl, missingTranslations, neighbours, urlForKey } from '../../../src/lib/site/navigation.ts';
import { pageUrl, slugFromId, type PageSummary } from '../../../src/lib/site/pages.ts';

const page = (locale: 'nl' | 'en', slug: string, key: string, section: PageSummary['section'], order: number): PageSummary => ({
  locale,
  slug,
  key,
  title: `${key}-${locale}`,
  section,
  order,
});

const pages = [
  page('nl', '', 'home', 'start', 0),
  page('nl', 'technieken', 'techniques', 'relationship', 4),
  page('nl', 'vijf-fasen', 'stages', 'relationship', 1),
  page('nl', 'begrippen', 'glossary', 'reference', 2),
  page('en', '', 'home', 'start', 0),
  page('en', 'techniques', 'techniques', 'relationship', 4),
  page('en', 'five-stages', 'stages', 'relationship', 1),
];

describe('site navigation', () => {
  it('derives slugs and URLs from content ids', () => {
    expect(slugFromId('nl/index')).toBe('');
    expect(slugFromId('en/five-stages')).toBe('five-stages');
    expect(pageUrl({ locale: 'nl', slug: '' })).toBe('/nl/');
    expect(pageUrl({ locale: 'en', slug: 'faq' })).toBe('/en/faq/');
  });

  it('groups pages by section in the fixed section order, sorted by order', () => {
    const navigation = buildNavigation(pages, 'nl');
    expect(navigation.map((group) => group.section)).toEqual(['start', 'relationship', 'reference']);
    expect(navigation[1]!.pages.map((p) => p.key)).toEqual(['stages', 'techniques']);
  });

  it('links previous and next along the sidebar order, across sections', () => {
    const stages = pages[2]!;
    const { previous, next } = neighbours(pages, stages);
    expect(previous?.key).toBe('home');
    expect(next?.key).toBe('techniques');
    expect(neighbours(pages, pages[0]!).previous).toBeUndefined();
    expect(neighbours(pages, pages[3]!).next).toBeUndefined();
  });

  it('finds the counterpart in the other language, or falls back to its home page', () => {
    expect(counterpartUrl(pages, pages[1]!, 'en')).toBe('/en/techniques/');
    expect(counterpartUrl(pages, pages[3]!, 'en')).toBe('/en/');
    expect(urlForKey(pages, 'en', 'stages')).toBe('/en/five-stages/');
  });

  it('reports pages that exist in one language only', () => {
    expect(missingTranslations(pages)).toEqual([{ key: 'glossary', missingIn: 'en' }]);
  });
});
