// The shortlists as a sheet and as people read them, on a real project run through the engine's
// shortlist: header in both languages, one row per candidate, reasons in words, the CSV safe
// against formula injection, mentees first, the search by name, and the file name.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { matchingInput, projectParticipants } from '../../../../src/lib/matcher/input.ts';
import { nameLookup } from '../../../../src/lib/matcher/result-view.ts';
import { orderShortlists, searchShortlists, shortlistCsv, shortlistFileName, shortlistTable } from '../../../../src/lib/matcher/tell/shortlist-rows.ts';
import { runShortlist } from '../../../../src/lib/matching/index.ts';
import type { Shortlist } from '../../../../src/lib/matching/types.ts';
import { en, nl, sampleProject } from './project.ts';

const project = sampleProject();
const { participants } = projectParticipants(project);
const result = runShortlist(matchingInput(project, participants));
const names = nameLookup(participants);

describe('shortlistTable', () => {
  it('has a header in each language and one row per candidate with rank, score and reasons in words', () => {
    const table = shortlistTable(result.shortlists, names, nl);
    expect(table.header).toEqual(['Deelnemer', 'Id deelnemer', 'Plaats', 'Kandidaat', 'Id kandidaat', 'Score', 'Waarom']);
    expect(shortlistTable(result.shortlists, names, en).header).toEqual(['Participant', 'Participant id', 'Rank', 'Candidate', 'Candidate id', 'Score', 'Why']);

    const joel = result.shortlists.find((list) => list.id === '2')!;
    const rows = table.rows.filter((row) => row[1] === '2');
    expect(rows).toHaveLength(joel.candidates.length);
    expect(rows.map((row) => row[2])).toEqual(joel.candidates.map((_, index) => index + 1));
    expect(rows.map((row) => row[4])).toEqual(joel.candidates.map((candidate) => candidate.id));
    const renee = rows.find((row) => row[4] === '1')!;
    expect(renee[0]).toBe('Joël de Vries');
    expect(renee[3]).toBe('Renée Jansen');
    expect(typeof renee[5]).toBe('number');
    expect(renee[6]).toContain('Renée Jansen biedt Excel aan, wat Joël de Vries wil leren');
    expect(String(renee[6])).not.toMatch(/matching\.|matcher\./);
  });

  it('gives a person without candidates one row that says why', () => {
    const lonely: Shortlist[] = [
      { id: '5', freePlaces: 1, lockedWith: [], eligible: 0, candidates: [] },
      { id: '2', freePlaces: 0, lockedWith: ['1'], eligible: 0, candidates: [] },
    ];
    const table = shortlistTable(lonely, names, en);
    expect(table.rows).toEqual([
      ['Anaïs "Ana" Çelik', '5', '', 'No candidates who pass every hard rule and still have room', '', '', ''],
      ['Joël de Vries', '2', '', 'Has no place left: locked already or no room', '', '', ''],
    ]);
  });
});

describe('shortlistCsv', () => {
  it('is what Dutch Excel opens, and a participant named =SUM(A1) is neutralised wherever they appear', () => {
    const text = shortlistCsv(shortlistTable(result.shortlists, names, nl), 'nl');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flat();
    expect(cells).toContain("'=SUM(A1)");
    expect(cells.some((cell) => /^[=+\-@\t\r]/.test(cell))).toBe(false);
    // Scores with the Dutch decimal comma, names with quotes kept intact.
    const scoreColumn = parsed.data.slice(1).map((row) => row[5]!).filter((cell) => cell !== '');
    expect(scoreColumn.length).toBeGreaterThan(0);
    expect(scoreColumn.every((cell) => /^\d+(,\d{1,2})?$/.test(cell))).toBe(true);
    expect(cells).toContain('Anaïs "Ana" Çelik');
  });

  it('uses a comma and a decimal point in English', () => {
    const text = shortlistCsv(shortlistTable(result.shortlists, names, en), 'en');
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['Participant', 'Participant id', 'Rank', 'Candidate', 'Candidate id', 'Score', 'Why']);
    expect(parsed.data.slice(1).map((row) => row[5]!).filter(Boolean).every((cell) => /^\d+(\.\d{1,2})?$/.test(cell))).toBe(true);
  });
});

describe('order, search and file name', () => {
  it('puts mentees first in mentoring, by name; everyone by name in peers', () => {
    const ordered = orderShortlists(result.shortlists, participants, 'mentoring', names, 'nl').map((list) => list.id);
    expect(ordered).toEqual(['4', '5', '2', '1', '3']);
    expect(orderShortlists(result.shortlists, participants, 'peers', names, 'nl').map((list) => list.id)).toEqual(['4', '5', '2', '1', '3'].sort((a, b) => names.get(a)!.localeCompare(names.get(b)!, 'nl', { sensitivity: 'base' })));
  });

  it('finds people by part of their name, ignoring case and accents', () => {
    expect(searchShortlists(result.shortlists, names, 'joel').map((list) => list.id)).toEqual(['2']);
    expect(searchShortlists(result.shortlists, names, '  ZOË ').map((list) => list.id)).toEqual(['3']);
    expect(searchShortlists(result.shortlists, names, '')).toBe(result.shortlists);
    expect(searchShortlists(result.shortlists, names, 'nobody')).toEqual([]);
  });

  it('names the file after the project, without characters file systems refuse', () => {
    expect(shortlistFileName('Najaar 2025: Financiën/HR', nl)).toBe('najaar-2025-financien-hr-shortlists.csv');
    expect(shortlistFileName('***', en)).toBe('shortlists.csv');
  });
});
