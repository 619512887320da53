import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale } from '../lib/i18n/locales.ts';
import { slugFromId, type PageSummary } from '../lib/site/pages.ts';

export type GuideEntry = CollectionEntry<'guide'>;

export function summarise(entry: GuideEntry): PageSummary {
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

export async function allGuideEntries(): Promise<GuideEntry[]> {
  return getCollection('guide');
}
