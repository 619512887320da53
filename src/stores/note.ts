import { MAX_NOTE_LENGTH, noteRecord } from '../lib/notes/note-record.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';
import { bindToPage } from './lifecycle.ts';
import { getStorageService } from './storage.ts';

/** The personal note: loaded on the first subscriber, autosaved, shared across tabs. */
export const noteDocument = createSyncedDocument(noteRecord, { service: getStorageService });
bindToPage(noteDocument);

export { MAX_NOTE_LENGTH };

/** The note's one edit: its text, cut at the record's limit. */
export function setNoteText(text: string): void {
  noteDocument.update((note) => (note.text === text ? note : { ...note, text: text.slice(0, MAX_NOTE_LENGTH) }));
}
