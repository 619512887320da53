import type { Message } from '../i18n/index.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: Message };

export const valid = <T>(value: T): Validated<T> => ({ ok: true, value });
export const invalid = (error: Message): Validated<never> => ({ ok: false, error });

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
