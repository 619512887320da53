// The import worker's handler, in Node: the fixture files as spreadsheet programs write them
// (a Dutch Excel export, an English UTF-8 CSV, a workbook), a paste from a spreadsheet, and
// every way a file can be refused — each with a Message, never a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../../src/lib/matcher/import/check.ts';
import { columnOf, setColumnTarget, suggestMapping } from '../../../src/lib/matcher/import/headers.ts';
import { createImportWorkerHandler, readImport, type ImportRequest, type ImportResponse, type ReadTable } from '../../../src/lib/matcher/import/worker-protocol.ts';
import { IMPORT_LIMITS } from '../../../src/lib/matcher/import/types.ts';

const fixture = (name: string): ArrayBuffer => {
  const bytes = readFileSync(new URL(`../../fixtures/matcher/${name}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};
const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

async function read(request: Omit<Extract<ImportRequest, { type: 'file' }>, 'type' | 'jobId'>): Promise<ReadTable> {
  const outcome = await readImport({ type: 'file', jobId: 'j', ...request });
  if (!outcome.ok) throw new Error(`refused: ${outcome.error.key}`);
  return outcome.table;
}

async function refusal(request: ImportRequest): Promise<string> {
  const outcome = await readImport(request);
  if (outcome.ok) throw new Error('read');
  return outcome.error.key;
}

const columnCells = (table: ReadTable, header: string) => table.rows.map((row) => row[table.headers.indexOf(header)]);

describe('the import worker handler', () => {
  it('reads the Dutch Excel export: Windows-1252, ;, CRLF, accents intact, managers in three levels', async () => {
    const table = await read({ fileName: 'deelnemers-nl.csv', bytes: fixture('deelnemers-nl.csv') });
    expect(table).toMatchObject({ kind: 'csv', separator: ';', encoding: 'windows-1252', fileName: 'deelnemers-nl.csv', workbook: null, warnings: [] });
    expect(table.rows).toHaveLength(25);
    expect(table.rowNumbers.slice(0, 3)).toEqual([2, 3, 4]);
    expect(columnCells(table, 'Naam').slice(0, 6)).toEqual(['Renée Jansen', 'Joël de Vries', 'Zoë Bakker', 'Søren Visser', 'Anaïs Çelik', 'Jürgen Müller']);
    expect(columnCells(table, 'Naam')).toContain('Eliška Nováková');
    expect(table.mapping.columns.map((choice) => choice.target)).toEqual([
      'id', 'name', 'role', 'department', 'managerId', 'languages', 'skillsOffered', 'skillsWanted', 'level', 'capacity', 'preferredPartners', 'timeZoneOffset',
      { attribute: 'In dienst sinds', as: 'text' },
    ]);
    const { participants, issues } = checkTable(table, table.mapping);
    expect(issues).toEqual([]);
    expect(participants).toHaveLength(25);
    const byName = new Map(participants.map((p) => [p.name, p]));
    // Renée → Joël → Jürgen (by name, accents kept), Søren → Bram → Wouter.
    expect(byName.get('Jürgen Müller')!.managerId).toBe('1002');
    expect(byName.get('Joël de Vries')!.managerId).toBe('1001');
    expect(byName.get('Wouter Bos')!.managerId).toBe('1010');
    expect(byName.get('Jürgen Müller')!.skillsWanted).toEqual(['Nederlands', 'Presenteren']);
    expect(byName.get('Daan Smit')!.preferredPartners).toEqual(['1004']);
  });

  it('reads the English UTF-8 CSV: commas, a quoted name with a comma, a line break inside a cell', async () => {
    const table = await read({ fileName: 'participants-en.csv', bytes: fixture('participants-en.csv') });
    expect(table).toMatchObject({ kind: 'csv', separator: ',', encoding: 'utf-8' });
    expect(table.rows).toHaveLength(25);
    expect(columnCells(table, 'Full name')).toContain("O'Brien, Liam");
    // The cell with a line break is one row: the rows after it keep their spreadsheet numbers.
    const walker = columnCells(table, 'Full name').indexOf('James Walker');
    expect(table.rowNumbers[walker]).toBe(7);
    expect(table.rowNumbers[walker + 1]).toBe(8);
    const { participants, issues } = checkTable(table, table.mapping);
    expect(issues).toEqual([]);
    expect(participants.find((p) => p.name === 'James Walker')!.skillsWanted).toEqual(['Python', 'Architecture']);
    expect(participants.find((p) => p.id === 'E122')!.managerId).toBe('E121');
  });

  it('reads cells pasted from a spreadsheet (tabs) with the suggested mapping', async () => {
    const text = 'Naam\tRol\tAfdeling\nAnouk de Wit\tmentor\tHR\nBas Kuipers\tmentee\tICT\n';
    const outcome = await readImport({ type: 'text', jobId: 'p', text });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.table).toMatchObject({ kind: 'paste', separator: '\t', encoding: null, fileName: null, headers: ['Naam', 'Rol', 'Afdeling'] });
    expect(outcome.table.rows).toEqual([['Anouk de Wit', 'mentor', 'HR'], ['Bas Kuipers', 'mentee', 'ICT']]);
    expect(columnOf(outcome.table.mapping, 'department')).toBe(2);
  });

  it('reuses a stored mapping for the same headers, and suggests for new ones', async () => {
    const headers = ['Naam', 'Team', 'Extra'];
    const stored = setColumnTarget(suggestMapping(headers), 1, 'ignore');
    const outcome = await readImport({ type: 'text', jobId: 'p', text: 'Naam;Team;Opmerking\nA;B;C\n', stored });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.table.mapping.columns.map((c) => c.target)).toEqual(['name', 'ignore', { attribute: 'Opmerking', as: 'text' }]);
  });

  it('reads a workbook: lists the sheets, finds the list on the second sheet under its title, dates as ISO, numbers as written', async () => {
    const table = await read({ fileName: 'deelnemers.xlsx', bytes: fixture('deelnemers.xlsx') });
    expect(table).toMatchObject({ kind: 'xlsx', separator: null, encoding: null });
    // The first sheet holds instructions only, and the list sits under a title and a blank row.
    expect(table.workbook).toEqual({ sheets: ['Toelichting', 'Deelnemers'], sheet: 'Deelnemers', headerRow: 3 });
    const chosen = table;
    // A sheet and a header row chosen by hand are obeyed.
    const title = await read({ fileName: 'deelnemers.xlsx', bytes: fixture('deelnemers.xlsx'), sheet: 'Deelnemers', headerRow: 1 });
    expect(title.headers).toEqual(['Deelnemers mentorprogramma voorjaar 2026']);
    const instructions = await readImport({ type: 'file', jobId: 'j', fileName: 'deelnemers.xlsx', bytes: fixture('deelnemers.xlsx'), sheet: 'Toelichting' });
    expect(instructions).toMatchObject({ ok: false, error: { key: 'matcher.import.parse.onlyHeader' } });
    expect(chosen.headers[0]).toBe('Personeelsnummer');
    expect(chosen.rows).toHaveLength(10);
    expect(chosen.rowNumbers[0]).toBe(4);
    expect(chosen.rows[0]).toEqual(['1001', 'Renée Jansen', 'Mentor', 'Directie', '', 'Nederlands, Engels', 'Strategie, Leiderschap', '', '8', '3', '', '+1', '2009-03-01']);
    expect(columnCells(chosen, 'Niveau')[4]).toBe('4.5');
    const { participants, issues } = checkTable(chosen, chosen.mapping);
    expect(issues).toEqual([]);
    expect(participants[4]!.level).toBe(4.5);
    expect(participants.find((p) => p.name === 'Jürgen Müller')!.managerId).toBe('1002');
  });

  it('refuses, with a message, every file it cannot read', async () => {
    const file = (fileName: string, bytes: ArrayBuffer): ImportRequest => ({ type: 'file', jobId: 'e', fileName, bytes });
    expect(await refusal(file('leeg.csv', new ArrayBuffer(0)))).toBe('matcher.import.parse.empty');
    expect(await refusal(file('spaties.csv', bufferOf(new TextEncoder().encode(' \r\n;;;\r\n'))))).toBe('matcher.import.parse.empty');
    expect(await refusal(file('kop.csv', bufferOf(new TextEncoder().encode('Naam;Rol\r\n'))))).toBe('matcher.import.parse.onlyHeader');
    // A paste is told of a paste, not of a file.
    expect(await refusal({ type: 'text', jobId: 'e', text: '' })).toBe('matcher.import.paste.empty');
    const garbage = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    expect(await refusal(file('foto.csv', bufferOf(garbage)))).toBe('matcher.import.file.notText');
    expect(await refusal(file('groot.csv', new ArrayBuffer(IMPORT_LIMITS.maxFileBytes + 1)))).toBe('matcher.import.file.tooLarge');
    const wide = `${Array.from({ length: IMPORT_LIMITS.maxColumns + 1 }, (_, i) => `k${i}`).join(';')}\na;b\n`;
    expect(await refusal({ type: 'text', jobId: 'e', text: wide })).toBe('matcher.import.paste.tooManyColumns');
    const long = `Naam\n${'x\n'.repeat(IMPORT_LIMITS.maxRows + 1)}`;
    expect(await refusal({ type: 'text', jobId: 'e', text: long })).toBe('matcher.import.paste.tooManyRows');
    expect(await refusal(file('afgebroken.xlsx', fixture('afgebroken.xlsx')))).toBe('matcher.import.xlsx.unreadable');
    expect(await refusal(file('beveiligd.xlsx', fixture('beveiligd.xlsx')))).toBe('matcher.import.xlsx.protected');
    expect(await refusal(file('lijst.xlsx', fixture('participants-en.csv')))).toBe('matcher.import.xlsx.unreadable');
    expect(await refusal({ type: 'file', jobId: 'e', fileName: 'deelnemers.xlsx', bytes: fixture('deelnemers.xlsx'), sheet: 'Deelnemers', headerRow: 2 })).toBe('matcher.import.xlsx.emptyHeaderRow');
  });

  it('answers each request with its job id', async () => {
    const responses: ImportResponse[] = [];
    const handle = createImportWorkerHandler((response) => responses.push(response));
    await handle({ type: 'text', jobId: 'one', text: 'Naam\nA\n' });
    await handle({ type: 'file', jobId: 'two', fileName: 'x.csv', bytes: new ArrayBuffer(0) });
    expect(responses.map((r) => [r.jobId, r.type])).toEqual([['one', 'result'], ['two', 'error']]);
    expect(responses[1]).toMatchObject({ error: { key: 'matcher.import.parse.empty' } });
    // What the worker posts survives the structured clone of postMessage.
    expect(structuredClone(responses[0])).toEqual(responses[0]);
  });
});

describe('a large workbook', () => {
  it('reads 2 500 rows (a sheet entry far over the zip reader\'s 512 kB threshold for a worker of its own)', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/node');
    const header = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen', 'Biedt aan', 'Wil leren', 'Toelichting'];
    const rows = Array.from({ length: 2_500 }, (_, i) => [
      `P${i}`, `Deelnemer ${i}`, i % 2 ? 'mentee' : 'mentor', `Afdeling ${i % 12}`, i > 10 ? `P${i % 10}` : null, 'Nederlands, Engels', 'Excel, Plannen', 'Presenteren',
      `Een langere toelichting bij deelnemer ${i} die de cel flink vult, zodat het blad groot wordt.`,
    ]);
    const buffer = await writeExcelFile([header, ...rows]).toBuffer();
    const outcome = await readImport({ type: 'file', jobId: 'big', fileName: 'groot.xlsx', bytes: bufferOf(buffer) });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.table.rows).toHaveLength(2_500);
    expect(outcome.table.rows[2_499]![1]).toBe('Deelnemer 2499');
    expect(outcome.table.rowNumbers[2_499]).toBe(2_501);
  });
});
