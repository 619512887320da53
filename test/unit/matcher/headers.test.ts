import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/lib/i18n/all.ts';
import {
  parseRole, parseTable, parseTimeZoneOffset, recogniseHeader, reuseMapping, setColumnTarget, splitList, suggestMapping,
  TEMPLATE_FIELDS, templateCsv, templateHeaders,
} from '../../../src/lib/matcher/import/index.ts';

describe('recogniseHeader', () => {
  const known: [string, string][] = [
    ['Naam', 'name'], ['Name', 'name'], ['Volledige naam', 'name'], ['FULL NAME', 'name'], ['Naam (voor- en achternaam)', 'name'],
    ['ID', 'id'], ['Id', 'id'], ['Personeelsnummer', 'id'], ['Employee id', 'id'], ['employee_id', 'id'],
    ['E-mail', 'email'], ['Email', 'email'], ['E-mailadres', 'email'],
    ['Rol', 'role'], ['Role', 'role'], ['Afdeling', 'department'], ['Department', 'department'], ['Team', 'department'],
    ['Leidinggevende', 'managerId'], ['Manager', 'managerId'], ['Manager ID', 'managerId'],
    ['Talen', 'languages'], ['Languages', 'languages'], ['Biedt', 'skillsOffered'], ['Biedt aan', 'skillsOffered'],
    ['Kan helpen met', 'skillsOffered'], ['Offers', 'skillsOffered'], ['Skills offered', 'skillsOffered'],
    ['Wil leren', 'skillsWanted'], ['Leerdoelen', 'skillsWanted'], ['Wants to learn', 'skillsWanted'], ['Skills wanted', 'skillsWanted'],
    ['Niveau', 'level'], ['Level', 'level'], ['Senioriteit', 'level'], ['Seniority', 'level'],
    ['Capaciteit', 'capacity'], ['Aantal mentees', 'capacity'], ['Capacity', 'capacity'], ['Max. mentees', 'capacity'],
    ['Voorkeur', 'preferredPartners'], ['Voorkeuren', 'preferredPartners'], ['Preferred partners', 'preferredPartners'], ['Nominations', 'preferredPartners'],
    ['Tijdzone', 'timeZoneOffset'], ['Time zone offset', 'timeZoneOffset'],
    ['Voornaam', 'firstName'], ['Tussenvoegsel', 'infix'], ['Achternaam', 'lastName'],
    // Typos in longer words.
    ['Afdleing', 'department'], ['Leidinggevnde', 'managerId'], ['Capacitiet', 'capacity'], ['Languagse', 'languages'], ['Sénioriteit', 'level'],
  ];
  for (const [header, field] of known) {
    it(`${header} → ${field}`, () => expect(recogniseHeader(header)?.field).toBe(field));
  }
  it('allows no typo in short words (Taken is not Talen) and knows nothing of other questions', () => {
    expect(recogniseHeader('Taken')).toBeNull();
    expect(recogniseHeader('Hobbyclub')).toBeNull();
    expect(recogniseHeader('Waarom doe je mee?')).toBeNull();
    expect(recogniseHeader('')).toBeNull();
  });
  it('is less than sure of a typo', () => {
    expect(recogniseHeader('Afdleing')!.confidence).toBeLessThan(1);
  });
});

describe('suggestMapping', () => {
  it('uses an e-mail column as id only when there is no id column', () => {
    expect(suggestMapping(['E-mail', 'Naam']).columns.map((c) => [c.target, c.source])).toEqual([['id', 'email'], ['name', 'header']]);
    expect(suggestMapping(['Personeelsnummer', 'E-mail', 'Naam']).columns.map((c) => c.target)).toEqual(['id', { attribute: 'E-mail', as: 'text' }, 'name']);
  });
  it('suggests other columns as attributes, by their cells; ignores empty or unnamed ones', () => {
    const rows = [['An', '3', 'Wandelen; Lezen', '', 'x'], ['Bo', '4', 'Koken', '', 'y']];
    expect(suggestMapping(['Naam', 'Jaren ervaring', 'Hobbyclub', 'Opmerkingen', ''], rows).columns.map((c) => c.target)).toEqual([
      'name', { attribute: 'Jaren ervaring', as: 'number' }, { attribute: 'Hobbyclub', as: 'list' }, 'ignore', 'ignore',
    ]);
  });
  it('keeps two columns headed alike apart as attributes', () => {
    expect(suggestMapping(['Naam', 'Vraag', 'Vraag']).columns.map((c) => c.target)).toEqual([
      'name', { attribute: 'Vraag', as: 'text' }, { attribute: 'Vraag (2)', as: 'text' },
    ]);
  });
  it('gives a field to one column only: the surest, then the first', () => {
    expect(suggestMapping(['Naam', 'Name', 'Afdleing', 'Afdeling']).columns.map((c) => c.target)).toEqual([
      'name', { attribute: 'Name', as: 'text' }, { attribute: 'Afdleing', as: 'text' }, 'department',
    ]);
  });
  it('moves a field chosen by hand, and keeps choices by hand for a new file with the same headers', () => {
    const mapping = setColumnTarget(suggestMapping(['Naam', 'Roepnaam']), 1, 'name');
    expect(mapping.columns.map((c) => c.target)).toEqual(['ignore', 'name']);
    expect(JSON.parse(JSON.stringify(mapping))).toEqual(mapping);
    expect(reuseMapping(mapping, ['roepnaam', 'Naam', 'Rol']).columns.map((c) => c.target)).toEqual(['name', 'ignore', 'role']);
  });
});

describe('values', () => {
  it('roles in Dutch and English', () => {
    expect(['Mentor', 'MENTEE', 'beide', 'Both', 'Mentor/mentee', 'mentor en mentee', 'allebei'].map(parseRole)).toEqual([
      'mentor', 'mentee', 'both', 'both', 'both', 'both', 'both',
    ]);
    expect(parseRole('stagiair')).toBeNull();
  });
  it('time zone offsets', () => {
    expect(['+1', '-5', '5,5', 'UTC+2', 'GMT-03:30', '+25', 'CET'].map(parseTimeZoneOffset)).toEqual([1, -5, 5.5, 2, -3.5, null, null]);
  });
  it('lists split on ; , / | and line breaks; “en”/“and” only end an enumeration, except for languages', () => {
    expect(splitList('Excel; SQL').items).toEqual(['Excel', 'SQL']);
    expect(splitList('Excel, Word en PowerPoint').items).toEqual(['Excel', 'Word', 'PowerPoint']);
    expect(splitList('Vragen stellen en luisteren').items).toEqual(['Vragen stellen en luisteren']);
    expect(splitList('Nederlands en Engels', 'always').items).toEqual(['Nederlands', 'Engels']);
    expect(splitList('a | b | A').items).toEqual(['a', 'b']);
    expect(splitList('a/b').mixed).toBeNull();
    expect(splitList('UX/UI, Design').mixed).toEqual([',', '/']);
  });
});

describe('the template', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`${locale}: every header maps back to its field`, () => {
      const t = translator(locale);
      expect(suggestMapping(templateHeaders(t)).columns.map((c) => [c.target, c.confidence])).toEqual(TEMPLATE_FIELDS.map((f) => [f, 1]));
    });
  }
  it('is a Dutch Excel CSV: BOM, ;, CRLF, and parses back', () => {
    const csv = templateCsv(translator('nl'), ';', [['1', 'Renée; de Boer', 'mentor']]);
    expect(csv.startsWith('\uFEFFId;Naam;Rol;Afdeling;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    const parsed = parseTable(csv);
    expect(parsed.ok && [parsed.table.separator, parsed.table.rows[0]!.slice(0, 3)]).toEqual([';', ['1', 'Renée; de Boer', 'mentor']]);
  });
});
