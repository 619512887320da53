import {
  addAgreement,
  archiveAgreement,
  createFromTemplate,
  deleteAgreement,
  duplicateAgreement,
  findAgreement,
  restoreAgreement,
  setSignature,
  updateAgreement,
  type Agreement,
  type AgreementsDocument,
  type DocumentLanguage,
  type EditContext,
  type IsoDate,
  type IsoDateTime,
  type RemovedItem,
  type SignatureInput,
  type TemplateId,
} from '../lib/agreements/index.ts';
import { agreementsRecord } from '../lib/agreements/record.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';
import { newId, nowIso } from './ids.ts';
import { bindToPage } from './lifecycle.ts';
import { getStorageService } from './storage.ts';

export { newId, nowIso };

/** The agreement workbook's document: loaded on the first subscriber, autosaved, shared across tabs. */
export const agreementsDocument = createSyncedDocument(agreementsRecord, { service: getStorageService });
bindToPage(agreementsDocument);

// The only place the agreement workbook writes: every edit is a pure operation from
// src/lib/agreements applied to the synced document. Module-level functions, so their identity
// never changes and memoised components can take them without re-rendering.

export const editContext = (): EditContext => ({ newId, now: nowIso() });

/** Applies a document operation; an operation that returns the same document saves nothing. */
export function change(operation: (doc: AgreementsDocument) => AgreementsDocument): void {
  const state = agreementsDocument.$state.get();
  if (state.phase !== 'ready') return;
  const next = operation(state.data);
  if (next !== state.data) agreementsDocument.update(() => next);
}

/** Applies an agreement operation, e.g. `editAgreement(id, (a, context) => setTitle(a, title, context.now))`. */
export function editAgreement(id: string, operation: (agreement: Agreement, context: EditContext) => Agreement): void {
  const context = editContext();
  change((doc) => updateAgreement(doc, id, (agreement) => operation(agreement, context)));
}

export function currentAgreements(): readonly Agreement[] {
  return agreementsDocument.$state.get().data.agreements;
}

/** The agreement as stored right now (a handler may run before the latest edit has re-rendered). */
export function currentAgreement(id: string): Agreement | undefined {
  return findAgreement(agreementsDocument.$state.get().data, id);
}

/** A new agreement from a template; null when the list is full. */
export function createAgreement(
  template: TemplateId,
  options: { language: DocumentLanguage; today?: IsoDate; mentees?: number; title?: string },
): Agreement | null {
  const agreement = createFromTemplate(template, { ...editContext(), ...options });
  if (options.title) agreement.title = options.title;
  return insertAgreement(agreement);
}

/** Adds an agreement as it is (an opened draft kept as a new agreement); null when it could not be added. */
export function insertAgreement(agreement: Agreement): Agreement | null {
  change((doc) => addAgreement(doc, agreement));
  return currentAgreement(agreement.id) === agreement ? agreement : null;
}

/** Puts an agreement in place of the stored one with the same id (the agreed version after comparing). */
export function replaceAgreement(agreement: Agreement): void {
  change((doc) => updateAgreement(doc, agreement.id, () => agreement));
}

export function duplicate(id: string, titleSuffix: string): Agreement | null {
  let copy: Agreement | null = null;
  change((doc) => {
    const result = duplicateAgreement(doc, id, { ...editContext(), titleSuffix });
    copy = result.agreement;
    return result.doc;
  });
  return copy;
}

export function archive(id: string, archived: boolean): void {
  change((doc) => archiveAgreement(doc, id, archived, nowIso()));
}

export function removeAgreement(id: string): RemovedItem<Agreement> | null {
  let removed: RemovedItem<Agreement> | null = null;
  change((doc) => {
    const result = deleteAgreement(doc, id);
    removed = result.removed;
    return result.doc;
  });
  return removed;
}

export function undoRemoval(removed: RemovedItem<Agreement>): void {
  change((doc) => restoreAgreement(doc, removed));
}

/**
 * A party signs the agreement as it stands. Signing is asynchronous (Web Crypto); if the agreement
 * changed meanwhile the signature is not applied, so nobody signs a text they did not see.
 */
export async function sign(id: string, input: SignatureInput): Promise<boolean> {
  const before = currentAgreement(id);
  if (!before) return false;
  const now: IsoDateTime = nowIso();
  const signed = await setSignature(before, input, now);
  if (signed === before) return false;
  let applied = false;
  change((doc) =>
    updateAgreement(doc, id, (agreement) => {
      if (agreement !== before) return agreement;
      applied = true;
      return signed;
    }),
  );
  return applied;
}
