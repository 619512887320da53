import { noteRecord } from '../lib/notes/note-record.ts';
import { getStorageService } from '../lib/storage/service.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';

export const noteDocument = createSyncedDocument(noteRecord, { service: getStorageService });
