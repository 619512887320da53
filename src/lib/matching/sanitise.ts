// Input may come from a spreadsheet or an old saved file, so the boundary coerces it to
// the declared shapes instead of trusting the types: wrong-typed fields are dropped (and
// reported where a coordinator can fix them), never allowed to crash the solver. This is
// the only place that reads the raw input; everything after it reads `CleanInput`, so no
// later step has to check a field again.
import { canonicalise, compareIds, type CanonicalParticipants } from './canonical.ts';
import { labelParam, message } from './messages.ts';
import type {
  AttributeValue,
  CategoryProperty,
  Criterion,
  DataIssue,
  IdPair,
  ListProperty,
  Mode,
  ModeKind,
  Objective,
  Participant,
  PastRound,
  Role,
} from './types.ts';

/** A mode with every option decided: group sizes are integers with 2 ≤ minSize ≤ size ≤ maxSize. */
export type CleanMode = { readonly [K in ModeKind]: Required<Extract<Mode, { kind: K }>> }[ModeKind];

export interface ResolvedRules {
  readonly noReportingLine: boolean;
  readonly differentDepartment: boolean;
  readonly sharedLanguage: boolean;
  /** Infinity when there is no limit. */
  readonly maxTimeZoneDifferenceHours: number;
}

/**
 * The one input the engine works from. Participants are in canonical order with usable ids
 * only; their numbers are finite (level, time zone) or whole and ≥ 0 (capacity), or absent.
 * Criteria keep their input positions (so breakdown indexes match) with finite weights ≥ 0.
 */
export interface CleanInput {
  readonly participants: CanonicalParticipants;
  /** Records given, usable or not: the summary counts what the coordinator submitted. */
  readonly submitted: number;
  readonly criteria: readonly Criterion[];
  /** null when the input names no valid mode (reported as an error): nothing can be solved. */
  readonly mode: CleanMode | null;
  readonly objective: Objective;
  readonly rules: ResolvedRules;
  /** Sorted by ids, so the first of two clashing locks wins whatever the input order. */
  readonly lockedPairs: readonly IdPair[];
  readonly excludedPairs: readonly IdPair[];
  readonly issues: readonly DataIssue[];
  /** Earlier rounds, oldest first; ids not (or no longer) taking part are kept and simply never match anyone. */
  readonly history: CleanHistory;
}

export interface CleanHistory {
  readonly rounds: readonly PastRound[];
  readonly allowRepeats: boolean;
}

const ROLES: readonly Role[] = ['mentor', 'mentee', 'both'];
const CRITERION_KINDS: readonly Criterion['kind'][] = [
  'offerMeetsWant',
  'shared',
  'same',
  'different',
  'levelGap',
  'timeZone',
  'nomination',
  'closeness',
];
const LIST_PROPERTIES = ['interests', 'languages', 'skillsOffered', 'skillsWanted'];
const CATEGORY_PROPERTIES = ['department', 'location'];
/** Beyond any real programme; keeps slot counts far from integer overflow. */
const MAX_CAPACITY = 1_000_000;

type Loose = Record<string, unknown>;

function fields(value: unknown): Loose {
  return typeof value === 'object' && value !== null ? (value as Loose) : {};
}

/** String(value) throws for objects without a prototype, so junk is shown as '?' instead. */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '?';
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function texts(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map(text).filter((v): v is string => v !== undefined);
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function attributes(value: unknown): Record<string, AttributeValue> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, AttributeValue> = {};
  for (const [key, v] of Object.entries(value as Loose)) {
    if (typeof v === 'string' || finite(v) !== undefined) out[key] = v as string | number;
    else if (Array.isArray(v)) out[key] = texts(v) ?? [];
  }
  return out;
}

export function sanitise(raw: unknown): CleanInput {
  const input = fields(raw);
  const issues: DataIssue[] = [];
  const records = Array.isArray(input['participants']) ? (input['participants'] as unknown[]) : [];
  const shaped = records.map((r) => sanitiseParticipant(r, issues)).filter((p): p is Participant => p !== null);
  const canon = canonicalise(shaped, issues);
  // Numbers are checked after duplicates are left out, so a left-out record is not reported twice.
  const people = canon.people.map((p) => withValidNumbers(p, issues));
  const rules = fields(input['rules']);
  const resolved = resolveRules(rules);
  if (resolved.sharedLanguage) {
    for (const p of people)
      if ((p.languages ?? []).every((l) => l.trim() === ''))
        issues.push({ severity: 'warning', ids: [p.id], message: message('data.noLanguages', { name: p.name }) });
  }
  if (people.length === 0 && canon.duplicateIds.length === 0)
    issues.push({ severity: 'warning', ids: [], message: message('data.noParticipants') });
  const criteria = sanitiseCriteria(input['criteria'], issues);
  const checkedPeople = people.map((p) => withValidTopCriterion(p, criteria.length, issues));
  return {
    participants: { ...canon, people: checkedPeople },
    submitted: records.length,
    criteria,
    mode: sanitiseMode(input['mode'], issues),
    objective: input['objective'] === 'fairness' ? 'fairness' : 'total',
    rules: resolved,
    lockedPairs: idPairs(rules['lockedPairs']).sort((p, q) => compareIds(p[0], q[0]) || compareIds(p[1], q[1])),
    excludedPairs: idPairs(rules['excludedPairs']),
    issues,
    history: sanitiseHistory(input['history']),
  };
}

/** Returns null for a record without a usable id. */
function sanitiseParticipant(raw: unknown, issues: DataIssue[]): Participant | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Loose;
  const id = text(r['id']);
  const name = text(r['name']) ?? id ?? '';
  if (id === undefined || id === '') {
    issues.push({ severity: 'error', ids: [], message: message('data.emptyId', { name }) });
    return null;
  }
  let role: Role = 'both';
  if (ROLES.includes(r['role'] as Role)) role = r['role'] as Role;
  else issues.push({ severity: 'warning', ids: [id], message: message('data.invalidRole', { name, value: shown(r['role']) }) });
  const optional: Partial<Record<keyof Participant, unknown>> = {
    department: text(r['department']),
    managerId: text(r['managerId']),
    location: text(r['location']),
    // Numbers stay as given until withValidNumbers, which reports the invalid ones by name.
    level: r['level'] ?? undefined,
    timeZoneOffset: r['timeZoneOffset'] ?? undefined,
    capacity: r['capacity'] ?? undefined,
    languages: texts(r['languages']),
    skillsOffered: texts(r['skillsOffered']),
    skillsWanted: texts(r['skillsWanted']),
    interests: texts(r['interests']),
    preferredPartners: texts(r['preferredPartners']),
    excludedPartners: texts(r['excludedPartners']),
    attributes: attributes(r['attributes']),
    // Checked against the criteria in withValidTopCriterion, once they are sanitised.
    topCriterion: r['topCriterion'] ?? undefined,
  };
  return { id, name, role, ...defined(optional) } as Participant;
}

function defined<T extends object>(record: T): Partial<T> {
  // A plain loop keeps the key order of Object.entries (own keys of a literal) without the arrays.
  const out: Partial<T> = {};
  for (const key in record) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

function withValidNumbers(p: Participant, issues: DataIssue[]): Participant {
  const numberOrNothing = (property: 'level' | 'timeZone', value: unknown): number | undefined => {
    if (value === undefined || finite(value) !== undefined) return value as number | undefined;
    issues.push({
      severity: 'warning',
      ids: [p.id],
      message: message('data.invalidNumber', { name: p.name, property: labelParam(`property.${property}`), value: shown(value) }),
    });
    return undefined;
  };
  const capacity: unknown = p.capacity;
  let validCapacity: number | undefined;
  if (Number.isInteger(capacity) && (capacity as number) >= 0) validCapacity = Math.min(capacity as number, MAX_CAPACITY);
  else if (capacity !== undefined)
    issues.push({ severity: 'warning', ids: [p.id], message: message('data.invalidCapacity', { name: p.name, value: shown(capacity) }) });
  return defined({
    ...p,
    level: numberOrNothing('level', p.level),
    timeZoneOffset: numberOrNothing('timeZone', p.timeZoneOffset),
    capacity: validCapacity,
  }) as Participant;
}

/** A top criterion must name a criterion by its index; anything else is dropped and reported. */
function withValidTopCriterion(p: Participant, criteria: number, issues: DataIssue[]): Participant {
  const top: unknown = p.topCriterion;
  if (top === undefined || (Number.isInteger(top) && (top as number) >= 0 && (top as number) < criteria)) return p;
  issues.push({ severity: 'warning', ids: [p.id], message: message('data.invalidTopCriterion', { name: p.name, value: shown(top) }) });
  const { topCriterion: _dropped, ...rest } = p;
  return rest;
}

/** Unknown kinds get weight 0 and a warning, so the criteria indexes stay as given. */
function sanitiseCriteria(raw: unknown, issues: DataIssue[]): Criterion[] {
  if (!Array.isArray(raw)) return [];
  // Array.from, not map: map keeps the holes of a sparse list, which would reach the scorer as undefined.
  return Array.from(raw as unknown[], (c, index): Criterion => {
    const r = fields(c);
    const kind = r['kind'] as Criterion['kind'];
    if (!CRITERION_KINDS.includes(kind)) {
      issues.push({ severity: 'warning', ids: [], message: message('data.unknownCriterion', { index: index + 1, kind: shown(r['kind']) }) });
      return { kind: 'nomination', weight: 0 };
    }
    const rawWeight = r['weight'];
    const weight = finite(rawWeight) !== undefined && (rawWeight as number) > 0 ? (rawWeight as number) : 0;
    if (weight === 0 && rawWeight !== 0)
      issues.push({ severity: 'warning', ids: [], message: message('data.invalidWeight', { index: index + 1, value: shown(rawWeight) }) });
    const num = (key: string): number => finite(r[key]) ?? 0;
    switch (kind) {
      case 'shared':
        return { kind, weight, property: property(r['property'], LIST_PROPERTIES) as ListProperty };
      case 'same':
      case 'different':
        return { kind, weight, property: property(r['property'], CATEGORY_PROPERTIES) as CategoryProperty };
      case 'levelGap':
        return { kind, weight, target: num('target'), tolerance: Math.max(0, num('tolerance')) };
      case 'timeZone':
        return { kind, weight, fullWithinHours: num('fullWithinHours'), zeroAtHours: num('zeroAtHours') };
      case 'closeness':
        return { kind, weight, attribute: shown(r['attribute'] ?? ''), range: num('range') };
      default:
        return { kind, weight };
    }
  });
}

/** A built-in property name, else a custom attribute (an unknown name reads as an attribute key). */
function property(raw: unknown, builtIn: readonly string[]): string | { attribute: string } {
  if (typeof raw === 'string') return builtIn.includes(raw) ? raw : { attribute: raw };
  if (typeof raw === 'object' && raw !== null && 'attribute' in raw) return { attribute: shown((raw as Loose)['attribute']) };
  return { attribute: '' };
}

function sanitiseMode(raw: unknown, issues: DataIssue[]): CleanMode | null {
  const r = fields(raw);
  const kind = r['kind'];
  switch (kind) {
    case 'mentoring':
    case 'reciprocal':
    case 'stable':
      return { kind, bothRoleSide: r['bothRoleSide'] === 'mentor' ? 'mentor' : 'mentee' };
    case 'peers':
      return { kind, allowTrio: r['allowTrio'] === true };
    case 'groups': {
      const size = r['size'];
      const minSize = r['minSize'] ?? size;
      const maxSize = r['maxSize'] ?? size;
      if (!Number.isInteger(minSize) || !Number.isInteger(maxSize) || (minSize as number) < 2 || (maxSize as number) < (minSize as number)) {
        issues.push({ severity: 'error', ids: [], message: message('data.invalidGroupSize', { min: shown(minSize), max: shown(maxSize) }) });
        return null;
      }
      const min = minSize as number;
      const max = maxSize as number;
      return {
        kind,
        size: Number.isInteger(size) ? Math.min(max, Math.max(min, size as number)) : min,
        minSize: min,
        maxSize: max,
        oneMentorPerGroup: r['oneMentorPerGroup'] === true,
      };
    }
    default:
      issues.push({ severity: 'error', ids: [], message: message('data.unknownMode', { mode: shown(kind) }) });
      return null;
  }
}

/** A rule left out takes its default; any other value counts by truthiness, so a spreadsheet's 0 or '' switches it off. */
function resolveRules(rules: Loose): ResolvedRules {
  const flag = (value: unknown, byDefault: boolean): boolean => (value === undefined || value === null ? byDefault : Boolean(value));
  const maxTz = finite(rules['maxTimeZoneDifferenceHours']);
  return {
    noReportingLine: flag(rules['noReportingLine'], true),
    differentDepartment: flag(rules['differentDepartment'], false),
    sharedLanguage: flag(rules['sharedLanguage'], true),
    maxTimeZoneDifferenceHours: maxTz !== undefined && maxTz >= 0 ? maxTz : Infinity,
  };
}

function idPairs(pairs: unknown): [string, string][] {
  if (!Array.isArray(pairs)) return [];
  return pairs
    .filter((p): p is readonly [unknown, unknown] => Array.isArray(p) && p.length === 2)
    .map(([a, b]) => [shown(a), shown(b)]);
}

function sanitiseHistory(raw: unknown): CleanHistory {
  const r = fields(raw);
  const rounds = Array.isArray(r['rounds']) ? (r['rounds'] as unknown[]) : [];
  return {
    rounds: Array.from(rounds, (round): PastRound => {
      const f = fields(round);
      return { pairs: idPairs(f['pairs']), unmatched: (texts(f['unmatched']) ?? []).filter((id) => id !== '') };
    }),
    allowRepeats: r['allowRepeats'] === true,
  };
}
