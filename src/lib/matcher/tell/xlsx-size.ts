// Whether the .xlsx export can be written on this page. write-excel-file zips with fflate, which
// compresses any file inside the workbook of 160 000 bytes or more in a Web Worker made from a
// `blob:` URL — and the site's CSP allows no blob: workers, so that export would fail. Below that
// size fflate compresses on the main thread. The two files that grow with the table are the sheet
// (a few dozen bytes of markup per cell) and the shared strings (every text once, XML-escaped);
// this estimates both from above, so a table it lets through is written without a worker.
import type { ExportTable } from './rows.ts';

/** fflate's own threshold for compressing a file in a worker (fflate `zip`, "size < 160000"). */
export const FFLATE_WORKER_BYTES = 160_000;
/** Kept below the threshold: the estimate is generous, the margin covers styles on the header. */
export const XLSX_SAFE_BYTES = 150_000;

// Upper bounds for the markup around one cell or row (`<c r="AB1234" s="12" t="s"><v>123456</v></c>`
// is about 45 bytes; a shared string's `<si><t xml:space="preserve">` … `</t></si>` about 40).
const CELL_MARKUP = 64;
const ROW_MARKUP = 40;
const STRING_MARKUP = 48;

const encoder = new TextEncoder();

/** The UTF-8 length of the text as XML writes it (& < > " ' escaped, the longest form counted). */
function escapedBytes(text: string): number {
  let extra = 0;
  for (const char of text) if (char === '&' || char === '<' || char === '>' || char === '"' || char === "'") extra += 6;
  return encoder.encode(text).length + extra;
}

/** The larger of the two growing files, in bytes, estimated from above. */
export function xlsxLargestPartBytes(table: ExportTable): number {
  const rows = [table.header, ...table.rows];
  let cells = 0;
  let strings = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    for (const cell of row) {
      cells += 1;
      // The writer's neutralising quote adds one byte at most.
      if (typeof cell === 'string' && cell !== '' && !seen.has(cell)) {
        seen.add(cell);
        strings += escapedBytes(cell) + 1 + STRING_MARKUP;
      }
    }
  }
  const sheet = 1_000 + rows.length * ROW_MARKUP + cells * CELL_MARKUP;
  return Math.max(sheet, 300 + strings);
}

/** True when the workbook can be written without a worker (see above). */
export function xlsxFitsWithoutWorker(table: ExportTable): boolean {
  return xlsxLargestPartBytes(table) < XLSX_SAFE_BYTES;
}
