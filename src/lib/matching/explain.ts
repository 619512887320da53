// Turns criterion values into words a coordinator understands. Values come from the
// same scorer the solver used, so the breakdown always adds up to the match score.
import { compareIds } from './canonical.ts';
import type { RunContext } from './context.ts';
import { clockDistance, normaliseToken } from './features.ts';
import { labelParam, message, type MatchingMessage } from './messages.ts';
import type { Orientation } from './score.ts';
import { TOP_CRITERION_FACTOR } from './top-criterion.ts';
import type { CategoryProperty, Criterion, CriterionBreakdown, ListProperty, Participant } from './types.ts';

type PropertyRef = ListProperty | CategoryProperty;

function propertyLabel(property: PropertyRef): string | MatchingMessage {
  return typeof property === 'string' ? labelParam(`property.${property}`) : property.attribute;
}

function listValues(p: Participant, property: ListProperty): readonly string[] {
  if (typeof property !== 'string') {
    const v = p.attributes?.[property.attribute];
    if (v === undefined) return [];
    return typeof v === 'string' ? [v] : typeof v === 'number' ? [String(v)] : v;
  }
  return p[property] ?? [];
}

function categoryValue(p: Participant, property: CategoryProperty): string | undefined {
  const v = typeof property === 'string' ? p[property] : p.attributes?.[property.attribute];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** Items of `a` (in a's spelling and order) that also occur in `b`. */
function common(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b.map(normaliseToken));
  const seen = new Set<string>();
  return a.filter((x) => {
    const key = normaliseToken(x);
    if (!inB.has(key) || seen.has(key) || key === '') return false;
    seen.add(key);
    return true;
  });
}

function offerReasons(mentor: Participant, mentee: Participant): MatchingMessage {
  const wanted = mentee.skillsWanted ?? [];
  if (wanted.filter((w) => w.trim() !== '').length === 0) return message('criterion.offerMeetsWant.noGoals', { mentee: mentee.name });
  const covered = common(wanted, mentor.skillsOffered ?? []);
  return covered.length === 0
    ? message('criterion.offerMeetsWant.none', { mentor: mentor.name, mentee: mentee.name })
    : message('criterion.offerMeetsWant.covers', { mentor: mentor.name, mentee: mentee.name, skills: covered });
}

function nominationReasons(ctx: RunContext, a: number, b: number, pa: Participant, pb: Participant): MatchingMessage[] {
  const out: MatchingMessage[] = [];
  const ab = ctx.features.nominationRank[a]?.get(b);
  const ba = ctx.features.nominationRank[b]?.get(a);
  if (ab !== undefined) out.push(message('criterion.nomination.ranked', { by: pa.name, whom: pb.name, rank: ab + 1 }));
  if (ba !== undefined) out.push(message('criterion.nomination.ranked', { by: pb.name, whom: pa.name, rank: ba + 1 }));
  return out.length > 0 ? out : [message('criterion.nomination.none')];
}

function unknownFor(property: string | MatchingMessage, ...people: Participant[]): MatchingMessage[] {
  return people.map((p) => message('criterion.unknown', { property, name: p.name }));
}

function reasonsFor(ctx: RunContext, c: Criterion, a: number, b: number, orientation: Orientation): MatchingMessage[] {
  const pa = ctx.features.people[a]!;
  const pb = ctx.features.people[b]!;
  switch (c.kind) {
    case 'offerMeetsWant':
      return orientation === 'directed' ? [offerReasons(pa, pb)] : [offerReasons(pa, pb), offerReasons(pb, pa)];
    case 'shared': {
      const items = common(listValues(pa, c.property), listValues(pb, c.property));
      if (items.length === 0) return [message('criterion.shared.none', { property: propertyLabel(c.property) })];
      return c.property === 'languages'
        ? [message('criterion.shared.languages', { items })]
        : [message('criterion.shared.some', { property: propertyLabel(c.property), items })];
    }
    case 'same':
    case 'different': {
      const property = propertyLabel(c.property);
      const va = categoryValue(pa, c.property);
      const vb = categoryValue(pb, c.property);
      if (va === undefined || vb === undefined)
        return unknownFor(property, ...(va === undefined ? [pa] : []), ...(vb === undefined ? [pb] : []));
      const equal = normaliseToken(va) === normaliseToken(vb);
      if (equal) return [message(c.kind === 'same' ? 'criterion.same.yes' : 'criterion.different.no', { property, value: va })];
      const params = { property, a: pa.name, valueA: va, b: pb.name, valueB: vb };
      return [message(c.kind === 'same' ? 'criterion.same.no' : 'criterion.different.yes', params)];
    }
    case 'levelGap': {
      const la = ctx.features.level[a]!;
      const lb = ctx.features.level[b]!;
      if (Number.isNaN(la) || Number.isNaN(lb))
        return unknownFor(labelParam('property.level'), ...(Number.isNaN(la) ? [pa] : []), ...(Number.isNaN(lb) ? [pb] : []));
      return orientation === 'directed'
        ? [message('criterion.levelGap.directed', { mentor: pa.name, mentee: pb.name, gap: la - lb, target: c.target })]
        : [message('criterion.levelGap.peers', { a: pa.name, b: pb.name, gap: Math.abs(la - lb), target: Math.abs(c.target) })];
    }
    case 'timeZone': {
      const ta = ctx.features.timeZone[a]!;
      const tb = ctx.features.timeZone[b]!;
      if (Number.isNaN(ta) || Number.isNaN(tb))
        return unknownFor(labelParam('property.timeZone'), ...(Number.isNaN(ta) ? [pa] : []), ...(Number.isNaN(tb) ? [pb] : []));
      const hours = clockDistance(ta, tb);
      return [message('criterion.timeZone.apart', { hours, count: hours })];
    }
    case 'nomination':
      return nominationReasons(ctx, a, b, pa, pb);
    case 'closeness': {
      const va = pa.attributes?.[c.attribute];
      const vb = pb.attributes?.[c.attribute];
      if (typeof va !== 'number' || typeof vb !== 'number')
        return unknownFor(c.attribute, ...(typeof va !== 'number' ? [pa] : []), ...(typeof vb !== 'number' ? [pb] : []));
      return [message('criterion.closeness.values', { property: c.attribute, a: pa.name, valueA: va, b: pb.name, valueB: vb })];
    }
  }
}

export function explainPair(ctx: RunContext, a: number, b: number, orientation: Orientation): CriterionBreakdown[] {
  const { scorer } = ctx;
  const totalWeight = scorer.pairTotalWeight(a, b);
  return scorer.criteria.map((d, index) => {
    const value = scorer.value(index, a, b, orientation);
    const weight = scorer.pairWeight(index, a, b);
    const points = totalWeight === 0 ? 0 : (100 * weight * value) / totalWeight;
    const namedBy = [a, b].filter((i) => scorer.topCriterion[i] === index);
    const reasons = reasonsFor(ctx, d.criterion, a, b, orientation);
    return {
      criterion: index,
      kind: d.criterion.kind,
      weight,
      value: roundTo(value, 4),
      points: roundTo(points, 2),
      reasons: namedBy.length === 0 ? reasons : [...reasons, topCriterionReason(ctx, namedBy)],
      ...(namedBy.length === 0 ? {} : { topCriterionOf: namedBy.map((i) => ctx.features.people[i]!.id).sort(compareIds) }),
    };
  });
}

function topCriterionReason(ctx: RunContext, namedBy: readonly number[]): MatchingMessage {
  const names = namedBy.map((i) => ctx.features.people[i]!.name);
  return message(names.length === 1 ? 'criterion.topCriterion.one' : 'criterion.topCriterion.both', {
    name: names[0]!,
    other: names[1] ?? '',
    factor: TOP_CRITERION_FACTOR,
  });
}

export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
