import { describe, expect, it } from 'vitest';
import {
  checkTable, decodeText, detectSeparator, importFile, parseTable, suggestMapping, type ColumnMapping, type RowIssue,
} from '../../../src/lib/matcher/import/index.ts';
import { DUTCH_EXPORT, ENGLISH_EXPORT, utf8, windows1252, withBom } from './fixtures.ts';

const ALL_FIELDS = ['id', 'name', 'role', 'department', 'managerId', 'languages', 'skillsOffered', 'skillsWanted', 'level', 'capacity', 'preferredPartners', 'timeZoneOffset'];

function imported(bytes: Uint8Array) {
  const outcome = importFile(bytes);
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.key}`);
  return outcome;
}

describe('a Dutch Excel export in Windows-1252', () => {
  const bytes = windows1252(DUTCH_EXPORT);

  it('is made of single bytes for the accents', () => {
    const name = windows1252('Renée Joël Zoë Müller Çelik');
    expect([...name]).toContain(0xe9);
    expect([...name]).toContain(0xeb);
    expect([...name]).toContain(0xfc);
    expect([...name]).toContain(0xc7);
  });

  it('decodes as Windows-1252, splits on ;, maps every column and resolves managers by name', () => {
    const { encoding, table, mapping, result } = imported(bytes);
    expect(encoding).toBe('windows-1252');
    expect(table.separator).toBe(';');
    expect(mapping.columns.map((choice) => choice.target)).toEqual(ALL_FIELDS);
    expect(mapping.columns.every((choice) => choice.confidence === 1)).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.participants.map((p) => [p.id, p.name, p.managerId])).toEqual([
      ['1001', 'Renée Jansen', undefined],
      ['1002', 'Joël de Vries', '1001'],
      ['1003', 'Zoë Bakker', '1001'],
      ['1004', 'Jürgen Müller', '1002'],
      ['1005', 'Anaïs Çelik', '1003'],
    ]);
    expect(result.participants[0]).toEqual({
      id: '1001', name: 'Renée Jansen', role: 'mentor', department: 'Directie', languages: ['Nederlands', 'Engels'],
      skillsOffered: ['Strategie', 'Leiderschap'], level: 6, capacity: 3, timeZoneOffset: 1,
    });
    const [, joel, zoe, jurgen, anais] = result.participants;
    expect(joel!.role).toBe('both');
    expect(joel!.preferredPartners).toEqual(['1001']);
    expect(zoe!.languages).toEqual(['Nederlands', 'Engels', 'Duits']);
    expect(jurgen!.skillsWanted).toEqual(['Excel', 'Presenteren']);
    expect(jurgen!.preferredPartners).toEqual(['1003']);
    expect(anais!.level).toBe(1.5);
    expect(anais!.preferredPartners).toEqual(['1003']);
  });

  it('reads the same as UTF-8 with a byte order mark', () => {
    const fromUtf8 = imported(withBom(utf8(DUTCH_EXPORT)));
    expect(fromUtf8.encoding).toBe('utf-8-bom');
    expect(fromUtf8.result).toEqual(imported(bytes).result);
  });
});

describe('an English UTF-8 CSV', () => {
  for (const [label, bytes, encoding] of [
    ['without a BOM', utf8(ENGLISH_EXPORT), 'utf-8'],
    ['with a BOM', withBom(utf8(ENGLISH_EXPORT)), 'utf-8-bom'],
  ] as const) {
    it(`${label}: splits on , and maps every column`, () => {
      const { encoding: found, table, mapping, result } = imported(bytes);
      expect(found).toBe(encoding);
      expect(table.separator).toBe(',');
      expect(table.headers[0]).toBe('Employee ID');
      expect(mapping.columns.map((choice) => choice.target)).toEqual(ALL_FIELDS);
      expect(result.issues).toEqual([]);
      expect(result.participants.map((p) => p.name)).toEqual(["Ann O'Neil", 'Smith, Bob', 'Chloé Dubois']);
      expect(table.rowNumbers).toEqual([2, 3, 4]);
      const [ann, bob, chloe] = result.participants;
      expect(ann!.skillsOffered).toEqual(['Negotiation', 'Public speaking']);
      expect(ann!.timeZoneOffset).toBe(-5);
      expect(bob!.managerId).toBe('E1');
      expect(chloe!.skillsOffered).toEqual(['Python', 'SQL']);
      expect(chloe!.preferredPartners).toEqual(['E1']);
      expect(chloe!.department).toBe('R&D');
    });
  }
});

describe('cells pasted from a spreadsheet', () => {
  it('split on tabs; without an id column the name is the id, with one warning', () => {
    const outcome = parseTable('Naam\tRol\tAfdeling\tTalen\nAn de Wit\tmentor\tIT\tNederlands; Engels\nBo Smit\tmentee\tHR\tNederlands\n');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.table.separator).toBe('\t');
    const mapping = suggestMapping(outcome.table.headers, outcome.table.rows);
    expect(mapping.columns.map((choice) => choice.target)).toEqual(['name', 'role', 'department', 'languages']);
    const result = checkTable(outcome.table, mapping);
    expect(result.issues.map(brief)).toEqual([[1, 'warning', 'matcher.import.check.idsFromNames']]);
    expect(result.participants.map((p) => [p.id, p.languages])).toEqual([['An de Wit', ['Nederlands', 'Engels']], ['Bo Smit', ['Nederlands']]]);
  });
});

describe('the separator', () => {
  it('is ; for a Dutch file with decimal commas and comma lists', () => {
    expect(detectSeparator('Naam;Talen;Niveau\nAn;Nederlands, Engels;2,5\nBo;Engels;3\n')).toBe(';');
  });
  it('is , for an English file with ; inside cells', () => {
    expect(detectSeparator('Name,Languages,Level\nAnn,English; Dutch,2\nBob,"English, French",3\n')).toBe(',');
  });
  it('follows an Excel sep= hint line, whose row still counts', () => {
    const outcome = parseTable('sep=,\nNaam,Rol\nAn,mentor\n');
    expect(outcome.ok && [outcome.table.separator, outcome.table.rowNumbers]).toEqual([',', [3]]);
  });
});

const brief = (issue: RowIssue) => [issue.row, issue.level, issue.message.key];

const HEADER = 'Id;Naam;Rol;Leidinggevende;Capaciteit;Niveau;Voorkeuren;Biedt aan;Tijdzone';
/** A ;-file with three good rows (ids a, b, c; rows 2–4) and the given extra lines. */
function check(...lines: string[]) {
  const text = [HEADER, 'a;Anna;mentor;;2;5;;;', 'b;Bram;mentee;a;;2;a;;', 'c;Carla;mentor;a;1;4;;;', ...lines].join('\n');
  const outcome = parseTable(text);
  if (!outcome.ok) throw new Error(outcome.error.key);
  const result = checkTable(outcome.table, suggestMapping(outcome.table.headers, outcome.table.rows));
  return { ...result, brief: [...outcome.table.warnings, ...result.issues].map(brief) };
}

describe('checking rows', () => {
  it('passes the good rows', () => {
    const { brief: issues, participants } = check();
    expect(issues).toEqual([]);
    expect(participants).toHaveLength(3);
  });

  const cases: [string, string[], (string | number)[][]][] = [
    ['a missing id', [';Dirk;mentee;;;;;;'], [[5, 'error', 'matcher.import.check.missingId']]],
    ['a missing name', ['d;;mentee;;;;;;'], [[5, 'error', 'matcher.import.check.missingName']]],
    ['a missing role', ['d;Dirk;;;;;;;'], [[5, 'error', 'matcher.import.check.missingRole']]],
    ['an unknown role', ['d;Dirk;stagiair;;;;;;'], [[5, 'error', 'matcher.import.check.unknownRole']]],
    ['a duplicate id (both rows, case-insensitive)', ['A;Dirk;mentee;;;;;;'], [[2, 'error', 'matcher.import.check.duplicateId'], [5, 'error', 'matcher.import.check.duplicateId']]],
    ['a fractional capacity', ['d;Dirk;mentor;;1,5;;;;'], [[5, 'error', 'matcher.import.check.capacity']]],
    ['a negative capacity', ['d;Dirk;mentor;;-1;;;;'], [[5, 'error', 'matcher.import.check.capacity']]],
    ['a capacity in words', ['d;Dirk;mentor;;twee;;;;'], [[5, 'error', 'matcher.import.check.capacity']]],
    ['a level that is no number', ['d;Dirk;mentor;;;senior;;;'], [[5, 'error', 'matcher.import.check.level']]],
    ['a time zone out of range', ['d;Dirk;mentor;;;;;;+25'], [[5, 'error', 'matcher.import.check.timeZoneOffset']]],
    ['a manager who is nobody in the list', ['d;Dirk;mentee;Piet Pietersen;;;;;'], [[5, 'warning', 'matcher.import.check.unknownManager']]],
    ['a manager name two people share', ['d;Anna;mentee;;;;;;', 'e;Eva;mentee;anna;;;;;'], [[6, 'warning', 'matcher.import.check.ambiguousManager']]],
    ['one’s own manager', ['d;Dirk;mentee;d;;;;;'], [[5, 'warning', 'matcher.import.check.managerIsSelf']]],
    ['a reporting cycle (every row in it)', ['d;Dirk;mentee;Femke;;;;;', 'e;Eva;mentee;d;;;;;', 'f;Femke;mentee;Eva;;;;;'], [
      [5, 'warning', 'matcher.import.check.reportingCycle'], [6, 'warning', 'matcher.import.check.reportingCycle'], [7, 'warning', 'matcher.import.check.reportingCycle'],
    ]],
    ['a self-nomination', ['d;Dirk;mentee;;;;Dirk;;'], [[5, 'warning', 'matcher.import.check.selfNomination']]],
    ['an unknown preferred partner', ['d;Dirk;mentee;;;;Zeger;;'], [[5, 'warning', 'matcher.import.check.unknownPerson']]],
    ['a list cell mixing separators', ['d;Dirk;mentor;;;;;"Excel, Word| PowerPoint";'], [[5, 'warning', 'matcher.import.check.mixedSeparators']]],
    ['a short row', ['d;Dirk;mentee'], [[5, 'warning', 'matcher.import.parse.shortRow']]],
    ['a long row', ['d;Dirk;mentee;;;;;;;extra'], [[5, 'warning', 'matcher.import.parse.longRow']]],
  ];
  for (const [label, lines, expected] of cases) {
    it(`reports ${label}`, () => {
      const { brief: issues, participants } = check(...lines);
      expect(issues).toEqual(expected);
      const blocked = new Set(expected.filter(([, level]) => level === 'error').map(([row]) => row));
      expect(participants).toHaveLength(3 + lines.length - blocked.size);
    });
  }

  it('keeps a cycle’s managers (the engine treats them as one reporting line) and names the cycle', () => {
    const { issues, participants } = check('d;Dirk;mentee;e;;;;;', 'e;Eva;mentee;d;;;;;');
    expect(participants.find((p) => p.id === 'd')!.managerId).toBe('e');
    expect(issues[0]!.message.params).toEqual({ chain: 'Dirk → Eva → Dirk' });
    expect(issues[1]!.message.params).toEqual({ chain: 'Dirk → Eva → Dirk' });
  });

  it('refuses a mapping without a name column, once, on the header row', () => {
    const mapping: ColumnMapping = { columns: [{ header: 'Id', target: 'id', confidence: 1, source: 'header' }] };
    expect(checkTable({ headers: ['Id'], rows: [['a']] }, mapping)).toEqual({
      participants: [],
      issues: [{ row: 1, level: 'error', message: { key: 'matcher.import.check.noNameColumn' } }],
    });
  });

  it('trims and NFC-normalises values', () => {
    const decomposed = 'Rene\u0301e';
    const result = checkTable({ headers: ['Id', 'Naam', 'Rol'], rows: [['  x1 ', `  ${decomposed}\u00a0 Jansen `, ' Mentor ']] }, suggestMapping(['Id', 'Naam', 'Rol']));
    expect(result.participants).toEqual([{ id: 'x1', name: 'Renée Jansen', role: 'mentor' }]);
  });
});

describe('files that are not a participant list', () => {
  it('refuse an empty file, blank lines only, a header without rows, and too many rows', () => {
    const keyOf = (text: string) => {
      const outcome = parseTable(text);
      return outcome.ok ? null : outcome.error.key;
    };
    expect(keyOf('')).toBe('matcher.import.parse.empty');
    expect(keyOf('\r\n\r\n ;;\n')).toBe('matcher.import.parse.empty');
    expect(keyOf('Naam;Rol\r\n\r\n;\r\n')).toBe('matcher.import.parse.onlyHeader');
    const many = ['Id;Naam', ...Array.from({ length: 20_001 }, (_, i) => `${i};P${i}`)].join('\n');
    expect(keyOf(many)).toBe('matcher.import.parse.tooManyRows');
    const enough = ['Id;Naam', ...Array.from({ length: 20_000 }, (_, i) => `${i};P${i}`)].join('\n');
    expect(keyOf(enough)).toBeNull();
  });

  it('warn about a quote that is never closed', () => {
    const outcome = parseTable('Naam;Rol\nAn;mentor\n"Bo;mentee\n');
    expect(outcome.ok && outcome.table.warnings.map(brief)).toEqual([[3, 'warning', 'matcher.import.parse.quotes']]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, UTF-8 with a BOM, UTF-16 and Windows-1252, and normalises line endings', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toEqual({ text: 'a\nb\nc\n', encoding: 'utf-8' });
    expect(decodeText(withBom(utf8('é')))).toEqual({ text: 'é', encoding: 'utf-8-bom' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00]))).toEqual({ text: 'é\n', encoding: 'utf-16le' });
    expect(decodeText(windows1252('Café – “één” €5\r\n'))).toEqual({ text: 'Café – “één” €5\n', encoding: 'windows-1252' });
  });
});

describe('the engine takes the imported participants as they are', () => {
  it('matches the Dutch export without a data issue, and keeps reporting lines apart', async () => {
    const { runMatching } = await import('../../../src/lib/matching/index.ts');
    const { result } = imported(windows1252(DUTCH_EXPORT));
    const run = runMatching({
      participants: result.participants,
      criteria: [{ kind: 'offerMeetsWant', weight: 3 }, { kind: 'levelGap', weight: 1, target: 2, tolerance: 1 }],
      rules: { noReportingLine: true, sharedLanguage: true },
      mode: { kind: 'mentoring' },
    });
    expect(run.status).toBe('ok');
    expect(run.dataQuality.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const match of run.matches) {
      // Jürgen (1004) reports to Joël (1002) who reports to Renée (1001): never paired with either.
      if (match.ids.includes('1004')) expect(match.ids.some((id) => id === '1002' || id === '1001')).toBe(false);
    }
    expect(run.matches.length).toBeGreaterThan(0);
  });
});

describe('names and ids from other columns', () => {
  it('makes the name of first name, tussenvoegsel and last name, and uses the e-mail address as id', () => {
    const { result, mapping } = imported(utf8('E-mailadres;Voornaam;Tussenvoegsel;Achternaam;Rol;Leidinggevende\nj.vdberg@example.nl;Jan;van den;Berg;mentor;\nk.dijk@example.nl;Kees;;Dijk;mentee;Jan van den Berg\n'));
    expect(mapping.columns.map((c) => c.target)).toEqual(['id', 'firstName', 'infix', 'lastName', 'role', 'managerId']);
    expect(result.issues).toEqual([]);
    expect(result.participants.map((p) => [p.id, p.name, p.managerId])).toEqual([
      ['j.vdberg@example.nl', 'Jan van den Berg', undefined],
      ['k.dijk@example.nl', 'Kees Dijk', 'j.vdberg@example.nl'],
    ]);
  });

  it('reads attributes by their kind and takes a stored mapping', () => {
    const first = imported(utf8('Naam,Jaren ervaring,Interesses quiz\nAn,3,"Sport; Muziek"\nBo,5,Koken\n'));
    expect(first.result.participants[0]!.attributes).toEqual({ 'Jaren ervaring': 3, 'Interesses quiz': ['Sport', 'Muziek'] });
    expect(first.result.issues.map(brief)).toEqual([[1, 'warning', 'matcher.import.check.idsFromNames']]);
    const again = importFile(utf8('Naam,Jaren ervaring,Interesses quiz\nCor,veel,Koken\n'), first.mapping);
    expect(again.ok && again.result.participants[0]!.attributes).toEqual({ 'Interesses quiz': ['Koken'] });
    expect(again.ok && again.result.issues.map(brief)).toEqual([
      [1, 'warning', 'matcher.import.check.idsFromNames'], [2, 'warning', 'matcher.import.check.attributeNotNumber'],
    ]);
  });
});
