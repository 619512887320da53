import type { Agreement, AgreementsDocument, IsoDateTime } from '../model.ts';
import { clampText, LIMITS } from '../model.ts';
import type { EditContext, RemovedItem } from './agreement.ts';

// Edits to the list of agreements. Removing returns what was removed, so restoreAgreement can undo it.

export function emptyAgreementsDocument(): AgreementsDocument {
  return { agreements: [] };
}

export function findAgreement(doc: AgreementsDocument, id: string): Agreement | undefined {
  return doc.agreements.find((agreement) => agreement.id === id);
}

/** Appends an agreement (e.g. from createFromTemplate); unchanged at the limit or when the id is taken. */
export function addAgreement(doc: AgreementsDocument, agreement: Agreement): AgreementsDocument {
  if (doc.agreements.length >= LIMITS.agreements || findAgreement(doc, agreement.id)) return doc;
  return { agreements: [...doc.agreements, agreement] };
}

/** Applies an agreement operation, e.g. `updateAgreement(doc, id, (a) => setTitle(a, title, now))`. */
export function updateAgreement(doc: AgreementsDocument, id: string, change: (agreement: Agreement) => Agreement): AgreementsDocument {
  const index = doc.agreements.findIndex((agreement) => agreement.id === id);
  const current = doc.agreements[index];
  if (current === undefined) return doc;
  const next = change(current);
  return next === current ? doc : { agreements: doc.agreements.with(index, next) };
}

export interface DuplicateOptions extends EditContext {
  /** Localised, e.g. ' (kopie)'. */
  titleSuffix: string;
}

/** A copy right after the original with fresh ids throughout, unsigned and without history. */
export function duplicateAgreement(doc: AgreementsDocument, id: string, { newId, now, titleSuffix }: DuplicateOptions): { doc: AgreementsDocument; agreement: Agreement | null } {
  const index = doc.agreements.findIndex((agreement) => agreement.id === id);
  const original = doc.agreements[index];
  if (!original || doc.agreements.length >= LIMITS.agreements) return { doc, agreement: null };
  const sections = structuredClone(original.sections);
  for (const goal of sections.purpose?.goals ?? []) goal.id = newId();
  for (const item of sections.responsibilities?.items ?? []) item.id = newId();
  const copy: Agreement = {
    ...original,
    id: newId(),
    title: clampText(`${original.title}${titleSuffix}`, LIMITS.title),
    parties: original.parties.map((party) => ({ ...party, id: newId() })),
    sections,
    calendar: structuredClone(original.calendar),
    archived: false,
    signatures: [],
    history: [],
    createdAt: now,
    updatedAt: now,
  };
  return { doc: { agreements: doc.agreements.toSpliced(index + 1, 0, copy) }, agreement: copy };
}

/** Archiving is bookkeeping, not agreed content: it does not unsign. */
export function archiveAgreement(doc: AgreementsDocument, id: string, archived: boolean, now: IsoDateTime): AgreementsDocument {
  return updateAgreement(doc, id, (agreement) => (agreement.archived === archived ? agreement : { ...agreement, archived, updatedAt: now }));
}

export function deleteAgreement(doc: AgreementsDocument, id: string): { doc: AgreementsDocument; removed: RemovedItem<Agreement> | null } {
  const index = doc.agreements.findIndex((agreement) => agreement.id === id);
  const agreement = doc.agreements[index];
  if (!agreement) return { doc, removed: null };
  return { doc: { agreements: doc.agreements.toSpliced(index, 1) }, removed: { item: agreement, index } };
}

/** Undo for deleteAgreement. Does nothing if an agreement with that id exists again. */
export function restoreAgreement(doc: AgreementsDocument, removed: RemovedItem<Agreement>): AgreementsDocument {
  if (findAgreement(doc, removed.item.id) || doc.agreements.length >= LIMITS.agreements) return doc;
  return { agreements: doc.agreements.toSpliced(Math.min(removed.index, doc.agreements.length), 0, removed.item) };
}
