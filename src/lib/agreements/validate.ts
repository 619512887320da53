import { isIsoDateTime } from '../calendar/dates.ts';
import type { Message, MessageKey } from '../i18n/message.ts';
import { isFields, isId, problem, rebuild, type Problem } from './fields.ts';
import type {
  AgreedContent, Agreement, AgreementsDocument, CalendarSettings, Party, SectionId, Sections, SignedVersion, Signature, SkipRange,
} from './model.ts';
import { CALENDAR_LIMITS, DOCUMENT_LANGUAGES, emptyCalendar, LIMITS, PARTY_SPEC, SECTION_IDS, SECTION_SPECS, TEMPLATE_IDS } from './model.ts';
import { isAllowedDate } from '../calendar/dates.ts';
import { isLocalTime } from './calendar/dates.ts';

// Strict: exactly the shape the app writes, rebuilt field by field so unknown properties are
// dropped. Runs on every read and before every save (docs/storage.md).

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

type ValidationKey = Extract<MessageKey, `agreements.validation.${string}`>;

class Invalid extends Error {
  readonly error: Message;
  constructor(error: Message) {
    super(error.key);
    this.error = error;
  }
}

const fail = (key: ValidationKey, params: Record<string, string | number> = {}): never => {
  throw new Invalid({ key, params });
};

const PROBLEM_KEYS: Record<Problem, ValidationKey> = {
  wrongType: 'agreements.validation.wrongType',
  textTooLong: 'agreements.validation.textTooLong',
  invalidDate: 'agreements.validation.invalidDate',
  tooMany: 'agreements.validation.tooMany',
  duplicateId: 'agreements.validation.duplicateId',
};

type Fields = Record<string, unknown>;

function record(value: unknown, path: string): Fields {
  return isFields(value) ? value : fail('agreements.validation.wrongType', { path });
}

function id(fields: Fields, path: string, seen: Set<string>): string {
  const value = fields['id'];
  if (!isId(value)) return fail('agreements.validation.wrongType', { path: `${path}.id` });
  if (seen.has(value)) return fail('agreements.validation.duplicateId', { path: `${path}.id` });
  seen.add(value);
  return value;
}

function text(fields: Fields, key: string, path: string, max: number): string {
  const value = fields[key];
  if (typeof value !== 'string') return fail('agreements.validation.wrongType', { path: `${path}.${key}` });
  if (value.length > max) return fail('agreements.validation.textTooLong', { path: `${path}.${key}`, max });
  return value;
}

function oneOf<T extends string>(fields: Fields, key: string, path: string, values: readonly T[]): T {
  const value = fields[key];
  return (values as readonly unknown[]).includes(value) ? (value as T) : fail('agreements.validation.wrongType', { path: `${path}.${key}` });
}

function stamp(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  return isIsoDateTime(value) && value.length <= LIMITS.timestamp ? value : fail('agreements.validation.invalidDate', { path: `${path}.${key}` });
}

function list(fields: Fields, key: string, path: string, max: number): unknown[] {
  const value = fields[key];
  if (!Array.isArray(value)) return fail('agreements.validation.wrongType', { path: `${path}.${key}` });
  if (value.length > max) return fail('agreements.validation.tooMany', { path: `${path}.${key}`, max });
  return value;
}

export function parseParty(value: unknown, path: string, seen: Set<string>): Party {
  const fields = record(value, path);
  const party = { id: id(fields, path, seen) } as Party;
  for (const [key, spec] of Object.entries(PARTY_SPEC)) {
    const found = problem(spec, fields[key], key);
    if (found) fail(PROBLEM_KEYS[found], { path: `${path}.${key}` });
    (party as unknown as Fields)[key] = fields[key];
  }
  return party;
}

export function parseSection<S extends SectionId>(section: S, value: unknown, path: string): Sections[S] {
  const fields = record(value, path);
  const out: Fields = {};
  for (const [key, spec] of Object.entries(SECTION_SPECS[section])) {
    const found = problem(spec, fields[key], key);
    if (found) fail(PROBLEM_KEYS[found], { path: `${path}.${key}` });
    out[key] = rebuild(spec, fields[key]);
  }
  return out as unknown as Sections[S];
}

function parseSections(value: unknown, path: string): Partial<Sections> {
  const fields = record(value, path);
  const sections: Partial<Record<SectionId, unknown>> = {};
  for (const key of Object.keys(fields)) {
    if (!(SECTION_IDS as readonly string[]).includes(key)) fail('agreements.validation.wrongType', { path: `${path}.${key}` });
  }
  // Rebuilt in document order, whatever order they were stored in.
  for (const section of SECTION_IDS) {
    if (fields[section] !== undefined) sections[section] = parseSection(section, fields[section], `${path}.${section}`);
  }
  return sections as Partial<Sections>;
}

export function parseContent(fields: Fields, path: string): AgreedContent {
  const partyIds = new Set<string>();
  return {
    title: text(fields, 'title', path, LIMITS.title),
    template: oneOf(fields, 'template', path, TEMPLATE_IDS),
    language: oneOf(fields, 'language', path, DOCUMENT_LANGUAGES),
    parties: list(fields, 'parties', path, LIMITS.parties).map((party, index) => parseParty(party, `${path}.parties[${index}]`, partyIds)),
    sections: parseSections(fields['sections'], `${path}.sections`),
  };
}

function parseSignature(value: unknown, path: string, parties: ReadonlySet<string>): Signature {
  const fields = record(value, path);
  const partyId = text(fields, 'partyId', path, LIMITS.idLength);
  if (!parties.has(partyId)) fail('agreements.validation.wrongType', { path: `${path}.partyId` });
  const date = fields['date'];
  if (!isAllowedDate(date)) fail('agreements.validation.invalidDate', { path: `${path}.date` });
  return { partyId, name: text(fields, 'name', path, LIMITS.name), date: date as string, fingerprint: text(fields, 'fingerprint', path, LIMITS.fingerprint) };
}

function parseSignatures(value: unknown, path: string, parties: readonly Party[]): Signature[] {
  const ids = new Set(parties.map((party) => party.id));
  const signed = new Set<string>();
  return (Array.isArray(value) ? value : fail('agreements.validation.wrongType', { path })).map((item: unknown, index: number) => {
    const signature = parseSignature(item, `${path}[${index}]`, ids);
    if (signed.has(signature.partyId)) fail('agreements.validation.duplicateId', { path: `${path}[${index}].partyId` });
    signed.add(signature.partyId);
    return signature;
  });
}

function parseSignedVersion(value: unknown, path: string): SignedVersion {
  const fields = record(value, path);
  const content = parseContent(record(fields['content'], `${path}.content`), `${path}.content`);
  const signedOn = fields['signedOn'];
  if (!isAllowedDate(signedOn)) fail('agreements.validation.invalidDate', { path: `${path}.signedOn` });
  return {
    fingerprint: text(fields, 'fingerprint', path, LIMITS.fingerprint),
    signedOn: signedOn as string,
    unsignedAt: stamp(fields, 'unsignedAt', path),
    content,
    signatures: parseSignatures(fields['signatures'], `${path}.signatures`, content.parties),
  };
}

function parseSkipRange(value: unknown, path: string): SkipRange {
  const fields = record(value, path);
  for (const key of ['from', 'to'] as const) if (!isAllowedDate(fields[key])) fail('agreements.validation.invalidDate', { path: `${path}.${key}` });
  const range = { from: fields['from'] as string, to: fields['to'] as string, label: text(fields, 'label', path, CALENDAR_LIMITS.label) };
  if (range.to < range.from) fail('agreements.validation.invalidDate', { path: `${path}.to` });
  return range;
}

/** Absent in records written before the calendar existed: read as the empty planning. */
export function parseCalendar(value: unknown, path: string): CalendarSettings {
  if (value === undefined) return emptyCalendar();
  const fields = record(value, path);
  const time = fields['time'];
  if (time !== null && !isLocalTime(time)) fail('agreements.validation.wrongType', { path: `${path}.time` });
  const skipDates = list(fields, 'skipDates', path, CALENDAR_LIMITS.skipDates).map((date, index) =>
    isAllowedDate(date) ? date : fail('agreements.validation.invalidDate', { path: `${path}.skipDates[${index}]` }),
  );
  return {
    time: time as string | null,
    skipDates,
    skipRanges: list(fields, 'skipRanges', path, CALENDAR_LIMITS.skipRanges).map((range, index) => parseSkipRange(range, `${path}.skipRanges[${index}]`)),
  };
}

export function parseAgreement(value: unknown, path: string, seen: Set<string>): Agreement {
  const fields = record(value, path);
  const agreementId = id(fields, path, seen);
  const content = parseContent(fields, path);
  if (typeof fields['archived'] !== 'boolean') fail('agreements.validation.wrongType', { path: `${path}.archived` });
  return {
    id: agreementId,
    ...content,
    calendar: parseCalendar(fields['calendar'], `${path}.calendar`),
    archived: fields['archived'] as boolean,
    signatures: parseSignatures(fields['signatures'], `${path}.signatures`, content.parties),
    history: list(fields, 'history', path, LIMITS.history).map((entry, index) => parseSignedVersion(entry, `${path}.history[${index}]`)),
    createdAt: stamp(fields, 'createdAt', path),
    updatedAt: stamp(fields, 'updatedAt', path),
  };
}

function attempt<T>(read: () => T): ParseResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.error };
    throw error;
  }
}

/** One agreement on its own (a shared draft). */
export function parseOneAgreement(input: unknown): ParseResult<Agreement> {
  return attempt(() => parseAgreement(input, 'agreement', new Set()));
}

export function parseAgreementsDocument(input: unknown): ParseResult<AgreementsDocument> {
  if (!isFields(input) || !Array.isArray(input['agreements'])) return { ok: false, error: { key: 'agreements.validation.notADocument' } };
  const agreements = input['agreements'];
  if (agreements.length > LIMITS.agreements) {
    return { ok: false, error: { key: 'agreements.validation.tooManyAgreements', params: { max: LIMITS.agreements, count: agreements.length } } };
  }
  return attempt(() => {
    const seen = new Set<string>();
    return { agreements: agreements.map((agreement, index) => parseAgreement(agreement, `agreements[${index}]`, seen)) };
  });
}
