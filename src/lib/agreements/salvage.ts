import { isIsoDateTime } from '../calendar/dates.ts';
import type { Message, MessageKey, MessageParams } from '../i18n/message.ts';
import type { Salvaged } from '../storage/record-type.ts';
import { emptyValue, isFields, isId, repair, type Repair } from './fields.ts';
import { deepEqual } from '../storage/merge.ts';
import { isAllowedDate } from '../calendar/dates.ts';
import { isLocalTime } from './calendar/dates.ts';
import type { Agreement, AgreementsDocument, CalendarSettings, Party, SectionId, Sections, SkipRange } from './model.ts';
import { CALENDAR_LIMITS, clampText, DOCUMENT_LANGUAGES, emptyCalendar, LIMITS, PARTY_SPEC, SECTION_IDS, SECTION_SPECS, TEMPLATE_IDS } from './model.ts';
import { parseAgreement } from './validate.ts';

// Reading damaged agreements: every agreement that is valid comes through as it is; in a broken one
// each field gets a safe value and a line in the repair list. Signatures and signed versions that
// do not read are dropped (they cannot be repaired without forging them). Never throws.

type Fields = Record<string, unknown>;
const EPOCH = '1970-01-01T00:00:00.000Z';

const REPAIR_KEYS: Record<Repair, MessageKey> = {
  reset: 'agreements.repair.fieldReset',
  shortened: 'agreements.repair.textShortened',
  dateCleared: 'agreements.repair.dateCleared',
  itemsDropped: 'agreements.repair.itemsDropped',
};

export function fieldName(section: SectionId | 'party' | null, field: string): Message {
  return { key: (section ? `agreements.field.${section}.${field}` : `agreements.field.${field}`) as MessageKey };
}

function uniqueId(value: unknown, seen: Set<string>, fallback: string): string {
  let id = isId(value) ? value : fallback;
  for (let suffix = 2; seen.has(id); suffix += 1) id = `${fallback}-${suffix}`;
  seen.add(id);
  return id;
}

/** Keeps every time, date and break that reads; absent (an older record) is simply the empty planning. */
function salvageCalendar(value: unknown): { calendar: CalendarSettings; repaired: boolean } {
  if (value === undefined) return { calendar: emptyCalendar(), repaired: false };
  const fields = isFields(value) ? value : {};
  const rawDates = Array.isArray(fields['skipDates']) ? fields['skipDates'] : [];
  const rawRanges = Array.isArray(fields['skipRanges']) ? fields['skipRanges'] : [];
  const skipRanges: SkipRange[] = rawRanges.flatMap((range: unknown) => {
    if (!isFields(range) || !isAllowedDate(range['from']) || !isAllowedDate(range['to']) || range['to'] < range['from']) return [];
    return [{ from: range['from'], to: range['to'], label: typeof range['label'] === 'string' ? clampText(range['label'], CALENDAR_LIMITS.label) : '' }];
  });
  const calendar: CalendarSettings = {
    time: isLocalTime(fields['time']) ? fields['time'] : null,
    skipDates: rawDates.filter(isAllowedDate).slice(0, CALENDAR_LIMITS.skipDates),
    skipRanges: skipRanges.slice(0, CALENDAR_LIMITS.skipRanges),
  };
  return { calendar, repaired: !deepEqual(calendar, value) };
}

function salvageAgreement(value: Fields, n: number, seen: Set<string>, repairs: Message[]): Agreement {
  const title = typeof value['title'] === 'string' ? value['title'].slice(0, LIMITS.title) : '';
  const name = title.trim() || String(n);
  const note = (key: MessageKey, params: MessageParams = {}) => repairs.push({ key, params: { agreement: name, ...params } });
  const id = uniqueId(value['id'], seen, `agreement-${n}`);
  if (id !== value['id']) note('agreements.repair.fieldReset', { field: fieldName(null, 'id') });
  if (value['title'] !== title) note(typeof value['title'] === 'string' ? 'agreements.repair.textShortened' : 'agreements.repair.fieldReset', { field: fieldName(null, 'title') });
  const template = (TEMPLATE_IDS as readonly unknown[]).includes(value['template']) ? (value['template'] as Agreement['template']) : 'oneOnOne';
  if (template !== value['template']) note('agreements.repair.fieldReset', { field: fieldName(null, 'template') });
  const language = (DOCUMENT_LANGUAGES as readonly unknown[]).includes(value['language']) ? (value['language'] as Agreement['language']) : 'nl';
  if (language !== value['language']) note('agreements.repair.fieldReset', { field: fieldName(null, 'language') });

  const parties: Party[] = [];
  const partyIds = new Set<string>();
  const rawParties = Array.isArray(value['parties']) ? value['parties'] : [];
  if (!Array.isArray(value['parties'])) note('agreements.repair.fieldReset', { field: fieldName(null, 'parties') });
  rawParties.forEach((raw: unknown, index: number) => {
    if (!isFields(raw) || parties.length >= LIMITS.parties) {
      note('agreements.repair.partyDropped', { n: index + 1 });
      return;
    }
    const party: Fields = { id: uniqueId(raw['id'], partyIds, `${id}-party-${index + 1}`) };
    for (const [field, spec] of Object.entries(PARTY_SPEC)) {
      const fixed = repair(spec, raw[field], field, emptyValue(spec));
      if (fixed.repair) note(REPAIR_KEYS[fixed.repair], { field: fieldName('party', field), max: spec.kind === 'text' ? spec.max : 0 });
      party[field] = fixed.value;
    }
    parties.push(party as unknown as Party);
  });

  const sections: Partial<Record<SectionId, unknown>> = {};
  const rawSections = isFields(value['sections']) ? value['sections'] : {};
  if (!isFields(value['sections'])) note('agreements.repair.fieldReset', { field: fieldName(null, 'sections') });
  for (const section of SECTION_IDS) {
    const raw = rawSections[section];
    if (raw === undefined) continue;
    if (!isFields(raw)) {
      note('agreements.repair.sectionDropped', { section: { key: `agreements.section.${section}` } });
      continue;
    }
    const out: Fields = {};
    for (const [field, spec] of Object.entries(SECTION_SPECS[section])) {
      const fixed = repair(spec, raw[field], field, emptyValue(spec));
      if (fixed.repair) note(REPAIR_KEYS[fixed.repair], { field: fieldName(section, field), max: spec.kind === 'text' ? spec.max : 0 });
      out[field] = fixed.value;
    }
    sections[section] = out;
  }

  const { calendar, repaired } = salvageCalendar(value['calendar']);
  if (repaired) note('agreements.repair.fieldReset', { field: fieldName(null, 'calendar') });

  const createdAt = isIsoDateTime(value['createdAt']) && value['createdAt'].length <= LIMITS.timestamp ? value['createdAt'] : EPOCH;
  const updatedAt = isIsoDateTime(value['updatedAt']) && value['updatedAt'].length <= LIMITS.timestamp ? value['updatedAt'] : createdAt;
  const agreement: Agreement = {
    id,
    title,
    template,
    language,
    parties,
    sections: sections as Partial<Sections>,
    calendar,
    archived: value['archived'] === true,
    signatures: [],
    history: [],
    createdAt,
    updatedAt,
  };
  // Signatures and history come along only when the strict reader takes them as they are.
  const strict = (patch: Fields): boolean => {
    try {
      parseAgreement({ ...agreement, signatures: [], history: [], ...patch }, 'item', new Set());
      return true;
    } catch {
      return false;
    }
  };
  if (Array.isArray(value['signatures']) && value['signatures'].length > 0) {
    if (strict({ signatures: value['signatures'] })) agreement.signatures = parseAgreement({ ...agreement, signatures: value['signatures'] }, 'item', new Set()).signatures;
    else note('agreements.repair.signaturesDropped');
  }
  if (Array.isArray(value['history'])) {
    for (const entry of value['history'].slice(-LIMITS.history)) {
      if (strict({ history: [entry] })) agreement.history.push(parseAgreement({ ...agreement, signatures: [], history: [entry] }, 'item', new Set()).history[0]!);
      else note('agreements.repair.historyDropped');
    }
  }
  return agreement;
}

export function salvageAgreementsDocument(input: unknown): Salvaged<AgreementsDocument> {
  const repairs: Message[] = [];
  const raw = isFields(input) ? input['agreements'] : undefined;
  if (!Array.isArray(raw)) return { value: { agreements: [] }, repairs: [{ key: 'agreements.repair.notADocument' }] };
  if (raw.length > LIMITS.agreements) repairs.push({ key: 'agreements.repair.tooMany', params: { max: LIMITS.agreements, count: raw.length } });
  const seen = new Set<string>();
  const agreements: Agreement[] = [];
  raw.slice(0, LIMITS.agreements).forEach((item: unknown, index: number) => {
    try {
      agreements.push(parseAgreement(item, 'item', new Set(seen)));
      seen.add(agreements.at(-1)!.id);
      return;
    } catch {
      // read field by field below
    }
    if (!isFields(item)) {
      repairs.push({ key: 'agreements.repair.agreementDropped', params: { n: index + 1 } });
      return;
    }
    try {
      agreements.push(salvageAgreement(item, index + 1, seen, repairs));
    } catch {
      repairs.push({ key: 'agreements.repair.agreementDropped', params: { n: index + 1 } });
    }
  });
  return { value: { agreements }, repairs };
}
