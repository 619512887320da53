// A paste is not a file, and a header row that mixes separators is probably two columns read as one.
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../../src/lib/matcher/import/parse.ts';
import { readImport } from '../../../src/lib/matcher/import/worker-protocol.ts';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the words a paste hears', () => {
  it('one pasted line is a paste with only a header row, not a file', async () => {
    const pasted = await readImport({ type: 'text', jobId: 'p', text: 'hallo' });
    expect(pasted).toEqual({ ok: false, error: { key: 'matcher.import.paste.onlyHeader' } });
    const file = await readImport({ type: 'file', jobId: 'f', fileName: 'lijst.csv', bytes: bytesOf('hallo') });
    expect(file).toEqual({ ok: false, error: { key: 'matcher.import.parse.onlyHeader' } });
  });

  it('a paste of only separators is an empty paste, and a huge one is a paste too large', async () => {
    expect(await readImport({ type: 'text', jobId: 'p', text: ';;;\n;;' })).toEqual({ ok: false, error: { key: 'matcher.import.paste.empty' } });
    const huge = await readImport({ type: 'text', jobId: 'p', text: 'x'.repeat(20_000_001) });
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.error.key).toBe('matcher.import.paste.tooLarge');
  });
});

describe('a header cell holding another separator', () => {
  it('Naam;Rol,Afdeling: two columns, and a warning on the one that holds the comma', () => {
    const parsed = parseTable('Naam;Rol,Afdeling\nAnn;mentor,HR\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.table.headers).toEqual(['Naam', 'Rol,Afdeling']);
    expect(parsed.table.warnings).toEqual([
      { row: 1, column: 1, level: 'warning', message: { key: 'matcher.import.parse.headerSeparator', params: { header: 'Rol,Afdeling', separator: ',' } } },
    ]);
  });

  it('a tab inside a header of a ;-file has its own words; a clean header none', () => {
    const tabbed = parseTable('Naam;"Rol\tAfdeling"\nAnn;mentor\n');
    expect(tabbed.ok && tabbed.table.warnings).toEqual([
      { row: 1, column: 1, level: 'warning', message: { key: 'matcher.import.parse.headerTab', params: { header: 'Rol\tAfdeling' } } },
    ]);
    const clean = parseTable('Naam;Rol;Afdeling\nAnn;mentor;HR\n');
    expect(clean.ok && clean.table.warnings).toEqual([]);
  });

  it('the row number counts an Excel sep= line', () => {
    const parsed = parseTable('sep=;\nNaam;Rol,Afdeling\nAnn;mentor\n');
    expect(parsed.ok && parsed.table.warnings[0]).toMatchObject({ row: 2, column: 1 });
  });
});
