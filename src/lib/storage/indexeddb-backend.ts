import { clear, createStore, entries, get, promisifyRequest, setMany, update, type UseStore } from 'idb-keyval';
import type { StorageBackend } from './backend.ts';

export const DATABASE_NAME = 'mentorkit';
export const OBJECT_STORE_NAME = 'records';
const PROBE_KEY = '__probe__';

export function createIndexedDbBackend(store: UseStore = createStore(DATABASE_NAME, OBJECT_STORE_NAME)): StorageBackend {
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    update: (key, updater) => update(key, updater, store),
    entries: async () => (await entries<string, unknown>(store)).filter(([key]) => key !== PROBE_KEY),
    replaceAll: (all) =>
      store('readwrite', (objectStore) => {
        objectStore.clear();
        for (const [key, value] of all) objectStore.put(value, key);
        return promisifyRequest(objectStore.transaction);
      }),
    setMany: (all) => setMany([...all], store),
    clear: () => clear(store),
  };
}

/**
 * Private windows and locked-down browsers may expose `indexedDB` yet refuse to open or write.
 * A real write-and-read is the only reliable test.
 */
export async function probeIndexedDb(): Promise<StorageBackend | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const store = createStore(DATABASE_NAME, OBJECT_STORE_NAME);
    const token = `${Date.now()}-${Math.random()}`;
    await update(PROBE_KEY, () => token, store);
    if ((await get(PROBE_KEY, store)) !== token) return undefined;
    return createIndexedDbBackend(store);
  } catch {
    return undefined;
  }
}
