// Which column holds what: Dutch and English headers and their usual variants, tolerant of
// case, accents, punctuation, spacing and (for longer words) a typo. The result is a
// suggestion a coordinator can change, and plain data a project can store.
import type { Message } from '../../i18n/message.ts';
import { compactKey, editDistance } from './normalise.ts';

/** Participant fields a column can fill; `firstName`/`infix`/`lastName` make up `name` when there is no name column. */
export type ImportField =
  | 'id'
  | 'name'
  | 'firstName'
  | 'infix'
  | 'lastName'
  | 'role'
  | 'department'
  | 'location'
  | 'managerId'
  | 'languages'
  | 'skillsOffered'
  | 'skillsWanted'
  | 'interests'
  | 'level'
  | 'capacity'
  | 'preferredPartners'
  | 'excludedPartners'
  | 'timeZoneOffset';

/** How an attribute column's cells are read: as they are, as a number, or as a list. */
export type AttributeKind = 'text' | 'number' | 'list';

export type ColumnTarget = ImportField | { readonly attribute: string; readonly as: AttributeKind } | 'ignore';

export interface ColumnChoice {
  readonly header: string;
  readonly target: ColumnTarget;
  /**
   * 1: a known header; below 1: a near miss (typo) or an e-mail column standing in as id;
   * 0: no field recognised (an attribute suggestion, or ignored). `user` once chosen by hand.
   */
  readonly confidence: number;
  readonly source: 'header' | 'email' | 'fuzzy' | 'suggestion' | 'user';
}

/** One choice per column, in column order. */
export interface ColumnMapping {
  readonly columns: readonly ColumnChoice[];
}

type Detected = ImportField | 'email';

/** Known headers per field, Dutch first; compared by `compactKey`. */
export const HEADER_ALIASES: Readonly<Record<Detected, readonly string[]>> = {
  id: ['id', 'nr', 'nummer', 'personeelsnummer', 'personeelsnr', 'medewerkernummer', 'medewerkersnummer', 'deelnemersnummer', 'deelnemer id', 'registratienummer', 'employee id', 'employee number', 'employee no', 'staff id', 'staff number', 'personnel number', 'participant id', 'identifier', 'user id'],
  email: ['e-mail', 'e-mailadres', 'mail', 'mailadres', 'email address', 'e-mail address', 'work email', 'zakelijk e-mailadres', 'e-mail werk'],
  name: ['naam', 'name', 'volledige naam', 'full name', 'naam deelnemer', 'deelnemer', 'participant', 'participant name', 'weergavenaam', 'display name', 'medewerker', 'employee', 'employee name', 'naam medewerker'],
  firstName: ['voornaam', 'roepnaam', 'first name', 'given name', 'forename'],
  infix: ['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'voorvoegsels'],
  lastName: ['achternaam', 'familienaam', 'last name', 'surname', 'family name'],
  role: ['rol', 'role', 'rol in programma', 'rol in het programma', 'deelname als', 'ik doe mee als', 'mentor of mentee', 'mentor mentee', 'programme role', 'program role', 'participates as'],
  department: ['afdeling', 'afdelingen', 'department', 'dept', 'team', 'business unit', 'bedrijfsonderdeel', 'unit', 'directie', 'organisatieonderdeel'],
  location: ['locatie', 'vestiging', 'standplaats', 'werklocatie', 'kantoor', 'location', 'office', 'site', 'work location'],
  managerId: ['leidinggevende', 'leidinggevende id', 'naam leidinggevende', 'direct leidinggevende', 'manager', 'manager id', 'manager name', 'line manager', 'direct manager', 'reports to', 'rapporteert aan', 'manager e-mail', 'e-mail leidinggevende', 'chef'],
  languages: ['talen', 'taal', 'gesproken talen', 'voertaal', 'voertalen', 'languages', 'language', 'spoken languages'],
  skillsOffered: ['biedt', 'biedt aan', 'aanbod', 'kan helpen met', 'kan anderen helpen met', 'wat kun je bieden', 'expertise', 'vaardigheden aanbod', 'aangeboden vaardigheden', 'sterke punten', 'offers', 'offered', 'skills offered', 'offered skills', 'can help with', 'expertise offered'],
  skillsWanted: ['wil leren', 'leerdoelen', 'leerdoel', 'leervragen', 'leervraag', 'ontwikkeldoelen', 'ontwikkelpunten', 'wat wil je leren', 'gewenste vaardigheden', 'wants to learn', 'wants', 'skills wanted', 'wanted skills', 'learning goals', 'learning goal', 'development goals'],
  interests: ['interesses', 'interessegebieden', 'hobbys', "hobby's", 'interests', 'hobbies'],
  level: ['niveau', 'functieniveau', 'senioriteit', 'schaal', 'functieschaal', 'salarisschaal', 'level', 'job level', 'seniority', 'grade'],
  capacity: ['capaciteit', 'aantal mentees', 'max mentees', 'max aantal mentees', 'maximaal aantal mentees', 'maximum aantal mentees', 'hoeveel mentees', 'capacity', 'maximum mentees', 'mentee capacity', 'number of mentees'],
  preferredPartners: ['voorkeur', 'voorkeuren', 'voorkeurspartners', 'voorkeur voor', 'voorkeursmentor', 'voorkeursmentee', 'nominaties', 'preferred partners', 'preferred partner', 'preferences', 'nominations', 'preferred mentor', 'preferred mentee'],
  excludedPartners: ['niet met', 'liever niet met', 'liever niet', 'uitgesloten', 'uitgesloten partners', 'excluded partners', 'not with', 'avoid'],
  timeZoneOffset: ['tijdzone', 'tijdzone offset', 'tijdsverschil', 'tijdsverschil utc', 'time zone', 'time zone offset', 'timezone offset', 'utc offset', 'tz'],
};

const EXACT = new Map<string, Detected>();
for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [Detected, readonly string[]][]) {
  for (const alias of aliases) EXACT.set(compactKey(alias), field);
}
EXACT.set('email', 'email');

/** Typos allowed for a header of this many letters: none below 6, one up to 9, two from 10. */
export function typoTolerance(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

/** The field a header names, with how sure that is; null when it names none. */
export function recogniseHeader(header: string): { field: Detected; confidence: number } | null {
  const key = compactKey(header);
  if (key === '') return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, confidence: 1 };
  const tolerance = typoTolerance(key.length);
  if (tolerance === 0) return null;
  let best: { field: Detected; distance: number } | null = null;
  for (const [alias, field] of EXACT) {
    if (typoTolerance(alias.length) === 0) continue;
    const distance = editDistance(key, alias, tolerance);
    if (distance <= tolerance && (!best || distance < best.distance)) best = { field, distance };
  }
  return best ? { field: best.field, confidence: 1 - best.distance / (key.length + 1) } : null;
}

const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
const LIST_HINT = /[;|\n]/;

/** How an unrecognised column is best read, judged by its cells. */
export function suggestAttributeKind(cells: readonly string[]): AttributeKind {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length > 0 && filled.every((cell) => NUMBER.test(cell))) return 'number';
  if (filled.some((cell) => LIST_HINT.test(cell))) return 'list';
  return 'text';
}

/**
 * A mapping for a table: known headers to their field (each field once: the surest column
 * wins, the first on a tie, the others become attributes); an e-mail column serves as id when
 * no id column is there; other headed columns are suggested as questionnaire attributes;
 * columns without a header or without a single filled cell are ignored.
 */
export function suggestMapping(headers: readonly string[], rows: readonly (readonly string[])[] = []): ColumnMapping {
  const column = (index: number) => rows.map((row) => row[index] ?? '');
  const detected = headers.map((header) => recogniseHeader(header));
  const winner = new Map<Detected, number>();
  detected.forEach((found, index) => {
    if (!found) return;
    const current = winner.get(found.field);
    if (current === undefined || found.confidence > detected[current]!.confidence) winner.set(found.field, index);
  });
  const emailIsId = !winner.has('id') && winner.has('email');

  const attributeNames = new Set<string>();
  /** Two columns headed alike stay two attributes: "Vraag", "Vraag (2)". */
  const attributeName = (header: string) => {
    const base = header.trim();
    let name = base;
    for (let n = 2; attributeNames.has(name); n++) name = `${base} (${n})`;
    attributeNames.add(name);
    return name;
  };
  const columns = headers.map((header, index): ColumnChoice => {
    const found = detected[index];
    const cells = column(index);
    const empty = rows.length > 0 && cells.every((cell) => cell.trim() === '');
    if (found && winner.get(found.field) === index) {
      if (found.field === 'email') {
        if (emailIsId) return { header, target: 'id', confidence: 0.9 * found.confidence, source: 'email' };
      } else {
        return { header, target: found.field, confidence: found.confidence, source: found.confidence === 1 ? 'header' : 'fuzzy' };
      }
    }
    if (header.trim() === '' || empty) return { header, target: 'ignore', confidence: 0, source: 'suggestion' };
    return { header, target: { attribute: attributeName(header), as: suggestAttributeKind(cells) }, confidence: 0, source: 'suggestion' };
  });
  return { columns };
}

/** The mapping with one column's target changed by hand; a field taken elsewhere moves here and the other column is ignored. */
export function setColumnTarget(mapping: ColumnMapping, index: number, target: ColumnTarget): ColumnMapping {
  const columns = mapping.columns.map((choice, i): ColumnChoice => {
    if (i === index) return { header: choice.header, target, confidence: 1, source: 'user' };
    if (typeof target === 'string' && target !== 'ignore' && choice.target === target) {
      return { header: choice.header, target: 'ignore', confidence: 1, source: 'user' };
    }
    return choice;
  });
  return { columns };
}

/** The column that fills a field, or -1. */
export function columnOf(mapping: ColumnMapping, field: ImportField): number {
  return mapping.columns.findIndex((choice) => choice.target === field);
}

/** What keeps a mapping from producing participants: no name (nor first and last name). A missing id is not: names stand in. */
export function mappingProblems(mapping: ColumnMapping): Message[] {
  const hasName = columnOf(mapping, 'name') >= 0 || columnOf(mapping, 'firstName') >= 0 || columnOf(mapping, 'lastName') >= 0;
  return hasName ? [] : [{ key: 'matcher.import.check.noNameColumn' }];
}

/**
 * A stored mapping applied to a new file: a column keeps its stored target when its header
 * is the same (by `compactKey`), otherwise it gets the suggestion.
 */
export function reuseMapping(stored: ColumnMapping, headers: readonly string[], rows: readonly (readonly string[])[] = []): ColumnMapping {
  const suggested = suggestMapping(headers, rows);
  const byHeader = new Map(stored.columns.map((choice) => [compactKey(choice.header), choice] as const));
  let mapping = suggested;
  headers.forEach((header, index) => {
    const known = byHeader.get(compactKey(header));
    if (known && known.source === 'user') mapping = setColumnTarget(mapping, index, known.target);
  });
  return mapping;
}
