// After a pair breaks up: a new partner for one or both of its people, with every other
// match left exactly as it is. Candidates are whoever has room — unmatched people, and in
// mode (a) mentors below their capacity — and passes the hard rules (history included);
// the broken pair itself is never proposed again. With two people to rematch the choice is
// joint (both may want the same candidate): most people rematched, then the highest total,
// then canonical order, so the answer does not depend on input order.
import { createContext, nameOf } from './context.ts';
import { explainUnmatched, type RawGroup, type RawPair, type RawUnmatched } from './outcome.ts';
import { labelParam, message, type MatchingMessage } from './messages.ts';
import { mentorSide } from './pair-modes.ts';
import { silentControl } from './progress.ts';
import { solvedResult } from './result.ts';
import { SCORE_SCALE, type Orientation } from './score.ts';
import type { DataIssue, IdPair, MatchingInput, MatchingResult } from './types.ts';

export type ExitReason = 'mismatch' | 'schedule' | 'leftOrganisation' | 'other';

export interface RematchRequest {
  /** The match that ended, as its two ids in either order. */
  readonly pair: IdPair;
  /** Who of the two wants a new partner; default both (someone who left is simply not listed). */
  readonly ids?: readonly string[];
  readonly exitReason: ExitReason;
}

export interface RematchChange {
  readonly id: string;
  readonly formerPartner: string;
  /** null when nobody with room passes the hard rules. */
  readonly partner: string | null;
  /** 0–100, null without a partner. */
  readonly score: number | null;
  readonly message: MatchingMessage;
}

export interface RematchResult {
  /** The previous result with the broken match replaced; everything else unchanged. */
  readonly result: MatchingResult;
  readonly changes: readonly RematchChange[];
  /** Why nothing could be rematched (unknown pair, a mode without pairs); empty otherwise. */
  readonly issues: readonly DataIssue[];
}

interface Option {
  readonly partner: number;
  readonly score: number;
}

export function rematch(input: MatchingInput, previous: MatchingResult, request: RematchRequest): RematchResult {
  const ctx = createContext(input, silentControl);
  const mode = ctx.input.mode;
  const refuse = (key: 'rematch.unsupportedMode' | 'rematch.pairNotFound'): RematchResult => ({
    result: previous,
    changes: [],
    issues: [{ severity: 'error', ids: [...request.pair], message: message(key, { a: request.pair[0], b: request.pair[1] }) }],
  });
  if (previous.mode === null || mode === null || (mode.kind !== 'mentoring' && mode.kind !== 'reciprocal' && mode.kind !== 'peers'))
    return refuse('rematch.unsupportedMode');
  const { indexById } = ctx.features;
  const broken = previous.matches.find(
    (m) => m.ids.length === 2 && m.ids.includes(request.pair[0]) && m.ids.includes(request.pair[1]) && request.pair[0] !== request.pair[1],
  );
  if (broken === undefined || broken.ids.some((id) => !indexById.has(id))) return refuse('rematch.pairNotFound');

  const twoSided = mode.kind !== 'peers';
  const orientation: Orientation = mode.kind === 'mentoring' ? 'directed' : 'symmetric';
  const isMentor = twoSided ? mentorSide(ctx, mode.bothRoleSide) : () => false;
  const n = ctx.features.people.length;
  const load = new Int32Array(n);
  const pairs: RawPair[] = [];
  const groups: RawGroup[] = [];
  for (const m of previous.matches) {
    if (m === broken) continue;
    const members = m.ids.map((id) => indexById.get(id)).filter((i): i is number => i !== undefined);
    if (members.length !== m.ids.length) continue;
    if (members.length === 2) pairs.push({ a: members[0]!, b: members[1]!, locked: m.locked });
    else groups.push({ members, mentor: m.mentorId === undefined ? -1 : indexById.get(m.mentorId)! });
    for (const i of members) load[i]!++;
  }
  const placesLeft = (i: number): number => (mode.kind === 'mentoring' && isMentor(i) ? ctx.features.capacity[i]! : 1) - load[i]!;
  const [x, y] = broken.ids.map((id) => indexById.get(id)!) as [number, number];
  const wanted = request.ids ?? broken.ids;
  const people = [x, y].filter((i) => wanted.includes(ctx.features.people[i]!.id));
  const formerOf = (i: number): number => (i === x ? y : x);
  const optionsOf = (i: number): Option[] => {
    const options: Option[] = [];
    for (let c = 0; c < n; c++) {
      if (c === i || c === formerOf(i) || placesLeft(c) <= 0 || (twoSided && isMentor(c) === isMentor(i)) || ctx.mask(i, c) !== 0) continue;
      const [mentor, mentee] = isMentor(i) ? [i, c] : [c, i];
      options.push({ partner: c, score: ctx.scorer.score(mentor, mentee, orientation) });
    }
    return options;
  };
  const chosen = chooseJointly(people, optionsOf, placesLeft);
  people.forEach((i, k) => {
    const option = chosen[k];
    if (option === undefined) return;
    const [a, b] = twoSided && !isMentor(i) ? [option.partner, i] : [i, option.partner];
    pairs.push({ a, b, locked: false });
    load[a]!++;
    load[b]!++;
  });

  const everyone = Array.from({ length: n }, (_, i) => i);
  const unmatched: RawUnmatched[] = everyone
    .filter((i) => load[i] === 0)
    .map((i) => explainUnmatched(ctx, i, everyone.filter((c) => !twoSided || isMentor(c) !== isMentor(i)), 'outscored'));
  const solved = solvedResult(ctx, mode.kind, { orientation, pairs, groups, unmatched });
  // A kept match is handed back as it was, to the letter (a locked pair's explanation reads in the order it was locked).
  const keptByIds = new Map(previous.matches.filter((m) => m !== broken).map((m) => [m.ids.join('\u0000'), m]));
  const result = { ...solved, matches: solved.matches.map((m) => keptByIds.get(m.ids.join('\u0000')) ?? m) };
  const changes = people.map((i, k): RematchChange => {
    const option = chosen[k];
    const name = nameOf(ctx, i);
    const former = nameOf(ctx, formerOf(i));
    const reason = labelParam(`rematch.exit.${request.exitReason}`);
    const base = { id: ctx.features.people[i]!.id, formerPartner: ctx.features.people[formerOf(i)]!.id };
    if (option === undefined)
      return { ...base, partner: null, score: null, message: message('rematch.noPartner', { name, former, reason }) };
    const score = option.score / (SCORE_SCALE / 100);
    return {
      ...base,
      partner: ctx.features.people[option.partner]!.id,
      score,
      message: message('rematch.newPartner', { name, partner: nameOf(ctx, option.partner), former, reason, score }),
    };
  });
  return { result, changes, issues: [] };
}

/** Most people rematched, then the highest total; the first such choice in canonical order. */
function chooseJointly(
  people: readonly number[],
  optionsOf: (i: number) => Option[],
  placesLeft: (i: number) => number,
): (Option | undefined)[] {
  const lists = people.map(optionsOf);
  let best: (Option | undefined)[] = people.map(() => undefined);
  let bestCount = 0;
  let bestTotal = 0;
  const consider = (choice: (Option | undefined)[]): void => {
    const count = choice.filter((o) => o !== undefined).length;
    const total = choice.reduce((s, o) => s + (o?.score ?? 0), 0);
    if (count > bestCount || (count === bestCount && total > bestTotal)) {
      best = choice;
      bestCount = count;
      bestTotal = total;
    }
  };
  const [first, second] = lists;
  if (first === undefined) return best;
  for (const a of [undefined, ...first]) {
    if (second === undefined) {
      consider([a]);
      continue;
    }
    for (const b of [undefined, ...second]) {
      if (a !== undefined && b !== undefined && a.partner === b.partner && placesLeft(a.partner) < 2) continue;
      consider([a, b]);
    }
  }
  return best;
}

