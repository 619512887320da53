// Input may come from a spreadsheet or an old saved file, so the boundary coerces it to
// the declared shapes instead of trusting the types: wrong-typed fields are dropped (and
// reported where a coordinator can fix them), never allowed to crash the solver.
import { message } from './messages.ts';
import type { AttributeValue, CategoryProperty, Criterion, DataIssue, ListProperty, Participant, Role } from './types.ts';

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

type Loose = Record<string, unknown>;

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

function attributes(value: unknown): Record<string, AttributeValue> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, AttributeValue> = {};
  for (const [key, v] of Object.entries(value as Loose)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[key] = v;
    else if (Array.isArray(v)) out[key] = texts(v) ?? [];
  }
  return out;
}

/** Returns null for a record without a usable id (reported by canonicalise). */
export function sanitiseParticipant(raw: unknown, issues: DataIssue[]): Participant | null {
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
  else issues.push({ severity: 'warning', ids: [id], message: message('data.invalidRole', { name, value: String(r['role']) }) });
  const optional: Partial<Record<keyof Participant, unknown>> = {
    department: text(r['department']),
    managerId: text(r['managerId']),
    location: text(r['location']),
    // Numbers are passed on as given: features.ts reports the invalid ones by name.
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
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { id, name, role, ...defined } as Participant;
}

/** Unknown kinds get weight 0 and a warning, so the criteria indexes stay as given. */
export function sanitiseCriteria(raw: unknown, issues: DataIssue[]): Criterion[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c: unknown, index): Criterion => {
    const r = (typeof c === 'object' && c !== null ? c : {}) as Loose;
    const kind = r['kind'] as Criterion['kind'];
    if (!CRITERION_KINDS.includes(kind)) {
      issues.push({ severity: 'warning', ids: [], message: message('data.unknownCriterion', { index: index + 1, kind: String(r['kind']) }) });
      return { kind: 'nomination', weight: 0 };
    }
    // Weights are checked (and reported) by the context; other numbers default to 0.
    const weight = r['weight'] as number;
    const num = (key: string): number => {
      const v = r[key];
      return typeof v === 'number' && Number.isFinite(v) ? v : 0;
    };
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
        return { kind, weight, attribute: String(r['attribute'] ?? ''), range: num('range') };
      default:
        return { kind, weight };
    }
  });
}

const LIST_PROPERTIES = ['interests', 'languages', 'skillsOffered', 'skillsWanted'];
const CATEGORY_PROPERTIES = ['department', 'location'];

/** A built-in property name, else a custom attribute (an unknown name reads as an attribute key). */
function property(raw: unknown, builtIn: readonly string[]): string | { attribute: string } {
  if (typeof raw === 'string') return builtIn.includes(raw) ? raw : { attribute: raw };
  if (typeof raw === 'object' && raw !== null && 'attribute' in raw) return { attribute: String((raw as Loose)['attribute']) };
  return { attribute: '' };
}
