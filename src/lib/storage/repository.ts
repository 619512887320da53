import type { StorageBackend } from './backend.ts';
import { isEnvelope, recordKey, type Envelope } from './envelope.ts';
import { StaleWriteError } from './errors.ts';
import { migrate, type RecordType } from './record-type.ts';
import type { Message } from '../i18n/index.ts';

export interface Loaded<T> {
  data: T;
  revision: number;
  savedAt: string | null;
}

export type LoadResult<T> = ({ ok: true } & Loaded<T>) | { ok: false; error: Message };

export interface Repository {
  readonly backend: StorageBackend;
  load<T>(type: RecordType<T>): Promise<LoadResult<T>>;
  /** Saves only if the stored revision is still `expectedRevision`; otherwise throws StaleWriteError. */
  save<T>(type: RecordType<T>, data: T, expectedRevision: number): Promise<Loaded<T>>;
  readAll(): Promise<Envelope[]>;
  writeAll(envelopes: readonly Envelope[], mode: 'merge-into' | 'replace'): Promise<void>;
  deleteAll(): Promise<void>;
}

export function createRepository(backend: StorageBackend, now: () => Date = () => new Date()): Repository {
  return {
    backend,
    async load<T>(type: RecordType<T>): Promise<LoadResult<T>> {
      const stored = await backend.get(recordKey(type.kind));
      if (stored === undefined) return { ok: true, data: type.empty(), revision: 0, savedAt: null };
      if (!isEnvelope(stored)) return { ok: false, error: { key: 'validation.notAnObject' } };
      const migrated = migrate(type, stored.data, stored.version);
      if (!migrated.ok) return migrated;
      return { ok: true, data: migrated.value, revision: stored.revision, savedAt: stored.savedAt };
    },

    async save<T>(type: RecordType<T>, data: T, expectedRevision: number): Promise<Loaded<T>> {
      let stale: number | undefined;
      let written: Envelope | undefined;
      await backend.update(recordKey(type.kind), (current) => {
        const currentRevision = isEnvelope(current) ? current.revision : 0;
        if (currentRevision !== expectedRevision) {
          stale = currentRevision;
          return current;
        }
        written = {
          kind: type.kind,
          version: type.version,
          revision: currentRevision + 1,
          savedAt: now().toISOString(),
          data,
        };
        return written;
      });
      if (stale !== undefined) throw new StaleWriteError(stale);
      if (!written) throw new Error('The storage backend did not run the update');
      return { data, revision: written.revision, savedAt: written.savedAt };
    },

    async readAll(): Promise<Envelope[]> {
      const all = await backend.entries();
      return all.map(([, value]) => value).filter(isEnvelope);
    },

    async writeAll(envelopes, mode): Promise<void> {
      const entries = envelopes.map((envelope): [string, unknown] => [recordKey(envelope.kind), envelope]);
      if (mode === 'replace') await backend.replaceAll(entries);
      else await backend.setMany(entries);
    },

    deleteAll: () => backend.clear(),
  };
}
