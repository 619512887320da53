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
    writeMany: async (puts, deletes = []) => {
      const copies = puts.map(([key, value]) => [key, copy(value)] as const);
      for (const key of deletes) data.delete(key);
      for (const [key, value] of copies) data.set(key, value);
    },
    clear: async () => data.clear(),
    onClosed: () => () => {},
  };
}
