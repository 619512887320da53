import { goalsRecord } from '../lib/goals/record.ts';
import { getStorageService } from '../lib/storage/service.ts';
import { createSyncedDocument } from '../lib/storage/synced-document.ts';

export const goalsDocument = createSyncedDocument(goalsRecord, { service: getStorageService });
