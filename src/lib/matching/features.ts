// Per-participant data in a shape the scorer and the rules can read fast: text lists
// become sorted arrays of interned token numbers; unknown numbers become NaN.
import type { CanonicalParticipants } from './canonical.ts';
import { message } from './messages.ts';
import { buildReportingLines, type ReportingLines } from './reporting-lines.ts';
import type { DataIssue, Participant } from './types.ts';

export interface Features {
  readonly people: readonly Participant[];
  readonly indexById: ReadonlyMap<string, number>;
  readonly capacity: Int32Array;
  readonly languages: readonly Int32Array[];
  readonly offered: readonly Int32Array[];
  readonly wanted: readonly Int32Array[];
  readonly interests: readonly Int32Array[];
  readonly department: Int32Array;
  readonly location: Int32Array;
  readonly level: Float64Array;
  readonly timeZone: Float64Array;
  /** partner index → rank (0 = first choice) */
  readonly nominationRank: readonly ReadonlyMap<number, number>[];
  /** Symmetric: excluded by either side or by the rules. */
  readonly excluded: readonly ReadonlySet<number>[];
  readonly lines: ReportingLines;
  readonly tokens: TokenTable;
  readonly issues: readonly DataIssue[];
}

/** Same text after Unicode NFC, trimming and lower-casing is the same token. */
export function normaliseToken(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

export class TokenTable {
  private readonly ids = new Map<string, number>();
  /** Raw spelling → id: the same spelling recurs thousands of times, normalising it once is enough. */
  private readonly raw = new Map<string, number>();
  id(text: string): number {
    const known = this.raw.get(text);
    if (known !== undefined) return known;
    const key = normaliseToken(text);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    this.raw.set(text, id);
    return id;
  }
  /** Tolerates a single string or junk in place of a list: input may come from a spreadsheet. */
  list(values: readonly string[] | string | undefined): Int32Array {
    const items: readonly unknown[] = Array.isArray(values) ? values : typeof values === 'string' ? [values] : [];
    const ids: number[] = [];
    const seen = items.length > 32 ? new Set<number>() : null;
    for (const v of items) {
      if (typeof v !== 'string' || v.trim() === '') continue;
      const id = this.id(v);
      if (seen === null ? ids.includes(id) : seen.has(id)) continue;
      seen?.add(id);
      ids.push(id);
    }
    return Int32Array.from(ids).sort();
  }
  category(value: unknown): number {
    if (typeof value === 'number' && Number.isFinite(value)) return this.id(String(value));
    if (typeof value === 'string' && value.trim() !== '') return this.id(value);
    return -1;
  }
}

export function buildFeatures(
  canon: CanonicalParticipants,
  excludedPairs: readonly (readonly [string, string])[],
): Features {
  const { people, indexById } = canon;
  const tokens = new TokenTable();
  const issues: DataIssue[] = [];
  const excluded = people.map(() => new Set<number>());
  const exclude = (a: number, b: number): void => {
    excluded[a]?.add(b);
    excluded[b]?.add(a);
  };
  const nominationRank = people.map((p, i) => {
    const ranks = new Map<number, number>();
    (p.preferredPartners ?? []).forEach((id) => {
      const j = indexById.get(id);
      if (j === i) issues.push({ severity: 'warning', ids: [p.id], message: message('data.selfNomination', { name: p.name }) });
      else if (j === undefined)
        issues.push({ severity: 'warning', ids: [p.id], message: message('data.unknownNomination', { name: p.name, id }) });
      else if (!ranks.has(j)) ranks.set(j, ranks.size);
    });
    return ranks;
  });
  people.forEach((p, i) => {
    for (const id of p.excludedPartners ?? []) {
      const j = indexById.get(id);
      if (j === i) issues.push({ severity: 'warning', ids: [p.id], message: message('data.selfExclusion', { name: p.name }) });
      else if (j === undefined)
        issues.push({ severity: 'warning', ids: [p.id], message: message('data.unknownExcluded', { name: p.name, id }) });
      else exclude(i, j);
    }
  });
  for (const [a, b] of excludedPairs) {
    const i = indexById.get(a);
    const j = indexById.get(b);
    if (i !== undefined && j !== undefined && i !== j) exclude(i, j);
  }
  // sanitise.ts has already checked every number, so absent ones take their defaults here.
  const capacity = Int32Array.from(people, (p) => p.capacity ?? 1);
  const lines = buildReportingLines(people, indexById);
  return {
    people,
    indexById,
    capacity,
    languages: people.map((p) => tokens.list(p.languages)),
    offered: people.map((p) => tokens.list(p.skillsOffered)),
    wanted: people.map((p) => tokens.list(p.skillsWanted)),
    interests: people.map((p) => tokens.list(p.interests)),
    department: Int32Array.from(people, (p) => tokens.category(p.department)),
    location: Int32Array.from(people, (p) => tokens.category(p.location)),
    level: Float64Array.from(people, (p) => p.level ?? NaN),
    timeZone: Float64Array.from(people, (p) => p.timeZoneOffset ?? NaN),
    nominationRank,
    excluded,
    lines,
    tokens,
    issues: [...issues, ...lines.issues],
  };
}

export function countCommon(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/** Shortest distance between two UTC offsets on a 24-hour clock. */
export function clockDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}

/**
 * One 32-bit set per list, for families of lists that must share one bit numbering (e.g.
 * skills offered and skills wanted): bit i stands for the i-th distinct token they use.
 * popcount(x & y) then equals countCommon on the lists (they are sorted and distinct).
 * null when the families use more than 32 distinct tokens: callers fall back to countCommon.
 */
export function tokenBitsets(families: readonly (readonly Int32Array[])[]): Uint32Array[] | null {
  const bit = new Map<number, number>();
  for (const lists of families)
    for (const list of lists)
      for (const t of list) {
        if (bit.has(t)) continue;
        if (bit.size === 32) return null;
        bit.set(t, bit.size);
      }
  return families.map((lists) =>
    Uint32Array.from(lists, (list) => {
      let m = 0;
      for (const t of list) m |= 1 << bit.get(t)!;
      return m >>> 0;
    }),
  );
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Columns grouped by one number (NaN is one group): classOf[k] indexes `values`. */
export function classes(cols: readonly number[], valueOf: (b: number, k: number) => number): { classOf: Int32Array; values: Float64Array } {
  const index = new Map<number, number>();
  const classOf = Int32Array.from(cols, (b, k) => {
    const v = valueOf(b, k);
    let i = index.get(v);
    if (i === undefined) {
      i = index.size;
      index.set(v, i);
    }
    return i;
  });
  return { classOf, values: Float64Array.from(index.keys()) };
}
