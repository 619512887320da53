import { isLocale, type Locale } from '../i18n/locales.ts';
import type { SectionId } from './sections.ts';

/** What the site shell needs to know about one guide page, independent of Astro. */
export interface PageSummary {
  locale: Locale;
  /** Path below the locale, '' for the locale's home page. */
  slug: string;
  key: string;
  title: string;
  navTitle?: string | undefined;
  section: SectionId;
  order: number;
}

/** Content ids look like 'nl/waarom-mentoring' or 'en/index'; the locale's home has an empty slug. */
export function slugFromId(id: string): string {
  const withoutLocale = id.split('/').slice(1).join('/');
  return withoutLocale === 'index' ? '' : withoutLocale.replace(/\/index$/, '');
}

export function pageUrl(page: Pick<PageSummary, 'locale' | 'slug'>): string {
  return page.slug === '' ? `/${page.locale}/` : `/${page.locale}/${page.slug}/`;
}

/** The parts of a guide content entry the shell reads; structurally a `CollectionEntry<'guide'>`. */
export interface GuideEntryLike {
  id: string;
  data: { key: string; title: string; navTitle?: string | undefined; section: SectionId; order: number };
}

/** A guide content entry as the shell sees it. Pure: the page passes in what `getCollection` returned. */
export function summarise(entry: GuideEntryLike): PageSummary {
  const locale = entry.id.split('/')[0];
  if (!isLocale(locale)) throw new Error(`Content file ${entry.id} is not under content/nl or content/en`);
  return {
    locale,
    slug: slugFromId(entry.id),
    key: entry.data.key,
    title: entry.data.title,
    navTitle: entry.data.navTitle,
    section: entry.data.section,
    order: entry.data.order,
  };
}
