import type { Message } from '../i18n/index.ts';
import type { StorageBackend } from './backend.ts';
import { BACKUP_META_KEY, isEnvelope, isTimestamp, RECORD_PREFIX, recordKey, setAsideKey, type Envelope } from './envelope.ts';
import { StaleWriteError, VanishedError } from './errors.ts';
import { readRecord, type RecordType } from './record-type.ts';
import { isPlainObject } from './validation.ts';

export interface Loaded<T> {
  ok: true;
  data: T;
  revision: number;
  savedAt: string | null;
  unbackedSince: string | null;
  /** What was repaired or set aside to read damaged data; the original is kept under set-aside. */
  repairs: Message[];
}

export interface SetAside {
  kind: string;
  at: string;
  original: unknown;
}

export interface BackupMeta {
  /** When the last backup file was made in this browser. */
  lastBackupAt: string | null;
}

export interface Repository {
  readonly backend: StorageBackend;
  /** Never refuses readable storage: damaged data is repaired or set aside, and the repairs listed. */
  load<T>(type: RecordType<T>): Promise<Loaded<T>>;
  /** Saves only if the stored revision is still `expectedRevision`; otherwise throws StaleWriteError. */
  save<T>(type: RecordType<T>, data: T, expectedRevision: number): Promise<Omit<Loaded<T>, 'repairs'>>;
  readAll(): Promise<Envelope[]>;
  /** Writes records in one transaction; `replace` also removes every record not among them. */
  writeAll(envelopes: readonly Envelope[], mode: 'merge-into' | 'replace'): Promise<void>;
  deleteAll(): Promise<void>;
  readSetAside(kind: string): Promise<SetAside | null>;
  dropSetAside(kind: string): Promise<void>;
  backupMeta(): Promise<BackupMeta>;
  /** After a backup file was made: these revisions are in it, so their changes no longer need one. */
  markBackedUp(envelopes: readonly Envelope[], at: string): Promise<void>;
}

export function createRepository(backend: StorageBackend, now: () => Date = () => new Date()): Repository {
  async function setAside(kind: string, original: unknown): Promise<void> {
    try {
      await backend.update(setAsideKey(kind), (current) => current ?? { kind, at: now().toISOString(), original });
    } catch {
      // Keeping the original is a courtesy; failing to keep it must not stop the workbook from opening.
    }
  }

  return {
    backend,
    async load<T>(type: RecordType<T>): Promise<Loaded<T>> {
      const stored = await backend.get(recordKey(type.kind));
      if (stored === undefined) {
        return { ok: true, data: type.empty(), revision: 0, savedAt: null, unbackedSince: null, repairs: [] };
      }
      if (!isEnvelope(stored)) {
        await setAside(type.kind, stored);
        const revision = isPlainObject(stored) && Number.isInteger(stored['revision']) ? Number(stored['revision']) : 0;
        return { ok: true, data: type.empty(), revision, savedAt: null, unbackedSince: null, repairs: [{ key: 'storage.repair.unreadable' }] };
      }
      const read = await readRecord(type, stored.data, stored.version);
      const base = { ok: true as const, revision: stored.revision, savedAt: stored.savedAt, unbackedSince: stored.unbackedSince ?? null };
      if (!read.ok) {
        await setAside(type.kind, stored);
        return { ...base, data: type.empty(), repairs: [{ key: 'storage.repair.setAsideWhole', params: { detail: read.error } }] };
      }
      if (read.repairs.length > 0) await setAside(type.kind, stored);
      return { ...base, data: read.value, repairs: read.repairs };
    },

    async save<T>(type: RecordType<T>, data: T, expectedRevision: number) {
      let stale: number | undefined;
      let vanished = false;
      let written: Envelope | undefined;
      await backend.update(recordKey(type.kind), (current) => {
        const currentRevision = isEnvelope(current) ? current.revision : 0;
        if (current === undefined && expectedRevision > 0) {
          vanished = true;
          return current;
        }
        if (currentRevision !== expectedRevision) {
          stale = currentRevision;
          return current;
        }
        const savedAt = now().toISOString();
        const unbackedSince = isEnvelope(current) && current.unbackedSince !== undefined ? current.unbackedSince : savedAt;
        written = { kind: type.kind, version: type.version, revision: currentRevision + 1, savedAt, unbackedSince, data };
        return written;
      });
      if (vanished) throw new VanishedError();
      if (stale !== undefined) throw new StaleWriteError(stale);
      if (!written) throw new Error('The storage backend did not run the update');
      return { ok: true as const, data, revision: written.revision, savedAt: written.savedAt, unbackedSince: written.unbackedSince ?? null };
    },

    async readAll(): Promise<Envelope[]> {
      const all = await backend.entries();
      return all.filter(([key, value]) => key.startsWith(RECORD_PREFIX) && isEnvelope(value)).map(([, value]) => value as Envelope);
    },

    async writeAll(envelopes, mode): Promise<void> {
      const puts = envelopes.map((envelope): [string, unknown] => [recordKey(envelope.kind), envelope]);
      const keep = new Set(puts.map(([key]) => key));
      const deletes =
        mode === 'replace'
          ? (await backend.entries()).map(([key]) => key).filter((key) => key.startsWith(RECORD_PREFIX) && !keep.has(key))
          : [];
      await backend.writeMany(puts, deletes);
    },

    deleteAll: () => backend.clear(),

    async readSetAside(kind) {
      const stored = await backend.get(setAsideKey(kind));
      return isPlainObject(stored) && typeof stored['at'] === 'string' ? { kind, at: stored['at'], original: stored['original'] } : null;
    },

    dropSetAside: (kind) => backend.writeMany([], [setAsideKey(kind)]),

    async backupMeta() {
      const stored = await backend.get(BACKUP_META_KEY);
      const at = isPlainObject(stored) ? stored['lastBackupAt'] : undefined;
      return { lastBackupAt: isTimestamp(at) ? at : null };
    },

    async markBackedUp(envelopes, at) {
      for (const envelope of envelopes) {
        await backend.update(recordKey(envelope.kind), (current) => {
          if (!isEnvelope(current) || current.revision !== envelope.revision) return current;
          const { unbackedSince: _inTheBackup, ...rest } = current;
          return rest;
        });
      }
      await backend.writeMany([[BACKUP_META_KEY, { lastBackupAt: at }]]);
    },
  };
}
