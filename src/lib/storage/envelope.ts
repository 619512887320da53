import { isPlainObject } from './validation.ts';

/** How every record is stored: the data plus what we need to migrate it and detect stale writes. */
export interface Envelope {
  kind: string;
  version: number;
  /** Increases by one with every save; a writer that expected an older revision has gone stale. */
  revision: number;
  savedAt: string;
  /** When the first change that is in no backup file was saved; absent right after a backup. */
  unbackedSince?: string;
  data: unknown;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_KIND_LENGTH = 64;

/** A timestamp we wrote ourselves: merges compare these, so anything else ("x", "9999…") is refused. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    isPlainObject(value) &&
    typeof value['kind'] === 'string' &&
    /^[a-z][a-z0-9-]*$/.test(value['kind']) &&
    value['kind'].length <= MAX_KIND_LENGTH &&
    Number.isInteger(value['version']) &&
    Number.isInteger(value['revision']) &&
    (value['revision'] as number) >= 0 &&
    isTimestamp(value['savedAt']) &&
    (value['unbackedSince'] === undefined || isTimestamp(value['unbackedSince'])) &&
    'data' in value
  );
}

export const RECORD_PREFIX = 'record:';
export const recordKey = (kind: string): string => `${RECORD_PREFIX}${kind}`;
/** Where the original of damaged data is kept until the reader downloads or drops it. */
export const setAsideKey = (kind: string): string => `set-aside:${kind}`;
export const BACKUP_META_KEY = 'meta:backup';
