// A parsed table and its column mapping to engine input: one Participant per usable row and
// a list of findings per row. The rule: a value that cannot be read (no id or name, a role,
// capacity, level or time zone that means nothing, an id used twice) is an error and leaves
// the row out; a reference that points nowhere (a manager or a preferred partner who is not
// in the list, a nomination of oneself) is dropped with a warning; doubts that change
// nothing (a reporting cycle, a list with mixed separators) are warnings.
import type { Message } from '../../i18n/message.ts';
import type { AttributeValue, Participant, Role } from '../../matching/types.ts';
import { columnOf, type ColumnMapping, type ImportField } from './headers.ts';
import { splitList } from './lists.ts';
import { cleanCell, compactKey, foldKey } from './normalise.ts';
import type { RowIssue } from './types.ts';

export interface CheckInput {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Spreadsheet row number of each row; default: row i is number i + 2 (after the header). */
  readonly rowNumbers?: readonly number[];
}

export interface CheckResult {
  /** In row order; rows with an error are left out. */
  readonly participants: Participant[];
  /** Sorted by row, then column. */
  readonly issues: RowIssue[];
}

const ROLE_VALUES: Readonly<Record<string, Role>> = Object.fromEntries(
  (
    [
      ['mentor', 'mentor'], ['mentoren', 'mentor'], ['mentors', 'mentor'], ['begeleider', 'mentor'], ['coach', 'mentor'],
      ['mentee', 'mentee'], ['mentees', 'mentee'], ['mentie', 'mentee'], ['coachee', 'mentee'], ['lerende', 'mentee'], ['protege', 'mentee'],
      ['beide', 'both'], ['beiden', 'both'], ['allebei', 'both'], ['both', 'both'], ['either', 'both'],
      ['mentorenmentee', 'both'], ['mentormentee', 'both'], ['mentorandmentee', 'both'], ['mentorofmentee', 'both'], ['mentorormentee', 'both'],
      ['menteeenmentor', 'both'], ['menteementor', 'both'], ['menteeandmentor', 'both'],
    ] as const
  ).map(([value, role]) => [value, role]),
);

/** A role cell in Dutch or English ("Mentor", "mentee", "beide", "Mentor/mentee", "both"), or null. */
export function parseRole(cell: string): Role | null {
  return ROLE_VALUES[compactKey(cell)] ?? null;
}

const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

/** "3", "-2", "2,5" (Dutch) and "2.5"; null for anything else. */
export function parseNumber(cell: string): number | null {
  const text = cell.trim();
  if (!DECIMAL.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** "+1", "-5", "5,5", "UTC+2", "GMT-03:30"; hours in [-12, 14], or null. */
export function parseTimeZoneOffset(cell: string): number | null {
  const text = cell.trim().replace(/^(?:utc|gmt)\s*/i, '');
  const clock = /^([+-]?)(\d{1,2}):(\d{2})$/.exec(text);
  const value = clock ? (clock[1] === '-' ? -1 : 1) * (Number(clock[2]) + Number(clock[3]) / 60) : parseNumber(text);
  return value !== null && value >= -12 && value <= 14 ? value : null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Draft {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly fields: Mutable<Partial<Participant>>;
  blocked: boolean;
  manager?: { readonly value: string; readonly column: number };
  preferred?: { readonly items: readonly string[]; readonly column: number };
  excluded?: { readonly items: readonly string[]; readonly column: number };
}

const LIST_FIELDS = ['languages', 'skillsOffered', 'skillsWanted', 'interests'] as const;

export function checkTable(table: CheckInput, mapping: ColumnMapping): CheckResult {
  const issues: RowIssue[] = [];
  const at = (field: ImportField) => columnOf(mapping, field);
  const rowNumber = (index: number) => table.rowNumbers?.[index] ?? index + 2;

  const col = {
    id: at('id'), name: at('name'), firstName: at('firstName'), infix: at('infix'), lastName: at('lastName'),
    role: at('role'), department: at('department'), location: at('location'), managerId: at('managerId'),
    level: at('level'), capacity: at('capacity'), timeZoneOffset: at('timeZoneOffset'),
    preferredPartners: at('preferredPartners'), excludedPartners: at('excludedPartners'),
  };
  if (col.name < 0 && col.firstName < 0 && col.lastName < 0) {
    return { participants: [], issues: [{ row: 1, level: 'error', message: { key: 'matcher.import.check.noNameColumn' } }] };
  }
  if (col.id < 0) issues.push({ row: 1, level: 'warning', message: { key: 'matcher.import.check.idsFromNames' } });

  const drafts: Draft[] = table.rows.map((cells, index) => {
    const row = rowNumber(index);
    const cell = (column: number) => (column >= 0 ? cleanCell(cells[column] ?? '') : '');
    const raw = (column: number) => (column >= 0 ? (cells[column] ?? '') : '');
    let blocked = false;
    const fail = (column: number | undefined, message: Message) => {
      blocked = true;
      issues.push(column === undefined || column < 0 ? { row, level: 'error', message } : { row, column, level: 'error', message });
    };
    const warn = (column: number, message: Message) => issues.push({ row, column, level: 'warning', message });

    const name = cell(col.name) || [cell(col.firstName), cell(col.infix), cell(col.lastName)].filter(Boolean).join(' ');
    const id = col.id >= 0 ? cell(col.id) : name;
    if (id === '' && col.id >= 0) fail(col.id, { key: 'matcher.import.check.missingId' });
    if (name === '') fail(col.name >= 0 ? col.name : col.firstName >= 0 ? col.firstName : col.lastName, { key: 'matcher.import.check.missingName' });

    const fields: Mutable<Partial<Participant>> = {};
    if (col.role < 0) fields.role = 'both';
    else if (cell(col.role) === '') fail(col.role, { key: 'matcher.import.check.missingRole' });
    else {
      const role = parseRole(cell(col.role));
      if (role) fields.role = role;
      else fail(col.role, { key: 'matcher.import.check.unknownRole', params: { value: cell(col.role) } });
    }
    for (const field of ['department', 'location'] as const) {
      const value = cell(col[field]);
      if (value !== '') fields[field] = value;
    }
    const numeric = (field: 'level' | 'capacity' | 'timeZoneOffset', read: (text: string) => number | null) => {
      const value = cell(col[field]);
      if (value === '') return;
      const parsed = read(value);
      if (parsed === null) fail(col[field], { key: `matcher.import.check.${field}`, params: { value } });
      else fields[field] = parsed;
    };
    numeric('level', parseNumber);
    numeric('capacity', (text) => {
      const value = parseNumber(text);
      return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
    });
    numeric('timeZoneOffset', parseTimeZoneOffset);

    const list = (column: number, joinWords: 'enumeration' | 'always' = 'enumeration') => {
      const split = splitList(raw(column), joinWords);
      if (split.mixed) {
        warn(column, { key: 'matcher.import.check.mixedSeparators', params: { separators: split.mixed.join(' '), items: split.items.join(' · ') } });
      }
      return split.items;
    };
    for (const field of LIST_FIELDS) {
      const column = at(field);
      if (column < 0) continue;
      const items = list(column, field === 'languages' ? 'always' : 'enumeration');
      if (items.length > 0) fields[field] = items;
    }

    const attributes: Record<string, AttributeValue> = {};
    mapping.columns.forEach((choice, column) => {
      if (typeof choice.target !== 'object') return;
      const value = cell(column);
      if (value === '') return;
      if (choice.target.as === 'list') {
        const items = list(column);
        if (items.length > 0) attributes[choice.target.attribute] = items;
      } else if (choice.target.as === 'number') {
        const number = parseNumber(value);
        if (number === null) warn(column, { key: 'matcher.import.check.attributeNotNumber', params: { value } });
        else attributes[choice.target.attribute] = number;
      } else attributes[choice.target.attribute] = value;
    });
    if (Object.keys(attributes).length > 0) fields.attributes = attributes;

    const draft: Draft = { row, id, name, fields, blocked };
    if (cell(col.managerId) !== '') draft.manager = { value: cell(col.managerId), column: col.managerId };
    if (col.preferredPartners >= 0) draft.preferred = { items: list(col.preferredPartners), column: col.preferredPartners };
    if (col.excludedPartners >= 0) draft.excluded = { items: list(col.excludedPartners), column: col.excludedPartners };
    draft.blocked = blocked;
    return draft;
  });

  // Duplicate ids (case does not make two people): every row that shares one is an error.
  const byId = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.id === '') continue;
    const key = draft.id.toLocaleLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), draft]);
  }
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    const rows = same.map((draft) => draft.row).join(', ');
    for (const draft of same) {
      draft.blocked = true;
      issues.push({ row: draft.row, ...(col.id >= 0 ? { column: col.id } : {}), level: 'error', message: { key: 'matcher.import.check.duplicateId', params: { id: draft.id, rows } } });
    }
  }

  // References by id first, then by name when that name is unique.
  const byName = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (draft.id === '' || draft.name === '') continue;
    const key = foldKey(draft.name);
    byName.set(key, (byName.get(key) ?? new Set()).add(byId.get(draft.id.toLocaleLowerCase())![0]!.id));
  }
  type Resolved = { id: string } | 'ambiguous' | 'unknown';
  const resolve = (value: string): Resolved => {
    const exact = byId.get(value.toLocaleLowerCase());
    if (exact) return { id: exact[0]!.id };
    const named = byName.get(foldKey(value));
    if (!named) return 'unknown';
    return named.size === 1 ? { id: [...named][0]! } : 'ambiguous';
  };
  const warn = (draft: Draft, column: number, message: Message) => issues.push({ row: draft.row, column, level: 'warning', message });

  const managerOf = new Map<string, string>();
  for (const draft of drafts) {
    if (!draft.manager || draft.id === '') continue;
    const { value, column } = draft.manager;
    const found = resolve(value);
    if (found === 'unknown') warn(draft, column, { key: 'matcher.import.check.unknownManager', params: { value } });
    else if (found === 'ambiguous') warn(draft, column, { key: 'matcher.import.check.ambiguousManager', params: { value } });
    else if (found.id === draft.id) warn(draft, column, { key: 'matcher.import.check.managerIsSelf', params: { name: draft.name } });
    else {
      draft.fields.managerId = found.id;
      if (byId.get(draft.id.toLocaleLowerCase())!.length === 1) managerOf.set(draft.id, found.id);
    }
  }

  // Reporting cycles: A reports to B who reports to A. Each row in the cycle hears of it.
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of managerOf.keys()) {
    const walk: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'walking');
      walk.push(current);
      current = managerOf.get(current);
    }
    if (current !== undefined && state.get(current) === 'walking') {
      const cycle = walk.slice(walk.indexOf(current));
      const members = cycle.map((id) => byId.get(id.toLocaleLowerCase())![0]!);
      const first = members.reduce((a, b) => (b.row < a.row ? b : a));
      const from = cycle.indexOf(first.id);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first.id].map((id) => byId.get(id.toLocaleLowerCase())![0]!.name);
      for (const member of members) {
        warn(member, member.manager!.column, { key: 'matcher.import.check.reportingCycle', params: { chain: ordered.join(' → ') } });
      }
    }
    for (const id of walk) state.set(id, 'done');
  }

  // Nominations and exclusions: by id or unique name; oneself and unknown people are dropped.
  for (const draft of drafts) {
    for (const [field, list] of [['preferredPartners', draft.preferred], ['excludedPartners', draft.excluded]] as const) {
      if (!list) continue;
      const ids: string[] = [];
      for (const value of list.items) {
        const found = resolve(value);
        if (found === 'unknown') warn(draft, list.column, { key: 'matcher.import.check.unknownPerson', params: { value } });
        else if (found === 'ambiguous') warn(draft, list.column, { key: 'matcher.import.check.ambiguousPerson', params: { value } });
        else if (found.id === draft.id) warn(draft, list.column, { key: 'matcher.import.check.selfNomination', params: { name: draft.name } });
        else if (!ids.includes(found.id)) ids.push(found.id);
      }
      if (ids.length > 0) draft.fields[field] = ids;
    }
  }

  const participants = drafts
    .filter((draft) => !draft.blocked)
    .map((draft) => ({ id: draft.id, name: draft.name, ...draft.fields }) as Participant);
  issues.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  return { participants, issues };
}
