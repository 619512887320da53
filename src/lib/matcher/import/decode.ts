// Bytes of an uploaded file to text. Spreadsheet exports arrive as UTF-8 (with or without
// the byte order mark Excel writes), as Windows-1252 (Dutch Excel's "CSV (gescheiden door
// lijstscheidingsteken)"), or as UTF-16 ("Unicode-tekst"). No detector library: bytes that
// are valid UTF-8 are UTF-8, everything else is Windows-1252, which decodes every byte.
// Only TextDecoder is used, so this runs in a Web Worker and in Node.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** Line endings normalised to `\n`; no byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** `\r\n` and lone `\r` (old Mac exports) become `\n`. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  // ignoreBOM: true keeps a BOM in the output; we strip the BOM ourselves by slicing.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: normaliseLineEndings(decodeWith('utf-8', bytes.subarray(3), false)), encoding: 'utf-8-bom' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: normaliseLineEndings(decodeWith('utf-16le', bytes.subarray(2), false)), encoding: 'utf-16le' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: normaliseLineEndings(decodeWith('utf-16be', bytes.subarray(2), false)), encoding: 'utf-16be' };
  }
  try {
    return { text: normaliseLineEndings(decodeWith('utf-8', bytes, true)), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte has a meaning in Windows-1252 (five undefined ones decode
    // to their C1 control), so this never throws.
    return { text: normaliseLineEndings(decodeWith('windows-1252', bytes, false)), encoding: 'windows-1252' };
  }
}
