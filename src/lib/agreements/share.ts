import type { Message } from '../i18n/message.ts';
import { isFields } from './fields.ts';
import type { Agreement } from './model.ts';
import { parseOneAgreement } from './validate.ts';

// A draft travels to the other party without a server: in a link's fragment (the part after '#',
// which browsers never send) or as a file. Fragment: `mka<version>.` + base64url of the
// deflate-raw-compressed JSON. Whatever arrives is checked like a backup: one clear message and
// nothing changed on any problem.

export const SHARE_VERSION = 1;
export const FRAGMENT_PREFIX = 'mka';
/** Longer links break in mail clients and chat apps; the UI offers a file instead. */
export const MAX_FRAGMENT_LENGTH = 8000;
/** The most JSON a draft may unpack to (guards against a crafted link that inflates to gigabytes). */
export const MAX_DRAFT_BYTES = 500_000;

export type ShareErrorKey = 'agreements.share.notADraft' | 'agreements.share.damaged' | 'agreements.share.tooLarge' | 'agreements.share.newerVersion';

export type Encoded = { ok: true; fragment: string } | { ok: false; tooLong: true; length: number; max: number };
export type Decoded = { ok: true; agreement: Agreement } | { ok: false; error: Message };

interface Payload {
  app: 'mentorkit';
  type: 'agreement-draft';
  version: number;
  agreement: Agreement;
}

/** What is shared: the agreement without its signed history (that stays on the device). */
function payload(agreement: Agreement): Payload {
  return { app: 'mentorkit', type: 'agreement-draft', version: SHARE_VERSION, agreement: { ...agreement, history: [] } };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function compress(text: string): Promise<Uint8Array> {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates at most `max` bytes; null when the data is not deflate, 'tooLarge' beyond the cap. */
async function decompress(bytes: Uint8Array, max: number): Promise<string | null | 'tooLarge'> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return 'tooLarge';
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

const error = (key: ShareErrorKey, params?: Message['params']): Decoded => ({ ok: false, error: params ? { key, params } : { key } });

/** The fragment for a link (without '#'), or `tooLong` when it would not survive being sent around. */
export async function encodeDraft(agreement: Agreement): Promise<Encoded> {
  const fragment = `${FRAGMENT_PREFIX}${SHARE_VERSION}.${toBase64Url(await compress(JSON.stringify(payload(agreement))))}`;
  return fragment.length > MAX_FRAGMENT_LENGTH ? { ok: false, tooLong: true, length: fragment.length, max: MAX_FRAGMENT_LENGTH } : { ok: true, fragment };
}

function readPayload(data: unknown): Decoded {
  if (!isFields(data) || data['app'] !== 'mentorkit' || data['type'] !== 'agreement-draft') return error('agreements.share.notADraft');
  const version = data['version'];
  if (!Number.isInteger(version) || (version as number) < 1) return error('agreements.share.damaged', { detail: { key: 'agreements.validation.notADocument' } });
  if ((version as number) > SHARE_VERSION) return error('agreements.share.newerVersion');
  const parsed = parseOneAgreement(data['agreement']);
  return parsed.ok ? { ok: true, agreement: parsed.value } : error('agreements.share.damaged', { detail: parsed.error });
}

/** Reads a link fragment (with or without '#'). */
export async function decodeDraft(fragment: string): Promise<Decoded> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const match = /^mka(\d{1,6})\.(.*)$/s.exec(text);
  if (!match) return error('agreements.share.notADraft');
  if (Number(match[1]) > SHARE_VERSION) return error('agreements.share.newerVersion');
  if (Number(match[1]) < 1) return error('agreements.share.notADraft');
  // Our own links are never longer; a longer one was not made here, or was made by a newer version.
  if (text.length > MAX_FRAGMENT_LENGTH * 2) return error('agreements.share.tooLarge');
  const bytes = fromBase64Url(match[2]!);
  if (!bytes || bytes.length === 0) return error('agreements.share.damaged', { detail: { key: 'agreements.share.detail.encoding' } });
  const json = await decompress(bytes, MAX_DRAFT_BYTES);
  if (json === 'tooLarge') return error('agreements.share.tooLarge');
  if (json === null) return error('agreements.share.damaged', { detail: { key: 'agreements.share.detail.encoding' } });
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return error('agreements.share.damaged', { detail: { key: 'agreements.share.detail.encoding' } });
  }
  return readPayload(data);
}

/** The draft as a file, for when the link is too long (or a file is simply handier). */
export function draftToFile(agreement: Agreement): string {
  return `${JSON.stringify(payload(agreement), null, 2)}\n`;
}

export function parseDraftFile(text: string): Decoded {
  if (text.length > MAX_DRAFT_BYTES) return error('agreements.share.tooLarge');
  try {
    return readPayload(JSON.parse(text));
  } catch {
    return error('agreements.share.notADraft');
  }
}
