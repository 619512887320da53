import type { Envelope } from './envelope.ts';
import { isEnvelope } from './envelope.ts';
import { migrate, type RecordType } from './record-type.ts';
import { invalid, isPlainObject, valid, type Validated } from './validation.ts';

export const BACKUP_APP = 'mentorkit';
export const BACKUP_FORMAT = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
const MAX_RECORDS = 100;

export interface BackupFile {
  app: typeof BACKUP_APP;
  format: number;
  exportedAt: string;
  records: Envelope[];
}

export interface IncomingRecord {
  kind: string;
  data: unknown;
  savedAt: string;
}

export type ImportMode = 'merge' | 'replace';

export function createBackup(records: readonly Envelope[], now: Date): BackupFile {
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    records: [...records].sort((a, b) => a.kind.localeCompare(b.kind)),
  };
}

export function backupFileName(now: Date): string {
  return `mentorkit-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Checks a backup file completely before anything is written, so a bad file changes nothing. */
export function parseBackup(
  text: string,
  byteLength: number,
  types: readonly RecordType<unknown>[],
): Validated<IncomingRecord[]> {
  const maxMegabytes = MAX_BACKUP_BYTES / (1024 * 1024);
  if (byteLength > MAX_BACKUP_BYTES) return invalid({ key: 'backup.error.tooLarge', params: { max: maxMegabytes } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return invalid({ key: 'backup.error.notJson' });
  }
  if (!isPlainObject(parsed) || parsed['app'] !== BACKUP_APP || !Array.isArray(parsed['records'])) {
    return invalid({ key: 'backup.error.notBackup' });
  }
  const format = parsed['format'];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return invalid({ key: 'backup.error.notBackup' });
  if (format > BACKUP_FORMAT) {
    return invalid({ key: 'backup.error.newerFormat', params: { found: format, supported: BACKUP_FORMAT } });
  }
  const records: unknown[] = parsed['records'];
  if (records.length > MAX_RECORDS) return invalid({ key: 'backup.error.notBackup' });

  const incoming: IncomingRecord[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    if (!isEnvelope(record)) return invalid({ key: 'backup.error.notBackup' });
    const type = types.find((candidate) => candidate.kind === record.kind);
    if (!type) return invalid({ key: 'backup.error.unknownRecord', params: { record: record.kind } });
    if (seen.has(record.kind)) return invalid({ key: 'backup.error.notBackup' });
    seen.add(record.kind);
    const migrated = migrate(type, record.data, record.version);
    if (!migrated.ok) {
      return invalid({ key: 'backup.error.invalidRecord', params: { record: record.kind, detail: migrated.error.key } });
    }
    incoming.push({ kind: record.kind, data: migrated.value, savedAt: record.savedAt });
  }
  return valid(incoming);
}

/**
 * What to write for an import. Every written record gets a revision above the local one, so open
 * tabs see it as news and a tab still holding older data cannot overwrite it unnoticed.
 */
export function planImport(
  incoming: readonly IncomingRecord[],
  local: readonly Envelope[],
  mode: ImportMode,
  types: readonly RecordType<unknown>[],
  now: Date,
): Envelope[] {
  const localByKind = new Map(local.map((envelope) => [envelope.kind, envelope]));
  return incoming.map((record) => {
    const type = types.find((candidate) => candidate.kind === record.kind)!;
    const existing = localByKind.get(record.kind);
    const existingData = existing ? migrate(type, existing.data, existing.version) : undefined;
    let data = record.data;
    if (mode === 'merge' && existing && existingData?.ok) {
      data = type.merge
        ? type.merge(existingData.value, record.data)
        : existing.savedAt > record.savedAt
          ? existingData.value
          : record.data;
    }
    return {
      kind: record.kind,
      version: type.version,
      revision: (existing?.revision ?? 0) + 1,
      savedAt: now.toISOString(),
      data,
    };
  });
}
