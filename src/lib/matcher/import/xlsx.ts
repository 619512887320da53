// An .xlsx workbook to text cells, with read-excel-file. Loaded on demand (the worker imports
// this module only when the bytes are a workbook), so a CSV import never downloads it.
// Cells become text as a CSV would have them: dates as ISO yyyy-mm-dd, numbers as JavaScript
// writes them (1001, 4.5), booleans as TRUE/FALSE like Excel shows them.
//
// The universal build spawns no workers of its own, but the zip library under it inflates a
// large entry (over 512 kB, about 2 000 rows) in a worker made from a blob: URL, which the
// site's CSP (`worker-src 'self'`) forbids. So the archive is unpacked here, synchronously —
// we are in a worker already — and handed over repacked without compression.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import type { Message } from '../../i18n/message.ts';
import { isOleCompound, isZip } from './signature.ts';

export interface Workbook {
  readonly sheets: readonly string[];
  /** Each sheet's cells as text; `cells[i]` is row i + 1. */
  readonly cells: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export type WorkbookOutcome = { readonly ok: true; readonly workbook: Workbook } | { readonly ok: false; readonly error: Message };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // Excel dates carry no zone; the reader makes them midnight UTC.
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

function repackStored(bytes: Uint8Array): Uint8Array {
  const entries: Unzipped = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  return zipSync(entries, { level: 0 });
}

export async function readWorkbook(buffer: ArrayBuffer): Promise<WorkbookOutcome> {
  const bytes = new Uint8Array(buffer);
  if (isOleCompound(bytes)) return { ok: false, error: { key: 'matcher.import.xlsx.protected' } };
  if (!isZip(bytes)) return { ok: false, error: { key: 'matcher.import.xlsx.unreadable' } };
  try {
    const stored = repackStored(bytes);
    const sheets = await readXlsxFile(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer);
    const cells = new Map(sheets.map((sheet) => [sheet.sheet, sheet.data.map((row) => row.map(cellText))] as const));
    return { ok: true, workbook: { sheets: sheets.map((sheet) => sheet.sheet), cells } };
  } catch {
    // A damaged archive, a zip that is no workbook, a sheet the reader cannot follow: for the
    // coordinator all the same — this file cannot be read; nothing was changed.
    return { ok: false, error: { key: 'matcher.import.xlsx.unreadable' } };
  }
}
