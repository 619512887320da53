// Cells for spreadsheets that a coordinator opens in Excel, and the CSV text that holds them.
// OWASP's rule against formula injection (CSV Injection, owasp.org): a cell that starts with
// = + - @, a tab or a carriage return is turned into text by a leading single quote, so a
// participant named "=HYPERLINK(…)" is shown, never run. The quote is visible in the cell:
// that is the price of the rule, and it applies in the .xlsx export too, so a sheet saved
// again as CSV stays safe.

/** What a sheet cell holds: text, or a number that stays a number in Excel. */
export type SheetCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read the text as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text a cell may safely hold: a leading `'` before a formula start, otherwise unchanged. */
export function neutralise(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

export const CSV_SEPARATORS = [';', ','] as const;
/** `;` for Dutch Excel (its list separator), `,` for English spreadsheets. */
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** One CSV field: neutralised, then quoted when it holds the separator, a quote or a line break. */
export function csvField(text: string, separator: CsvSeparator): string {
  const safe = neutralise(text);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as the sheet's language writes it (a decimal comma in Dutch), no thousands separator. */
export type NumberWriter = (value: number) => string;

/**
 * The file's text: a byte order mark (Excel then reads UTF-8, accents and all), rows joined by
 * CRLF and a CRLF at the end. Encode it as UTF-8.
 */
export function csvText(rows: readonly (readonly SheetCell[])[], separator: CsvSeparator, writeNumber: NumberWriter): string {
  const lines = rows.map((cells) => cells.map((cell) => csvField(typeof cell === 'number' ? writeNumber(cell) : cell, separator)).join(separator));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
