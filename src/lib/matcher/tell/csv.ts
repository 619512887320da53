// The match export as a CSV file that Dutch Excel opens as it should: `;` between cells (or
// `,` for English spreadsheets), UTF-8 with a byte order mark, CRLF, scores with the decimal
// mark that goes with the separator, and every cell safe against formula injection (cells.ts).
import type { Locale } from '../../i18n/locales.ts';
import { csvText, type CsvSeparator, type NumberWriter } from './cells.ts';
import type { ExportTable } from './rows.ts';

export const CSV_MIME = 'text/csv;charset=utf-8';

/**
 * Scores keep the engine's two decimals; no thousands separator, which a spreadsheet would misread.
 * The decimal mark follows the separator, not the page's language: a spreadsheet that splits on
 * `;` reads a decimal comma, one that splits on `,` (English Excel) a decimal point, and would
 * take "87,5" for text.
 */
export function numberWriter(separator: CsvSeparator): NumberWriter {
  const format = new Intl.NumberFormat(separator === ';' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false });
  return (value) => format.format(Number.isFinite(value) ? value : 0);
}

/** The separator a language's spreadsheets expect: Dutch Excel splits on `;` (its decimal mark is the comma). */
export function defaultSeparator(locale: Locale): CsvSeparator {
  return locale === 'nl' ? ';' : ',';
}

/** The file's text (encode as UTF-8; the byte order mark is in it). */
export function matchesCsv(table: ExportTable, locale: Locale, separator: CsvSeparator = defaultSeparator(locale)): string {
  return csvText([table.header, ...table.rows], separator, numberWriter(separator));
}

/**
 * What the file name says it holds: the `,` variant adds a word for it (`commaWord`, e.g.
 * "komma"), so downloading both variants gives two files rather than "(1)" copies of one.
 */
export function csvFileWhat(what: string, separator: CsvSeparator, commaWord: string): string {
  return separator === ',' ? `${what} ${commaWord}` : what;
}
