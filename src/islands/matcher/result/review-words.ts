// Small wording helpers of the review list: people named in a sentence, the person a change starts from.
import { nameOf, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { formatList } from '../../../lib/i18n/format.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

/** "Anna, Bram en Carla" / "Anna, Bram and Carla": the language's own way of listing names. */
export function listNames(locale: Locale, names: NameLookup, ids: readonly string[]): string {
  return formatList(ids.map((id) => nameOf(names, id)), locale);
}

/** The person a change by hand starts from: the mentee (or first member) rather than the mentor. */
export function startingPerson(ids: readonly string[], mentorId: string | null): string | null {
  return ids.find((id) => id !== mentorId) ?? ids[0] ?? null;
}
