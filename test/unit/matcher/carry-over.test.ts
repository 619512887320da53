import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../src/lib/matcher/import/carry-over.ts';

describe('carryOver', () => {
  it('keeps the cells as they are when the headers did not change', () => {
    expect(carryOver(['Id', 'Naam'], ['1', 'Anna'], ['Id', 'Naam'])).toEqual({ cells: ['1', 'Anna'], dropped: [] });
  });
  it('places typed cells under the new list’s columns by header name, ignoring case and spaces', () => {
    const { cells } = carryOver(['Id', 'Naam'], ['1', 'Anna'], [' naam ', 'ID']);
    expect(cells).toEqual(['Anna', '1']);
  });
  it('names the typed columns the new list has no place for', () => {
    expect(carryOver(['Id', 'Naam', 'Afdeling'], ['1', 'Anna', 'HR'], ['Id', 'Naam']).dropped).toEqual([2]);
  });
});
