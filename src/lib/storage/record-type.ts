import type { Message } from '../i18n/index.ts';
import type { MergeRules, Path } from './merge.ts';
import type { Validated } from './validation.ts';

/** What could be read of damaged data, and what was changed or left out to read it. */
export interface Salvaged<T> {
  value: T;
  /** One translated line per repair, naming the item and what happened to it. */
  repairs: Message[];
}

/**
 * One kind of thing the app keeps (a note, the goals…). Its data evolves by version;
 * `migrations[n]` turns version n data into version n + 1 and runs whenever older data is read.
 */
export interface RecordType<T> {
  readonly kind: string;
  readonly version: number;
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  readonly empty: () => T;
  /** Strict: the data exactly as the app writes it, or an error. Runs before every save as well. */
  readonly validate: (data: unknown) => Validated<T>;
  /**
   * Lenient: keeps every valid part of damaged data (an old file, a bug) and reports the rest, so
   * one bad item never locks the whole workbook. Without it, damaged data is set aside whole.
   */
  readonly salvage?: (data: unknown) => Salvaged<T> | Promise<Salvaged<T>>;
  /** How a backup merges into what is here; by default the more recently saved side wins. */
  readonly merge?: (local: T, incoming: T) => T;
  /** What a backup merge did, in words ("2 goals added"); by default "replaced" or "kept". */
  readonly describeMerge?: (local: T, incoming: T, merged: T) => Message[];
  /** Fields the three-way merge of two tabs may settle without asking (timestamps). */
  readonly mergeRules?: MergeRules;
  /** Names the field behind a conflict for the person choosing ("the statement of goal “Feedback”"). */
  readonly describeField?: (path: Path, data: T) => Message;
  /** What the record holds, e.g. "3 goals", for the list of what a restore replaces. */
  readonly describeContents: (data: T) => Message;
  /** True when there is nothing in it worth keeping (an empty note); such a record is not listed. */
  readonly isEmpty: (data: T) => boolean;
}

export type ReadResult<T> = { ok: true; value: T; repairs: Message[] } | { ok: false; error: Message };

function upgrade<T>(type: RecordType<T>, data: unknown, fromVersion: number): { ok: true; value: unknown } | { ok: false; error: Message } {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) return { ok: false, error: { key: 'storage.error.unknownVersion' } };
  if (fromVersion > type.version) {
    return { ok: false, error: { key: 'storage.error.newerRecord', params: { found: fromVersion, supported: type.version } } };
  }
  let current = data;
  for (let version = fromVersion; version < type.version; version += 1) {
    const step = type.migrations[version];
    if (!step) return { ok: false, error: { key: 'storage.error.unknownVersion' } };
    try {
      current = step(current);
    } catch {
      return { ok: false, error: { key: 'storage.error.unknownVersion' } };
    }
  }
  return { ok: true, value: current };
}

/** Migrates and validates strictly; the error names what is wrong. */
export function migrate<T>(type: RecordType<T>, data: unknown, fromVersion: number): Validated<T> {
  const upgraded = upgrade(type, data, fromVersion);
  return upgraded.ok ? type.validate(upgraded.value) : upgraded;
}

/**
 * Migrates, validates, and where that fails keeps what is readable. Only data from a newer app
 * version is refused: this version cannot know what it means. Asynchronous because salvaging
 * is rare and its code is loaded only when needed.
 */
export async function readRecord<T>(type: RecordType<T>, data: unknown, fromVersion: number): Promise<ReadResult<T>> {
  const upgraded = upgrade(type, data, fromVersion);
  if (!upgraded.ok) return upgraded;
  const validated = type.validate(upgraded.value);
  if (validated.ok) return { ok: true, value: validated.value, repairs: [] };
  if (!type.salvage) return { ok: false, error: validated.error };
  try {
    const salvaged = await type.salvage(upgraded.value);
    const checked = type.validate(salvaged.value);
    if (checked.ok) return { ok: true, value: checked.value, repairs: salvaged.repairs };
    return { ok: false, error: checked.error };
  } catch {
    return { ok: false, error: validated.error };
  }
}
