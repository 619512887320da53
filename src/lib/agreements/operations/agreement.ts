import { isAllowedDate } from '../../calendar/dates.ts';
import { deepEqual } from '../../storage/merge.ts';
import { write } from '../fields.ts';
import { fingerprint } from '../fingerprint.ts';
import { isLocalTime } from '../calendar/dates.ts';
import type {
  AgreedContent, Agreement, AgreementGoal, CalendarSettings, FieldSpec, DocumentLanguage, IdFactory, IsoDate, IsoDateTime, Party, PartyRole, SectionField,
  Responsibility, SectionId, Sections, Signature, SignedVersion,
} from '../model.ts';
import { agreedContent, CALENDAR_LIMITS, clampText, DOCUMENT_LANGUAGES, LIMITS, PARTY_ROLES, PARTY_SPEC, SECTION_SPECS } from '../model.ts';
import { checkReadyToSign } from '../rules.ts';
import { defaultSection } from '../templates.ts';

// Edits to one agreement. Each returns a new agreement with `updatedAt` set, or the very same object
// when nothing changed (or the input was refused). Every change to the agreed content goes through
// `changeContent`: on a signed agreement it removes the signatures and keeps the signed version in
// `history`, so nobody's signature ever stands under a text they did not see.

export interface EditContext {
  newId: IdFactory;
  now: IsoDateTime;
}

function lastSignedOn(agreement: Agreement): IsoDate {
  return agreement.signatures.reduce((latest, signature) => (signature.date > latest ? signature.date : latest), agreement.signatures[0]!.date);
}

/** Replaces the agreed content; unsigns (keeping the signed version) when it differs from what was signed. */
export function changeContent(agreement: Agreement, content: AgreedContent, now: IsoDateTime): Agreement {
  const next = agreedContent(content);
  if (deepEqual(next, agreedContent(agreement))) return agreement;
  let { history, signatures } = agreement;
  if (signatures.length > 0) {
    const signed: SignedVersion = {
      fingerprint: signatures[0]!.fingerprint,
      signedOn: lastSignedOn(agreement),
      unsignedAt: now,
      content: agreedContent(agreement),
      signatures,
    };
    history = [...history, signed].slice(-LIMITS.history);
    signatures = [];
  }
  return { ...agreement, ...next, signatures, history, updatedAt: now };
}

export function setTitle(agreement: Agreement, title: string, now: IsoDateTime): Agreement {
  return changeContent(agreement, { ...agreement, title: clampText(title, LIMITS.title) }, now);
}

export function setLanguage(agreement: Agreement, language: DocumentLanguage, now: IsoDateTime): Agreement {
  if (!DOCUMENT_LANGUAGES.includes(language)) return agreement;
  return changeContent(agreement, { ...agreement, language }, now);
}

/** Sets one field of a section that applies; a value the record could not read back is refused. */
export function updateSectionField<S extends SectionId, F extends SectionField<S>>(
  agreement: Agreement,
  section: S,
  field: F,
  value: Sections[S][F],
  now: IsoDateTime,
): Agreement {
  const current = agreement.sections[section];
  const spec = (SECTION_SPECS[section] as Readonly<Record<string, FieldSpec>>)[field];
  if (current === undefined || spec === undefined) return agreement;
  const written = write(spec, value, field);
  if (!written.ok) return agreement;
  return changeContent(agreement, { ...agreement, sections: { ...agreement.sections, [section]: { ...current, [field]: written.value } } }, now);
}

/** Switches a hidden section on with the template's defaults (or a value kept by excludeSection). */
export function includeSection<S extends SectionId>(agreement: Agreement, section: S, context: EditContext, value?: Sections[S]): Agreement {
  if (agreement.sections[section] !== undefined) return agreement;
  const sections = { ...agreement.sections, [section]: value ?? defaultSection(agreement.template, section, context.newId) };
  return changeContent(agreement, { ...agreement, sections: ordered(sections) }, context.now);
}

export interface RemovedSection<S extends SectionId = SectionId> {
  section: S;
  value: Sections[S];
}

export function excludeSection<S extends SectionId>(agreement: Agreement, section: S, now: IsoDateTime): { agreement: Agreement; removed: RemovedSection<S> | null } {
  const value = agreement.sections[section];
  if (value === undefined) return { agreement, removed: null };
  const sections = { ...agreement.sections };
  delete sections[section];
  return { agreement: changeContent(agreement, { ...agreement, sections }, now), removed: { section, value: value as Sections[S] } };
}

/** Undo for excludeSection. */
export function restoreSection(agreement: Agreement, removed: RemovedSection, context: EditContext): Agreement {
  return includeSection(agreement, removed.section, context, removed.value);
}

function ordered(sections: Partial<Sections>): Partial<Sections> {
  const out: Partial<Record<SectionId, unknown>> = {};
  for (const key of Object.keys(SECTION_SPECS) as SectionId[]) if (sections[key] !== undefined) out[key] = sections[key];
  return out as Partial<Sections>;
}

// The calendar planning: bookkeeping, so it never unsigns.

/**
 * Sets the time of day and the skipped dates. Refused (the same agreement back) for a time that is
 * not 'HH:MM', an impossible date or a break that ends before it starts; skipped days are sorted
 * without duplicates, labels shortened and both lists cut at CALENDAR_LIMITS.
 */
export function setCalendar(agreement: Agreement, calendar: CalendarSettings, now: IsoDateTime): Agreement {
  if (calendar.time !== null && !isLocalTime(calendar.time)) return agreement;
  if (!calendar.skipDates.every(isAllowedDate)) return agreement;
  if (!calendar.skipRanges.every((range) => isAllowedDate(range.from) && isAllowedDate(range.to) && range.from <= range.to)) return agreement;
  const next: CalendarSettings = {
    time: calendar.time,
    skipDates: [...new Set(calendar.skipDates)].sort().slice(0, CALENDAR_LIMITS.skipDates),
    skipRanges: calendar.skipRanges
      .slice(0, CALENDAR_LIMITS.skipRanges)
      .map((range) => ({ from: range.from, to: range.to, label: clampText(range.label, CALENDAR_LIMITS.label) })),
  };
  if (deepEqual(next, agreement.calendar)) return agreement;
  return { ...agreement, calendar: next, updatedAt: now };
}

// Parties

export function addParty(agreement: Agreement, role: PartyRole, context: EditContext): { agreement: Agreement; party: Party | null } {
  if (agreement.parties.length >= LIMITS.parties || !PARTY_ROLES.includes(role)) return { agreement, party: null };
  const party: Party = { id: context.newId(), role, name: '', contact: '' };
  return { agreement: changeContent(agreement, { ...agreement, parties: [...agreement.parties, party] }, context.now), party };
}

export function updateParty<F extends keyof typeof PARTY_SPEC>(agreement: Agreement, partyId: string, field: F, value: Party[F], now: IsoDateTime): Agreement {
  const index = agreement.parties.findIndex((party) => party.id === partyId);
  const written = write(PARTY_SPEC[field], value, field);
  if (index < 0 || !written.ok) return agreement;
  const parties = agreement.parties.with(index, { ...agreement.parties[index]!, [field]: written.value });
  return changeContent(agreement, { ...agreement, parties }, now);
}

export interface RemovedItem<T> {
  item: T;
  index: number;
}

export function removeParty(agreement: Agreement, partyId: string, now: IsoDateTime): { agreement: Agreement; removed: RemovedItem<Party> | null } {
  const index = agreement.parties.findIndex((party) => party.id === partyId);
  if (index < 0) return { agreement, removed: null };
  const removed = { item: agreement.parties[index]!, index };
  return { agreement: changeContent(agreement, { ...agreement, parties: agreement.parties.toSpliced(index, 1) }, now), removed };
}

/** Undo for removeParty. */
export function restoreParty(agreement: Agreement, removed: RemovedItem<Party>, now: IsoDateTime): Agreement {
  if (agreement.parties.length >= LIMITS.parties || agreement.parties.some((party) => party.id === removed.item.id)) return agreement;
  const index = Math.min(removed.index, agreement.parties.length);
  return changeContent(agreement, { ...agreement, parties: agreement.parties.toSpliced(index, 0, removed.item) }, now);
}

// Goals (in the purpose section; at most LIMITS.goals)

export function addGoal(
  agreement: Agreement,
  input: { text?: string; smartGoalId?: string | null },
  context: EditContext,
): { agreement: Agreement; goal: AgreementGoal | null } {
  const purpose = agreement.sections.purpose;
  if (!purpose || purpose.goals.length >= LIMITS.goals) return { agreement, goal: null };
  const smartGoalId = input.smartGoalId && input.smartGoalId.length <= LIMITS.idLength ? input.smartGoalId : null;
  const goal: AgreementGoal = { id: context.newId(), text: clampText(input.text ?? '', LIMITS.goalText), smartGoalId };
  return { agreement: setGoals(agreement, [...purpose.goals, goal], context.now), goal };
}

export function updateGoal(agreement: Agreement, goalId: string, patch: { text?: string; smartGoalId?: string | null }, now: IsoDateTime): Agreement {
  const goals = agreement.sections.purpose?.goals ?? [];
  const index = goals.findIndex((goal) => goal.id === goalId);
  if (index < 0) return agreement;
  return setGoals(agreement, goals.with(index, { ...goals[index]!, ...patch }), now);
}

export function removeGoal(agreement: Agreement, goalId: string, now: IsoDateTime): { agreement: Agreement; removed: RemovedItem<AgreementGoal> | null } {
  const goals = agreement.sections.purpose?.goals ?? [];
  const index = goals.findIndex((goal) => goal.id === goalId);
  if (index < 0) return { agreement, removed: null };
  return { agreement: setGoals(agreement, goals.toSpliced(index, 1), now), removed: { item: goals[index]!, index } };
}

/** Undo for removeGoal; nothing happens when three goals are there again. */
export function restoreGoal(agreement: Agreement, removed: RemovedItem<AgreementGoal>, now: IsoDateTime): Agreement {
  const goals = agreement.sections.purpose?.goals;
  if (!goals || goals.length >= LIMITS.goals || goals.some((goal) => goal.id === removed.item.id)) return agreement;
  return setGoals(agreement, goals.toSpliced(Math.min(removed.index, goals.length), 0, removed.item), now);
}

function setGoals(agreement: Agreement, goals: AgreementGoal[], now: IsoDateTime): Agreement {
  return updateSectionField(agreement, 'purpose', 'goals', goals, now);
}

// Signing

export interface SignatureInput {
  partyId: string;
  name: string;
  date: IsoDate;
}

/**
 * A party signs the agreement as it stands now: the signature carries the fingerprint of the agreed
 * content. Refused (the same agreement back) while checkReadyToSign lists anything, for an unknown
 * party, an empty name or an impossible date. Asynchronous because Web Crypto is.
 */
export async function setSignature(agreement: Agreement, input: SignatureInput, now: IsoDateTime): Promise<Agreement> {
  const name = clampText(input.name.trim(), LIMITS.name);
  if (name === '' || !isAllowedDate(input.date) || !agreement.parties.some((party) => party.id === input.partyId)) return agreement;
  if (checkReadyToSign(agreement).length > 0) return agreement;
  const print = await fingerprint(agreement);
  // Signatures under another text than this one cannot stand next to it (they cannot occur: changes unsign).
  const others = agreement.signatures.filter((signature) => signature.partyId !== input.partyId && signature.fingerprint === print);
  return { ...agreement, signatures: [...others, { partyId: input.partyId, name, date: input.date, fingerprint: print }], updatedAt: now };
}

/** A party withdraws their signature; the agreed content stays as it is. */
export function removeSignature(agreement: Agreement, partyId: string, now: IsoDateTime): Agreement {
  if (!agreement.signatures.some((signature) => signature.partyId === partyId)) return agreement;
  return { ...agreement, signatures: agreement.signatures.filter((signature) => signature.partyId !== partyId), updatedAt: now };
}

export type SignatureStatus = 'unsigned' | 'partly' | 'signed';

export function signatureStatus(agreement: Agreement): SignatureStatus {
  if (agreement.signatures.length === 0) return 'unsigned';
  return agreement.parties.every((party) => agreement.signatures.some((signature) => signature.partyId === party.id)) ? 'signed' : 'partly';
}

/**
 * Signing apart: the other party's copy of the same text carries their signature. Signatures are
 * taken in only where their fingerprint is this text's own (a signature under another text, or a
 * forged one, never appears here), for parties of this agreement who have not signed here yet.
 * Signatures already here that belong to another text are dropped, as `setSignature` does.
 */
export async function takeSignatures(mine: Agreement, theirs: Pick<Agreement, 'signatures'>, now: IsoDateTime): Promise<{ agreement: Agreement; added: Signature[] }> {
  const print = await fingerprint(mine);
  const kept = mine.signatures.filter((signature) => signature.fingerprint === print);
  const added = theirs.signatures.filter(
    (signature) =>
      signature.fingerprint === print &&
      mine.parties.some((party) => party.id === signature.partyId) &&
      !kept.some((own) => own.partyId === signature.partyId),
  );
  if (added.length === 0 && kept.length === mine.signatures.length) return { agreement: mine, added };
  return { agreement: { ...mine, signatures: [...kept, ...added], updatedAt: now }, added };
}

// Responsibilities (at most LIMITS.responsibilities)

function setResponsibilities(agreement: Agreement, items: Responsibility[], now: IsoDateTime): Agreement {
  return agreement.sections.responsibilities ? updateSectionField(agreement, 'responsibilities', 'items', items, now) : agreement;
}

/** A new, empty responsibility for both parties; nothing happens at the limit. */
export function addResponsibility(agreement: Agreement, context: EditContext): Agreement {
  const items = agreement.sections.responsibilities?.items;
  if (!items || items.length >= LIMITS.responsibilities) return agreement;
  return setResponsibilities(agreement, [...items, { id: context.newId(), who: 'both', standard: null, text: '' }], context.now);
}

export function updateResponsibility(agreement: Agreement, itemId: string, patch: Partial<Omit<Responsibility, 'id'>>, now: IsoDateTime): Agreement {
  const items = agreement.sections.responsibilities?.items ?? [];
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) return agreement;
  return setResponsibilities(agreement, items.with(index, { ...items[index]!, ...patch }), now);
}

export function removeResponsibility(agreement: Agreement, itemId: string, now: IsoDateTime): { agreement: Agreement; removed: RemovedItem<Responsibility> | null } {
  const items = agreement.sections.responsibilities?.items ?? [];
  const index = items.findIndex((item) => item.id === itemId);
  if (index < 0) return { agreement, removed: null };
  return { agreement: setResponsibilities(agreement, items.toSpliced(index, 1), now), removed: { item: items[index]!, index } };
}

/** Undo for removeResponsibility; nothing happens when it is back already or the list is full. */
export function restoreResponsibility(agreement: Agreement, removed: RemovedItem<Responsibility>, now: IsoDateTime): Agreement {
  const items = agreement.sections.responsibilities?.items;
  if (!items || items.length >= LIMITS.responsibilities || items.some((item) => item.id === removed.item.id)) return agreement;
  return setResponsibilities(agreement, items.toSpliced(Math.min(removed.index, items.length), 0, removed.item), now);
}
