import type { Locale } from '../i18n/locales.ts';
import { parseIsoDate, type IsoDate } from './dates.ts';

const MONTH_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

// Hand-rolled instead of Intl so exports and hints read the same in every runtime.

/** '2027-03-01' → '1 maart 2027' (nl) or '1 March 2027' (en). */
export function formatDate(iso: IsoDate, locale: Locale): string {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTH_NAMES[locale][parts.month - 1] ?? ''} ${parts.year}`;
}
