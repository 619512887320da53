import { parseIsoDate } from './dates.ts';
import type { IsoDate, Locale } from './model.ts';
import { MONTH_NAMES } from './months.ts';

// Hand-rolled instead of Intl so exports and hints read the same in every runtime.

/** '2027-03-01' → '1 maart 2027' (nl) or '1 March 2027' (en). */
export function formatDate(iso: IsoDate, locale: Locale): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTH_NAMES[locale][parts.month - 1] ?? ''} ${parts.year}`;
}
