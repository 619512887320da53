// The participants table as the coordinator reads it: one view per table row (the person as the
// checks read them, or the raw cells when an error leaves the row out), and the pure helpers the
// table runs on every keystroke — sort, filter, search, pages. No words: statuses and roles are
// values, the island names them.
import type { Participant, Role } from '../matching/types.ts';
import { parseNumber, parseRole, type CheckResult } from './import/check.ts';
import { columnOf, type ColumnMapping, type ImportField } from './import/headers.ts';
import { cleanCell } from './import/normalise.ts';
import type { RowIssue } from './import/types.ts';
import type { ParticipantTable } from './model.ts';

/** The columns the table can show, each filled by one mapped field (`manager` by `managerId`, shown by name). */
export const VIEW_COLUMNS = ['name', 'id', 'role', 'department', 'location', 'manager', 'languages', 'skillsOffered', 'skillsWanted', 'interests', 'level', 'capacity'] as const;
export type ViewColumn = (typeof VIEW_COLUMNS)[number];

const FIELD_OF: Readonly<Record<ViewColumn, ImportField>> = {
  name: 'name', id: 'id', role: 'role', department: 'department', location: 'location', manager: 'managerId',
  languages: 'languages', skillsOffered: 'skillsOffered', skillsWanted: 'skillsWanted', interests: 'interests', level: 'level', capacity: 'capacity',
};

export type RowStatus = 'ok' | 'warning' | 'error';

export interface ParticipantRowView {
  readonly rowId: string;
  /** The spreadsheet row number, as the issues name it. */
  readonly row: number;
  /** Position in the table: the order of the file, and the last word of every sort. */
  readonly index: number;
  /** The person as the engine gets them; null when an error leaves the row out. */
  readonly participant: Participant | null;
  /** The role read from the cell (also for a row left out); null when it cannot be read. */
  readonly role: Role | null;
  readonly status: RowStatus;
  readonly issues: readonly RowIssue[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** What each column shows: the checked value (lists joined, the manager's name), else the cell as typed. */
  readonly values: Readonly<Record<ViewColumn, string>>;
  /** Name, id and department folded for search. */
  readonly searchText: string;
}

/** Case, accents and runs of spaces never decide a search: "Renée" is found by "renee". */
export function searchKey(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The columns worth showing for a mapping: the name always, every other one when a column fills it. */
export function visibleColumns(mapping: ColumnMapping | null): ViewColumn[] {
  if (!mapping) return ['name'];
  return VIEW_COLUMNS.filter((column) => column === 'name' || columnOf(mapping, FIELD_OF[column]) >= 0);
}

/** The cells of the mapped fields, in header order, that a person typed by hand fills. */
export function mappedColumns(mapping: ColumnMapping | null): number[] {
  if (!mapping) return [];
  return mapping.columns.flatMap((choice, index) => (choice.target === 'ignore' ? [] : [index]));
}

/**
 * One view per table row, in table order. The checks leave rows with an error out of the
 * participants and keep the rest in row order, so the n-th row without an error is the n-th
 * participant. Issues on a row number no row has (row 1: the table as a whole) are not a row's.
 */
export function rowViews(table: ParticipantTable, mapping: ColumnMapping | null, result: CheckResult): ParticipantRowView[] {
  const issuesByRow = new Map<number, RowIssue[]>();
  for (const issue of result.issues) {
    const list = issuesByRow.get(issue.row);
    if (list) list.push(issue);
    else issuesByRow.set(issue.row, [issue]);
  }
  const nameById = new Map(result.participants.map((person) => [person.id, person.name] as const));
  const at = (field: ImportField) => (mapping ? columnOf(mapping, field) : -1);
  const col = {
    name: at('name'), firstName: at('firstName'), infix: at('infix'), lastName: at('lastName'), id: at('id'), role: at('role'),
    department: at('department'), location: at('location'), manager: at('managerId'), languages: at('languages'),
    skillsOffered: at('skillsOffered'), skillsWanted: at('skillsWanted'), interests: at('interests'), level: at('level'), capacity: at('capacity'),
  };
  const noParticipants = mapping === null || result.participants.length === 0;
  let next = 0;
  return table.rows.map((tableRow, index) => {
    const cell = (column: number) => (column >= 0 ? cleanCell(tableRow.cells[column] ?? '') : '');
    const issues = issuesByRow.get(tableRow.row) ?? [];
    const errorCount = issues.filter((issue) => issue.level === 'error').length;
    const warningCount = issues.length - errorCount;
    const participant = errorCount === 0 && !noParticipants ? (result.participants[next++] ?? null) : null;
    const typedName = cell(col.name) || [cell(col.firstName), cell(col.infix), cell(col.lastName)].filter(Boolean).join(' ');
    const list = (items: readonly string[] | undefined, column: number) => (items ? items.join(', ') : cell(column));
    const values: Record<ViewColumn, string> = participant
      ? {
          name: participant.name,
          id: col.id >= 0 ? participant.id : '',
          role: cell(col.role),
          department: participant.department ?? '',
          location: participant.location ?? '',
          manager: participant.managerId !== undefined ? (nameById.get(participant.managerId) ?? participant.managerId) : cell(col.manager),
          languages: list(participant.languages, col.languages),
          skillsOffered: list(participant.skillsOffered, col.skillsOffered),
          skillsWanted: list(participant.skillsWanted, col.skillsWanted),
          interests: list(participant.interests, col.interests),
          level: cell(col.level),
          capacity: cell(col.capacity),
        }
      : {
          name: typedName, id: cell(col.id), role: cell(col.role), department: cell(col.department), location: cell(col.location),
          manager: cell(col.manager), languages: cell(col.languages), skillsOffered: cell(col.skillsOffered), skillsWanted: cell(col.skillsWanted),
          interests: cell(col.interests), level: cell(col.level), capacity: cell(col.capacity),
        };
    const role = participant ? participant.role : col.role < 0 ? 'both' : parseRole(cell(col.role));
    return {
      rowId: tableRow.id,
      row: tableRow.row,
      index,
      participant,
      role,
      status: errorCount > 0 ? 'error' : warningCount > 0 ? 'warning' : 'ok',
      issues,
      errorCount,
      warningCount,
      values,
      searchText: searchKey([values.name, values.id, values.department].join(' \u0000 ')),
    };
  });
}

/** What the issues say about the table as a whole (row 1: no name column, names as ids). */
export function tableIssues(table: ParticipantTable, result: CheckResult): RowIssue[] {
  const rows = new Set(table.rows.map((row) => row.row));
  return result.issues.filter((issue) => !rows.has(issue.row));
}

export interface ParticipantsSummary {
  /** The people the matching gets. */
  readonly people: number;
  readonly rows: number;
  /** Rows an error leaves out. */
  readonly errorRows: number;
  /** Warnings on the rows (a row can have several). */
  readonly warnings: number;
  readonly warningRows: number;
}

export function summarise(views: readonly ParticipantRowView[]): ParticipantsSummary {
  let people = 0;
  let errorRows = 0;
  let warnings = 0;
  let warningRows = 0;
  for (const view of views) {
    if (view.participant) people++;
    if (view.errorCount > 0) errorRows++;
    warnings += view.warningCount;
    if (view.warningCount > 0) warningRows++;
  }
  return { people, rows: views.length, errorRows, warnings, warningRows };
}

export const STATUS_FILTERS = ['all', 'error', 'warning', 'ok'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const ROLE_FILTERS = ['all', 'mentor', 'mentee', 'both'] as const;
export type RoleFilter = (typeof ROLE_FILTERS)[number];

export interface ViewFilter {
  readonly status: StatusFilter;
  readonly role: RoleFilter;
  /** Words that must all occur in the name, id or department (any case, any accents). */
  readonly query: string;
}

export const NO_FILTER: ViewFilter = { status: 'all', role: 'all', query: '' };

export function matchesFilter(view: ParticipantRowView, filter: ViewFilter, terms: readonly string[] = queryTerms(filter.query)): boolean {
  if (filter.status !== 'all' && view.status !== filter.status) return false;
  if (filter.role !== 'all' && view.role !== filter.role) return false;
  return terms.every((term) => view.searchText.includes(term));
}

export function queryTerms(query: string): string[] {
  const key = searchKey(query);
  return key === '' ? [] : key.split(' ');
}

/** The rows that pass, in the order given: never a row added, never one that passes left out. */
export function filterRows(views: readonly ParticipantRowView[], filter: ViewFilter): ParticipantRowView[] {
  const terms = queryTerms(filter.query);
  return views.filter((view) => matchesFilter(view, filter, terms));
}

export const SORT_COLUMNS = ['row', 'status', ...VIEW_COLUMNS] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ViewSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

export const FILE_ORDER: ViewSort = { column: 'row', direction: 'ascending' };

const STATUS_RANK: Readonly<Record<RowStatus, number>> = { error: 0, warning: 1, ok: 2 };
const ROLE_RANK: Readonly<Record<Role, number>> = { mentor: 0, mentee: 1, both: 2 };
const collators = new Map<string, Intl.Collator>();

function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return found;
}

/** The value a row sorts by; null (an empty cell) sorts after every value, in either direction. */
function sortValue(view: ParticipantRowView, column: SortColumn): string | number | null {
  switch (column) {
    case 'row':
      return view.row;
    case 'status':
      return STATUS_RANK[view.status];
    case 'role':
      return view.role === null ? (view.values.role === '' ? null : 3) : ROLE_RANK[view.role];
    case 'level':
    case 'capacity': {
      const text = view.values[column];
      if (text === '') return null;
      return parseNumber(text) ?? Number.POSITIVE_INFINITY;
    }
    default: {
      const text = view.values[column];
      return text === '' ? null : text;
    }
  }
}

/**
 * Sorted by one column; rows that sort alike keep their table order (stable), and no two rows
 * are ever equal (total): the table position decides last. Names by the locale's alphabet,
 * numbers as numbers, empty cells last.
 */
export function sortRows(views: readonly ParticipantRowView[], sort: ViewSort, locale = 'nl'): ParticipantRowView[] {
  const compareText = collator(locale).compare;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = views.map((view) => ({ view, value: sortValue(view, sort.column) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      // Not a − b: two unreadable numbers are both Infinity, and Infinity − Infinity is NaN.
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : compareText(String(a.value), String(b.value));
      if (order !== 0) return sign * order;
    }
    return a.view.index - b.view.index;
  });
  return keyed.map((entry) => entry.view);
}

export interface Page<T> {
  readonly items: readonly T[];
  /** 0-based, clamped into the pages there are. */
  readonly page: number;
  /** At least 1, also for no items. */
  readonly pageCount: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for none. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

export const PAGE_SIZE = 100;

/** One page of the rows: the table keeps only these in the document, so 2 000 rows stay quick. */
export function pageOf<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pageCount - 1);
  const start = current * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: current, pageCount, from: shown.length ? start + 1 : 0, to: start + shown.length, total: items.length };
}

/** The page a row is on, so an opened or added row can be brought into view; -1 when it is filtered out. */
export function pageWith(items: readonly ParticipantRowView[], rowId: string, size: number = PAGE_SIZE): number {
  const position = items.findIndex((view) => view.rowId === rowId);
  return position < 0 ? -1 : Math.floor(position / size);
}

/** How many characters of a cell the table shows; the editor and the search have the whole cell. */
export const CELL_PREVIEW = 120;

export interface ShortenedCell {
  readonly text: string;
  readonly shortened: boolean;
  /** The whole cell's length in characters (code points), for saying how much is hidden. */
  readonly length: number;
}

/**
 * A cell as a table shows it: whole when short, else its first CELL_PREVIEW characters and an
 * ellipsis. One pasted paragraph must not make the table thousands of pixels wide.
 */
export function shortenCell(value: string, limit: number = CELL_PREVIEW): ShortenedCell {
  // Code points, not UTF-16 units: a cut never leaves half an emoji.
  if (value.length <= limit) return { text: value, shortened: false, length: [...value].length };
  let length = 0;
  let end = 0;
  for (const character of value) {
    if (length < limit) end += character.length;
    length++;
  }
  return length <= limit ? { text: value, shortened: false, length } : { text: `${value.slice(0, end)}…`, shortened: true, length };
}
