import type { Locale } from './locales.ts';
import type { Message, MessageParams } from './message.ts';
import type { PluralTemplates, Template } from './table.ts';

// The one formatter. No dictionary imports: the search script and the matching worker can
// use it without pulling in any words.

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a template uses, sorted: the parity test compares them across languages. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number in a sentence as the language writes it: a decimal comma in Dutch, at most one
 * decimal (scores are read to one place everywhere on the site), and digit groups from five
 * digits on only ('min2'), so a year or a four-digit count reads as typed and 5553782 as 5.553.782.
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    const options = { maximumFractionDigits: 1, useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions;
    numberFormats.set(locale, (format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', options)));
  }
  return format.format(value);
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** Words joined as the language joins them: "A, B en C" in Dutch, "A, B and C" in English. */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' })));
  return format.format(items);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of a plural message for `count` in `locale`; `other` when there is no count. */
export function pluralForm(templates: PluralTemplates, locale: Locale, count: unknown): string {
  if (typeof count !== 'number') return templates.other;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? templates.one : templates.other;
}

/** Any table of templates by key: a whole dictionary, or the feature tables a page registered. */
export type Templates = Readonly<Record<string, Template | undefined>>;

/**
 * Turns a message into text: picks the plural form by `params.count`, translates nested
 * messages among the parameters, then fills the placeholders. A key without a template is
 * shown as the key itself, so a missing text is visible instead of blank.
 */
export function formatMessage(templates: Templates, locale: Locale, message: Message): string {
  const template = templates[message.key];
  if (template === undefined) return message.key;
  const params: MessageParams = message.params ?? {};
  const text = typeof template === 'string' ? template : pluralForm(template, locale, params['count']);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = Array.isArray(value)
      ? formatList(value as readonly string[], locale)
      : typeof value === 'object'
        ? formatMessage(templates, locale, value as Message)
        : typeof value === 'number'
          ? formatNumber(value, locale)
          : (value as string);
  }
  return interpolate(text, values);
}
