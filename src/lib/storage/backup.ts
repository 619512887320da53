import type { Message } from '../i18n/index.ts';
import type { Envelope } from './envelope.ts';
import { isEnvelope, isTimestamp } from './envelope.ts';
import { deepEqual } from './merge.ts';
import { readRecord, type RecordType } from './record-type.ts';
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
  /** What had to be repaired to read this part of the file. */
  repairs: Message[];
}

export type ImportMode = 'merge' | 'replace';

/** What a restore will do (before) or did (after), in words per workbook. */
export interface ImportPlan {
  mode: ImportMode;
  writes: Envelope[];
  /** Replace only: what is stored now and will be gone afterwards. */
  removes: Message[];
  /** One line per part of the backup: "2 goals added", "note kept: yours is newer". */
  outcome: Message[];
  repairs: Message[];
}

export function createBackup(records: readonly Envelope[], now: Date): BackupFile {
  return {
    app: BACKUP_APP,
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    records: [...records]
      .map(({ unbackedSince: _local, ...record }) => record)
      .sort((a, b) => a.kind.localeCompare(b.kind)),
  };
}

export function backupFileName(now: Date): string {
  return `mentorkit-backup-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Checks a backup file completely before anything is written, so a bad file changes nothing. A
 * damaged part of a file the app wrote itself is repaired rather than refused: a person's own
 * backup always restores, and the repairs are listed.
 */
export async function parseBackup(
  text: string,
  byteLength: number,
  types: readonly RecordType<unknown>[],
): Promise<Validated<IncomingRecord[]>> {
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
    if (seen.has(record.kind)) return invalid({ key: 'backup.error.duplicateRecord', params: { record: record.kind } });
    seen.add(record.kind);
    const read = await readRecord(type, record.data, record.version);
    if (!read.ok) {
      return invalid({ key: 'backup.error.invalidRecord', params: { record: type.describeContents(type.empty()), detail: read.error } });
    }
    incoming.push({ kind: record.kind, data: read.value, savedAt: record.savedAt, repairs: read.repairs });
  }
  return valid(incoming);
}

interface LocalRecord {
  envelope: Envelope;
  data: unknown;
}

async function readLocal(local: readonly Envelope[], types: readonly RecordType<unknown>[]): Promise<Map<string, LocalRecord>> {
  const result = new Map<string, LocalRecord>();
  for (const envelope of local) {
    const type = types.find((candidate) => candidate.kind === envelope.kind);
    if (!type) continue;
    const read = await readRecord(type, envelope.data, envelope.version);
    if (read.ok) result.set(envelope.kind, { envelope, data: read.value });
  }
  return result;
}

/**
 * What to write for an import. Every written record gets a revision above the local one, so open
 * tabs see it as news and a tab still holding older data cannot overwrite it unnoticed. A record
 * the merge leaves as it is, is not written at all.
 */
export async function planImport(
  incoming: readonly IncomingRecord[],
  local: readonly Envelope[],
  mode: ImportMode,
  types: readonly RecordType<unknown>[],
  now: Date,
): Promise<ImportPlan> {
  const localByKind = await readLocal(local, types);
  const plan: ImportPlan = { mode, writes: [], removes: [], outcome: [], repairs: incoming.flatMap((record) => record.repairs) };
  const write = (type: RecordType<unknown>, data: unknown) => {
    plan.writes.push({
      kind: type.kind,
      version: type.version,
      revision: (local.find((envelope) => envelope.kind === type.kind)?.revision ?? 0) + 1,
      savedAt: now.toISOString(),
      data,
    });
  };

  if (mode === 'replace') {
    for (const [kind, existing] of localByKind) {
      const type = types.find((candidate) => candidate.kind === kind)!;
      if (!type.isEmpty(existing.data)) plan.removes.push(type.describeContents(existing.data));
    }
    for (const record of incoming) {
      const type = types.find((candidate) => candidate.kind === record.kind)!;
      write(type, record.data);
      plan.outcome.push({ key: 'backup.outcome.restored', params: { contents: type.describeContents(record.data) } });
    }
    return plan;
  }

  for (const record of incoming) {
    const type = types.find((candidate) => candidate.kind === record.kind)!;
    const existing = localByKind.get(record.kind);
    if (!existing || type.isEmpty(existing.data)) {
      write(type, record.data);
      plan.outcome.push({ key: 'backup.outcome.restored', params: { contents: type.describeContents(record.data) } });
      continue;
    }
    if (type.merge) {
      const merged = type.merge(existing.data, record.data);
      if (!deepEqual(merged, existing.data)) write(type, merged);
      plan.outcome.push(
        ...(type.describeMerge?.(existing.data, record.data, merged) ?? [
          { key: 'backup.outcome.merged', params: { contents: type.describeContents(merged) } },
        ]),
      );
      continue;
    }
    const contents = type.describeContents(record.data);
    if (deepEqual(existing.data, record.data)) {
      plan.outcome.push({ key: 'backup.outcome.unchanged', params: { contents } });
    } else if (isTimestamp(existing.envelope.savedAt) && Date.parse(existing.envelope.savedAt) > Date.parse(record.savedAt)) {
      plan.outcome.push({ key: 'backup.outcome.keptNewer', params: { contents: type.describeContents(existing.data) } });
    } else {
      write(type, record.data);
      plan.outcome.push({ key: 'backup.outcome.restored', params: { contents } });
    }
  }
  return plan;
}

