import type { MessageKey, Translate } from '../../../lib/i18n/index.ts';
import type { RowIssue } from '../../../lib/matcher/import/types.ts';
import type { ParticipantRowView, SortColumn, ViewColumn } from '../../../lib/matcher/participants-view.ts';
import type { Role } from '../../../lib/matching/types.ts';

export const columnKey = (column: ViewColumn | 'row' | 'status' | 'actions'): MessageKey => `matcher.participants.column.${column}`;
export const roleKey = (role: Role): MessageKey => `matcher.participants.role.${role}`;
export const sortKey = (column: SortColumn): MessageKey => (column === 'row' ? 'matcher.participants.sort.row' : columnKey(column));

/** An issue in words, led by the header of the cell it is about. */
export function issueText(t: Translate, issue: RowIssue, headers: readonly string[]): string {
  const message = t(issue.message.key, issue.message.params);
  const header = issue.column === undefined ? undefined : headers[issue.column];
  return header ? t('matcher.participants.status.inColumn', { column: header, message }) : message;
}

/** A row's name for a button's label: a row without a name still needs one. */
export function rowName(t: Translate, view: ParticipantRowView): string {
  return view.values.name || t('matcher.participants.row.unnamed');
}
