// Shapes of the matcher workbook's import layer: plain, serialisable data, so every step can
// run in a Web Worker and a mapping can be stored in a project.
import type { Message } from '../../i18n/message.ts';

/**
 * One finding about the imported table. `row` is the spreadsheet's row number as Excel shows
 * it (1 is the header row, 2 the first participant; a cell with line breaks stays one row);
 * `column` is the index into the headers (0-based). An error leaves the row out of the
 * participants, a warning does not.
 */
export interface RowIssue {
  readonly row: number;
  readonly column?: number;
  readonly level: 'error' | 'warning';
  readonly message: Message;
}

export type Separator = ';' | ',' | '\t';

/** What the import limits are; past them a file is refused, not cut short. */
export const IMPORT_LIMITS = {
  maxRows: 20_000,
  maxColumns: 200,
  /** A participant list of 20 000 rows is a few megabytes; anything far larger is not one. */
  maxFileBytes: 20_000_000,
} as const;
