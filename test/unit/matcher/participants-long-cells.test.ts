// A cell of megabytes is shown as its first characters: the table stays a table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_PREVIEW, shortenCell } from '../../../src/lib/matcher/participants-view.ts';

describe('shortenCell', () => {
  it('keeps a short cell whole and cuts a long one to CELL_PREVIEW characters and an ellipsis', () => {
    expect(shortenCell('Renée Jansen')).toEqual({ text: 'Renée Jansen', shortened: false, length: 12 });
    const huge = 'x'.repeat(3_000_000);
    expect(shortenCell(huge)).toEqual({ text: `${'x'.repeat(CELL_PREVIEW)}…`, shortened: true, length: 3_000_000 });
  });

  it('never splits a surrogate pair and never shows more than CELL_PREVIEW + 1 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const cell = shortenCell(value);
        expect([...cell.text].length).toBeLessThanOrEqual(CELL_PREVIEW + 1);
        expect(cell.shortened).toBe([...value].length > CELL_PREVIEW);
        if (!cell.shortened) expect(cell.text).toBe(value);
        else expect(value.startsWith(cell.text.slice(0, -1))).toBe(true);
        expect(cell.text).not.toMatch(/[\uD800-\uDBFF]$|[\uD800-\uDBFF]…$/);
      }),
    );
  });
});
