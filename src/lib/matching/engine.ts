// The pipeline: canonicalise → check data → solve the chosen mode → explain → summarise.
import { compareIds } from './canonical.ts';
import { createContext, nameOf, type RunContext } from './context.ts';
import { explainPair, roundTo } from './explain.ts';
import { HARD_RULE_ORDER, ruleNames } from './hard-rules.ts';
import { TooLargeError } from './limits.ts';
import { labelParam, message, type MatchingMessage } from './messages.ts';
import type { ModeOutcome, RawGroup, RawPair, RawUnmatched } from './outcome.ts';
import { runPeers, runTwoSided } from './pair-modes.ts';
import { CancelledError, createControl } from './progress.ts';
import { SCORE_SCALE } from './score.ts';
import { runGroups } from './groups.ts';
import { runStable } from './stable.ts';
import { summarise } from './summary.ts';
import type {
  CriterionBreakdown,
  DataIssue,
  Match,
  MatchingInput,
  MatchingResult,
  MatchingStatus,
  RunOptions,
  Unmatched,
} from './types.ts';

export function runMatching(rawInput: MatchingInput, options?: RunOptions): MatchingResult {
  const input: MatchingInput =
    typeof rawInput === 'object' && rawInput !== null ? rawInput : ({ participants: [], criteria: [] } as unknown as MatchingInput);
  const control = createControl(options);
  const mode = input.mode?.kind ?? 'mentoring';
  const objective = input.objective === 'fairness' ? 'fairness' : 'total';
  let ctx: RunContext | undefined;
  try {
    control.tick('prepare', 0);
    ctx = createContext(input, control);
    const outcome = solveMode(ctx);
    control.tick('explain', 0);
    const result = assemble(ctx, outcome);
    control.tick('explain', 1);
    return result;
  } catch (error) {
    if (error instanceof CancelledError) return emptyResult('cancelled', ctx?.issues ?? []);
    if (error instanceof TooLargeError) {
      const issue: DataIssue = { severity: 'error', ids: [], message: message('data.tooLarge', { size: error.size, limit: error.limit }) };
      return emptyResult('dataError', [...(ctx?.issues ?? []), issue]);
    }
    throw error;
  }

  function emptyResult(status: MatchingStatus, dataQuality: readonly DataIssue[]): MatchingResult {
    return {
      status,
      mode,
      objective,
      matches: [],
      unmatched: [],
      summary: summarise(input.participants?.length ?? 0, [], 0),
      dataQuality: sortIssues(dataQuality),
    };
  }
}

function solveMode(ctx: RunContext): ModeOutcome {
  const mode = ctx.input.mode ?? { kind: undefined };
  switch (mode.kind) {
    case 'mentoring':
      return runTwoSided(ctx, mode.bothRoleSide, true);
    case 'reciprocal':
      return runTwoSided(ctx, mode.bothRoleSide, false);
    case 'peers':
      return runPeers(ctx);
    case 'groups':
      return runGroups(ctx, mode);
    case 'stable':
      return runStable(ctx, mode.bothRoleSide);
    default:
      ctx.issues.push({ severity: 'error', ids: [], message: message('data.unknownMode', { mode: String((mode as { kind?: unknown } | undefined)?.kind) }) });
      return { orientation: 'symmetric', pairs: [], groups: [], unmatched: [] };
  }
}

function assemble(ctx: RunContext, outcome: ModeOutcome): MatchingResult {
  const matches: Match[] = [
    ...outcome.pairs.map((p) => pairMatch(ctx, p, outcome.orientation)),
    ...outcome.groups.map((g) => groupMatch(ctx, g)),
  ].sort((x, y) => compareIdLists(x.ids, y.ids));
  const unmatched: Unmatched[] = [
    ...ctx.canon.duplicateIds.map(
      (id): Unmatched => ({ id, reason: 'duplicateId', eligiblePartners: 0, message: message('unmatched.duplicateId', { id }) }),
    ),
    ...outcome.unmatched.map((u) => describeUnmatched(ctx, u)),
  ].sort((x, y) => compareIds(x.id, y.id));
  const result: MatchingResult = {
    status: ctx.issues.some((i) => i.severity === 'error') ? 'dataError' : 'ok',
    mode: ctx.input.mode?.kind ?? 'mentoring',
    objective: ctx.objective,
    matches,
    unmatched,
    summary: summarise(ctx.input.participants?.length ?? 0, matches, unmatched.length),
    dataQuality: sortIssues(ctx.issues),
    ...(outcome.groupBound === undefined ? {} : { groupBound: outcome.groupBound }),
    ...(outcome.blockingPairs === undefined ? {} : { blockingPairs: outcome.blockingPairs }),
  };
  return result;
}

function pairMatch(ctx: RunContext, p: RawPair, orientation: 'directed' | 'symmetric'): Match {
  const people = ctx.features.people;
  const idA = people[p.a]!.id;
  const idB = people[p.b]!.id;
  const directed = orientation === 'directed' || ctx.input.mode.kind === 'reciprocal' || ctx.input.mode.kind === 'stable';
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
  }));
  const ids = members.map((i) => people[i]!.id);
  const ordered = g.mentor >= 0 ? [people[g.mentor]!.id, ...ids.filter((id) => id !== people[g.mentor]!.id)] : ids;
  return {
    ids: ordered,
    ...(g.mentor >= 0 ? { mentorId: people[g.mentor]!.id } : {}),
    score: roundTo(mean / (SCORE_SCALE / 100), 2),
    breakdown,
    locked: false,
    brokenRules: [],
  };
}

function describeUnmatched(ctx: RunContext, u: RawUnmatched): Unmatched {
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
  const msg = unmatchedMessage(u, name, topRule === undefined ? undefined : { rule: topRule, removed });
  return {
    id: person.id,
    reason: u.reason,
    eligiblePartners: u.eligible,
    ...(topRule === undefined ? {} : { topRule, topRuleRemoved: removed }),
    message: msg,
  };
}

function unmatchedMessage(
  u: RawUnmatched,
  name: string,
  top: { rule: string; removed: number } | undefined,
): MatchingMessage {
  switch (u.reason) {
    case 'noEligiblePartner':
      return top === undefined
        ? message('unmatched.noCandidates', { name })
        : message('unmatched.noEligiblePartner', { name, rule: labelParam(`rule.${top.rule}` as 'rule.excluded'), removed: top.removed });
    case 'capacityUsedUp':
      return message('unmatched.capacityUsedUp', { name, eligible: u.eligible });
    case 'outscored':
      return message('unmatched.outscored', { name, eligible: u.eligible });
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

function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      compareIds(a.severity, b.severity) ||
      compareIds(a.message.key, b.message.key) ||
      compareIdLists(a.ids, b.ids) ||
      compareIds(JSON.stringify(a.message.params), JSON.stringify(b.message.params)),
  );
}
