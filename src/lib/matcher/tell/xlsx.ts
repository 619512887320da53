// The match export as an .xlsx workbook, with write-excel-file. Loaded on demand: the writer
// (and the zip library under it) is fetched only when a coordinator asks for the file, so the
// page never downloads it otherwise. Text cells are neutralised as in the CSV (cells.ts) and
// typed as text ("@"), so Excel neither runs nor reinterprets them; scores stay numbers.
import { neutralise } from './cells.ts';
import type { ExportTable } from './rows.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31).trim();
  return clean === '' ? 'Sheet1' : clean;
}

/** A column wide enough for its longest line, within reason (in characters, as Excel measures). */
function columnWidths(table: ExportTable): { width: number }[] {
  return table.header.map((title, column) => {
    let longest = title.length;
    for (const row of table.rows) {
      const cell = row[column];
      const text = typeof cell === 'number' ? String(cell) : (cell ?? '');
      for (const line of text.split('\n')) longest = Math.max(longest, line.length);
    }
    return { width: Math.min(60, Math.max(8, longest + 2)) };
  });
}

/**
 * The workbook as a Blob. `sheet` is the sheet's name in the chosen language
 * (`t('matcher.tell.export.sheet')`). The header row stays in view while scrolling.
 */
export async function matchesXlsx(table: ExportTable, sheet: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const text = (value: string) => ({ value: neutralise(value), type: String, format: '@', alignVertical: 'top' as const, ...(value.includes('\n') ? { wrap: true } : {}) });
  const data = [
    table.header.map((title) => ({ ...text(title), fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? { value: cell, type: Number } : cell === '' ? null : text(cell)))),
  ];
  return writeXlsxFile(data, { sheet: sheetName(sheet), columns: columnWidths(table), stickyRowsCount: 1 }).toBlob();
}
