// Opening an introduction in the mail client: a `mailto:` link (RFC 6068) with the pair's
// addresses when the participant list has an e-mail column, the subject and the body
// percent-encoded (line breaks as CRLF). Mail clients and browsers cut or refuse long links, so
// past a safe length the link is not made and the page offers to copy the text instead.
import type { MatchingProject } from '../model.ts';
import { columnOf, recogniseHeader } from '../import/headers.ts';
import { cleanCell } from '../import/normalise.ts';

/** Well under what Outlook on Windows and older browsers accept (about 2 000 characters). */
export const MAILTO_LIMIT = 2_000;

/** A plausible address: one @, something on both sides, a dot in the domain, no spaces or list marks. */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

export function isEmailAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/**
 * Each participant's address, by participant id. The list's e-mail column is the first whose
 * header the import recognises as e-mail, whatever it is mapped to: the id (the import makes
 * the e-mail column the id when there is no id column), an attribute, or ignored. Ids are
 * derived as the import derives them (the id cell, else the name), so they match the run's.
 */
export function emailAddresses(project: Pick<MatchingProject, 'table' | 'mapping'>): ReadonlyMap<string, string> {
  const addresses = new Map<string, string>();
  const { mapping, table } = project;
  if (mapping === null) return addresses;
  const emailColumn = table.headers.findIndex((header) => recogniseHeader(header)?.field === 'email');
  if (emailColumn < 0) return addresses;
  const column = {
    id: columnOf(mapping, 'id'),
    name: columnOf(mapping, 'name'),
    parts: [columnOf(mapping, 'firstName'), columnOf(mapping, 'infix'), columnOf(mapping, 'lastName')],
  };
  const cell = (cells: readonly string[], index: number) => (index >= 0 ? cleanCell(cells[index] ?? '') : '');
  for (const { cells } of table.rows) {
    const name = cell(cells, column.name) || column.parts.map((index) => cell(cells, index)).filter(Boolean).join(' ');
    const id = column.id >= 0 ? cell(cells, column.id) : name;
    const address = cell(cells, emailColumn);
    if (id !== '' && isEmailAddress(address) && !addresses.has(id)) addresses.set(id, address);
  }
  return addresses;
}

/** Percent-encoding for a mailto header value: everything but unreserved characters, line breaks as %0D%0A. */
function encodeValue(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** An address in the link's path: encoded like a value, but the @ stays readable. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

export type MailtoOutcome =
  | { readonly kind: 'ok'; readonly url: string; readonly missing: readonly string[] }
  /** The link would be `length` characters: offer to copy subject and body instead. */
  | { readonly kind: 'tooLong'; readonly length: number; readonly limit: number; readonly missing: readonly string[] };

/**
 * A mailto link for one match. `missing`: the ids without a known address (the link then goes
 * to the others, or to nobody and the coordinator fills in the To line).
 */
export function mailtoLink(
  ids: readonly string[],
  addresses: ReadonlyMap<string, string>,
  subject: string,
  body: string,
  limit: number = MAILTO_LIMIT,
): MailtoOutcome {
  const to = [...new Set(ids.flatMap((id) => addresses.get(id) ?? []))];
  const missing = ids.filter((id) => !addresses.has(id));
  const url = `mailto:${to.map(encodeAddress).join(',')}?subject=${encodeValue(subject)}&body=${encodeValue(body)}`;
  return url.length <= limit ? { kind: 'ok', url, missing } : { kind: 'tooLong', length: url.length, limit, missing };
}
