// Rules that hold for every input: CSV written with proper quoting parses back to the same
// cells, whatever they hold; decoding never throws.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeText, parseTable } from '../../../src/lib/matcher/import/index.ts';

/** Line endings are normalised on import, so cells hold no carriage return. */
const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
const header = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/);
const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    headers: fc.array(header, { minLength: width, maxLength: width }),
    // The first cell holds a letter, so no row is blank (blank rows are skipped on import).
    rows: fc.array(fc.tuple(fc.stringMatching(/^[a-z]\S{0,5}$/), fc.array(cell, { minLength: width - 1, maxLength: width - 1 })).map(([first, rest]) => [first, ...rest]), { minLength: 1, maxLength: 8 }),
  }),
);

describe('CSV round trip', () => {
  for (const separator of [';', ','] as const) {
    it(`gives back the same cells with ${JSON.stringify(separator)}`, () => {
      fc.assert(
        fc.property(table, fc.boolean(), ({ headers, rows }, crlf) => {
          const text = Papa.unparse([headers, ...rows], { delimiter: separator, newline: crlf ? '\r\n' : '\n' });
          const outcome = parseTable(text, { separator });
          expect(outcome.ok).toBe(true);
          if (!outcome.ok) return;
          expect(outcome.table.headers).toEqual(headers);
          expect(outcome.table.rows).toEqual(rows);
          expect(outcome.table.warnings).toEqual([]);
        }),
        { numRuns: 500 },
      );
    });

    it(`detects ${JSON.stringify(separator)} when the cells hold no separator`, () => {
      const plain = fc.stringMatching(/^[A-Za-z0-9 .éë'-]{0,8}$/);
      const wide = fc.integer({ min: 2, max: 6 }).chain((width) =>
        fc.record({
          headers: fc.array(header, { minLength: width, maxLength: width }),
          rows: fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), fc.array(plain, { minLength: width - 1, maxLength: width - 1 })).map(([f, r]) => [f, ...r]), { minLength: 1, maxLength: 6 }),
        }),
      );
      fc.assert(
        fc.property(wide, ({ headers, rows }) => {
          const outcome = parseTable(Papa.unparse([headers, ...rows], { delimiter: separator }));
          expect(outcome.ok && outcome.table.separator).toBe(separator);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('decodeText', () => {
  it('never throws, and its text has no carriage return', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const { text } = decodeText(bytes);
        expect(text.includes('\r')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back any UTF-8 text (line endings normalised)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.startsWith('\uFEFF'));
        expect(decodeText(new TextEncoder().encode(text))).toEqual({ text: text.replace(/\r\n?/g, '\n'), encoding: 'utf-8' });
      }),
    );
  });
});
