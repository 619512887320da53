// How names and skills read inside a sentence, in either language.
import { formatList } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Names as a sentence reads them: "Ann en Bo", "Ann, Bo en Cas"; "Ann and Bo" in English. */
export function nameList(locale: Locale, names: readonly string[]): string {
  return formatList(names, locale);
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * A skill or interest as written in a list ("Feedback geven") as it reads mid-sentence
 * ("net met feedback geven beginnen"). Only a phrase whose first word is merely capitalised and
 * whose other words all start in lower case is taken for a list entry's capital: a single word
 * ("Excel", "Python", and so also "Leidinggeven") or a phrase with more capitals ("Microsoft
 * Teams", "SQL queries") may be a name or an acronym, and stays as written.
 */
export function inSentence(skill: string): string {
  const words = skill.trim().split(/\s+/u);
  if (words.length < 2) return skill.trim();
  const [first, ...rest] = words;
  if (!CAPITALISED.test(first!) || !rest.every((word) => STARTS_LOWER.test(word))) return skill.trim();
  return [first!.toLocaleLowerCase(), ...rest].join(' ');
}
