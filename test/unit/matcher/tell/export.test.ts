// The match export on a real run: the rows (scope, people, reasons, unmatched), the CSV that
// Dutch Excel opens, and the .xlsx written and read back with the import's reader.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../../../../src/lib/matcher/model.ts';
import { storedMatchViews } from '../../../../src/lib/matcher/result-view.ts';
import { csvFileWhat, matchesCsv, numberWriter } from '../../../../src/lib/matcher/tell/csv.ts';
import { exportTable, type ExportSource } from '../../../../src/lib/matcher/tell/rows.ts';
import type { IdPair } from '../../../../src/lib/matching/types.ts';
import { matchesXlsx, sheetName } from '../../../../src/lib/matcher/tell/xlsx.ts';
import { en, nl, runProject } from './project.ts';

const run = runProject();
const source = (approved: readonly string[], locked: readonly IdPair[] = []): ExportSource => ({
  mode: run.project.mode,
  matches: run.matches,
  unmatched: run.unmatched,
  participants: run.participants,
  review: { approved, locked },
});
const renee = run.matches.find((match) => match.ids.includes('1'))!;
const zoe = run.matches.find((match) => match.ids.includes('3'))!;

describe('exportTable', () => {
  it('has the approved matches only by default, and says so in the first header', () => {
    const table = exportTable(source([renee.key]), nl);
    expect(table.header).toEqual(['Status (alleen goedgekeurde koppelingen)', 'Mentor', 'Id mentor', 'Mentee', 'Id mentee', 'Score', 'Vastgezet', 'Toelichting']);
    expect(table.matchCount).toBe(1);
    expect(table.rows[0]!.slice(0, 6)).toEqual(['Goedgekeurd', 'Renée Jansen', '1', 'Joël de Vries', '2', renee.score]);
    expect(table.rows[0]![6]).toBe('Nee');
    expect(table.rows[0]![7]).toBe('Renée Jansen biedt Excel aan, wat Joël de Vries wil leren\nNiveau van Renée Jansen ten opzichte van Joël de Vries: 3 (gewenst: 2)\nAndere afdeling: Renée Jansen (Financiën), Joël de Vries (HR)');
  });

  it('lists every match with its approval state when asked, in English', () => {
    const table = exportTable(source([zoe.key]), en, { scope: 'all' });
    expect(table.header[0]).toBe('Status (all matches, approved or not)');
    expect(table.header.slice(1, 5)).toEqual(['Mentor', 'Mentor ID', 'Mentee', 'Mentee ID']);
    expect(table.rows.slice(0, 2).map((row) => [row[0], row[1]])).toEqual(
      run.matches.map((match) => [match.key === zoe.key ? 'Approved' : 'Proposed, not yet approved', match.mentorId === '1' ? 'Renée Jansen' : 'Zoë Bakker']),
    );
  });

  it('adds the unmatched with the engine’s explanation, in the mentee columns, unless left out', () => {
    const table = exportTable(source([]), nl);
    expect(table.rows).toEqual([['Niet gekoppeld', '', '', 'Anaïs "Ana" Çelik', '5', '', '', 'De enige geschikte mentor voor Anaïs "Ana" Çelik zit vol']]);
    expect(exportTable(source([]), nl, { includeUnmatched: false }).rows).toEqual([]);
  });

  it('says Locked only for the coordinator’s own locks, not for pairs a run merely held in place', () => {
    const held = { ...renee, locked: true };
    expect(exportTable({ ...source([renee.key]), matches: [held] }, en).rows[0]![6]).toBe('No');
    expect(exportTable({ ...source([renee.key], [['1', '2']]), matches: [held] }, en).rows[0]![6]).toBe('Yes');
  });

  it('names a locked pair that breaks a rule, and explains a stored run without details', () => {
    const locked = { ...renee, locked: true, brokenRules: ['sameDepartment' as const] };
    const table = exportTable({ ...source([renee.key], [['1', '2']]), matches: [locked] }, nl);
    expect(table.rows[0]![6]).toMatch(/^Ja, hoewel het ingaat tegen: /);
    const stored = storedMatchViews({ id: 'r', at: '2025-03-03T10:00:00.000Z', fingerprint: 'f', status: 'ok', mode: 'mentoring', objective: 'total', summary: { participants: 2, matched: 2, unmatched: 0, matches: 1, meanScore: 50, minScore: 50, maxScore: 50, distribution: [], totalScore: 50 }, matches: [{ ids: ['1', '2'], score: 50, locked: false }], unmatched: [] });
    expect(exportTable({ ...source([matchKey(['1', '2'])]), matches: stored, unmatched: [] }, en).rows[0]![7]).toBe('Calculate the result again for the explanation of each match.');
  });

  it('numbers the places of a peer group', () => {
    const group = { ...renee, ids: ['1', '2', '5'], key: matchKey(['1', '2', '5']), mentorId: null };
    const table = exportTable({ ...source([group.key]), mode: { kind: 'groups', size: 3 }, matches: [group], unmatched: [] }, nl);
    expect(table.header.slice(1, 7)).toEqual(['Deelnemer 1', 'Id deelnemer 1', 'Deelnemer 2', 'Id deelnemer 2', 'Deelnemer 3', 'Id deelnemer 3']);
    expect(table.rows[0]!.slice(1, 7)).toEqual(['Renée Jansen', '1', 'Joël de Vries', '2', 'Anaïs "Ana" Çelik', '5']);
  });
});

describe('matchesCsv', () => {
  it('is a Dutch Excel file: BOM, ;, CRLF, decimal comma, the formula name neutralised', () => {
    const text = matchesCsv(exportTable(source([renee.key, zoe.key]), nl), 'nl');
    expect(text.startsWith('\uFEFFStatus (alleen goedgekeurde koppelingen);Mentor;')).toBe(true);
    expect(text.split('\r\n').length).toBe(5); // header, two matches, one unmatched, the final CRLF
    // Line breaks inside a cell (the reasons) are bare LF within quotes; every row ends in CRLF.
    expect(text).not.toMatch(/\r(?!\n)/);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    const sum = rows.find((row) => row.includes("'=SUM(A1)"))!;
    expect(sum).toBeDefined();
    expect(rows.flat().some((cell) => cell === '=SUM(A1)')).toBe(false);
    expect(sum[5]).toBe(numberWriter(';')(zoe.score));
    // Dutch Excel reads a decimal comma (this pair happens to score a whole 100).
    expect(numberWriter(';')(12.5)).toBe('12,5');
    expect(rows.find((row) => row[3] === 'Anaïs "Ana" Çelik')).toBeDefined();
  });

  it('uses , and a decimal point for English spreadsheets', () => {
    const text = matchesCsv(exportTable(source([zoe.key]), en), 'en');
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe('Status (approved matches only)');
    expect(rows[1]![5]).toBe(String(zoe.score));
  });
});

describe('the two CSV variants', () => {
  const half = { ...renee, score: 87.5 };
  const scoreCell = (text: string, delimiter: ';' | ',') =>
    Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true }).data.find((row) => row[1] === 'Renée Jansen')![5];

  it('write the decimal mark that goes with the separator, whatever the page language', () => {
    for (const [t, locale] of [[nl, 'nl'], [en, 'en']] as const) {
      const table = exportTable({ ...source([half.key]), matches: [half] }, t);
      expect(scoreCell(matchesCsv(table, locale, ';'), ';')).toBe('87,5');
      expect(scoreCell(matchesCsv(table, locale, ','), ',')).toBe('87.5');
      expect(Number(scoreCell(matchesCsv(table, locale, ','), ','))).toBe(87.5);
    }
  });

  it('get different file names', () => {
    expect(csvFileWhat('koppelingen', ';', 'komma')).toBe('koppelingen');
    expect(csvFileWhat('koppelingen', ',', 'komma')).toBe('koppelingen komma');
  });
});

describe('matchesXlsx', () => {
  it('writes the same rows to a workbook that reads back, text neutralised and scores as numbers', async () => {
    const table = exportTable(source([renee.key, zoe.key]), nl);
    const blob = await matchesXlsx(table, nl('matcher.tell.export.sheet'));
    const file = join(mkdtempSync(join(tmpdir(), 'tell-')), 'koppelingen.xlsx');
    writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const [sheet] = await readXlsxFile(file);
    expect(sheet!.sheet).toBe('Koppelingen');
    const rows = sheet!.data;
    expect(rows[0]).toEqual(table.header);
    expect(rows.length).toBe(1 + table.rows.length);
    const sum = rows.find((row) => row.includes("'=SUM(A1)"))!;
    expect(sum).toBeDefined();
    expect(sum[5]).toBe(zoe.score);
    expect(rows.flat().some((cell) => typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell))).toBe(false);
    expect(rows[1]![7]).toBe(table.rows[0]![7]);
  });

  it('keeps a sheet name within Excel’s rules', () => {
    expect(sheetName('Koppelingen: ronde 1/2 [concept]?')).toBe('Koppelingen  ronde 1 2  concept');
    expect(sheetName('***')).toBe('Sheet1');
  });
});
