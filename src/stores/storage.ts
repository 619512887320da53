import { createDraftStore } from '../lib/storage/drafts.ts';
import { probeIndexedDb } from '../lib/storage/indexeddb-backend.ts';
import { createMemoryBackend } from '../lib/storage/memory-backend.ts';
import { createStorageService, type StorageService } from '../lib/storage/service.ts';
import { createTabPresence } from '../lib/storage/tab-presence.ts';

/** Every kind of record the app stores (record-types.ts), loaded when a backup is restored. */
const loadRecordTypes = () => import('./record-types.ts').then((module) => module.recordTypes);

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

async function openService(): Promise<StorageService> {
  const [backend, presence] = await Promise.all([probeIndexedDb(), createTabPresence()]);
  if (!backend) return createStorageService(createMemoryBackend(), loadRecordTypes, { presence });
  return createStorageService(backend, loadRecordTypes, { presence, drafts: createDraftStore(localStorageOrNull(), presence.id) });
}

let shared: Promise<StorageService> | undefined;

/** The page's one storage service: IndexedDB when the browser allows it, memory otherwise. */
export function getStorageService(): Promise<StorageService> {
  shared ??= openService();
  return shared;
}

/** For tests: forget the shared service so the next call probes again. */
export function resetStorageService(): void {
  shared = undefined;
}

