// The import worker's protocol and its pure handler (src/workers/import-worker.ts is the thin
// entry). The page sends a file's bytes (transferred, not copied) or pasted text; the worker
// answers with the parsed table and the suggested mapping, or with one Message. Papa Parse and,
// for a workbook, read-excel-file run here, off the page's thread.
import type { Message } from '../../i18n/message.ts';
import { decodeText, type TextEncodingName } from './decode.ts';
import { reuseMapping, suggestMapping, type ColumnMapping } from './headers.ts';
import { parseTable } from './parse.ts';
import { asPasteMessage } from './paste-wording.ts';
import { firstFilledRow, tableFromCells } from './sheet.ts';
import { isOleCompound, isZip, looksBinary } from './signature.ts';
import { IMPORT_LIMITS, type RowIssue, type Separator } from './types.ts';

export type ImportRequest =
  | {
      readonly type: 'file';
      readonly jobId: string;
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
      /** A workbook's sheet; default: the first with anything in it. */
      readonly sheet?: string;
      /** A workbook's header row (1-based); default: the first row with two filled cells. */
      readonly headerRow?: number;
      /** The project's mapping, reused for columns with the same header. */
      readonly stored?: ColumnMapping | null;
    }
  | { readonly type: 'text'; readonly jobId: string; readonly text: string; readonly stored?: ColumnMapping | null };

/** Which sheet and header row a workbook was read with, and the sheets to choose from. */
export interface WorkbookChoice {
  readonly sheets: readonly string[];
  readonly sheet: string;
  readonly headerRow: number;
}

export interface ReadTable {
  readonly kind: 'csv' | 'xlsx' | 'paste';
  readonly fileName: string | null;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly rowNumbers: readonly number[];
  readonly separator: Separator | null;
  readonly encoding: TextEncodingName | null;
  /** The parse's own findings (short and long rows, stray quotes); never blocking. */
  readonly warnings: readonly RowIssue[];
  readonly mapping: ColumnMapping;
  readonly workbook: WorkbookChoice | null;
}

export type ImportResponse =
  | { readonly type: 'result'; readonly jobId: string; readonly table: ReadTable }
  | { readonly type: 'error'; readonly jobId: string; readonly error: Message };

type Read = { readonly ok: true; readonly table: ReadTable } | { readonly ok: false; readonly error: Message };

const megabytes = (bytes: number) => Math.round((bytes / 1_000_000) * 10) / 10;

function mappingFor(headers: readonly string[], rows: readonly (readonly string[])[], stored: ColumnMapping | null | undefined): ColumnMapping {
  return stored ? reuseMapping(stored, headers, rows) : suggestMapping(headers, rows);
}

function readText(text: string, kind: 'csv' | 'paste', fileName: string | null, encoding: TextEncodingName | null, stored: ColumnMapping | null | undefined): Read {
  if (looksBinary(text)) return { ok: false, error: { key: 'matcher.import.file.notText' } };
  const parsed = parseTable(text);
  if (!parsed.ok) return parsed;
  const { headers, rows, rowNumbers, separator, warnings } = parsed.table;
  return { ok: true, table: { kind, fileName, headers, rows, rowNumbers, separator, encoding, warnings, mapping: mappingFor(headers, rows, stored), workbook: null } };
}

async function readWorkbookFile(request: Extract<ImportRequest, { type: 'file' }>): Promise<Read> {
  // On demand: the reader and its zip library are fetched only when a workbook is chosen.
  const { readWorkbook } = await import('./xlsx.ts');
  const outcome = await readWorkbook(request.bytes);
  if (!outcome.ok) return outcome;
  const { sheets, cells } = outcome.workbook;
  const sheetCells = (name: string) => cells.get(name) ?? [];
  // Without a choice: the first sheet that reads as a list (an instructions tab before it is
  // passed over), else the first with anything in it, so its own refusal is what is said.
  const sheet =
    request.sheet !== undefined && cells.has(request.sheet)
      ? request.sheet
      : (sheets.find((name) => tableFromCells(sheetCells(name)).ok) ?? sheets.find((name) => firstFilledRow(sheetCells(name)) !== null));
  if (sheet === undefined) return { ok: false, error: { key: 'matcher.import.parse.empty' } };
  const parsed = tableFromCells(sheetCells(sheet), request.headerRow);
  if (!parsed.ok) return parsed;
  const { headers, rows, rowNumbers, warnings } = parsed.table;
  return {
    ok: true,
    table: {
      kind: 'xlsx', fileName: request.fileName, headers, rows, rowNumbers, separator: null, encoding: null, warnings,
      mapping: mappingFor(headers, rows, request.stored), workbook: { sheets, sheet, headerRow: parsed.headerRow },
    },
  };
}

/** Reads one request; never throws (an unexpected failure is a Message too). */
export async function readImport(request: ImportRequest): Promise<Read> {
  const read = await readRequest(request);
  return request.type === 'text' && !read.ok ? { ok: false, error: asPasteMessage(read.error) } : read;
}

async function readRequest(request: ImportRequest): Promise<Read> {
  try {
    if (request.type === 'text') {
      if (request.text.length > IMPORT_LIMITS.maxFileBytes) {
        return { ok: false, error: { key: 'matcher.import.file.tooLarge', params: { size: megabytes(request.text.length), max: megabytes(IMPORT_LIMITS.maxFileBytes) } } };
      }
      return readText(request.text, 'paste', null, null, request.stored);
    }
    const bytes = new Uint8Array(request.bytes);
    if (bytes.byteLength === 0) return { ok: false, error: { key: 'matcher.import.parse.empty' } };
    if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) {
      return { ok: false, error: { key: 'matcher.import.file.tooLarge', params: { size: megabytes(bytes.byteLength), max: megabytes(IMPORT_LIMITS.maxFileBytes) } } };
    }
    if (isZip(bytes) || isOleCompound(bytes)) return await readWorkbookFile(request);
    // Named a workbook but neither a zip nor an encrypted one: a damaged or mislabelled file.
    if (/\.xlsx?$/i.test(request.fileName)) return { ok: false, error: { key: 'matcher.import.xlsx.unreadable' } };
    const { text, encoding } = decodeText(bytes);
    return readText(text, 'csv', request.fileName, encoding, request.stored);
  } catch {
    return { ok: false, error: { key: 'matcher.import.file.failed' } };
  }
}

export function createImportWorkerHandler(post: (response: ImportResponse) => void): (request: ImportRequest) => Promise<void> {
  return async (request) => {
    const read = await readImport(request);
    post(read.ok ? { type: 'result', jobId: request.jobId, table: read.table } : { type: 'error', jobId: request.jobId, error: read.error });
  };
}
