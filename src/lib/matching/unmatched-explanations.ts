// What would change the outcome for someone left out, in numbers the result bears out:
// with no eligible partner, what relaxing each hard rule (for this person) would give;
// with every eligible partner taken, the weakest match among those partners set beside
// this person's own score with that partner. Pair modes only: in groups and in stable
// matching "a free place" and "taking a place" mean something else.
import { compareIds } from './canonical.ts';
import { nameOf, type RunContext } from './context.ts';
import { HARD_RULE_ORDER } from './hard-rules.ts';
import { labelParam, message, type MatchingMessage } from './messages.ts';
import type { ModeOutcome, RawUnmatched } from './outcome.ts';
import { mentorSide } from './pair-modes.ts';
import { SCORE_SCALE, type Orientation } from './score.ts';
import type { ModeKind, RuleRelaxation, UnmatchedRemedy } from './types.ts';

export interface Remedy {
  readonly remedy: UnmatchedRemedy;
  readonly message: MatchingMessage;
}

export type RemedyFinder = (u: RawUnmatched, topRule: number) => Remedy | undefined;

export function remedyFinder(ctx: RunContext, mode: ModeKind, outcome: ModeOutcome): RemedyFinder {
  if (mode !== 'mentoring' && mode !== 'reciprocal' && mode !== 'peers') return () => undefined;
  const placesLeft = freePlaces(ctx, mode, outcome);
  let weakest: (WeakestMatch | undefined)[] | undefined;
  return (u, topRule) => {
    const candidates = (u.candidates ?? []).filter((c) => c !== u.index);
    if (candidates.length === 0) return undefined;
    if (u.reason === 'noEligiblePartner') return relaxRules(ctx, u.index, candidates, placesLeft, topRule);
    if (u.reason !== 'capacityUsedUp' && u.reason !== 'outscored') return undefined;
    weakest ??= weakestMatches(ctx, outcome);
    return lowestPair(ctx, u.index, candidates, weakest, outcome.orientation);
  };
}

/** Places still open in this result: a mentor's capacity in mentoring mode, one place for everyone else. */
function freePlaces(ctx: RunContext, mode: ModeKind, outcome: ModeOutcome): Int32Array {
  const n = ctx.features.people.length;
  const used = new Int32Array(n);
  for (const p of outcome.pairs) {
    used[p.a]!++;
    used[p.b]!++;
  }
  const cleanMode = ctx.input.mode;
  const isMentor = mode === 'mentoring' && cleanMode?.kind === 'mentoring' ? mentorSide(ctx, cleanMode.bothRoleSide) : () => false;
  return Int32Array.from({ length: n }, (_, i) => Math.max(0, (isMentor(i) ? ctx.features.capacity[i]! : 1) - used[i]!));
}

function relaxRules(
  ctx: RunContext,
  index: number,
  candidates: readonly number[],
  placesLeft: Int32Array,
  topRule: number,
): Remedy | undefined {
  const rules = HARD_RULE_ORDER.length;
  const removed = new Int32Array(rules);
  const freed = new Int32Array(rules);
  const withFreePlaces = new Int32Array(rules);
  for (const c of candidates) {
    const mask = ctx.mask(index, c);
    for (let bit = 0; bit < rules; bit++) {
      const flag = 1 << bit;
      if ((mask & flag) === 0) continue;
      removed[bit]!++;
      if (mask !== flag) continue;
      freed[bit]!++;
      if (placesLeft[c]! > 0) withFreePlaces[bit]!++;
    }
  }
  const relaxations: RuleRelaxation[] = [];
  HARD_RULE_ORDER.forEach((rule, bit) => {
    if (removed[bit]! > 0) relaxations.push({ rule, removed: removed[bit]!, candidates: freed[bit]!, withFreePlaces: withFreePlaces[bit]! });
  });
  const top = relaxations.find((r) => r.rule === HARD_RULE_ORDER[topRule]);
  if (top === undefined) return undefined;
  return {
    remedy: { kind: 'relaxRule', relaxations },
    message: message('unmatched.remedy.relaxRule', {
      // Named as the rule's switch in the setup, so the coordinator can find what to turn off.
      rule: labelParam(`ruleSwitch.${top.rule}`),
      candidates: top.candidates,
      count: top.candidates,
      withFreePlaces: top.withFreePlaces,
    }),
  };
}

/** Per person: their weakest unlocked match (lowest score, then the partner with the lowest id), or none. */
interface WeakestMatch {
  readonly other: number;
  readonly score: number;
  /** The person leads the pair (the mentor in directed orientation). */
  readonly leads: boolean;
}

function weakestMatches(ctx: RunContext, outcome: ModeOutcome): (WeakestMatch | undefined)[] {
  const ids = ctx.features.people.map((p) => p.id);
  const weakest: (WeakestMatch | undefined)[] = ids.map(() => undefined);
  const offer = (person: number, candidate: WeakestMatch): void => {
    const current = weakest[person];
    if (current === undefined || candidate.score < current.score || (candidate.score === current.score && compareIds(ids[candidate.other]!, ids[current.other]!) < 0))
      weakest[person] = candidate;
  };
  for (const p of outcome.pairs) {
    if (p.locked) continue;
    const score = ctx.scorer.score(p.a, p.b, outcome.orientation);
    offer(p.a, { other: p.b, score, leads: true });
    offer(p.b, { other: p.a, score, leads: false });
  }
  return weakest;
}

function lowestPair(ctx: RunContext, index: number, candidates: readonly number[], weakest: readonly (WeakestMatch | undefined)[], orientation: Orientation): Remedy | undefined {
  const { people } = ctx.features;
  const eligible = candidates.filter((c) => ctx.mask(index, c) === 0);
  if (eligible.length === 0) return undefined;
  let lowest = Infinity;
  for (const partner of eligible) lowest = Math.min(lowest, weakest[partner]?.score ?? Infinity);
  let best: TakenPlace | undefined;
  // Own scores only for the partners whose weakest match is the lowest: the rest cannot win.
  for (const partner of eligible) {
    const w = weakest[partner];
    if (w === undefined || w.score !== lowest) continue;
    // Directed pairs read mentor → mentee: this person takes the displaced one's side.
    const own = w.leads ? ctx.scorer.score(partner, index, orientation) : ctx.scorer.score(index, partner, orientation);
    const candidate = { partner, displaced: w.other, score: w.score, own };
    if (best === undefined || isLower(candidate, best, ctx)) best = candidate;
  }
  if (best === undefined) return { remedy: { kind: 'partnersLocked' }, message: message('unmatched.remedy.partnersLocked') };
  const lowestScore = best.score / (SCORE_SCALE / 100);
  const ownScore = best.own / (SCORE_SCALE / 100);
  return {
    remedy: { kind: 'lowestPair', partnerId: people[best.partner]!.id, displacedId: people[best.displaced]!.id, lowestScore, ownScore },
    message: message('unmatched.remedy.lowestPair', {
      name: nameOf(ctx, index),
      partner: nameOf(ctx, best.partner),
      displaced: nameOf(ctx, best.displaced),
      lowestScore,
      ownScore,
    }),
  };
}

interface TakenPlace {
  readonly partner: number;
  readonly displaced: number;
  readonly score: number;
  readonly own: number;
}

/** Lowest match score first; among equals the one closest to a swap (highest own score), then by ids. */
function isLower(x: TakenPlace, y: TakenPlace, ctx: RunContext): boolean {
  if (x.score !== y.score) return x.score < y.score;
  if (x.own !== y.own) return x.own > y.own;
  const id = (i: number): string => ctx.features.people[i]!.id;
  return (compareIds(id(x.partner), id(y.partner)) || compareIds(id(x.displaced), id(y.displaced))) < 0;
}
