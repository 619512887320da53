// Pair scores are integers 0..10 000 (hundredths of a point on the 0–100 scale): the
// solvers then work with exact integer sums, so ties are real ties and results do not
// depend on floating-point summation order.
import { clockDistance, countCommon, type Features } from './features.ts';
import type { CategoryProperty, Criterion, ListProperty } from './types.ts';
import { pairWeight, topCriterionIndexes, topCriterionScore } from './top-criterion.ts';

export const SCORE_SCALE = 10_000;

/** How a pair is read: mentor → mentee, or two peers (symmetric). */
export type Orientation = 'directed' | 'symmetric';

export interface CriterionData {
  readonly criterion: Criterion;
  readonly weight: number;
  readonly lists?: readonly Int32Array[];
  readonly categories?: Int32Array;
  readonly numbers?: Float64Array;
}

export interface Scorer {
  readonly criteria: readonly CriterionData[];
  readonly totalWeight: number;
  /** Integer 0..SCORE_SCALE. In `directed` orientation a is the mentor and b the mentee. */
  score(a: number, b: number, orientation: Orientation): number;
  /** Per-criterion value in [0, 1]. */
  value(index: number, a: number, b: number, orientation: Orientation): number;
  /** Per person: the index of the criterion they named most important, or -1 (top-criterion.ts). */
  readonly topCriterion: Int32Array;
  /** The weight criterion `index` has in the pair (a, b), after the members' top criteria. */
  pairWeight(index: number, a: number, b: number): number;
  pairTotalWeight(a: number, b: number): number;
}

function listOf(f: Features, property: ListProperty): readonly Int32Array[] {
  if (typeof property !== 'string') {
    return f.people.map((p) => {
      const v = p.attributes?.[property.attribute];
      if (v === undefined) return new Int32Array(0);
      return f.tokens.list(typeof v === 'string' ? [v] : typeof v === 'number' ? [String(v)] : v);
    });
  }
  switch (property) {
    case 'interests':
      return f.interests;
    case 'languages':
      return f.languages;
    case 'skillsOffered':
      return f.offered;
    case 'skillsWanted':
      return f.wanted;
  }
}

function categoriesOf(f: Features, property: CategoryProperty): Int32Array {
  if (property === 'department') return f.department;
  if (property === 'location') return f.location;
  return Int32Array.from(f.people, (p) => f.tokens.category(p.attributes?.[property.attribute]));
}

function prepare(f: Features, criterion: Criterion): CriterionData {
  const weight = criterion.weight;
  switch (criterion.kind) {
    case 'shared':
      return { criterion, weight, lists: listOf(f, criterion.property) };
    case 'same':
    case 'different':
      return { criterion, weight, categories: categoriesOf(f, criterion.property) };
    case 'closeness':
      return {
        criterion,
        weight,
        numbers: Float64Array.from(f.people, (p) => {
          const v = p.attributes?.[criterion.attribute];
          return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
        }),
      };
    default:
      return { criterion, weight };
  }
}

/** Full value within `tolerance` of the target, then linearly down to 0 over `tolerance + 1` more. */
export function levelGapValue(gap: number, target: number, tolerance: number): number {
  const tol = Math.max(0, tolerance);
  const d = Math.abs(gap - target);
  return d <= tol ? 1 : Math.max(0, 1 - (d - tol) / (tol + 1));
}

export function timeZoneValue(hours: number, fullWithin: number, zeroAt: number): number {
  if (hours <= fullWithin) return 1;
  if (hours >= zeroAt) return 0;
  return 1 - (hours - fullWithin) / (zeroAt - fullWithin);
}

export function nominationValue(f: Features, a: number, b: number): number {
  const ab = f.nominationRank[a]?.get(b);
  const ba = f.nominationRank[b]?.get(a);
  return Math.max(ab === undefined ? 0 : 1 / (ab + 1), ba === undefined ? 0 : 1 / (ba + 1));
}

function offerMeetsWant(f: Features, mentor: number, mentee: number): number {
  const wanted = f.wanted[mentee]!;
  return wanted.length === 0 ? 0 : countCommon(f.offered[mentor]!, wanted) / wanted.length;
}

function criterionValue(f: Features, d: CriterionData, a: number, b: number, orientation: Orientation): number {
  const c = d.criterion;
  switch (c.kind) {
    case 'offerMeetsWant':
      return orientation === 'directed'
        ? offerMeetsWant(f, a, b)
        : (offerMeetsWant(f, a, b) + offerMeetsWant(f, b, a)) / 2;
    case 'shared': {
      const x = d.lists![a]!;
      const y = d.lists![b]!;
      const common = countCommon(x, y);
      const union = x.length + y.length - common;
      return union === 0 ? 0 : common / union;
    }
    case 'same':
    case 'different': {
      const x = d.categories![a]!;
      const y = d.categories![b]!;
      if (x < 0 || y < 0) return 0;
      return (x === y) === (c.kind === 'same') ? 1 : 0;
    }
    case 'levelGap': {
      const la = f.level[a]!;
      const lb = f.level[b]!;
      if (Number.isNaN(la) || Number.isNaN(lb)) return 0;
      return orientation === 'directed'
        ? levelGapValue(la - lb, c.target, c.tolerance)
        : levelGapValue(Math.abs(la - lb), Math.abs(c.target), c.tolerance);
    }
    case 'timeZone': {
      const ta = f.timeZone[a]!;
      const tb = f.timeZone[b]!;
      if (Number.isNaN(ta) || Number.isNaN(tb)) return 0;
      return timeZoneValue(clockDistance(ta, tb), c.fullWithinHours, c.zeroAtHours);
    }
    case 'nomination':
      return nominationValue(f, a, b);
    case 'closeness': {
      const x = d.numbers![a]!;
      const y = d.numbers![b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) return 0;
      const diff = Math.abs(x - y);
      return c.range > 0 ? Math.max(0, 1 - diff / c.range) : diff === 0 ? 1 : 0;
    }
  }
}

/** Missing numeric settings (e.g. a levelGap without target) must not turn scores into NaN. */
function safeValue(f: Features, d: CriterionData, a: number, b: number, orientation: Orientation): number {
  return clampValue(criterionValue(f, d, a, b, orientation));
}

/** NaN and negatives become 0, anything above 1 becomes 1. */
export function clampValue(v: number): number {
  return v > 0 ? Math.min(1, v) : 0;
}

export function buildScorer(f: Features, criteria: readonly Criterion[]): Scorer {
  const data = criteria.map((c) => prepare(f, c));
  const totalWeight = data.reduce((sum, d) => sum + d.weight, 0);
  const value = (index: number, a: number, b: number, orientation: Orientation): number => {
    const d = data[index];
    return d === undefined ? 0 : safeValue(f, d, a, b, orientation);
  };
  const top = topCriterionIndexes(f.people);
  const weights = data.map((d) => d.weight);
  const score = (a: number, b: number, orientation: Orientation): number => {
    if (top[a]! >= 0 || top[b]! >= 0)
      return topCriterionScore(weights, top[a]!, top[b]!, (index) => safeValue(f, data[index]!, a, b, orientation), SCORE_SCALE);
    if (totalWeight === 0) return 0;
    let sum = 0;
    for (const d of data) if (d.weight > 0) sum += d.weight * safeValue(f, d, a, b, orientation);
    return Math.min(SCORE_SCALE, Math.max(0, Math.round((SCORE_SCALE * sum) / totalWeight)));
  };
  const weightIn = (index: number, a: number, b: number): number => pairWeight(weights[index] ?? 0, index, top[a]!, top[b]!);
  const pairTotalWeight = (a: number, b: number): number =>
    top[a]! < 0 && top[b]! < 0 ? totalWeight : weights.reduce((sum, _, index) => sum + weightIn(index, a, b), 0);
  return { criteria: data, totalWeight, score, value, topCriterion: top, pairWeight: weightIn, pairTotalWeight };
}
