import { atom, onMount } from 'nanostores';
import type { Message } from '../lib/i18n/index.ts';
import type { ImportMode, ImportPlan } from '../lib/storage/backup.ts';
import type { ImportPreview, StorageService } from '../lib/storage/service.ts';
import type { Validated } from '../lib/storage/validation.ts';
import { getStorageService } from './storage.ts';

/** What the data page shows about storage itself, before any action. */
export interface DataStatus {
  /** The service is open: backup, restore and delete-all may run. */
  ready: boolean;
  backendKind?: StorageService['backendKind'];
  /** Whether the browser promised not to evict the data; undefined until it answered. */
  persisted?: boolean | undefined;
}

/**
 * Storage for the data page (backup, restore, delete-all), which has no document of its own.
 * Its status opens the service and asks for persistent storage on the first subscriber.
 */
export const $dataStatus = atom<DataStatus>({ ready: false });

onMount($dataStatus, () => {
  let live = true;
  void getStorageService().then(async (service) => {
    if (!live) return;
    $dataStatus.set({ ready: true, backendKind: service.backendKind });
    const persisted = await service.requestPersistence();
    if (live) $dataStatus.set({ ...$dataStatus.get(), persisted });
  });
  return () => {
    live = false;
    $dataStatus.set({ ready: false });
  };
});

/** A backup of everything, as a file name and its text (the island hands it to the download). */
export async function exportBackup(): Promise<{ fileName: string; json: string }> {
  return (await getStorageService()).exportBackup();
}

/** Reads and validates a backup file and says what restoring it would do; writes nothing. */
export async function previewBackupFile(file: File, mode: ImportMode): Promise<Validated<ImportPreview>> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { key: 'backup.error.readFailed' } };
  }
  return (await getStorageService()).previewImport(text, file.size, mode);
}

/** Writes a previewed restore (planned again against what is stored now). */
export async function applyImport(preview: ImportPreview): Promise<ImportPlan> {
  return (await getStorageService()).applyImport(preview);
}

/** What a previewed restore brings in, one line per record ("3 goals", "your note"). */
export async function describeIncoming(preview: ImportPreview): Promise<Message[]> {
  const { recordTypes: types } = await import('./record-types.ts');
  return preview.incoming.flatMap((record) => {
    const contents = types.find((type) => type.kind === record.kind)?.describeContents(record.data);
    return contents ? [contents] : [];
  });
}

/** Deletes every record, draft and backup note in this browser; every open workbook follows. */
export async function deleteAll(): Promise<void> {
  await (await getStorageService()).deleteAll();
}
