// Strict reading of the matcher document: exactly the shape the app writes, rebuilt field by
// field so unknown properties are dropped. Runs on every read and before every save
// (docs/storage.md), on documents that may hold 2 000-row tables: one pass, no copies of
// cells beyond the rebuilt arrays.
import { isIsoDateTime } from '../calendar/dates.ts';
import { locales } from '../i18n/locales.ts';
import type { Message, MessageKey } from '../i18n/message.ts';
import type { ExitReason } from '../matching/rematch.ts';
import type { IdPair, Mode, Summary, UnmatchedReason } from '../matching/types.ts';
import type { AttributeKind, ColumnChoice, ColumnMapping, ImportField } from './import/headers.ts';
import { IMPORT_LIMITS } from './import/types.ts';
import {
  IMPORTANCE_LEVELS,
  INTRODUCTION_KINDS,
  INTRODUCTION_LIMITS,
  LIMITS,
  PRESET_IDS,
  SOURCE_KINDS,
  type CriterionSetting,
  type CriterionSpec,
  type ImportSource,
  type Importance,
  type IntroductionSettings,
  type StoredIntroductionTemplate,
  type MatcherDocument,
  type MatchingProject,
  type PairExit,
  type ParticipantTable,
  type ProjectRound,
  type ProjectRun,
  type ReviewDecisions,
  type RuleSettings,
  type StoredMatch,
  type StoredUnmatched,
  type TableRow,
} from './model.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

type ValidationKey = Extract<MessageKey, `matcher.validation.${string}`>;
type Fields = Record<string, unknown>;

class Invalid extends Error {
  readonly error: Message;
  constructor(error: Message) {
    super(error.key);
    this.error = error;
  }
}

const fail = (key: ValidationKey, path: string, extra: Record<string, string | number> = {}): never => {
  throw new Invalid({ key, params: { path, ...extra } });
};

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function fields(value: unknown, path: string): Fields {
  return isFields(value) ? value : fail('matcher.validation.wrongType', path);
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') return fail('matcher.validation.wrongType', path);
  return value.length > max ? fail('matcher.validation.textTooLong', path, { max }) : value;
}

function id(value: unknown, path: string): string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= LIMITS.idLength ? value : fail('matcher.validation.wrongType', path);
}

function stamp(value: unknown, path: string): string {
  return isIsoDateTime(value) && value.length <= LIMITS.timestamp ? value : fail('matcher.validation.invalidDate', path);
}

function flag(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : fail('matcher.validation.wrongType', path);
}

function finite(value: unknown, path: string, min = -Infinity, max = Infinity): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fail('matcher.validation.wrongType', path);
}

function integer(value: unknown, path: string, min: number, max: number): number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fail('matcher.validation.wrongType', path);
}

function oneOf<T>(value: unknown, path: string, values: readonly T[]): T {
  return values.includes(value as T) ? (value as T) : fail('matcher.validation.wrongType', path);
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) return fail('matcher.validation.wrongType', path);
  return value.length > max ? fail('matcher.validation.tooMany', path, { max }) : value;
}

function nullable<T>(value: unknown, read: (value: unknown) => T): T | null {
  return value === null ? null : read(value);
}

const IMPORT_FIELDS: readonly ImportField[] = [
  'id', 'name', 'firstName', 'infix', 'lastName', 'role', 'department', 'location', 'managerId', 'languages',
  'skillsOffered', 'skillsWanted', 'interests', 'level', 'capacity', 'preferredPartners', 'excludedPartners', 'timeZoneOffset',
];
const ATTRIBUTE_KINDS: readonly AttributeKind[] = ['text', 'number', 'list'];
const CHOICE_SOURCES: readonly ColumnChoice['source'][] = ['header', 'email', 'fuzzy', 'suggestion', 'user'];

function parseTable(value: unknown, path: string): ParticipantTable {
  const table = fields(value, path);
  const headers = list(table['headers'], `${path}.headers`, IMPORT_LIMITS.maxColumns).map((header, index) => text(header, `${path}.headers[${index}]`, LIMITS.header));
  const seen = new Set<string>();
  const rows = list(table['rows'], `${path}.rows`, IMPORT_LIMITS.maxRows).map((item, index): TableRow => {
    const rowPath = `${path}.rows[${index}]`;
    const row = fields(item, rowPath);
    const rowId = id(row['id'], `${rowPath}.id`);
    if (seen.has(rowId)) fail('matcher.validation.duplicateId', `${rowPath}.id`);
    seen.add(rowId);
    const cells = row['cells'];
    if (!Array.isArray(cells) || cells.length !== headers.length) return fail('matcher.validation.wrongType', `${rowPath}.cells`);
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (typeof cell !== 'string') fail('matcher.validation.wrongType', `${rowPath}.cells[${column}]`);
      else if (cell.length > LIMITS.cell) fail('matcher.validation.textTooLong', `${rowPath}.cells[${column}]`, { max: LIMITS.cell });
    }
    return { id: rowId, row: integer(row['row'], `${rowPath}.row`, 2, Number.MAX_SAFE_INTEGER), cells: [...(cells as string[])] };
  });
  return { headers, rows };
}

function parseMapping(value: unknown, path: string, width: number): ColumnMapping {
  const mapping = fields(value, path);
  const columns = list(mapping['columns'], `${path}.columns`, IMPORT_LIMITS.maxColumns);
  if (columns.length !== width) fail('matcher.validation.wrongType', `${path}.columns`);
  return {
    columns: columns.map((item, index): ColumnChoice => {
      const choicePath = `${path}.columns[${index}]`;
      const choice = fields(item, choicePath);
      const rawTarget = choice['target'];
      let target: ColumnChoice['target'];
      if (rawTarget === 'ignore') target = 'ignore';
      else if (typeof rawTarget === 'string') target = oneOf(rawTarget, `${choicePath}.target`, IMPORT_FIELDS);
      else {
        const attribute = fields(rawTarget, `${choicePath}.target`);
        target = { attribute: text(attribute['attribute'], `${choicePath}.target.attribute`, LIMITS.header), as: oneOf(attribute['as'], `${choicePath}.target.as`, ATTRIBUTE_KINDS) };
      }
      return {
        header: text(choice['header'], `${choicePath}.header`, LIMITS.header),
        target,
        confidence: finite(choice['confidence'], `${choicePath}.confidence`, 0, 1),
        source: oneOf(choice['source'], `${choicePath}.source`, CHOICE_SOURCES),
      };
    }),
  };
}

function parseSource(value: unknown, path: string): ImportSource {
  const source = fields(value, path);
  return {
    kind: oneOf(source['kind'], `${path}.kind`, SOURCE_KINDS),
    fileName: nullable(source['fileName'], (name) => text(name, `${path}.fileName`, LIMITS.fileName)),
    encoding: nullable(source['encoding'], (name) => oneOf(name, `${path}.encoding`, ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const)),
    separator: nullable(source['separator'], (separator) => oneOf(separator, `${path}.separator`, [';', ',', '\t'] as const)),
    sheet: nullable(source['sheet'], (sheet) => text(sheet, `${path}.sheet`, LIMITS.header)),
    importedAt: stamp(source['importedAt'], `${path}.importedAt`),
  };
}

const LIST_PROPERTIES = ['interests', 'languages', 'skillsOffered', 'skillsWanted'] as const;
const CATEGORY_PROPERTIES = ['department', 'location'] as const;

function parseProperty<T extends string>(value: unknown, path: string, names: readonly T[]): T | { attribute: string } {
  if (typeof value === 'string') return oneOf(value, path, names);
  return { attribute: text(fields(value, path)['attribute'], `${path}.attribute`, LIMITS.header) };
}

function parseSpec(value: unknown, path: string): CriterionSpec {
  const spec = fields(value, path);
  const kind = oneOf(spec['kind'], `${path}.kind`, ['offerMeetsWant', 'shared', 'same', 'different', 'levelGap', 'timeZone', 'nomination', 'closeness'] as const);
  switch (kind) {
    case 'offerMeetsWant':
    case 'nomination':
      return { kind };
    case 'shared':
      return { kind, property: parseProperty(spec['property'], `${path}.property`, LIST_PROPERTIES) };
    case 'same':
    case 'different':
      return { kind, property: parseProperty(spec['property'], `${path}.property`, CATEGORY_PROPERTIES) };
    case 'levelGap':
      return { kind, target: finite(spec['target'], `${path}.target`, -100, 100), tolerance: finite(spec['tolerance'], `${path}.tolerance`, 0, 100) };
    case 'timeZone':
      return { kind, fullWithinHours: finite(spec['fullWithinHours'], `${path}.fullWithinHours`, 0, 24), zeroAtHours: finite(spec['zeroAtHours'], `${path}.zeroAtHours`, 0, 24) };
    case 'closeness':
      return { kind, attribute: text(spec['attribute'], `${path}.attribute`, LIMITS.header), range: finite(spec['range'], `${path}.range`, Number.MIN_VALUE) };
  }
}

function parseCriteria(value: unknown, path: string): CriterionSetting[] {
  const seen = new Set<string>();
  return list(value, path, LIMITS.criteria).map((item, index) => {
    const itemPath = `${path}[${index}]`;
    const setting = fields(item, itemPath);
    const settingId = id(setting['id'], `${itemPath}.id`);
    if (seen.has(settingId)) fail('matcher.validation.duplicateId', `${itemPath}.id`);
    seen.add(settingId);
    return { id: settingId, spec: parseSpec(setting['spec'], `${itemPath}.spec`), importance: oneOf<Importance>(setting['importance'], `${itemPath}.importance`, IMPORTANCE_LEVELS) };
  });
}

function parseMode(value: unknown, path: string): Mode {
  const mode = fields(value, path);
  const kind = oneOf(mode['kind'], `${path}.kind`, ['mentoring', 'reciprocal', 'peers', 'groups', 'stable'] as const);
  const side = () => (mode['bothRoleSide'] === undefined ? {} : { bothRoleSide: oneOf(mode['bothRoleSide'], `${path}.bothRoleSide`, ['mentor', 'mentee'] as const) });
  switch (kind) {
    case 'mentoring':
    case 'reciprocal':
    case 'stable':
      return { kind, ...side() };
    case 'peers':
      return { kind, ...(mode['allowTrio'] === undefined ? {} : { allowTrio: flag(mode['allowTrio'], `${path}.allowTrio`) }) };
    case 'groups': {
      const size = integer(mode['size'], `${path}.size`, 2, 50);
      const minSize = mode['minSize'] === undefined ? undefined : integer(mode['minSize'], `${path}.minSize`, 2, 50);
      const maxSize = mode['maxSize'] === undefined ? undefined : integer(mode['maxSize'], `${path}.maxSize`, 2, 50);
      if ((minSize ?? size) > size || (maxSize ?? size) < size) fail('matcher.validation.wrongType', `${path}.size`);
      return {
        kind,
        size,
        ...(minSize === undefined ? {} : { minSize }),
        ...(maxSize === undefined ? {} : { maxSize }),
        ...(mode['oneMentorPerGroup'] === undefined ? {} : { oneMentorPerGroup: flag(mode['oneMentorPerGroup'], `${path}.oneMentorPerGroup`) }),
      };
    }
  }
}

function parseRules(value: unknown, path: string): RuleSettings {
  const rules = fields(value, path);
  return {
    noReportingLine: flag(rules['noReportingLine'], `${path}.noReportingLine`),
    differentDepartment: flag(rules['differentDepartment'], `${path}.differentDepartment`),
    sharedLanguage: flag(rules['sharedLanguage'], `${path}.sharedLanguage`),
    maxTimeZoneDifferenceHours: nullable(rules['maxTimeZoneDifferenceHours'], (hours) => finite(hours, `${path}.maxTimeZoneDifferenceHours`, 0, 24)),
  };
}

function parsePairs(value: unknown, path: string): IdPair[] {
  return list(value, path, LIMITS.pairs).map((item, index) => {
    if (!Array.isArray(item) || item.length !== 2) return fail('matcher.validation.wrongType', `${path}[${index}]`);
    return [id(item[0], `${path}[${index}][0]`), id(item[1], `${path}[${index}][1]`)] as const;
  });
}

function parseIds(value: unknown, path: string): string[] {
  return list(value, path, LIMITS.pairs).map((item, index) => text(item, `${path}[${index}]`, LIMITS.idLength * 60));
}

const EXIT_REASONS: readonly ExitReason[] = ['mismatch', 'schedule', 'leftOrganisation', 'other'];

function parseExits(value: unknown, path: string): PairExit[] {
  return list(value, path, LIMITS.pairs).map((item, index) => {
    const exit = fields(item, `${path}[${index}]`);
    const [pair] = parsePairs([exit['pair']], `${path}[${index}].pair`);
    return {
      pair: pair!,
      reason: oneOf(exit['reason'], `${path}[${index}].reason`, EXIT_REASONS),
      rematched: list(exit['rematched'], `${path}[${index}].rematched`, 2).map((person, n) => id(person, `${path}[${index}].rematched[${n}]`)),
    };
  });
}

// `manual` and `exits` came with the review (issue 13): a record without them is from before and reads as empty.
function parseReview(value: unknown, path: string): ReviewDecisions {
  const review = fields(value, path);
  return {
    locked: parsePairs(review['locked'], `${path}.locked`),
    forbidden: parsePairs(review['forbidden'], `${path}.forbidden`),
    approved: parseIds(review['approved'], `${path}.approved`),
    ...(review['manual'] === undefined ? {} : { manual: parsePairs(review['manual'], `${path}.manual`) }),
    ...(review['exits'] === undefined ? {} : { exits: parseExits(review['exits'], `${path}.exits`) }),
  };
}

function parseRounds(value: unknown, path: string): ProjectRound[] {
  return list(value, path, LIMITS.rounds).map((item, index) => {
    const round = fields(item, `${path}[${index}]`);
    return {
      pairs: parsePairs(round['pairs'], `${path}[${index}].pairs`),
      unmatched: list(round['unmatched'], `${path}[${index}].unmatched`, LIMITS.pairs).map((person, n) => id(person, `${path}[${index}].unmatched[${n}]`)),
      ...(round['closedAt'] === undefined ? {} : { closedAt: stamp(round['closedAt'], `${path}[${index}].closedAt`) }),
      ...(round['exits'] === undefined ? {} : { exits: parseExits(round['exits'], `${path}[${index}].exits`) }),
    };
  });
}

const UNMATCHED_REASONS: readonly UnmatchedReason[] = ['noEligiblePartner', 'capacityUsedUp', 'outscored', 'zeroCapacity', 'duplicateId', 'noNominations', 'rejected', 'groupNotFormed'];

function parseSummary(value: unknown, path: string): Summary {
  const summary = fields(value, path);
  const count = (key: string) => integer(summary[key], `${path}.${key}`, 0, Number.MAX_SAFE_INTEGER);
  const score = (key: string) => finite(summary[key], `${path}.${key}`, 0, 100);
  const distribution = list(summary['distribution'], `${path}.distribution`, 10).map((band, index) => integer(band, `${path}.distribution[${index}]`, 0, Number.MAX_SAFE_INTEGER));
  if (distribution.length !== 10) fail('matcher.validation.wrongType', `${path}.distribution`);
  return {
    participants: count('participants'),
    matched: count('matched'),
    unmatched: count('unmatched'),
    matches: count('matches'),
    meanScore: score('meanScore'),
    minScore: score('minScore'),
    maxScore: score('maxScore'),
    distribution,
    totalScore: finite(summary['totalScore'], `${path}.totalScore`, 0),
  };
}

function parseRun(value: unknown, path: string): ProjectRun {
  const run = fields(value, path);
  return {
    id: id(run['id'], `${path}.id`),
    at: stamp(run['at'], `${path}.at`),
    fingerprint: text(run['fingerprint'], `${path}.fingerprint`, 64),
    status: oneOf(run['status'], `${path}.status`, ['ok', 'dataError'] as const),
    mode: oneOf(run['mode'], `${path}.mode`, ['mentoring', 'reciprocal', 'peers', 'groups', 'stable'] as const),
    objective: oneOf(run['objective'], `${path}.objective`, ['total', 'fairness'] as const),
    summary: parseSummary(run['summary'], `${path}.summary`),
    matches: list(run['matches'], `${path}.matches`, IMPORT_LIMITS.maxRows).map((item, index): StoredMatch => {
      const match = fields(item, `${path}.matches[${index}]`);
      return {
        ids: list(match['ids'], `${path}.matches[${index}].ids`, 50).map((member, n) => id(member, `${path}.matches[${index}].ids[${n}]`)),
        score: finite(match['score'], `${path}.matches[${index}].score`, 0, 100),
        locked: flag(match['locked'], `${path}.matches[${index}].locked`),
      };
    }),
    unmatched: list(run['unmatched'], `${path}.unmatched`, IMPORT_LIMITS.maxRows).map((item, index): StoredUnmatched => {
      const person = fields(item, `${path}.unmatched[${index}]`);
      return { id: id(person['id'], `${path}.unmatched[${index}].id`), reason: oneOf(person['reason'], `${path}.unmatched[${index}].reason`, UNMATCHED_REASONS) };
    }),
    ...(run['held'] === undefined ? {} : { held: parsePairs(run['held'], `${path}.held`) }),
  };
}

// Came with telling the pairs (issue 13): a project without it uses the default texts.
function parseIntroductions(value: unknown, path: string): IntroductionSettings {
  const settings = fields(value, path);
  const seen = new Set<string>();
  const templates = list(settings['templates'], `${path}.templates`, locales.length * INTRODUCTION_KINDS.length).map((item, index): StoredIntroductionTemplate => {
    const itemPath = `${path}.templates[${index}]`;
    const template = fields(item, itemPath);
    const locale = oneOf(template['locale'], `${itemPath}.locale`, locales);
    const kind = oneOf(template['kind'], `${itemPath}.kind`, INTRODUCTION_KINDS);
    if (seen.has(`${locale}:${kind}`)) fail('matcher.validation.duplicateId', `${itemPath}.kind`);
    seen.add(`${locale}:${kind}`);
    return {
      locale,
      kind,
      subject: text(template['subject'], `${itemPath}.subject`, INTRODUCTION_LIMITS.subject),
      body: text(template['body'], `${itemPath}.body`, INTRODUCTION_LIMITS.body),
    };
  });
  const signature = text(settings['signature'], `${path}.signature`, INTRODUCTION_LIMITS.signature);
  // The chosen message language came later still; absent means the page's.
  if (settings['language'] === undefined) return { signature, templates };
  return { signature, templates, language: oneOf(settings['language'], `${path}.language`, locales) };
}

export function parseProject(value: unknown, path: string): MatchingProject {
  const project = fields(value, path);
  const table = parseTable(project['table'], `${path}.table`);
  return {
    id: id(project['id'], `${path}.id`),
    title: text(project['title'], `${path}.title`, LIMITS.title),
    createdAt: stamp(project['createdAt'], `${path}.createdAt`),
    updatedAt: stamp(project['updatedAt'], `${path}.updatedAt`),
    archived: flag(project['archived'], `${path}.archived`),
    source: nullable(project['source'], (source) => parseSource(source, `${path}.source`)),
    table,
    mapping: nullable(project['mapping'], (mapping) => parseMapping(mapping, `${path}.mapping`, table.headers.length)),
    preset: nullable(project['preset'], (preset) => oneOf(preset, `${path}.preset`, PRESET_IDS)),
    mode: parseMode(project['mode'], `${path}.mode`),
    objective: oneOf(project['objective'], `${path}.objective`, ['total', 'fairness'] as const),
    criteria: parseCriteria(project['criteria'], `${path}.criteria`),
    rules: parseRules(project['rules'], `${path}.rules`),
    review: parseReview(project['review'], `${path}.review`),
    rounds: parseRounds(project['rounds'], `${path}.rounds`),
    allowRepeats: flag(project['allowRepeats'], `${path}.allowRepeats`),
    runs: list(project['runs'], `${path}.runs`, LIMITS.runs).map((run, index) => parseRun(run, `${path}.runs[${index}]`)),
    ...(project['introductions'] === undefined ? {} : { introductions: parseIntroductions(project['introductions'], `${path}.introductions`) }),
  };
}

function attempt<T>(read: () => T): ParseResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.error };
    throw error;
  }
}

export function parseMatcherDocument(value: unknown): ParseResult<MatcherDocument> {
  return attempt(() => {
    const doc = fields(value, 'document');
    const seen = new Set<string>();
    const projects = list(doc['projects'], 'projects', LIMITS.projects).map((item, index) => {
      const project = parseProject(item, `projects[${index}]`);
      if (seen.has(project.id)) fail('matcher.validation.duplicateId', `projects[${index}].id`);
      seen.add(project.id);
      return project;
    });
    return { projects };
  });
}

/** One project on its own (salvage keeps each that reads). */
export function readProject(value: unknown, index: number): ParseResult<MatchingProject> {
  return attempt(() => parseProject(value, `projects[${index}]`));
}
