// The criteria step in the coordinator's terms: which criteria a participant list can support
// (the standard ones on the standard columns, and the ones a questionnaire column offers), what
// each one does in a sentence, and which of the chosen ones have no column to read.
import type { Message } from '../i18n/message.ts';
import type { CategoryProperty, ListProperty, ModeKind } from '../matching/types.ts';
import type { AttributeKind, ColumnMapping, ImportField } from './import/headers.ts';
import { LIMITS, type CriterionSetting, type CriterionSpec, type Importance } from './model.ts';
import { STANDARD_CRITERIA, type StandardCriterionId } from './presets.ts';

/** A column a criterion reads: a standard field, or a questionnaire attribute by its name. */
export type CriterionColumn = ImportField | { readonly attribute: string };

/** A criterion the coordinator can add: standard (by its fixed id) or on a questionnaire column. */
export interface CriterionOption {
  readonly id: string;
  readonly spec: CriterionSpec;
  readonly source: 'standard' | 'questionnaire';
  /** The columns it reads that the list does not have (empty: it can be used as it is). */
  readonly missing: readonly CriterionColumn[];
}

/** The importance a criterion gets when it is added by hand: it counts, without dominating. */
export const ADDED_IMPORTANCE: Importance = 2;

const STANDARD_IDS = Object.keys(STANDARD_CRITERIA) as StandardCriterionId[];

function propertyColumn(property: ListProperty | CategoryProperty): CriterionColumn {
  return typeof property === 'string' ? property : { attribute: property.attribute };
}

/** The columns a criterion reads; it needs all of them to tell one pair from another. */
export function columnsRead(spec: CriterionSpec): readonly CriterionColumn[] {
  switch (spec.kind) {
    case 'offerMeetsWant':
      return ['skillsOffered', 'skillsWanted'];
    case 'shared':
    case 'same':
    case 'different':
      return [propertyColumn(spec.property)];
    case 'levelGap':
      return ['level'];
    case 'timeZone':
      return ['timeZoneOffset'];
    case 'nomination':
      return ['preferredPartners'];
    case 'closeness':
      return [{ attribute: spec.attribute }];
  }
}

function hasColumn(mapping: ColumnMapping | null, column: CriterionColumn): boolean {
  if (mapping === null) return false;
  return mapping.columns.some(({ target }) =>
    typeof column === 'string' ? target === column : typeof target === 'object' && target.attribute === column.attribute,
  );
}

/** What a criterion reads that the mapping does not supply. */
export function missingColumns(spec: CriterionSpec, mapping: ColumnMapping | null): CriterionColumn[] {
  return columnsRead(spec).filter((column) => !hasColumn(mapping, column));
}

/** The questionnaire columns of a mapping, each once, in column order. */
export function questionnaireAttributes(mapping: ColumnMapping | null): { attribute: string; as: AttributeKind }[] {
  const seen = new Set<string>();
  const out: { attribute: string; as: AttributeKind }[] = [];
  for (const { target } of mapping?.columns ?? []) {
    if (typeof target !== 'object' || target.attribute.trim() === '' || seen.has(target.attribute)) continue;
    seen.add(target.attribute);
    out.push({ attribute: target.attribute, as: target.as });
  }
  return out;
}

/**
 * The range of a number attribute among the participants (highest minus lowest), so that
 * closeness falls to 0 only for the two furthest apart; 1 when there are fewer than two values.
 */
export function attributeRange(attribute: string, values: readonly (Readonly<Record<string, unknown>> | undefined)[]): number {
  let low = Infinity;
  let high = -Infinity;
  for (const attributes of values) {
    const value = attributes?.[attribute];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return high > low ? high - low : 1;
}

/** The criteria a questionnaire column offers: shared answers for a list, same or different for text, closeness for a number. */
export function attributeSpecs(attribute: string, as: AttributeKind, range = 1): CriterionSpec[] {
  switch (as) {
    case 'list':
      return [{ kind: 'shared', property: { attribute } }];
    case 'text':
      return [
        { kind: 'same', property: { attribute } },
        { kind: 'different', property: { attribute } },
      ];
    case 'number':
      return [{ kind: 'closeness', attribute, range: range > 0 && Number.isFinite(range) ? range : 1 }];
  }
}

/** Structural equality of two specs, so an option already chosen is recognised whatever its id. */
export function sameSpec(a: CriterionSpec, b: CriterionSpec): boolean {
  return JSON.stringify(canonicalSpec(a)) === JSON.stringify(canonicalSpec(b));
}

function canonicalSpec(spec: CriterionSpec): unknown {
  // Closeness is the same criterion whatever range it was given when it was added.
  if (spec.kind === 'closeness') return { kind: spec.kind, attribute: spec.attribute };
  return Object.fromEntries(Object.entries(spec).sort(([x], [y]) => x.localeCompare(y)));
}

/** An id not used by any of the criteria: the spec's kind and a short fingerprint of what it reads. */
export function criterionId(spec: CriterionSpec, taken: readonly CriterionSetting[]): string {
  const name = columnsRead(spec)
    .map((column) => (typeof column === 'string' ? column : column.attribute))
    .join('+');
  const base = `${spec.kind}:${shortHash(name)}`;
  const used = new Set(taken.map((setting) => setting.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id.slice(0, LIMITS.idLength);
}

function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * Every criterion the coordinator can still add: the standard ones, then per questionnaire
 * column the ones it offers; those already chosen are left out. Each says which of its columns
 * the list lacks, so the page can mark it rather than hide it.
 */
export function availableCriteria(
  chosen: readonly CriterionSetting[],
  mapping: ColumnMapping | null,
  attributeValues: readonly (Readonly<Record<string, unknown>> | undefined)[] = [],
): CriterionOption[] {
  const isChosen = (spec: CriterionSpec): boolean => chosen.some((setting) => sameSpec(setting.spec, spec));
  const standard = STANDARD_IDS.filter((id) => !isChosen(STANDARD_CRITERIA[id]) && !chosen.some((setting) => setting.id === id)).map(
    (id): CriterionOption => ({ id, spec: STANDARD_CRITERIA[id], source: 'standard', missing: missingColumns(STANDARD_CRITERIA[id], mapping) }),
  );
  const fromQuestionnaire = questionnaireAttributes(mapping).flatMap(({ attribute, as }) =>
    attributeSpecs(attribute, as, as === 'number' ? attributeRange(attribute, attributeValues) : 1)
      .filter((spec) => !isChosen(spec))
      .map((spec): CriterionOption => ({ id: criterionId(spec, chosen), spec, source: 'questionnaire', missing: [] })),
  );
  return [...standard, ...fromQuestionnaire];
}

/** The criteria with one more: the option at the importance a criterion gets when added; null when the list is full. */
export function addCriterion(criteria: readonly CriterionSetting[], option: Pick<CriterionOption, 'id' | 'spec'>, importance: Importance = ADDED_IMPORTANCE): CriterionSetting[] | null {
  if (criteria.length >= LIMITS.criteria) return null;
  const id = criteria.some((setting) => setting.id === option.id) ? criterionId(option.spec, criteria) : option.id;
  return [...criteria, { id, spec: option.spec, importance }];
}

export function setImportance(criteria: readonly CriterionSetting[], id: string, importance: Importance): CriterionSetting[] {
  return criteria.map((setting) => (setting.id === id && setting.importance !== importance ? { ...setting, importance } : setting));
}

/** The criteria without one, and what it takes to put it back where it was. */
export function removeCriterion(criteria: readonly CriterionSetting[], id: string): { criteria: CriterionSetting[]; removed: { setting: CriterionSetting; index: number } | null } {
  const index = criteria.findIndex((setting) => setting.id === id);
  if (index < 0) return { criteria: [...criteria], removed: null };
  return { criteria: criteria.filter((_, at) => at !== index), removed: { setting: criteria[index]!, index } };
}

export function restoreCriterion(criteria: readonly CriterionSetting[], removed: { setting: CriterionSetting; index: number }): CriterionSetting[] {
  if (criteria.some((setting) => setting.id === removed.setting.id) || criteria.length >= LIMITS.criteria) return [...criteria];
  const next = [...criteria];
  next.splice(Math.min(removed.index, next.length), 0, removed.setting);
  return next;
}

/** A column's name in words: a standard field's label, or the questionnaire question as it is. */
export function columnLabel(column: CriterionColumn): Message | string {
  return typeof column === 'string' ? { key: `matcher.setup.column.${column}` as const } : column.attribute;
}

function propertyLabel(property: ListProperty | CategoryProperty): Message | string {
  return columnLabel(propertyColumn(property));
}

/** Whether the mode pairs a mentor with a mentee (the criteria then read one way). */
export function hasMentorSide(mode: ModeKind): boolean {
  return mode === 'mentoring' || mode === 'reciprocal' || mode === 'stable';
}

/** A criterion's short name. */
export function criterionTitle(spec: CriterionSpec): Message {
  switch (spec.kind) {
    case 'shared':
    case 'same':
    case 'different':
      return propertyMessage(spec.kind, 'Title', spec.property);
    case 'levelGap':
      if (spec.target === 0) return { key: 'matcher.setup.criterion.levelGap.similarTitle' };
      return { key: spec.target > 0 ? 'matcher.setup.criterion.levelGap.seniorTitle' : 'matcher.setup.criterion.levelGap.reverseTitle' };
    case 'closeness':
      return { key: 'matcher.setup.criterion.closeness.title', params: { property: spec.attribute } };
    default:
      return { key: `matcher.setup.criterion.${spec.kind}.title` };
  }
}

/** A standard column reads as a word in the sentence; a questionnaire column as its question, quoted. */
function propertyMessage(kind: 'shared' | 'same' | 'different', part: 'Title' | 'Describe', property: ListProperty | CategoryProperty): Message {
  const which = typeof property === 'string' ? 'column' : 'question';
  return { key: `matcher.setup.criterion.${kind}.${which}${part}`, params: { property: propertyLabel(property) } };
}

/** What a criterion does, in one sentence, in the roles of the mode ("Mentor offers what the mentee wants to learn"). */
export function describeCriterion(spec: CriterionSpec, mode: ModeKind): Message {
  const roles = hasMentorSide(mode) ? 'mentor' : 'peer';
  switch (spec.kind) {
    case 'offerMeetsWant':
      return { key: `matcher.setup.criterion.offerMeetsWant.${roles}` };
    case 'shared':
    case 'same':
    case 'different':
      return propertyMessage(spec.kind, 'Describe', spec.property);
    case 'levelGap': {
      const tolerance = spec.tolerance;
      if (spec.target === 0) return { key: 'matcher.setup.criterion.levelGap.similar', params: { count: tolerance } };
      // In the one-pool modes there is no mentor: the engine compares the size of the gap.
      if (roles === 'peer') return { key: 'matcher.setup.criterion.levelGap.peer', params: { count: Math.abs(spec.target), tolerance } };
      return { key: spec.target > 0 ? 'matcher.setup.criterion.levelGap.senior' : 'matcher.setup.criterion.levelGap.reverse', params: { count: Math.abs(spec.target), tolerance } };
    }
    case 'timeZone':
      return { key: 'matcher.setup.criterion.timeZone.describe', params: { full: spec.fullWithinHours, zero: spec.zeroAtHours } };
    case 'nomination':
      return { key: 'matcher.setup.criterion.nomination.describe' };
    case 'closeness':
      return { key: 'matcher.setup.criterion.closeness.describe', params: { property: spec.attribute, range: spec.range } };
  }
}

/** Why a criterion cannot do its work: the first column it reads that the list lacks. */
export function missingColumnMessage(spec: CriterionSpec, mapping: ColumnMapping | null): Message | null {
  const [first] = missingColumns(spec, mapping);
  if (first === undefined) return null;
  return { key: 'matcher.setup.criterion.missingColumn', params: { column: columnLabel(first) } };
}

/**
 * The criteria the engine weighs, in its numbering: importance above 0 and every column they
 * read in the list. One without its column would score 0 for every pair yet keep its share of
 * the 100 points, so no match could reach 100. Without a mapping there is no list to judge by.
 */
export function criteriaThatCount(criteria: readonly CriterionSetting[], mapping: ColumnMapping | null): CriterionSetting[] {
  return criteria.filter((setting) => setting.importance > 0 && (mapping === null || missingColumns(setting.spec, mapping).length === 0));
}

/** What to tell the coordinator about the criteria as a whole before a run. */
export function criteriaChecks(criteria: readonly CriterionSetting[], mapping: ColumnMapping | null, mode: ModeKind): Message[] {
  const checks: Message[] = [];
  const counting = criteria.filter((setting) => setting.importance > 0);
  if (mode !== 'stable' && counting.length === 0) checks.push({ key: 'matcher.setup.check.nothingCounts' });
  const unusable = counting.filter((setting) => missingColumns(setting.spec, mapping).length > 0).length;
  if (mapping !== null && unusable > 0) checks.push({ key: 'matcher.setup.check.withoutColumn', params: { count: unusable } });
  if (mode === 'stable') checks.push({ key: 'matcher.setup.check.stableUsesNominations' });
  return checks;
}
