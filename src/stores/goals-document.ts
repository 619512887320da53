import { goalsRecord } from '../lib/goals/record.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';
import { bindToPage } from './lifecycle.ts';
import { getStorageService } from './storage.ts';

/**
 * The goals workbook's document: loaded on the first subscriber, autosaved, shared across tabs.
 * On its own so another workbook (the agreement's goal picker) reads it without the goals' editing code.
 */
export const goalsDocument = createSyncedDocument(goalsRecord, { service: getStorageService });
bindToPage(goalsDocument);
