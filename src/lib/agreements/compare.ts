import { deepEqual } from '../storage/merge.ts';
import { write } from './fields.ts';
import type { AgreedContent, Agreement, IsoDateTime, Party, SectionId, Sections } from './model.ts';
import { agreedContent, DOCUMENT_LANGUAGES, PARTY_SPEC, SECTION_IDS, SECTION_SPECS } from './model.ts';
import { changeContent } from './operations/agreement.ts';
import { parseContent, parseSection } from './validate.ts';

// Two parties drafted the same agreement apart. compareDrafts lists, section by section and field
// by field, where the drafts differ; combine takes one decision per difference ("keep mine", "take
// theirs" or a value written together) and produces the one agreed version.

/**
 * `title`, `language` and the parties come first: `parties.<partyId>.<field>` when both drafts have
 * the same parties, `parties` (the list as a whole) when one added or removed someone. A section
 * field is `<section>.<field>`, a whole section (present on one side only) `<section>.*`.
 */
export type DifferenceKey = 'title' | 'language' | 'parties' | `parties.${string}` | `${SectionId}.${string}`;

export interface Difference {
  key: DifferenceKey;
  section: SectionId | null;
  /** The field within the section, '*' for the whole section, or the agreement field. */
  field: string;
  /** undefined where that side leaves the section out. */
  mine: unknown;
  theirs: unknown;
}

export interface Comparison {
  /** False when the drafts are not of the same agreement (different ids): still comparable, but worth saying. */
  sameAgreement: boolean;
  differences: Difference[];
}

export function compareDrafts(mine: AgreedContent & { id?: string }, theirs: AgreedContent & { id?: string }): Comparison {
  const differences: Difference[] = [];
  for (const field of ['title', 'language'] as const) {
    if (!deepEqual(mine[field], theirs[field])) differences.push({ key: field, section: null, field, mine: mine[field], theirs: theirs[field] });
  }
  differences.push(...partyDifferences(mine.parties, theirs.parties));
  for (const section of SECTION_IDS) {
    const a = mine.sections[section] as Record<string, unknown> | undefined;
    const b = theirs.sections[section] as Record<string, unknown> | undefined;
    if (a === undefined && b === undefined) continue;
    if (a === undefined || b === undefined) {
      differences.push({ key: `${section}.*`, section, field: '*', mine: a, theirs: b });
      continue;
    }
    for (const field of Object.keys(SECTION_SPECS[section])) {
      if (!deepEqual(a[field], b[field])) differences.push({ key: `${section}.${field}`, section, field, mine: a[field], theirs: b[field] });
    }
  }
  return { sameAgreement: mine.id === theirs.id, differences };
}

const PARTY_FIELDS = Object.keys(PARTY_SPEC) as (keyof typeof PARTY_SPEC)[];

/** The same people in the same order: compared field by field; otherwise the list as a whole. */
function partyDifferences(mine: readonly Party[], theirs: readonly Party[]): Difference[] {
  if (deepEqual(mine, theirs)) return [];
  const sameList = mine.length === theirs.length && mine.every((party, index) => party.id === theirs[index]!.id);
  if (!sameList) return [{ key: 'parties', section: null, field: 'parties', mine, theirs }];
  return mine.flatMap((party, index) =>
    PARTY_FIELDS.filter((field) => party[field] !== theirs[index]![field]).map(
      (field): Difference => ({ key: `parties.${party.id}.${field}`, section: null, field: `parties.${party.id}.${field}`, mine: party[field], theirs: theirs[index]![field] }),
    ),
  );
}

/** `parties.<id>.<field>` → the party's id and field; null for any other key. */
export function partyField(field: string): { partyId: string; field: keyof typeof PARTY_SPEC } | null {
  const match = /^parties\.(.+)\.([a-z]+)$/.exec(field);
  if (!match || !(PARTY_FIELDS as string[]).includes(match[2]!)) return null;
  return { partyId: match[1]!, field: match[2] as keyof typeof PARTY_SPEC };
}

export type Choice = 'mine' | 'theirs' | { written: unknown };

export type Combined =
  | { ok: true; agreement: Agreement }
  /** `undecided`: differences without a choice; `invalid`: written values the record could not hold. */
  | { ok: false; undecided: DifferenceKey[]; invalid: DifferenceKey[] };

/** What two people wrote together is kept as written or refused, never cut short without a word. */
function writeAsWritten(spec: Parameters<typeof write>[0], value: unknown, field: string): ReturnType<typeof write> {
  if (spec.kind === 'text' && typeof value === 'string' && value.length > spec.max) return { ok: false };
  return write(spec, value, field);
}

function writtenValue(difference: Difference, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const { section, field } = difference;
  if (section === null) {
    const onParty = partyField(field);
    if (onParty) return writeAsWritten(PARTY_SPEC[onParty.field], value, onParty.field);
    if (field === 'title') return writeAsWritten({ kind: 'text', max: 200 }, value, field);
    if (field === 'language') return DOCUMENT_LANGUAGES.includes(value as never) ? { ok: true, value } : { ok: false };
    try {
      return { ok: true, value: parseContent({ title: '', template: 'oneOnOne', language: 'nl', parties: value, sections: {} }, 'written').parties };
    } catch {
      return { ok: false };
    }
  }
  if (field === '*') {
    if (value === undefined) return { ok: true, value };
    try {
      return { ok: true, value: parseSection(section, value, 'written') };
    } catch {
      return { ok: false };
    }
  }
  const spec = (SECTION_SPECS[section] as Record<string, Parameters<typeof write>[0]>)[field];
  return spec ? writeAsWritten(spec, value, field) : { ok: false };
}

/**
 * One agreed version: `mine` with every difference decided. When `mine` was signed and the result
 * differs from it, it is unsigned and the signed version kept in its history (changeContent).
 */
export function combine(mine: Agreement, theirs: AgreedContent, choices: Readonly<Partial<Record<DifferenceKey, Choice>>>, now: IsoDateTime): Combined {
  const { differences } = compareDrafts(mine, theirs);
  const undecided: DifferenceKey[] = [];
  const invalid: DifferenceKey[] = [];
  const content = agreedContent(mine);
  const top: Record<string, unknown> = { title: content.title, language: content.language, parties: content.parties };
  const sections: Partial<Record<SectionId, unknown>> = { ...content.sections };
  for (const difference of differences) {
    const choice = choices[difference.key];
    if (choice === undefined) {
      undecided.push(difference.key);
      continue;
    }
    let value: unknown;
    if (choice === 'mine') value = difference.mine;
    else if (choice === 'theirs') value = difference.theirs;
    else {
      const written = writtenValue(difference, choice.written);
      if (!written.ok) {
        invalid.push(difference.key);
        continue;
      }
      value = written.value;
    }
    const { section, field } = difference;
    const onParty = section === null ? partyField(field) : null;
    if (onParty) {
      top['parties'] = (top['parties'] as Party[]).map((party) => (party.id === onParty.partyId ? { ...party, [onParty.field]: value } : party));
    } else if (section === null) top[field] = value;
    else if (field === '*') sections[section] = value;
    else sections[section] = { ...(sections[section] as object), [field]: value };
  }
  if (undecided.length > 0 || invalid.length > 0) return { ok: false, undecided, invalid };
  const ordered: Partial<Record<SectionId, unknown>> = {};
  for (const section of SECTION_IDS) if (sections[section] !== undefined) ordered[section] = sections[section];
  const next = { ...content, ...top, sections: ordered as Partial<Sections> } as AgreedContent;
  return { ok: true, agreement: changeContent(mine, next, now) };
}
