// A column's target as the value of its <select>, and back: fields by name, the three kinds
// of attribute as `attribute:<kind>` (the attribute keeps the column's header as its name).
import type { AttributeKind, ColumnTarget, ImportField } from '../../../lib/matcher/import/headers.ts';

export const FIELD_ORDER: readonly ImportField[] = [
  'id', 'name', 'firstName', 'infix', 'lastName', 'role', 'department', 'location', 'managerId', 'languages',
  'skillsOffered', 'skillsWanted', 'interests', 'level', 'capacity', 'preferredPartners', 'excludedPartners', 'timeZoneOffset',
];
export const ATTRIBUTE_KINDS: readonly AttributeKind[] = ['text', 'number', 'list'];

export function choiceValue(target: ColumnTarget): string {
  return typeof target === 'object' ? `attribute:${target.as}` : target;
}

export function targetFromChoice(value: string, current: ColumnTarget, header: string, column: number): ColumnTarget {
  if (value.startsWith('attribute:')) {
    const as = value.slice('attribute:'.length) as AttributeKind;
    const attribute = typeof current === 'object' ? current.attribute : header.trim() || `#${column + 1}`;
    return { attribute, as };
  }
  return value as ImportField | 'ignore';
}

/** Up to three distinct filled cells of a column, the way the list shows them. */
export function sampleValues(rows: readonly (readonly string[])[], column: number, count = 3): string[] {
  const seen: string[] = [];
  for (const row of rows) {
    const value = (row[column] ?? '').replace(/\s+/g, ' ').trim();
    if (value !== '' && !seen.includes(value)) seen.push(value.length > 40 ? `${value.slice(0, 39)}…` : value);
    if (seen.length >= count) break;
  }
  return seen;
}
