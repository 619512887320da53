import type { AgreedContent } from './model.ts';
import { agreedContent } from './model.ts';

// The fingerprint both parties see on every copy: SHA-256 of the agreed content in canonical
// JSON (keys sorted at every level; no id, timestamps, signatures or history), through Web Crypto.

/** JSON with the keys of every object sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The full SHA-256 of the agreed content, 64 lower-case hex digits. */
export async function fingerprint(content: AgreedContent): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(agreedContent(content)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The short code for display: the first 12 hex digits in groups of four, e.g. `A1B2-C3D4-E5F6`. */
export function shortCode(fingerprintHex: string): string {
  const digits = fingerprintHex.slice(0, 12).toUpperCase();
  return digits.match(/.{1,4}/g)?.join('-') ?? '';
}
