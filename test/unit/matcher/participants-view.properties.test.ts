// Rules of the participants table that hold for every list: filters and search never lose or
// invent a row, the status filters split the rows, and the sort is stable and total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTable, suggestMapping } from '../../../src/lib/matcher/import/index.ts';
import type { ParticipantTable } from '../../../src/lib/matcher/model.ts';
import {
  filterRows, NO_FILTER, ROLE_FILTERS, rowViews, searchKey, SORT_COLUMNS, sortRows, STATUS_FILTERS, summarise, type ParticipantRowView, type ViewSort,
} from '../../../src/lib/matcher/participants-view.ts';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen', 'Niveau', 'Capaciteit'];
const NAMES = ['Renée Jansen', 'renee jansen', 'Joël de Vries', 'Zoë Bakker', 'Ünal Öztürk', 'Anaïs Çelik', 'Bob', 'ÅSA Ek', ''];
const row = fc.tuple(
  fc.constantFrom('1', '2', '3', '4', '5', '6', 'A7', ''),
  fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 6 })),
  fc.constantFrom('Mentor', 'mentee', 'beide', 'coach', 'stagiair', ''),
  fc.constantFrom('HR', 'Financiën', 'ICT', 'financien', ''),
  fc.constantFrom('', '1', 'Renée Jansen', 'Bob', 'Onbekend'),
  fc.constantFrom('', 'Nederlands', 'Engels, Duits', 'Nederlands; Engels, Frans'),
  fc.constantFrom('', '1', '2,5', '10', 'x'),
  fc.constantFrom('', '0', '1', '3', '-1', 'twee'),
);
const table = fc.array(row, { maxLength: 30 }).map((rows): ParticipantTable => ({
  headers: HEADERS,
  rows: rows.map((cells, index) => ({ id: `r${index}`, row: index + 2, cells })),
}));

function viewsOf(source: ParticipantTable): ParticipantRowView[] {
  const cells = source.rows.map((r) => r.cells);
  const mapping = suggestMapping(source.headers, cells);
  return rowViews(source, mapping, checkTable({ headers: source.headers, rows: cells, rowNumbers: source.rows.map((r) => r.row) }, mapping));
}

const filterArb = fc.record({
  status: fc.constantFrom(...STATUS_FILTERS),
  role: fc.constantFrom(...ROLE_FILTERS),
  query: fc.oneof(fc.constantFrom('', 'renee', 'RENÉE', 'fin', 'hr', '1', 'de vries', 'zoe bak'), fc.string({ maxLength: 3 })),
});
const sortArb = fc.record({ column: fc.constantFrom(...SORT_COLUMNS), direction: fc.constantFrom('ascending', 'descending' as const) }) as fc.Arbitrary<ViewSort>;

/** Is `part` the same rows as `whole` with some left out, in the same order? */
function isSubsequence(part: readonly ParticipantRowView[], whole: readonly ParticipantRowView[]): boolean {
  let at = 0;
  for (const view of part) {
    while (at < whole.length && whole[at] !== view) at++;
    if (at === whole.length) return false;
    at++;
  }
  return true;
}

describe('filters and search, for every list', () => {
  it('give a subsequence of the rows: nothing invented, nothing reordered', () => {
    fc.assert(
      fc.property(table, filterArb, (source, filter) => {
        const views = viewsOf(source);
        expect(isSubsequence(filterRows(views, filter), views)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lose a row whose name, id or department holds the text searched for, in any case or accent', () => {
    fc.assert(
      fc.property(table, fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (source, pick, start, length, upper) => {
        const views = viewsOf(source);
        if (views.length === 0) return;
        const target = views[pick % views.length]!;
        const field = [target.values.name, target.values.id, target.values.department][pick % 3]!;
        const from = start % (field.length + 1);
        const slice = field.slice(from, from + (length % 6));
        const query = upper ? slice.toUpperCase() : slice.normalize('NFD');
        // A slice cut through a run of spaces still names the same text once folded.
        if (searchKey(query) !== '' && !searchKey(field).includes(searchKey(query))) return;
        expect(filterRows(views, { ...NO_FILTER, query })).toContain(target);
      }),
      { numRuns: 500 },
    );
  });

  it('split the rows by status: every row in exactly one, none outside them', () => {
    fc.assert(
      fc.property(table, (source) => {
        const views = viewsOf(source);
        const parts = (['error', 'warning', 'ok'] as const).map((status) => filterRows(views, { ...NO_FILTER, status }));
        expect(parts.reduce((sum, part) => sum + part.length, 0)).toBe(views.length);
        expect(new Set(parts.flat()).size).toBe(views.length);
        expect(filterRows(views, NO_FILTER)).toEqual(views);
        // The people counted are exactly the rows without an error.
        expect(summarise(views).people).toBe(views.length - parts[0]!.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sort, for every list', () => {
  it('is a permutation that does not depend on the order it is given the rows in (total)', () => {
    fc.assert(
      fc.property(table, sortArb, fc.nat(), (source, sort, seed) => {
        const views = viewsOf(source);
        const sorted = sortRows(views, sort);
        expect(sorted).toHaveLength(views.length);
        expect(new Set(sorted)).toEqual(new Set(views));
        // Shuffled input, same output: no two rows compare as equal.
        const shuffled = [...views].sort((a, b) => ((a.index * 7919 + seed) % 101) - ((b.index * 7919 + seed) % 101) || a.index - b.index);
        expect(sortRows(shuffled, sort)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps rows that sort alike in table order (stable), in either direction', () => {
    fc.assert(
      fc.property(table, sortArb, (source, sort) => {
        const views = viewsOf(source);
        const sorted = sortRows(views, sort);
        const key = (view: ParticipantRowView) => (sort.column === 'row' ? String(view.row) : sort.column === 'status' ? view.status : sort.column === 'role' ? `${view.role}|${view.values.role === ''}` : searchKey(view.values[sort.column]));
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1]!;
          const b = sorted[i]!;
          if (key(a) === key(b)) expect(a.index).toBeLessThan(b.index);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reverses the order of distinct values when the direction turns, empty cells last both ways', () => {
    fc.assert(
      fc.property(table, sortArb, (source, sort) => {
        const views = viewsOf(source);
        const up = sortRows(views, { ...sort, direction: 'ascending' });
        const down = sortRows(views, { ...sort, direction: 'descending' });
        if (sort.column === 'name' || sort.column === 'department' || sort.column === 'capacity' || sort.column === 'level') {
          const empties = (rows: readonly ParticipantRowView[]) => rows.filter((view) => view.values[sort.column as 'name'] === '');
          expect(up.slice(up.length - empties(up).length)).toEqual(empties(views));
          expect(down.slice(down.length - empties(down).length)).toEqual(empties(views));
        }
        if (sort.column === 'row') expect(down).toEqual([...up].reverse());
      }),
      { numRuns: 300 },
    );
  });
});
