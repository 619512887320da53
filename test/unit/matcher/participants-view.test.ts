// The participants table's view of a project: rows joined to the people the checks read, the
// manager by name, the summary, and search, filters, sort and pages over them.
import { describe, expect, it } from 'vitest';
import { checkTable, suggestMapping } from '../../../src/lib/matcher/import/index.ts';
import type { ParticipantTable } from '../../../src/lib/matcher/model.ts';
import {
  filterRows, NO_FILTER, pageOf, pageWith, rowViews, searchKey, sortRows, summarise, tableIssues, visibleColumns, type ParticipantRowView,
} from '../../../src/lib/matcher/participants-view.ts';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen', 'Capaciteit', 'Opmerking'];

function tableOf(headers: readonly string[], rows: readonly (readonly string[])[], firstRow = 2): ParticipantTable {
  return { headers, rows: rows.map((cells, index) => ({ id: `r${index}`, row: firstRow + index, cells: headers.map((_, column) => cells[column] ?? '') })) };
}

function viewsOf(table: ParticipantTable) {
  const mapping = suggestMapping(table.headers, table.rows.map((row) => row.cells));
  const result = checkTable({ headers: table.headers, rows: table.rows.map((row) => row.cells), rowNumbers: table.rows.map((row) => row.row) }, mapping);
  return { mapping, result, views: rowViews(table, mapping, result) };
}

const TEAM = tableOf(HEADERS, [
  ['1001', 'Renée Jansen', 'Mentor', 'Directie', '', 'Nederlands, Engels', '3', ''],
  ['1002', 'Joël de Vries', 'beide', 'Financiën', 'Renée Jansen', 'Nederlands', '1', 'x'],
  ['1003', 'Zoë Bakker', 'coach', 'HR', '1001', 'Nederlands; Engels', '', ''],
  ['1004', 'Jürgen Müller', 'stagiair', 'Financiën', 'Joël de Vries', 'Duits', '', ''],
  ['1002', 'Anaïs Çelik', 'mentee', 'HR', 'Onbekend Iemand', 'Frans', 'twee', ''],
]);

describe('rowViews', () => {
  const { mapping, result, views } = viewsOf(TEAM);

  it('joins each row to the person the checks read, and leaves rows with an error without one', () => {
    expect(views.map((view) => view.status)).toEqual(['ok', 'error', 'ok', 'error', 'error']);
    expect(views.map((view) => view.participant?.id ?? null)).toEqual(['1001', null, '1003', null, null]);
    expect(views[0]!.participant).toBe(result.participants[0]);
    expect(views[2]!.participant).toBe(result.participants[1]);
  });

  it('shows the manager by name, whether the cell held a name or an id', () => {
    expect(views[2]!.values.manager).toBe('Renée Jansen');
    // A row left out shows its cells as they were typed.
    expect(views[3]!.values.manager).toBe('Joël de Vries');
    expect(views[4]!.values).toMatchObject({ name: 'Anaïs Çelik', capacity: 'twee', manager: 'Onbekend Iemand' });
  });

  it('counts errors and warnings per row and for the whole list', () => {
    expect(views[4]!.errorCount).toBe(2); // duplicate id, capacity
    expect(views[4]!.warningCount).toBe(1); // unknown manager
    expect(summarise(views)).toEqual({ people: 2, rows: 5, errorRows: 3, warnings: 1, warningRows: 1 });
  });

  it('reads the role of a row left out too, so the role filter finds it', () => {
    expect(views.map((view) => view.role)).toEqual(['mentor', 'both', 'mentor', null, 'mentee']);
  });

  it('shows the columns the mapping fills, the name always', () => {
    expect(visibleColumns(mapping)).toEqual(['name', 'id', 'role', 'department', 'manager', 'languages', 'capacity']);
    expect(visibleColumns(null)).toEqual(['name']);
  });

  it('keeps findings about the list as a whole apart from the rows', () => {
    const noIds = tableOf(['Naam', 'Rol'], [['Sam', 'mentor'], ['Noor', 'mentee']]);
    const { result: checked, views: rows } = viewsOf(noIds);
    expect(tableIssues(noIds, checked).map((issue) => issue.message.key)).toEqual(['matcher.import.check.idsFromNames']);
    expect(rows.every((view) => view.status === 'ok')).toBe(true);
  });
});

describe('search and filters', () => {
  const { views } = viewsOf(TEAM);
  const names = (rows: readonly ParticipantRowView[]) => rows.map((view) => view.values.name);

  it('ignores case and accents, and searches name, id and department', () => {
    expect(searchKey('  Renée   JANSEN ')).toBe('renee jansen');
    expect(names(filterRows(views, { ...NO_FILTER, query: 'renee' }))).toEqual(['Renée Jansen']);
    expect(names(filterRows(views, { ...NO_FILTER, query: 'MULLER' }))).toEqual(['Jürgen Müller']);
    expect(names(filterRows(views, { ...NO_FILTER, query: '1003' }))).toEqual(['Zoë Bakker']);
    expect(names(filterRows(views, { ...NO_FILTER, query: 'financien' }))).toEqual(['Joël de Vries', 'Jürgen Müller']);
    // Every word must occur, in any of the three.
    expect(names(filterRows(views, { ...NO_FILTER, query: 'hr anais' }))).toEqual(['Anaïs Çelik']);
    expect(filterRows(views, { ...NO_FILTER, query: 'nobody' })).toEqual([]);
  });

  it('filters by status and by role', () => {
    expect(names(filterRows(views, { ...NO_FILTER, status: 'error' }))).toEqual(['Joël de Vries', 'Jürgen Müller', 'Anaïs Çelik']);
    expect(names(filterRows(views, { ...NO_FILTER, status: 'ok' }))).toEqual(['Renée Jansen', 'Zoë Bakker']);
    expect(names(filterRows(views, { ...NO_FILTER, role: 'mentor' }))).toEqual(['Renée Jansen', 'Zoë Bakker']);
    expect(names(filterRows(views, { status: 'error', role: 'mentee', query: '' }))).toEqual(['Anaïs Çelik']);
  });
});

describe('sortRows', () => {
  const { views } = viewsOf(TEAM);
  const names = (rows: readonly ParticipantRowView[]) => rows.map((view) => view.values.name);

  it('sorts names by the alphabet, accents as their letter', () => {
    expect(names(sortRows(views, { column: 'name', direction: 'ascending' }))).toEqual(['Anaïs Çelik', 'Joël de Vries', 'Jürgen Müller', 'Renée Jansen', 'Zoë Bakker']);
    expect(names(sortRows(views, { column: 'name', direction: 'descending' }))).toEqual(['Zoë Bakker', 'Renée Jansen', 'Jürgen Müller', 'Joël de Vries', 'Anaïs Çelik']);
  });

  it('sorts numbers as numbers, empty cells last either way, and ties in table order', () => {
    expect(names(sortRows(views, { column: 'capacity', direction: 'ascending' }))).toEqual(['Joël de Vries', 'Renée Jansen', 'Anaïs Çelik', 'Zoë Bakker', 'Jürgen Müller']);
    expect(names(sortRows(views, { column: 'capacity', direction: 'descending' }))).toEqual(['Anaïs Çelik', 'Renée Jansen', 'Joël de Vries', 'Zoë Bakker', 'Jürgen Müller']);
    expect(names(sortRows(views, { column: 'department', direction: 'ascending' }))).toEqual(['Renée Jansen', 'Joël de Vries', 'Jürgen Müller', 'Zoë Bakker', 'Anaïs Çelik']);
  });

  it('puts errors first when sorted by status', () => {
    expect(sortRows(views, { column: 'status', direction: 'ascending' }).map((view) => view.status)).toEqual(['error', 'error', 'error', 'ok', 'ok']);
  });
});

describe('pages', () => {
  const items = Array.from({ length: 250 }, (_, index) => index);

  it('cuts the rows in pages and clamps the page asked for', () => {
    expect(pageOf(items, 0)).toMatchObject({ page: 0, pageCount: 3, from: 1, to: 100, total: 250 });
    expect(pageOf(items, 2).items).toEqual(items.slice(200));
    expect(pageOf(items, 9)).toMatchObject({ page: 2, from: 201, to: 250 });
    expect(pageOf(items, -1).page).toBe(0);
    expect(pageOf(items, Number.NaN).page).toBe(0);
    expect(pageOf([], 3)).toMatchObject({ items: [], page: 0, pageCount: 1, from: 0, to: 0, total: 0 });
  });

  it('finds the page a row is on', () => {
    const table = tableOf(['Naam'], Array.from({ length: 150 }, (_, index) => [`Persoon ${index}`]));
    const { views } = viewsOf(table);
    expect(pageWith(views, 'r0')).toBe(0);
    expect(pageWith(views, 'r120')).toBe(1);
    expect(pageWith(views, 'nope')).toBe(-1);
  });
});
