// The .xlsx size check: its estimate of the largest file inside the workbook is never below the
// real size, so a table it lets through is zipped on the main thread (no blob: worker, CSP).
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../../../src/lib/matcher/tell/rows.ts';
import { matchesXlsx } from '../../../../src/lib/matcher/tell/xlsx.ts';
import { FFLATE_WORKER_BYTES, XLSX_SAFE_BYTES, xlsxFitsWithoutWorker, xlsxLargestPartBytes } from '../../../../src/lib/matcher/tell/xlsx-size.ts';

function table(rows: number, text: (row: number) => string): ExportTable {
  const header = ['Status', 'Mentor', 'Id mentor', 'Mentee', 'Id mentee', 'Score', 'Vastgezet', 'Toelichting'];
  return {
    scope: 'approved',
    header,
    rows: Array.from({ length: rows }, (_, row) => ['Goedgekeurd', `Mentor ${row} ${text(row)}`, `m${row}`, `Mentee ${row}`, `e${row}`, 71.25, 'Nee', `${text(row)}\n& <meer> "uitleg" ${row}`]),
    matchCount: rows,
    unmatchedCount: 0,
  };
}

async function largestPart(sheet: ExportTable): Promise<number> {
  const blob = await matchesXlsx(sheet, 'Koppelingen');
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Math.max(...Object.values(files).map((file) => file.length));
}

describe('xlsx size check', () => {
  it.each([
    ['a few plain rows', table(5, () => 'Excel')],
    ['rows with accents and markup', table(120, (row) => `Renée & Zoë ${'é'.repeat(row % 30)} <b>`)],
    ['long explanations', table(60, (row) => 'Anna biedt Excel aan, wat Bram wil leren; '.repeat(8) + row)],
  ])('never estimates below the real size: %s', async (_, sheet) => {
    expect(xlsxLargestPartBytes(sheet)).toBeGreaterThanOrEqual(await largestPart(sheet));
  });

  it('lets an ordinary programme through and stops well before the worker threshold', () => {
    expect(XLSX_SAFE_BYTES).toBeLessThan(FFLATE_WORKER_BYTES);
    expect(xlsxFitsWithoutWorker(table(150, () => 'Excel'))).toBe(true);
    expect(xlsxFitsWithoutWorker(table(2_000, () => 'Excel'))).toBe(false);
  });
});
