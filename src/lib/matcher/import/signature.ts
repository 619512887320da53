// What a file is by its first bytes, not its name: a workbook renamed to .csv is still a
// workbook, and a password-protected "xlsx" is no zip at all.

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: what Excel writes for a password-protected workbook, and an old .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, ZIP);
export const isOleCompound = (bytes: Uint8Array): boolean => startsWith(bytes, OLE);

// Control characters no spreadsheet export contains (tab and line breaks excluded); C1 codes
// are what Windows-1252 makes of bytes that mean nothing in it.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0081\u008d\u008f\u0090\u009d]/g;

/** Decoded text that is really binary data: a NUL, or more than 1 in 100 characters a control code. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls > sample.length / 100;
}
