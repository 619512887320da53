// Small wording helpers of the review list: people named in a sentence, a change with its sign.
import { formatScore, nameOf, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { formatList } from '../../../lib/i18n/format.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

/** "Anna, Bram en Carla" / "Anna, Bram and Carla": the language's own way of listing names. */
export function listNames(locale: Locale, names: NameLookup, ids: readonly string[]): string {
  return formatList(ids.map((id) => nameOf(names, id)), locale);
}

/** A change always with its sign, a true minus sign for a fall: "+1,5", "−2", "±0". */
export function formatChange(change: number, locale: Locale): string {
  if (!Number.isFinite(change) || change === 0) return '±0';
  return `${change > 0 ? '+' : '−'}${formatScore(Math.abs(change), locale)}`;
}

/** The person a change by hand starts from: the mentee (or first member) rather than the mentor. */
export function startingPerson(ids: readonly string[], mentorId: string | null): string | null {
  return ids.find((id) => id !== mentorId) ?? ids[0] ?? null;
}
