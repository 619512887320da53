// A sheet's cells (already text) to the same table a CSV gives: a header row, data rows as wide
// as the header, each with its row number in the sheet. The header row is the coordinator's
// choice, or the first row with two filled cells: exports often start with a title line or two.
import type { Message } from '../../i18n/message.ts';
import { isEmptyRow, trimTrailingEmpty, type ParsedTable } from './parse.ts';
import { IMPORT_LIMITS, type RowIssue } from './types.ts';

/** A sheet has no separator; otherwise the same shape as a parsed CSV. */
export type SheetTable = Omit<ParsedTable, 'separator'>;

export type SheetOutcome = { readonly ok: true; readonly table: SheetTable; readonly headerRow: number } | { readonly ok: false; readonly error: Message };

/** The row number (1-based, as the spreadsheet numbers it) of the first row with a filled cell, or null. */
export function firstFilledRow(cells: readonly (readonly string[])[]): number | null {
  const index = cells.findIndex((row) => !isEmptyRow(row));
  return index < 0 ? null : index + 1;
}

const filledCount = (row: readonly string[]) => row.filter((cell) => cell.trim() !== '').length;

/**
 * The header row to start from: the first filled row with two or more cells, so a title line
 * above the list ("Deelnemers voorjaar 2026") is passed over; the first filled row when no
 * row has two.
 */
export function likelyHeaderRow(cells: readonly (readonly string[])[]): number | null {
  const index = cells.findIndex((row) => filledCount(row) >= 2);
  return index < 0 ? firstFilledRow(cells) : index + 1;
}

/** `cells[i]` is sheet row i + 1. `headerRow` defaults to `likelyHeaderRow`; an empty one is refused. */
export function tableFromCells(cells: readonly (readonly string[])[], headerRow?: number): SheetOutcome {
  const likely = likelyHeaderRow(cells);
  if (likely === null) return { ok: false, error: { key: 'matcher.import.parse.empty' } };
  const chosen = headerRow ?? likely;
  const headerCells = cells[chosen - 1];
  if (!headerCells || isEmptyRow(headerCells)) return { ok: false, error: { key: 'matcher.import.xlsx.emptyHeaderRow', params: { row: chosen } } };
  const headers = trimTrailingEmpty(headerCells).map((cell) => cell.trim().normalize('NFC'));
  if (headers.length > IMPORT_LIMITS.maxColumns) {
    return { ok: false, error: { key: 'matcher.import.parse.tooManyColumns', params: { count: headers.length, max: IMPORT_LIMITS.maxColumns } } };
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const warnings: RowIssue[] = [];
  for (let index = chosen; index < cells.length; index++) {
    const row = cells[index]!;
    if (isEmptyRow(row)) continue;
    const width = trimTrailingEmpty(row).length;
    if (width > headers.length) {
      warnings.push({ row: index + 1, column: headers.length, level: 'warning', message: { key: 'matcher.import.parse.longRow', params: { count: width, expected: headers.length } } });
    }
    const padded = row.slice(0, headers.length);
    while (padded.length < headers.length) padded.push('');
    rows.push(padded);
    rowNumbers.push(index + 1);
  }
  if (rows.length === 0) return { ok: false, error: { key: 'matcher.import.parse.onlyHeader' } };
  if (rows.length > IMPORT_LIMITS.maxRows) {
    return { ok: false, error: { key: 'matcher.import.parse.tooManyRows', params: { count: rows.length, max: IMPORT_LIMITS.maxRows } } };
  }
  return { ok: true, table: { headers, rows, rowNumbers, warnings }, headerRow: chosen };
}
