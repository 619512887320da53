import type { StorageBackend } from './backend.ts';
import { backupFileName, createBackup, parseBackup, planImport, type ImportMode } from './backup.ts';
import { createChangeChannel, type ChangeChannel } from './change-channel.ts';
import { probeIndexedDb } from './indexeddb-backend.ts';
import { createMemoryBackend } from './memory-backend.ts';
import type { RecordType } from './record-type.ts';
import { recordTypes } from './registry.ts';
import { createRepository, type Repository } from './repository.ts';
import type { Validated } from './validation.ts';

export interface StorageService {
  readonly backendKind: StorageBackend['kind'];
  readonly repository: Repository;
  readonly channel: ChangeChannel;
  exportBackup(now?: Date): Promise<{ fileName: string; json: string }>;
  /** Validates the whole file first; on any problem nothing is written. Resolves to the number of parts restored. */
  importBackup(text: string, byteLength: number, mode: ImportMode): Promise<Validated<number>>;
  deleteAll(): Promise<void>;
  /** Asks the browser not to evict our data under storage pressure. */
  requestPersistence(): Promise<boolean | undefined>;
}

export function createStorageService(
  backend: StorageBackend,
  types: readonly RecordType<unknown>[] = recordTypes,
  channel: ChangeChannel = createChangeChannel(backend.kind === 'indexeddb'),
): StorageService {
  const repository = createRepository(backend);
  const announceEverything = () => channel.publish({ kind: '*', revision: Date.now(), from: 'storage-service' });
  return {
    backendKind: backend.kind,
    repository,
    channel,
    async exportBackup(now = new Date()) {
      const backup = createBackup(await repository.readAll(), now);
      return { fileName: backupFileName(now), json: `${JSON.stringify(backup, null, 2)}\n` };
    },
    async importBackup(text, byteLength, mode) {
      const parsed = parseBackup(text, byteLength, types);
      if (!parsed.ok) return parsed;
      const plan = planImport(parsed.value, await repository.readAll(), mode, types, new Date());
      await repository.writeAll(plan, mode === 'replace' ? 'replace' : 'merge-into');
      announceEverything();
      return { ok: true, value: plan.length };
    },
    async deleteAll() {
      await repository.deleteAll();
      announceEverything();
    },
    async requestPersistence() {
      if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
      try {
        return (await navigator.storage.persisted()) || (await navigator.storage.persist());
      } catch {
        return undefined;
      }
    },
  };
}

let shared: Promise<StorageService> | undefined;

/** The page's one storage service: IndexedDB when the browser allows it, memory otherwise. */
export function getStorageService(): Promise<StorageService> {
  shared ??= probeIndexedDb().then((backend) => createStorageService(backend ?? createMemoryBackend()));
  return shared;
}

/** For tests: forget the shared service so the next call probes again. */
export function resetStorageServiceForTests(): void {
  shared = undefined;
}
