import type { StorageBackend } from './backend.ts';
import type { ImportMode, ImportPlan, IncomingRecord } from './backup.ts';
import { isTimestamp } from './envelope.ts';
import { createChangeChannel, type ChangeChannel } from './change-channel.ts';
import { createDraftStore, type DraftStore } from './drafts.ts';
import type { RecordType } from './record-type.ts';
import { createRepository, type BackupMeta, type Repository } from './repository.ts';
import { fixedTabPresence, type TabPresence } from './tab-presence.ts';
import type { Validated } from './validation.ts';

/** Published after a backup file was made, so every workbook can update "last backup". */
export const BACKUP_NOTICE = 'meta:backup';

export interface ImportPreview {
  plan: ImportPlan;
  incoming: IncomingRecord[];
}

export interface StorageService {
  readonly backendKind: StorageBackend['kind'];
  readonly repository: Repository;
  readonly channel: ChangeChannel;
  readonly drafts: DraftStore;
  readonly presence: TabPresence;
  exportBackup(now?: Date): Promise<{ fileName: string; json: string }>;
  /** Validates the whole file and says what a restore would do; writes nothing. */
  previewImport(text: string, byteLength: number, mode: ImportMode): Promise<Validated<ImportPreview>>;
  /** Writes a previewed import, planned again against what is stored now. */
  applyImport(preview: ImportPreview): Promise<ImportPlan>;
  /** Validates the whole file first; on any problem nothing is written. */
  importBackup(text: string, byteLength: number, mode: ImportMode): Promise<Validated<ImportPlan>>;
  deleteAll(): Promise<void>;
  backupStatus(): Promise<BackupMeta>;
  /** Asks the browser not to evict our data under storage pressure. */
  requestPersistence(): Promise<boolean | undefined>;
  onClosed(listener: () => void): () => void;
}

export interface StorageServiceParts {
  channel?: ChangeChannel;
  drafts?: DraftStore;
  presence?: TabPresence;
}

/**
 * The record types this app stores; backups accept exactly these. Only a restore needs them all,
 * so a page may hand a loader and ship no other workbook's validation until then.
 */
export type RecordTypes = readonly RecordType<unknown>[] | (() => Promise<readonly RecordType<unknown>[]>);

export function createStorageService(
  backend: StorageBackend,
  recordTypes: RecordTypes,
  { channel = createChangeChannel(backend.kind === 'indexeddb'), presence = fixedTabPresence('tab'), drafts }: StorageServiceParts = {},
): StorageService {
  const repository = createRepository(backend);
  const announceEverything = () => channel.publish({ kind: '*', revision: Date.now(), from: 'storage-service' });
  // Backups are made and restored now and then; their code loads when it is used.
  const backups = () => import('./backup.ts');
  const types = async () => (typeof recordTypes === 'function' ? recordTypes() : recordTypes);
  const applyImport = async ({ plan, incoming }: ImportPreview) => {
    const { planImport } = await backups();
    const current = await planImport(incoming, await repository.readAll(), plan.mode, await types(), new Date());
    await repository.writeAll(current.writes, plan.mode === 'replace' ? 'replace' : 'merge-into');
    announceEverything();
    return current;
  };
  const previewImport = async (text: string, byteLength: number, mode: ImportMode): Promise<Validated<ImportPreview>> => {
    const { parseBackup, planImport } = await backups();
    const parsed = await parseBackup(text, byteLength, await types());
    if (!parsed.ok) return parsed;
    return { ok: true, value: { incoming: parsed.value, plan: await planImport(parsed.value, await repository.readAll(), mode, await types(), new Date()) } };
  };
  return {
    backendKind: backend.kind,
    repository,
    channel,
    presence,
    // In memory mode nothing survives a reload, and a draft must not pretend otherwise.
    drafts: drafts ?? createDraftStore(null, presence.id),
    async exportBackup(now = new Date()) {
      const { backupFileName, createBackup } = await backups();
      const records = await repository.readAll();
      const backup = createBackup(records, now);
      const json = `${JSON.stringify(backup, null, 2)}\n`;
      await repository.markBackedUp(records, now.toISOString());
      channel.publish({ kind: BACKUP_NOTICE, revision: now.getTime(), from: 'storage-service' });
      return { fileName: backupFileName(now), json };
    },
    previewImport,
    applyImport,
    async importBackup(text, byteLength, mode) {
      const preview = await previewImport(text, byteLength, mode);
      return preview.ok ? { ok: true, value: await applyImport(preview.value) } : preview;
    },
    async deleteAll() {
      await repository.deleteAll();
      announceEverything();
    },
    backupStatus: () => repository.backupMeta(),
    async requestPersistence() {
      if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
      try {
        return (await navigator.storage.persisted()) || (await navigator.storage.persist());
      } catch {
        return undefined;
      }
    },
    onClosed: (listener) => backend.onClosed(listener),
  };
}

/** After this many days, changes that are in no backup earn a gentle reminder. */
export const BACKUP_REMINDER_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The whole days since the oldest change that is in no backup, once past the reminder threshold. */
export function backupReminderDays(unbackedSince: string | null, now: number): number | null {
  if (unbackedSince === null || !isTimestamp(unbackedSince)) return null;
  const days = Math.floor((now - Date.parse(unbackedSince)) / DAY_MS);
  return days >= BACKUP_REMINDER_DAYS ? days : null;
}
