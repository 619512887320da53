// The match export as a CSV file that Dutch Excel opens as it should: `;` between cells (or
// `,` for English spreadsheets), UTF-8 with a byte order mark, CRLF, scores with the decimal
// mark of the language, and every cell safe against formula injection (cells.ts).
import type { Locale } from '../../i18n/locales.ts';
import { csvText, type CsvSeparator, type NumberWriter } from './cells.ts';
import type { ExportTable } from './rows.ts';

export const CSV_MIME = 'text/csv;charset=utf-8';

/** Scores keep the engine's two decimals; no thousands separator, which a spreadsheet would misread. */
export function numberWriter(locale: Locale): NumberWriter {
  const format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false });
  return (value) => format.format(Number.isFinite(value) ? value : 0);
}

/** The separator a language's spreadsheets expect: Dutch Excel splits on `;` (its decimal mark is the comma). */
export function defaultSeparator(locale: Locale): CsvSeparator {
  return locale === 'nl' ? ';' : ',';
}

/** The file's text (encode as UTF-8; the byte order mark is in it). */
export function matchesCsv(table: ExportTable, locale: Locale, separator: CsvSeparator = defaultSeparator(locale)): string {
  return csvText([table.header, ...table.rows], separator, numberWriter(locale));
}
