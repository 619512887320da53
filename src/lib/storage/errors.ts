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

/** The record this tab loaded is gone and no tab of ours deleted it: site data was cleared from outside. */
export class VanishedError extends Error {
  constructor() {
    super('The stored record has disappeared');
    this.name = 'VanishedError';
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function isQuotaError(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError' || /quota/i.test(errorDetail(error));
}

/** Turns whatever the browser threw into a message the reader can act on. */
export function describeStorageError(error: unknown): Message {
  const name = errorName(error);
  if (isQuotaError(error)) return { key: 'storage.error.quota' };
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError', 'AbortError'].includes(name)) {
    return { key: 'storage.error.unavailable', params: { detail: errorDetail(error) } };
  }
  return { key: 'storage.error.unknown', params: { detail: errorDetail(error) } };
}
