import type { StorageBackend } from './backend.ts';

/** Used when the browser refuses IndexedDB: work survives until the page is reloaded. */
export function createMemoryBackend(): StorageBackend {
  const data = new Map<string, unknown>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    kind: 'memory',
    get: async (key) => copy(data.get(key)),
    update: async (key, updater) => {
      data.set(key, copy(updater(copy(data.get(key)))));
    },
    entries: async () => [...data.entries()].map(([key, value]) => [key, copy(value)]),
    replaceAll: async (entries) => {
      data.clear();
      for (const [key, value] of entries) data.set(key, copy(value));
    },
    setMany: async (entries) => {
      for (const [key, value] of entries) data.set(key, copy(value));
    },
    clear: async () => data.clear(),
  };
}
