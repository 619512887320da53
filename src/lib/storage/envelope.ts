import { isPlainObject } from './validation.ts';

/** How every record is stored: the data plus what we need to migrate it and detect stale writes. */
export interface Envelope {
  kind: string;
  version: number;
  /** Increases by one with every save; a writer that expected an older revision has gone stale. */
  revision: number;
  savedAt: string;
  data: unknown;
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    isPlainObject(value) &&
    typeof value['kind'] === 'string' &&
    Number.isInteger(value['version']) &&
    Number.isInteger(value['revision']) &&
    (value['revision'] as number) >= 0 &&
    typeof value['savedAt'] === 'string' &&
    'data' in value
  );
}

export const recordKey = (kind: string): string => `record:${kind}`;
