import type { Message } from '../i18n/index.ts';
import type { Validated } from './validation.ts';

/**
 * One kind of thing the app keeps (a note, the goals…). Its data evolves by version;
 * `migrations[n]` turns version n data into version n + 1 and runs whenever older data is read.
 */
export interface RecordType<T> {
  readonly kind: string;
  readonly version: number;
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  readonly empty: () => T;
  readonly validate: (data: unknown) => Validated<T>;
  /** How a backup merges into what is here; by default the more recently saved side wins. */
  readonly merge?: (local: T, incoming: T) => T;
}

export type MigrationResult<T> = { ok: true; value: T } | { ok: false; error: Message };

export function migrate<T>(type: RecordType<T>, data: unknown, fromVersion: number): MigrationResult<T> {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    return { ok: false, error: { key: 'validation.wrongType', params: { field: 'version' } } };
  }
  if (fromVersion > type.version) {
    return { ok: false, error: { key: 'backup.error.newerFormat', params: { found: fromVersion, supported: type.version } } };
  }
  let current = data;
  for (let version = fromVersion; version < type.version; version += 1) {
    const step = type.migrations[version];
    if (!step) return { ok: false, error: { key: 'validation.wrongType', params: { field: `migration ${version}` } } };
    current = step(current);
  }
  return type.validate(current);
}
