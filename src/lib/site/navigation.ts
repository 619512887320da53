import type { Locale } from '../i18n/locales.ts';
import { sectionIds, type SectionId } from './sections.ts';
import { pageUrl, type PageSummary } from './pages.ts';

export interface NavSection {
  section: SectionId;
  pages: PageSummary[];
}

function byOrderThenTitle(a: PageSummary, b: PageSummary): number {
  return a.order - b.order || a.title.localeCompare(b.title);
}

/** The sidebar for one locale: sections in their fixed order, pages by `order`. */
export function buildNavigation(pages: readonly PageSummary[], locale: Locale): NavSection[] {
  const ofLocale = pages.filter((page) => page.locale === locale);
  return sectionIds
    .map((section) => ({
      section,
      pages: ofLocale.filter((page) => page.section === section).sort(byOrderThenTitle),
    }))
    .filter((group) => group.pages.length > 0);
}

/** Reading order is the sidebar read top to bottom. */
export function readingOrder(pages: readonly PageSummary[], locale: Locale): PageSummary[] {
  return buildNavigation(pages, locale).flatMap((group) => group.pages);
}

export function neighbours(
  pages: readonly PageSummary[],
  current: PageSummary,
): { previous: PageSummary | undefined; next: PageSummary | undefined } {
  const order = readingOrder(pages, current.locale);
  const index = order.findIndex((page) => page.key === current.key);
  return { previous: index > 0 ? order[index - 1] : undefined, next: index >= 0 ? order[index + 1] : undefined };
}

/** The same page in another language, or that language's home page when it has no counterpart. */
export function counterpartUrl(pages: readonly PageSummary[], current: PageSummary, target: Locale): string {
  const twin = pages.find((page) => page.locale === target && page.key === current.key);
  return twin ? pageUrl(twin) : `/${target}/`;
}

/** Keys that exist in one language but not the other: the parity test's evidence. */
export function missingTranslations(pages: readonly PageSummary[]): { key: string; missingIn: Locale }[] {
  const keysBy = (locale: Locale) => new Set(pages.filter((p) => p.locale === locale).map((p) => p.key));
  const nl = keysBy('nl');
  const en = keysBy('en');
  return [
    ...[...nl].filter((key) => !en.has(key)).map((key) => ({ key, missingIn: 'en' as const })),
    ...[...en].filter((key) => !nl.has(key)).map((key) => ({ key, missingIn: 'nl' as const })),
  ];
}

/** Where the page with `key` lives in `locale`; the locale's home when there is none. */
export function urlForKey(pages: readonly PageSummary[], locale: Locale, key: string): string {
  const page = pages.find((candidate) => candidate.locale === locale && candidate.key === key);
  return page ? pageUrl(page) : `/${locale}/`;
}
