// RFC 5545 text rules, shared by every calendar export: escaping of TEXT values (3.3.11) and line folding (3.1).

const MAX_LINE_OCTETS = 75;

// Control characters other than newline and tab are not allowed in a TEXT value.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeIcsText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Splits a content line into chunks of at most 75 octets, continuation lines starting
 * with one space. Counts UTF-8 bytes and only cuts between code points, so a multi-byte
 * character (an "é", an emoji) is never broken in half.
 */
export function foldIcsLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      chunks.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n');
}

/** An ISO date-time (any offset) as an RFC 5545 UTC DATE-TIME: `20261123T090000Z`. */
export function icsUtcStamp(isoDateTime: string): string {
  const time = Date.parse(isoDateTime);
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO date-time: ${isoDateTime}`);
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
