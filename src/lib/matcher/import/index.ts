// The matcher workbook's import layer: bytes → text → table → column mapping → participants
// and row issues. Pure TypeScript, no DOM (only TextDecoder): it runs in a Web Worker.
export { decodeText, normaliseLineEndings, type DecodedText, type TextEncodingName } from './decode.ts';
export { detectSeparator, parseTable, SEPARATORS, type ParsedTable, type ParseOptions, type ParseOutcome } from './parse.ts';
export {
  columnOf, HEADER_ALIASES, mappingProblems, recogniseHeader, reuseMapping, setColumnTarget, suggestAttributeKind, suggestMapping,
  type AttributeKind, type ColumnChoice, type ColumnMapping, type ColumnTarget, type ImportField,
} from './headers.ts';
export { checkTable, parseNumber, parseRole, parseTimeZoneOffset, type CheckInput, type CheckResult } from './check.ts';
export { splitList, type SplitList } from './lists.ts';
export { csvCell, TEMPLATE_FIELDS, templateCsv, templateHeaders, type TemplateField } from './templates.ts';
export { IMPORT_LIMITS, type RowIssue, type Separator } from './types.ts';

import { checkTable, type CheckResult } from './check.ts';
import { decodeText, type TextEncodingName } from './decode.ts';
import { suggestMapping, type ColumnMapping } from './headers.ts';
import { parseTable, type ParsedTable, type ParseOutcome } from './parse.ts';
import type { Message } from '../../i18n/message.ts';

export type ImportOutcome =
  | { readonly ok: true; readonly encoding: TextEncodingName; readonly table: ParsedTable; readonly mapping: ColumnMapping; readonly result: CheckResult }
  | { readonly ok: false; readonly encoding: TextEncodingName; readonly error: Message };

/** The whole import of a file with the suggested (or a given) mapping; parse warnings come first among the issues. */
export function importFile(bytes: Uint8Array, mapping?: ColumnMapping): ImportOutcome {
  const { text, encoding } = decodeText(bytes);
  const parsed: ParseOutcome = parseTable(text);
  if (!parsed.ok) return { ok: false, encoding, error: parsed.error };
  const { table } = parsed;
  const used = mapping ?? suggestMapping(table.headers, table.rows);
  const checked = checkTable(table, used);
  const issues = [...table.warnings, ...checked.issues].sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  return { ok: true, encoding, table, mapping: used, result: { participants: checked.participants, issues } };
}
