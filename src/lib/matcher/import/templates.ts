// The downloadable template: a header row in the page's language that `suggestMapping`
// recognises column for column, as CSV for Dutch Excel (`;`, UTF-8 with a byte order mark so
// Excel shows accents, CRLF) or for English spreadsheets (`,`).
import type { Translate } from '../../i18n/message.ts';
import type { ImportField } from './headers.ts';

export const TEMPLATE_FIELDS = [
  'id', 'name', 'role', 'department', 'managerId', 'languages', 'skillsOffered', 'skillsWanted',
  'level', 'capacity', 'preferredPartners', 'timeZoneOffset',
] as const satisfies readonly ImportField[];

export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

export function templateHeaders(t: Translate): string[] {
  return TEMPLATE_FIELDS.map((field) => t(`matcher.template.${field}`));
}

/** A CSV cell, quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The template file's text; encode as UTF-8 (the BOM is in the text). `separator` `;` for Dutch Excel. */
export function templateCsv(t: Translate, separator: ';' | ',' = ';', rows: readonly (readonly string[])[] = []): string {
  const lines = [templateHeaders(t), ...rows].map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
