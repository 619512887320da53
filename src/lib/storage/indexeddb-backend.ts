import { clear, createStore, entries, get, promisifyRequest, update, type UseStore } from 'idb-keyval';
import type { StorageBackend } from './backend.ts';

export const DATABASE_NAME = 'mentorkit';
export const OBJECT_STORE_NAME = 'records';
/** Each page probes under its own key: tabs opened together must not read each other's token. */
const PROBE_PREFIX = '__probe__';

/**
 * idb-keyval keeps one connection open for the page. When another tab deletes the database, or the
 * browser clears the site's data, that connection is closed (or asked to close): we let it go, tell
 * the app, and open a fresh one on the next operation instead of failing every save from then on.
 */
function watchedStore(onClosed: () => void): UseStore {
  let current: UseStore | undefined;
  let watching: IDBDatabase | undefined;
  const open = (): UseStore => {
    const store = createStore(DATABASE_NAME, OBJECT_STORE_NAME);
    current = store;
    void store('readonly', (objectStore) => objectStore.transaction.db)
      .then((db) => {
        if (watching === db) return;
        watching = db;
        const release = () => {
          if (current === store) current = undefined;
          db.close();
          onClosed();
        };
        db.addEventListener('versionchange', release);
        db.addEventListener('close', release);
      })
      .catch(() => {
        if (current === store) current = undefined;
      });
    return store;
  };
  return (mode, callback) => (current ?? open())(mode, callback);
}

export function createIndexedDbBackend(): StorageBackend {
  const listeners = new Set<() => void>();
  const store = watchedStore(() => {
    for (const listener of listeners) listener();
  });
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    update: (key, updater) => update(key, updater, store),
    entries: async () => (await entries<string, unknown>(store)).filter(([key]) => !key.startsWith(PROBE_PREFIX)),
    writeMany: (puts, deletes = []) =>
      store('readwrite', (objectStore) => {
        for (const key of deletes) objectStore.delete(key);
        for (const [key, value] of puts) objectStore.put(value, key);
        return promisifyRequest(objectStore.transaction);
      }),
    clear: () => clear(store),
    onClosed(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Private windows and locked-down browsers may expose `indexedDB` yet refuse to open or write.
 * A real write-and-read is the only reliable test.
 */
export async function probeIndexedDb(): Promise<StorageBackend | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    const backend = createIndexedDbBackend();
    const token = `${Date.now()}-${Math.random()}`;
    const key = `${PROBE_PREFIX}:${token}`;
    await backend.writeMany([[key, token]]);
    const readBack = await backend.get(key);
    await backend.writeMany([], [key]);
    return readBack === token ? backend : undefined;
  } catch {
    return undefined;
  }
}
