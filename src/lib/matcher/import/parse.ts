// Text of a CSV file, a TSV file or cells pasted from a spreadsheet, to a header row and
// data rows. Papa Parse does the quoting (separators and line breaks inside quoted cells,
// doubled quotes); choosing the separator is ours: Dutch Excel writes `;` (the comma is the
// decimal sign), English exports `,`, a paste from a spreadsheet `\t`. Never Papa's worker
// mode: the page's CSP allows no blob: workers, and this module already runs in one.
import Papa from 'papaparse';
import type { Message } from '../../i18n/message.ts';
import { IMPORT_LIMITS, type RowIssue, type Separator } from './types.ts';

export const SEPARATORS: readonly Separator[] = ['\t', ';', ','];

export interface ParsedTable {
  /** The first non-empty row, trimmed. */
  readonly headers: readonly string[];
  /** Data rows, each exactly `headers.length` cells long (short rows padded with ''). Cells are not trimmed. */
  readonly rows: readonly (readonly string[])[];
  /** For each row, its spreadsheet row number (the header is row 1). */
  readonly rowNumbers: readonly number[];
  readonly separator: Separator;
  /** Per-row findings of the parse (column counts, stray quotes); never blocking. */
  readonly warnings: readonly RowIssue[];
}

export type ParseOutcome = { readonly ok: true; readonly table: ParsedTable } | { readonly ok: false; readonly error: Message };

export interface ParseOptions {
  /** Skip detection (the user chose the separator). */
  readonly separator?: Separator;
}

export const isEmptyRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

function records(text: string, separator: Separator, preview = 0): string[][] {
  return Papa.parse<string[]>(text, { delimiter: separator, header: false, skipEmptyLines: false, preview }).data;
}

/**
 * The separator that splits the first lines into the most consistent columns: the header
 * must have at least two cells, then the share of rows as wide as the header decides, then
 * the width; ties go to tab, then `;`, then `,`. Parsing each candidate (rather than counting
 * characters) keeps quoted separators and decimal commas from voting.
 */
export function detectSeparator(text: string): Separator {
  let best: { separator: Separator; score: number; width: number } | null = null;
  for (const separator of SEPARATORS) {
    const rows = records(text, separator, 25).filter((row) => !isEmptyRow(row));
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const body = rows.slice(1);
    const score = body.length === 0 ? 1 : body.filter((row) => trimTrailingEmpty(row).length <= width && row.length >= width).length / body.length;
    if (!best || score > best.score || (score === best.score && width > best.width)) best = { separator, score, width };
  }
  return best?.separator ?? (text.includes('\t') ? '\t' : text.includes(';') ? ';' : ',');
}

export function trimTrailingEmpty(row: readonly string[]): readonly string[] {
  let end = row.length;
  while (end > 0 && row[end - 1]!.trim() === '') end--;
  return row.slice(0, end);
}

/** Excel's hint line `sep=;` on top of a file names the separator. */
const SEP_HINT = /^sep=(.)\n/i;

/**
 * A header cell that holds another separator ("Naam;Rol,Afdeling" read with `;`): most likely
 * two columns run into one, which nothing else would point out. Never blocking.
 */
function headerWarnings(headers: readonly string[], separator: Separator, row: number): RowIssue[] {
  const warnings: RowIssue[] = [];
  headers.forEach((header, column) => {
    const other = SEPARATORS.find((candidate) => candidate !== separator && header.includes(candidate));
    if (other === undefined) return;
    const message: Message =
      other === '\t' ? { key: 'matcher.import.parse.headerTab', params: { header } } : { key: 'matcher.import.parse.headerSeparator', params: { header, separator: other } };
    warnings.push({ row, column, level: 'warning', message });
  });
  return warnings;
}

export function parseTable(input: string, options: ParseOptions = {}): ParseOutcome {
  let text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let separator = options.separator;
  const hint = SEP_HINT.exec(text);
  let offset = 0;
  if (hint) {
    const named = hint[1] as Separator;
    if (SEPARATORS.includes(named)) separator ??= named;
    text = text.slice(hint[0].length);
    offset = 1;
  }
  if (text.trim() === '') return { ok: false, error: { key: 'matcher.import.parse.empty' } };
  separator ??= detectSeparator(text);

  const parsed = Papa.parse<string[]>(text, { delimiter: separator, header: false, skipEmptyLines: false });
  const all = parsed.data;
  const headerIndex = all.findIndex((row) => !isEmptyRow(row));
  if (headerIndex < 0) return { ok: false, error: { key: 'matcher.import.parse.empty' } };
  const headers = trimTrailingEmpty(all[headerIndex]!).map((cell) => cell.trim().normalize('NFC'));
  if (headers.length > IMPORT_LIMITS.maxColumns) {
    return { ok: false, error: { key: 'matcher.import.parse.tooManyColumns', params: { count: headers.length, max: IMPORT_LIMITS.maxColumns } } };
  }

  // A quote that never closes swallows the rest of its row: that, not the cell count, is the finding.
  const quoteRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!));
  const warnings: RowIssue[] = headerWarnings(headers, separator, headerIndex + 1 + offset);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let index = headerIndex + 1; index < all.length; index++) {
    const cells = all[index]!;
    if (isEmptyRow(cells)) continue;
    const row = index + 1 + offset;
    const width = trimTrailingEmpty(cells).length;
    if (quoteRows.has(index)) {
      warnings.push({ row, level: 'warning', message: { key: 'matcher.import.parse.quotes' } });
    } else if (width > headers.length) {
      warnings.push({ row, column: headers.length, level: 'warning', message: { key: 'matcher.import.parse.longRow', params: { count: width, expected: headers.length } } });
    } else if (cells.length < headers.length) {
      warnings.push({ row, level: 'warning', message: { key: 'matcher.import.parse.shortRow', params: { count: cells.length, expected: headers.length } } });
    }
    const padded = cells.slice(0, headers.length);
    while (padded.length < headers.length) padded.push('');
    rows.push(padded);
    rowNumbers.push(row);
  }
  if (rows.length === 0) return { ok: false, error: { key: 'matcher.import.parse.onlyHeader' } };
  if (rows.length > IMPORT_LIMITS.maxRows) {
    return { ok: false, error: { key: 'matcher.import.parse.tooManyRows', params: { count: rows.length, max: IMPORT_LIMITS.maxRows } } };
  }
  return { ok: true, table: { headers, rows, rowNumbers, separator, warnings } };
}
