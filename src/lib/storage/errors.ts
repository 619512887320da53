import type { Message } from '../i18n/index.ts';

/** A save lost the race: another tab saved a newer revision first. */
export class StaleWriteError extends Error {
  readonly currentRevision: number;
  constructor(currentRevision: number) {
    super(`Stale write: the stored revision is already ${currentRevision}`);
    this.name = 'StaleWriteError';
    this.currentRevision = currentRevision;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns whatever the browser threw into a message the reader can act on. */
export function describeStorageError(error: unknown): Message {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || /quota/i.test(errorDetail(error))) return { key: 'storage.error.quota' };
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name)) {
    return { key: 'storage.error.unavailable', params: { detail: errorDetail(error) } };
  }
  return { key: 'storage.error.unknown', params: { detail: errorDetail(error) } };
}
