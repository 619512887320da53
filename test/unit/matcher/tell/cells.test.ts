// The CSV writer's rules for every input: Dutch Excel's file shape (BOM, separator, CRLF),
// quoting that a parser undoes exactly, and OWASP's formula-injection rule.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvText, CSV_SEPARATORS, neutralise, startsLikeFormula, type CsvSeparator } from '../../../../src/lib/matcher/tell/cells.ts';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];
const String_ = (n: number) => String(n);

function parse(text: string, separator: CsvSeparator): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: separator, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data;
  // The file ends in CRLF, which Papa Parse reads as one last empty row.
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** Text with everything that makes CSV hard: separators, quotes, line breaks, formula starts, accents. */
const cellText = fc.stringMatching(/^[a-zé;,"\r\n\t=+\-@' ]{0,12}$/);
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }).map((rows) => {
  const width = rows[0]!.length;
  return rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
});

describe('neutralise', () => {
  it('puts a single quote before each of OWASP’s formula starts, and nowhere else', () => {
    for (const start of DANGEROUS) {
      expect(startsLikeFormula(`${start}1+1`), JSON.stringify(start)).toBe(true);
      expect(neutralise(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutralise('Renée')).toBe('Renée');
    expect(neutralise(' =1')).toBe(' =1');
    expect(neutralise('a=1')).toBe('a=1');
    expect(neutralise('')).toBe('');
    expect(neutralise("'quoted")).toBe("'quoted");
  });
});

describe('csvField', () => {
  it('quotes the separator, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('de Boer; Renée', ';')).toBe('"de Boer; Renée"');
    expect(csvField('de Boer; Renée', ',')).toBe('de Boer; Renée');
    expect(csvField('Smith, Bob', ',')).toBe('"Smith, Bob"');
    expect(csvField('Anaïs "Ana"', ';')).toBe('"Anaïs ""Ana"""');
    expect(csvField('regel 1\nregel 2', ';')).toBe('"regel 1\nregel 2"');
    expect(csvField('a\rb', ';')).toBe('"a\rb"');
  });

  it('neutralises first and quotes what then needs it', () => {
    expect(csvField('=SUM(A1)', ';')).toBe("'=SUM(A1)");
    expect(csvField('=SUM(A1;A2)', ';')).toBe(`"'=SUM(A1;A2)"`);
    expect(csvField('=HYPERLINK("http://x")', ',')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('\rcmd', ';')).toBe(`"'\rcmd"`);
  });
});

describe('csvText', () => {
  it('writes a byte order mark, CRLF after every row, and numbers with the writer given', () => {
    const text = csvText([['Naam', 'Score'], ['Renée', 72.5]], ';', (value) => String(value).replace('.', ','));
    expect(text).toBe('\uFEFFNaam;Score\r\nRenée;72,5\r\n');
  });

  it('survives a round trip through Papa Parse, every cell unchanged but for the neutralising quote', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...CSV_SEPARATORS), (rows, separator) => {
        const back = parse(csvText(rows, separator, String_), separator);
        expect(back).toEqual(rows.map((row) => row.map(neutralise)));
        // Nothing but the added quote: taking it off gives the text back.
        back.forEach((row, r) => row.forEach((cell, c) => expect(startsLikeFormula(rows[r]![c]!) ? cell.slice(1) : cell).toBe(rows[r]![c])));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a cell start with a formula character, quoted or not', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...CSV_SEPARATORS), (rows, separator) => {
        const text = csvText(rows, separator, String_);
        for (const row of parse(text, separator)) for (const cell of row) expect(startsLikeFormula(cell), JSON.stringify(cell)).toBe(false);
        // In the raw text too: each quoted field shrunk to its first character between markers, no field opens with one
        // (a bare carriage return can only be part of a line break outside quotes).
        const shrunk = text.slice(1).replace(/"(?:[^"]|"")*"/g, (quoted) => `\u0001${quoted.slice(1, 2)}\u0002`);
        expect(shrunk).not.toMatch(/\u0001[=+\-@\t\r]/);
        expect(shrunk).not.toMatch(new RegExp(`(?:^|\\r\\n|${separator})[=+\\-@\\t]`));
      }),
      { numRuns: 300 },
    );
  });
});
