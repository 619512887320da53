import type { AgreementGoal, FieldSpec, Party, Responsibility, SectionId } from '../../lib/agreements/index.ts';
import { LIMITS, partyField, SECTION_SPECS } from '../../lib/agreements/index.ts';
import { formatDate } from '../../lib/calendar/format-date.ts';
import type { MessageKey, Translate } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { formatList } from '../../lib/i18n/format.ts';

// How a field of an agreement reads when two versions are set side by side: the words a person
// chose from, not the stored codes. Each value becomes lines, so lists read one item a line.

type Specs = typeof SECTION_SPECS;
/** Every `<section>.<field>` whose spec is a choice or a list of choices: a new one must get its labels below. */
type ChoicePath = {
  [S in SectionId]: { [F in keyof Specs[S]]: Specs[S][F] extends { kind: 'choice' | 'choices' } ? `${S}.${F & string}` : never }[keyof Specs[S]];
}[SectionId];

/** Where a choice field's labels live; several fields share one set (who schedules, who sets the agenda). */
const CHOICE_LABELS: Readonly<Record<ChoicePath, string>> = {
  'meetings.frequency': 'agreements.choice.frequency',
  'meetings.format': 'agreements.choice.format',
  'meetings.scheduler': 'agreements.choice.who',
  'meetings.agenda': 'agreements.choice.who',
  'contact.channels': 'agreements.choice.channel',
  'contact.lapseAction': 'agreements.choice.lapse',
  'confidentiality.exceptions': 'agreements.choice.exception',
  'feedback.style': 'agreements.choice.feedback',
  'difficulties.mediator': 'agreements.choice.mediator',
  'coordinator.sees': 'agreements.choice.coordinator',
};

const UNITS: Readonly<Record<string, MessageKey>> = {
  'meetings.minutes': 'agreements.exchange.value.minutes',
  'meetings.noticeHours': 'agreements.exchange.value.hours',
  'contact.replyDays': 'agreements.exchange.value.days',
  'contact.lapseWeeks': 'agreements.exchange.value.weeks',
};

export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

export function sectionName(t: Translate, section: SectionId): string {
  return t(`agreements.section.${section}`);
}

/** The field's name as a label ("The start date"); the message tables hold it as a phrase for sentences. */
export function fieldName(t: Translate, locale: Locale, section: SectionId | null, field: string, parties: readonly Party[] = []): string {
  const onParty = section === null ? partyField(field) : null;
  if (onParty) {
    const index = parties.findIndex((candidate) => candidate.id === onParty.partyId);
    const who = index < 0 ? '' : `${t('agreements.ui.parties.party', { n: index + 1 })} (${t(`agreements.role.${parties[index]!.role}` as MessageKey)})`;
    return capitalize(t('agreements.exchange.value.fieldValue', { field: who, value: t(`agreements.field.party.${onParty.field}` as MessageKey) }), locale);
  }
  const key = (section === null ? `agreements.field.${field}` : `agreements.field.${section}.${field}`) as MessageKey;
  return capitalize(t(key), locale);
}

function specOf(section: SectionId, field: string): FieldSpec | undefined {
  return (SECTION_SPECS[section] as Readonly<Record<string, FieldSpec>>)[field];
}

/** The most characters a field written together may hold, or null when it is not a text to write. */
export function writableTextMax(section: SectionId | null, field: string): number | null {
  if (section === null) {
    const onParty = partyField(field);
    if (onParty) return onParty.field === 'role' ? null : LIMITS[onParty.field];
    return field === 'title' ? LIMITS.title : null;
  }
  const spec = specOf(section, field);
  return spec?.kind === 'text' ? spec.max : null;
}

function choiceLabel(t: Translate, path: string, value: unknown): string {
  const prefix = (CHOICE_LABELS as Readonly<Record<string, string>>)[path];
  return prefix && typeof value === 'string' ? t(`${prefix}.${value}` as MessageKey) : String(value);
}

function party(t: Translate, locale: Locale, value: Party): string {
  const role = capitalize(t(`agreements.role.${value.role}`), locale);
  const name = value.name.trim() || t('agreements.exchange.value.noName');
  return value.contact.trim()
    ? t('agreements.exchange.value.partyWithContact', { role, name, contact: value.contact.trim() })
    : t('agreements.exchange.value.party', { role, name });
}

function responsibility(t: Translate, locale: Locale, value: Responsibility): string {
  const who = capitalize(t(`agreements.choice.who.${value.who}`), locale);
  const text = [value.standard ? t(`agreements.responsibility.${value.standard}`) : '', value.text.trim()].filter(Boolean).join(' — ');
  return t('agreements.exchange.value.responsibility', { who, text: text || t('agreements.exchange.value.empty') });
}

function sectionField(t: Translate, locale: Locale, section: SectionId, field: string, value: unknown): string[] {
  const spec = specOf(section, field);
  const path = `${section}.${field}`;
  switch (spec?.kind) {
    case 'text':
      return [typeof value === 'string' && value.trim() ? value : t('agreements.exchange.value.empty')];
    case 'date':
      return [typeof value === 'string' ? formatDate(value, locale) : t('agreements.exchange.value.noDate')];
    case 'choice':
      return [choiceLabel(t, path, value)];
    case 'choices': {
      const values = Array.isArray(value) ? value : [];
      if (values.length === 0) return [t('agreements.exchange.value.none')];
      return [formatList(values.map((item) => choiceLabel(t, path, item)), locale)];
    }
    case 'number': {
      const unit = UNITS[path];
      return [unit && typeof value === 'number' ? t(unit, { count: value }) : String(value)];
    }
    case 'flag':
      return [t(value ? 'agreements.exchange.value.yes' : 'agreements.exchange.value.no')];
    case 'items': {
      const items = Array.isArray(value) ? value : [];
      if (items.length === 0) return [t('agreements.exchange.value.empty')];
      return section === 'purpose'
        ? items.map((goal: AgreementGoal) => goal.text.trim() || t('agreements.exchange.value.empty'))
        : items.map((item: Responsibility) => responsibility(t, locale, item));
    }
    default:
      return [String(value)];
  }
}

/**
 * One side of a difference as readable lines. `field` '*' is a whole section that one side leaves
 * out: the other side reads as each of its fields with its name.
 */
export function describeValue(t: Translate, locale: Locale, section: SectionId | null, field: string, value: unknown): string[] {
  if (value === undefined) return [t('agreements.exchange.value.notIncluded')];
  if (section === null) {
    if (field === 'title') return [typeof value === 'string' && value.trim() ? value : t('agreements.exchange.value.noTitle')];
    if (field === 'language') return [t(`agreements.exchange.language.${value === 'en' ? 'en' : 'nl'}`)];
    const onParty = partyField(field);
    if (onParty?.field === 'role') return [t(`agreements.role.${String(value)}` as MessageKey)];
    if (onParty) return [typeof value === 'string' && value.trim() ? value : t('agreements.exchange.value.empty')];
    const parties = Array.isArray(value) ? (value as Party[]) : [];
    return parties.length === 0 ? [t('agreements.exchange.value.empty')] : parties.map((item) => party(t, locale, item));
  }
  if (field === '*') {
    const fields = value as Record<string, unknown>;
    return Object.keys(SECTION_SPECS[section]).map((name) =>
      t('agreements.exchange.value.fieldValue', { field: fieldName(t, locale, section, name), value: sectionField(t, locale, section, name, fields[name]).join('; ') }),
    );
  }
  return sectionField(t, locale, section, field, value);
}
