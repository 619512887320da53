// From a mode's outcome to the result a coordinator reads: matches with their breakdowns,
// everyone left out with the reason, the summary and the sorted data-quality report.
import { compareIds } from './canonical.ts';
import { nameOf, type RunContext } from './context.ts';
import { explainPair, roundTo } from './explain.ts';
import { HARD_RULE_ORDER, ruleNames } from './hard-rules.ts';
import { labelParam, message, type MatchingMessage } from './messages.ts';
import type { ModeOutcome, RawGroup, RawPair, RawUnmatched } from './outcome.ts';
import { remedyFinder, type RemedyFinder } from './unmatched-explanations.ts';
import { SCORE_SCALE } from './score.ts';
import type {
  CriterionBreakdown,
  DataIssue,
  Match,
  ModeKind,
  SolvedResult,
  Summary,
  Unmatched,
  UnsolvedResult,
} from './types.ts';

export function solvedResult(ctx: RunContext, mode: ModeKind, outcome: ModeOutcome): SolvedResult {
  const matches: Match[] = [
    ...outcome.pairs.map((p) => pairMatch(ctx, p, outcome.orientation, mode)),
    ...outcome.groups.map((g) => groupMatch(ctx, g)),
  ].sort((x, y) => compareIdLists(x.ids, y.ids));
  const remedyOf = remedyFinder(ctx, mode, outcome);
  const unmatched: Unmatched[] = [
    ...ctx.input.participants.duplicateIds.map(
      (id): Unmatched => ({ id, reason: 'duplicateId', eligiblePartners: 0, message: message('unmatched.duplicateId', { id }) }),
    ),
    ...outcome.unmatched.map((u) => describeUnmatched(ctx, u, remedyOf)),
  ].sort((x, y) => compareIds(x.id, y.id));
  return {
    status: ctx.issues.some((i) => i.severity === 'error') ? 'dataError' : 'ok',
    mode,
    objective: ctx.input.objective,
    matches,
    unmatched,
    summary: summarise(ctx.input.submitted, matches, unmatched.length),
    dataQuality: sortIssues(ctx.issues),
    ...(outcome.groupBound === undefined ? {} : { groupBound: outcome.groupBound }),
    ...(outcome.blockingPairs === undefined ? {} : { blockingPairs: outcome.blockingPairs }),
  };
}

/** Nothing was solved, so nothing is listed: only the issues say why. */
export function unsolvedResult(ctx: RunContext, status: UnsolvedResult['status']): UnsolvedResult {
  return {
    status,
    mode: null,
    objective: ctx.input.objective,
    matches: [],
    unmatched: [],
    summary: summarise(ctx.input.submitted, [], 0),
    dataQuality: sortIssues(ctx.issues),
  };
}

function pairMatch(ctx: RunContext, p: RawPair, orientation: 'directed' | 'symmetric', mode: ModeKind): Match {
  const people = ctx.features.people;
  const idA = people[p.a]!.id;
  const idB = people[p.b]!.id;
  const directed = orientation === 'directed' || mode === 'reciprocal' || mode === 'stable';
  const ids = directed || compareIds(idA, idB) <= 0 ? [idA, idB] : [idB, idA];
  return {
    ids,
    ...(directed ? { mentorId: idA } : {}),
    score: ctx.scorer.score(p.a, p.b, orientation) / (SCORE_SCALE / 100),
    breakdown: explainPair(ctx, p.a, p.b, orientation),
    locked: p.locked,
    brokenRules: ruleNames(ctx.mask(p.a, p.b)),
  };
}

/** A group scores the mean of its pair scores; its breakdown averages the pair breakdowns. */
function groupMatch(ctx: RunContext, g: RawGroup): Match {
  const people = ctx.features.people;
  const members = [...g.members].sort((x, y) => x - y);
  const pairScores: number[] = [];
  const breakdowns: CriterionBreakdown[][] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      let a = members[x]!;
      let b = members[y]!;
      if (b === g.mentor) [a, b] = [b, a];
      const orientation = a === g.mentor ? 'directed' : 'symmetric';
      pairScores.push(ctx.scorer.score(a, b, orientation));
      breakdowns.push(explainPair(ctx, a, b, orientation));
    }
  }
  const mean = pairScores.length === 0 ? 0 : pairScores.reduce((s, v) => s + v, 0) / pairScores.length;
  const first = breakdowns[0] ?? [];
  const breakdown = first.map((c, index) => ({
    ...c,
    value: roundTo(breakdowns.reduce((s, b) => s + (b[index]?.value ?? 0), 0) / breakdowns.length, 4),
    points: roundTo(breakdowns.reduce((s, b) => s + (b[index]?.points ?? 0), 0) / breakdowns.length, 2),
    reasons: breakdowns.flatMap((b) => b[index]?.reasons ?? []),
    ...topCriterionOfGroup(breakdowns, index),
  }));
  const ids = members.map((i) => people[i]!.id);
  const ordered = g.mentor >= 0 ? [people[g.mentor]!.id, ...ids.filter((id) => id !== people[g.mentor]!.id)] : ids;
  return {
    ids: ordered,
    ...(g.mentor >= 0 ? { mentorId: people[g.mentor]!.id } : {}),
    score: roundTo(mean / (SCORE_SCALE / 100), 2),
    breakdown,
    locked: g.locked === true,
    brokenRules: [],
  };
}

/** The first pair's `topCriterionOf` (spread above) speaks for one pair only; a group's names everyone who chose it. */
function topCriterionOfGroup(breakdowns: readonly CriterionBreakdown[][], index: number): { topCriterionOf?: readonly string[] } {
  const ids = [...new Set(breakdowns.flatMap((b) => b[index]?.topCriterionOf ?? []))].sort(compareIds);
  return ids.length === 0 ? {} : { topCriterionOf: ids };
}

function describeUnmatched(ctx: RunContext, u: RawUnmatched, remedyOf: RemedyFinder): Unmatched {
  const person = ctx.features.people[u.index]!;
  const name = nameOf(ctx, u.index);
  let top = -1;
  if (u.ruleCounts !== undefined) {
    u.ruleCounts.forEach((count, rule) => {
      if (count > 0 && (top < 0 || count > u.ruleCounts![top]!)) top = rule;
    });
  }
  const topRule = top >= 0 ? HARD_RULE_ORDER[top] : undefined;
  const removed = top >= 0 ? u.ruleCounts![top]! : 0;
  const candidates = u.candidates === undefined ? undefined : u.candidates.length - (u.candidates.includes(u.index) ? 1 : 0);
  const msg = unmatchedMessage(u, name, topRule === undefined ? undefined : { rule: topRule, removed, candidates: candidates ?? 0 });
  const remedy = remedyOf(u, top);
  return {
    id: person.id,
    reason: u.reason,
    eligiblePartners: u.eligible,
    ...(topRule === undefined ? {} : { topRule, topRuleRemoved: removed }),
    message: msg,
    ...(candidates === undefined ? {} : { candidates }),
    ...(remedy === undefined ? {} : { remedy: remedy.remedy, remedyMessage: remedy.message }),
  };
}

function unmatchedMessage(
  u: RawUnmatched,
  name: string,
  top: { rule: string; removed: number; candidates: number } | undefined,
): MatchingMessage {
  switch (u.reason) {
    case 'noEligiblePartner':
      return top === undefined
        ? message('unmatched.noCandidates', { name })
        : message(top.removed === top.candidates ? 'unmatched.noEligiblePartnerAll' : 'unmatched.noEligiblePartner', {
            name,
            rule: labelParam(`rule.${top.rule}` as 'rule.excluded'),
            removed: top.removed,
            candidates: top.candidates,
            count: top.removed === top.candidates ? top.candidates : top.removed,
          });
    case 'capacityUsedUp':
      return message('unmatched.capacityUsedUp', { name, eligible: u.eligible, count: u.eligible });
    case 'outscored':
      return message('unmatched.outscored', { name, eligible: u.eligible, count: u.eligible });
    case 'zeroCapacity':
      return message('unmatched.zeroCapacity', { name });
    case 'noNominations':
      return message('unmatched.noNominations', { name });
    case 'rejected':
      return message('unmatched.rejected', { name });
    case 'groupNotFormed':
      return message('unmatched.groupNotFormed', { name });
    case 'duplicateId':
      return message('unmatched.duplicateId', { id: name });
  }
}

function compareIdLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareIds(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      compareIds(a.severity, b.severity) ||
      compareIds(a.message.key, b.message.key) ||
      compareIdLists(a.ids, b.ids) ||
      compareIds(JSON.stringify(a.message.params), JSON.stringify(b.message.params)),
  );
}

function summarise(participants: number, matches: readonly Match[], unmatched: number): Summary {
  const scores = matches.map((m) => m.score);
  const distribution = new Array<number>(10).fill(0);
  for (const s of scores) {
    const band = Math.min(9, Math.floor(s / 10));
    distribution[band] = (distribution[band] ?? 0) + 1;
  }
  const total = scores.reduce((a, b) => a + b, 0);
  return {
    participants,
    matched: new Set(matches.flatMap((m) => m.ids)).size,
    unmatched,
    matches: matches.length,
    meanScore: scores.length === 0 ? 0 : roundTo(total / scores.length, 2),
    minScore: scores.length === 0 ? 0 : Math.min(...scores),
    maxScore: scores.length === 0 ? 0 : Math.max(...scores),
    distribution,
    totalScore: roundTo(total, 2),
  };
}
